"""The main window: navigation on the left, one page at a time on the right, and the menus.

Pages appear in the navigation as their features land; there are no placeholder pages.
Today is built with the window; Journal, Plan, Boundaries and Trends are built (and their
modules imported) when first shown or asked for, and get the open store then. `built_journal`,
`built_plan`, `built_boundaries` and `built_trends` are None until that happens (so a start
never imports matplotlib, which only Trends needs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.services.store_services import StoreServices
from companion.ui.common.design import ICON_SIZE, Spacing, icon
from companion.ui.common.i18n import LANGUAGE_NAMES, Retranslating, current_language
from companion.ui.today.page import TodayPage

if TYPE_CHECKING:
    from companion.ui.boundaries.page import BoundariesPage
    from companion.ui.help.shortcuts import KeyboardShortcutsDialog
    from companion.ui.journal.page import JournalPage
    from companion.ui.plan.page import PlanPage
    from companion.ui.trends.page import TrendsPage

TODAY_ROW, JOURNAL_ROW, PLAN_ROW = range(3)
BOUNDARIES_ROW = 3
TRENDS_ROW = 4
PAGE_ICONS = ("today", "journal", "plan", "boundaries", "trends")  # resources/icons/*.svg
NAVIGATION_WIDTH = 176


class MainWindow(Retranslating, QMainWindow):
    lock_requested = Signal()
    language_requested = Signal(str)
    change_passphrase_requested = Signal()
    new_recovery_code_requested = Signal()
    change_data_key_requested = Signal()
    settings_requested = Signal()
    remember_key_toggled = Signal(bool)
    plan_history_requested = Signal()
    plan_export_requested = Signal()
    help_now_requested = Signal()
    imported = Signal()  # a file was imported; the pages built so far show it already
    closing = Signal()

    def __init__(self, zone: str, *, keychain_available: Callable[[], bool]) -> None:
        """`keychain_available` is asked when the Companion menu opens, not before: finding
        the OS keychain can take a moment that the start should not spend."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(QSize(980, 720))
        self.zone = zone
        self._services: StoreServices | None = None
        self._keychain_available = keychain_available
        self.keeps_running_on_close: Callable[[], bool] = lambda: False  # set by the session
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setIconSize(ICON_SIZE)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        for _row in (TODAY_ROW, JOURNAL_ROW, PLAN_ROW, BOUNDARIES_ROW, TRENDS_ROW):
            QListWidgetItem(self.navigation)
        self._show_icons()
        # Ctrl+1 … Ctrl+5 choose a page from anywhere in the window.
        self.page_shortcuts: list[QShortcut] = []
        for row in range(self.navigation.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda row=row: self.navigation.setCurrentRow(row))
            self.page_shortcuts.append(shortcut)
        self.pages = QStackedWidget(self)
        self.today = TodayPage(zone, self)
        self.pages.addWidget(self.today)
        self.built_journal: JournalPage | None = None
        self.built_plan: PlanPage | None = None
        self.built_boundaries: BoundariesPage | None = None
        self.built_trends: TrendsPage | None = None
        self.today.glance.open_requested.connect(lambda: self.navigation.setCurrentRow(TRENDS_ROW))
        self.today.saved.connect(lambda _entry: self.data_changed())
        # Help now: one action (menu, F1 or Ctrl+Shift+H) and a button under the navigation.
        self.help_now_action = QAction(self)
        self.help_now_action.setObjectName("helpNowAction")
        self.help_now_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("Ctrl+Shift+H")]
        )
        self.help_now_action.triggered.connect(self.help_now_requested)
        self.help_now_action.setIcon(icon("help"))
        self.help_now_button = QToolButton(self)
        self.help_now_button.setObjectName("helpNowButton")
        self.help_now_button.setDefaultAction(self.help_now_action)
        self.help_now_button.setFixedWidth(NAVIGATION_WIDTH)
        self.help_now_button.setIconSize(ICON_SIZE)
        self.help_now_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        central = QWidget(self)
        side = QVBoxLayout()
        side.setSpacing(Spacing.SMALL)
        side.addWidget(self.navigation, 1)
        side.addWidget(self.help_now_button)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(Spacing.SMALL, Spacing.SMALL, Spacing.SMALL, Spacing.SMALL)
        layout.setSpacing(Spacing.MEDIUM)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.navigation.setCurrentRow(0)

        self.file_menu = self.menuBar().addMenu("")
        self.change_passphrase_action = QAction(self)
        self.change_passphrase_action.triggered.connect(self.change_passphrase_requested)
        self.new_recovery_code_action = QAction(self)
        self.new_recovery_code_action.setObjectName("newRecoveryCodeAction")
        self.new_recovery_code_action.triggered.connect(self.new_recovery_code_requested)
        self.change_data_key_action = QAction(self)
        self.change_data_key_action.setObjectName("changeDataKeyAction")
        self.change_data_key_action.triggered.connect(self.change_data_key_requested)
        self.remember_action = QAction(self)
        self.remember_action.setCheckable(True)
        self.remember_action.toggled.connect(self.remember_key_toggled)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.settings_requested)
        self.file_menu.addAction(self.help_now_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.change_passphrase_action)
        self.file_menu.addAction(self.new_recovery_code_action)
        self.file_menu.addAction(self.change_data_key_action)
        self.file_menu.addAction(self.remember_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.file_menu.aboutToShow.connect(self._ask_keychain)

        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current_language())
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.language_actions.triggered.connect(
            lambda action: self.language_requested.emit(str(action.data()))
        )

        # Help: Help now again, and the keyboard shortcuts (read from the actions above).
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.help_now_action)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("keyboardShortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_keyboard_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.shortcuts_dialog: KeyboardShortcutsDialog | None = None
        self.retranslate()

    def show_keyboard_shortcuts(self) -> None:
        """Help → Keyboard shortcuts. The pages with their own keys are built first, so
        their actions are listed too (Trends has none and stays unbuilt)."""
        from companion.ui.help.shortcuts import KeyboardShortcutsDialog

        for build in (lambda: self.journal, lambda: self.plan, lambda: self.boundaries):
            build()
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = KeyboardShortcutsDialog(self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def _show_icons(self) -> None:
        """The pages' icons, drawn in the theme's text colour (again when the theme changes)."""
        for row, name in enumerate(PAGE_ICONS):
            item = self.navigation.item(row)
            if item is not None:
                item.setIcon(icon(name))
        if hasattr(self, "help_now_action"):
            self.help_now_action.setIcon(icon("help"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._show_icons()
        super().changeEvent(event)

    def _ask_keychain(self) -> None:
        self.remember_action.setEnabled(self._keychain_available())

    # --- pages --------------------------------------------------------------------------
    @property
    def journal(self) -> JournalPage:
        """The Journal page, built (and given the open store's services) on first use."""
        if self.built_journal is None:
            from companion.ui.journal.page import JournalPage

            self.built_journal = JournalPage(self.zone, self)
            self.built_journal.imported.connect(self._show_imported)
            self._add_page(self.built_journal)
        return self.built_journal

    @property
    def plan(self) -> PlanPage:
        """The Plan page, built (and given the open store's services) on first use."""
        if self.built_plan is None:
            from companion.ui.plan.page import PlanPage

            self.built_plan = PlanPage(self)
            self.built_plan.history_requested.connect(self.plan_history_requested)
            self.built_plan.export_requested.connect(self.plan_export_requested)
            self._add_page(self.built_plan)
        return self.built_plan

    @property
    def boundaries(self) -> BoundariesPage:
        """The Boundaries page (roles and activity hours), built on first use."""
        if self.built_boundaries is None:
            from companion.ui.boundaries.page import BoundariesPage

            self.built_boundaries = BoundariesPage(self.zone, self)
            self._add_page(self.built_boundaries)
        return self.built_boundaries

    @property
    def trends(self) -> TrendsPage:
        """The Trends page (charts), built on first use: only then is matplotlib imported."""
        if self.built_trends is None:
            from companion.ui.trends.page import TrendsPage

            self.built_trends = TrendsPage(self.zone, self)
            self._add_page(self.built_trends)
        return self.built_trends

    def _add_page(self, page: JournalPage | PlanPage | BoundariesPage | TrendsPage) -> None:
        self.pages.addWidget(page)
        if self._services is not None:
            page.attach(self._services)

    def built_pages(
        self,
    ) -> list[TodayPage | JournalPage | PlanPage | BoundariesPage | TrendsPage]:
        """The pages that exist so far, Today first."""
        pages = (
            self.today,
            self.built_journal,
            self.built_plan,
            self.built_boundaries,
            self.built_trends,
        )
        return [page for page in pages if page is not None]

    def attach(self, services: StoreServices) -> None:
        """Every page shows this store: those built now at once, the others when built."""
        self._services = services
        for page in self.built_pages():
            page.attach(services)

    def detach(self) -> None:
        """Forget the store on every page (the Plan page saves what is pending first)."""
        for page in self.built_pages():
            page.detach()
        self._services = None

    def data_changed(self) -> None:
        """Check-ins, contacts or scales may have changed: the charts read them again (at
        once if on the screen, else when next shown), and so does the week on Today."""
        if self.built_trends is not None:
            self.built_trends.data_changed()
        self.today.glance.refresh()

    def _page_chosen(self, row: int) -> None:
        """Pages show fresh data when they come into view: entries and plan change elsewhere.
        A page built just now already loaded it."""
        if self.built_plan is not None:
            self.built_plan.flush()
        if row == TODAY_ROW:
            self.pages.setCurrentWidget(self.today)
            self.today.refresh_tag_choices()
            self.today.refresh_nudge()
            self.today.glance.refresh()  # entries may have changed on Journal
        elif row == JOURNAL_ROW:
            fresh = self.built_journal is None
            self.pages.setCurrentWidget(self.journal)
            if not fresh:
                self.journal.refresh_tags()
                self.journal.reload()
        elif row == PLAN_ROW:
            self.pages.setCurrentWidget(self.plan)
        elif row == BOUNDARIES_ROW:
            fresh = self.built_boundaries is None
            self.pages.setCurrentWidget(self.boundaries)
            if not fresh:
                self.boundaries.reload()
        elif row == TRENDS_ROW:
            fresh = self.built_trends is None
            self.pages.setCurrentWidget(self.trends)
            if not fresh:
                self.trends.refresh()
        if row not in (TODAY_ROW, TRENDS_ROW) and self.built_trends is not None:
            # Entries can be edited, deleted or imported there: read again when next shown.
            self.built_trends.data_changed()

    def _show_imported(self) -> None:
        """After an import, the pages built so far show what it brought, without waiting to
        be chosen again (what is typed on them stays)."""
        self.today.refresh_tag_choices()
        self.today.reload()
        if self.built_boundaries is not None:
            self.built_boundaries.show_imported()
        self.imported.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Companion"))
        titles = [
            self.tr("Today"),
            self.tr("Journal"),
            self.tr("Plan"),
            self.tr("Boundaries"),
            self.tr("Trends"),
        ]
        for row, title in enumerate(titles):
            item = self.navigation.item(row)
            if item is not None:
                item.setText(title)
                page_keys = QKeySequence(f"Ctrl+{row + 1}")
                item.setToolTip(
                    f"{title} ({page_keys.toString(QKeySequence.SequenceFormat.NativeText)})"
                )
            if row < len(self.page_shortcuts):  # what the Keyboard shortcuts window says
                self.page_shortcuts[row].setWhatsThis(self.tr("Go to %1").replace("%1", title))
        self.file_menu.setTitle(self.tr("&Companion"))
        self.change_passphrase_action.setText(self.tr("Change &passphrase…"))
        self.new_recovery_code_action.setText(self.tr("New &recovery code…"))
        self.change_data_key_action.setText(self.tr("Change the data &key…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.help_now_action.setText(self.tr("&Help now"))
        self.help_now_action.setIconText(self.tr("Help now"))  # the button, without (&H)
        keys = self.help_now_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.help_now_action.setToolTip(
            self.tr("Your supporters, your plan and crisis lines") + f" ({keys})"
        )
        self.remember_action.setText(self.tr("&Unlock automatically on this computer"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        # No mnemonic: Alt+H, E, L and P already reach fields on the pages (&Hours, &Energy).
        self.help_menu.setTitle(self.tr("Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setAccessibleDescription(
            self.tr("Choose a page with the arrow keys: Today, Journal, Plan, Boundaries, Trends")
        )
        for action in self.language_actions.actions():
            action.setChecked(action.data() == current_language())

    def set_remember_checked(self, checked: bool) -> None:
        self.remember_action.blockSignals(True)
        self.remember_action.setChecked(checked)
        self.remember_action.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting with a check-in half typed asks first, so nothing is lost by accident.
        With "keep running in the tray" chosen, closing only hides the window."""
        if self.keeps_running_on_close():
            event.ignore()
            self.hide()
            return
        if self.isVisible() and not self.today.form_is_empty():
            choice = QMessageBox.question(
                self,
                self.tr("Unsaved check-in"),
                self.tr("You have a check-in that is not saved yet. Save it before quitting?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if choice == QMessageBox.StandardButton.Cancel or (
                choice == QMessageBox.StandardButton.Save and self.today.save() is None
            ):
                event.ignore()  # stay open; the form still holds everything
                return
        self.closing.emit()
        super().closeEvent(event)
