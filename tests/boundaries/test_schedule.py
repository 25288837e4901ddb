"""The hours syntax: good and bad schedules, messages naming the part, canonical text."""

from __future__ import annotations

import contextlib
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.boundaries.schedule import (
    LAST,
    Rule,
    Schedule,
    ScheduleError,
    parse_schedule,
    parse_window,
    schedule_text,
)
from companion.errors import InvalidEntry


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        (
            "Mon-Fri 10:00-17:00, Sat 22:00-02:00, 2nd,4th Sat 14:00-16:00",
            "Mon-Fri 10:00-17:00, Sat 22:00-02:00, 2nd,4th Sat 14:00-16:00",
        ),
        ("monday, wednesday 9:00-12:30", "Mon,Wed 09:00-12:30"),
        ("Mon,Wed 9:00-12:30; fri 13:00-14:00", "Mon,Wed 09:00-12:30, Fri 13:00-14:00"),
        ("Fri-Mon 09:00-10:00", "Mon,Fri-Sun 09:00-10:00"),
        ("Sat,Sun 10:00-11:00", "Sat,Sun 10:00-11:00"),
        ("last Sun 10:00-11:00", "last Sun 10:00-11:00"),
        ("1st, last Fri 18:00-20:00", "1st,last Fri 18:00-20:00"),
        ("daily 22:00-00:00", "daily 22:00-24:00"),
        ("Mon 00:00-24:00", "Mon 00:00-24:00"),
        (
            "every other Wed 19:00-21:00 from 2026-12-02",
            "every other Wed 19:00-21:00 from 2026-12-02",
        ),
        ("Tue 10:00-11:00 from 2027-01-05", "Tue 10:00-11:00 from 2027-01-05"),
        ("月-金 10:00〜17:00、土 22:00～02:00", "Mon-Fri 10:00-17:00, Sat 22:00-02:00"),
        ("第2・第4土曜 14:00-16:00", "2nd,4th Sat 14:00-16:00"),
        ("第2,4土曜日 14:00-16:00", "2nd,4th Sat 14:00-16:00"),
        ("隔週水 19:00-21:00 2026-12-02から", "every other Wed 19:00-21:00 from 2026-12-02"),
        ("毎日 ０７：００－０８：００", "daily 07:00-08:00"),
        ("", ""),
    ],
)
def test_good_schedules_and_their_canonical_text(written: str, canonical: str) -> None:
    schedule = parse_schedule(written)
    assert schedule.text == canonical
    assert parse_schedule(canonical) == schedule


def test_the_example_from_the_issue_means_what_it_says() -> None:
    weekdays, saturday_night, group = parse_schedule(
        "Mon-Fri 10:00-17:00, Sat 22:00-02:00, 2nd,4th Sat 14:00-16:00"
    ).rules
    assert weekdays == Rule((0, 1, 2, 3, 4), time(10), time(17))
    assert saturday_night.crosses_midnight and saturday_night.weekdays == (5,)
    assert group.weeks_of_month == (2, 4) and group.rfc5545 == "FREQ=MONTHLY;BYDAY=2SA,4SA"
    assert weekdays.rfc5545 == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "Mon-Fri 10:00-17:00, Sta 22:00-02:00",
            "part 2 'Sta 22:00-02:00': 'Sta' is not a weekday",
        ),
        ("Mon 25:00-26:00", "part 1 'Mon 25:00-26:00': '25:00' is not a time of day"),
        ("Mon 10:00-10:60", "'10:60' is not a time of day"),
        ("Mon", "part 1 'Mon': no times (HH:MM-HH:MM)"),
        ("10:00-12:00", "no weekday before the times"),
        ("Mon 10:00-10:00", "the window starts and ends at the same time"),
        ("Mon 00:00-00:00", "the window starts and ends at the same time"),
        ("Mon 10:00-11:00 12:00-13:00", "one time range per part"),
        ("Mon 10:00-11:00 please", "'please' after the times is not understood"),
        ("6th Sat 10:00-11:00", "'6th' is not a week of the month (1st to 5th, or last)"),
        ("Sat 2nd 10:00-11:00", "'2nd' must come before the weekdays"),
        ("Sat- 10:00-11:00", "a range of weekdays needs a weekday after the dash"),
        ("-Sat 10:00-11:00", "'-' needs a weekday on each side"),
        ("every other Wed 10:00-11:00", "'every other' needs a start: add 'from YYYY-MM-DD'"),
        (
            "every other 2nd Wed 10:00-11:00 from 2026-12-02",
            "'every other' cannot be combined with weeks of the month",
        ),
        ("Mon 10:00-11:00 from 2026-02-30", "'2026-02-30' is not a date (YYYY-MM-DD)"),
        ("Mon 10:00-11:00 from 1800-01-01", "'1800-01-01' must be between"),
        ("2nd daily 10:00-11:00", "weeks of the month need some weekdays, not all seven"),
        ("Mon daily 10:00-11:00", "'daily' already means every day"),
    ],
)
def test_bad_schedules_are_refused_naming_the_part(written: str, message: str) -> None:
    with pytest.raises(ScheduleError) as refused:
        parse_schedule(written)
    assert message in str(refused.value)
    assert isinstance(refused.value, InvalidEntry) and refused.value.field == "hours"


def test_too_long_or_too_many_parts_is_refused_without_quoting() -> None:
    with pytest.raises(ScheduleError, match="at most 2,000 characters"):
        parse_schedule("Mon 10:00-11:00, " * 200)
    with pytest.raises(ScheduleError, match="at most 50 parts"):
        parse_schedule(", ".join(["Mon 10:00-11:00"] * 51))
    with pytest.raises(ScheduleError, match="not valid text"):
        parse_schedule("Mon 10:00-11:00 \ud800")


def test_an_extra_sessions_times() -> None:
    assert parse_window("9:00-12:00") == (time(9), time(12))
    assert parse_window("22:00-24:00") == (time(22), time(0))
    for bad in ("9-12", "10:00-10:00", "25:00-26:00"):
        with pytest.raises(ScheduleError):
            parse_window(bad)


def test_describe_reads_as_a_sentence() -> None:
    rules = parse_schedule(
        "Mon-Fri 10:00-17:00, Sat 22:00-02:00, 2nd,4th Sat 14:00-16:00, "
        "every other Wed 19:00-21:00 from 2026-12-02, daily 07:00-08:00"
    ).rules
    assert [rule.describe() for rule in rules] == [
        "every Monday to Friday, 10:00 to 17:00",
        "every Saturday, 22:00 to 02:00 the next day",
        "the second and fourth Saturday of the month, 14:00 to 16:00",
        "every other week on Wednesday, 19:00 to 21:00, from 2026-12-02",
        "every day, 07:00 to 08:00",
    ]


times = st.builds(time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def rules(draw: st.DrawFn) -> Rule:
    weekdays = tuple(sorted(draw(st.sets(st.integers(0, 6), min_size=1))))
    start = draw(times)
    end = draw(times.filter(lambda end: end != start or end == time(0)))
    kind = draw(st.sampled_from(["weekly", "monthly", "every other"]))
    starting = draw(st.none() | st.dates(date(1900, 1, 1), date(2999, 12, 31)))
    if kind == "monthly" and len(weekdays) < 7:
        weeks = draw(st.sets(st.sampled_from([1, 2, 3, 4, 5, LAST]), min_size=1))
        ordered = tuple(sorted(weeks, key=lambda week: (week == LAST, week)))
        return Rule(weekdays, start, end, weeks_of_month=ordered, starting=starting)
    if kind == "every other":
        starting = draw(st.dates(date(1900, 1, 1), date(2999, 12, 31)))
        return Rule(weekdays, start, end, every_other_week=True, starting=starting)
    return Rule(weekdays, start, end, starting=starting)


@given(st.lists(rules(), max_size=8))
def test_the_canonical_text_reads_back_as_the_same_schedule(drawn: list[Rule]) -> None:
    schedule = Schedule(tuple(drawn))
    again = parse_schedule(schedule.text)
    assert again == schedule
    assert again.text == schedule.text


@given(st.lists(rules(), max_size=8))
def test_the_japanese_canonical_text_reads_back_as_the_same_schedule(drawn: list[Rule]) -> None:
    schedule = Schedule(tuple(drawn))
    japanese = schedule_text(schedule, "ja")
    assert parse_schedule(japanese) == schedule
    assert schedule_text(parse_schedule(japanese), "ja") == japanese
    assert schedule_text(schedule, "en") == schedule.text


@pytest.mark.parametrize(
    ("typed", "japanese", "english"),
    [
        ("月-金 10:00-17:00", "月〜金 10:00-17:00", "Mon-Fri 10:00-17:00"),
        (
            "第２・第４土曜日 14:00～16:00、土 22:00-02:00",
            "第2・第4土 14:00-16:00、土 22:00-02:00",
            "2nd,4th Sat 14:00-16:00, Sat 22:00-02:00",
        ),
        (
            "隔週の水曜 19:00-21:00 2026-12-02から; 毎日 7:00-8:00",
            "隔週水 19:00-21:00 2026-12-02から、毎日 07:00-08:00",
            "every other Wed 19:00-21:00 from 2026-12-02, daily 07:00-08:00",
        ),
        ("Mon,Wed,Fri-Sun 9:00-24:00", "月・水・金〜日 09:00-24:00", "Mon,Wed,Fri-Sun 09:00-24:00"),
        ("2nd,last Sat 10:00-12:00", "第2・最終土 10:00-12:00", "2nd,last Sat 10:00-12:00"),
    ],
)
def test_the_canonical_text_in_each_language(typed: str, japanese: str, english: str) -> None:
    schedule = parse_schedule(typed)
    assert schedule_text(schedule, "ja") == japanese
    assert schedule_text(schedule, "en") == english == schedule.text


@given(st.text(max_size=60))
def test_any_text_is_read_or_refused_never_a_crash(text: str) -> None:
    with contextlib.suppress(ScheduleError):
        parse_schedule(text)
