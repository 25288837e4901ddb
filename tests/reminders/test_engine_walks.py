"""Random clock walks (steady ticks, suspends, clocks set back, DST days): no reminder fires
twice for the same due time, and none is lost except by being summarised or too old to list."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.reminders.engine import (
    MISSED_LOOKBACK,
    ON_TIME,
    ActivityWindow,
    Relevance,
    ReminderState,
    declare_reminders,
    still_relevant,
    tick,
)
from companion.reminders.model import PersonalReminder, ReminderSettings, Repeat

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "UTC"]
WALL_TIMES = [time(0, 0), time(1, 30), time(2, 0), time(2, 30), time(9, 0), time(23, 59)]

steps = st.one_of(
    st.integers(1, 120).map(lambda s: timedelta(seconds=s)),  # ticking along
    st.integers(1, 72 * 60).map(lambda m: timedelta(minutes=m)),  # asleep or closed
    st.integers(1, 26 * 60).map(lambda m: -timedelta(minutes=m)),  # a clock set back
    st.integers(8, 12).map(lambda d: timedelta(days=d)),  # away for more than a week
)


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    start=st.datetimes(datetime(2024, 3, 1), datetime(2024, 11, 30)),
    check_in_at=st.sampled_from(WALL_TIMES),
    personal_at=st.sampled_from(WALL_TIMES),
    weekdays=st.sets(st.integers(0, 6), min_size=1).map(lambda s: tuple(sorted(s))),
    checked_in=st.sets(st.dates(date(2024, 2, 28), date(2025, 1, 31)), max_size=60),
    walk=st.lists(steps, min_size=1, max_size=60),
)
def test_no_double_and_no_silent_loss(
    zone: str,
    start: datetime,
    check_in_at: time,
    personal_at: time,
    weekdays: tuple[int, ...],
    checked_in: set[date],
    walk: list[timedelta],
) -> None:
    start = start.replace(tzinfo=UTC)
    wanted = ReminderSettings(
        check_in_on=True,
        check_in_at=check_in_at,
        rest_days_on=True,
        rest_days=weekdays,
        hours_end_on=True,
    )
    personal = [PersonalReminder("mine", "my words", personal_at, Repeat.WEEKLY, weekdays=weekdays)]
    windows = [
        ActivityWindow(start + timedelta(hours=h), start + timedelta(hours=h + 3), "role")
        for h in range(5, 24 * 20, 31)
    ]
    declared = declare_reminders(zone, wanted, personal, windows)
    relevance = Relevance(checked_in_on=lambda day: day in checked_in)

    moments = [start]
    for step in walk:
        moments.append(moments[-1] + step)
    state = ReminderState()
    delivered: list[tuple[str, datetime, bool]] = []  # (id, due, on time)
    for now in moments:
        result = tick(declared, state, now, relevance)
        state = result.state
        delivered += [(o.reminder_id, o.due_utc, True) for o in result.due]
        if result.missed is not None:
            assert result.missed.occurrences  # a summary is never empty
            delivered += [(o.reminder_id, o.due_utc, False) for o in result.missed.occurrences]
        wake = result.next_wake_utc
        if wake is not None:  # the earliest due time not yet handled, of any reminder
            marks = state.handled_through
            assert all(not r.between(marks[r.id], wake - timedelta.resolution) for r in declared)
            assert any(r.between(marks[r.id], wake) for r in declared)

    keys = [(reminder_id, due) for reminder_id, due, _ in delivered]
    assert len(keys) == len(set(keys)), "a reminder fired twice for the same due time"

    expected: set[tuple[str, datetime, bool]] = set()
    for reminder in declared:
        for occurrence in reminder.between(start, max(moments)):
            # handled at the first tick that reaches it
            now = next(m for m in moments if m >= occurrence.due_utc)
            if still_relevant(occurrence, relevance) and occurrence.due_utc > now - MISSED_LOOKBACK:
                on_time = occurrence.due_utc >= now - ON_TIME
                expected.add((reminder.id, occurrence.due_utc, on_time))
    assert set(delivered) == expected
