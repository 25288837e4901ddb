"""The monthly report dialog: last month by default, the paper, "Save PDF…" through the file
dialog, a refused place told calmly, and the window's language (Japanese too)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from companion.clock import local_today
from companion.journal.checkin import new_checkin
from companion.services.store_services import StoreServices
from companion.stats.report import previous_month
from companion.store import Store
from companion.ui.common.i18n import apply_language
from companion.ui.trends.report_dialog import MonthlyReportDialog

ZONE = "Asia/Tokyo"


@pytest.fixture
def dialog(qtbot, store: Store, folder, english) -> MonthlyReportDialog:
    now = datetime.now(UTC)
    for days in (3, 20, 40):
        moment = now - timedelta(days=days)
        store.add_checkin(new_checkin(at=moment, zone=ZONE, mood=4, energy=3, now=now))
    shown = MonthlyReportDialog(StoreServices(store), folder.root, ZONE)
    qtbot.addWidget(shown)
    return shown


def _choose(monkeypatch, target: Path | str) -> list[tuple]:
    asked: list[tuple] = []

    def pretend(*args, **_kwargs):
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pretend)
    return asked


def test_last_month_is_chosen_and_the_pdf_is_saved(dialog, monkeypatch, tmp_path) -> None:
    assert dialog.chosen_month() == previous_month(local_today(ZONE))
    assert dialog.page_size.currentText() in ("A4", "Letter")
    dialog.page_size.setCurrentText("Letter")
    asked = _choose(monkeypatch, tmp_path / "my report")
    dialog.save_button.click()
    written = tmp_path / "my report.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert b"/MediaBox [0 0 612" in written.read_bytes()
    assert asked[0][2].endswith(f"companion-report-{dialog.chosen_month()}.pdf")
    assert dialog.status.text() == f"Saved: {written}"


def test_an_empty_month_is_a_short_report(dialog, monkeypatch, tmp_path) -> None:
    dialog.month.setDate(QDate(2001, 2, 1))
    assert dialog.chosen_month() == "2001-02"
    _choose(monkeypatch, tmp_path / "empty.pdf")
    dialog.save_button.click()
    assert (tmp_path / "empty.pdf").read_bytes().startswith(b"%PDF")


def test_the_data_folder_is_refused_and_cancel_does_nothing(
    dialog, monkeypatch, folder, tmp_path
) -> None:
    before = sorted(path.name for path in folder.root.iterdir())
    _choose(monkeypatch, folder.root / "report.pdf")
    assert dialog.save() is None
    assert "data folder" in dialog.status.text()
    assert sorted(path.name for path in folder.root.iterdir()) == before
    _choose(monkeypatch, "")
    dialog.status.clear()
    assert dialog.save() is None
    assert dialog.status.text() == ""
    assert list(tmp_path.glob("*.pdf")) == []


def test_in_japanese_the_dialog_and_the_report_follow_the_window(
    qtbot, store, folder, monkeypatch, tmp_path
) -> None:
    from companion.ui.trends import report_pdf

    apply_language("ja")
    try:
        shown = MonthlyReportDialog(StoreServices(store), folder.root, ZONE)
        qtbot.addWidget(shown)
        assert shown.windowTitle() == "月次レポート"
        assert shown.save_button.text() == "PDFを保存…"
        used: list[str] = []
        real = report_pdf.render_report_pdf

        def spy(source, output, *, language, page_size):
            used.append(language)
            real(source, output, language=language, page_size=page_size)

        monkeypatch.setattr(report_pdf, "render_report_pdf", spy)
        _choose(monkeypatch, tmp_path / "レポート.pdf")
        shown.save_button.click()
        assert used == ["ja"]
        assert (tmp_path / "レポート.pdf").read_bytes().startswith(b"%PDF")
        assert shown.status.text().startswith("保存しました")
    finally:
        apply_language("en")
