"""Roles and hours, on the Boundaries page: my roles (peer staff shifts, a group, a phone line)
and each one's activity hours, typed in the documented syntax (docs/hours.md), checked as I type,
described in words and previewed in my time zone; days off and extra sessions beside them
(`DaysOffBox`).

Typed hours are kept per role while the page lives (switching roles loses nothing); nothing is
saved while they cannot be read. Lock clears every value on screen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.boundaries.roles import (
    HoursException,
    Role,
    default_holiday_country,
    locale_from_environment,
    supported_countries,
)
from companion.boundaries.schedule import (
    Schedule,
    ScheduleError,
    parse_schedule,
    schedule_text,
)
from companion.clock import in_zone, now_utc
from companion.errors import InvalidEntry
from companion.limits import MAX_SCHEDULE_CHARS
from companion.services.store_services import StoreServices
from companion.ui.boundaries.days_off_box import DaysOffBox
from companion.ui.boundaries.describe import describe_rule, window_in_words
from companion.ui.boundaries.dialogs import RoleNameDialog
from companion.ui.common.design import let_wrap
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.local_text import zone_text
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.operation import attempt, succeeded

PREVIEW_WINDOWS = 6
EXAMPLE_HOURS = "Mon-Fri 10:00-17:00, 2nd,4th Sat 14:00-16:00"  # the empty field's example
KIND_LABELS = {
    None: QT_TRANSLATE_NOOP("HoursPanel", "Not set"),
    "peer-staff": QT_TRANSLATE_NOOP("HoursPanel", "Peer staff"),
    "self-help-group": QT_TRANSLATE_NOOP("HoursPanel", "Self-help group"),
    "phone-line": QT_TRANSLATE_NOOP("HoursPanel", "Phone line"),
    "volunteer": QT_TRANSLATE_NOOP("HoursPanel", "Volunteer"),
    "other": QT_TRANSLATE_NOOP("HoursPanel", "Other"),
}


class HoursPanel(Retranslating, QWidget):
    # A role was saved or deleted: the page reloads its other tabs (which show the roles)
    # just before this panel reads its roles again.
    roles_changed = Signal()

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursPanel")
        self.zone = zone
        self._services: StoreServices | None = None
        self._roles: list[Role] = []
        self._drafts: dict[int, str] = {}  # typed hours not saved yet, by role id
        self._schedule: Schedule | None = None  # what the hours field holds, if readable
        self.role_dialog: RoleNameDialog | None = None

        # --- the roles, on the left ---
        self.roles_label = QLabel(self)
        self.roles_list = QListWidget(self)
        self.roles_list.setObjectName("rolesList")
        self.roles_list.setMinimumWidth(200)
        # Two lines an item (name, then kind and holidays), never cut short: a long name
        # scrolls sideways instead.
        self.roles_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.roles_label.setBuddy(self.roles_list)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addRoleButton")
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameRoleButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteRoleButton")
        self.no_roles = QLabel(self)
        self.no_roles.setObjectName("noRolesNote")
        let_wrap(self.no_roles)
        # Adding on its own row, renaming and deleting the chosen role below it: the column
        # stays narrow enough for the chosen role's hours beside it, in every language.
        role_buttons = QHBoxLayout()
        role_buttons.addWidget(self.rename_button)
        role_buttons.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(self.roles_label)
        left.addWidget(self.roles_list, 1)
        left.addWidget(self.add_button)
        left.addLayout(role_buttons)

        # --- the chosen role, on the right ---
        self.editor = QWidget(self)
        self.editor.setObjectName("roleEditor")
        self.role_title = QLabel(self.editor)
        self.role_title.setObjectName("roleTitle")
        self.role_title.setWordWrap(True)
        bold = self.role_title.font()
        bold.setBold(True)
        self.role_title.setFont(bold)
        self.kind = QComboBox(self.editor)
        self.kind.setObjectName("roleKind")
        for kind in KIND_LABELS:
            self.kind.addItem("", kind)
        self.kind_label = QLabel(self.editor)
        self.kind_label.setBuddy(self.kind)
        self.holidays_off = QCheckBox(self.editor)
        self.holidays_off.setObjectName("holidaysOff")
        self.country = QComboBox(self.editor)
        self.country.setObjectName("holidayCountry")
        self.country.addItems(sorted(supported_countries()))
        self.holidays_off.toggled.connect(self.country.setEnabled)
        holidays_row = QHBoxLayout()
        holidays_row.addWidget(self.holidays_off)
        holidays_row.addWidget(self.country)
        holidays_row.addStretch(1)
        settings_form = QFormLayout()
        settings_form.addRow(self.kind_label, self.kind)
        settings_form.addRow(holidays_row)

        self.hours_label = QLabel(self.editor)
        self.hours = QLineEdit(self.editor)
        self.hours.setObjectName("hoursField")
        self.hours.setMaxLength(MAX_SCHEDULE_CHARS)
        self.hours_label.setBuddy(self.hours)
        self.hours_hint = QLabel(self.editor)
        self.hours_hint.setObjectName("hoursHint")
        self.hours_hint.setWordWrap(True)
        self.hours_problem = QLabel(self.editor)
        self.hours_problem.setObjectName("hoursProblem")
        self.hours_problem.setWordWrap(True)
        self.hours_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description = QLabel(self.editor)
        self.description.setObjectName("hoursDescription")
        self.description.setWordWrap(True)
        self.preview_title = QLabel(self.editor)
        self.preview = QLabel(self.editor)
        self.preview.setObjectName("hoursPreview")
        self.preview.setWordWrap(True)
        self.save_button = QPushButton(self.editor)
        self.save_button.setObjectName("saveHoursButton")
        self.status = MessageLine(self.editor)  # the tab's one message area
        self.status.setObjectName("boundariesStatus")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        save_row.addStretch(0)  # the buttons keep their size while there is no message
        self.hours_box = QGroupBox(self.editor)
        hours_layout = QVBoxLayout(self.hours_box)
        hours_layout.addLayout(settings_form)
        hours_layout.addWidget(self.hours_label)
        hours_layout.addWidget(self.hours)
        hours_layout.addWidget(self.hours_hint)
        hours_layout.addWidget(self.hours_problem)
        hours_layout.addWidget(self.description)
        hours_layout.addWidget(self.preview_title)
        hours_layout.addWidget(self.preview)
        hours_layout.addLayout(save_row)

        self.days_off = DaysOffBox(zone, self.editor)

        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addWidget(self.role_title)
        editor_layout.addWidget(self.hours_box)
        editor_layout.addWidget(self.days_off)
        editor_layout.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("boundariesScroller")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.editor)

        right = QVBoxLayout()
        right.addWidget(self.no_roles, 0, Qt.AlignmentFlag.AlignTop)
        right.addWidget(self.scroller, 1)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 2)
        columns.addLayout(right, 5)

        self.roles_list.currentRowChanged.connect(self._role_chosen)
        self.add_button.clicked.connect(self.add_role)
        self.rename_button.clicked.connect(self.rename_role)
        self.delete_button.clicked.connect(self.delete_role)
        self.hours.textEdited.connect(self._hours_typed)
        self.hours.returnPressed.connect(self.save_hours)
        self.kind.currentIndexChanged.connect(self._settings_changed)
        self.holidays_off.toggled.connect(self._settings_changed)
        self.country.currentIndexChanged.connect(self._settings_changed)
        self.save_button.clicked.connect(self.save_hours)
        self.days_off.changed.connect(self._change_exceptions)
        self.days_off.refused.connect(lambda text: self.status.say(text, ATTENTION))
        # A refused extra session's message goes once its times are changed.
        for time_field in (self.days_off.extra_start, self.days_off.extra_end):
            time_field.timeChanged.connect(lambda _time: self._clear_attention())
        self.retranslate()
        self._show_roles()

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        """Use `services`; the page's `reload` then fills the panel."""
        self._services = services

    def detach(self) -> None:
        """Forget the store and clear every value on screen, typed hours included."""
        self._services = None
        self._roles = []
        self._drafts.clear()
        self._close_dialog()
        self.status.clear()
        self._show_roles()

    def reload(self, chosen_id: int | None = None) -> None:
        """The roles from the store; `chosen_id` (or the role chosen now) stays chosen."""
        if self._services is None:
            return
        hours = self._services.hours
        found = attempt(hours.roles, self.status)
        if found is None:
            return
        if chosen_id is None and (current := self.current_role()) is not None:
            chosen_id = current.id
        self._roles = found
        self._show_roles(chosen_id)

    def _roles_saved(self, chosen_id: int | None) -> None:
        """The other tabs, then this one, from the store."""
        self.roles_changed.emit()
        self.reload(chosen_id)

    def current_role(self) -> Role | None:
        row = self.roles_list.currentRow()
        return self._roles[row] if 0 <= row < len(self._roles) else None

    def _save_role(self, role: Role) -> Role | None:
        """Through the UI's one failure path; a refusal of the value itself (a limit) is told
        in the status line too."""
        if self._services is None:
            return None
        hours = self._services.hours
        try:
            return attempt(lambda: hours.save(role), self.status)
        except InvalidEntry as problem:
            self.status.say(self._explain(problem), ATTENTION)
            return None

    def _explain(self, problem: InvalidEntry) -> str:
        if problem.field == "role name":
            return self.tr("Another role already has that name.")
        if problem.field == "roles":
            return self.tr("There are as many roles as Companion keeps. Delete one first.")
        if problem.field == "exceptions":
            return self.tr("This role has as many days off and extra sessions as it can keep.")
        return self.tr("This cannot be saved as it is. Please check each field.")

    # --- showing ------------------------------------------------------------------------
    def _role_text(self, role: Role) -> str:
        details = [self.tr(str(KIND_LABELS.get(role.kind, KIND_LABELS[None])))]
        if role.holidays_off and role.holiday_country:
            details.append(
                self.tr("national holidays off (%1)").replace("%1", role.holiday_country)
            )
        return f"{role.name}\n{self.tr(' · ').join(details)}"

    def _show_roles(self, chosen_id: int | None = None) -> None:
        self.roles_list.blockSignals(True)
        self.roles_list.clear()
        chosen_row = 0
        for row, role in enumerate(self._roles):
            text = self._role_text(role)
            item = QListWidgetItem(text, self.roles_list)
            lines = text.splitlines()
            metrics = self.roles_list.fontMetrics()
            item.setSizeHint(
                QSize(
                    max(metrics.horizontalAdvance(line) for line in lines) + 12,
                    metrics.lineSpacing() * len(lines) + 10,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            if role.id == chosen_id:
                chosen_row = row
        self.roles_list.setCurrentRow(chosen_row if self._roles else -1)
        self.roles_list.blockSignals(False)
        self.no_roles.setVisible(self._services is not None and not self._roles)
        self._role_chosen(self.roles_list.currentRow())

    def _role_chosen(self, _row: int) -> None:
        role = self.current_role()
        self.scroller.setVisible(role is not None)
        self.add_button.setEnabled(self._services is not None)
        self.rename_button.setEnabled(role is not None)
        self.delete_button.setEnabled(role is not None)
        for widget in (self.kind, self.holidays_off, self.country):
            widget.blockSignals(True)
        if role is None:
            self.role_title.clear()
            self.hours.clear()
            self.kind.setCurrentIndex(0)
            self.holidays_off.setChecked(False)
            self.days_off.show_exceptions(None)
            self.hours_problem.clear()
            self.description.clear()
            self.preview.clear()
        else:
            self.role_title.setText(role.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(role.kind)))
            self.holidays_off.setChecked(role.holidays_off)
            country = role.holiday_country or self._default_country()
            if country is not None and (index := self.country.findText(country)) >= 0:
                self.country.setCurrentIndex(index)
            assert role.id is not None
            stored = schedule_text(role.hours, current_language())  # in the window's language
            self.hours.setText(self._drafts.get(role.id, stored))
            self.hours.setCursorPosition(len(self.hours.text()))
            self.days_off.show_exceptions(role.exceptions)
        self.country.setEnabled(self.holidays_off.isChecked())
        for widget in (self.kind, self.holidays_off, self.country):
            widget.blockSignals(False)
        self._check_hours()

    def _update_buttons(self) -> None:
        has_role = self.current_role() is not None
        self.save_button.setEnabled(has_role and self._schedule is not None)

    def _default_country(self) -> str | None:
        return default_holiday_country(current_language(), locale_from_environment())

    # --- hours --------------------------------------------------------------------------
    def _clear_attention(self) -> None:
        """A message about something to fix goes once the person changes it."""
        if self.status.severity == ATTENTION:
            self.status.clear()

    def _hours_typed(self, text: str) -> None:
        role = self.current_role()
        if role is not None and role.id is not None:
            self._drafts[role.id] = text
        self.status.clear()
        self._check_hours()

    def _settings_changed(self) -> None:
        self.status.clear()
        self._check_hours()

    def _edited_role(self) -> Role | None:
        """The chosen role as the page shows it now; None if the hours cannot be read."""
        role = self.current_role()
        if role is None or self._schedule is None:
            return None
        holidays_off = self.holidays_off.isChecked()
        return replace(
            role,
            hours=self._schedule,
            kind=self.kind.currentData(),
            holidays_off=holidays_off,
            holiday_country=self.country.currentText() if holidays_off else role.holiday_country,
        )

    def _check_hours(self) -> None:
        """Read the hours field as it is now: the problem, or the rules in words and the next
        windows in my time zone."""
        self._read_hours()
        for label in (self.hours_problem, self.description, self.preview_title, self.preview):
            label.setVisible(bool(label.text()))
        self._update_buttons()

    def _read_hours(self) -> None:
        self._schedule = None
        self.hours_problem.clear()
        self.description.clear()
        self.preview.clear()
        self.preview_title.clear()
        if self.current_role() is None:
            return
        try:
            self._schedule = parse_schedule(self.hours.text())
        except ScheduleError as problem:
            # The parser names the part in English; the lead-in is ours.
            self.hours_problem.setText(
                self.tr("This part is not understood:") + "\n" + problem.problem
            )
            return
        rules = self._schedule.rules
        if rules:
            self.description.setText("\n".join(describe_rule(rule) for rule in rules))
        else:
            self.description.setText(
                self.tr("No regular hours: only extra sessions count as within hours.")
            )
        edited = self._edited_role()
        if edited is not None and self._services is not None:
            windows = self._services.hours.next_windows(now_utc(), PREVIEW_WINDOWS, [edited])
            zone = zone_text(self.zone)  # a readable name, never a raw IANA id
            self.preview_title.setText(
                self.tr("Next times (%1):").replace("%1", zone) if zone else self.tr("Next times:")
            )
            self.preview.setText(
                "\n".join(
                    window_in_words(in_zone(found.start, self.zone), in_zone(found.end, self.zone))
                    for found in windows
                )
                or self.tr("None coming up.")
            )

    def save_hours(self) -> bool:
        """Save the chosen role's hours, kind and holidays; nothing while the hours cannot be
        read. What was typed stays on screen either way."""
        edited = self._edited_role()
        if edited is None:
            return False
        saved = self._save_role(edited)
        if saved is None:
            return False
        assert saved.id is not None
        self._drafts.pop(saved.id, None)
        self._roles_saved(saved.id)
        self.status.say(self.tr("Saved."), DONE)
        return True

    # --- roles --------------------------------------------------------------------------
    def _close_dialog(self) -> None:
        if self.role_dialog is not None:
            self.role_dialog.close()
            self.role_dialog.deleteLater()
            self.role_dialog = None

    def _open_dialog(self, current: Role | None) -> None:
        if self._services is None:
            return
        self._close_dialog()
        taken = {role.name for role in self._roles if current is None or role.id != current.id}

        def save(name: str, error: QLabel) -> bool:
            if current is None:
                country = self._default_country()
                role = Role(
                    name=name,
                    zone=self.zone,
                    holiday_country=country,
                    holidays_off=country is not None,
                )
            else:
                role = replace(current, name=name)
            saved = self._save_role(role)
            if saved is None:
                error.setText(self.status.text())
                return False
            self.status.clear()
            self._roles_saved(saved.id)
            if current is None:
                self.hours.setFocus()
            return True

        self.role_dialog = RoleNameDialog(
            current.name if current else None, taken, save, self.window()
        )
        self.role_dialog.open()

    def add_role(self) -> None:
        """Ask for the new role's name (the dialog stays open until it is saved or cancelled)."""
        self._open_dialog(None)

    def rename_role(self) -> None:
        role = self.current_role()
        if role is not None:
            self._open_dialog(role)

    def delete_role(self) -> bool:
        """Delete the chosen role after asking, saying what goes with it."""
        role = self.current_role()
        if role is None or role.id is None or self._services is None:
            return False
        question = self.tr("Delete the role “%1”?").replace("%1", role.name)
        lost = self.tr(
            "Its activity hours and its %n day(s) off and extra session(s) are deleted with it. "
            "This cannot be undone.",
            "",
            len(role.exceptions),
        )
        choice = QMessageBox.question(
            self,
            self.tr("Delete role"),
            f"{question}\n\n{lost}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if choice != QMessageBox.StandardButton.Yes:
            return False
        hours = self._services.hours
        role_id = role.id
        if not succeeded(lambda: hours.delete(role_id), self.status):
            return False
        self._drafts.pop(role_id, None)
        self._roles_saved(-1)
        self.status.clear()
        return True

    # --- days off and extra sessions ----------------------------------------------------
    def _change_exceptions(self, exceptions: tuple[HoursException, ...]) -> None:
        """Save the chosen role's new days off and extra sessions; the typed hours stay as
        they are."""
        role = self.current_role()
        if role is None:
            return
        saved = self._save_role(
            replace(role, hours=self._stored_hours(role), exceptions=exceptions)
        )
        if saved is None:
            return
        self._roles = [saved if found.id == saved.id else found for found in self._roles]
        self.days_off.show_exceptions(saved.exceptions)
        self.status.clear()
        self._check_hours()

    def _stored_hours(self, role: Role) -> Schedule:
        return next((found.hours for found in self._roles if found.id == role.id), role.hours)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.roles_label.setText(self.tr("My &roles"))
        self.roles_list.setAccessibleName(self.tr("Roles"))
        self.add_button.setText(self.tr("&Add role…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.no_roles.setText(
            self.tr(
                "No roles yet. Add one for each place you support others: shifts at a clinic "
                "or office, a group that meets on fixed days, a phone line."
            )
        )
        self.hours_box.setTitle(self.tr("Activity hours"))
        self.kind_label.setText(self.tr("&Kind"))
        self.kind.setAccessibleName(self.tr("Kind of role"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, self.tr(str(KIND_LABELS[self.kind.itemData(index)])))
        self.holidays_off.setText(self.tr("National holidays are days off, &in"))
        self.country.setAccessibleName(self.tr("Country of the national holidays"))
        self.hours_label.setText(self.tr("&Hours"))
        self.hours.setAccessibleName(self.tr("Activity hours"))
        self.hours.setPlaceholderText(
            schedule_text(parse_schedule(EXAMPLE_HOURS), current_language())
        )
        self.hours_hint.setText(
            self.tr(
                "Days and times, parts separated by commas. For example: Mon-Fri 10:00-17:00, "
                "2nd,4th Sat 14:00-16:00, every other Wed 19:00-21:00 from 2026-12-02. "
                "A time past midnight (22:00-02:00) ends the next day."
            )
        )
        self.save_button.setText(self.tr("&Save hours"))
        current = self.current_role()
        self._show_roles(current.id if current is not None else None)
