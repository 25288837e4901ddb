"""Words shown to a person go through tr(): the paper size, the names offered in save dialogs
and the tag picker's suggestions speak the window's language, and a scan of companion/ui finds
no new word passed straight to a label, button, tooltip, title or message box."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from companion.journal.checkin import Tag
from companion.plan.model import Plan
from companion.services.store_services import StoreServices
from companion.store import Store
from companion.ui.common.file_names import offered_name
from companion.ui.common.i18n import apply_language
from companion.ui.common.tag_picker import TagPicker
from companion.ui.plan.export_dialog import PlanExportDialog
from companion.ui.trends.report_dialog import MonthlyReportDialog

ROOT = Path(__file__).resolve().parents[2]

# --- the scan ---------------------------------------------------------------------------------
# Calls whose first argument is shown as it is (a widget's words, a title, a tooltip, …).
SHOWN_FIRST = {
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "setTitle", "addItem", "addItems", "setStatusTip",
    "setWhatsThis", "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage",
    "setLabelText", "setInformativeText", "setDetailedText", "setSuffix", "setPrefix",
    "setSpecialValueText", "say", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QAction", "QToolButton", "QMenu",
}  # fmt: skip
SHOWN_SECOND = {"addTab", "insertItem", "setItemText", "setTabText", "insertTab"}
MESSAGE_BOXES = {"information", "question", "warning", "critical"}  # (parent, title, text)
FILE_DIALOGS = {"getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"}
WORDS = re.compile(r"[A-Za-z]{2,}|[\u3040-\u30ff\u4e00-\u9fff]")
MARKUP = re.compile(r"<[^>]*>|&\w+;")
# Shown as they are on purpose: the product name, the text a label is measured with, the
# recovery code's shape.
NOT_WORDS = {"Companion", "Mg", "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"}


def _literals(node: ast.AST):
    """The string pieces of an argument written in place: "…", f"…", "…" + x, "…".replace()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from _literals(part)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("replace", "format")
    ):
        yield from _literals(node.func.value)


def _shown_arguments(call: ast.Call) -> list[ast.AST]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    keywords = [keyword.value for keyword in call.keywords if keyword.arg in ("text", "caption")]
    if name in SHOWN_FIRST:
        return call.args[:1] + keywords
    if name in SHOWN_SECOND:
        return call.args[1:2]
    if name in MESSAGE_BOXES and isinstance(func, ast.Attribute):
        return call.args[1:3] if getattr(func.value, "id", "") == "QMessageBox" else []
    if name in FILE_DIALOGS:
        return call.args[1:2] + call.args[3:4] + keywords
    return []


def words_outside_tr(source: str, where: str) -> list[str]:
    """`where:line: text` for each word written straight into a shown place in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                for text in _literals(argument):
                    if text not in NOT_WORDS and WORDS.search(MARKUP.sub("", text)):
                        found.append(f"{where}:{node.lineno}: {text!r}")
    return found


def test_the_scan_finds_a_word_written_straight_into_a_label() -> None:
    source = (
        "label.setText('Letter')\n"
        "box.addItems(['A4', 'Letter'])\n"
        "QMessageBox.question(self, 'Delete', self.tr('Sure?'))\n"
        "button = QPushButton(f'Save {name}')\n"
        "self.status.setText(self.tr('Saved: %1').replace('%1', path))\n"
        "label.setText('<b>' + self.tr('Hello') + '</b>')\n"
        "QFileDialog.getSaveFileName(self, self.tr('Save as'), str(home / 'plan.md'))\n"
    )
    assert words_outside_tr(source, "x.py") == [
        "x.py:1: 'Letter'",
        "x.py:2: 'Letter'",
        "x.py:3: 'Delete'",
        "x.py:4: 'Save '",
    ]


def test_no_word_is_shown_in_the_window_without_tr() -> None:
    found = []
    for path in sorted((ROOT / "companion" / "ui").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        found += words_outside_tr(path.read_text(encoding="utf-8"), where)
    assert found == [], "put these through self.tr() or QT_TRANSLATE_NOOP:\n" + "\n".join(found)


# --- what the scan cannot see -----------------------------------------------------------------
@pytest.fixture
def japanese(qapp):
    apply_language("ja")
    yield
    apply_language("en")


def test_offered_names_are_valid_on_windows_macos_and_linux() -> None:
    assert offered_name("わたしのWRAP式プラン", "2026-11-30", suffix=".pdf") == (
        "わたしのWRAP式プラン-2026-11-30.pdf"
    )
    assert offered_name('a/b\\c:d*e?f"g<h>i|j\x01', "", suffix=".md") == "a-b-c-d-e-f-g-h-i-j-.md"
    assert offered_name("plan. ", suffix=".json") == "plan.json"
    assert offered_name("", suffix=".csv") == "companion.csv"


def _report(qtbot, store: Store, folder) -> MonthlyReportDialog:
    dialog = MonthlyReportDialog(StoreServices(store), folder.root, "Asia/Tokyo")
    qtbot.addWidget(dialog)
    return dialog


def test_the_paper_and_the_offered_names_in_japanese(
    qtbot, store, folder, japanese, monkeypatch, tmp_path
) -> None:
    report = _report(qtbot, store, folder)
    sizes = [report.page_size.itemText(row) for row in range(report.page_size.count())]
    assert sizes == ["A4", "レター"]
    asked: list[str] = []

    def pretend(_parent, _caption, offered, *_args):
        asked.append(offered)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pretend)
    report.save_button.click()
    assert Path(asked[0]).name == f"月次レポート-{report.chosen_month()}.pdf"

    export = PlanExportDialog(Plan(), folder.root)
    qtbot.addWidget(export)
    assert export.page_size.itemText(1) == "レター"
    today = date.today().isoformat()
    export.save_button.click()
    export.supporter.setChecked(True)
    export.save_button.click()
    assert [Path(name).name for name in asked[1:]] == [
        f"わたしのWRAP式プラン-{today}.pdf",
        f"サポーター用クライシスプラン-{today}.pdf",
    ]


def test_the_letter_paper_keeps_its_size_whatever_its_name(
    qtbot, store, folder, japanese, monkeypatch, tmp_path
) -> None:
    report = _report(qtbot, store, folder)
    report.page_size.setCurrentIndex(report.page_size.findData("Letter"))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "r.pdf"), "")
    )
    report.save_button.click()
    assert b"/MediaBox [0 0 612" in (tmp_path / "r.pdf").read_bytes()


def test_the_paper_names_follow_a_language_switch(qtbot, store, folder, english) -> None:
    report = _report(qtbot, store, folder)
    assert report.page_size.itemText(1) == "Letter"
    apply_language("ja")
    try:
        qtbot.waitUntil(lambda: report.page_size.itemText(1) == "レター")
        assert report.page_size.currentData() in ("A4", "Letter")
    finally:
        apply_language("en")


def test_tag_suggestions_use_the_japanese_colon(qtbot, japanese) -> None:
    picker = TagPicker()
    qtbot.addWidget(picker)
    picker.set_choices([Tag("tool", "散歩")], ["休みの日"])
    offered = picker.completer.model().stringList()
    assert "道具：散歩" in offered and "タグ：休みの日" in offered


def test_tag_suggestions_and_chips_follow_a_language_switch(qtbot, english) -> None:
    picker = TagPicker()
    qtbot.addWidget(picker)
    picker.set_choices([Tag("tool", "A walk")], [])
    picker.add(Tag("tool", "A walk"))
    assert picker.completer.model().stringList() == ["Tool: A walk"]
    apply_language("ja")
    try:
        qtbot.waitUntil(lambda: picker.completer.model().stringList() == ["道具：A walk"])
        assert picker.chosen.item(0).toolTip() == "道具：A walk"
    finally:
        apply_language("en")
