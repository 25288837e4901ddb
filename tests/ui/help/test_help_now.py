"""Help now through the real widgets: reachable from every page, the person's own plan, crisis
lines that are edited and kept, the nudge's quiet links, and nothing that dials or opens."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from companion.clock import now_utc
from companion.help.crisis_lines import seed_lines
from companion.journal.checkin import Tag, new_checkin
from companion.journal.demo import demo_data
from companion.plan.examples import example_plan
from companion.plan.schema import SECTIONS
from companion.store.models import SettingRow
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import JOURNAL_ROW, PLAN_ROW, TODAY_ROW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import commit_text, create_through_welcome


@pytest.fixture
def nothing_leaves(monkeypatch) -> list[object]:
    """Every attempt to open a URL or start a program, recorded (and not done)."""
    attempts: list[object] = []

    def record(*args, **_kwargs):
        attempts.append(args)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    monkeypatch.setattr(QProcess, "startDetached", record)
    return attempts


def _with_demo_plan(qtbot, session, language: str = "en") -> None:
    create_through_welcome(qtbot, session)
    plan, _ = demo_data(0.05, today=date(2026, 5, 1), zone="Asia/Tokyo", language=language)
    session.services.plan.save_new_version(plan, "import")


def _close_help(session) -> None:
    session.help_window.close()
    assert not session.help_window.isVisible()


@pytest.mark.parametrize("row", [TODAY_ROW, JOURNAL_ROW, PLAN_ROW])
def test_help_now_opens_from_every_page_by_key_menu_and_button(qtbot, session, row) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    window.navigation.setCurrentRow(row)
    page = window.pages.currentWidget()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.setFocus()
    for key, modifier in (
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ):
        qtbot.keyClick(page, key, modifier)
        assert session.help_window is not None and session.help_window.isVisible()
        _close_help(session)
    assert window.help_now_action in window.file_menu.actions()
    window.file_menu.popup(window.mapToGlobal(window.rect().center()))
    window.file_menu.setActiveAction(window.help_now_action)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(session.help_window.isVisible)
    _close_help(session)
    assert window.help_now_button.isVisible()
    qtbot.mouseClick(window.help_now_button, Qt.MouseButton.LeftButton)
    assert session.help_window.isVisible()
    assert window.pages.currentWidget() is page  # the page the person was on stays


def test_it_shows_my_supporters_then_my_plan_then_lines_then_what_to_do(qtbot, session) -> None:
    _with_demo_plan(qtbot, session)
    session.window.help_now_action.trigger()
    help_now = session.help_window
    supporters = help_now.supporters_text.text()
    assert "Robin" in supporters and "555-0134" in supporters and "My sister" in supporters
    assert help_now.breaking_heading.text() == "When Things Are Breaking Down"
    assert "Call my doctor" in help_now.breaking_text.text()
    assert "Cancel non-essential plans" in help_now.breaking_text.text()
    assert help_now.supporters_empty.isHidden() and help_now.open_supporters.isHidden()
    assert [row.line for row in help_now.line_rows] == list(seed_lines("en"))
    assert "0120-279-338" in help_now.line_rows[0].text.text()
    assert "Last checked: not yet" in help_now.line_rows[0].text.text()
    risk = help_now.risk_text.text()
    assert "supervisor" in risk and "119" in risk and "110" in risk
    order = [
        help_now.supporters_heading,
        help_now.breaking_heading,
        help_now.lines_heading,
        help_now.risk_heading,
    ]
    tops = [widget.mapTo(help_now, widget.rect().topLeft()).y() for widget in order]
    assert tops == sorted(tops)


def test_in_japanese_with_the_domain_terms(qtbot, session) -> None:
    _with_demo_plan(qtbot, session, "ja")
    apply_language("ja")
    session.window.help_now_action.trigger()
    help_now = session.help_window
    assert help_now.windowTitle() == "いま助けがほしいとき"
    assert "あおいさん" in help_now.supporters_text.text()
    assert "電話番号：" in help_now.supporters_text.text()
    assert "主治医に電話する" in help_now.breaking_text.text()
    assert help_now.line_rows[0].line.name == "よりそいホットライン"
    assert "最終確認日：" in help_now.line_rows[0].text.text()
    assert "119（救急車）" in help_now.risk_text.text()
    assert "110（警察）" in help_now.risk_text.text()
    apply_language("en")  # the starting lines follow the language while still unedited
    qtbot.waitUntil(lambda: help_now.line_rows[0].line.name.startswith("Yorisoi Hotline"))


def test_an_edit_not_yet_autosaved_is_shown(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.window.navigation.setCurrentRow(PLAN_ROW)
    session.window.plan.add_entry("crisis", "supporters", "Kim")
    session.window.help_now_action.trigger()
    assert "Kim" in session.help_window.supporters_text.text()


def test_empty_states_are_kind_and_open_the_plan_where_to_write(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.window.help_now_action.trigger()
    help_now = session.help_window
    assert help_now.supporters_text.isHidden()
    assert "crisis plan" in help_now.supporters_empty.text()
    assert "still empty" in help_now.breaking_empty.text()
    qtbot.mouseClick(help_now.open_supporters, Qt.MouseButton.LeftButton)
    window = session.window
    assert window.pages.currentWidget() is window.plan
    keys = [spec.key for spec in SECTIONS]
    assert window.plan.sections.currentRow() == keys.index("crisis")
    qtbot.mouseClick(help_now.open_breaking, Qt.MouseButton.LeftButton)
    assert window.plan.sections.currentRow() == keys.index("breaking_down")


def test_a_crisis_line_edited_here_survives_reopening_the_store(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.window.help_now_action.trigger()
    help_now = session.help_window
    qtbot.mouseClick(help_now.line_rows[0].edit_button, Qt.MouseButton.LeftButton)
    dialog = help_now.line_dialog
    assert dialog.name.text() == seed_lines("en")[0].name
    assert not dialog.verified.isChecked()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Yorisoi (checked)")
    dialog.verified.setChecked(True)
    dialog.verified_on.setDate(dialog.verified_on.date().addDays(-3))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Yorisoi (checked)" in help_now.line_rows[0].text.text()
    checked_on = date.today() - timedelta(days=3)

    session.lock()
    assert session.help_window is None  # it showed the plan: gone with the store
    unlock = session.unlock_dialog
    qtbot.keyClicks(unlock.secret, PASSPHRASE)
    qtbot.keyClick(unlock.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    session.window.help_now_action.trigger()
    first, second = (row.line for row in session.help_window.line_rows)
    assert first.name == "Yorisoi (checked)" and first.number == "0120-279-338"
    assert first.last_verified == checked_on
    assert second == seed_lines("en")[1]


def test_lines_are_added_and_removed(qtbot, session, monkeypatch) -> None:
    create_through_welcome(qtbot, session)
    session.window.help_now_action.trigger()
    help_now = session.help_window
    qtbot.mouseClick(help_now.add_line_button, Qt.MouseButton.LeftButton)
    dialog = help_now.line_dialog
    assert dialog.verified.isChecked()  # a line just found was checked today
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "name" in dialog.error.text()  # nothing typed is lost
    commit_text(dialog.name, "いのちの電話")
    qtbot.keyClicks(dialog.number, "0000-00-0000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [row.line.name for row in help_now.line_rows][-1] == "いのちの電話"
    assert help_now.line_rows[-1].line.last_verified == date.today()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for _ in range(3):
        qtbot.mouseClick(help_now.line_rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert help_now.line_rows == [] and help_now.lines_empty.isVisible()
    assert session.services.help.crisis_lines("en") == ()  # no seeds come back


def test_a_damaged_crisis_lines_setting_shows_the_seeds(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    with session.store.transaction(writing=True) as transaction:
        transaction.add(SettingRow(key="crisis_lines", value='[{"name": 7}]'))
    session.window.help_now_action.trigger()
    assert [row.line for row in session.help_window.line_rows] == list(seed_lines("en"))


def test_the_nudge_links_to_help_now_and_to_the_crisis_plan(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.store.save_plan(example_plan("en"), version_id=None)
    for days_ago in (0, 1):
        session.store.add_checkin(
            new_checkin(
                at=now_utc() - timedelta(days=days_ago, minutes=5),
                zone="Asia/Tokyo",
                mood=3,
                energy=3,
                tags=(Tag("warning", "Skipping meals"),),
            )
        )
    window = session.window
    window.today.reload()
    nudge = window.today.nudge
    assert nudge.isVisible() and nudge.help_now_button.isVisible()
    qtbot.mouseClick(nudge.help_now_button, Qt.MouseButton.LeftButton)
    assert session.help_window is not None and session.help_window.isVisible()
    _close_help(session)
    qtbot.mouseClick(nudge.crisis_plan_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.plan
    assert window.plan.sections.currentRow() == [spec.key for spec in SECTIONS].index("crisis")


def test_nothing_in_the_window_dials_or_opens_anything(qtbot, session, nothing_leaves) -> None:
    _with_demo_plan(qtbot, session)
    session.window.help_now_action.trigger()
    help_now = session.help_window
    for label in help_now.findChildren(QLabel):
        assert not label.openExternalLinks()
        assert "href" not in label.text() and "tel:" not in label.text()
    phone = help_now.line_rows[0].text
    assert phone.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseDClick(phone, Qt.MouseButton.LeftButton)  # selecting a number dials nothing
    close = help_now.buttons.button(help_now.buttons.StandardButton.Close)
    removes = [row.remove_button for row in help_now.line_rows]
    clicked = 0
    for button in help_now.findChildren(QPushButton):
        if button.isVisible() and button is not close and button not in removes:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            clicked += 1
            if help_now.line_dialog is not None:
                help_now.line_dialog.reject()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert clicked >= 3 and not help_now.isVisible()
    assert nothing_leaves == []
