"""Reminder settings through the real widgets: all off at first, bad input named and kept,
everything back after the store is closed and opened again."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime

from companion.reminders.model import Repeat
from companion.ui.common.i18n import apply_language
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome


def _open_reminders(qtbot, session):
    session.show_settings()
    settings = session.settings_dialog
    qtbot.mouseClick(settings.reminders_button, Qt.MouseButton.LeftButton)
    dialog = settings.reminders_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _lock_and_unlock(qtbot, session) -> None:
    session.lock()
    assert session.store is None
    unlock = session.unlock_dialog
    qtbot.keyClicks(unlock.secret, PASSPHRASE)
    qtbot.keyClick(unlock.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    assert session.store is not None


def test_everything_is_off_at_first(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    dialog = _open_reminders(qtbot, session)
    for box in (
        dialog.check_in_on,
        dialog.hours_start_on,
        dialog.hours_end_on,
        dialog.weekly_review_on,
        dialog.rest_days_on,
        dialog.supervision_on,
    ):
        assert not box.isChecked()
    assert dialog.personal_list.count() == 0
    assert not dialog.check_in_at.isEnabled()


def test_settings_and_own_reminders_survive_reopening_the_store(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    dialog = _open_reminders(qtbot, session)
    dialog.check_in_on.click()
    dialog.check_in_at.setTime(QTime(7, 30))
    dialog.hours_end_on.click()
    dialog.weekly_review_on.click()
    dialog.weekly_review_day.setCurrentIndex(2)  # Wednesday
    dialog.weekly_review_at.setTime(QTime(18, 15))
    dialog.rest_days_on.click()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no rest day chosen
    assert "rest day" in dialog.error.text()
    assert dialog.isVisible() and dialog.check_in_at.time() == QTime(7, 30)  # nothing lost
    dialog.rest_days.boxes[5].click()
    dialog.rest_days.boxes[6].click()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)  # no words yet
    assert "few words" in editor.error.text() and editor.isVisible()
    qtbot.keyClicks(editor.text, "Stretch and drink water")
    editor.at.setTime(QTime(15, 0))
    assert editor.on_day.isVisibleTo(editor) and not editor.weekdays.isVisibleTo(editor)
    editor.repeat.setCurrentIndex(editor.repeat.findData(Repeat.WEEKLY))
    assert editor.weekdays.isVisibleTo(editor) and not editor.on_day.isVisibleTo(editor)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)  # no weekday
    assert "weekday" in editor.error.text()
    assert editor.text.text() == "Stretch and drink water"
    editor.weekdays.boxes[0].click()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.personal_list.count() == 1
    assert "Stretch and drink water" in dialog.personal_list.item(0).text()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # a second, then removed
    qtbot.keyClicks(dialog.editor.text, "to be removed")
    qtbot.mouseClick(dialog.editor.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.personal_list.count() == 2
    dialog.personal_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.personal_list.count() == 1

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    _lock_and_unlock(qtbot, session)
    wanted = session.services.reminders.wanted()
    assert (wanted.check_in_on, wanted.check_in_at) == (True, time(7, 30))
    assert wanted.hours_end_on and not wanted.hours_start_on
    assert (wanted.weekly_review_day, wanted.weekly_review_at) == (2, time(18, 15))
    assert wanted.rest_days_on and wanted.rest_days == (5, 6)
    (own,) = session.services.reminders.personal()
    assert (own.text, own.at, own.repeat, own.weekdays) == (
        "Stretch and drink water",
        time(15, 0),
        Repeat.WEEKLY,
        (0,),
    )

    again = _open_reminders(qtbot, session)
    assert again.check_in_on.isChecked() and again.check_in_at.time() == QTime(7, 30)
    assert again.rest_days.days() == (5, 6)
    assert again.weekly_review_day.currentIndex() == 2
    again.personal_list.setCurrentRow(0)
    qtbot.mouseClick(again.edit_button, Qt.MouseButton.LeftButton)  # edit keeps its id
    again.editor.text.clear()
    qtbot.keyClicks(again.editor.text, "Stretch")
    qtbot.mouseClick(again.editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    (edited,) = session.services.reminders.personal()
    assert edited.id == own.id and edited.text == "Stretch"


def test_an_own_reminder_tells_its_time_in_the_window_language(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    dialog = _open_reminders(qtbot, session)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.editor.text, "Tea")
    dialog.editor.at.setTime(QTime(15, 5))
    dialog.editor.repeat.setCurrentIndex(dialog.editor.repeat.findData(Repeat.DAILY))
    qtbot.mouseClick(dialog.editor.ok_button, Qt.MouseButton.LeftButton)
    english = QLocale().toString(QTime(15, 5), QLocale.FormatType.ShortFormat)
    assert english != "15:05" and "PM" in english  # en_US writes 3:05 PM
    assert dialog.personal_list.item(0).text().endswith(f"every day at {english}")
    apply_language("ja")
    try:
        qtbot.waitUntil(lambda: "15:05" in dialog.personal_list.item(0).text())
        assert "PM" not in dialog.personal_list.item(0).text()
    finally:
        apply_language("en")
