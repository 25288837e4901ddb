"""The Boundaries page through the real widgets: roles added, renamed and deleted (after asking),
hours checked as they are typed, described and previewed, saved and read back after a lock,
days off and extra sessions, and a lock that clears the screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from companion.clock import in_zone, now_utc
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import BOUNDARIES_ROW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import commit_text, create_through_welcome


def _page(qtbot, session):
    create_through_welcome(qtbot, session)
    session.window.navigation.setCurrentRow(BOUNDARIES_ROW)
    page = session.window.boundaries
    assert session.window.pages.currentWidget() is page
    return page


def _add_role(qtbot, page, name: str) -> None:
    qtbot.mouseClick(page.hours_panel.add_button, Qt.MouseButton.LeftButton)
    dialog = page.hours_panel.role_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, name)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _type_hours(qtbot, page, text: str) -> None:
    page.hours_panel.hours.selectAll()
    qtbot.keyClick(page.hours_panel.hours, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.hours_panel.hours, text)


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    assert session.window.isVisible()


def test_a_role_with_hours_is_checked_as_typed_saved_and_read_back(qtbot, session) -> None:
    page = _page(qtbot, session)
    assert page.hours_panel.no_roles.isVisible() and not page.hours_panel.scroller.isVisible()
    _add_role(qtbot, page, "Saturday group")
    assert page.hours_panel.roles_list.count() == 1
    assert page.hours_panel.roles_list.item(0).text().startswith("Saturday group")
    assert page.hours_panel.scroller.isVisible() and not page.hours_panel.no_roles.isVisible()

    _type_hours(qtbot, page, "Mon-Fri 10:00-17:00, Sta 22:00-02:00")
    assert page.hours_panel.hours_problem.isVisible()
    assert page.hours_panel.hours_problem.text().startswith("This part is not understood:")
    assert "'Sta' is not a weekday" in page.hours_panel.hours_problem.text()
    assert not page.hours_panel.save_button.isEnabled()
    assert page.hours_panel.preview.text() == ""
    qtbot.keyClick(
        page.hours_panel.hours, Qt.Key.Key_Return
    )  # nothing is saved while it cannot be read
    assert session.services.hours.roles()[0].hours.rules == ()
    assert (
        page.hours_panel.hours.text() == "Mon-Fri 10:00-17:00, Sta 22:00-02:00"
    )  # and nothing is lost

    _type_hours(qtbot, page, "Mon-Fri 10:00-17:00, 2nd,4th Sat 22:00-02:00")
    assert not page.hours_panel.hours_problem.isVisible()
    assert page.hours_panel.description.text().splitlines() == [
        "every Monday to Friday, from 10:00 to 17:00",
        "the second and fourth Saturday of the month, 22:00 to 02:00 the next day",
    ]
    title = page.hours_panel.preview_title.text()
    assert "Asia/Tokyo" not in title  # a readable name (Japan Standard Time), never the IANA id
    assert title.startswith("Next times")
    assert len(page.hours_panel.preview.text().splitlines()) == 6
    assert page.hours_panel.save_button.isEnabled()
    qtbot.mouseClick(page.hours_panel.save_button, Qt.MouseButton.LeftButton)
    assert page.hours_panel.status.text() == "Saved."

    session.lock()
    _unlock(qtbot, session)
    (stored,) = session.services.hours.roles()
    assert stored.name == "Saturday group"
    assert stored.hours.text == "Mon-Fri 10:00-17:00, 2nd,4th Sat 22:00-02:00"
    assert stored.zone == "Asia/Tokyo"
    assert page.hours_panel.hours.text() == stored.hours.text


def test_typed_hours_stay_with_their_role_while_another_is_chosen(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    _add_role(qtbot, page, "Phone line")
    assert page.hours_panel.current_role().name == "Phone line"  # the new role is chosen
    _type_hours(qtbot, page, "Wed 19:00-22")
    page.hours_panel.roles_list.setCurrentRow(0)
    assert page.hours_panel.hours.text() == ""
    page.hours_panel.roles_list.setCurrentRow(1)
    assert page.hours_panel.hours.text() == "Wed 19:00-22"
    assert not page.hours_panel.save_button.isEnabled()


def test_a_name_already_taken_is_refused_in_the_dialog(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    qtbot.mouseClick(page.hours_panel.add_button, Qt.MouseButton.LeftButton)
    dialog = page.hours_panel.role_dialog
    qtbot.keyClicks(dialog.name, "Clinic")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Another role already has that name."
    assert dialog.name.text() == "Clinic"
    dialog.name.clear()
    commit_text(dialog.name, "ピアスタッフ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [role.name for role in session.services.hours.roles()] == ["Clinic", "ピアスタッフ"]
    page.hours_panel.roles_list.setCurrentRow(0)
    qtbot.mouseClick(page.hours_panel.rename_button, Qt.MouseButton.LeftButton)
    rename = page.hours_panel.role_dialog
    assert rename.name.text() == "Clinic"
    qtbot.keyClicks(rename.name, "Day centre")  # replaces the selected name
    qtbot.mouseClick(rename.ok_button, Qt.MouseButton.LeftButton)
    assert [role.name for role in session.services.hours.roles()] == ["Day centre", "ピアスタッフ"]
    assert page.hours_panel.current_role().name == "Day centre"


def test_a_day_off_leaves_the_preview_and_an_extra_session_joins_it(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    _type_hours(qtbot, page, "daily 10:00-11:00")
    qtbot.mouseClick(page.hours_panel.save_button, Qt.MouseButton.LeftButton)
    tomorrow = in_zone(now_utc(), "Asia/Tokyo").date() + timedelta(days=1)
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[tomorrow.weekday()]
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    day = f"{weekday} {tomorrow.day} {month[tomorrow.month - 1]} {tomorrow.year}"  # QLocale's
    assert f"{day} " in page.hours_panel.preview.text()
    page.hours_panel.days_off.exception_day.setDate(
        QDate(tomorrow.year, tomorrow.month, tomorrow.day)
    )
    qtbot.mouseClick(page.hours_panel.days_off.add_day_off_button, Qt.MouseButton.LeftButton)
    assert page.hours_panel.days_off.exceptions.count() == 1
    assert page.hours_panel.days_off.exceptions.item(0).text().endswith(": day off")
    assert f"{day} " not in page.hours_panel.preview.text()
    assert session.services.hours.roles()[0].days_off() == {tomorrow}

    page.hours_panel.days_off.extra_start.setTime(QTime(20, 0))
    page.hours_panel.days_off.extra_end.setTime(QTime(21, 30))
    qtbot.mouseClick(page.hours_panel.days_off.add_extra_button, Qt.MouseButton.LeftButton)
    assert f"{day} 20:00 to 21:30" in page.hours_panel.preview.text()
    rows = [
        page.hours_panel.days_off.exceptions.item(row).text()
        for row in range(page.hours_panel.days_off.exceptions.count())
    ]
    assert rows == [
        f"{day}: extra session 20:00 to 21:30",
        f"{day}: day off",
    ]

    page.hours_panel.days_off.exceptions.setCurrentRow(1)
    assert page.hours_panel.days_off.remove_exception_button.isEnabled()
    qtbot.mouseClick(page.hours_panel.days_off.remove_exception_button, Qt.MouseButton.LeftButton)
    role = session.services.hours.roles()[0]
    assert role.days_off() == frozenset() and len(role.extra_sessions()) == 1


def test_exceptions_keep_unsaved_typed_hours(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    _type_hours(qtbot, page, "Mon 10:00-12:00")
    qtbot.mouseClick(page.hours_panel.days_off.add_day_off_button, Qt.MouseButton.LeftButton)
    assert page.hours_panel.hours.text() == "Mon 10:00-12:00"
    assert session.services.hours.roles()[0].hours.rules == ()  # only the day off was saved


def test_delete_asks_first_and_says_what_is_lost(qtbot, session, monkeypatch) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    qtbot.mouseClick(page.hours_panel.days_off.add_day_off_button, Qt.MouseButton.LeftButton)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(page.hours_panel.delete_button, Qt.MouseButton.LeftButton)
    assert "“Clinic”" in asked[0] and "1 day off or extra session" in asked[0]
    assert "cannot be undone" in asked[0]
    assert len(session.services.hours.roles()) == 1
    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.hours_panel.delete_button, Qt.MouseButton.LeftButton)
    assert session.services.hours.roles() == []
    assert page.hours_panel.roles_list.count() == 0 and page.hours_panel.no_roles.isVisible()


def test_lock_clears_every_value_on_the_page(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    _type_hours(qtbot, page, "Mon 10:00-12:00")
    qtbot.mouseClick(page.hours_panel.days_off.add_day_off_button, Qt.MouseButton.LeftButton)
    session.lock()
    assert page.hours_panel.roles_list.count() == 0
    assert (
        page.hours_panel.hours.text() == ""
        and page.hours_panel.preview.text() == ""
        and page.hours_panel.description.text() == ""
    )
    assert (
        page.hours_panel.days_off.exceptions.count() == 0
        and page.hours_panel.role_title.text() == ""
    )
    assert not page.hours_panel.add_button.isEnabled()
    _unlock(qtbot, session)
    assert page.hours_panel.hours.text() == ""  # the unsaved draft went with the lock
    assert page.hours_panel.roles_list.count() == 1


@pytest.fixture
def japanese(qapp):
    apply_language("ja")
    yield
    apply_language("en")


def test_in_japanese_the_rules_and_dates_are_in_japanese(qtbot, session, japanese) -> None:
    page = _page(qtbot, session)
    assert session.window.navigation.item(BOUNDARIES_ROW).text() == "バウンダリー"
    _add_role(qtbot, page, "Group")
    _type_hours(qtbot, page, "")
    commit_text(page.hours_panel.hours, "第2・第4土 14:00〜16:30、水 19:00-22:00")
    assert page.hours_panel.description.text().splitlines() == [
        "毎月第2・第4土曜 14:00〜16:30",
        "毎週水曜 19:00〜22:00",
    ]
    assert (
        "日(土) " in page.hours_panel.preview.text() or "日(水) " in page.hours_panel.preview.text()
    )
    commit_text(page.hours_panel.hours, "、金曜日 25:00-26:00")
    assert page.hours_panel.hours_problem.text().startswith("読み取れない部分があります：")


def test_the_page_is_reachable_by_keyboard_and_help_now_works_there(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    window = session.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.hours_panel.roles_list.setFocus()
    qtbot.keyClick(page.hours_panel.roles_list, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert page.hours_panel.hours.hasFocus()  # &Hours
    qtbot.keyClicks(page.hours_panel.hours, "Tue 10:00-12:00")
    qtbot.keyClick(page.hours_panel.hours, Qt.Key.Key_Return)  # Enter saves
    assert session.services.hours.roles()[0].hours.text == "Tue 10:00-12:00"
    for widget in (
        page.hours_panel.roles_list,
        page.hours_panel.hours,
        page.hours_panel.kind,
        page.hours_panel.country,
        page.hours_panel.days_off.exceptions,
    ):
        assert widget.accessibleName()
    qtbot.keyClick(page, Qt.Key.Key_F1)
    assert session.help_window is not None and session.help_window.isVisible()
    session.help_window.close()


def test_switching_language_retells_the_hours(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    _type_hours(qtbot, page, "Mon-Fri 10:00-17:00")
    assert page.hours_panel.description.text() == "every Monday to Friday, from 10:00 to 17:00"
    apply_language("ja")
    try:
        qtbot.waitUntil(lambda: page.title.text() == "バウンダリー")
        assert page.hours_panel.description.text() == "毎週月曜〜金曜 10:00〜17:00"
        assert page.hours_panel.hours.text() == "Mon-Fri 10:00-17:00"  # the typed text stays
        assert page.title.text() == "バウンダリー"
    finally:
        apply_language("en")


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("ja", "月〜金 10:00-17:00、第2・第4土 14:00-16:00"),
        ("en", "Mon-Fri 10:00-17:00, 2nd,4th Sat 14:00-16:00"),
    ],
)
def test_hours_typed_in_japanese_read_back_in_the_windows_language(
    qtbot, session, language: str, shown: str
) -> None:
    page = _page(qtbot, session)
    apply_language(language)
    try:
        example = "月〜金 10:00-17:00、第2・第4土 14:00-16:00" if language == "ja" else "Mon-Fri"
        qtbot.waitUntil(lambda: page.hours_panel.hours.placeholderText().startswith(example))
        _add_role(qtbot, page, "Clinic")
        _type_hours(qtbot, page, "")
        commit_text(page.hours_panel.hours, "月-金 10:00〜17:00、第２・第４土曜日 14:00-16:00")
        qtbot.mouseClick(page.hours_panel.save_button, Qt.MouseButton.LeftButton)
        (stored,) = session.services.hours.roles()
        assert stored.hours.text == "Mon-Fri 10:00-17:00, 2nd,4th Sat 14:00-16:00"
        assert page.hours_panel.hours.text() == shown
        other = "en" if language == "ja" else "ja"
        apply_language(other)  # nothing typed since saving: the field follows the language
        qtbot.waitUntil(
            lambda: (
                page.hours_panel.hours.text()
                == (
                    "Mon-Fri 10:00-17:00, 2nd,4th Sat 14:00-16:00"
                    if other == "en"
                    else "月〜金 10:00-17:00、第2・第4土 14:00-16:00"
                )
            )
        )
        assert page.hours_panel.status.text() in ("", "Saved.", "保存しました。")
        assert not page.hours_panel.hours_problem.isVisible()
    finally:
        apply_language("en")


def test_a_refused_extra_sessions_message_goes_once_its_times_change(qtbot, session) -> None:
    page = _page(qtbot, session)
    _add_role(qtbot, page, "Clinic")
    days_off = page.hours_panel.days_off
    status = page.hours_panel.status
    days_off.extra_start.setTime(QTime(20, 0))
    days_off.extra_end.setTime(QTime(20, 0))
    qtbot.mouseClick(days_off.add_extra_button, Qt.MouseButton.LeftButton)
    assert "needs a start and a different end" in status.text()
    assert status.severity == "attention" and not status.isHidden()
    days_off.extra_end.setTime(QTime(21, 0))
    assert status.text() == "" and status.isHidden()
    qtbot.mouseClick(days_off.add_extra_button, Qt.MouseButton.LeftButton)
    assert len(session.services.hours.roles()[0].extra_sessions()) == 1
    assert status.isHidden()  # nothing to fix, and the list shows what was added


def test_the_boundaries_page_title_is_in_the_title_style(qtbot, session) -> None:
    page = _page(qtbot, session)
    today_title = session.window.today.title
    assert page.title.text() == "Boundaries"
    assert page.title.font().pointSizeF() == today_title.font().pointSizeF()
    assert page.title.font().bold()
