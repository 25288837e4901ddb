"""diag (not committed)"""
from __future__ import annotations
import os
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QLayout
from companion.plan.examples import example_plan
from companion.services.journal import CheckinForm
from companion.journal.checkin import Tag
from companion.services.store_services import StoreServices
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import MainWindow
from tests.ui.test_pseudo_localisation import PseudoTranslator, clipped

def walk(w: QWidget, depth: int, out: list[str], limit: int) -> None:
    for child in w.findChildren(QWidget, options=__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isHidden():
            continue
        m = child.minimumSizeHint().width()
        mn = child.minimumWidth()
        eff = max(m, mn)
        if eff >= limit:
            out.append("  " * depth + f"{type(child).__name__}#{child.objectName()} msh={m} min={mn} text={getattr(child,'text',lambda:'')() if callable(getattr(child,'text',None)) else ''!r:.50}")
            walk(child, depth + 1, out, limit)

def lwalk(layout, depth, out, limit):
    if layout is None:
        return
    for i in range(layout.count()):
        item = layout.itemAt(i)
        w = item.widget()
        l = item.layout()
        if w is not None and w.isHidden():
            continue
        width = item.minimumSize().width()
        if width < limit:
            continue
        if w is not None:
            t = w.text() if hasattr(w, "text") and callable(w.text) else ""
            out.append("  " * depth + f"W {type(w).__name__}#{w.objectName()} min={width} {t!r:.50}")
            lwalk(w.layout(), depth + 1, out, limit)
        elif l is not None:
            out.append("  " * depth + f"L {type(l).__name__} min={width}")
            lwalk(l, depth + 1, out, limit)


def test_diag(qtbot, store):
    from companion.ui.common.design import Theme, apply_theme
    apply_theme(Theme.LIGHT)
    services = StoreServices(store)
    if os.environ.get("DIAG_EMPTY"):
        pass
    else:
        services.plan.save(example_plan("en"), None)
    for mood, energy, note in ((2, 3, "A slow morning"), (5, 6, "")):
        services.journal.save(CheckinForm(mood, energy, "7.5", note, (Tag("tool", "Call a friend"),)), "Asia/Tokyo")
    lang = os.environ.get("DIAG_LANG", "en")
    translator = None
    if lang == "pseudo":
        apply_language("en")
        translator = PseudoTranslator()
        QCoreApplication.installTranslator(translator)
    else:
        apply_language(lang)
    window = MainWindow("Asia/Tokyo", keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    limit = int(os.environ.get("DIAG_LIMIT", "400"))
    lines = []
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            window.resize(900, 600)
            qtbot.wait(30)
            lines.append(f"== {lang} row {row} tab {tab}: window min {window.minimumSizeHint().width()} x {window.minimumSizeHint().height()} size {window.width()}x{window.height()} nav {window.navigation.width()}")
            lines += ["   CLIP " + c for c in clipped(page)]
            out: list[str] = []
            target = tabs.widget(tab) if tabs is not None else page
            lwalk(target.layout(), 1, out, limit)
            lines += out
    window.detach()
    if translator:
        QCoreApplication.removeTranslator(translator)
    apply_language("en")
    print("\n".join(lines))
