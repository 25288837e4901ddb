"""The main window: navigation on the left, one page at a time on the right, and the menus.

Pages appear in the navigation as their features land; there are no placeholder pages.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from companion.ui.common.i18n import LANGUAGE_NAMES, Retranslating, current_language
from companion.ui.journal.page import JournalPage
from companion.ui.plan.page import PlanPage
from companion.ui.today.page import TodayPage


class MainWindow(Retranslating, QMainWindow):
    lock_requested = Signal()
    language_requested = Signal(str)
    change_passphrase_requested = Signal()
    settings_requested = Signal()
    remember_key_toggled = Signal(bool)
    closing = Signal()

    def __init__(self, zone: str, *, keychain_available: bool) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(QSize(980, 720))
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.pages = QStackedWidget(self)
        self.today = TodayPage(zone, self)
        self.journal = JournalPage(zone, self)
        self.plan = PlanPage(self)
        self._add_page(self.today)
        self._add_page(self.journal)
        self._add_page(self.plan)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.navigation.setCurrentRow(0)

        self.file_menu = self.menuBar().addMenu("")
        self.change_passphrase_action = QAction(self)
        self.change_passphrase_action.triggered.connect(self.change_passphrase_requested)
        self.remember_action = QAction(self)
        self.remember_action.setCheckable(True)
        self.remember_action.setEnabled(keychain_available)
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
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.change_passphrase_action)
        self.file_menu.addAction(self.remember_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)

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
        self.retranslate()

    def _page_chosen(self, row: int) -> None:
        """Pages show fresh data when they come into view: entries and plan change elsewhere."""
        self.plan.flush()
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        if page is self.today:
            self.today.refresh_tag_choices()
            self.today.refresh_nudge()
        elif page is self.journal:
            self.journal.refresh_tags()
            self.journal.reload()

    def _add_page(self, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(self.navigation)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Companion"))
        titles = [self.tr("Today"), self.tr("Journal"), self.tr("Plan")]
        for row, title in enumerate(titles):
            item = self.navigation.item(row)
            if item is not None:
                item.setText(title)
        self.file_menu.setTitle(self.tr("&Companion"))
        self.change_passphrase_action.setText(self.tr("Change &passphrase…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.remember_action.setText(self.tr("&Unlock automatically on this computer"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        for action in self.language_actions.actions():
            action.setChecked(action.data() == current_language())

    def set_remember_checked(self, checked: bool) -> None:
        self.remember_action.blockSignals(True)
        self.remember_action.setChecked(checked)
        self.remember_action.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting with a check-in half typed asks first, so nothing is lost by accident."""
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
