"""The load of supporting others in numbers: contacts per week by role, outside hours, load
against energy, supervision talks and weekly reviews (never a score, never a name)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from companion.clock import in_zone
from companion.stats.daily import Day

LOAD_STEPS = 5  # companion.boundaries.log.LOAD_SCALE (a test keeps them equal)
HEAVY_LOAD = 3  # companion.boundaries.log.HEAVY_LOAD
MAX_ROLES_SHOWN = 6  # more roles than this share one "other roles" bar


@dataclass(frozen=True, slots=True)
class ContactPoint:
    """One contact as the charts see it: its local day, role name (None: no role), length,
    load step, whether it lay outside the role's hours (None: not known) and whether it was
    meant for, or talked through in, supervision. No alias, no reflection."""

    day: date
    role: str | None
    minutes: int
    load: int
    outside_hours: bool | None = None
    for_supervision: bool = False
    talked_through: bool = False

    @property
    def load_normalised(self) -> float:
        return (self.load - 1) / (LOAD_STEPS - 1)


@dataclass(frozen=True, slots=True)
class TalkPoint:
    """A supervision or consultation talk: its day and with whom (a role, never a name)."""

    day: date
    with_whom: str


@dataclass(frozen=True, slots=True)
class ReviewPoint:
    """What a weekly review says without its words: the week's Monday, whether rest was taken,
    whether heavy contacts were talked through (a TALKED_THROUGH key) and energy after
    supporting others (a step of 1 to 5)."""

    monday: date
    rested: bool | None = None
    talked_through: str | None = None
    energy: int | None = None


def contact_point(
    at_utc: datetime,
    zone: str,
    role: str | None,
    minutes: int,
    load: int,
    outside_hours: bool | None,
    for_supervision: bool = False,
    talked_through: bool = False,
) -> ContactPoint:
    """A contact point from stored columns; its day is the wall-clock day where it happened."""
    day = in_zone(at_utc, zone).date()
    return ContactPoint(day, role, minutes, load, outside_hours, for_supervision, talked_through)


def monday_of(day: date) -> date:
    """The Monday of `day`'s ISO week (so 1 Jan 2027, a Friday, belongs to 28 Dec 2026)."""
    return day - timedelta(days=day.weekday())


def iso_week_text(monday: date) -> str:
    """ "2026-W53": the ISO week as the weekly review names it."""
    year, week, _ = monday.isocalendar()
    return f"{year:04d}-W{week:02d}"


def monday_of_week(week: str) -> date:
    """The Monday of an ISO week named like "2026-W53"."""
    year_text, week_text = week.split("-W")
    return date.fromisocalendar(int(year_text), int(week_text), 1)


def in_range(points: Iterable[ContactPoint], start: date, end: date) -> list[ContactPoint]:
    """The contacts from `start` to `end`, both included."""
    return [point for point in points if start <= point.day <= end]


@dataclass(frozen=True)
class ContactPeriod:
    """An ISO week or a calendar month from `start` to `end` (both included): contacts by
    role (in the order of `roles_in`), how many lay outside activity hours, and of how many
    that is known."""

    start: date
    end: date
    by_role: tuple[int, ...]
    outside: int
    known: int
    minutes: int

    @property
    def total(self) -> int:
        return sum(self.by_role)

    @property
    def outside_share(self) -> float | None:
        return self.outside / self.known if self.known else None


def roles_in(points: Sequence[ContactPoint]) -> list[str | None]:
    """The roles, most contacts first (ties by name, "no role" last); beyond
    MAX_ROLES_SHOWN the rest share one bar, named "" ("other roles")."""
    counts = Counter(point.role for point in points)
    ordered = sorted(counts, key=lambda role: (-counts[role], role is None, role or ""))
    if len(ordered) > MAX_ROLES_SHOWN:
        return [*ordered[: MAX_ROLES_SHOWN - 1], ""]
    return ordered


def role_key(role: str | None, roles: Sequence[str | None]) -> str | None:
    """The bar a contact of `role` is counted in."""
    return role if role in roles else ""


def period_start(day: date, unit: str) -> date:
    """The Monday of `day`'s ISO week ("week") or the first of its month ("month")."""
    return monday_of(day) if unit == "week" else day.replace(day=1)


def _next_start(start: date, unit: str) -> date:
    if unit == "week":
        return start + timedelta(days=7)
    return (start + timedelta(days=32)).replace(day=1)


def contacts_by_period(
    points: Sequence[ContactPoint], start: date, end: date, unit: str = "week"
) -> list[ContactPeriod]:
    """Every ISO week ("week") or month ("month") touching `start`..`end`, periods without
    contacts too (as zeros), with only the contacts inside the range counted."""
    chosen = in_range(points, start, end)
    roles = roles_in(chosen)
    grouped: dict[date, list[ContactPoint]] = defaultdict(list)
    for point in chosen:
        grouped[period_start(point.day, unit)].append(point)
    periods: list[ContactPeriod] = []
    first = period_start(start, unit)
    while first <= end:
        following = _next_start(first, unit)
        found = grouped.get(first, [])
        counts = Counter(role_key(point.role, roles) for point in found)
        periods.append(
            ContactPeriod(
                start=first,
                end=following - timedelta(days=1),
                by_role=tuple(counts.get(role, 0) for role in roles),
                outside=sum(point.outside_hours is True for point in found),
                known=sum(point.outside_hours is not None for point in found),
                minutes=sum(point.minutes for point in found),
            )
        )
        first = following
    return periods


def outside_share(points: Sequence[ContactPoint]) -> tuple[int, int]:
    """(contacts outside activity hours, contacts whose role has hours at all)."""
    return (
        sum(point.outside_hours is True for point in points),
        sum(point.outside_hours is not None for point in points),
    )


@dataclass(frozen=True)
class LoadEnergy:
    """Mean energy (normalised) on the day of contacts and on the day after, by the day's
    heaviest load step: `same_day[step]` and `next_day[step]` are (mean, days)."""

    same_day: dict[int, tuple[float, int]]
    next_day: dict[int, tuple[float, int]]

    def pairs(self, which: str) -> dict[int, tuple[float, int]]:
        return self.same_day if which == "same" else self.next_day

    def heavy_and_light(
        self, which: str
    ) -> tuple[tuple[float, int] | None, tuple[float, int] | None]:
        """(mean energy after heavy days, after light days), each with its number of days."""
        pairs = self.pairs(which)
        return _pooled(pairs, range(HEAVY_LOAD, LOAD_STEPS + 1)), _pooled(
            pairs, range(1, HEAVY_LOAD)
        )


def _pooled(pairs: dict[int, tuple[float, int]], steps: Iterable[int]) -> tuple[float, int] | None:
    chosen = [pairs[step] for step in steps if step in pairs]
    days = sum(count for _, count in chosen)
    if not days:
        return None
    return sum(mean * count for mean, count in chosen) / days, days


def load_against_energy(points: Sequence[ContactPoint], days: Sequence[Day]) -> LoadEnergy:
    """For each day with contacts, its heaviest load step against that day's mean energy and
    the next day's (days without a check-in or without energy are left out, not zero)."""
    energy = {day.day: day.energy for day in days if day.energy is not None}
    heaviest: dict[date, int] = {}
    for point in points:
        heaviest[point.day] = max(point.load, heaviest.get(point.day, 0))
    same: dict[int, list[float]] = defaultdict(list)
    following: dict[int, list[float]] = defaultdict(list)
    for day, load in heaviest.items():
        if (value := energy.get(day)) is not None:
            same[load].append(value)
        if (value := energy.get(day + timedelta(days=1))) is not None:
            following[load].append(value)
    return LoadEnergy(_means(same), _means(following))


def _means(values: dict[int, list[float]]) -> dict[int, tuple[float, int]]:
    return {step: (sum(found) / len(found), len(found)) for step, found in sorted(values.items())}


@dataclass(frozen=True)
class BoundaryReview:
    """A period's boundaries in numbers, for the summary and the monthly report."""

    contacts: int
    minutes: int
    outside: int
    known: int
    heavy: int
    heavy_talked_through: int
    for_supervision: int
    talks: tuple[TalkPoint, ...]
    reviews: tuple[ReviewPoint, ...]

    @property
    def rested_weeks(self) -> int:
        return sum(review.rested is True for review in self.reviews)

    @property
    def talked_through_weeks(self) -> int:
        return sum(review.talked_through in ("yes", "partly") for review in self.reviews)


def boundary_review(
    points: Sequence[ContactPoint],
    talks: Sequence[TalkPoint],
    reviews: Sequence[ReviewPoint],
    start: date,
    end: date,
) -> BoundaryReview:
    """The contacts, talks and reviews (by their week's Monday) from `start` to `end`."""
    chosen = in_range(points, start, end)
    outside, known = outside_share(chosen)
    heavy = [point for point in chosen if point.load >= HEAVY_LOAD]
    return BoundaryReview(
        contacts=len(chosen),
        minutes=sum(point.minutes for point in chosen),
        outside=outside,
        known=known,
        heavy=len(heavy),
        heavy_talked_through=sum(point.talked_through for point in heavy),
        for_supervision=sum(point.for_supervision for point in chosen),
        talks=tuple(talk for talk in talks if start <= talk.day <= end),
        reviews=tuple(review for review in reviews if monday_of(start) <= review.monday <= end),
    )
