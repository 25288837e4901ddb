"""The Trends page in the real window: drawn from Today's check-ins, again only on a change."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from companion.charts import mood
from companion.charts.kinds import ChartKind, chart_kinds
from companion.charts.style import DARK, LIGHT
from companion.charts.wording import text
from companion.clock import now_utc
from companion.paths import DataFolder
from companion.store import create_store
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import JOURNAL_ROW, TRENDS_ROW
from companion.ui.trends.canvas import RESIZE_SETTLE_MS
from companion.ui.trends.page import TrendsPage
from tests.conftest import PASSPHRASE, snapshot
from tests.ui.conftest import create_through_welcome

PNG_HEADER = b"\x89PNG\r\n\x1a\n"


def check_in(today, mood: int, energy: int, days_ago: int = 0) -> None:
    """Through the Today form, as a person would (earlier days with the form's own time)."""
    today.mood.set_value(mood)
    today.energy.set_value(energy)
    assert today.save(at=now_utc() - timedelta(days=days_ago)) is not None


def open_trends(qtbot, window) -> TrendsPage:
    window.navigation.setCurrentRow(TRENDS_ROW)
    page = window.built_trends
    assert page is not None and window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.draws >= 1)
    return page


def settle(qtbot) -> None:
    """Long enough for a pending resize to have been drawn."""
    qtbot.wait(RESIZE_SETTLE_MS + 150)


def _trends_with_data(qtbot, session) -> TrendsPage:
    create_through_welcome(qtbot, session)
    today = session.window.today
    for days_ago, mood_step in ((0, 5), (1, 3), (3, 6)):
        check_in(today, mood_step, 4, days_ago)
    return open_trends(qtbot, session.window)


def _is_blank(page: TrendsPage) -> bool:
    image = page.area.canvas.grab().toImage()
    first = image.pixel(0, 0)
    return all(
        image.pixel(x, y) == first
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


def _background(page: TrendsPage) -> str:
    assert page.chart is not None
    red, green, blue, _alpha = page.chart.figure.get_facecolor()
    return QColor.fromRgbF(red, green, blue).name()


@pytest.fixture
def restored_palette(qapp) -> Iterator[None]:
    palette = QPalette(qapp.palette())
    yield
    qapp.setPalette(palette)


def test_a_fresh_store_shows_a_calm_empty_chart(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    assert window.built_trends is None
    page = open_trends(qtbot, window)
    assert page.kind_list.item(0).text() == text("mood_energy_title", "en")
    names = [
        page.kind_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(page.kind_list.count())
    ]
    assert "mood" not in names and "energy" not in names  # those are for the command line
    assert page.chart is not None and page.chart.empty
    assert page.summary.text() == text("no_checkins", "en")
    assert not page.save_png.isEnabled() and not page.save_svg.isEnabled()


def test_check_ins_from_today_are_charted_and_summarised(qtbot, session) -> None:
    page = _trends_with_data(qtbot, session)
    assert page.chart is not None and not page.chart.empty
    assert "3 days with a check-in" in page.summary.text()
    assert page.summary.accessibleDescription() == page.summary.text()
    assert page.area.canvas.accessibleDescription() == page.summary.text()
    assert page.summary.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not _is_blank(page)
    # The figure fills the canvas pixel for pixel.
    width, height = page.chart.figure.get_size_inches() * page.chart.figure.dpi
    ratio = page.devicePixelRatioF()
    assert round(width) == round(page.area.canvas.width() * ratio)
    assert round(height) == round(page.area.canvas.height() * ratio)


def test_a_check_in_saved_later_is_there_when_trends_is_shown_again(qtbot, session) -> None:
    page = _trends_with_data(qtbot, session)
    window = session.window
    window.navigation.setCurrentRow(0)
    draws = page.draws
    window.navigation.setCurrentRow(TRENDS_ROW)
    assert page.draws == draws  # nothing changed: not drawn again
    window.navigation.setCurrentRow(0)
    check_in(window.today, 2, 2, days_ago=5)
    window.navigation.setCurrentRow(TRENDS_ROW)
    assert page.draws == draws + 1
    assert "4 days with a check-in" in page.summary.text()


def test_every_kind_in_the_registry_is_listed_and_drawn(qtbot, session, monkeypatch) -> None:
    def more_kinds() -> dict[str, ChartKind]:
        extra = ChartKind("later", "energy", mood.draw_energy)  # another helper's kind, say
        return {"later": extra, **chart_kinds()}

    monkeypatch.setattr("companion.ui.trends.page.chart_kinds", more_kinds)
    page = _trends_with_data(qtbot, session)
    names = [
        page.kind_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(page.kind_list.count())
    ]
    shown = [name for name in chart_kinds() if name not in ("mood", "energy")]
    assert names == ["mood-energy", "later", *shown[1:]]
    draws = page.draws
    page.kind_list.setCurrentRow(1)
    assert page.draws == draws + 1 and page.heading.text() == text("energy", "en")
    assert page.kind_list.item(1).text() == text("energy", "en")
    for row in range(2, len(names)):  # every registered kind draws in the real page
        page.kind_list.setCurrentRow(row)
        assert page.draws == draws + row and page.summary.text()


def test_data_is_read_again_only_when_it_may_have_changed(qtbot, session, monkeypatch) -> None:
    page = _trends_with_data(qtbot, session)
    window = session.window
    trends = session.services.trends
    reads: list[int] = []
    read = trends.trend_input

    def counted(zone, now=None):
        reads.append(1)
        return read(zone, now)

    monkeypatch.setattr(trends, "trend_input", counted)
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(TRENDS_ROW)
    assert reads == []  # only Today was shown, and nothing saved there
    draws = page.draws
    window.navigation.setCurrentRow(JOURNAL_ROW)  # a check-in deleted in the Journal
    journal = window.journal
    journal.table.selectRow(0)
    journal.delete_selected()
    window.navigation.setCurrentRow(TRENDS_ROW)
    assert reads == [1] and page.draws == draws + 1
    assert "2 days with a check-in" in page.summary.text()


def test_changing_the_range_draws_once(qtbot, session) -> None:
    page = _trends_with_data(qtbot, session)
    settle(qtbot)
    draws = page.draws
    page.range_choice.setCurrentIndex(page.range_choice.findData("year"))
    settle(qtbot)
    assert page.draws == draws + 1
    page.range_choice.setCurrentIndex(page.range_choice.findData("year"))  # the same again
    page.kind_list.setCurrentRow(0)
    settle(qtbot)
    assert page.draws == draws + 1
    page.range_choice.setCurrentIndex(page.range_choice.findData("week"))
    assert page.draws == draws + 2


def test_a_dark_palette_redraws_in_the_dark_theme(qtbot, session, restored_palette) -> None:
    page = _trends_with_data(qtbot, session)
    settle(qtbot)
    assert page.chart is not None
    assert _background(page) == LIGHT.background
    draws = page.draws
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202225"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1a1b1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        dark.setColor(role, QColor(colour))
    QApplication.instance().setPalette(dark)
    qtbot.waitUntil(lambda: page.draws == draws + 1)
    settle(qtbot)
    assert page.draws == draws + 1
    assert _background(page) == DARK.background


def test_resizing_draws_once_when_the_size_has_settled(qtbot, session) -> None:
    page = _trends_with_data(qtbot, session)
    window = session.window
    settle(qtbot)
    draws = page.draws
    page.area.settle_timer.setInterval(2000)  # longer than this busy machine takes to resize
    for width in (1000, 1030, 1060, 1090, 1120):
        window.resize(width, 700)
        QApplication.processEvents()
    assert page.draws == draws  # still moving
    qtbot.waitUntil(lambda: page.draws == draws + 1, timeout=5000)
    qtbot.wait(100)
    assert page.draws == draws + 1
    assert page.chart is not None
    width_pixels = page.chart.figure.get_size_inches()[0] * page.chart.figure.dpi
    assert round(width_pixels) == round(page.area.canvas.width() * page.devicePixelRatioF())


def test_saving_png_and_svg(qtbot, session, tmp_path, monkeypatch) -> None:
    page = _trends_with_data(qtbot, session)
    chosen = tmp_path / "my chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.mouseClick(page.save_png, Qt.MouseButton.LeftButton)
    assert chosen.read_bytes().startswith(PNG_HEADER)
    assert "Saved" in page.status.text() and "not encrypted" in page.status.text()
    if os.name != "nt":
        assert chosen.stat().st_mode & 0o077 == 0  # private, like every export

    without_suffix = tmp_path / "week"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(without_suffix), ""))
    qtbot.mouseClick(page.save_svg, Qt.MouseButton.LeftButton)
    svg = tmp_path / "week.svg"
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert svg.read_bytes().count(b"<path") > 10  # drawn, not an empty picture


def test_saving_into_the_data_folder_is_refused(qtbot, session, folder, monkeypatch) -> None:
    page = _trends_with_data(qtbot, session)
    before = snapshot(folder.root)
    for name in ("chart.png", "companion.db", "companion.key"):
        target = folder.root / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        qtbot.mouseClick(page.save_png, Qt.MouseButton.LeftButton)
        assert "data folder" in page.status.text()
    assert snapshot(folder.root) == before
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(page.save_svg, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert snapshot(folder.root) == before


def test_in_japanese_the_page_and_the_summary_are_japanese(qtbot, session) -> None:
    page = _trends_with_data(qtbot, session)
    draws = page.draws
    apply_language("ja")
    qtbot.waitUntil(lambda: page.range_label.text() == "期間(&R)：")  # on LanguageChange
    assert page.save_png.text() == "PNGで保存(&P)…"
    assert page.range_choice.itemText(page.range_choice.findData("month")) == "1か月"
    assert page.kind_list.item(0).text() == text("mood_energy_title", "ja")
    assert session.window.navigation.item(TRENDS_ROW).text() == "傾向"
    assert page.draws == draws + 1  # drawn again with Japanese labels
    assert "チェックイン" in page.summary.text()


def test_locking_takes_the_chart_off_the_screen(qtbot, session) -> None:
    page = _trends_with_data(qtbot, session)
    session.lock()
    assert page.chart is None and page.summary.text() == ""
    assert not page.save_png.isEnabled()


WINDOW_THEN_TRENDS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from companion.paths import DataFolder
from companion.services.store_services import StoreServices
from companion.store import open_store, unlock_with_passphrase
from companion.ui.main_window import JOURNAL_ROW, TRENDS_ROW, MainWindow

app = QApplication(sys.argv[:1])
folder = DataFolder(Path(sys.argv[1]))
services = StoreServices(open_store(folder, unlock_with_passphrase(folder, sys.argv[2])))
window = MainWindow("Asia/Tokyo", keychain_available=lambda: False)
window.attach(services)
window.show()
glance = window.today.glance
while glance.week is None:  # Today is painted and its week read
    app.processEvents()
print("matplotlib" in sys.modules, window.built_trends is None)
window.navigation.setCurrentRow(TRENDS_ROW)
app.processEvents()
print("matplotlib" in sys.modules, window.trends.draws)
window.close()
services.close()
"""


def test_matplotlib_is_imported_only_when_trends_is_first_shown(folder: DataFolder) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_THEN_TRENDS, str(folder.root), PASSPHRASE],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    assert done.stdout.split() == ["False", "True", "True", "1"]


def test_the_monthly_report_opens_from_trends_and_goes_with_a_lock(
    qtbot, session, monkeypatch, tmp_path
) -> None:
    page = _trends_with_data(qtbot, session)
    assert page.report_button.isEnabled()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = page.report_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "this month.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.month.setDate(dialog.month.date().addMonths(1))  # this month: the check-ins above
    dialog.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    session.lock()
    assert page.report_dialog is None
    assert not page.report_button.isEnabled()
