"""Editing an entry of a Boundaries list in the form beside it: Enter or a double-click on the
chosen row (or the panel's Edit button) fills the form with it; Escape leaves it as it was.
`FormListPanel` is what the contact log and the supervision tab share: the form beside the list,
the edit mode and deleting after asking."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.services.store_services import StoreServices
from companion.ui.boundaries.splitter import FormListSplitter
from companion.ui.common.i18n import Retranslating
from companion.ui.common.message_line import ATTENTION, MessageLine
from companion.ui.common.operation import attempt, succeeded

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ListEditing(QObject):
    """Calls `begin` for Enter or a double-click on `listing`, and `cancel` for Escape anywhere
    in `panel` while `active` (the panel switches it on and off as editing starts and ends)."""

    def __init__(
        self,
        panel: QWidget,
        listing: QAbstractItemView,
        begin: Callable[[], object],
        cancel: Callable[[], object],
    ) -> None:
        super().__init__(panel)
        self._begin = begin
        listing.doubleClicked.connect(lambda _index: begin())
        listing.installEventFilter(self)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), panel)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.setEnabled(False)
        self.escape.activated.connect(cancel)

    @property
    def active(self) -> bool:
        return self.escape.isEnabled()

    @active.setter
    def active(self, on: bool) -> None:
        self.escape.setEnabled(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self._begin()
            return True
        return super().eventFilter(watched, event)


class Logged(Protocol):
    """An entry of a Boundaries list: a contact, a talk. Its id is None until it is saved."""

    @property
    def id(self) -> int | None: ...


Entry = TypeVar("Entry", bound=Logged)
Draft = TypeVar("Draft")  # what the form held when editing began
Saved = TypeVar("Saved")


class FormListPanel(Retranslating, QWidget, Generic[Entry, Draft]):
    """A Boundaries tab with a form beside the list of what was logged with it. An entry chosen
    in the list (Edit, Enter or a double-click) fills the form and saving changes it in place;
    Escape or Cancel leaves it as it was and brings back what was typed before; deleting asks
    first. A refusal names the field and keeps every word typed.

    The tab makes its fields between `__init__` and `_finish_form`, and its list between
    `_finish_form` and `_finish_list`, so that Tab goes the way the eye does. `kind` names the
    widgets: "contact" gives contactEditNote, saveContactButton, contactStatus and so on."""

    def __init__(self, zone: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._kind = kind
        self._services: StoreServices | None = None
        self._editing: Entry | None = None  # the entry the form is changing
        self._draft: Draft | None = None  # typed before editing began
        self.form_widget = QWidget(self)
        self.intro = QLabel(self.form_widget)
        self.intro.setWordWrap(True)
        self.edit_note = QLabel(self.form_widget)
        self.edit_note.setObjectName(f"{kind}EditNote")
        self.edit_note.setWordWrap(True)
        self.edit_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.edit_note.setMargin(6)
        self.edit_note.hide()

    def _finish_form(self, parts: Sequence[QWidget | QLayout], after: Sequence[QWidget]) -> None:
        """The save row below the tab's `parts`, then `after`; the form scrolls."""
        kind, title = self._kind, self._kind.title()
        self.save_button = QPushButton(self.form_widget)
        self.save_button.setObjectName(f"save{title}Button")
        self.cancel_button = QPushButton(self.form_widget)
        self.cancel_button.setObjectName(f"cancel{title}EditButton")
        self.cancel_button.hide()
        self.status = MessageLine(self.form_widget)
        self.status.setObjectName(f"{kind}Status")
        self.status.setWordWrap(True)
        form_layout = QVBoxLayout(self.form_widget)
        form_layout.addWidget(self.intro)
        form_layout.addWidget(self.edit_note)
        for part in parts:
            if isinstance(part, QLayout):
                form_layout.addLayout(part)
            else:
                form_layout.addWidget(part)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.cancel_button)
        save_row.addWidget(self.status, 1)
        save_row.addStretch(0)  # the buttons keep their size while there is no message
        form_layout.addLayout(save_row)
        for widget in after:
            form_layout.addWidget(widget)
        form_layout.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName(f"{kind}FormScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.form_widget)

    def _finish_list(
        self,
        listing: QAbstractItemView,
        parts: Sequence[tuple[QWidget, int]],
        save: Callable[[], object],
        edit: Callable[[], object],
        delete: Callable[[], object],
    ) -> None:
        """The tab's list `parts` (each with its stretch) above the Edit and Delete buttons,
        beside the form; the buttons, Enter, a double-click and Escape wired up."""
        title = self._kind.title()
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName(f"edit{title}Button")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName(f"delete{title}Button")
        self.list_status = MessageLine(self)
        self.list_status.setWordWrap(True)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.list_status, 1)
        delete_row.addStretch(0)  # the buttons keep their size while there is no message
        delete_row.addWidget(self.edit_button)
        delete_row.addWidget(self.delete_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in parts:
            right.addWidget(widget, stretch)
        right.addLayout(delete_row)
        logged = QWidget(self)
        logged.setLayout(right)
        self.splitter = FormListSplitter(self.scroller, logged, self)
        columns = QHBoxLayout(self)
        columns.addWidget(self.splitter)
        self.save_button.clicked.connect(save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.edit_button.clicked.connect(edit)
        self.delete_button.clicked.connect(delete)
        self.editing = ListEditing(self, listing, edit, self.cancel_edit)

    # --- what the tab says and does -----------------------------------------------------
    def chosen(self) -> Entry | None:
        """The entry chosen in the list."""
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def _forget(self) -> None:
        """Drop what the tab shows of the store (the form is already empty)."""
        raise NotImplementedError

    def _refresh(self) -> None:
        """Show the list again after a change."""
        raise NotImplementedError

    def _typed_draft(self) -> Draft:
        raise NotImplementedError

    def _restore_draft(self, draft: Draft) -> None:
        raise NotImplementedError

    def _after_edit(self) -> None:
        """After editing ends, before what was typed before comes back."""

    def _problem_fields(self, problem: InvalidEntry) -> dict[str, tuple[str, QWidget]]:
        """For each field the form can refuse: what to say and where to go."""
        raise NotImplementedError

    def _log_text(self) -> str:
        """The save button's words when nothing is being changed."""
        raise NotImplementedError

    def _editing_text(self, entry: Entry) -> str:
        """The note above the form while an entry is being changed."""
        raise NotImplementedError

    def _left_text(self) -> str:
        """Said when editing is left with Escape or Cancel."""
        raise NotImplementedError

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        """Use `services`; the page's `reload` then fills the panel."""
        self._services = services

    def detach(self) -> None:
        """Forget the store and clear every value on screen."""
        self._services = None
        self._editing = None
        self._draft = None
        self._show_editing()
        self.clear_form()
        self._forget()
        self.status.clear()
        self.list_status.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._services is not None)
        self.edit_button.setEnabled(self.chosen() is not None)
        self.delete_button.setEnabled(self.chosen() is not None)

    # --- saving -------------------------------------------------------------------------
    def _saved(self, save: Callable[[], Saved]) -> Saved | None:
        """`save()`'s result, the form then empty (or, after an edit, back to what was typed
        before) and the list shown again; None after a refusal, told at its field."""
        try:
            saved = attempt(save, self.status)
        except InvalidEntry as problem:
            self._explain(problem)
            return None
        if saved is None:
            return None
        if self._editing is None:
            self.clear_form()
        else:
            self._end_edit()
        self._refresh()
        return saved

    def _explain(self, problem: InvalidEntry) -> None:
        text, widget = self._problem_fields(problem).get(
            problem.field,
            (self.tr("This cannot be saved as it is. Please check each field."), self.save_button),
        )
        self.status.say(text, ATTENTION)
        widget.setFocus()
        self.scroller.ensureWidgetVisible(widget)

    # --- editing ------------------------------------------------------------------------
    def _edit(self, entry: Entry, fill: Callable[[], QWidget]) -> bool:
        """Change `entry` in the form: `fill` puts it there and gives the field to start in;
        what was typed before waits for Escape."""
        if self._editing is None:
            self._draft = self._typed_draft()
        self._editing = entry
        first = fill()
        self._show_editing()
        self.status.clear()
        first.setFocus()
        self.scroller.ensureWidgetVisible(self.edit_note)
        return True

    def cancel_edit(self) -> None:
        """Leave the entry as it was; the form shows again what was typed before."""
        if self._editing is not None:
            self._end_edit()
            self.status.setText(self._left_text())

    def _end_edit(self) -> None:
        self._editing = None
        draft, self._draft = self._draft, None
        self.clear_form()
        self._after_edit()
        if draft is not None:
            self._restore_draft(draft)
        self._show_editing()

    def _show_editing(self) -> None:
        editing = self._editing is not None
        self.edit_note.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.editing.active = editing
        self._name_editing()

    def _name_editing(self) -> None:
        if self._editing is None:
            self.save_button.setText(self._log_text())
            self.edit_note.clear()
            return
        self.save_button.setText(self.tr("&Save changes"))
        self.edit_note.setText(self._editing_text(self._editing))

    # --- deleting -----------------------------------------------------------------------
    def _delete_after_asking(
        self, entry: Entry, title: str, question: str, delete: Callable[[int], object]
    ) -> bool:
        """Ask `question`; on Yes, `delete(entry.id)` and the list again."""
        entry_id = entry.id
        assert entry_id is not None
        choice = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if choice != QMessageBox.StandardButton.Yes:
            return False
        if not succeeded(lambda: delete(entry_id), self.list_status):
            return False
        if self._editing is not None and self._editing.id == entry_id:
            self._end_edit()
        self._refresh()
        self.list_status.setText(self.tr("Deleted."))
        return True
