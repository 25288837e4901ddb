"""Log a contact, on the Boundaries page: when, how long, channel, role, a made-up alias, how
heavy it felt, rules under pressure or broken, flags, a short reflection and "bring this to
supervision". About the supporter, never the person supported (守秘義務): nothing asks for a name.

A contact outside its role's activity hours shows the prepared phrase calmly, never blame. A
contact chosen in the list (Edit, Enter or a double-click) fills the form; saving changes it in
place, Escape leaves it as it was and brings back what was typed before. A refusal names the
field and keeps every word typed. Lock clears every value on screen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.boundaries.log import (
    CHANNELS,
    FLAGS,
    LOAD_SCALE,
    Contact,
)
from companion.boundaries.roles import Role
from companion.boundaries.rules import BoundaryRule
from companion.clock import in_zone, localize
from companion.errors import InvalidEntry
from companion.limits import EARLIEST_DAY, FUTURE_ALLOWANCE, MAX_ALIAS_CHARS, MAX_CONTACT_MINUTES
from companion.services.store_services import StoreServices
from companion.ui.boundaries.contacts_model import ContactsTableModel, channel_text
from companion.ui.boundaries.editing import ListEditing
from companion.ui.boundaries.rule_marks import RuleMarksBox
from companion.ui.boundaries.splitter import FormListSplitter
from companion.ui.common.i18n import Retranslating
from companion.ui.common.message_line import ATTENTION, MessageLine
from companion.ui.common.operation import attempt, succeeded
from companion.ui.common.scale_picker import ScalePicker

RECENT_CONTACTS = 200  # the newest ones; the export holds every contact
_NO_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # `at` of a form read without its time
FLAG_LABELS = {
    "money": QT_TRANSLATE_NOOP("ContactsPanel", "Money was asked for"),
    "too-deep": QT_TRANSLATE_NOOP("ContactsPanel", "I was drawn in too deep"),
    "at-risk": QT_TRANSLATE_NOOP("ContactsPanel", "Someone may be at risk"),
    "alone": QT_TRANSLATE_NOOP("ContactsPanel", "I carried it alone"),
}


class ContactsPanel(Retranslating, QWidget):
    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPanel")
        self.zone = zone
        self._services: StoreServices | None = None
        self._roles: list[Role] = []
        self._rules: list[BoundaryRule] = []
        self._editing: Contact | None = None  # the contact the form is changing
        self._editing_when = QDateTime()  # its time as the form first showed it
        self._draft: tuple[QDateTime, Contact] | None = None  # typed before editing began

        form_widget = QWidget(self)
        self.intro = QLabel(form_widget)
        self.intro.setWordWrap(True)
        self.edit_note = QLabel(form_widget)
        self.edit_note.setObjectName("contactEditNote")
        self.edit_note.setWordWrap(True)
        self.edit_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.edit_note.setMargin(6)
        self.edit_note.hide()
        self.when = QDateTimeEdit(form_widget)
        self.when.setObjectName("contactWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_label = QLabel(form_widget)
        self.when_label.setBuddy(self.when)
        self.minutes = QSpinBox(form_widget)
        self.minutes.setObjectName("contactMinutes")
        self.minutes.setRange(0, MAX_CONTACT_MINUTES)
        self.minutes.setValue(30)
        self.minutes_label = QLabel(form_widget)
        self.minutes_label.setBuddy(self.minutes)
        self.channel = QComboBox(form_widget)
        self.channel.setObjectName("contactChannel")
        for channel in CHANNELS:
            self.channel.addItem("", channel)
        self.channel_label = QLabel(form_widget)
        self.channel_label.setBuddy(self.channel)
        self.role = QComboBox(form_widget)
        self.role.setObjectName("contactRole")
        self.role_label = QLabel(form_widget)
        self.role_label.setBuddy(self.role)
        self.alias = QLineEdit(form_widget)
        self.alias.setObjectName("contactAlias")
        self.alias.setMaxLength(MAX_ALIAS_CHARS)
        self.alias_label = QLabel(form_widget)
        self.alias_label.setBuddy(self.alias)
        self.alias_help = QLabel(form_widget)
        self.alias_help.setObjectName("aliasHelp")
        self.alias_help.setWordWrap(True)
        self.load = ScalePicker(LOAD_SCALE, form_widget)
        self.load_label = QLabel(form_widget)
        self.load_label.setBuddy(self.load)
        self.rules_box = RuleMarksBox(form_widget)
        self.flags_box = QGroupBox(form_widget)
        flags_layout = QGridLayout(self.flags_box)
        self.flags: dict[str, QCheckBox] = {}
        for index, flag in enumerate(FLAGS):
            box = QCheckBox(self.flags_box)
            box.setObjectName(f"flag-{flag}")
            self.flags[flag] = box
            flags_layout.addWidget(box, index // 2, index % 2)
        self.reflection = QPlainTextEdit(form_widget)
        self.reflection.setObjectName("contactReflection")
        self.reflection.setTabChangesFocus(True)
        self.reflection.setFixedHeight(70)
        self.reflection_label = QLabel(form_widget)
        self.reflection_label.setBuddy(self.reflection)
        self.for_supervision = QCheckBox(form_widget)
        self.for_supervision.setObjectName("forSupervision")
        self.save_button = QPushButton(form_widget)
        self.save_button.setObjectName("saveContactButton")
        self.cancel_button = QPushButton(form_widget)
        self.cancel_button.setObjectName("cancelContactEditButton")
        self.cancel_button.hide()
        self.status = MessageLine(form_widget)
        self.status.setObjectName("contactStatus")
        self.status.setWordWrap(True)
        self.prompt = QLabel(form_widget)
        self.prompt.setObjectName("outsideHoursPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setFrameShape(QFrame.Shape.StyledPanel)
        self.prompt.setMargin(8)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.when_label, self.when)
        form.addRow(self.minutes_label, self.minutes)
        form.addRow(self.channel_label, self.channel)
        form.addRow(self.role_label, self.role)
        form.addRow(self.alias_label, self.alias)
        form.addRow("", self.alias_help)
        form_layout = QVBoxLayout(form_widget)
        form_layout.addWidget(self.intro)
        form_layout.addWidget(self.edit_note)
        form_layout.addLayout(form)
        form_layout.addWidget(self.load_label)
        form_layout.addWidget(self.load)
        form_layout.addWidget(self.rules_box)
        form_layout.addWidget(self.flags_box)
        form_layout.addWidget(self.reflection_label)
        form_layout.addWidget(self.reflection)
        form_layout.addWidget(self.for_supervision)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.cancel_button)
        save_row.addWidget(self.status, 1)
        save_row.addStretch(0)  # the buttons keep their size while there is no message
        form_layout.addLayout(save_row)
        form_layout.addWidget(self.prompt)
        form_layout.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("contactFormScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(form_widget)

        self.recent_label = QLabel(self)
        self.model = ContactsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.recent_label.setBuddy(self.table)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editContactButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteContactButton")
        self.list_status = MessageLine(self)
        self.list_status.setWordWrap(True)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.list_status, 1)
        delete_row.addStretch(0)  # the buttons keep their size while there is no message
        delete_row.addWidget(self.edit_button)
        delete_row.addWidget(self.delete_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.recent_label)
        right.addWidget(self.table, 1)
        right.addLayout(delete_row)

        recent = QWidget(self)
        recent.setLayout(right)
        self.splitter = FormListSplitter(self.scroller, recent, self)
        columns = QHBoxLayout(self)
        columns.addWidget(self.splitter)

        self.save_button.clicked.connect(self.save_contact)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button.clicked.connect(self.delete_contact)
        self.editing = ListEditing(self, self.table, self.edit_contact, self.cancel_edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
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
        self._roles = []
        self._rules = []
        self._editing = None
        self._draft = None
        self._show_editing()
        self.clear_form()
        self._show_roles()
        self._show_rule_marks()
        self.model.set_rows([], {})
        self.status.clear()
        self.list_status.clear()
        self._update_buttons()

    def _show_rule_marks(self) -> None:
        """The rules' tick boxes, reached with Tab where they are seen: after the load, before
        the flags (boxes made later would otherwise come first in the window's tab chain)."""
        self.rules_box.show_rules(self._rules)
        boxes = [box for _rule, *pair in self.rules_box.rows for box in pair]
        chain = [self.load, *boxes, *self.flags.values(), self.reflection]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def reload(self) -> None:
        """Roles and rules for the form (what is typed stays), and the recent contacts."""
        if self._services is None:
            return
        services = self._services
        roles = attempt(services.hours.roles, self.status)
        rules = attempt(services.boundaries.rules, self.status)
        if roles is None or rules is None:
            return
        self._roles = roles
        if [(rule.id, rule.text, rule.enabled) for rule in rules] != [
            (rule.id, rule.text, rule.enabled) for rule in self._rules
        ]:
            self._rules = rules
            self._show_rule_marks()
        self._show_roles()
        self._show_recent()
        self.limit_when()

    def _show_recent(self) -> None:
        if self._services is None:
            return
        boundaries = self._services.boundaries
        found = attempt(boundaries.contacts, self.list_status)
        if found is None:
            return
        names = {role.id: role.name for role in self._roles if role.id is not None}
        self.model.set_rows(list(reversed(found[-RECENT_CONTACTS:])), names)
        self._update_buttons()

    # --- the form -----------------------------------------------------------------------
    def _now_here(self, ahead: timedelta = timedelta(0)) -> QDateTime:
        local = datetime.now(ZoneInfo(self.zone)) + ahead
        return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))

    def limit_when(self) -> None:
        """The time field offers what a check-in may have: from 1900 to one day ahead."""
        earliest = QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day)
        self.when.setDateTimeRange(
            QDateTime(earliest, QTime(0, 0)), self._now_here(FUTURE_ALLOWANCE)
        )

    def clear_form(self) -> None:
        self.limit_when()
        self.when.setDateTime(self._now_here())
        self.minutes.setValue(30)
        self.channel.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        self.alias.clear()
        self.load.set_value(None)
        self.rules_box.set_marks([])
        for box in self.flags.values():
            box.setChecked(False)
        self.reflection.clear()
        self.for_supervision.setChecked(False)
        self.prompt.clear()
        self.prompt.hide()

    def _show_roles(self) -> None:
        chosen = self.role.currentData()
        self.role.clear()
        self.role.addItem(self.tr("No role"), None)
        for role in self._roles:
            self.role.addItem(role.name, role.id)
        self.role.setCurrentIndex(max(0, self.role.findData(chosen)))

    def _typed(self) -> Contact:
        """What the form holds, its time aside (`at` stands in; load 0: none chosen)."""
        return Contact(
            at=_NO_TIME,
            zone=self.zone,
            minutes=self.minutes.value(),
            channel=self.channel.currentData(),
            load=self.load.value() or 0,
            role_id=self.role.currentData(),
            alias=self.alias.text().strip(),
            rules=self.rules_box.marks(),
            flags=tuple(flag for flag, box in self.flags.items() if box.isChecked()),
            reflection=self.reflection.toPlainText(),
            for_supervision=self.for_supervision.isChecked(),
        )

    def _contact(self) -> Contact:
        """What the form holds; InvalidEntry("at") for a time the clocks skipped. A contact
        being edited keeps its id, its talk, the marks of rules switched off since, and its
        own time zone while its time is not changed."""
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime)
        at = localize(moment.replace(second=0, microsecond=0), ZoneInfo(self.zone), "at")
        typed = self._typed()
        if not typed.load:
            raise InvalidEntry("load", "choose a step")
        editing = self._editing
        if editing is None:
            return replace(typed, at=at)
        shown = self.rules_box.shown_rule_ids()
        existing = {rule.id for rule in self._rules}
        kept = tuple(
            mark for mark in editing.rules if mark.rule_id not in shown and mark.rule_id in existing
        )
        same_time = self.when.dateTime() == self._editing_when
        return replace(
            typed,
            at=editing.at if same_time else at,
            zone=editing.zone if same_time else self.zone,
            rules=kept + typed.rules,
            supervision_id=editing.supervision_id,
            id=editing.id,
        )

    def _fill(self, when: QDateTime, contact: Contact) -> None:
        self.when.setDateTime(when)
        self.minutes.setValue(contact.minutes)
        self.channel.setCurrentIndex(max(0, self.channel.findData(contact.channel)))
        role_row = 0 if contact.role_id is None else self.role.findData(contact.role_id)
        self.role.setCurrentIndex(max(0, role_row))
        self.alias.setText(contact.alias)
        self.load.set_value(contact.load or None)
        self.rules_box.set_marks(contact.rules)
        for flag, box in self.flags.items():
            box.setChecked(flag in contact.flags)
        self.reflection.setPlainText(contact.reflection)
        self.for_supervision.setChecked(contact.for_supervision)
        self.prompt.hide()

    def save_contact(self) -> bool:
        """Save the contact; outside its role's hours, the prepared phrase is shown calmly."""
        if self._services is None:
            return False
        self.prompt.hide()
        boundaries = self._services.boundaries
        try:
            contact = self._contact()
            saved = attempt(lambda: boundaries.save_contact(contact), self.status)
        except InvalidEntry as problem:
            self._explain(problem)
            return False
        if saved is None:
            return False
        if self._editing is None:
            self.clear_form()
        else:
            self._end_edit()
        self._show_recent()
        if saved.contact.outside_hours:
            self.status.setText(
                self.tr("Saved. This contact was outside the role's activity hours.")
            )
            lines = [
                self.tr(
                    "It happens. Noticing it is already part of keeping your boundaries. "
                    "If it comes again, your prepared phrase is here:"
                )
            ]
            if saved.prompt:
                lines.append(saved.prompt)
            self.prompt.setText("\n\n".join(lines))
            self.prompt.show()
            # once the form has laid the prompt out, scroll it into view
            QTimer.singleShot(0, self.scroller, self._show_prompt)
        else:
            self.status.setText(self.tr("Saved."))
        return True

    def _show_prompt(self) -> None:
        if self.prompt.isVisible():
            self.scroller.ensureWidgetVisible(self.prompt)

    def _explain(self, problem: InvalidEntry) -> None:
        fields: dict[str, tuple[str, QWidget]] = {
            "at": (
                self.tr("When: please choose a time that exists, up to one day ahead."),
                self.when,
            ),
            "minutes": (
                self.tr("Minutes: from 1 to %1.").replace("%1", f"{MAX_CONTACT_MINUTES:,}"),
                self.minutes,
            ),
            "load": (self.tr("Load: please choose how heavy it felt."), self.load),
            "alias": (self.tr("Alias: it is longer than it can keep."), self.alias),
            "reflection": (
                self.tr("Reflection: it is longer than it can keep."),
                self.reflection,
            ),
            "role": (self.tr("Role: that role is gone; please choose again."), self.role),
        }
        text, widget = fields.get(
            problem.field,
            (self.tr("This cannot be saved as it is. Please check each field."), self.save_button),
        )
        self.status.say(text, ATTENTION)
        widget.setFocus()
        self.scroller.ensureWidgetVisible(widget)

    # --- the list -----------------------------------------------------------------------
    def _chosen_contact(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._services is not None)
        self.edit_button.setEnabled(self._chosen_contact() is not None)
        self.delete_button.setEnabled(self._chosen_contact() is not None)

    # --- editing ------------------------------------------------------------------------
    def edit_contact(self) -> bool:
        """Fill the form with the chosen contact; saving then changes it in place."""
        contact = self._chosen_contact()
        if contact is None or contact.id is None or self._services is None:
            return False
        if self._editing is None:
            self._draft = (self.when.dateTime(), self._typed())
        self._editing = contact
        local = in_zone(contact.at, self.zone)
        self._editing_when = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        self._fill(self._editing_when, contact)
        self._show_editing()
        self.status.clear()
        self.when.setFocus()
        self.scroller.ensureWidgetVisible(self.edit_note)
        return True

    def cancel_edit(self) -> None:
        """Leave the contact as it was; the form shows again what was typed before."""
        if self._editing is not None:
            self._end_edit()
            self.status.setText(self.tr("The contact was left as it was."))

    def _end_edit(self) -> None:
        self._editing = None
        draft, self._draft = self._draft, None
        self.clear_form()
        if draft is not None:
            self._fill(*draft)
        self._show_editing()

    def _show_editing(self) -> None:
        editing = self._editing is not None
        self.edit_note.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.editing.active = editing
        self._name_editing()

    def _name_editing(self) -> None:
        if self._editing is None:
            self.save_button.setText(self.tr("&Log contact"))
            self.edit_note.clear()
            return
        self.save_button.setText(self.tr("&Save changes"))
        self.edit_note.setText(
            self.tr("Changing the contact of %1. Escape leaves it as it was.").replace(
                "%1", self._editing_when.toString("yyyy-MM-dd HH:mm")
            )
        )

    def delete_contact(self) -> bool:
        contact = self._chosen_contact()
        if contact is None or contact.id is None or self._services is None:
            return False
        when = contact.local_time().strftime("%Y-%m-%d %H:%M")
        choice = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete the contact of %1 (%2)? This cannot be undone.")
            .replace("%1", when)
            .replace("%2", channel_text(contact.channel)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if choice != QMessageBox.StandardButton.Yes:
            return False
        boundaries = self._services.boundaries
        contact_id = contact.id
        if not succeeded(lambda: boundaries.delete_contact(contact_id), self.list_status):
            return False
        if self._editing is not None and self._editing.id == contact_id:
            self._end_edit()
        self._show_recent()
        self.list_status.setText(self.tr("Deleted."))
        return True

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A note about your side of a contact: how long, how heavy, which boundaries "
                "were tested. Nothing here asks who it was."
            )
        )
        self.when_label.setText(self.tr("W&hen (%1)").replace("%1", self.zone))
        self.minutes_label.setText(self.tr("&Minutes"))
        self.channel_label.setText(self.tr("Cha&nnel"))
        for index in range(self.channel.count()):
            self.channel.setItemText(index, channel_text(self.channel.itemData(index)))
        self.role_label.setText(self.tr("R&ole"))
        if self.role.count():
            self.role.setItemText(0, self.tr("No role"))
        self.alias_label.setText(self.tr("&Alias (optional)"))
        self.alias.setPlaceholderText(self.tr("not a real name"))
        self.alias_help.setText(
            self.tr(
                "Please do not write a real name or anything that identifies the person. "
                "A made-up alias is enough, or leave it empty."
            )
        )
        self.load_label.setText(self.tr("How heavy it felt for me"))
        self.load.setAccessibleName(self.tr("How heavy it felt"))
        self.flags_box.setTitle(self.tr("Flags"))
        for flag, box in self.flags.items():
            box.setText(self.tr(str(FLAG_LABELS[flag])))
        self.reflection_label.setText(self.tr("A short &reflection (optional)"))
        self.reflection.setAccessibleName(self.tr("Reflection"))
        self.for_supervision.setText(self.tr("&Bring this to supervision"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._name_editing()
        self.recent_label.setText(self.tr("Recen&t contacts, newest first"))
        self.table.setAccessibleName(self.tr("Recent contacts"))
        self.edit_button.setText(self.tr("&Edit contact"))
        self.delete_button.setText(self.tr("Delete contact…"))
        self.model.retranslate()
