"""The Plan page: the whole WRAP-style plan, edited in place, undoable, saved as you type.

Each change replaces the page's immutable Plan through an undo command; a short timer then
saves it into this editing session's version. Lock, quit and leaving the store save at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.limits import (
    MAX_PLAN_ENTRIES,
    MAX_PLAN_HEADING_CHARS,
    MAX_PLAN_LIST_ENTRIES,
    NOT_VALID_TEXT,
)
from companion.plan.model import Plan, make_entry
from companion.plan.schema import ENTRY_FIELDS, SECTIONS, section
from companion.services.store_services import StoreServices
from companion.ui.common.design import Spacing, TypeScale, let_wrap, set_type
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.operation import attempt
from companion.ui.plan.section_editor import SectionEditor

AUTOSAVE_DELAY_MS = 800
SECTION_PADDING = 44  # an item's padding and the list's frame, either side


class PlanChange(QUndoCommand):
    """One undoable step: the plan before and after."""

    def __init__(self, apply: Callable[[Plan], None], before: Plan, after: Plan, text: str):
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class PlanPage(Retranslating, QWidget):
    history_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPage")
        self.plan = Plan()
        self.version_id: int | None = None
        self._services: StoreServices | None = None
        self._dirty = False
        self.undo_stack = QUndoStack(self)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.flush)

        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("planUndo")
        self.redo_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("planHistory")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("planExport")
        self.title = QLabel(self)
        self.title.setObjectName("planTitle")
        set_type(self.title, TypeScale.PAGE_TITLE)
        self.title.setWordWrap(True)
        self.status = MessageLine(self)  # the page's one message area
        self.status.setObjectName("planStatus")
        toolbar = QHBoxLayout()
        for button in (self.undo_button, self.redo_button, self.history_button, self.export_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)

        self.invitation = QFrame(self)
        self.invitation.setObjectName("planInvitation")
        self.invitation.setFrameShape(QFrame.Shape.StyledPanel)
        self.invitation_text = QLabel(self.invitation)
        let_wrap(self.invitation_text)
        self.example_button = QPushButton(self.invitation)
        self.example_button.setObjectName("startFromExample")
        invitation_layout = QHBoxLayout(self.invitation)
        invitation_layout.addWidget(self.invitation_text, 1)
        invitation_layout.addWidget(self.example_button)

        self.sections = QListWidget(self)
        self.sections.setObjectName("planSections")
        self.sections.setWordWrap(True)
        # Headings wrap to the list's width, again whenever it changes: never sideways.
        self.sections.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editors: dict[str, SectionEditor] = {}
        self.stack = QStackedWidget(self)
        for spec in SECTIONS:
            editor = SectionEditor(spec, self.stack)
            editor.rename_requested.connect(self.rename)
            for list_editor in editor.lists.values():
                list_editor.add_requested.connect(self.add_entry)
                list_editor.edit_requested.connect(self.edit_entry)
                list_editor.remove_requested.connect(self.remove_entry)
                list_editor.move_requested.connect(self.move_entry)
                list_editor.new_text.textEdited.connect(lambda _text: self._clear_attention())
            self.editors[spec.key] = editor
            self.stack.addWidget(editor)
            self.sections.addItem("")
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.stack)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.scroller, 1)
        layout = QVBoxLayout(self)
        # The page's edges as on Today and the Journal, so the titles line up.
        layout.setContentsMargins(Spacing.MEDIUM, Spacing.SMALL, Spacing.SMALL, Spacing.SMALL)
        layout.setSpacing(Spacing.SMALL)
        layout.addWidget(self.title)
        layout.addLayout(toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.invitation)
        layout.addLayout(body, 1)

        self.sections.currentRowChanged.connect(self._show_section)
        self.sections.setCurrentRow(0)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.history_button.clicked.connect(self.history_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.example_button.clicked.connect(self.start_from_example)
        self.retranslate()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("My wellness plan"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText))  # fmt: skip
        self.redo_button.setText(self.tr("Redo"))
        self.sections.setAccessibleName(self.tr("Sections of the plan"))
        self.history_button.setText(self.tr("History…"))
        self.export_button.setText(self.tr("Print and export…"))
        self.invitation_text.setText(
            self.tr(
                "Your plan is yours to write, a little at a time. Start with any section, "
                "or begin from a short example that you can change or delete."
            )
        )
        self.example_button.setText(self.tr("Start from an example"))
        self._refresh_navigation()

    def _refresh_navigation(self) -> None:
        language = current_language()
        for row, spec in enumerate(SECTIONS):
            item = self.sections.item(row)
            heading = self.plan.heading(spec.key, language)
            empty = self.plan.section_is_empty(spec.key)
            item.setText(heading)
            # No italics (CJK fonts have none): an empty section is set apart by colour.
            role = QPalette.ColorRole.PlaceholderText if empty else QPalette.ColorRole.Text
            item.setForeground(self.palette().color(role))
            item.setToolTip(self.tr("Nothing written here yet") if empty else "")
        # As wide as the longest word of a usual heading needs (a Japanese heading has no
        # spaces to wrap at: all of it), never so wide that the section beside it loses the
        # room its fields need at 900 pixels.
        metrics = self.sections.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(word)
            for spec in SECTIONS
            for word in spec.heading.in_language(language).split()
        )
        self.sections.setFixedWidth(min(max(widest + SECTION_PADDING, 200), 250))
        self.invitation.setVisible(self._services is not None and self.plan.is_empty())

    def _show_section(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.scroller.verticalScrollBar().setValue(0)

    def show_section(self, key: str) -> SectionEditor:
        self.sections.setCurrentRow([spec.key for spec in SECTIONS].index(key))
        return self.editors[key]

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        """A new editing session: its first change becomes a new version."""
        self._services = services
        self.version_id = None
        self.undo_stack.clear()
        self._show(attempt(services.plan.current, self.status) or Plan())

    def detach(self) -> None:
        """Save what is pending, then forget the store and clear the screen."""
        self.flush()
        self._services = None
        self.version_id = None
        self.undo_stack.clear()
        self.status.clear()
        self._show(Plan())

    def reload(self, plan: Plan) -> None:
        """Show a plan the store now holds (a restored version): a new editing session."""
        self.version_id = None
        self.undo_stack.clear()
        self._show(plan)

    def _show(self, plan: Plan) -> None:
        self.plan = plan
        for editor in self.editors.values():
            editor.show_plan(plan)
        self._refresh_navigation()

    def _commit_open_editor(self) -> None:
        focus = QApplication.focusWidget()
        for editor in self.editors.values():
            for list_editor in editor.lists.values():
                table = list_editor.table
                editing = table.state() == QAbstractItemView.State.EditingState
                if editing and focus is not None and focus.parentWidget() is table.viewport():
                    table.commitData(focus)
                    table.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)
            if not editor.heading_edit.isHidden():
                editor.finish_rename()

    def flush(self) -> bool:
        """Save now if anything changed since the last save; False if the store refused."""
        self.autosave.stop()
        self._commit_open_editor()
        if not self._dirty or self._services is None:
            return True
        plans, plan = self._services.plan, self.plan
        saved = attempt(lambda: plans.save(plan, self.version_id), self.status)
        if saved is None:
            self.autosave.start()  # keep trying; the plan is still here on screen
            return False
        self.version_id = saved
        self._dirty = False
        self.status.say(self.tr("All changes saved."), DONE)
        return True

    # --- changes ------------------------------------------------------------------------
    def _clear_attention(self) -> None:
        """A message about something to fix goes once the person changes it."""
        if self.status.severity == ATTENTION:
            self.status.clear()

    def _apply(self, plan: Plan) -> None:
        self._show(plan)
        self._dirty = True
        self.status.setText(self.tr("Saving…"))
        self.autosave.start()

    def change(self, after: Plan, text: str) -> None:
        if after != self.plan and self._services is not None:
            self.undo_stack.push(PlanChange(self._apply, self.plan, after, text))

    def rename(self, section_key: str, heading: str) -> None:
        try:
            after = self.plan.renamed(section_key, heading or None)
        except InvalidEntry:
            self.status.say(
                self.tr("A section name can be at most %1 characters.").replace(
                    "%1", QLocale().toString(MAX_PLAN_HEADING_CHARS)
                ),
                ATTENTION,
            )
            return
        self.change(after, self.tr("Rename section"))

    def add_entry(self, section_key: str, list_key: str, text: str) -> None:
        list_spec = section(section_key).list_spec(list_key)
        first_field = ENTRY_FIELDS[list_spec.kind][0].key
        editor = self.editors[section_key].lists[list_key]
        count = len(self.plan.entries(section_key, list_key))
        try:
            entry = make_entry(list_spec, {first_field: text})
            after = self.plan.inserted(section_key, list_key, count, entry)
        except InvalidEntry as problem:
            editor.new_text.setText(text)  # nothing typed is lost
            if problem.field == "entries":
                self.status.say(
                    self.tr("This list is full: a list can hold %1 entries and the whole plan %2.")
                    .replace("%1", QLocale().toString(MAX_PLAN_LIST_ENTRIES))
                    .replace("%2", QLocale().toString(MAX_PLAN_ENTRIES)),
                    ATTENTION,
                )
            else:
                self.status.say(self._explain(problem), ATTENTION)
            return
        self.change(after, self.tr("Add"))
        editor.select(entry.id)

    def edit_entry(self, entry_id: str, field_key: str, value: object) -> None:
        where = self.plan.find(entry_id)
        if where is None:
            return
        section_key, list_key, index = where
        entry = self.plan.entries(section_key, list_key)[index]
        list_spec = section(section_key).list_spec(list_key)
        try:
            edited = make_entry(list_spec, {**entry.values, field_key: value}, entry.id)
        except InvalidEntry as problem:
            self.status.say(self._explain(problem), ATTENTION)
            return
        if edited.is_blank():
            # Removing resets the table, so wait until the cell editor has finished closing.
            QTimer.singleShot(0, lambda: self._remove_emptied(entry_id))
            return
        self.change(self.plan.updated(edited), self.tr("Edit"))

    def _remove_emptied(self, entry_id: str) -> None:
        if self.plan.find(entry_id) is not None:
            self.change(self.plan.removed(entry_id), self.tr("Remove"))
            self.status.setText(self.tr("Emptied entries are removed; Ctrl+Z brings it back."))

    def _explain(self, problem: InvalidEntry) -> str:
        if problem.problem == NOT_VALID_TEXT:
            return self.tr("This text holds a character that cannot be saved; please retype it.")
        if problem.field.endswith("date"):
            return self.tr("Dates are written year-month-day, such as 2026-11-29.")
        return self.tr("That is too long for one entry.")

    def remove_entry(self, entry_id: str) -> None:
        self.change(self.plan.removed(entry_id), self.tr("Remove"))
        self.status.setText(self.tr("Removed. Ctrl+Z brings it back."))

    def move_entry(self, entry_id: str, new_index: int) -> None:
        self.change(self.plan.moved(entry_id, new_index), self.tr("Move"))
        where = self.plan.find(entry_id)
        if where is not None:
            section_key, list_key, _index = where
            self.editors[section_key].lists[list_key].select(entry_id)

    def start_from_example(self) -> None:
        if self._services is None or not self.plan.is_empty():
            return
        self.flush()
        plans = self._services.plan
        plan = attempt(lambda: plans.start_from_example(current_language()), self.status)
        if plan is None:
            return
        self.reload(plan)
        self.status.setText(self.tr("Here is an example. Change or delete anything: it is yours."))
