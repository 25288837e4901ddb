"""The boundaries sections of our JSON export read back: roles, rules, contacts, supervision
talks, weekly reviews and crisis lines, checked in full with the same checks the services use.

References inside the file (a contact's role and rules, a talk's contacts, a review's rules)
stay as the file's own ids here; the store maps them to the rows it adds or finds. A problem is
named by its place in the file ("contacts[5].minutes: …"), never by what was written there.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

from companion.boundaries.log import (
    Contact,
    RuleMark,
    SupervisionTalk,
    WeeklyReview,
    check_contact,
    check_review,
    check_talk,
)
from companion.boundaries.roles import HoursException, Role, check_role
from companion.boundaries.rules import BoundaryRule, check_rule
from companion.boundaries.schedule import Schedule, parse_schedule, parse_window, split_parts
from companion.clock import parse_moment, zone_exists
from companion.errors import InvalidEntry
from companion.help.crisis_lines import CrisisLine, check_lines, line_from_json
from companion.limits import MAX_BOUNDARY_RULES, MAX_ROLES

MAX_REPORTED = 10
SECTIONS = ("roles", "rules", "contacts", "supervision", "weekly_reviews", "crisis_lines")

# The checks' field names as the export's keys, per section.
_ROLE_KEYS = {"role name": "name", "country": "holiday_country",
              "holidays": "national_holidays_off", "date": "exceptions"}  # fmt: skip
_RULE_KEYS = {"rule": "text", "why it matters": "why", "prepared phrase": "prepared_phrase"}
_CONTACT_KEYS = {"at": "at_utc", "flag": "flags", "rule": "rules"}
_TALK_KEYS = {"next date": "next_date", "with whom": "with_whom",
              "what I will try next": "try_next", "topics": "topics"}  # fmt: skip
_REVIEW_KEYS = {"what was hard": "hard", "rest taken": "rest", "rules": "rules",
                "energy": "energy_after_supporting",
                "talked through": "heavy_contacts_talked_through"}  # fmt: skip


class SectionProblem(ValueError):
    """One entry of one section that cannot be imported; `where` is e.g. `contacts[5].minutes`."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class ImportedContact:
    """A contact with its references still as the file's ids."""

    contact: Contact  # role_id, rules[].rule_id and supervision_id are the file's ids
    file_id: int | None


@dataclass(frozen=True)
class BoundaryImport:
    """Every boundaries section of a file, checked; `None` where the file has no such section.
    `file_id`s are the file's own ids (None where the file had none), for its references."""

    roles: tuple[tuple[int | None, Role], ...] | None = None
    rules: tuple[tuple[int | None, BoundaryRule], ...] | None = None
    contacts: tuple[ImportedContact, ...] | None = None
    talks: tuple[tuple[int | None, SupervisionTalk], ...] | None = None
    reviews: tuple[WeeklyReview, ...] | None = None
    crisis_lines: tuple[CrisisLine, ...] | None = None

    @property
    def empty(self) -> bool:
        return all(
            not getattr(self, name)
            for name in ("roles", "rules", "contacts", "talks", "reviews", "crisis_lines")
        )


KINDS = ("roles", "rules", "contacts", "supervision", "weekly_reviews")
_KIND_NAMES = {"supervision": "supervision talks", "weekly_reviews": "weekly reviews"}


@dataclass
class BoundaryCounts:
    """Added and skipped (already stored) per kind; whether the file's crisis lines were taken
    (None when the file had none)."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    crisis_lines_taken: bool | None = None

    def summary(self) -> str:
        """One line for the command line: each kind's added and skipped, the crisis lines."""
        parts = [
            f"{_KIND_NAMES.get(kind, kind)}: {self.added[kind]} added, "
            f"{self.skipped[kind]} already there"
            for kind in KINDS
        ]
        if self.crisis_lines_taken is not None:
            parts.append(
                "crisis lines: taken from the file"
                if self.crisis_lines_taken
                else "crisis lines: the store's own list was kept"
            )
        return "; ".join(parts)


# --- small readers ----------------------------------------------------------------------------


def _get(entry: dict[str, Any], key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
    value = entry.get(key, default) if default is not ... else entry.get(key)
    if kind is int and isinstance(value, bool):
        raise SectionProblem(key, "must be a whole number")
    if not isinstance(value, kind):
        names = {str: "text", bool: "true or false", int: "a whole number", list: "a list"}
        wanted = names.get(kind, "of another kind") if isinstance(kind, type) else "of another kind"
        raise SectionProblem(key, f"must be {wanted}")
    return value


def _optional(entry: dict[str, Any], key: str, kind: type) -> Any:
    value = entry.get(key)
    return None if value is None else _get(entry, key, kind)


def _day(text: Any, key: str) -> date:
    if not isinstance(text, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise SectionProblem(key, "must be a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise SectionProblem(key, "must be a date (YYYY-MM-DD)") from None


def _step(entry: dict[str, Any], key: str) -> int | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise SectionProblem(key, 'must be {"step", "steps"} or null')
    step = value.get("step")
    if not isinstance(step, int) or isinstance(step, bool):
        raise SectionProblem(f"{key}.step", "must be a whole number")
    if value.get("steps") != 5:
        raise SectionProblem(f"{key}.steps", "must be 5")
    return step


_OUR_WORDS = ("'every other'", "'from YYYY-MM-DD'")  # quoted by the schedule's own messages


def _unquoted(problem: str, text: str = "") -> str:
    """A schedule problem without the pieces of the file's text it quotes."""
    for part in split_parts(unicodedata.normalize("NFKC", text)):
        problem = problem.replace(f" '{' '.join(part.split())}'", "")
    for number, words in enumerate(_OUR_WORDS):
        problem = problem.replace(words, f"\0{number}")
    problem = re.sub(r"'.*?'(?=[\s:,]|$)", "something", problem)
    for number, words in enumerate(_OUR_WORDS):
        problem = problem.replace(f"\0{number}", words)
    return problem


def _file_id(entry: dict[str, Any]) -> int | None:
    return _optional(entry, "id", int)  # type: ignore[no-any-return]


def _checked(check: Callable[[Any], Any], value: Any, keys: dict[str, str]) -> None:
    try:
        check(value)
    except InvalidEntry as problem:
        key = keys.get(problem.field, problem.field.replace(" ", "_"))
        raise SectionProblem(key, problem.problem) from None


# --- sections ---------------------------------------------------------------------------------


def _exception(raw: Any) -> HoursException:
    if not isinstance(raw, dict):
        raise SectionProblem("exceptions", "must be objects")
    day = _day(raw.get("date"), "exceptions.date")
    kind = raw.get("kind")
    try:
        if kind == "off":
            return HoursException(day, "off")
        if kind == "extra":
            start, end = raw.get("start"), raw.get("end")
            if not isinstance(start, str) or not isinstance(end, str):
                raise SectionProblem("exceptions", "an extra session needs start and end")
            window: tuple[time, time] = parse_window(f"{start}-{end}")
            return HoursException(day, "extra", *window)
    except InvalidEntry as problem:
        raise SectionProblem("exceptions", _unquoted(problem.problem)) from None
    except ValueError:
        raise SectionProblem("exceptions", "a day off has no times") from None
    raise SectionProblem("exceptions.kind", "must be off or extra")


def _role(entry: dict[str, Any]) -> tuple[int | None, Role]:
    hours_text = _get(entry, "hours", str, "")
    try:
        schedule = parse_schedule(hours_text) if hours_text.strip() else Schedule()
    except InvalidEntry as problem:
        raise SectionProblem("hours", _unquoted(problem.problem, hours_text)) from None
    zone = _get(entry, "zone", str)
    if not zone_exists(zone):
        raise SectionProblem("zone", "not a known IANA time zone")
    raw_exceptions = _get(entry, "exceptions", list, [])
    role = Role(
        name=_get(entry, "name", str),
        zone=zone,
        hours=schedule,
        kind=_optional(entry, "kind", str),
        holidays_off=_get(entry, "national_holidays_off", bool, False),
        holiday_country=_optional(entry, "holiday_country", str),
        exceptions=tuple(_exception(raw) for raw in raw_exceptions),
    )
    _checked(check_role, role, _ROLE_KEYS)
    return _file_id(entry), role


def _rule(entry: dict[str, Any]) -> tuple[int | None, BoundaryRule]:
    rule = BoundaryRule(
        text=_get(entry, "text", str),
        enabled=_get(entry, "enabled", bool, True),
        why=_get(entry, "why", str, ""),
        phrase=_get(entry, "prepared_phrase", str, ""),
        seed=_optional(entry, "seed", str),
    )
    _checked(check_rule, rule, _RULE_KEYS)
    return _file_id(entry), rule


def _contact(entry: dict[str, Any], now: datetime | None) -> ImportedContact:
    at_text = _get(entry, "at_utc", str)
    try:
        at = parse_moment(at_text, "UTC", "at_utc")
    except InvalidEntry:
        raise SectionProblem("at_utc", "must be an ISO-8601 time") from None
    zone = _get(entry, "zone", str)
    if not zone_exists(zone):
        raise SectionProblem("zone", "not a known IANA time zone")
    marks = []
    for raw in _get(entry, "rules", list, []):
        if not isinstance(raw, dict):
            raise SectionProblem("rules", 'must be a list of {"rule_id", "how"}')
        marks.append(RuleMark(_get(raw, "rule_id", int), _get(raw, "how", str)))
    flags = _get(entry, "flags", list, [])
    if not all(isinstance(flag, str) for flag in flags):
        raise SectionProblem("flags", "must be a list of text")
    load = _step(entry, "load")
    if load is None:
        raise SectionProblem("load", "must be a step of the five-step scale")
    outside = entry.get("outside_activity_hours")
    if outside is not None and not isinstance(outside, bool):
        raise SectionProblem("outside_activity_hours", "must be true, false or null")
    contact = Contact(
        at=at,
        zone=zone,
        minutes=_get(entry, "minutes", int),
        channel=_get(entry, "channel", str),
        load=load,
        role_id=_optional(entry, "role_id", int),
        alias=_get(entry, "alias", str, ""),
        rules=tuple(marks),
        flags=tuple(flags),
        reflection=_get(entry, "reflection", str, ""),
        for_supervision=_get(entry, "bring_to_supervision", bool, False),
        outside_hours=outside,
        supervision_id=_optional(entry, "talked_through_in", int),
    )
    _checked(lambda value: check_contact(value, now), contact, _CONTACT_KEYS)
    return ImportedContact(contact, _file_id(entry))


def _talk(entry: dict[str, Any]) -> tuple[int | None, SupervisionTalk]:
    next_text = entry.get("next_date")
    linked = _get(entry, "contact_ids", list, [])
    if not all(isinstance(item, int) and not isinstance(item, bool) for item in linked):
        raise SectionProblem("contact_ids", "must be a list of contact ids")
    talk = SupervisionTalk(
        day=_day(entry.get("date"), "date"),
        with_whom=_get(entry, "with_whom", str),
        topics=_get(entry, "topics", str, ""),
        try_next=_get(entry, "try_next", str, ""),
        next_day=None if next_text is None else _day(next_text, "next_date"),
        contact_ids=tuple(linked),
    )
    _checked(check_talk, talk, _TALK_KEYS)
    return _file_id(entry), talk


def _review(entry: dict[str, Any]) -> WeeklyReview:
    outcomes = []
    for raw in _get(entry, "rules", list, []):
        if not isinstance(raw, dict):
            raise SectionProblem("rules", 'must be a list of {"rule_id", "outcome"}')
        outcomes.append((_get(raw, "rule_id", int), _get(raw, "outcome", str)))
    rested = entry.get("rested")
    if rested is not None and not isinstance(rested, bool):
        raise SectionProblem("rested", "must be true, false or null")
    review = WeeklyReview(
        week=_get(entry, "week", str),
        rule_outcomes=tuple(outcomes),
        hard=_get(entry, "hard", str, ""),
        energy=_step(entry, "energy_after_supporting"),
        rested=rested,
        rest=_get(entry, "rest", str, ""),
        talked_through=_optional(entry, "heavy_contacts_talked_through", str),
    )
    _checked(check_review, review, _REVIEW_KEYS)
    return review


def _crisis_line(entry: dict[str, Any]) -> CrisisLine:
    try:
        return line_from_json(entry)
    except InvalidEntry as problem:
        raise SectionProblem(problem.field, problem.problem) from None
    except (TypeError, KeyError, ValueError):
        raise SectionProblem("", 'must be {"name", "number", "notes", "last_verified"}') from None


# --- the whole file ---------------------------------------------------------------------------


def _section(
    document: dict[str, Any], name: str, read: Callable[[dict[str, Any]], Any], bad: list[str]
) -> tuple[Any, ...] | None:
    raw = document.get(name)
    if raw is None:
        return None
    if not isinstance(raw, list):
        bad.append(f"{name} must be a list")
        return ()
    found = []
    for index, entry in enumerate(raw):
        where = f"{name}[{index}]"
        if not isinstance(entry, dict):
            bad.append(f"{where} must be an object")
            continue
        try:
            found.append(read(entry))
        except SectionProblem as problem:
            place = f"{where}.{problem.where}" if problem.where else where
            bad.append(f"{place}: {problem.problem}")
    return tuple(found)


def _unique_ids(items: Any, name: str, bad: list[str]) -> dict[int, int]:
    """The file's ids of a section, each to its index; a repeated id is a problem."""
    ids: dict[int, int] = {}
    for index, file_id in enumerate(items):
        if file_id is None:
            continue
        if file_id in ids:
            bad.append(f"{name}[{index}].id: another entry has the same id")
        ids[file_id] = index
    return ids


def _references(found: BoundaryImport, bad: list[str]) -> None:
    """Every id a file's entry refers to must be one of the file's own entries."""
    role_ids = _unique_ids((file_id for file_id, _ in found.roles or ()), "roles", bad)
    rule_ids = _unique_ids((file_id for file_id, _ in found.rules or ()), "rules", bad)
    contact_ids = _unique_ids((item.file_id for item in found.contacts or ()), "contacts", bad)
    talk_ids = _unique_ids((file_id for file_id, _ in found.talks or ()), "supervision", bad)
    for index, item in enumerate(found.contacts or ()):
        contact = item.contact
        if contact.role_id is not None and contact.role_id not in role_ids:
            bad.append(f"contacts[{index}].role_id: no role with that id in the file")
        for number, mark in enumerate(contact.rules):
            if mark.rule_id not in rule_ids:
                bad.append(f"contacts[{index}].rules[{number}].rule_id: no rule with that id")
        if contact.supervision_id is not None and contact.supervision_id not in talk_ids:
            bad.append(f"contacts[{index}].talked_through_in: no talk with that id in the file")
    for index, (_file_id, talk) in enumerate(found.talks or ()):
        for number, linked in enumerate(talk.contact_ids):
            if linked not in contact_ids:
                bad.append(f"supervision[{index}].contact_ids[{number}]: no contact with that id")
    weeks: set[str] = set()
    for index, review in enumerate(found.reviews or ()):
        if review.week in weeks:
            bad.append(f"weekly_reviews[{index}].week: another review has the same week")
        weeks.add(review.week)
        for number, (rule_id, _outcome) in enumerate(review.rule_outcomes):
            if rule_id not in rule_ids:
                bad.append(f"weekly_reviews[{index}].rules[{number}].rule_id: no rule with that id")
    names = [role.name for _, role in found.roles or ()]
    for index, name in enumerate(names):
        if name in names[:index]:
            bad.append(f"roles[{index}].name: another role has the same name")
    if len(names) > MAX_ROLES:
        bad.append(f"roles: at most {MAX_ROLES}")
    if len(found.rules or ()) > MAX_BOUNDARY_RULES:
        bad.append(f"rules: at most {MAX_BOUNDARY_RULES}")
    if found.crisis_lines is not None:
        with contextlib.suppress(InvalidEntry):
            check_lines(found.crisis_lines)
            return
        bad.append("crisis_lines: too many lines")


def parse_boundaries(document: dict[str, Any], now: datetime | None = None) -> BoundaryImport:
    """The boundaries sections of an export document, all checked; SectionProblem (the first
    ten problems, by place) if any entry or reference is not right."""
    bad: list[str] = []
    found = BoundaryImport(
        roles=_section(document, "roles", _role, bad),
        rules=_section(document, "rules", _rule, bad),
        contacts=_section(document, "contacts", lambda entry: _contact(entry, now), bad),
        talks=_section(document, "supervision", _talk, bad),
        reviews=_section(document, "weekly_reviews", _review, bad),
        crisis_lines=_section(document, "crisis_lines", _crisis_line, bad),
    )
    if not bad:
        _references(found, bad)
    if bad:
        message = "; ".join(bad[:MAX_REPORTED])
        if len(bad) > MAX_REPORTED:
            message += f"; and {len(bad) - MAX_REPORTED} more"
        raise SectionProblem("", message)
    return found


def without_file_ids(contact: Contact) -> Contact:
    """`contact` with no references (the store sets them to its own rows)."""
    return replace(contact, role_id=None, rules=(), supervision_id=None, id=None)


__all__ = [
    "KINDS",
    "SECTIONS",
    "BoundaryCounts",
    "BoundaryImport",
    "ImportedContact",
    "SectionProblem",
    "parse_boundaries",
    "without_file_ids",
]
