"""The supporter's own log: contacts (about their load and boundaries, never about the person
supported), supervision and consultation talks, and a weekly look back in their own words.

Confidentiality (守秘義務): no field asks for a name; the alias is optional and is meant to be
made up; nothing identifying is required anywhere. No score, no streaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from companion.clock import in_zone
from companion.errors import InvalidEntry
from companion.journal.scales import SCALES, Scale, StepName
from companion.limits import (
    MAX_ALIAS_CHARS,
    MAX_CONTACT_MINUTES,
    MAX_LINKED_CONTACTS,
    MAX_REFLECTION_CHARS,
    MAX_REVIEW_TEXT_CHARS,
    MAX_SUPERVISION_TEXT_CHARS,
    MAX_ZONE_CHARS,
    check_moment,
    check_text,
)

CHANNELS = ("in-person", "phone", "message", "online")
# Flags a person may set on a contact: money was asked for; I was drawn in too deep; someone may
# be at risk; I carried it alone.
FLAGS = ("money", "too-deep", "at-risk", "alone")
PRESSURE = "pressure"  # a rule came under pressure
BROKEN = "broken"  # a rule was broken
RULE_MARKS = (PRESSURE, BROKEN)
WITH_WHOM = ("supervisor", "fellow-supporter", "professional", "group", "other")
HELD = "held"
NOT_APPLICABLE = "not-applicable"
RULE_OUTCOMES = (HELD, PRESSURE, NOT_APPLICABLE)  # per rule in a weekly review
TALKED_THROUGH = ("yes", "partly", "not-yet", "no-heavy-contacts")

LOAD_SCALE = Scale(
    "load",
    5,
    (
        StepName("Light", "軽い"),
        StepName("A little heavy", "少し重い"),
        StepName("Heavy", "重い"),
        StepName("Very heavy", "とても重い"),
        StepName("Too heavy to hold alone", "一人では抱えきれない"),
    ),
)
"""How heavy a contact felt to the supporter; step 1 is the lightest. Named, never scored."""
ENERGY_AFTER_SCALE = SCALES[("energy", 5)]
"""Energy after supporting others: the journal's five-step energy scale."""
HEAVY_LOAD = 3  # from this step on, a contact counts as heavy for the weekly review


@dataclass(frozen=True)
class RuleMark:
    """A rule that came under pressure or was broken in a contact."""

    rule_id: int
    how: str  # PRESSURE or BROKEN


@dataclass(frozen=True)
class Contact:
    """One contact, as it was for the supporter. `outside_hours` is worked out by the service
    from the role's hours when saved (None: no role, or a role without hours)."""

    at: datetime  # aware UTC
    zone: str
    minutes: int
    channel: str
    load: int  # a step of LOAD_SCALE
    role_id: int | None = None
    alias: str = ""
    rules: tuple[RuleMark, ...] = ()
    flags: tuple[str, ...] = ()
    reflection: str = ""
    for_supervision: bool = False
    outside_hours: bool | None = None
    supervision_id: int | None = None  # the talk in which it was talked through
    id: int | None = None

    @property
    def talked_through(self) -> bool:
        return self.supervision_id is not None

    def local_time(self) -> datetime:
        return in_zone(self.at, self.zone)


def check_contact(contact: Contact, now: datetime | None = None) -> Contact:
    """`contact` if every field is within the limits, else InvalidEntry naming the field
    (never what was written)."""
    if not contact.zone or len(contact.zone) > MAX_ZONE_CHARS:
        raise InvalidEntry("zone", "not a time zone")
    if contact.at.tzinfo is None:
        raise InvalidEntry("at", "needs a time zone")
    check_moment(contact.at, contact.zone, "at", now)
    if isinstance(contact.minutes, bool) or not 1 <= contact.minutes <= MAX_CONTACT_MINUTES:
        raise InvalidEntry("minutes", f"from 1 to {MAX_CONTACT_MINUTES:,}")
    if contact.channel not in CHANNELS:
        raise InvalidEntry("channel", f"one of {', '.join(CHANNELS)}")
    if isinstance(contact.load, bool) or not 1 <= contact.load <= LOAD_SCALE.steps:
        raise InvalidEntry("load", f"from 1 to {LOAD_SCALE.steps}")
    check_text(contact.alias, "alias", MAX_ALIAS_CHARS)
    check_text(contact.reflection, "reflection", MAX_REFLECTION_CHARS)
    for flag in contact.flags:
        if flag not in FLAGS:
            raise InvalidEntry("flag", f"one of {', '.join(FLAGS)}")
    if len(set(contact.flags)) != len(contact.flags):
        raise InvalidEntry("flag", "each flag once")
    for mark in contact.rules:
        if mark.how not in RULE_MARKS:
            raise InvalidEntry("rule", f"one of {', '.join(RULE_MARKS)}")
    if len({mark.rule_id for mark in contact.rules}) != len(contact.rules):
        raise InvalidEntry("rule", "each rule once")
    return contact


@dataclass(frozen=True)
class SupervisionTalk:
    """A talk with a supervisor, a fellow supporter or a professional (a role, not a name)."""

    day: date
    with_whom: str  # one of WITH_WHOM
    topics: str = ""  # in the person's own words
    try_next: str = ""  # what I will try next
    next_day: date | None = None  # becomes the supervision reminder
    contact_ids: tuple[int, ...] = ()  # contacts talked through here
    id: int | None = None


def check_talk(talk: SupervisionTalk) -> SupervisionTalk:
    if not date(1900, 1, 1) <= talk.day <= date(2999, 12, 31):
        raise InvalidEntry("date", "not a date Companion keeps")
    if talk.next_day is not None and not talk.day <= talk.next_day <= date(2999, 12, 31):
        raise InvalidEntry("next date", "on or after the talk")
    if talk.with_whom not in WITH_WHOM:
        raise InvalidEntry("with whom", f"one of {', '.join(WITH_WHOM)}")
    check_text(talk.topics, "topics", MAX_SUPERVISION_TEXT_CHARS)
    check_text(talk.try_next, "what I will try next", MAX_SUPERVISION_TEXT_CHARS)
    if len(talk.contact_ids) > MAX_LINKED_CONTACTS:
        raise InvalidEntry("topics", f"at most {MAX_LINKED_CONTACTS} contacts")
    return talk


@dataclass(frozen=True)
class WeeklyReview:
    """A short look back at one ISO week (in the person's zone), in words; no score."""

    week: str  # "2026-W48"
    rule_outcomes: tuple[tuple[int, str], ...] = ()  # (rule id, one of RULE_OUTCOMES)
    hard: str = ""  # what was hard
    energy: int | None = None  # a step of ENERGY_AFTER_SCALE
    rested: bool | None = None
    rest: str = ""  # rest taken, in words
    talked_through: str | None = None  # one of TALKED_THROUGH
    id: int | None = None


def parse_week(text: str) -> tuple[int, int]:
    """ "2026-W48" as (2026, 48); InvalidEntry if it is not an ISO week."""
    try:
        year_text, week_text = text.split("-W")
        year, week = int(year_text), int(week_text)
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise InvalidEntry("week", "not an ISO week (YYYY-Www)") from None
    if not 1900 <= year <= 2999 or len(text) != 8:
        raise InvalidEntry("week", "not an ISO week (YYYY-Www)")
    return year, week


def week_of(moment_utc: datetime, zone: str) -> str:
    """The ISO week ("2026-W48") that `moment_utc` falls in, in `zone`."""
    year, week, _day = in_zone(moment_utc, zone).isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_days(week: str) -> tuple[date, date]:
    """The Monday of `week` and the Monday after it."""
    year, number = parse_week(week)
    monday = date.fromisocalendar(year, number, 1)
    return monday, monday + timedelta(days=7)


def check_review(review: WeeklyReview) -> WeeklyReview:
    parse_week(review.week)
    for _rule_id, outcome in review.rule_outcomes:
        if outcome not in RULE_OUTCOMES:
            raise InvalidEntry("rules", f"one of {', '.join(RULE_OUTCOMES)}")
    if len({rule_id for rule_id, _ in review.rule_outcomes}) != len(review.rule_outcomes):
        raise InvalidEntry("rules", "each rule once")
    check_text(review.hard, "what was hard", MAX_REVIEW_TEXT_CHARS)
    check_text(review.rest, "rest taken", MAX_REVIEW_TEXT_CHARS)
    if review.energy is not None and (
        isinstance(review.energy, bool) or not 1 <= review.energy <= ENERGY_AFTER_SCALE.steps
    ):
        raise InvalidEntry("energy", f"from 1 to {ENERGY_AFTER_SCALE.steps}")
    if review.talked_through is not None and review.talked_through not in TALKED_THROUGH:
        raise InvalidEntry("talked through", f"one of {', '.join(TALKED_THROUGH)}")
    return review


__all__ = [
    "BROKEN",
    "CHANNELS",
    "ENERGY_AFTER_SCALE",
    "FLAGS",
    "HEAVY_LOAD",
    "HELD",
    "LOAD_SCALE",
    "NOT_APPLICABLE",
    "PRESSURE",
    "RULE_MARKS",
    "RULE_OUTCOMES",
    "TALKED_THROUGH",
    "WITH_WHOM",
    "Contact",
    "RuleMark",
    "SupervisionTalk",
    "WeeklyReview",
    "check_contact",
    "check_review",
    "check_talk",
    "parse_week",
    "week_days",
    "week_of",
]
