"""The boundaries in numbers on hand-made contacts with known answers: ISO weeks across a year
boundary, local days across DST, several roles, the share outside hours, load against energy."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from companion.boundaries.log import HEAVY_LOAD as LOG_HEAVY_LOAD
from companion.boundaries.log import LOAD_SCALE
from companion.stats.boundaries import (
    HEAVY_LOAD,
    LOAD_STEPS,
    MAX_ROLES_SHOWN,
    ContactPoint,
    ReviewPoint,
    TalkPoint,
    boundary_review,
    contact_point,
    contacts_by_period,
    iso_week_text,
    load_against_energy,
    monday_of,
    monday_of_week,
    outside_share,
    roles_in,
)
from companion.stats.daily import Day


def point(day: date, role: str | None = "clinic", load: int = 2, **more: object) -> ContactPoint:
    return ContactPoint(day, role, more.pop("minutes", 30), load, **more)  # type: ignore[arg-type]


def energy_day(day: date, energy: float | None) -> Day:
    return Day(day, mood=0.5, energy=energy, sleep_hours=None, checkins=1)


def test_the_scale_matches_the_contact_log() -> None:
    assert LOAD_SCALE.steps == LOAD_STEPS
    assert HEAVY_LOAD == LOG_HEAVY_LOAD


def test_weeks_across_a_year_boundary_follow_iso_weeks() -> None:
    # 1 Jan 2027 is a Friday: it belongs to 2026's 53rd week, which starts on 28 Dec.
    assert monday_of(date(2027, 1, 1)) == date(2026, 12, 28)
    assert iso_week_text(date(2026, 12, 28)) == "2026-W53"
    assert monday_of_week("2026-W53") == date(2026, 12, 28)
    assert monday_of_week("2027-W01") == date(2027, 1, 4)
    points = [
        point(date(2026, 12, 28)),
        point(date(2027, 1, 1), outside_hours=True),
        point(date(2027, 1, 3), outside_hours=False),
        point(date(2027, 1, 4)),
        point(date(2027, 1, 20)),  # after the range: not counted
    ]
    weeks = contacts_by_period(points, date(2026, 12, 24), date(2027, 1, 10))
    assert [week.start for week in weeks] == [
        date(2026, 12, 21),
        date(2026, 12, 28),
        date(2027, 1, 4),
    ]
    assert [week.end for week in weeks] == [date(2026, 12, 27), date(2027, 1, 3), date(2027, 1, 10)]
    assert [week.total for week in weeks] == [0, 3, 1]
    assert (weeks[1].outside, weeks[1].known, weeks[1].outside_share) == (1, 2, 0.5)
    assert weeks[0].outside_share is None


def test_months_across_a_year_boundary() -> None:
    points = [point(date(2026, 12, 31)), point(date(2027, 1, 1)), point(date(2027, 2, 28))]
    months = contacts_by_period(points, date(2026, 12, 15), date(2027, 2, 28), "month")
    assert [(month.start, month.end, month.total) for month in months] == [
        (date(2026, 12, 1), date(2026, 12, 31), 1),
        (date(2027, 1, 1), date(2027, 1, 31), 1),
        (date(2027, 2, 1), date(2027, 2, 28), 1),
    ]


@pytest.mark.parametrize(
    ("moment", "zone", "day"),
    [
        # New York springs forward at 2:00 on 8 Mar 2026: 01:30 EST and 23:30 EDT that day.
        (datetime(2026, 3, 8, 6, 30, tzinfo=UTC), "America/New_York", date(2026, 3, 8)),
        (datetime(2026, 3, 9, 3, 30, tzinfo=UTC), "America/New_York", date(2026, 3, 8)),
        (datetime(2026, 3, 8, 4, 30, tzinfo=UTC), "America/New_York", date(2026, 3, 7)),
        # Berlin falls back at 3:00 on 25 Oct 2026: 02:30 happens twice, both on the 25th.
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "Europe/Berlin", date(2026, 10, 25)),
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "Europe/Berlin", date(2026, 10, 25)),
        (datetime(2026, 10, 25, 22, 59, tzinfo=UTC), "Europe/Berlin", date(2026, 10, 25)),
        (datetime(2026, 10, 25, 23, 0, tzinfo=UTC), "Europe/Berlin", date(2026, 10, 26)),
    ],
)
def test_a_contact_counts_on_its_local_day_across_dst(
    moment: datetime, zone: str, day: date
) -> None:
    found = contact_point(moment, zone, "phone line", 20, 3, True, True, False)
    assert found == ContactPoint(day, "phone line", 20, 3, True, True, False)


def test_sunday_night_after_dst_stays_in_its_week() -> None:
    # 23:30 on Sunday 8 Mar in New York is already Monday in UTC.
    moment = datetime(2026, 3, 8, 23, 30, tzinfo=ZoneInfo("America/New_York")).astimezone(UTC)
    found = contact_point(moment, "America/New_York", None, 20, 1, None)
    assert monday_of(found.day) == date(2026, 3, 2)


def test_several_roles_stack_most_contacts_first_and_fold_the_rest() -> None:
    day = date(2026, 11, 2)
    points = [point(day, "group")] * 3 + [point(day, "clinic")] * 3 + [point(day, None)] * 3
    points += [point(day, "phone")]
    assert roles_in(points) == ["clinic", "group", None, "phone"]
    week = contacts_by_period(points, day, day)[0]
    assert week.by_role == (3, 3, 3, 1)
    many = [point(day, f"role {n}") for n in range(MAX_ROLES_SHOWN + 2)]
    many += [point(day, "role 0")]
    roles = roles_in(many)
    assert len(roles) == MAX_ROLES_SHOWN and roles[0] == "role 0" and roles[-1] == ""
    week = contacts_by_period(many, day, day)[0]
    assert week.by_role[0] == 2 and week.by_role[-1] == 3 and week.total == len(many)


def test_outside_share_counts_only_contacts_whose_role_has_hours() -> None:
    day = date(2026, 11, 2)
    points = [
        point(day, outside_hours=True),
        point(day, outside_hours=False),
        point(day, outside_hours=False),
        point(day, outside_hours=None),
    ]
    assert outside_share(points) == (1, 3)
    assert outside_share([]) == (0, 0)


def test_load_against_energy_the_same_and_the_next_day() -> None:
    monday = date(2026, 11, 2)
    days = [
        energy_day(date(2026, 11, 2), 0.75),
        energy_day(date(2026, 11, 3), 0.25),
        energy_day(date(2026, 11, 4), 0.5),
        energy_day(date(2026, 11, 5), None),  # energy not recorded: left out, never zero
        energy_day(date(2026, 11, 7), 1.0),
    ]
    points = [
        point(monday, load=1),
        point(monday, load=4),  # the day's heaviest counts: 4
        point(date(2026, 11, 3), load=4),
        point(date(2026, 11, 4), load=2),
        point(date(2026, 11, 6), load=5),
        point(date(2026, 11, 9), load=1),  # neither that day nor the next has a check-in
    ]
    pairs = load_against_energy(points, days)
    assert pairs.same_day == {2: (0.5, 1), 4: (0.5, 2)}
    assert pairs.next_day == {4: (0.375, 2), 5: (1.0, 1)}
    heavy, light = pairs.heavy_and_light("next")
    assert heavy == (pytest.approx(1.75 / 3), 3)
    assert light is None
    assert pairs.heavy_and_light("same") == ((0.5, 2), (0.5, 1))
    assert point(monday, load=1).load_normalised == 0.0
    assert point(monday, load=5).load_normalised == 1.0


def test_boundary_review_of_a_month() -> None:
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    points = [
        point(date(2026, 10, 31), load=5),  # before the month
        point(date(2026, 11, 1), load=3, minutes=45, talked_through=True, outside_hours=True),
        point(date(2026, 11, 10), load=4, for_supervision=True, outside_hours=False),
        point(date(2026, 11, 30), load=1, minutes=15),
    ]
    talks = [TalkPoint(date(2026, 10, 30), "supervisor"), TalkPoint(date(2026, 11, 20), "group")]
    reviews = [
        ReviewPoint(date(2026, 10, 26), rested=True, talked_through="yes"),  # holds 1 Nov
        ReviewPoint(date(2026, 11, 9), rested=False, talked_through="not-yet"),
        ReviewPoint(date(2026, 12, 7), rested=True),
    ]
    review = boundary_review(points, talks, reviews, start, end)
    assert (review.contacts, review.minutes, review.outside, review.known) == (3, 90, 1, 2)
    assert (review.heavy, review.heavy_talked_through, review.for_supervision) == (2, 1, 1)
    assert [talk.day for talk in review.talks] == [date(2026, 11, 20)]
    assert [r.monday for r in review.reviews] == [date(2026, 10, 26), date(2026, 11, 9)]
    assert (review.rested_weeks, review.talked_through_weeks) == (1, 1)
    empty = boundary_review([], [], [], start, end)
    assert (empty.contacts, empty.known, empty.talks, empty.reviews) == (0, 0, (), ())
