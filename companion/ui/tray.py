"""The tray icon, where the desktop has a tray: Open, Help now, Lock and Quit, and nothing else.

Its tooltip is the app's name only: nothing from the store ever shows in the tray.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from companion.ui.common.i18n import Retranslating


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def companion_icon() -> QIcon:
    """A plain round mark, drawn here (the app ships no image files)."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#4f7f74"))
    painter.drawEllipse(4, 4, 56, 56)
    painter.setBrush(QColor("#f4efe6"))
    painter.drawEllipse(22, 22, 20, 20)
    painter.end()
    return QIcon(pixmap)


class TrayMenu(Retranslating, QMenu):
    """The tray's menu, in the window's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_action = QAction(self)
        self.open_action.setObjectName("trayOpen")
        self.help_now_action = QAction(self)
        self.help_now_action.setObjectName("trayHelpNow")
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("trayLock")
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("trayQuit")
        self.addAction(self.open_action)
        self.addAction(self.help_now_action)
        self.addSeparator()
        self.addAction(self.lock_action)
        self.addAction(self.quit_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open Companion"))
        self.help_now_action.setText(self.tr("Help now"))
        self.lock_action.setText(self.tr("Lock"))
        self.quit_action.setText(self.tr("Quit"))


class CompanionTray(QObject):
    """The icon and its menu; the session decides what each choice does."""

    open_requested = Signal()
    help_now_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = TrayMenu()
        self.icon = QSystemTrayIcon(companion_icon(), self)
        self.icon.setToolTip("Companion")  # the name only, never anything from the store
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.menu.open_action.triggered.connect(self.open_requested)
        self.menu.help_now_action.triggered.connect(self.help_now_requested)
        self.menu.lock_action.triggered.connect(self.lock_requested)
        self.menu.quit_action.triggered.connect(self.quit_requested)

    def show(self) -> None:
        self.icon.show()

    def set_unlocked(self, unlocked: bool) -> None:
        """Lock is offered only while the store is open."""
        self.menu.lock_action.setEnabled(unlocked)

    def remove(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
        self.deleteLater()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
