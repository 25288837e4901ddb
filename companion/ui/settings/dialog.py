"""Settings kept in the encrypted store: the size of each scale and the nudge rule."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion import settings
from companion.autostart import Autostart, start_command
from companion.journal.nudge import MAX_DAYS, NudgeRule
from companion.journal.scales import SCALE_SIZES
from companion.paths import DataFolder
from companion.preferences import (
    AUTO_LOCK_MAX_MINUTES,
    load_auto_lock_minutes,
    load_keep_in_tray,
    load_theme,
    save_auto_lock_minutes,
    save_keep_in_tray,
    save_theme,
)
from companion.services.backups import BackupService
from companion.services.reminders import ReminderService
from companion.services.settings import SettingsService
from companion.ui.common.i18n import Retranslating
from companion.ui.common.message_line import ATTENTION, MessageLine
from companion.ui.common.operation import attempt, succeeded
from companion.ui.settings.keys_box import KeysBox

if TYPE_CHECKING:
    from companion.ui.settings.backup_box import BackupBox


class SettingsDialog(Retranslating, QDialog):
    saved = Signal()

    def __init__(
        self,
        settings: SettingsService,
        parent: QWidget | None = None,
        reminders: ReminderService | None = None,
        *,
        folder: DataFolder | None = None,
        tray: bool = False,
        autostart: Autostart | None = None,
        backups: BackupService | None = None,
    ) -> None:
        """`folder`, `tray` and `autostart`: the app's own options, kept outside the store
        (preferences.json and the platform's login entry)."""
        super().__init__(parent)
        self.settings = settings
        self.folder = folder
        self.reminders = reminders
        self.reminders_dialog: QDialog | None = None
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(520)
        self.scales_box = QGroupBox(self)
        self.mood_steps = QComboBox(self)
        self.energy_steps = QComboBox(self)
        for combo in (self.mood_steps, self.energy_steps):
            for size in SCALE_SIZES:
                combo.addItem(str(size), size)
        self.mood_label = QLabel(self)
        self.energy_label = QLabel(self)
        self.scales_note = QLabel(self)
        self.scales_note.setWordWrap(True)
        self.mood_label.setBuddy(self.mood_steps)
        self.energy_label.setBuddy(self.energy_steps)
        scales = QFormLayout(self.scales_box)
        scales.addRow(self.mood_label, self.mood_steps)
        scales.addRow(self.energy_label, self.energy_steps)
        scales.addRow(self.scales_note)

        self.nudge_box = QGroupBox(self)
        self.min_days = QSpinBox(self)
        self.min_days.setObjectName("minDays")
        self.min_days.setRange(1, MAX_DAYS)
        self.days = QSpinBox(self)
        self.days.setObjectName("windowDays")
        self.days.setRange(1, MAX_DAYS)
        self.warning = QCheckBox(self)
        self.breaking = QCheckBox(self)
        self.rule_text = QLabel(self)
        self.rule_text.setWordWrap(True)
        self.days_row_a = QLabel(self)
        self.days_row_b = QLabel(self)
        self.days_row_c = QLabel(self)
        days_row = QHBoxLayout()
        for widget in (self.days_row_a, self.min_days, self.days_row_b, self.days, self.days_row_c):
            days_row.addWidget(widget)
        days_row.addStretch(1)
        nudge = QVBoxLayout(self.nudge_box)
        nudge.addWidget(self.rule_text)
        nudge.addLayout(days_row)
        nudge.addWidget(self.warning)
        nudge.addWidget(self.breaking)

        self.reminders_button = QPushButton(self)  # its own dialog: ui/reminders/dialog.py
        self.reminders_button.setObjectName("openReminders")
        self.reminders_button.setVisible(reminders is not None)
        self.reminders_button.clicked.connect(self.show_reminders)
        reminders_row = QHBoxLayout()
        reminders_row.addWidget(self.reminders_button)
        reminders_row.addStretch(1)

        self.keep_in_tray = QCheckBox(self)  # where there is a tray only
        self.keep_in_tray.setObjectName("keepInTray")
        self.keep_in_tray.setVisible(tray and folder is not None)
        self.keep_in_tray.setChecked(folder is not None and load_keep_in_tray(folder))

        self.auto_lock_label = QLabel(self)  # preferences.json: known before any unlock
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(0, AUTO_LOCK_MAX_MINUTES)
        self.auto_lock.setValue(load_auto_lock_minutes(folder) if folder is not None else 0)
        self.auto_lock_label.setBuddy(self.auto_lock)
        auto_lock_row = QHBoxLayout()
        auto_lock_row.addWidget(self.auto_lock_label)
        auto_lock_row.addWidget(self.auto_lock)
        auto_lock_row.addStretch(1)
        for widget in (self.auto_lock_label, self.auto_lock):
            widget.setVisible(folder is not None)

        self.theme_label = QLabel(self)  # preferences.json: the unlock window shows it too
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeChoice")
        for choice in ("system", "light", "dark"):
            self.theme.addItem("", choice)
        self.theme.setCurrentIndex(
            self.theme.findData(load_theme(folder) if folder is not None else "system")
        )
        self.theme_label.setBuddy(self.theme)
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.theme_label)
        theme_row.addWidget(self.theme)
        theme_row.addStretch(1)
        self.theme_label.setVisible(folder is not None)
        self.theme.setVisible(folder is not None)

        self.autostart = autostart
        self.start_at_login = QCheckBox(self)
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setVisible(autostart is not None and folder is not None)
        self.start_at_login.setChecked(autostart is not None and autostart.enabled())

        self.backup_box: BackupBox | None = None  # ui/settings/backup_box.py
        if backups is not None:
            from companion.ui.settings.backup_box import BackupBox

            self.backup_box = BackupBox(backups, self)

        self.keys_box = KeysBox(self)  # the session answers its buttons

        self.error = MessageLine(self)  # the dialog's one message area
        self.error.setObjectName("settingsMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # The settings scroll and the buttons stay: on a small screen every group keeps the
        # height its wrapped words need instead of being squeezed until they are cut off.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.scales_box)
        layout.addWidget(self.nudge_box)
        layout.addLayout(reminders_row)
        if self.backup_box is not None:
            layout.addWidget(self.backup_box)
        layout.addWidget(self.keys_box)
        layout.addLayout(theme_row)
        layout.addLayout(auto_lock_row)
        layout.addWidget(self.keep_in_tray)
        layout.addWidget(self.start_at_login)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.days.valueChanged.connect(self.min_days.setMaximum)
        # The message about the kinds of sign goes once one is chosen again.
        for box in (self.warning, self.breaking):
            box.toggled.connect(self._kind_toggled)
        self.load()
        self.retranslate()

    def _kind_toggled(self, checked: bool) -> None:
        if checked and self.error.severity == ATTENTION:
            self.error.clear()

    def sizeHint(self) -> QSize:
        """All of the settings when the screen has room, else as much as 85 % of it holds."""
        inside = self.scroll_area.widget()
        if inside is None:
            return super().sizeHint()
        content = inside.sizeHint()
        extra = self.buttons.sizeHint().height() + self.error.sizeHint().height() + 40
        width = content.width() + self.scroll_area.verticalScrollBar().sizeHint().width() + 24
        height = content.height() + extra
        screen = self.screen()
        if screen is not None:
            height = min(height, int(screen.availableGeometry().height() * 0.85))
        return QSize(width, height)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.scales_box.setTitle(self.tr("Scales"))
        self.mood_label.setText(self.tr("Steps for mood:"))
        self.energy_label.setText(self.tr("Steps for energy:"))
        self.scales_note.setText(
            self.tr(
                "Changing a scale affects new check-ins only. Earlier entries keep the scale "
                "they were made on, and comparisons and charts put them on a common footing."
            )
        )
        self.nudge_box.setTitle(self.tr("Gentle reminder of your action plan"))
        self.rule_text.setText(
            self.tr(
                "When your check-ins note signs from your plan on enough recent days, Today "
                "shows the action plan you wrote for them. It is a reminder from your own "
                "notes, not an assessment. You can dismiss it for the day."
            )
        )
        self.days_row_a.setText(self.tr("Show it when signs were noted on"))
        self.days_row_b.setText(self.tr("of the last"))
        self.days_row_c.setText(self.tr("days, for:"))
        self.min_days.setAccessibleName(self.tr("Days with signs noted"))
        self.days.setAccessibleName(self.tr("Recent days looked at"))
        self.min_days.setAccessibleDescription(self.rule_text.text())
        self.warning.setText(self.tr("early warning signs"))
        self.breaking.setText(self.tr("signs that things are breaking down"))
        self.reminders_button.setText(self.tr("Reminders…"))
        self.keep_in_tray.setText(
            self.tr("Keep Companion running in the tray when the window is closed")
        )
        self.start_at_login.setText(self.tr("Start Companion in the tray when I log in"))
        self.theme_label.setText(self.tr("Appearance:"))
        for index, text in enumerate(
            (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))
        ):
            self.theme.setItemText(index, text)
        self.auto_lock_label.setText(self.tr("Lock after this long without use:"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setToolTip(
            self.tr(
                "Companion also locks when the computer goes to sleep or the screen locks, "
                "where the system tells it."
            )
        )

    def show_reminders(self) -> None:
        """Reminder settings, saved on their own (ui/reminders/dialog.py)."""
        if self.reminders is None:
            return
        from companion.ui.reminders.dialog import RemindersDialog

        self.reminders_dialog = RemindersDialog(self.reminders, date.today(), self)
        self.reminders_dialog.open()

    def load(self) -> None:
        saved = attempt(lambda: (self.settings.scales(), self.settings.nudge_rule()), self.error)
        (mood, energy), rule = saved or (
            (settings.SCALES.default.mood, settings.SCALES.default.energy),
            settings.NUDGE_RULE.default,
        )
        self.mood_steps.setCurrentIndex(self.mood_steps.findData(mood))
        self.energy_steps.setCurrentIndex(self.energy_steps.findData(energy))
        self.days.setValue(rule.days)
        self.min_days.setValue(rule.min_days)
        self.warning.setChecked("warning" in rule.kinds)
        self.breaking.setChecked("breaking" in rule.kinds)

    def save(self) -> None:
        kinds = tuple(
            kind
            for kind, box in (("breaking", self.breaking), ("warning", self.warning))
            if box.isChecked()
        )
        if not kinds:
            self.error.say(self.tr("Choose at least one kind of sign, or both."), ATTENTION)
            return
        rule = NudgeRule(days=self.days.value(), min_days=self.min_days.value(), kinds=kinds)
        mood_steps = int(self.mood_steps.currentData())
        energy_steps = int(self.energy_steps.currentData())

        def save() -> None:
            self.settings.save_scales(mood_steps, energy_steps)
            self.settings.save_nudge_rule(rule)
            if self.backup_box is not None:
                self.backup_box.save()

        if not succeeded(save, self.error):
            return
        if self.folder is not None and not self.keep_in_tray.isHidden():
            save_keep_in_tray(self.folder, self.keep_in_tray.isChecked())
        if self.folder is not None:
            save_auto_lock_minutes(self.folder, self.auto_lock.value())
            save_theme(self.folder, str(self.theme.currentData()))
        if not self._save_start_at_login():
            return
        self.saved.emit()
        self.accept()

    def _save_start_at_login(self) -> bool:
        """Write or remove the login entry if the choice changed; False if that failed."""
        entry, folder = self.autostart, self.folder
        if entry is None or folder is None:
            return True
        wanted = self.start_at_login.isChecked()
        try:
            if wanted and not entry.enabled():
                entry.enable(start_command(folder))
            elif not wanted and entry.enabled():
                entry.disable()
        except OSError:
            self.error.say(
                self.tr("The login entry could not be changed. Your other settings are saved."),
                ATTENTION,
            )
            return False
        return True
