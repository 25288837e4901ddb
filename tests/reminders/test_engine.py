"""The reminder engine on a fake clock: relevance, suspend, DST, midnight, clocks set back."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.reminders.engine import (
    ActivityWindow,
    Occurrence,
    Relevance,
    ReminderEngine,
    ReminderState,
    TickResult,
    declare_reminders,
    tick,
    wall_to_utc,
)
from companion.reminders.model import PersonalReminder, ReminderKind, ReminderSettings, Repeat

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
TOKYO = "Asia/Tokyo"


def local(zone: str, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def walk(engine: ReminderEngine, clock: FakeClock, declared, until: datetime, step, relevance=None):
    """Tick every `step` until `until`; every result in order."""
    results: list[TickResult] = []
    while clock.now < until:
        clock.now = min(clock.now + step, until)
        results.append(engine.tick(declared, relevance or Relevance()))
    return results


def fired(results: list[TickResult]) -> list[Occurrence]:
    return [occurrence for result in results for occurrence in result.due]


def started(declared, at: datetime) -> tuple[ReminderEngine, FakeClock]:
    """An engine that has seen `declared` once at `at` (a newly wanted reminder starts then)."""
    clock = FakeClock(at)
    engine = ReminderEngine(ReminderState(), clock)
    first = engine.tick(declared)
    assert first.due == () and first.missed is None and first.changed
    return engine, clock


CHECK_IN_AT_NINE = ReminderSettings(check_in_on=True, check_in_at=time(9, 0))


def test_everything_is_off_until_the_person_turns_it_on() -> None:
    assert declare_reminders(BERLIN, ReminderSettings()) == []
    result = tick([], ReminderState(), local(BERLIN, 2024, 5, 1, 9))
    assert result.due == () and result.next_wake_utc is None


def test_a_daily_check_in_reminder_fires_once_a_day_at_its_local_time() -> None:
    declared = declare_reminders(TOKYO, CHECK_IN_AT_NINE)
    engine, clock = started(declared, local(TOKYO, 2024, 5, 1, 0, 0))
    results = walk(engine, clock, declared, local(TOKYO, 2024, 5, 4, 0, 0), timedelta(seconds=30))
    assert [o.due_utc for o in fired(results)] == [
        local(TOKYO, 2024, 5, day, 9, 0) for day in (1, 2, 3)
    ]
    assert [o.day for o in fired(results)] == [date(2024, 5, day) for day in (1, 2, 3)]
    assert all(result.missed is None for result in results)
    assert sum(result.changed for result in results) == 3  # persisted only when something fired


def test_no_check_in_reminder_after_todays_check_in() -> None:
    declared = declare_reminders(BERLIN, CHECK_IN_AT_NINE)
    engine, clock = started(declared, local(BERLIN, 2024, 5, 1, 0, 0))
    checked_in = {date(2024, 5, 1)}
    relevance = Relevance(checked_in_on=lambda day: day in checked_in)
    results = walk(
        engine, clock, declared, local(BERLIN, 2024, 5, 2, 12), timedelta(minutes=1), relevance
    )
    assert [o.day for o in fired(results)] == [date(2024, 5, 2)]  # not the 1st: checked in


def test_the_weekly_review_reminder_only_while_the_review_is_not_done() -> None:
    wanted = ReminderSettings(weekly_review_on=True, weekly_review_day=6, weekly_review_at=time(18))
    declared = declare_reminders(BERLIN, wanted)
    engine, clock = started(declared, local(BERLIN, 2024, 5, 1, 0, 0))  # a Wednesday
    done = {date(2024, 5, 12)}
    relevance = Relevance(weekly_review_done_for=lambda day: day in done)
    results = walk(
        engine, clock, declared, local(BERLIN, 2024, 5, 20), timedelta(minutes=5), relevance
    )
    assert [o.due_utc for o in fired(results)] == [
        local(BERLIN, 2024, 5, 5, 18),
        local(BERLIN, 2024, 5, 19, 18),
    ]


def test_a_nine_hour_suspend_gives_one_summary_not_a_burst() -> None:
    wanted = ReminderSettings(
        check_in_on=True,
        check_in_at=time(2, 0),
        rest_days_on=True,
        rest_days=(2,),  # Wednesday
        rest_day_at=time(7, 0),
        hours_end_on=True,
    )
    windows = [
        ActivityWindow(local(BERLIN, 2024, 5, 1, 0), local(BERLIN, 2024, 5, 1, 3), "phone line")
    ]
    personal = [PersonalReminder("p1", "drink water", time(8, 0), Repeat.DAILY)]
    declared = declare_reminders(BERLIN, wanted, personal, windows)
    engine, clock = started(declared, local(BERLIN, 2024, 4, 30, 23, 0))  # Tuesday night
    clock.now = local(BERLIN, 2024, 5, 1, 8, 5)  # the lid opens nine hours later
    result = engine.tick(declared)
    assert [o.kind for o in result.due] == [ReminderKind.PERSONAL]  # 08:00 is still on time
    assert result.missed is not None
    assert result.missed.counts() == {
        ReminderKind.CHECK_IN: 1,
        ReminderKind.HOURS_END: 1,
        ReminderKind.REST_DAY: 1,
    }
    assert result.changed
    later = walk(engine, clock, declared, local(BERLIN, 2024, 5, 1, 23), timedelta(seconds=30))
    assert fired(later) == [] and all(r.missed is None for r in later)  # shown once only


def test_missed_while_closed_appears_once_after_the_state_is_reloaded() -> None:
    declared = declare_reminders(BERLIN, CHECK_IN_AT_NINE)
    engine, _clock = started(declared, local(BERLIN, 2024, 5, 1, 8))
    kept = engine.state  # persisted when the app closed
    reopened = ReminderEngine(kept, FakeClock(local(BERLIN, 2024, 5, 3, 20)))
    result = reopened.tick(declared)
    assert result.due == ()
    assert result.missed is not None
    assert [o.day for o in result.missed.occurrences] == [date(2024, 5, d) for d in (1, 2, 3)]
    assert reopened.tick(declared).missed is None


def test_missed_longer_ago_than_a_week_is_not_listed() -> None:
    declared = declare_reminders(BERLIN, CHECK_IN_AT_NINE)
    state = ReminderState({declared[0].id: local(BERLIN, 2024, 1, 1)})
    result = tick(declared, state, local(BERLIN, 2024, 5, 1, 12))
    assert result.missed is not None
    assert len(result.missed.occurrences) == 7
    assert result.changed


@pytest.mark.parametrize(
    ("zone", "day", "jump_utc"),
    [
        (BERLIN, date(2024, 3, 31), datetime(2024, 3, 31, 1, 0, tzinfo=UTC)),  # 02:00 -> 03:00
        (NEW_YORK, date(2024, 3, 10), datetime(2024, 3, 10, 7, 0, tzinfo=UTC)),  # same
    ],
)
def test_a_time_skipped_by_spring_forward_fires_once_when_the_clocks_jump(
    zone: str, day: date, jump_utc: datetime
) -> None:
    wanted = ReminderSettings(check_in_on=True, check_in_at=time(2, 30))
    declared = declare_reminders(zone, wanted)
    engine, clock = started(declared, local(zone, day.year, day.month, day.day - 1, 12))
    results = walk(
        engine, clock, declared, jump_utc + timedelta(days=1, hours=3), timedelta(minutes=1)
    )
    times = [o.due_utc for o in fired(results)]
    after = day + timedelta(days=1)
    assert times == [jump_utc, local(zone, after.year, after.month, after.day, 2, 30)]
    assert jump_utc.astimezone(ZoneInfo(zone)).time() == time(3, 0)


@pytest.mark.parametrize(
    ("zone", "day", "first_utc"),
    [
        (BERLIN, date(2024, 10, 27), datetime(2024, 10, 27, 0, 30, tzinfo=UTC)),  # +02:00
        (NEW_YORK, date(2024, 11, 3), datetime(2024, 11, 3, 5, 30, tzinfo=UTC)),  # -04:00
    ],
)
def test_a_time_that_happens_twice_at_fall_back_fires_once_the_first_time(
    zone: str, day: date, first_utc: datetime
) -> None:
    at = time(2, 30) if zone == BERLIN else time(1, 30)  # the hour that repeats
    declared = declare_reminders(zone, ReminderSettings(check_in_on=True, check_in_at=at))
    engine, clock = started(declared, local(zone, day.year, day.month, day.day, 0, 0))
    results = walk(
        engine, clock, declared, local(zone, day.year, day.month, day.day, 12), timedelta(minutes=1)
    )
    assert [o.due_utc for o in fired(results)] == [first_utc]


def test_dst_days_keep_the_local_time_of_a_daily_reminder() -> None:
    declared = declare_reminders(BERLIN, CHECK_IN_AT_NINE)
    engine, clock = started(declared, local(BERLIN, 2024, 3, 29))
    results = walk(engine, clock, declared, local(BERLIN, 2024, 4, 2), timedelta(minutes=7))
    due = [o.due_utc.astimezone(ZoneInfo(BERLIN)) for o in fired(results)]
    assert [d.time() for d in due] == [time(9)] * 4
    assert [d.utcoffset() for d in due] == [timedelta(hours=1)] * 2 + [timedelta(hours=2)] * 2


def test_across_midnight_a_reminder_at_midnight_belongs_to_its_new_day() -> None:
    wanted = ReminderSettings(check_in_on=True, check_in_at=time(0, 0))
    declared = declare_reminders(NEW_YORK, wanted)
    engine, clock = started(declared, local(NEW_YORK, 2024, 12, 30, 23, 59))
    checked_in = {date(2024, 12, 30)}  # yesterday's check-in does not silence today's
    relevance = Relevance(checked_in_on=lambda day: day in checked_in)
    results = walk(
        engine, clock, declared, local(NEW_YORK, 2025, 1, 1, 0, 1), timedelta(seconds=30), relevance
    )
    assert [o.day for o in fired(results)] == [date(2024, 12, 31), date(2025, 1, 1)]


def test_hours_windows_that_cross_midnight_remind_at_their_end_once() -> None:
    windows = [
        ActivityWindow(local(TOKYO, 2024, 5, 4, 22), local(TOKYO, 2024, 5, 5, 2), "night line")
    ]
    wanted = ReminderSettings(hours_start_on=True, hours_end_on=True)
    declared = declare_reminders(TOKYO, wanted, windows=windows)
    engine, clock = started(declared, local(TOKYO, 2024, 5, 4, 12))
    results = walk(engine, clock, declared, local(TOKYO, 2024, 5, 5, 12), timedelta(seconds=30))
    assert [(o.kind, o.day, o.detail) for o in fired(results)] == [
        (ReminderKind.HOURS_START, date(2024, 5, 4), "night line"),
        (ReminderKind.HOURS_END, date(2024, 5, 4), "night line"),
    ]


def test_a_clock_set_back_fires_nothing_twice_and_carries_on() -> None:
    declared = declare_reminders(BERLIN, CHECK_IN_AT_NINE)
    engine, clock = started(declared, local(BERLIN, 2024, 5, 1, 8))
    first = walk(engine, clock, declared, local(BERLIN, 2024, 5, 1, 10), timedelta(minutes=1))
    assert len(fired(first)) == 1
    clock.now = local(BERLIN, 2024, 5, 1, 7)  # set back three hours (or a dead clock battery)
    again = walk(engine, clock, declared, local(BERLIN, 2024, 5, 2, 10), timedelta(minutes=1))
    assert [o.day for o in fired(again)] == [date(2024, 5, 2)]
    assert all(r.missed is None for r in again)


def test_a_changed_time_starts_afresh_without_firing_the_past() -> None:
    declared = declare_reminders(BERLIN, CHECK_IN_AT_NINE)
    engine, clock = started(declared, local(BERLIN, 2024, 5, 1, 10))
    clock.now = local(BERLIN, 2024, 5, 1, 11)
    moved = declare_reminders(BERLIN, ReminderSettings(check_in_on=True, check_in_at=time(8)))
    result = engine.tick(moved)
    assert result.changed and result.due == () and result.missed is None
    assert list(result.state.handled_through) == [moved[0].id]  # the old time is forgotten
    assert result.next_wake_utc == local(BERLIN, 2024, 5, 2, 8)


def test_weekly_and_once_reminders_the_person_makes() -> None:
    personal = [
        PersonalReminder("a", "call my sister", time(19), Repeat.WEEKLY, weekdays=(0, 3)),
        PersonalReminder("b", "renew the pass", time(10), Repeat.ONCE, on_day=date(2024, 5, 8)),
        PersonalReminder("c", "switched off", time(10), Repeat.DAILY, on=False),
    ]
    declared = declare_reminders(BERLIN, ReminderSettings(), personal)
    engine, clock = started(declared, local(BERLIN, 2024, 5, 1))  # a Wednesday
    results = walk(engine, clock, declared, local(BERLIN, 2024, 5, 14), timedelta(minutes=3))
    assert [(o.due_utc, o.detail) for o in fired(results)] == [
        (local(BERLIN, 2024, 5, 2, 19), "call my sister"),  # Thursday
        (local(BERLIN, 2024, 5, 6, 19), "call my sister"),  # Monday
        (local(BERLIN, 2024, 5, 8, 10), "renew the pass"),
        (local(BERLIN, 2024, 5, 9, 19), "call my sister"),
        (local(BERLIN, 2024, 5, 13, 19), "call my sister"),
    ]
    assert {o.kind for o in fired(results)} == {ReminderKind.PERSONAL}


def test_the_next_supervision_reminds_on_the_morning_of_that_day() -> None:
    wanted = ReminderSettings(supervision_on=True, next_supervision=date(2024, 6, 3))
    declared = declare_reminders(TOKYO, wanted)
    result = tick(declared, ReminderState(), local(TOKYO, 2024, 5, 1))
    assert result.next_wake_utc == local(TOKYO, 2024, 6, 3, 9)
    after = tick(declared, result.state, local(TOKYO, 2024, 6, 3, 9, 1))
    assert [o.kind for o in after.due] == [ReminderKind.SUPERVISION]
    assert tick(declared, after.state, local(TOKYO, 2024, 6, 4)).next_wake_utc is None


def test_the_next_wake_up_is_the_earliest_due_time() -> None:
    wanted = ReminderSettings(
        check_in_on=True, check_in_at=time(20), rest_days_on=True, rest_days=(5,)
    )
    declared = declare_reminders(BERLIN, wanted)
    result = tick(declared, ReminderState(), local(BERLIN, 2024, 5, 3, 21))  # Friday night
    assert result.next_wake_utc == local(BERLIN, 2024, 5, 4, 9)  # Saturday, a rest day


def test_wall_to_utc_finds_the_jump_in_a_half_hour_zone() -> None:
    zone = ZoneInfo("Australia/Lord_Howe")  # moves by 30 minutes, at 02:00 local
    moment = wall_to_utc(datetime(2024, 10, 6, 2, 15), zone)
    assert moment.astimezone(zone).replace(tzinfo=None) == datetime(2024, 10, 6, 2, 30)
