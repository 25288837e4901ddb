"""The look: every page in both themes and both languages fits 900×600 with no label clipped;
the theme follows the choice in Settings; messages clear when their cause is fixed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.journal.checkin import Tag
from companion.plan.examples import example_plan
from companion.preferences import load_theme, save_theme
from companion.services.journal import CheckinForm
from companion.services.store_services import StoreServices
from companion.store import Store
from companion.ui.common.design import DARK, LIGHT, Theme, apply_theme, current_colours
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import MainWindow
from tests.ui.test_pseudo_localisation import cut_placeholders

ZONE = "Asia/Tokyo"


@pytest.fixture
def restore_look(qapp) -> Iterator[None]:
    """The application's style, palette and style sheet as they were, after the test."""
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    yield
    apply_language("en")
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def services(store: Store) -> StoreServices:
    services = StoreServices(store)
    services.plan.save(example_plan("en"), None)
    for mood, energy, note in ((2, 3, "A slow morning"), (5, 6, "")):
        form = CheckinForm(mood, energy, "7.5", note, (Tag("tool", "Call a friend"),))
        services.journal.save(form, ZONE)
    return services


def mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_labels(window: QWidget) -> list[str]:
    """Visible labels whose text does not fit them: too wide for one line, or too tall once
    wrapped."""
    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not text or not label.isVisible() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if "<" in text and label.textFormat() != Qt.TextFormat.PlainText:
            continue
        room = label.contentsRect()
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                found.append(f"{label.objectName() or type(label).__name__}: {text[:40]!r}")
            continue
        widest = max(
            label.fontMetrics().horizontalAdvance(line) for line in mnemonic_free(text).split("\n")
        )
        if widest > room.width() + 1:
            found.append(f"{label.objectName() or type(label).__name__}: {text[:40]!r}")
    return found


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_every_page_fits_900_by_600_with_no_label_clipped(
    qtbot, services, restore_look, language, theme
) -> None:
    apply_language(language)
    apply_theme(theme)
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(50)
        assert window.width() <= 900 and window.height() <= 600, row
        assert clipped_labels(window.pages.currentWidget()) == [], (language, theme, row)
    window.detach()


def test_the_theme_gives_the_palette_its_colours_and_the_charts_follow(qtbot, restore_look) -> None:
    assert apply_theme(Theme.DARK) is DARK
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == DARK.window
    assert current_colours() is DARK
    from companion.ui.trends.canvas import theme_of

    assert theme_of(palette).name == "dark"
    assert apply_theme(Theme.LIGHT) is LIGHT
    assert theme_of(QApplication.palette()).name == "light"


def test_the_theme_choice_is_kept_outside_the_store(folder) -> None:
    assert load_theme(folder) == "system"
    assert save_theme(folder, "dark")
    assert load_theme(folder) == "dark"
    with pytest.raises(ValueError):
        save_theme(folder, "purple")


def test_mood_and_energy_colours_match_the_charts() -> None:
    from companion.charts.style import DARK as CHART_DARK
    from companion.charts.style import LIGHT as CHART_LIGHT

    assert (LIGHT.mood, LIGHT.energy) == (CHART_LIGHT.mood, CHART_LIGHT.energy)
    assert (DARK.mood, DARK.energy) == (CHART_DARK.mood, CHART_DARK.energy)


def test_ctrl_digit_chooses_a_page(qtbot, services) -> None:
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.built_journal
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.today
    window.detach()


def test_todays_field_message_goes_once_the_field_is_changed(qtbot, services) -> None:
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    today = window.today
    today.restore_form(CheckinForm(3, 3, "lots", ""))
    assert today.save() is None
    assert "Sleep is a number" in today.status.text()
    assert not today.status.isHidden() and today.status.severity == "attention"
    today.sleep.setText("7")
    assert today.status.text() == "" and today.status.isHidden()
    assert today.save() is not None
    assert "Saved at" in today.status.text()
    window.detach()


def test_journals_deleted_message_goes_after_undo(qtbot, services) -> None:
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    journal = window.journal
    assert not journal.delete_button.isEnabled() and not journal.edit_button.isEnabled()
    journal.table.selectRow(0)
    assert journal.delete_button.isEnabled() and journal.edit_button.isEnabled()
    journal.delete_button.click()
    assert "Deleted" in journal.status.text()
    journal.undo_stack.undo()
    assert journal.status.text() == ""
    assert journal.model.total == 2
    window.detach()


def test_journal_says_when_nothing_matches(qtbot, services) -> None:
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    journal = window.journal
    journal.search.setText("no such words anywhere")
    journal.reload()
    assert journal.model.total == 0
    assert not journal.no_results.isHidden() and journal.table.isHidden()
    assert "match" in journal.no_results.text()
    window.detach()


def test_journal_shows_four_digit_years(qtbot, services) -> None:
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    shown = window.journal.model.index(0, 0).data()
    assert any(str(year) in shown for year in range(2020, 2100))
    window.detach()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_date_fields_show_four_digit_years(qtbot, services, language) -> None:
    """The Journal's From and To and the check-in's When: 11/30/2026, never 11/30/26."""
    from companion.ui.common.i18n import apply_language

    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    apply_language(language)
    try:
        window.attach(services)
        window.navigation.setCurrentRow(1)  # the Journal is built on first show
        journal = window.pages.currentWidget()
        fields = [journal.from_date, journal.to_date, window.today.checkin_form.when]
        for field in fields:
            year = str(field.date().year())
            assert year in field.text(), (field.objectName(), field.text())
        window.detach()
    finally:
        apply_language("en")


def test_a_clipped_label_is_found(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    narrow = QLabel("A sentence far too long for twenty pixels", holder)
    narrow.setGeometry(0, 0, 20, 20)
    wrapped = QLabel("Many words that wrap onto several lines in a small box " * 3, holder)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 80, 20)
    holder.show()
    assert len(clipped_labels(holder)) == 2


def test_an_empty_plan_list_invites_and_its_buttons_are_off(qtbot, services) -> None:
    from companion.ui.plan.list_editor import ListEditor

    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    editors = window.plan.findChildren(ListEditor)
    empty = next(editor for editor in editors if editor.model.rowCount() == 0)
    assert empty.table.isHidden() and not empty.invitation.isHidden()
    assert not empty.remove_button.isEnabled() and not empty.up_button.isEnabled()
    full = next(editor for editor in editors if editor.model.rowCount() > 1)
    assert not full.table.isHidden() and full.invitation.isHidden()
    assert not full.remove_button.isEnabled()  # nothing chosen yet
    full.table.setCurrentIndex(full.model.index(0, 0))
    assert full.remove_button.isEnabled() and full.down_button.isEnabled()
    assert not full.up_button.isEnabled()  # the first cannot move up
    window.detach()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_plans_add_field_shows_its_whole_placeholder_at_900_pixels(
    qtbot, services, restore_look, language
) -> None:
    apply_language(language)
    apply_theme(Theme.LIGHT)
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(2)
    page = window.built_plan
    for key, editor in page.editors.items():
        page.show_section(key)
        qtbot.wait(10)
        fields = [found.new_text for found in editor.lists.values()]
        assert fields and all(field.isVisible() for field in fields)
        assert cut_placeholders(editor) == [], (language, key)
    window.detach()


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("en", ["Journal", "My wellness plan", "Boundaries", "Trends"]),
        ("ja", ["記録", "わたしのWRAP式プラン", "バウンダリー", "傾向"]),
    ],
)
def test_every_page_has_a_title_in_the_title_style(
    qtbot, services, restore_look, language, titles
) -> None:
    apply_language(language)
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    qtbot.waitExposed(window)
    shown = []
    for row in range(1, window.navigation.count()):
        window.navigation.setCurrentRow(row)
        title = window.pages.currentWidget().title
        assert title.isVisible()
        assert title.font() == window.today.title.font()
        shown.append(title.text())
    assert shown == titles
    window.detach()
