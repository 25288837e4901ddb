"""A read-only table of check-ins, fed whole rows with `set_rows`; it never queries the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from companion.journal.checkin import CheckIn, Tag
from companion.journal.scales import DEFAULT_STEPS, ScaleValue, scale_for
from companion.ui.common.i18n import current_language
from companion.ui.common.tag_picker import KIND_MARKS

NOTE_PREVIEW_CHARS = 80
TOOLTIP_CHARS = 600

_Index = QModelIndex | QPersistentModelIndex


NOT_RECORDED = "—"  # an em dash: energy that was never recorded (a Daylio import)


def not_recorded_text() -> str:
    """What a screen reader says for the em dash of energy never recorded."""
    return QCoreApplication.translate("CheckinTableModel", "no energy recorded")


def step_label(kind: str, value: ScaleValue | None, current_steps: int | None = None) -> str:
    """ "5 · Good"; on a scale other than `current_steps` (the one new check-ins use) the
    scale is said too, "5/5 · Full of energy", so it is not read as step 5 of the 7 beside it."""
    if value is None:
        return NOT_RECORDED
    scale = scale_for(kind, value.steps)
    if scale is None:
        return f"{value.step}/{value.steps}"
    step = str(value.step)
    if current_steps is not None and value.steps != current_steps:
        step = f"{value.step}/{value.steps}"
    return f"{step} · {scale.name_of(value.step).in_language(current_language())}"


def other_scale_text(value: ScaleValue | None, current_steps: int) -> str | None:
    """The tooltip of a value recorded on another scale than the one used now, else None."""
    if value is None or value.steps == current_steps:
        return None
    return (
        QCoreApplication.translate(
            "CheckinTableModel", "Recorded on a scale of %1 steps; new check-ins use %2."
        )
        .replace("%1", str(value.steps))
        .replace("%2", str(current_steps))
    )


def kind_name(kind: str) -> str:
    """What a tag's kind is called, as the tag picker says it ("Tool", "Early warning sign")."""
    names = {
        "tool": QT_TRANSLATE_NOOP("TagPicker", "Tool"),
        "trigger": QT_TRANSLATE_NOOP("TagPicker", "Trigger"),
        "warning": QT_TRANSLATE_NOOP("TagPicker", "Early warning sign"),
        "breaking": QT_TRANSLATE_NOOP("TagPicker", "Breaking-down sign"),
        "tag": QT_TRANSLATE_NOOP("TagPicker", "Tag"),
    }
    return QCoreApplication.translate("TagPicker", str(names[kind]))


def tags_shown(tags: tuple[Tag, ...]) -> str:
    """Tags as short chips of text, each with its kind's mark: "⚒ A walk  # tea"."""
    return "   ".join(f"{KIND_MARKS[tag.kind]} {tag.label}" for tag in tags)


def tags_spoken(tags: tuple[Tag, ...]) -> str:
    """Tags with their kinds in words, for a tooltip and a screen reader: "Tool: A walk"."""
    separator = "、" if current_language() == "ja" else ", "
    colon = "：" if current_language() == "ja" else ": "
    return separator.join(f"{kind_name(tag.kind)}{colon}{tag.label}" for tag in tags)


def note_preview(note: str) -> str:
    first_line = note.strip().split("\n", 1)[0]
    if len(first_line) > NOTE_PREVIEW_CHARS or "\n" in note.strip():
        return first_line[:NOTE_PREVIEW_CHARS].rstrip() + "…"
    return first_line


_ROLES_ANSWERED = frozenset(
    int(role.value)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)


def described(entry: CheckIn, column: int, role: int, scales: tuple[int, int]) -> str | None:
    """What a check-in's cell tells besides its text, the same on Today and in the Journal
    (whose columns match from Mood to Note): the tags' kinds in words, for the tooltip and
    screen readers, and the scale a value was recorded on when new check-ins use another."""
    if column == CheckinTableModel.TAGS and entry.tags and role in _DESCRIBED:
        return tags_spoken(entry.tags)
    if role == Qt.ItemDataRole.ToolTipRole and column == CheckinTableModel.MOOD:
        return other_scale_text(entry.mood, scales[0])
    if role == Qt.ItemDataRole.ToolTipRole and column == CheckinTableModel.ENERGY:
        return other_scale_text(entry.energy, scales[1])
    return None


_DESCRIBED = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


class CheckinTableModel(QAbstractTableModel):
    TIME, MOOD, ENERGY, SLEEP, TAGS, NOTE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckIn] = []
        self._scales = (DEFAULT_STEPS, DEFAULT_STEPS)  # (mood, energy) of new check-ins
        # Display texts already worked out, by (row, column): the view asks for each cell
        # many times (its width, then each paint); forgotten with the rows or the language.
        self._shown: dict[tuple[int, int], str] = {}

    def set_scales(self, mood_steps: int, energy_steps: int) -> None:
        """The scales new check-ins use: a value on another one says its scale ("5/5 · …")."""
        self._scales = (mood_steps, energy_steps)
        self._shown.clear()  # "5/5 · …" or "5 · …" depends on the scales
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, self.MOOD), self.index(last, self.ENERGY))

    def set_rows(self, rows: list[CheckIn]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown.clear()
        self.endResetModel()

    def rows(self) -> list[CheckIn]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Mood"),
            self.tr("Energy"),
            self.tr("Sleep"),
            self.tr("Tags"),
            self.tr("Note"),
        )[section]

    def data(self, index: _Index, role: int = 0) -> Any:
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None  # the view asks for a dozen roles per cell; most have no answer
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        entry = self._rows[row]
        if (
            role == Qt.ItemDataRole.AccessibleTextRole
            and index.column() == self.ENERGY
            and entry.energy is None
        ):
            return not_recorded_text()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (row, column)
            shown = self._shown.get(key)
            if shown is None:
                shown = self._shown[key] = self._display(entry, column)
            return shown
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and entry.note:
            return entry.note[:TOOLTIP_CHARS]
        told = described(entry, column, role, self._scales)
        if told is not None:
            return told
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SLEEP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: CheckIn, column: int) -> str:
        if column == self.TIME:
            local = entry.local_time()
            shown = QTime(local.hour, local.minute, local.second)
            return QLocale().toString(shown, QLocale.FormatType.ShortFormat)
        if column == self.MOOD:
            return step_label("mood", entry.mood, self._scales[0])
        if column == self.ENERGY:
            return step_label("energy", entry.energy, self._scales[1])
        if column == self.SLEEP:
            if entry.sleep_hours is None:
                return ""
            return self.tr("%1 h").replace("%1", QLocale().toString(entry.sleep_hours, "g", 4))
        if column == self.TAGS:
            return tags_shown(entry.tags)
        return note_preview(entry.note)

    def refresh_language(self) -> None:
        self._shown.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
