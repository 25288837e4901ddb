"""The recent contacts on the Boundaries page: a table fed whole with `set_rows`; a contact
outside its role's activity hours carries a calm marker and words, never a warning colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from companion.boundaries.log import LOAD_SCALE, Contact
from companion.ui.common.i18n import current_language
from companion.ui.common.local_text import moment_text

_Index = QModelIndex | QPersistentModelIndex
OUTSIDE_MARK = "◔"  # a quiet clock-like mark; the words beside it carry the meaning
CHANNEL_LABELS = {
    "in-person": QT_TRANSLATE_NOOP("ContactsTableModel", "In person"),
    "phone": QT_TRANSLATE_NOOP("ContactsTableModel", "Phone"),
    "message": QT_TRANSLATE_NOOP("ContactsTableModel", "Message"),
    "online": QT_TRANSLATE_NOOP("ContactsTableModel", "Online"),
}
OUTSIDE_HOURS_TEXT = QT_TRANSLATE_NOOP("ContactsTableModel", "outside hours")
WITHIN_HOURS_TEXT = QT_TRANSLATE_NOOP("ContactsTableModel", "within hours")
OUTSIDE_HOURS_TIP = QT_TRANSLATE_NOOP(
    "ContactsTableModel", "Outside this role's activity hours. Noted, not judged."
)
TALKED_THROUGH_TEXT = QT_TRANSLATE_NOOP("ContactsTableModel", "talked through")
TO_BRING_TEXT = QT_TRANSLATE_NOOP("ContactsTableModel", "to bring")
_HEADERS = (
    QT_TRANSLATE_NOOP("ContactsTableModel", "When"),
    QT_TRANSLATE_NOOP("ContactsTableModel", "Hours"),
    QT_TRANSLATE_NOOP("ContactsTableModel", "Load"),
    QT_TRANSLATE_NOOP("ContactsTableModel", "Minutes"),
    QT_TRANSLATE_NOOP("ContactsTableModel", "Channel"),
    QT_TRANSLATE_NOOP("ContactsTableModel", "Supervision"),
    QT_TRANSLATE_NOOP("ContactsTableModel", "Role"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactsTableModel", text)


def channel_text(channel: str) -> str:
    return _tr(str(CHANNEL_LABELS.get(channel, channel)))


def when_text(contact: Contact) -> str:
    """Its wall-clock time in the window's language: Sun 29 Nov 2026 8:05 PM."""
    return moment_text(contact.local_time())


def load_text(contact: Contact) -> str:
    """The step and its name: 4 Very heavy."""
    return f"{contact.load} {LOAD_SCALE.name_of(contact.load).in_language(current_language())}"


def contact_words(contact: Contact) -> str:
    """A contact waiting for supervision as the contact log shows it: when, channel, load.
    Nothing more."""
    return f"{when_text(contact)} · {channel_text(contact.channel)} · {load_text(contact)}"


class ContactsTableModel(QAbstractTableModel):
    WHEN, HOURS, LOAD, MINUTES, CHANNEL, SUPERVISION, ROLE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Contact] = []
        self._role_names: dict[int, str] = {}

    def set_rows(self, rows: list[Contact], role_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._role_names = dict(role_names)
        self.endResetModel()

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def contact(self, row: int) -> Contact | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(_HEADERS[section]))
        return None

    def hours_text(self, contact: Contact) -> str:
        if contact.outside_hours is None:
            return ""
        if contact.outside_hours:
            return f"{OUTSIDE_MARK} " + _tr(str(OUTSIDE_HOURS_TEXT))
        return _tr(str(WITHIN_HOURS_TEXT))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        contact = self.contact(index.row())
        if contact is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = index.column()
        if column == self.WHEN:
            return when_text(contact)
        if column == self.MINUTES:
            return str(contact.minutes)
        if column == self.CHANNEL:
            return channel_text(contact.channel)
        if column == self.ROLE:
            if contact.role_id is None:
                return ""
            return self._role_names.get(contact.role_id, "")
        if column == self.LOAD:
            return load_text(contact)
        if column == self.HOURS:
            if role == Qt.ItemDataRole.ToolTipRole and contact.outside_hours:
                return _tr(str(OUTSIDE_HOURS_TIP))
            return self.hours_text(contact)
        if column == self.SUPERVISION:
            if contact.talked_through:
                return _tr(str(TALKED_THROUGH_TEXT))
            return _tr(str(TO_BRING_TEXT)) if contact.for_supervision else ""
        return None
