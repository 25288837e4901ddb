"""Saving a chart as PNG or SVG: never into the data folder, never half written."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.files import OutputRefused, write_private_atomically
from companion.ui.common.messages import output_file_text
from companion.ui.common.saving import output_for

# The size of a saved chart, whatever the window's: a 16:9 picture that reads well on a page.
EXPORT_INCHES = (10.0, 5.625)
EXPORT_PNG_DPI = 160.0
FORMATS = {".png": "png", ".svg": "svg"}


def figure_bytes(figure: Figure, suffix: str) -> bytes:
    """The figure as a PNG or SVG file. No date is written into an SVG, so the same chart
    gives the same file."""
    buffer = BytesIO()
    metadata = {"Date": None} if suffix == ".svg" else None
    figure.savefig(
        buffer,
        format=FORMATS[suffix],
        facecolor=figure.get_facecolor(),
        metadata=metadata,
        bbox_inches="tight",  # with the heading above the chart
        pad_inches=0.25,
    )
    return buffer.getvalue()


def save_chart(
    parent: QWidget,
    draw: Callable[[float, float, float], Figure],
    suffix: str,
    suggested_name: str,
    data_folder: Path,
) -> tuple[Path | None, str]:
    """Ask where to save, then draw the chart (`draw(width, height, dpi)`) and write it.
    Returns the path written (None when nothing was) and what to tell the person."""
    caption = (
        QCoreApplication.translate("ChartExport", "Save the chart as PNG")
        if suffix == ".png"
        else QCoreApplication.translate("ChartExport", "Save the chart as SVG")
    )
    file_filter = (
        QCoreApplication.translate("ChartExport", "PNG image (*.png)")
        if suffix == ".png"
        else QCoreApplication.translate("ChartExport", "SVG image (*.svg)")
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(Path.home() / suggested_name), file_filter
    )
    if not chosen:
        return None, ""
    try:
        path = output_for(parent, chosen, suffix, data_folder)
    except OutputRefused as refused:
        return None, output_file_text(refused)
    if path is None:
        return None, ""
    try:
        figure = draw(*EXPORT_INCHES, EXPORT_PNG_DPI)
        write_private_atomically(path, figure_bytes(figure, suffix))
    except OSError:
        return None, QCoreApplication.translate(
            "ChartExport", "That file could not be written. Choose another folder or name."
        )
    return path, QCoreApplication.translate(
        "ChartExport", "Saved %1. It is not encrypted: keep it private."
    ).replace("%1", str(path))
