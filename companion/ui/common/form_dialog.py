"""The small dialogs that ask for a few fields and save them: a form, a note, a refusal line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


def refusal_line(parent: QWidget, name: str) -> QLabel:
    """The empty line where a refusal is said, wrapped, under the form."""
    error = QLabel(parent)
    error.setObjectName(name)
    error.setWordWrap(True)
    return error


def lay_out_form_dialog(
    dialog: QDialog,
    form: QFormLayout,
    note: QLabel,
    error: QLabel,
    accept: QDialogButtonBox.StandardButton,
    on_accept: Callable[[], None],
) -> QDialogButtonBox:
    """The form, the note and the refusal line, then `accept` (Ok or Save) and Cancel.
    `on_accept` saves and closes the dialog only when the save went through, so on a refusal
    everything typed stays; Cancel closes it. Create the buttons after the fields, as here,
    and the Tab key reaches them last."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(note)
    layout.addWidget(error)
    layout.addWidget(buttons)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
