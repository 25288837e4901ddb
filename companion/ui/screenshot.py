"""A page of the window rendered offscreen to PNG, from an open store (`companion screenshot`)."""

from __future__ import annotations

import os
import time

from companion.services.store_services import Store, StoreServices

PAGES = ("today", "journal", "plan", "boundaries", "trends")
THEMES = ("light", "dark")
SETTLE_SECONDS = 0.6  # lazily built pages and charts finish drawing within this


def render_screenshot(
    store: Store,
    page: str,
    *,
    language: str,
    theme: str,
    size: tuple[int, int],
    zone: str,
) -> bytes:
    """The window showing `page` at `size` pixels, in `language` and `theme`, as PNG bytes.
    Nothing is shown on screen, and nothing is written to the store."""
    if page not in PAGES or theme not in THEMES:
        raise ValueError("unknown page or theme")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never on screen, even on a desktop
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt

    from companion.ui.app import make_application
    from companion.ui.common.design import Theme, apply_theme
    from companion.ui.common.i18n import apply_language
    from companion.ui.main_window import MainWindow

    make_application()
    apply_language(language)
    apply_theme(Theme(theme))
    window = MainWindow(zone, keychain_available=lambda: False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    services = StoreServices(store)
    window.attach(services)
    window.navigation.setCurrentRow(PAGES.index(page))
    window.show()
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    image = window.grab()
    window.detach()
    window.hide()
    window.deleteLater()
    QCoreApplication.processEvents()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
