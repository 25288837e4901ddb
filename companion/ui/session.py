"""The life of one window session: first run or unlock, the main window, lock, and quit.

The Plan's history and export dialogs and Settings are imported when first opened (the PDF
printer alone takes a noticeable part of a start otherwise).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from companion.clock import local_zone_name
from companion.errors import EXIT_OK, StoreProblem
from companion.paths import DataFolder
from companion.preferences import (
    load_auto_lock_minutes,
    load_keep_in_tray,
    load_theme,
    save_language,
)
from companion.services import access
from companion.ui.common.i18n import apply_language, current_language
from companion.ui.common.messages import problem_text
from companion.ui.common.operation import attempt_or_handle
from companion.ui.daily_backup import DailyBackup
from companion.ui.idle_lock import IdleLock
from companion.ui.reminders.ticker import ReminderTicker
from companion.ui.unlock.dialogs import NewPassphraseDialog, UnlockDialog
from companion.ui.unlock.welcome import WelcomeDialog

if TYPE_CHECKING:
    from companion.plan.model import Plan
    from companion.services.journal import CheckinForm
    from companion.services.store_services import Store, StoreServices
    from companion.ui.common.design import ThemeFollower
    from companion.ui.help.window import HelpNowWindow
    from companion.ui.main_window import MainWindow
    from companion.ui.plan.export_dialog import PlanExportDialog
    from companion.ui.plan.history_dialog import PlanHistoryDialog
    from companion.ui.settings.dialog import SettingsDialog
    from companion.ui.tray import CompanionTray

# What the main window needs and the unlock and welcome dialogs do not: the store (SQLAlchemy and
# its ORM) and the window with Today. They are imported once such a dialog has been painted, one
# module per turn of the event loop, while the person types, so the dialog appears at once.
MAIN_WINDOW_MODULES = ("companion.services.store_services", "companion.ui.main_window")


class _AfterFirstPaint(QObject):
    """Calls `then` once, soon after `widget` was first painted (and so is on the screen)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def import_in_turns(modules: tuple[str, ...]) -> None:
    """Import `modules`, one per turn of the event loop (keys typed meanwhile wait for one
    import at most); an import that is already done costs nothing."""
    if modules:
        importlib.import_module(modules[0])
        QTimer.singleShot(0, lambda: import_in_turns(modules[1:]))


class CompanionSession(QObject):
    """Owns the open store (at most one) and the windows that show it."""

    finished = Signal(int)  # the exit code once the person is done

    def __init__(self, folder: DataFolder, zone: str | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.zone = zone or local_zone_name()
        self.store: Store | None = None
        self.services: StoreServices | None = None  # bound to `store`, for the pages
        self.window: MainWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.passphrase_dialog: NewPassphraseDialog | None = None
        self.key_dialog: QDialog | None = None  # a new recovery code, or the data key
        self.problem_box: QMessageBox | None = None
        self._draft: CheckinForm | None = None
        self._unsaved_plan: Plan | None = None
        self.history_dialog: PlanHistoryDialog | None = None
        self.export_dialog: PlanExportDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.help_window: HelpNowWindow | None = None
        self.reminder_ticker = ReminderTicker(self.zone, parent=self)  # runs while unlocked
        self.daily_backup = DailyBackup(self.zone, parent=self)  # ui/daily_backup.py
        self.idle_lock = IdleLock(self)  # watches while unlocked: idle, sleep, screen lock
        self.idle_lock.lock_due.connect(self._lock_when_away)
        self.tray: CompanionTray | None = None  # only where the desktop has a tray
        self.theme_follower: ThemeFollower | None = None  # set by follow_theme (the app)
        self._quitting = False

    # --- the look -----------------------------------------------------------------------
    def follow_theme(self) -> None:
        """Show the colour scheme chosen in Settings (the system's, unless light or dark was
        chosen), and follow the system when it switches."""
        from companion.ui.common.design import Theme, ThemeFollower

        theme = Theme(load_theme(self.folder))
        if self.theme_follower is None:
            self.theme_follower = ThemeFollower(theme, self)
        else:
            self.theme_follower.choose(theme)

    # --- the tray -----------------------------------------------------------------------
    def enable_tray(self, available: Callable[[], bool] | None = None) -> bool:
        """Show the tray icon if the desktop has a tray; whether there is one now."""
        from PySide6.QtWidgets import QApplication

        from companion.ui.tray import CompanionTray, tray_available

        if self.tray is None and (available or tray_available)():
            self.tray = CompanionTray(self)
            self.tray.open_requested.connect(self.bring_forward)
            self.tray.help_now_requested.connect(self._help_now_from_tray)
            self.tray.lock_requested.connect(self.lock)
            self.tray.quit_requested.connect(self.quit)
            self.tray.set_unlocked(self.store is not None)
            self.tray.show()
            QApplication.setQuitOnLastWindowClosed(False)  # the session says when it is done
        return self.tray is not None

    def keeps_running_in_tray(self) -> bool:
        """Whether closing the window only hides it: a tray, and the person chose so."""
        return self.tray is not None and not self._quitting and load_keep_in_tray(self.folder)

    def _help_now_from_tray(self) -> None:
        if self.services is None:
            self.bring_forward()  # locked: unlocking comes first
        else:
            self.show_help_now()

    def quit(self) -> None:
        """Quit for good (from the tray); an unsaved check-in is asked about first."""
        self._quitting = True
        window = self.window
        if window is not None and self.store is not None:
            if not window.today.form_is_empty():
                window.show()  # the question needs the form on the screen
            if not window.close():
                self._quitting = False  # the person chose to stay
            return
        self._close_store()
        self.finished.emit(EXIT_OK)

    # --- starting -----------------------------------------------------------------------
    def start(self, *, background: bool = False) -> None:
        """Begin: welcome, unlock or the main window. In the `background` (with a tray only)
        the window stays hidden, and a store that needs its passphrase waits for Open."""
        hidden = background and self.tray is not None
        exists = attempt_or_handle(lambda: access.store_exists(self.folder), self.show_problem)
        if exists is None:
            return
        if not exists:
            self._show_welcome()
            return
        found = attempt_or_handle(
            lambda: (access.unlock_automatically(self.folder),), self.show_problem
        )
        if found is None:
            return
        (store,) = found  # None: not kept in the keychain, so ask
        if store is not None:
            self.open_main(store, show=not hidden)
        elif not hidden:
            self._show_unlock()

    def _show_welcome(self) -> None:
        self.welcome = WelcomeDialog(self.folder)
        self.welcome.language_chosen.connect(self.set_language)
        self.welcome.accepted.connect(self._welcomed)
        self.welcome.rejected.connect(lambda: self.finished.emit(EXIT_OK))
        _AfterFirstPaint(self.welcome, lambda: import_in_turns(MAIN_WINDOW_MODULES))
        self.welcome.show()

    def _welcomed(self) -> None:
        assert self.welcome is not None and self.welcome.store is not None
        store = self.welcome.store
        self.welcome.deleteLater()
        self.welcome = None
        self.open_main(store)

    def _show_unlock(self) -> None:
        keychain_missing = self._expects_keychain() and not access.keychain_available()
        self.unlock_dialog = UnlockDialog(self.folder, keychain_missing=keychain_missing)
        self.unlock_dialog.accepted.connect(self._unlocked)
        self.unlock_dialog.rejected.connect(self._unlock_abandoned)
        _AfterFirstPaint(self.unlock_dialog, lambda: import_in_turns(MAIN_WINDOW_MODULES))
        self.unlock_dialog.show()

    def _expects_keychain(self) -> bool:
        return access.expects_keychain(self.folder)

    def _unlocked(self) -> None:
        dialog = self.unlock_dialog
        assert dialog is not None and dialog.store is not None
        self.unlock_dialog = None
        dialog.deleteLater()
        self.open_main(dialog.store)
        if dialog.used_recovery_code:
            self.ask_new_passphrase()

    def _unlock_abandoned(self) -> None:
        self.unlock_dialog = None
        if self.window is not None:
            self.window.close()
        self.finished.emit(EXIT_OK)

    # --- the main window ----------------------------------------------------------------
    def open_main(self, store: Store, *, show: bool = True) -> None:
        from companion.services.store_services import StoreServices
        from companion.ui.main_window import MainWindow

        self.store = store
        self.services = services = StoreServices(store)
        services.boundaries.use_language(current_language())  # for the rules' first seeds
        if self.window is None:
            self.window = MainWindow(self.zone, keychain_available=access.keychain_available)
            self.window.lock_requested.connect(self.lock)
            self.window.language_requested.connect(self.set_language)
            self.window.change_passphrase_requested.connect(self.ask_new_passphrase)
            self.window.new_recovery_code_requested.connect(self.ask_new_recovery_code)
            self.window.change_data_key_requested.connect(self.ask_change_data_key)
            self.window.remember_key_toggled.connect(self._remember_key)
            self.window.closing.connect(self._closing)
            self.window.keeps_running_on_close = self.keeps_running_in_tray
            self.window.plan_history_requested.connect(self.show_plan_history)
            self.window.plan_export_requested.connect(self.show_plan_export)
            self.window.settings_requested.connect(self.show_settings)
            self.window.help_now_requested.connect(self.show_help_now)
            self.window.imported.connect(self._show_imported)
            self.window.today.nudge.help_now_requested.connect(self.show_help_now)
            self.window.today.nudge.crisis_plan_requested.connect(
                lambda: self.show_plan_section("crisis", "supporters")
            )
            self.reminder_ticker.show_on(self.window.today)
        self.window.set_remember_checked(services.key.remembered)
        self.window.attach(services)  # pages not built yet get the services when they are
        if self._unsaved_plan is not None:
            self.window.plan.change(self._unsaved_plan, self.tr("Changes kept while locked"))
            self._unsaved_plan = None
        if self._draft is not None:
            self.window.today.restore_form(self._draft)
            self._draft = None
        if show:
            self.window.show()
            self.window.activateWindow()
            self.window.today.focus_first_field()
        self.reminder_ticker.start(services)  # missed while locked or closed: one summary
        self.daily_backup.schedule(services.backups)
        self.idle_lock.set_minutes(load_auto_lock_minutes(self.folder))
        if self.theme_follower is not None:
            self.follow_theme()
        self.idle_lock.start()
        if self.tray is not None:
            self.tray.set_unlocked(True)

    def _lock_when_away(self) -> None:
        """Idle too long, asleep or the screen locked: lock as Ctrl+L does. A window hidden in
        the tray stays hidden; Open asks for the passphrase then."""
        shown = self.window is not None and self.window.isVisible()
        self.lock(ask_again=shown)

    def lock(self, *, ask_again: bool = True) -> None:
        """Close the store and clear the screen; an unsaved check-in waits in memory only.
        `ask_again`: show the unlock dialog (else `bring_forward` shows it when asked)."""
        if self.window is None or self.store is None:
            return
        self.idle_lock.stop()
        self.reminder_ticker.stop()  # nothing is ticked while the store is closed
        self._close_modal_questions()
        today = self.window.today
        self._draft = None if today.form_is_empty() else today.form()
        plan_page = self.window.built_plan
        if plan_page is not None and not plan_page.flush():
            self._unsaved_plan = plan_page.plan  # in memory only, given back after unlock
        self.window.detach()
        dialogs = (
            self.history_dialog,
            self.export_dialog,
            self.settings_dialog,
            self.passphrase_dialog,
        )
        for dialog in dialogs:
            if dialog is not None:
                dialog.close()
        self.history_dialog = self.export_dialog = self.settings_dialog = None
        self.passphrase_dialog = None
        if self.key_dialog is not None:  # it may show a recovery code
            self.key_dialog.close()
            self.key_dialog = None
        if self.help_window is not None:  # it shows the plan: gone with the store
            self.help_window.close()
            self.help_window.deleteLater()
            self.help_window = None
        self.window.hide()
        self._close_store()
        if self.tray is not None:
            self.tray.set_unlocked(False)
        if ask_again:
            self._show_unlock()

    @staticmethod
    def _close_modal_questions() -> None:
        """A question or file dialog still open (the lock came from the idle timer or the tray
        meanwhile) is answered "cancel": it may quote the person's words, and what asked it
        must not go on with a closed store. Its own event loop ends once the lock is done."""
        from PySide6.QtWidgets import QApplication, QDialog

        for _attempt in range(10):  # a question may sit above another
            modal = QApplication.activeModalWidget()
            if modal is None:
                return
            if isinstance(modal, QDialog):
                modal.reject()
            modal.close()
            modal.hide()

    def _close_store(self) -> None:
        self.idle_lock.stop()
        self.reminder_ticker.stop()
        self.daily_backup.cancel()
        if self.store is not None:
            self.store.close()
            self.store = None
            self.services = None

    def _closing(self) -> None:
        if self.window is not None:
            # Every page forgets the store (the Plan page saves what is pending first), so no
            # timer of theirs (Today's date check at midnight, say) reaches a closed store.
            self.window.detach()
        self._close_store()
        self.finished.emit(EXIT_OK)

    # --- settings -----------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        apply_language(language)
        save_language(self.folder, language)

    def show_plan_history(self) -> None:
        if self.services is None or self.window is None:
            return
        from companion.ui.plan.history_dialog import PlanHistoryDialog

        self.window.plan.flush()
        self.history_dialog = PlanHistoryDialog(self.services.plan, self.window)
        self.history_dialog.restored.connect(self.window.plan.reload)
        self.history_dialog.show()

    def show_plan_export(self) -> None:
        if self.services is None or self.window is None:
            return
        from companion.ui.plan.export_dialog import PlanExportDialog

        self.window.plan.flush()
        self.export_dialog = PlanExportDialog(
            self.window.plan.plan,
            self.services.folder.root,
            self.window,
            settings=self.services.settings,  # the name on the supporters' copy, kept encrypted
        )
        self.export_dialog.show()

    def show_help_now(self) -> None:
        """The Help now window, fresh: the plan's latest words are saved first."""
        if self.services is None or self.window is None:
            return
        from companion.ui.help.window import HelpNowWindow

        if self.window.built_plan is not None:
            self.window.built_plan.flush()
        if self.help_window is None:
            self.help_window = HelpNowWindow(self.services, self.window)
            self.help_window.plan_section_requested.connect(self.show_plan_section)
        self.help_window.refresh()
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def _show_imported(self) -> None:
        """An open Help now window shows the crisis lines an import brought."""
        if self.help_window is not None and self.help_window.isVisible():
            self.help_window.refresh()

    def show_plan_section(self, section_key: str, list_key: str) -> None:
        """The Plan page at one section, scrolled to one of its lists."""
        if self.window is None:
            return
        from companion.ui.main_window import PLAN_ROW

        self.window.navigation.setCurrentRow(PLAN_ROW)
        page = self.window.plan
        editor = page.show_section(section_key)
        page.scroller.ensureWidgetVisible(editor.lists[list_key])
        self.window.raise_()
        self.window.activateWindow()

    def show_settings(self) -> None:
        if self.services is None or self.window is None:
            return
        from companion.autostart import for_this_platform
        from companion.ui.settings.dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(
            self.services.settings,
            self.window,
            reminders=self.services.reminders,
            folder=self.folder,
            tray=self.tray is not None,
            autostart=for_this_platform(),
            backups=self.services.backups,
        )
        self.settings_dialog.saved.connect(self._settings_saved)
        keys_box = self.settings_dialog.keys_box
        keys_box.change_passphrase.connect(self.ask_new_passphrase)
        keys_box.new_recovery_code.connect(self.ask_new_recovery_code)
        keys_box.change_data_key.connect(self.ask_change_data_key)
        self.settings_dialog.show()

    def _settings_saved(self) -> None:
        if self.services is None or self.window is None:
            return
        self.idle_lock.set_minutes(load_auto_lock_minutes(self.folder))
        scales = attempt_or_handle(
            self.services.settings.scales, lambda problem: self.show_problem(problem, fatal=False)
        )
        if scales is not None:
            self.window.today.set_scales(*scales)
            if self.window.built_journal is not None:  # "5/5 · …" beside entries on a new scale
                self.window.built_journal.reload()
        self.window.today.refresh_nudge()
        self.window.data_changed()  # the charts label values on the scales chosen now

    def ask_new_passphrase(self) -> None:
        if self.services is None:
            return
        self.passphrase_dialog = NewPassphraseDialog(self.services.key, self.window)
        self.passphrase_dialog.show()

    def ask_new_recovery_code(self) -> None:
        if self.services is None:
            return
        from companion.ui.unlock.key_dialogs import RecoveryCodeDialog

        self.key_dialog = RecoveryCodeDialog(self.services.key, parent=self.window)
        self.key_dialog.show()

    def ask_change_data_key(self) -> None:
        """The store stays open: it goes on under the new key (the person has just typed the
        passphrase, and what is on the screen stays), then the new recovery code is shown."""
        if self.services is None:
            return
        from companion.ui.unlock.key_dialogs import ChangeDataKeyDialog

        if self.window is not None and self.window.built_plan is not None:
            self.window.built_plan.flush()  # saved under the old key, then carried over
        dialog = ChangeDataKeyDialog(self.services.key, self.window)
        dialog.accepted.connect(lambda: self._show_new_recovery_code(dialog.recovery_code))
        dialog.store_lost.connect(self._store_lost)
        self.key_dialog = dialog
        dialog.show()

    def _store_lost(self) -> None:
        """A failed change of the data key left the store closed: unlock again."""
        if self.key_dialog is not None:
            self.key_dialog.close()
        self.lock()

    def _show_new_recovery_code(self, code: str | None) -> None:
        from companion.ui.unlock.key_dialogs import RecoveryCodeDialog

        if code is not None:
            self.key_dialog = RecoveryCodeDialog(code=code, parent=self.window)
            self.key_dialog.show()

    def _remember_key(self, remember: bool) -> None:
        if self.services is None:
            return
        key = self.services.key
        done = attempt_or_handle(
            lambda: key.remember(remember), lambda problem: self.show_problem(problem, fatal=False)
        )
        if self.window is not None:
            self.window.set_remember_checked(key.remembered if done else not remember)

    # --- a second launch -----------------------------------------------------------------
    def bring_forward(self) -> None:
        """Another launch on this data folder asked: show what this session has open."""
        shown: QWidget | None = None
        for candidate in (self.problem_box, self.unlock_dialog, self.welcome):
            if candidate is not None and candidate.isVisible():
                shown = candidate
                break
        if shown is None and self.window is not None and self.store is not None:
            shown = self.window
            if shown.isMinimized():
                shown.showNormal()
            else:
                shown.show()
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
        elif self.store is None and not (self.unlock_dialog or self.welcome or self.problem_box):
            self.start()  # started in the background, still locked: ask for the passphrase now

    # --- problems -----------------------------------------------------------------------
    def show_problem(self, problem: StoreProblem, *, fatal: bool = True) -> None:
        """Tell the person plainly; a problem before unlock ends the session once read."""
        parent: QWidget | None = self.window
        box = QMessageBox(parent)
        box.setObjectName("problemBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Companion"))
        box.setText(problem_text(problem))
        box.setInformativeText(self.tr("Data folder: %1").replace("%1", str(self.folder.root)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if fatal:
            box.finished.connect(lambda _result: self.finished.emit(problem.exit_code))
        self.problem_box = box
        box.show()

    def shutdown(self) -> None:
        self._close_store()
        if self.tray is not None:
            from PySide6.QtWidgets import QApplication

            self.tray.remove()
            self.tray = None
            QApplication.setQuitOnLastWindowClosed(True)
