"""The week at a glance on Today: seven days, calm when empty, in words, and a way into Trends."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from companion.boundaries.log import Contact
from companion.clock import local_today, now_utc
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import TRENDS_ROW
from companion.ui.today.glance import WeekGlance
from tests.ui.conftest import create_through_welcome
from tests.ui.trends.test_page import check_in

ZONE = "Asia/Tokyo"


def _glance(qtbot, session) -> WeekGlance:
    create_through_welcome(qtbot, session)
    glance = session.window.today.glance
    qtbot.waitUntil(lambda: glance.week is not None)  # read once it has been painted
    return glance


def _has_colour(glance: WeekGlance, colour: str) -> bool:
    image = glance.grab().toImage()
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height())
    )


def test_a_fresh_store_shows_the_calm_empty_state(qtbot, session) -> None:
    glance = _glance(qtbot, session)
    week = glance.week
    assert week is not None and len(week.days) == 7
    assert week.days[-1] == local_today(ZONE)
    assert week.days_with_checkins == 0 and week.contacts is None
    assert glance.accessibleDescription() == "Your week will show here after a few check-ins."
    assert not _has_colour(glance, "#0072b2")  # no line drawn


def test_check_ins_appear_after_saving_in_words_and_lines(qtbot, session) -> None:
    glance = _glance(qtbot, session)
    today = session.window.today
    check_in(today, 6, 3)
    check_in(today, 4, 5)  # two on one day: the day's mean
    check_in(today, 2, 2, days_ago=2)
    check_in(today, 7, 7, days_ago=9)  # before the week: not in it
    qtbot.waitUntil(lambda: glance.week is not None and glance.week.days_with_checkins == 2)
    week = glance.week
    assert week.mood[-1] == (5 / 6 + 3 / 6) / 2 and week.mood[-3] == 1 / 6
    assert week.mood[:4] == (None,) * 4 and week.mood[-2] is None
    words = glance.accessibleDescription()
    assert words.startswith("The last seven days: check-ins on 2 of 7 days.")
    assert "Mood about 3 of 7." in words and "Energy about 3 of 7." in words
    assert "score" not in words.lower()
    assert _has_colour(glance, "#0072b2")  # the mood line is painted


def test_the_week_s_contacts_are_counted(qtbot, session) -> None:
    glance = _glance(qtbot, session)
    for days_ago in (1, 3, 10):
        contact = Contact(
            at=now_utc() - timedelta(days=days_ago), zone=ZONE, minutes=20, channel="phone", load=2
        )
        session.services.boundaries.save_contact(contact)
    session.window.today.reload()  # as after any check-in
    qtbot.waitUntil(lambda: glance.week is not None and glance.week.contacts == 2)
    assert glance.accessibleDescription().endswith("Contacts: 2")


def test_a_click_or_enter_opens_trends(qtbot, session) -> None:
    glance = _glance(qtbot, session)
    window = session.window
    qtbot.mouseClick(glance, Qt.MouseButton.LeftButton)
    assert window.navigation.currentRow() == TRENDS_ROW
    assert window.pages.currentWidget() is window.built_trends
    window.navigation.setCurrentRow(0)
    glance.setFocus()
    qtbot.keyClick(glance, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.built_trends


def test_in_japanese(qtbot, session) -> None:
    glance = _glance(qtbot, session)
    apply_language("ja")
    qtbot.waitUntil(lambda: "チェックイン" in glance.accessibleDescription())
    assert glance.accessibleName() == "1週間のようす（傾向を開きます）"


def test_locking_forgets_the_week(qtbot, session) -> None:
    glance = _glance(qtbot, session)
    check_in(session.window.today, 5, 5)
    qtbot.waitUntil(lambda: glance.week is not None and glance.week.days_with_checkins == 1)
    session.lock()
    assert glance.week is None and glance.accessibleDescription() == ""
