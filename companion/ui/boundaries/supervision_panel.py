"""Supervision and consultation, on the Boundaries page: log a talk (the day, with whom as a role,
never a name; the contacts waiting to be talked through, ticked off; topics in my own words; what
I will try next; the next date, which becomes the supervision reminder), and the past talks,
newest first, deleted after asking. A talk chosen in the list (Edit, Enter or a double-click)
fills the form, its contacts ticked; saving changes it in place, Escape leaves it as it was.

A waiting contact shows no more than the contact log does (when, channel, load). A refusal names
the field and keeps every word typed. Lock clears every value on screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.boundaries.log import LOAD_SCALE, WITH_WHOM, Contact, SupervisionTalk
from companion.clock import in_zone, now_utc
from companion.errors import InvalidEntry
from companion.limits import EARLIEST_HOURS_DAY, LATEST_HOURS_DAY, MAX_LINKED_CONTACTS
from companion.services.store_services import StoreServices
from companion.ui.boundaries.contacts_model import channel_text
from companion.ui.boundaries.editing import ListEditing
from companion.ui.boundaries.splitter import FormListSplitter
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.message_line import ATTENTION, MessageLine
from companion.ui.common.operation import attempt, succeeded

WITH_WHOM_LABELS = {
    "supervisor": QT_TRANSLATE_NOOP("SupervisionPanel", "Supervisor"),
    "fellow-supporter": QT_TRANSLATE_NOOP("SupervisionPanel", "Fellow supporter"),
    "professional": QT_TRANSLATE_NOOP("SupervisionPanel", "Professional"),
    "group": QT_TRANSLATE_NOOP("SupervisionPanel", "Group"),
    "other": QT_TRANSLATE_NOOP("SupervisionPanel", "Other"),
}
TOPICS_PREVIEW_CHARS = 80


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


def contact_words(contact: Contact) -> str:
    """A waiting contact as the contact log shows it: when, channel, load. Nothing more."""
    load = LOAD_SCALE.name_of(contact.load).in_language(current_language())
    when = contact.local_time().strftime("%Y-%m-%d %H:%M")
    return f"{when} · {channel_text(contact.channel)} · {contact.load} {load}"


class SupervisionPanel(Retranslating, QWidget):
    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionPanel")
        self.zone = zone
        self._services: StoreServices | None = None
        self._waiting: list[Contact] = []
        self._talks: list[SupervisionTalk] = []  # newest first
        self._editing: SupervisionTalk | None = None  # the talk the form is changing
        self._linked: list[Contact] = []  # the contacts talked through in it
        self._draft: SupervisionTalk | None = None  # typed before editing began

        form_widget = QWidget(self)
        self.intro = QLabel(form_widget)
        self.intro.setWordWrap(True)
        self.edit_note = QLabel(form_widget)
        self.edit_note.setObjectName("talkEditNote")
        self.edit_note.setWordWrap(True)
        self.edit_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.edit_note.setMargin(6)
        self.edit_note.hide()
        self.day = QDateEdit(form_widget)
        self.day.setObjectName("talkDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day_label = QLabel(form_widget)
        self.day_label.setBuddy(self.day)
        self.with_whom = QComboBox(form_widget)
        self.with_whom.setObjectName("talkWithWhom")
        for whom in WITH_WHOM:
            self.with_whom.addItem("", whom)
        self.with_whom_label = QLabel(form_widget)
        self.with_whom_label.setBuddy(self.with_whom)
        self.with_whom_help = QLabel(form_widget)
        self.with_whom_help.setWordWrap(True)
        self.waiting_label = QLabel(form_widget)
        self.waiting_label.setWordWrap(True)
        self.waiting = QListWidget(form_widget)
        self.waiting.setObjectName("waitingContacts")
        self.waiting.setMinimumHeight(70)
        self.waiting.setMaximumHeight(150)
        self.waiting.setWordWrap(True)
        self.waiting_label.setBuddy(self.waiting)
        self.nothing_waiting = QLabel(form_widget)
        self.nothing_waiting.setObjectName("nothingWaiting")
        self.nothing_waiting.setWordWrap(True)
        self.topics = QPlainTextEdit(form_widget)
        self.topics.setObjectName("talkTopics")
        self.topics.setTabChangesFocus(True)
        self.topics.setFixedHeight(70)
        self.topics_label = QLabel(form_widget)
        self.topics_label.setBuddy(self.topics)
        self.try_next = QPlainTextEdit(form_widget)
        self.try_next.setObjectName("talkTryNext")
        self.try_next.setTabChangesFocus(True)
        self.try_next.setFixedHeight(70)
        self.try_next_label = QLabel(form_widget)
        self.try_next_label.setBuddy(self.try_next)
        self.next_on = QCheckBox(form_widget)
        self.next_on.setObjectName("nextTalkOn")
        self.next_day = QDateEdit(form_widget)
        self.next_day.setObjectName("nextTalkDay")
        self.next_day.setCalendarPopup(True)
        self.next_day.setDisplayFormat("yyyy-MM-dd")
        self.next_day.setDateRange(_qdate(EARLIEST_HOURS_DAY), _qdate(LATEST_HOURS_DAY))
        self.next_day.setEnabled(False)
        self.next_on.toggled.connect(self.next_day.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_on)
        next_row.addWidget(self.next_day)
        next_row.addStretch(1)
        self.save_button = QPushButton(form_widget)
        self.save_button.setObjectName("saveTalkButton")
        self.cancel_button = QPushButton(form_widget)
        self.cancel_button.setObjectName("cancelTalkEditButton")
        self.cancel_button.hide()
        self.status = MessageLine(form_widget)
        self.status.setObjectName("talkStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in ((self.day_label, self.day), (self.with_whom_label, self.with_whom)):
            row = QHBoxLayout()  # the field as wide as it needs, not the whole column
            row.addWidget(field)
            row.addStretch(1)
            form.addRow(label, row)
        form.addRow("", self.with_whom_help)
        form_layout = QVBoxLayout(form_widget)
        form_layout.addWidget(self.intro)
        form_layout.addWidget(self.edit_note)
        form_layout.addLayout(form)
        form_layout.addWidget(self.waiting_label)
        form_layout.addWidget(self.waiting)
        form_layout.addWidget(self.nothing_waiting)
        form_layout.addWidget(self.topics_label)
        form_layout.addWidget(self.topics)
        form_layout.addWidget(self.try_next_label)
        form_layout.addWidget(self.try_next)
        form_layout.addLayout(next_row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.cancel_button)
        save_row.addWidget(self.status, 1)
        save_row.addStretch(0)  # the buttons keep their size while there is no message
        form_layout.addLayout(save_row)
        form_layout.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("talkFormScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(form_widget)

        self.talks_label = QLabel(self)
        self.talks_list = QListWidget(self)
        self.talks_list.setObjectName("talksList")
        self.talks_list.setWordWrap(True)
        self.talks_list.setSpacing(3)
        self.talks_label.setBuddy(self.talks_list)
        self.detail = QLabel(self)
        self.detail.setObjectName("talkDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_scroller = QScrollArea(self)
        detail_scroller.setWidgetResizable(True)
        detail_scroller.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroller.setWidget(self.detail)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editTalkButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteTalkButton")
        self.list_status = MessageLine(self)
        self.list_status.setWordWrap(True)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.list_status, 1)
        delete_row.addStretch(0)  # the buttons keep their size while there is no message
        delete_row.addWidget(self.edit_button)
        delete_row.addWidget(self.delete_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.talks_label)
        right.addWidget(self.talks_list, 3)
        right.addWidget(detail_scroller, 2)
        right.addLayout(delete_row)
        past = QWidget(self)
        past.setLayout(right)

        self.splitter = FormListSplitter(self.scroller, past, self)
        columns = QHBoxLayout(self)
        columns.addWidget(self.splitter)

        self.save_button.clicked.connect(self.save_talk)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.edit_button.clicked.connect(self.edit_talk)
        self.delete_button.clicked.connect(self.delete_talk)
        self.editing = ListEditing(self, self.talks_list, self.edit_talk, self.cancel_edit)
        self.talks_list.currentRowChanged.connect(self._talk_chosen)
        self.retranslate()
        self.clear_form()
        self._update_buttons()

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        """Use `services`; the page's `reload` then fills the panel."""
        self._services = services

    def detach(self) -> None:
        """Forget the store and clear every value on screen."""
        self._services = None
        self._waiting = []
        self._talks = []
        self._editing = None
        self._linked = []
        self._draft = None
        self._show_editing()
        self.clear_form()
        self._show_waiting()
        self._show_talks()
        self.status.clear()
        self.list_status.clear()
        self._update_buttons()

    def reload(self) -> None:
        """The contacts waiting (ticks kept) and the past talks; what is typed stays."""
        if self._services is None:
            return
        boundaries = self._services.boundaries
        waiting = attempt(boundaries.waiting_for_supervision, self.status)
        talks = attempt(boundaries.talks, self.list_status)
        if waiting is not None:
            self._waiting = waiting
            self._show_waiting()
        if talks is not None:
            self._talks = list(reversed(talks))
            self._show_talks()
        self._limit_day()
        self._update_buttons()

    # --- the form -----------------------------------------------------------------------
    def _today(self) -> date:
        return in_zone(now_utc(), self.zone).date()

    def _limit_day(self) -> None:
        latest = self._today()
        if self._editing is not None:  # a talk imported with a later day keeps it
            latest = max(latest, self._editing.day)
        self.day.setDateRange(_qdate(EARLIEST_HOURS_DAY), _qdate(latest))

    def clear_form(self) -> None:
        self._limit_day()
        today = self._today()
        self.day.setDate(_qdate(today))
        self.with_whom.setCurrentIndex(0)
        self.topics.clear()
        self.try_next.clear()
        self.next_on.setChecked(False)
        self.next_day.setDate(_qdate(today))
        for row in range(self.waiting.count()):
            item = self.waiting.item(row)
            if item is not None:
                item.setCheckState(Qt.CheckState.Unchecked)

    def ticked_contact_ids(self) -> tuple[int, ...]:
        ticked = []
        for row in range(self.waiting.count()):
            item = self.waiting.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ticked.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ticked)

    def _show_waiting(self) -> None:
        """The contacts waiting, and those of the talk being changed; ticks stay."""
        ticked = set(self.ticked_contact_ids())
        self.waiting.clear()
        for contact in sorted(self._linked + self._waiting, key=lambda found: found.at):
            item = QListWidgetItem(contact_words(contact), self.waiting)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if contact.id in ticked else Qt.CheckState.Unchecked
            )
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
        has_waiting = bool(self._waiting or self._linked)
        self.waiting.setVisible(has_waiting)
        self.nothing_waiting.setVisible(self._services is not None and not has_waiting)

    def _talk(self) -> SupervisionTalk:
        return SupervisionTalk(
            day=_day(self.day.date()),
            with_whom=self.with_whom.currentData(),
            topics=self.topics.toPlainText(),
            try_next=self.try_next.toPlainText(),
            next_day=_day(self.next_day.date()) if self.next_on.isChecked() else None,
            contact_ids=self.ticked_contact_ids(),
            id=None if self._editing is None else self._editing.id,
        )

    def _fill(self, talk: SupervisionTalk) -> None:
        self._limit_day()
        self.day.setDate(_qdate(talk.day))
        self.with_whom.setCurrentIndex(max(0, self.with_whom.findData(talk.with_whom)))
        self.topics.setPlainText(talk.topics)
        self.try_next.setPlainText(talk.try_next)
        self.next_on.setChecked(talk.next_day is not None)
        self.next_day.setDate(_qdate(talk.next_day or talk.day))
        for row in range(self.waiting.count()):
            item = self.waiting.item(row)
            if item is not None:
                ticked = item.data(Qt.ItemDataRole.UserRole) in talk.contact_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def save_talk(self) -> bool:
        """Log the talk; the ticked contacts are talked through, the next date a reminder."""
        if self._services is None:
            return False
        boundaries = self._services.boundaries
        talk = self._talk()
        try:
            saved = attempt(lambda: boundaries.save_talk(talk), self.status)
        except InvalidEntry as problem:
            self._explain(problem)
            return False
        if saved is None:
            return False
        if self._editing is None:
            self.clear_form()
        else:
            self._end_edit()
        self.reload()
        if saved.next_day is not None:
            self.status.setText(
                self.tr("Saved. The next talk, %1, is kept for the supervision reminder.").replace(
                    "%1", saved.next_day.isoformat()
                )
            )
        else:
            self.status.setText(self.tr("Saved."))
        self.talks_list.setCurrentRow(
            next((row for row, found in enumerate(self._talks) if found.id == saved.id), -1)
        )
        return True

    def _explain(self, problem: InvalidEntry) -> None:
        fields: dict[str, tuple[str, QWidget]] = {
            "date": (self.tr("Date: please choose a day up to today."), self.day),
            "next date": (
                self.tr("Next date: please choose the day of the talk or a later one."),
                self.next_day,
            ),
            "with whom": (self.tr("With whom: please choose one."), self.with_whom),
            "topics": (self.tr("Topics: it is longer than it can keep."), self.topics),
            "what I will try next": (
                self.tr("What I will try next: it is longer than it can keep."),
                self.try_next,
            ),
        }
        if problem.field == "topics" and len(self.ticked_contact_ids()) > MAX_LINKED_CONTACTS:
            fields["topics"] = (
                self.tr("Topics: one talk can take up to %1 contacts.").replace(
                    "%1", str(MAX_LINKED_CONTACTS)
                ),
                self.waiting,
            )
        text, widget = fields.get(
            problem.field,
            (self.tr("This cannot be saved as it is. Please check each field."), self.save_button),
        )
        self.status.say(text, ATTENTION)
        widget.setFocus()
        self.scroller.ensureWidgetVisible(widget)

    # --- the past talks -----------------------------------------------------------------
    def _whom_text(self, whom: str) -> str:
        return self.tr(str(WITH_WHOM_LABELS.get(whom, whom)))

    def _talk_text(self, talk: SupervisionTalk) -> str:
        lines = [f"{talk.day.isoformat()} · {self._whom_text(talk.with_whom)}"]
        details = []
        if talk.contact_ids:
            details.append(self.tr("%n contact(s) talked through", "", len(talk.contact_ids)))
        if talk.next_day is not None:
            details.append(self.tr("next: %1").replace("%1", talk.next_day.isoformat()))
        if details:
            lines.append(" · ".join(details))
        first = next((line.strip() for line in talk.topics.splitlines() if line.strip()), "")
        if first:
            if len(first) > TOPICS_PREVIEW_CHARS:
                first = first[: TOPICS_PREVIEW_CHARS - 1] + "…"
            lines.append(first)
        return "\n".join(lines)

    def _show_talks(self) -> None:
        chosen = self.chosen_talk()
        chosen_id = chosen.id if chosen is not None else None
        self.talks_list.blockSignals(True)
        self.talks_list.clear()
        row_to_choose = -1
        for row, talk in enumerate(self._talks):
            item = QListWidgetItem(self._talk_text(talk), self.talks_list)
            item.setData(Qt.ItemDataRole.UserRole, talk.id)
            if talk.id == chosen_id:
                row_to_choose = row
        self.talks_list.setCurrentRow(row_to_choose)
        self.talks_list.blockSignals(False)
        self._talk_chosen(row_to_choose)

    def chosen_talk(self) -> SupervisionTalk | None:
        row = self.talks_list.currentRow()
        return self._talks[row] if 0 <= row < len(self._talks) else None

    def _talk_chosen(self, _row: int) -> None:
        talk = self.chosen_talk()
        if talk is None:
            self.detail.clear()
        else:
            parts = [self._talk_text(talk).splitlines()[0]]
            if talk.topics.strip():
                parts.append(self.tr("Topics:") + "\n" + talk.topics.strip())
            if talk.try_next.strip():
                parts.append(self.tr("What I will try next:") + "\n" + talk.try_next.strip())
            self.detail.setText("\n\n".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._services is not None)
        self.edit_button.setEnabled(self.chosen_talk() is not None)
        self.delete_button.setEnabled(self.chosen_talk() is not None)

    # --- editing ------------------------------------------------------------------------
    def edit_talk(self) -> bool:
        """Fill the form with the chosen talk; saving then changes it in place."""
        talk = self.chosen_talk()
        if talk is None or talk.id is None or self._services is None:
            return False
        boundaries = self._services.boundaries
        linked = attempt(
            lambda: [boundaries.contact(contact_id) for contact_id in talk.contact_ids],
            self.list_status,
        )
        if linked is None:
            return False
        if self._editing is None:
            self._draft = self._talk()
        self._editing = talk
        self._linked = linked
        self._show_waiting()
        self._fill(talk)
        self._show_editing()
        self.status.clear()
        self.day.setFocus()
        self.scroller.ensureWidgetVisible(self.edit_note)
        return True

    def cancel_edit(self) -> None:
        """Leave the talk as it was; the form shows again what was typed before."""
        if self._editing is not None:
            self._end_edit()
            self.status.setText(self.tr("The talk was left as it was."))

    def _end_edit(self) -> None:
        self._editing = None
        self._linked = []
        draft, self._draft = self._draft, None
        self.clear_form()
        self._show_waiting()
        if draft is not None:
            self._fill(draft)
        self._show_editing()

    def _show_editing(self) -> None:
        editing = self._editing is not None
        self.edit_note.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.editing.active = editing
        self._name_editing()

    def _name_editing(self) -> None:
        if self._editing is None:
            self.save_button.setText(self.tr("&Log talk"))
            self.edit_note.clear()
            return
        self.save_button.setText(self.tr("&Save changes"))
        self.edit_note.setText(
            self.tr("Changing the talk of %1. Escape leaves it as it was.").replace(
                "%1", self._editing.day.isoformat()
            )
        )

    def delete_talk(self) -> bool:
        talk = self.chosen_talk()
        if talk is None or talk.id is None or self._services is None:
            return False
        question = (
            self.tr("Delete the talk of %1 (%2)?")
            .replace("%1", talk.day.isoformat())
            .replace("%2", self._whom_text(talk.with_whom))
        )
        parts = [question]
        if talk.contact_ids:
            parts.append(
                self.tr(
                    "The %n contact(s) talked through in it will wait for supervision again.",
                    "",
                    len(talk.contact_ids),
                )
            )
        parts.append(self.tr("This cannot be undone."))
        choice = QMessageBox.question(
            self,
            self.tr("Delete talk"),
            "\n\n".join(parts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if choice != QMessageBox.StandardButton.Yes:
            return False
        boundaries = self._services.boundaries
        talk_id = talk.id
        if not succeeded(lambda: boundaries.delete_talk(talk_id), self.list_status):
            return False
        if self._editing is not None and self._editing.id == talk_id:
            self._end_edit()
        self.reload()
        self.list_status.setText(self.tr("Deleted."))
        return True

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A note of a talk with a supervisor, a fellow supporter or a professional: "
                "what you brought, and what you will try next."
            )
        )
        self.day_label.setText(self.tr("&Date"))
        self.with_whom_label.setText(self.tr("&With whom"))
        for index in range(self.with_whom.count()):
            self.with_whom.setItemText(index, self._whom_text(self.with_whom.itemData(index)))
        self.with_whom_help.setText(self.tr("A role is enough; no names are needed."))
        self.waiting_label.setText(self.tr("Contacts I marked to bring (tick those talked &about)"))
        self.waiting.setAccessibleName(self.tr("Contacts waiting for supervision"))
        self.nothing_waiting.setText(
            self.tr(
                "No contacts are waiting. Contacts you mark “bring this to supervision” show here."
            )
        )
        self.topics_label.setText(self.tr("&Topics, in my own words (optional)"))
        self.topics.setAccessibleName(self.tr("Topics"))
        self.try_next_label.setText(self.tr("What I will tr&y next (optional)"))
        self.try_next.setAccessibleName(self.tr("What I will try next"))
        self.next_on.setText(self.tr("&Next talk on"))
        self.next_day.setAccessibleName(self.tr("Date of the next talk"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._name_editing()
        self.talks_label.setText(self.tr("&Past talks, newest first"))
        self.talks_list.setAccessibleName(self.tr("Past talks"))
        self.edit_button.setText(self.tr("&Edit talk"))
        self.delete_button.setText(self.tr("Delete talk…"))
        waiting = {contact.id: contact for contact in self._waiting + self._linked}
        for row in range(self.waiting.count()):
            item = self.waiting.item(row)
            found = waiting.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
            if item is not None and found is not None:
                item.setText(contact_words(found))
        self._show_talks()
