"""A gentle, plan-aware nudge: when recent check-ins note warning or breaking-down signs,
Today shows the person's own action plan for them. No diagnosis, no score.

The rule (adjustable in Settings; stored as `companion.settings.NUDGE_RULE`): look at the last
`days` local days, today included; if signs of a kind were noted on at least `min_days` of
them, that kind's action plan is shown. Signs of "things are breaking down" come before early
warning signs. Dismissing hides it for the day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from companion.journal.checkin import CheckIn
from companion.plan.model import Entry, Plan

NUDGE_KINDS = ("breaking", "warning")  # most urgent first
ACTION_SECTIONS = {"breaking": "breaking_down", "warning": "warning_signs"}
MAX_DAYS = 31  # the longest window a rule may look back over


@dataclass(frozen=True)
class NudgeRule:
    days: int = 3
    min_days: int = 2
    kinds: tuple[str, ...] = NUDGE_KINDS

    def __post_init__(self) -> None:
        if not 1 <= self.min_days <= self.days <= MAX_DAYS:
            raise ValueError(f"a nudge looks at 1 to {MAX_DAYS} days and needs 1 to that many")
        if not self.kinds or any(kind not in NUDGE_KINDS for kind in self.kinds):
            raise ValueError("unknown kind of sign")


@dataclass(frozen=True)
class Nudge:
    kind: str  # "breaking" or "warning"
    days_with_signs: int
    signs: tuple[str, ...]  # the labels noticed, most recent first
    must_do: tuple[Entry, ...]
    might_do: tuple[Entry, ...]
    window_days: int = NudgeRule.days  # the days looked back over, today included


def days_with_signs(
    checkins: Iterable[CheckIn], kind: str, first_day: date
) -> dict[date, list[str]]:
    found: dict[date, list[str]] = {}
    for checkin in checkins:
        day = checkin.local_time().date()
        if day < first_day:
            continue
        labels = [tag.label for tag in checkin.tags if tag.kind == kind]
        if labels:
            found.setdefault(day, []).extend(labels)
    return found


def evaluate(rule: NudgeRule, recent: Iterable[CheckIn], today: date, plan: Plan) -> Nudge | None:
    """The action plan to offer today, or None. `recent` should cover the rule's window."""
    entries = list(recent)
    first_day = today - timedelta(days=rule.days - 1)
    for kind in NUDGE_KINDS:
        if kind not in rule.kinds:
            continue
        found = days_with_signs(entries, kind, first_day)
        if len(found) >= rule.min_days:
            signs = tuple(
                dict.fromkeys(label for day in sorted(found, reverse=True) for label in found[day])
            )
            section_key = ACTION_SECTIONS[kind]
            return Nudge(
                kind=kind,
                days_with_signs=len(found),
                signs=signs,
                must_do=plan.entries(section_key, "must_do"),
                might_do=plan.entries(section_key, "might_do"),
                window_days=rule.days,
            )
    return None
