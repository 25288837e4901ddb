"""The widgets keep to the limits: the time fields offer only 1900 to one day ahead and say so,
a store holding old out-of-range rows still opens, long plan items become tags, a full list
says it is full and keeps what was typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from companion.limits import MAX_PLAN_LIST_ENTRIES, MAX_TAG_CHARS
from companion.plan.model import Plan, make_entry
from companion.plan.schema import section
from tests.conftest import PASSPHRASE
from tests.store.test_old_rows import OLD_ROWS, insert_old_rows
from tests.ui.conftest import create_through_welcome

ZONE = "Asia/Tokyo"  # the session fixture's zone


def _wall(moment: datetime) -> QDateTime:
    local = moment.astimezone(ZoneInfo(ZONE))
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _relock(qtbot, session) -> None:
    """Lock and unlock through the dialog, so every page reads the store afresh."""
    session.window.lock_action.trigger()
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    assert session.window.isVisible()


def _first_day() -> QDateTime:
    return QDateTime(QDate(1900, 1, 1), QTime(0, 0))


# --- Today: "Earlier, at" -------------------------------------------------------------------


def test_the_earlier_field_offers_only_1900_to_one_day_ahead(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    today = session.window.today
    today.earlier.click()
    assert today.when.minimumDateTime() == _first_day()
    ahead = _wall(datetime.now(UTC) + timedelta(days=1))
    assert abs(today.when.maximumDateTime().secsTo(ahead)) <= 60

    today.when.setDateTime(_wall(datetime.now(UTC) + timedelta(days=30)))  # clamped
    assert today.when.dateTime() == today.when.maximumDateTime()
    today.when.setDateTime(QDateTime(QDate(999, 6, 1), QTime(10, 0)))
    assert today.when.dateTime() == _first_day()

    today.mood.set_value(3)
    today.energy.set_value(3)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    (entry,) = session.store.all_checkins()
    assert entry.local_time().replace(tzinfo=None) == datetime(1900, 1, 1)


def test_a_time_outside_the_range_is_refused_with_a_clear_word(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    today = session.window.today
    today.mood.set_value(3)
    today.energy.set_value(3)
    today.note.setPlainText("keep me")
    assert today.save(at=datetime.now(UTC) + timedelta(days=2)) is None
    assert "from Mon 1 Jan 1900 up to one day from now" in today.status.text()
    assert today.note.toPlainText() == "keep me" and session.store.count_checkins() == 0


def test_a_clock_change_day_is_accepted_in_the_earlier_field(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    today = session.window.today
    today.zone = "Europe/Berlin"
    today.earlier.click()
    today.when.setDateTime(QDateTime(QDate(2024, 10, 27), QTime(2, 30)))  # the repeated hour
    today.mood.set_value(3)
    today.energy.set_value(3)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    (entry,) = session.store.all_checkins()
    assert entry.at == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)


# --- a store that already holds out-of-range rows -------------------------------------------


def test_old_rows_open_in_the_window_journal_and_today(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    insert_old_rows(session.store)
    _relock(qtbot, session)
    window = session.window
    window.navigation.setCurrentRow(1)
    journal = window.journal
    assert journal.model.total == len(OLD_ROWS)
    shown = [journal.model.data(journal.model.index(row, 0)) for row in range(len(OLD_ROWS))]
    assert all(shown)
    window.navigation.setCurrentRow(0)
    assert window.today.model.rowCount() == 0


def test_an_old_row_must_get_a_real_time_before_its_edit_is_saved(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    insert_old_rows(session.store)
    _relock(qtbot, session)
    journal = session.window.journal
    session.window.navigation.setCurrentRow(1)
    row = next(
        row for row in range(journal.model.total) if journal.model.entry(row).note == "old 0"
    )
    journal.table.setCurrentIndex(journal.model.index(row, 0))
    qtbot.mouseClick(journal.edit_button, Qt.MouseButton.LeftButton)
    dialog = journal.edit_dialog
    assert "Sat 1 Jun 0999" in dialog.error.text() and "Mon 1 Jan 1900" in dialog.error.text()
    assert dialog.when.minimumDateTime() == _first_day()
    dialog.note.setPlainText("fixed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_entry is None  # not silently moved to 1900

    dialog.when.setDateTime(QDateTime(QDate(2024, 6, 1), QTime(10, 0)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_entry is not None
    fixed = next(entry for entry in session.store.all_checkins() if entry.note == "fixed")
    assert fixed.local_time().replace(tzinfo=None) == datetime(2024, 6, 1, 10, 0)


def test_the_edit_dialog_refuses_a_time_beyond_tomorrow(qtbot, session) -> None:
    from companion.journal.checkin import new_checkin

    create_through_welcome(qtbot, session)
    session.store.add_checkin(
        new_checkin(at=datetime(2024, 1, 1, tzinfo=UTC), zone=ZONE, mood=3, energy=3)
    )
    journal = session.window.journal
    session.window.navigation.setCurrentRow(1)
    journal.table.setCurrentIndex(journal.model.index(0, 0))
    qtbot.mouseClick(journal.edit_button, Qt.MouseButton.LeftButton)
    dialog = journal.edit_dialog
    assert dialog.error.text() == ""
    dialog.when.setDateTime(_wall(datetime.now(UTC) + timedelta(days=40)))
    assert dialog.when.dateTime() == dialog.when.maximumDateTime()


# --- lengths ----------------------------------------------------------------------------------


def test_a_plan_item_longer_than_a_tag_is_offered_as_a_tag(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    tools = section("toolbox").list_spec("tools")
    long_tool = "breathe slowly and count to ten " * 20
    plan = Plan().with_entries("toolbox", "tools", (make_entry(tools, {"text": long_tool}),))
    session.store.save_plan(plan, version_id=None)
    _relock(qtbot, session)
    today = session.window.today
    (choice,) = today.tags._choices.values()
    assert len(choice.label) == MAX_TAG_CHARS and choice.plan_entry_id
    assert today.tags.entry.maxLength() == MAX_TAG_CHARS


def test_a_full_list_says_so_and_keeps_the_text(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    tools = section("toolbox").list_spec("tools")
    entries = tuple(make_entry(tools, {"text": f"tool {i}"}) for i in range(MAX_PLAN_LIST_ENTRIES))
    session.store.save_plan(Plan().with_entries("toolbox", "tools", entries), version_id=None)
    _relock(qtbot, session)
    page = session.window.plan
    session.window.navigation.setCurrentRow(2)
    editor = page.show_section("toolbox").lists["tools"]
    editor.new_text.setFocus()
    qtbot.keyClicks(editor.new_text, "one more")
    qtbot.keyClick(editor.new_text, Qt.Key.Key_Return)
    assert "This list is full" in page.status.text() and "500" in page.status.text()
    assert editor.new_text.text() == "one more"
    assert len(page.plan.entries("toolbox", "tools")) == MAX_PLAN_LIST_ENTRIES
