"""Reminder settings in the store: round trips, and damaged parts read as their defaults alone."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

import pytest

from companion import settings
from companion.errors import InvalidEntry
from companion.reminders.model import PersonalReminder, ReminderSettings, Repeat
from companion.store import Store

WANTED = ReminderSettings(
    check_in_on=True,
    check_in_at=time(21, 15),
    weekly_review_on=True,
    weekly_review_day=4,
    rest_days_on=True,
    rest_days=(5, 6),
    supervision_on=True,
    next_supervision=date(2024, 6, 3),
    hours_end_on=True,
)
MINE = (
    PersonalReminder("a", "お茶を飲む", time(15), Repeat.DAILY),
    PersonalReminder("b", "call the clinic", time(10), Repeat.ONCE, on_day=date(2024, 6, 1)),
    PersonalReminder("c", "walk", time(7, 30), Repeat.WEEKLY, weekdays=(0, 2), on=False),
)


def test_reminders_round_trip_through_the_store(store: Store) -> None:
    assert store.setting(settings.REMINDERS) == ReminderSettings()  # everything off at first
    assert store.setting(settings.PERSONAL_REMINDERS) == ()
    store.set_setting(settings.REMINDERS, WANTED)
    store.set_setting(settings.PERSONAL_REMINDERS, MINE)
    marks = {"check_in 21:15": datetime(2024, 5, 1, 12, 0, 30, tzinfo=UTC)}
    store.set_setting(settings.REMINDER_MARKS, marks)
    assert store.setting(settings.REMINDERS) == WANTED
    assert store.setting(settings.PERSONAL_REMINDERS) == MINE
    assert store.setting(settings.REMINDER_MARKS) == marks


def test_a_damaged_field_reads_as_its_default_and_leaves_the_others_on() -> None:
    document = json.loads(settings.REMINDERS.write(WANTED))
    document["check_in_at"] = "25:99"
    document["rest_days"] = [6, 5, 9]
    document["weekly_review_day"] = True
    del document["hours_end_on"]
    read = settings.REMINDERS.read(json.dumps(document))
    assert read.check_in_on and read.check_in_at == ReminderSettings().check_in_at
    assert read.rest_days == () and read.weekly_review_day == 6 and not read.hours_end_on
    assert read.next_supervision == date(2024, 6, 3) and read.weekly_review_on
    assert settings.REMINDERS.read("[1, 2]") == ReminderSettings()
    assert settings.REMINDERS.read("{not json") == ReminderSettings()


def test_a_damaged_personal_reminder_is_left_out_alone() -> None:
    document = json.loads(settings.PERSONAL_REMINDERS.write(MINE))
    document[0]["at"] = 1500
    document[1]["repeat"] = "yearly"
    document.append(dict(document[2], text="the same id again"))
    document.append({"id": "d", "text": "x" * 501, "at": "08:00", "repeat": "daily"})
    assert settings.PERSONAL_REMINDERS.read(json.dumps(document)) == (MINE[2],)
    assert settings.PERSONAL_REMINDERS.read('{"a": 1}') == ()


def test_marks_that_are_not_aware_times_are_left_out() -> None:
    text = json.dumps(
        {"a": "2024-05-01T10:00:00+02:00", "b": "2024-05-01T10:00:00", "c": 3, "d": "soon"}
    )
    assert settings.REMINDER_MARKS.read(text) == {"a": datetime(2024, 5, 1, 8, tzinfo=UTC)}


@pytest.mark.parametrize(
    "make",
    [
        lambda: ReminderSettings(rest_days=(7,)),
        lambda: ReminderSettings(rest_days=(3, 1)),
        lambda: ReminderSettings(check_in_at=time(9, tzinfo=UTC)),
        lambda: PersonalReminder("a", "x", time(9), Repeat.ONCE),
        lambda: PersonalReminder("a", "x", time(9), Repeat.WEEKLY),
        lambda: PersonalReminder("", "x", time(9), Repeat.DAILY),
        lambda: PersonalReminder("a", "\ud800", time(9), Repeat.DAILY),
    ],
)
def test_impossible_reminders_cannot_be_made(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidEntry) as caught:
        make()
    assert "\ud800" not in str(caught.value)
