"""Where a save dialog's answer is written: suffix added, data folder refused, replace asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.files import output_path


def output_for(parent: QWidget, chosen: str, suffix: str, data_folder: Path) -> Path | None:
    """Where to write the file named `chosen` in a save dialog, with `suffix` added when the name
    lacks it. The file dialog asked before replacing the name chosen, not the name with the
    suffix, so a file already there under that longer name is asked about here: None when the
    person keeps it. Raises OutputRefused as `output_path` does (the data folder, no such
    folder, …), for the caller to say so."""
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    path, replacing = output_path(path, data_folder)
    if replacing and path.name != Path(chosen).name and not _may_replace(parent, path):
        return None
    return path


def _may_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FileSaving", "Replace the file?"),
        QCoreApplication.translate(
            "FileSaving", "A file named %1 is already there. Replace it?"
        ).replace("%1", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
