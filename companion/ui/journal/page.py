"""The Journal: every check-in, newest first, filtered by dates, tag and text; edit and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.clock import local_day_bounds, local_today
from companion.files import (
    JOURNAL_IMPORT_LIMIT,
    InputFileRefused,
    OutputRefused,
    output_path,
    read_input_file,
)
from companion.journal.checkin import CheckIn, JournalFilter
from companion.journal.files import ImportProblem, parse_import
from companion.services.journal import JournalService
from companion.services.store_services import StoreServices
from companion.ui.common.design import (
    Spacing,
    TypeScale,
    date_edit_format,
    set_type,
    short_date_time,
)
from companion.ui.common.file_names import offered_path
from companion.ui.common.i18n import Retranslating
from companion.ui.common.message_line import MessageLine
from companion.ui.common.messages import input_file_text, output_file_text
from companion.ui.common.operation import attempt, succeeded
from companion.ui.journal.edit_dialog import CheckinEditDialog
from companion.ui.journal.import_dialog import ImportPreviewDialog
from companion.ui.journal.table_model import PAGE_SIZE, JournalTableModel

_Result = TypeVar("_Result")
NOTE_MIN_WIDTH = 160  # pixels: the note's first words stay in view however narrow the window
TAGS_MAX_WIDTH = 260  # pixels: more tags end in "…" (their tooltip names them all)
MEASURED_ROWS = 100  # rows asked for their width when the columns are fitted


class DeleteCheckin(QUndoCommand):
    def __init__(self, page: JournalPage, entry: CheckIn) -> None:
        super().__init__(QCoreApplication.translate("JournalPage", "Delete check-in"))
        self.page = page
        self.entry = entry

    def redo(self) -> None:
        if self.entry.id is not None:
            done = self.page.run(lambda journal: journal.delete(self.entry.id or 0))
            self.setObsolete(not done)

    def undo(self) -> None:
        # Back under its own id, so an earlier edit on the stack still finds it.
        self.setObsolete(not self.page.run(lambda journal: journal.add_again(self.entry)))


class EditCheckin(QUndoCommand):
    def __init__(self, page: JournalPage, before: CheckIn, after: CheckIn) -> None:
        super().__init__(QCoreApplication.translate("JournalPage", "Edit check-in"))
        self.page, self.before, self.after = page, before, after

    def redo(self) -> None:
        self.setObsolete(not self.page.run(lambda journal: journal.update(self.after)))

    def undo(self) -> None:
        self.setObsolete(not self.page.run(lambda journal: journal.update(self.before)))


class JournalPage(Retranslating, QWidget):
    imported = Signal()  # a file was imported: other pages show what it brought

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalPage")
        self.zone = zone
        self._services: StoreServices | None = None
        self.undo_stack = QUndoStack(self)
        self.use_from = QCheckBox(self)
        self.from_date = QDateEdit(self)
        self.use_to = QCheckBox(self)
        self.to_date = QDateEdit(self)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.setDate(QDate.currentDate())
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagFilter")
        # A long tag name widens the list when open, not the page (which must fit 900 pixels).
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(14)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("journalCount")
        filters = QHBoxLayout()
        for widget in (self.use_from, self.from_date, self.use_to, self.to_date, self.tag):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        self.model = JournalTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(JournalTableModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        # Measured on the first rows shown (a page is 200): ten years of rows are never all
        # asked for their width, and a wider value further down ends in "…" with its tooltip.
        header.setResizeContentsPrecision(MEASURED_ROWS)
        # The columns are fitted to what they show whenever the rows or the width change.
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self.fit_columns)
        self.table.viewport().installEventFilter(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportCsv")
        self.status = MessageLine(self)  # the page's one message area
        self.status.setObjectName("journalStatus")
        self.no_results = QLabel(self)
        self.no_results.setObjectName("journalNoResults")
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.setEnabled(False)  # drawn muted: a state, not a control
        self.no_results.hide()
        actions = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Spacing.MEDIUM, Spacing.SMALL, Spacing.SMALL, Spacing.SMALL)
        layout.setSpacing(Spacing.MEDIUM)
        self.title = QLabel(self)
        self.title.setObjectName("journalTitle")
        set_type(self.title, TypeScale.PAGE_TITLE)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.no_results, 1)
        layout.addLayout(actions)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.tag.currentIndexChanged.connect(lambda _index: self.reload())
        for check, edit in ((self.use_from, self.from_date), (self.use_to, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.reload())
            edit.dateChanged.connect(lambda _day: self.reload())
        self.model.more_wanted.connect(self._load_more)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_csv)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        # "Deleted. Undo…" is about the last change: undoing it (or redoing) ends the message.
        self.undo_stack.indexChanged.connect(self._undo_moved)
        self._message_index = -1
        self.model.modelReset.connect(self._selection_changed)
        self.model.rowsRemoved.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(
            lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.row_shortcuts: list[tuple[QShortcut, str]] = []  # and what each does, for help
        for keys, act, does in (
            (QKeySequence.StandardKey.Delete, self.delete_selected, "delete"),
            ("Return", self.edit_selected, "edit"),
            ("Enter", self.edit_selected, "edit"),
        ):
            on_row = QShortcut(QKeySequence(keys), self.table)
            on_row.setContext(Qt.ShortcutContext.WidgetShortcut)
            on_row.activated.connect(act)
            self.row_shortcuts.append((on_row, does))
        undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(undo)
        self.edit_dialog: CheckinEditDialog | None = None
        self.import_dialog: ImportPreviewDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for edit in (self.from_date, self.to_date):
            edit.setDisplayFormat(date_edit_format())  # the window's language, 2026 in full
        self.title.setText(self.tr("Journal"))
        # What the Keyboard shortcuts window says of these keys.
        self.find_shortcut.setWhatsThis(self.tr("Search the Journal"))
        for shortcut, does in self.row_shortcuts:
            shortcut.setWhatsThis(
                self.tr("Delete the chosen entry (Journal)")
                if does == "delete"
                else self.tr("Edit the chosen entry (Journal)")
            )
        self.use_from.setText(self.tr("From"))
        self.use_to.setText(self.tr("to"))
        self.search.setPlaceholderText(self.tr("Search"))  # what it searches: tooltip, name
        self.search.setToolTip(self.tr("Search notes and tags"))
        self.search.setAccessibleName(self.tr("Search notes and tags"))
        self.from_date.setAccessibleName(self.tr("From this day"))
        self.to_date.setAccessibleName(self.tr("To this day"))
        self.tag.setAccessibleName(self.tr("Show entries with this tag"))
        self.table.setAccessibleName(self.tr("Check-ins"))
        self.table.setAccessibleDescription(
            self.tr("Choose a check-in, then Edit… or Delete below")
        )
        if self.tag.count():
            self.tag.setItemText(0, self.tr("All tags"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_button.setText(self.tr("Undo"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Check-ins from a Companion CSV or JSON export, or from Daylio's CSV export")
        )
        self.export_button.setText(self.tr("Export CSV…"))
        self.model.refresh_language()
        self._show_count()
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_soon.start()  # once, after a burst of resizes (the window coming up)
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """When, mood, energy and sleep as wide as what they show (When measured on the widest
        moment, so scrolling to older rows never moves the columns); tags as wide as theirs up
        to TAGS_MAX_WIDTH while the note keeps NOTE_MIN_WIDTH; the note takes the rest. No
        sideways scrolling at 900 pixels."""
        table, header = self.table, self.table.horizontalHeader()
        model = JournalTableModel
        widest_moment = short_date_time(QDateTime(QDate(2026, 12, 28), QTime(22, 58)))
        padding = 2 * table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, table
        )
        widths = {
            model.WHEN: table.fontMetrics().horizontalAdvance(widest_moment) + padding + 8,
        }
        for column in (model.WHEN, model.MOOD, model.ENERGY, model.SLEEP, model.TAGS):
            widths[column] = max(
                widths.get(column, 0),
                table.sizeHintForColumn(column),
                header.sectionSizeHint(column),
            )
        fixed = sum(
            widths[column] for column in (model.WHEN, model.MOOD, model.ENERGY, model.SLEEP)
        )
        room_for_tags = table.viewport().width() - fixed - NOTE_MIN_WIDTH
        widths[model.TAGS] = max(
            min(widths[model.TAGS], TAGS_MAX_WIDTH, room_for_tags),
            header.sectionSizeHint(model.TAGS),
        )
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        self._services = services
        self.undo_stack.clear()
        self.refresh_tags()
        self.reload()

    def detach(self) -> None:
        self._services = None
        self.undo_stack.clear()
        self.model.reset_rows(0, [])
        self.tag.clear()
        self.search.clear()
        self.status.clear()
        self._show_count()

    def attempt(self, action: Callable[[JournalService], _Result]) -> _Result | None:
        """Every journal call of this page goes through here (and so through the UI's one
        failure handler, `ui.common.operation.attempt`): a StoreProblem (disk full, entry gone,
        …) becomes a calm line in the status bar instead of escaping a Qt slot. None when there
        is no store or the action failed."""
        if self._services is None:
            return None
        journal = self._services.journal
        return attempt(lambda: action(journal), self.status)

    def run(self, action: Callable[[JournalService], object]) -> bool:
        """Carry out a change in the store (used by undo commands), then show the result.
        False when it failed: the command then marks itself obsolete, and QUndoStack drops it
        rather than keep a step that cannot be done."""
        done = self.attempt(lambda store: action(store) or True) is not None
        self.reload()
        return done

    def push(self, command: QUndoCommand) -> bool:
        """Do `command` and keep it for undo; False (and nothing kept) if it failed."""
        before = self.undo_stack.count()
        self.undo_stack.push(command)
        return self.undo_stack.count() > before

    def refresh_tags(self) -> None:
        if self._services is None:
            return
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for label in self.attempt(lambda journal: journal.tag_labels()) or []:
            self.tag.addItem(label, label)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)

    def current_filter(self) -> JournalFilter:
        start = end = None
        if self.use_from.isChecked():
            start, _ = local_day_bounds(self._day(self.from_date), self.zone)
        if self.use_to.isChecked():
            _, end = local_day_bounds(self._day(self.to_date), self.zone)
        return JournalFilter(
            start=start, end=end, tag=self.tag.currentData(), text=self.search.text() or None
        )

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        value = edit.date().toPython()
        assert isinstance(value, date)
        return value

    def reload(self) -> None:
        if self._services is None:
            return
        wanted = self.current_filter()
        settings = self._services.settings
        found = self.attempt(
            lambda journal: (
                journal.count(wanted),
                journal.page(wanted, 0, PAGE_SIZE),
                settings.scales(),  # an entry on another scale says so: "5/5 · …"
            )
        )
        if found is None:
            return
        total, first, scales = found
        self.model.set_scales(*scales)
        self.model.reset_rows(total, first)
        self.fit_columns()
        self._show_count()

    def _load_more(self, offset: int) -> None:
        wanted = self.current_filter()
        rows = self.attempt(lambda journal: journal.page(wanted, offset, PAGE_SIZE))
        if rows is not None:
            self.model.append_rows(rows)

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n check-in(s)", "", self.model.total))
        empty = self._services is not None and self.model.total == 0
        self.no_results.setText(
            self.tr("No check-ins match these filters. Try fewer words or a wider range of dates.")
            if self._filtering()
            else self.tr("No check-ins yet. Those you save on Today appear here.")
        )
        self.no_results.setVisible(empty)
        self.table.setVisible(not empty)

    def _filtering(self) -> bool:
        return bool(
            self.search.text().strip()
            or self.tag.currentIndex() > 0
            or self.use_from.isChecked()
            or self.use_to.isChecked()
        )

    def _undo_moved(self, index: int) -> None:
        if self._message_index >= 0 and index != self._message_index:
            self._message_index = -1
            self.status.clear()

    def _selection_changed(self, *_args: object) -> None:
        """Edit and Delete act on the selected check-in, so without one they are off."""
        chosen = self.table.selectionModel().hasSelection()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- changes ------------------------------------------------------------------------
    def selected(self) -> CheckIn | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if not self.push(DeleteCheckin(self, entry)):
            return
        self.status.setText(self.tr("Deleted. Undo (Ctrl+Z) brings it back."))
        self._message_index = self.undo_stack.index()

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is None or self._services is None:
            return
        choices = self.attempt(lambda journal: (journal.plan_tags(), journal.tag_labels()))
        if choices is None:
            return
        plan_tags, labels = choices
        self.edit_dialog = CheckinEditDialog(entry, plan_tags, labels, self)
        self.edit_dialog.accepted.connect(self._edited)
        self.edit_dialog.show()

    def _edited(self) -> None:
        dialog = self.edit_dialog
        if dialog is None or dialog.result_entry is None:
            return
        if not self.push(EditCheckin(self, dialog.entry, dialog.result_entry)):
            return
        self.refresh_tags()
        self.status.setText(self.tr("Saved. Undo (Ctrl+Z) restores the earlier version."))
        self._message_index = self.undo_stack.index()

    def recent_days(self, days: int) -> None:
        """Show only the last `days` days (used by the demo screenshots and tests)."""
        today = local_today(self.zone)
        start = today - timedelta(days=days - 1)
        self.from_date.setDate(QDate(start.year, start.month, start.day))
        self.use_from.setChecked(True)

    # --- files --------------------------------------------------------------------------
    def import_file(self) -> None:
        if self._services is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import check-ins"),
            str(Path.home()),
            self.tr("Exports (*.csv *.json);;All files (*)"),
        )
        if not chosen:
            return
        try:
            data = read_input_file(chosen, JOURNAL_IMPORT_LIMIT, "a journal import")
            result = parse_import(data, self.zone)
        except InputFileRefused as refused:
            self.status.setText(input_file_text(refused))
            return
        except ImportProblem as problem:
            self.status.setText(self.tr("Nothing was imported. %1").replace("%1", str(problem)))
            return
        self.import_dialog = ImportPreviewDialog(result, self)
        self.import_dialog.accepted.connect(self._import_confirmed)
        self.import_dialog.show()

    def _import_confirmed(self) -> None:
        dialog = self.import_dialog
        if dialog is None or self._services is None:
            return
        counts = self.attempt(lambda journal: journal.import_file(dialog.found))
        if counts is None:
            return
        added, skipped, boundaries = counts
        text = self.tr("Added %n check-in(s).", "", added)
        if skipped:
            text += " " + self.tr(
                "%n check-in(s) already in your journal stayed as they were.", "", skipped
            )
        found = dialog.found.boundaries
        if found is not None and not found.empty:
            added_counts = dialog.counts_text(
                boundaries.added["roles"],
                boundaries.added["rules"],
                boundaries.added["contacts"],
                boundaries.added["supervision"],
                boundaries.added["weekly_reviews"],
            )
            if added_counts:
                text += " " + self.tr("Also added %1.").replace("%1", added_counts)
            already = sum(boundaries.skipped.values())
            if already:
                text += " " + self.tr(
                    "%n other entry(s) were already there and stayed as they were.", "", already
                )
            if boundaries.crisis_lines_taken is True:
                text += " " + self.tr("The crisis lines were taken from the file.")
            elif boundaries.crisis_lines_taken is False:
                text += " " + self.tr("Your own crisis lines were kept.")
        self.status.setText(text)
        self.refresh_tags()
        self.reload()
        self.imported.emit()

    def export_csv(self) -> Path | None:
        if self._services is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export check-ins as CSV"),
            offered_path(
                self.tr("companion-checkins", "file name"), date.today().isoformat(), suffix=".csv"
            ),
        )
        if not chosen:
            return None
        journal = self._services.journal
        try:  # the file dialog has already asked before replacing a file
            path, _replacing = output_path(chosen, self._services.folder.root)
        except OutputRefused as refused:
            self.status.setText(output_file_text(refused))
            return None
        try:
            if not succeeded(lambda: journal.export_csv(path), self.status):
                return None
        except OSError:
            self.status.setText(self.tr("That file could not be written. Choose another place."))
            return None
        self.status.setText(
            self.tr("Saved %1. It is not encrypted: keep it private.").replace("%1", str(path))
        )
        return path
