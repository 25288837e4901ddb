"""What the monthly report is made of, as plain data: the month, its days, and what of the
person's own plan they used that month (toolbox tools, signs noticed and their action plans)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.clock import in_zone
from companion.errors import InvalidEntry
from companion.journal.checkin import PLAN_LISTS_FOR_TAGS
from companion.plan.model import Plan
from companion.stats.trend_input import TrendInput

# The plan sections whose signs have action plans ("I must do", "I might do").
SIGN_SECTIONS = ("triggers", "warning_signs", "breaking_down")


def month_days(month: str) -> tuple[date, date]:
    """The first and last day of a month written "YYYY-MM" (InvalidEntry otherwise)."""
    try:
        year_text, month_text = month.split("-")
        if len(year_text) != 4 or len(month_text) != 2:
            raise ValueError(month)
        first = date(int(year_text), int(month_text), 1)
    except ValueError:
        raise InvalidEntry("--month", "a month like 2026-11 (YYYY-MM)") from None
    if not 1900 <= first.year <= 2999:
        raise InvalidEntry("--month", "a month from 1900 to 2999")
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def previous_month(today: date) -> str:
    """The month before the one `today` is in, as "YYYY-MM" (the report's default)."""
    last = today.replace(day=1) - timedelta(days=1)
    return f"{last.year:04d}-{last.month:02d}"


@dataclass(frozen=True, slots=True)
class TagPoint:
    """A plan tag on a check-in: its local day, kind (tool, trigger, warning, breaking), label
    and the plan entry it was picked from (None when typed freely)."""

    day: date
    kind: str
    label: str
    plan_entry_id: str | None = None


def tag_point(
    kind: str, label: str, plan_entry_id: str | None, at_utc: datetime, zone: str
) -> TagPoint:
    return TagPoint(in_zone(at_utc, zone).date(), kind, label, plan_entry_id)


@dataclass(frozen=True)
class SignsNoticed:
    """One plan section (triggers, early warning signs, breaking down): the heading as the
    person named it, the signs tagged that month with their number of days, and the section's
    action plan ("I must do", "I might do") in the person's own words."""

    section_key: str
    heading: str
    signs: tuple[tuple[str, int], ...]
    must_do: tuple[str, ...]
    might_do: tuple[str, ...]


@dataclass(frozen=True)
class PlanUse:
    """Toolbox tools used (label, days) and signs noticed with their action plans."""

    toolbox_heading: str
    tools: tuple[tuple[str, int], ...] = ()
    signs: tuple[SignsNoticed, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.tools and not self.signs


def _by_days(found: dict[str, set[date]]) -> tuple[tuple[str, int], ...]:
    return tuple(
        sorted(((label, len(days)) for label, days in found.items()), key=lambda p: (-p[1], p[0]))
    )


def _section_of(tag: TagPoint, plan: Plan) -> str | None:
    if tag.plan_entry_id is not None and (where := plan.find(tag.plan_entry_id)) is not None:
        return where[0]
    listed = PLAN_LISTS_FOR_TAGS.get(tag.kind)
    return None if listed is None else listed[0]


def _texts(plan: Plan, section_key: str, list_key: str) -> tuple[str, ...]:
    return tuple(
        text
        for entry in plan.entries(section_key, list_key)
        if (text := entry.text("text").strip())
    )


def plan_use(plan: Plan, tags: Sequence[TagPoint], language: str) -> PlanUse:
    """What of `plan` the `tags` show was used: each label counted once per day."""
    tools: dict[str, set[date]] = defaultdict(set)
    signs: dict[str, dict[str, set[date]]] = defaultdict(lambda: defaultdict(set))
    for tag in tags:
        section_key = _section_of(tag, plan)
        if section_key == "toolbox":
            tools[tag.label].add(tag.day)
        elif section_key in SIGN_SECTIONS:
            signs[section_key][tag.label].add(tag.day)
    return PlanUse(
        toolbox_heading=plan.heading("toolbox", language),
        tools=_by_days(tools),
        signs=tuple(
            SignsNoticed(
                section_key=key,
                heading=plan.heading(key, language),
                signs=_by_days(signs[key]),
                must_do=_texts(plan, key, "must_do"),
                might_do=_texts(plan, key, "might_do"),
            )
            for key in SIGN_SECTIONS
            if key in signs
        ),
    )


@dataclass(frozen=True)
class ReportSource:
    """Everything a monthly report is drawn from: the trends' data, the plan as it is now,
    the month's plan tags, and the month ("YYYY-MM")."""

    data: TrendInput
    plan: Plan
    month: str
    tags: tuple[TagPoint, ...] = field(default=())

    @property
    def days(self) -> tuple[date, date]:
        return month_days(self.month)

    def has_data(self) -> bool:
        """Whether anything at all was logged in the month (check-ins, contacts, talks)."""
        first, last = self.days
        return (
            any(first <= reading.day <= last for reading in self.data.readings)
            or any(first <= contact.day <= last for contact in self.data.contacts)
            or any(first <= talk.day <= last for talk in self.data.talks)
            or any(
                first <= review.monday + timedelta(days=6) and review.monday <= last
                for review in self.data.reviews
            )
        )
