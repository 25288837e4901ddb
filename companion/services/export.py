"""The JSON export: everything in the store in an open, documented format (docs/export-format.md).

Later features add their own top-level sections; readers must ignore sections they do not know.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time
from typing import Any

from companion.boundaries.log import (
    ENERGY_AFTER_SCALE,
    LOAD_SCALE,
    Contact,
    SupervisionTalk,
    WeeklyReview,
)
from companion.boundaries.roles import Role
from companion.boundaries.rules import BoundaryRule
from companion.boundaries.schedule import WEEKDAY_NAMES, end_text, start_text
from companion.clock import in_zone
from companion.help.crisis_lines import CrisisLine, line_json
from companion.journal.checkin import CheckIn
from companion.journal.scales import Scale, ScaleValue, scale_for
from companion.plan.history import PlanVersion
from companion.plan.json_format import plan_json
from companion.plan.model import Plan

EXPORT_FORMAT = "companion-export"
EXPORT_VERSION = 1


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _scale_json(kind: str, value: ScaleValue) -> dict[str, Any]:
    document: dict[str, Any] = {"step": value.step, "steps": value.steps}
    scale = scale_for(kind, value.steps)
    if scale is not None:
        name = scale.name_of(value.step)
        document["name"] = {"en": name.en, "ja": name.ja}
    return document


def checkin_json(checkin: CheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "at_utc": _utc_text(checkin.at),
        "zone": checkin.zone,
        "local_time": checkin.local_time().isoformat(),
        "mood": _scale_json("mood", checkin.mood),
        "energy": None if checkin.energy is None else _scale_json("energy", checkin.energy),
        "sleep_hours": checkin.sleep_hours,
        "note": checkin.note,
        "tags": [
            {"kind": tag.kind, "label": tag.label, "plan_entry_id": tag.plan_entry_id}
            for tag in checkin.tags
        ],
    }


def plan_version_json(version: PlanVersion) -> dict[str, Any]:
    return {
        "id": version.id,
        "started_utc": _utc_text(version.started),
        "saved_utc": _utc_text(version.saved),
        "reason": version.reason,
        "plan": plan_json(version.plan),
    }


def _times(start: time | None, end: time | None) -> dict[str, str | None]:
    if start is None or end is None:
        return {"start": None, "end": None}
    return {"start": start_text(start), "end": end_text(end)}


def role_json(role: Role) -> dict[str, Any]:
    """A role with its hours: the schedule text (docs/hours.md), each rule also as RFC 5545
    RRULE and fields, and its days off and extra sessions by local date."""
    return {
        "id": role.id,
        "name": role.name,
        "kind": role.kind,
        "zone": role.zone,
        "national_holidays_off": role.holidays_off,
        "holiday_country": role.holiday_country,
        "hours": role.hours.text,
        "rules": [
            {
                "text": rule.text,
                "rrule": rule.rfc5545,
                "weekdays": [WEEKDAY_NAMES[day] for day in rule.weekdays],
                "weeks_of_month": list(rule.weeks_of_month),
                "every_other_week": rule.every_other_week,
                "from": None if rule.starting is None else rule.starting.isoformat(),
                **_times(rule.start, rule.end),
            }
            for rule in role.hours.rules
        ],
        "exceptions": [
            {"date": item.day.isoformat(), "kind": item.kind, **_times(item.start, item.end)}
            for item in role.exceptions
        ],
    }


def _step_json(step: int | None, scale: Scale) -> dict[str, Any] | None:
    if step is None:
        return None
    document: dict[str, Any] = {"step": step, "steps": scale.steps}
    if 1 <= step <= scale.steps:
        name = scale.name_of(step)
        document["name"] = {"en": name.en, "ja": name.ja}
    return document


def rule_json(number: int, rule: BoundaryRule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "number": number,
        "text": rule.text,
        "enabled": rule.enabled,
        "why": rule.why,
        "prepared_phrase": rule.phrase,
        "seed": rule.seed,
    }


def contact_json(contact: Contact) -> dict[str, Any]:
    """A contact; `outside_activity_hours` is true or false, or null without a role with hours."""
    return {
        "id": contact.id,
        "at_utc": _utc_text(contact.at),
        "zone": contact.zone,
        "local_time": in_zone(contact.at, contact.zone).isoformat(),
        "minutes": contact.minutes,
        "channel": contact.channel,
        "role_id": contact.role_id,
        "alias": contact.alias,
        "load": _step_json(contact.load, LOAD_SCALE),
        "rules": [{"rule_id": mark.rule_id, "how": mark.how} for mark in contact.rules],
        "flags": list(contact.flags),
        "reflection": contact.reflection,
        "bring_to_supervision": contact.for_supervision,
        "talked_through_in": contact.supervision_id,
        "outside_activity_hours": contact.outside_hours,
    }


def supervision_json(talk: SupervisionTalk) -> dict[str, Any]:
    return {
        "id": talk.id,
        "date": talk.day.isoformat(),
        "with_whom": talk.with_whom,
        "topics": talk.topics,
        "try_next": talk.try_next,
        "next_date": None if talk.next_day is None else talk.next_day.isoformat(),
        "contact_ids": list(talk.contact_ids),
    }


def weekly_review_json(review: WeeklyReview) -> dict[str, Any]:
    return {
        "id": review.id,
        "week": review.week,
        "rules": [
            {"rule_id": rule_id, "outcome": outcome} for rule_id, outcome in review.rule_outcomes
        ],
        "hard": review.hard,
        "energy_after_supporting": _step_json(review.energy, ENERGY_AFTER_SCALE),
        "rested": review.rested,
        "rest": review.rest,
        "heavy_contacts_talked_through": review.talked_through,
    }


def build_export(
    checkins: Iterable[CheckIn],
    *,
    app_version: str,
    exported_at: datetime,
    plan_versions: Sequence[PlanVersion] = (),
    crisis_lines: Sequence[CrisisLine] = (),
    roles: Sequence[Role] = (),
    rules: Sequence[BoundaryRule] = (),
    contacts: Sequence[Contact] = (),
    supervision: Sequence[SupervisionTalk] = (),
    weekly_reviews: Sequence[WeeklyReview] = (),
) -> dict[str, Any]:
    """Everything: check-ins, the current plan, every earlier version of it, the crisis lines
    Help now shows, the roles with their activity hours, the boundary rules, the contact log,
    supervision talks and weekly reviews."""
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "app_version": app_version,
        "exported_at": _utc_text(exported_at),
        "checkins": [checkin_json(checkin) for checkin in checkins],
        "plan": plan_json(plan_versions[-1].plan if plan_versions else Plan()),
        "plan_history": [plan_version_json(version) for version in plan_versions],
        "crisis_lines": [line_json(line) for line in crisis_lines],
        "roles": [role_json(role) for role in roles],
        "rules": [rule_json(number, rule) for number, rule in enumerate(rules, start=1)],
        "contacts": [contact_json(contact) for contact in contacts],
        "supervision": [supervision_json(talk) for talk in supervision],
        "weekly_reviews": [weekly_review_json(review) for review in weekly_reviews],
    }


def export_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
