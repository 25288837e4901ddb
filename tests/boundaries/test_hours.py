"""Windows in UTC: edges, midnight, days off, extra sessions, national holidays, DST, roles."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from companion.boundaries import (
    DAY_OFF,
    EXTRA_SESSION,
    HoursException,
    Role,
    default_holiday_country,
    is_within_hours,
    next_end,
    next_start,
    next_windows,
    parse_schedule,
    windows_between,
)
from companion.boundaries.roles import check_role, with_exception, without_exception
from companion.errors import InvalidEntry

TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def role(hours: str, zone: str = "Asia/Tokyo", **more) -> Role:
    return Role(name=more.pop("name", "role"), zone=zone, hours=parse_schedule(hours), **more)


def at(zone: ZoneInfo, *parts: int, fold: int = 0) -> datetime:
    return datetime(*parts, tzinfo=zone, fold=fold).astimezone(UTC)


def local_spans(found, zone: ZoneInfo) -> list[tuple[str, str]]:
    return [
        (w.start.astimezone(zone).isoformat(), w.end.astimezone(zone).isoformat()) for w in found
    ]


def test_inside_and_outside_at_the_window_edges() -> None:
    shifts = role("Mon-Fri 10:00-17:00")  # 2026-12-07 is a Monday
    assert not is_within_hours(at(TOKYO, 2026, 12, 7, 9, 59, 59), shifts)
    assert is_within_hours(at(TOKYO, 2026, 12, 7, 10, 0), shifts)  # the start is inside
    assert is_within_hours(at(TOKYO, 2026, 12, 7, 16, 59, 59), shifts)
    assert not is_within_hours(at(TOKYO, 2026, 12, 7, 17, 0), shifts)  # the end is not
    assert not is_within_hours(at(TOKYO, 2026, 12, 12, 12, 0), shifts)  # Saturday


def test_a_window_across_midnight_belongs_to_the_day_it_starts() -> None:
    night = role("Sat 22:00-02:00")  # 2026-12-12 is a Saturday
    assert is_within_hours(at(TOKYO, 2026, 12, 12, 23, 30), night)
    assert is_within_hours(at(TOKYO, 2026, 12, 13, 1, 59), night)  # Sunday morning
    assert not is_within_hours(at(TOKYO, 2026, 12, 13, 2, 0), night)
    assert not is_within_hours(at(TOKYO, 2026, 12, 12, 1, 0), night)  # Saturday morning: no
    # A day off on the Saturday takes the whole night off, Sunday morning included.
    resting = with_exception(night, HoursException(date(2026, 12, 12), DAY_OFF))
    assert not is_within_hours(at(TOKYO, 2026, 12, 13, 1, 0), resting)
    # A day off on the Sunday does not touch the Saturday night.
    sunday_off = with_exception(night, HoursException(date(2026, 12, 13), DAY_OFF))
    assert is_within_hours(at(TOKYO, 2026, 12, 13, 1, 0), sunday_off)


def test_windows_between_returns_whole_windows_that_overlap() -> None:
    night = role("Sat 22:00-02:00")
    found = windows_between([night], at(TOKYO, 2026, 12, 13, 1, 0), at(TOKYO, 2026, 12, 13, 1, 5))
    assert local_spans(found, TOKYO) == [("2026-12-12T22:00:00+09:00", "2026-12-13T02:00:00+09:00")]
    assert found[0].role is night and found[0] == (found[0].start, found[0].end, night)


def test_days_off_and_extra_sessions() -> None:
    shifts = role("Mon-Fri 10:00-17:00")
    changed = with_exception(shifts, HoursException(date(2026, 12, 8), DAY_OFF))
    changed = with_exception(
        changed, HoursException(date(2026, 12, 12), EXTRA_SESSION, time(13), time(15))
    )
    assert not is_within_hours(at(TOKYO, 2026, 12, 8, 12, 0), changed)
    assert is_within_hours(at(TOKYO, 2026, 12, 9, 12, 0), changed)
    assert is_within_hours(at(TOKYO, 2026, 12, 12, 13, 0), changed)
    assert not is_within_hours(at(TOKYO, 2026, 12, 12, 15, 0), changed)
    assert with_exception(changed, HoursException(date(2026, 12, 8), DAY_OFF)) == changed
    back = without_exception(changed, HoursException(date(2026, 12, 8), DAY_OFF))
    assert is_within_hours(at(TOKYO, 2026, 12, 8, 12, 0), back)
    with pytest.raises(InvalidEntry):
        without_exception(back, HoursException(date(2026, 12, 8), DAY_OFF))


def test_an_extra_session_on_a_day_off_still_happens() -> None:
    shifts = role("Mon-Fri 10:00-17:00")
    shifts = with_exception(shifts, HoursException(date(2026, 12, 8), DAY_OFF))
    shifts = with_exception(
        shifts, HoursException(date(2026, 12, 8), EXTRA_SESSION, time(18), time(19))
    )
    assert not is_within_hours(at(TOKYO, 2026, 12, 8, 12, 0), shifts)
    assert is_within_hours(at(TOKYO, 2026, 12, 8, 18, 30), shifts)


JAPANESE_HOLIDAYS_2026 = sorted(holidays.Japan(years=2026))


def test_japanese_national_holidays_are_off_where_the_role_says_so() -> None:
    assert date(2026, 5, 4) in JAPANESE_HOLIDAYS_2026  # みどりの日, a Monday
    assert date(2026, 5, 6) in JAPANESE_HOLIDAYS_2026  # 振替休日, a Wednesday
    shifts = role("Mon-Fri 10:00-17:00", holidays_off=True, holiday_country="JP")
    group = role("Mon-Fri 10:00-17:00", holiday_country="JP")  # meets on holidays
    for day in JAPANESE_HOLIDAYS_2026:
        noon = at(TOKYO, day.year, day.month, day.day, 12, 0)
        assert not is_within_hours(noon, shifts)
        assert is_within_hours(noon, group) == (day.weekday() < 5)
    assert is_within_hours(at(TOKYO, 2026, 5, 7, 12, 0), shifts)  # the Thursday after
    golden_week = windows_between(
        [shifts], at(TOKYO, 2026, 5, 1, 0, 0), at(TOKYO, 2026, 5, 11, 0, 0)
    )
    assert [w.start.astimezone(TOKYO).day for w in golden_week] == [1, 7, 8]


def test_an_extra_session_on_a_holiday_happens() -> None:
    shifts = role("Mon-Fri 10:00-17:00", holidays_off=True, holiday_country="JP")
    shifts = with_exception(
        shifts, HoursException(date(2026, 5, 4), EXTRA_SESSION, time(10), time(12))
    )
    assert is_within_hours(at(TOKYO, 2026, 5, 4, 11, 0), shifts)


def test_a_holiday_on_the_day_a_night_window_starts_takes_the_night_off() -> None:
    # 2026-11-22 (Sunday) is no holiday; 2026-11-23 (Monday) is 勤労感謝の日.
    night = role("Sun,Mon 22:00-02:00", holidays_off=True, holiday_country="JP")
    assert is_within_hours(at(TOKYO, 2026, 11, 23, 1, 0), night)  # Sunday's night
    assert not is_within_hours(at(TOKYO, 2026, 11, 23, 23, 0), night)  # Monday's: a holiday


# --- DST: Berlin springs forward 2026-03-29 02:00 -> 03:00, falls back 2026-10-25 03:00 -> 02:00;
# New York 2026-03-08 02:00 -> 03:00 and 2026-11-01 02:00 -> 01:00.


@pytest.mark.parametrize(
    ("zone", "spring", "autumn"),
    [
        ("Europe/Berlin", date(2026, 3, 29), date(2026, 10, 25)),
        ("America/New_York", date(2026, 3, 8), date(2026, 11, 1)),
    ],
)
def test_a_window_over_the_clock_change_happens_once_each_day(zone, spring, autumn) -> None:
    early = role("daily 01:30-03:30", zone=zone)
    local = ZoneInfo(zone)
    for day, hours in ((spring, 1), (autumn, 3)):
        found = windows_between(
            [early],
            datetime.combine(day, time(0), tzinfo=local).astimezone(UTC),
            datetime.combine(day, time(23), tzinfo=local).astimezone(UTC),
        )
        assert len(found) == 1  # no double, no gap
        (window,) = found
        assert window.end - window.start == timedelta(hours=hours)
        assert window.start.astimezone(local).time() == time(1, 30)
        assert window.end.astimezone(local).time() == time(3, 30)


def test_a_time_the_clocks_skip_is_read_as_rfc_5545_does() -> None:
    # 02:30 does not exist in Berlin on 2026-03-29: it means 03:30 (the offset from before).
    skipped = role("Sun 02:30-05:00", zone="Europe/Berlin")
    (window,) = windows_between(
        [skipped], at(BERLIN, 2026, 3, 29, 0, 0), at(BERLIN, 2026, 3, 29, 23, 0)
    )
    assert window.start.astimezone(BERLIN).isoformat() == "2026-03-29T03:30:00+02:00"
    assert window.end.astimezone(BERLIN).isoformat() == "2026-03-29T05:00:00+02:00"
    # A window that would end before it starts does not happen that day; no crash.
    vanishing = role("Sun 02:30-03:10", zone="Europe/Berlin")
    assert windows_between([vanishing], at(BERLIN, 2026, 3, 29), at(BERLIN, 2026, 3, 30)) == []
    assert len(windows_between([vanishing], at(BERLIN, 2026, 3, 22), at(BERLIN, 2026, 3, 23))) == 1


def test_a_repeated_time_means_the_first_one() -> None:
    # 01:30 happens twice in New York on 2026-11-01; a window 01:00-01:45 is the first one.
    repeated = role("Sun 01:00-01:45", zone="America/New_York")
    (window,) = windows_between(
        [repeated], at(NEW_YORK, 2026, 11, 1, 0, 0), at(NEW_YORK, 2026, 11, 1, 23, 0)
    )
    assert window.start == at(NEW_YORK, 2026, 11, 1, 1, 0)
    assert window.end - window.start == timedelta(minutes=45)
    assert is_within_hours(at(NEW_YORK, 2026, 11, 1, 1, 30, fold=0), repeated)
    assert not is_within_hours(at(NEW_YORK, 2026, 11, 1, 1, 30, fold=1), repeated)


def test_hours_are_the_wall_clock_across_dst() -> None:
    evening = role("Wed 19:00-21:00", zone="Europe/Berlin")
    winter = windows_between([evening], at(BERLIN, 2026, 3, 25), at(BERLIN, 2026, 3, 26))
    summer = windows_between([evening], at(BERLIN, 2026, 4, 1), at(BERLIN, 2026, 4, 2))
    assert winter[0].start.hour == 18 and summer[0].start.hour == 17  # UTC
    assert [w.start.astimezone(BERLIN).hour for w in winter + summer] == [19, 19]


def test_several_roles_stay_apart_and_come_in_order() -> None:
    shifts = role("Mon-Fri 10:00-17:00", name="staff")
    group = role("2nd,4th Sat 14:00-16:00", name="group")
    phone = role("Wed 16:00-21:00", name="phone")
    found = windows_between([shifts, group, phone], at(TOKYO, 2026, 12, 7), at(TOKYO, 2026, 12, 14))
    assert [w.role.name for w in found] == [
        "staff",
        "staff",
        "staff",
        "phone",
        "staff",
        "staff",
        "group",
    ]
    wednesday_four = at(TOKYO, 2026, 12, 9, 16, 30)
    assert is_within_hours(wednesday_four, shifts) and is_within_hours(wednesday_four, phone)
    assert not is_within_hours(wednesday_four, group)
    assert is_within_hours(at(TOKYO, 2026, 12, 12, 15, 0), group)  # the 2nd Saturday
    assert not is_within_hours(at(TOKYO, 2026, 12, 19, 15, 0), group)  # the 3rd


def test_every_other_week_counts_from_the_week_of_its_start() -> None:
    phone = role("every other Wed 19:00-21:00 from 2026-12-02")
    found = windows_between([phone], at(TOKYO, 2026, 11, 1), at(TOKYO, 2027, 1, 10))
    assert [w.start.astimezone(TOKYO).date().isoformat() for w in found] == [
        "2026-12-02",
        "2026-12-16",
        "2026-12-30",
    ]


def test_touching_windows_of_one_role_are_one_stretch() -> None:
    late = role("Sat 22:00-24:00, Sun 00:00-02:00")
    found = windows_between([late], at(TOKYO, 2026, 12, 12), at(TOKYO, 2026, 12, 14))
    assert local_spans(found, TOKYO) == [("2026-12-12T22:00:00+09:00", "2026-12-13T02:00:00+09:00")]
    assert next_end(late, at(TOKYO, 2026, 12, 12, 23, 0)) == at(TOKYO, 2026, 12, 13, 2, 0)


def test_next_start_and_end() -> None:
    shifts = role("Mon-Fri 10:00-17:00", holidays_off=True, holiday_country="JP")
    friday_noon = at(TOKYO, 2026, 5, 1, 12, 0)
    assert next_end(shifts, friday_noon) == at(TOKYO, 2026, 5, 1, 17, 0)
    assert next_start(shifts, friday_noon) == at(TOKYO, 2026, 5, 7, 10, 0)  # after Golden Week
    assert next_start(shifts, at(TOKYO, 2026, 5, 7, 10, 0)) == at(TOKYO, 2026, 5, 8, 10, 0)
    assert next_end(shifts, at(TOKYO, 2026, 5, 1, 17, 0)) == at(TOKYO, 2026, 5, 7, 17, 0)
    assert next_start(role(""), friday_noon) is None and next_end(role(""), friday_noon) is None
    upcoming = next_windows([shifts], friday_noon, 3)
    assert [w.start for w in upcoming] == [
        at(TOKYO, 2026, 5, 1, 10, 0),
        at(TOKYO, 2026, 5, 7, 10, 0),
        at(TOKYO, 2026, 5, 8, 10, 0),
    ]


def test_a_role_in_another_zone_keeps_its_own_wall_clock() -> None:
    berlin = role("Mon 09:00-10:00", zone="Europe/Berlin")
    assert is_within_hours(at(BERLIN, 2026, 12, 7, 9, 30), berlin)
    assert not is_within_hours(at(TOKYO, 2026, 12, 7, 9, 30), berlin)


def test_the_holiday_country_follows_the_language_or_locale() -> None:
    assert default_holiday_country("ja", "en_US.UTF-8") == "JP"
    assert default_holiday_country("en", "de_DE.UTF-8") == "DE"
    assert default_holiday_country("en", "C.UTF-8") is None
    assert default_holiday_country("en", None) is None


def test_role_checks_name_the_field_never_the_name() -> None:
    with pytest.raises(InvalidEntry, match="holidays: taking national holidays off"):
        check_role(role("Mon 10:00-11:00", holidays_off=True))
    with pytest.raises(InvalidEntry, match="country"):
        check_role(role("Mon 10:00-11:00", holiday_country="XX"))
    with pytest.raises(InvalidEntry) as refused:
        check_role(role("Mon 10:00-11:00", name="Clinic Sakura " * 20))
    assert "Sakura" not in str(refused.value)
    with pytest.raises(InvalidEntry, match="kind"):
        check_role(role("Mon 10:00-11:00", kind="boss"))
