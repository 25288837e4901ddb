"""The plan as JSON: written for export, read back for import with every problem located.

A file that is not a valid plan is refused with the line (for broken JSON) or the field path
(for a wrong value) named, and nothing is changed.
"""

from __future__ import annotations

import json
import re
from typing import Any

from companion.errors import InvalidEntry
from companion.limits import (
    MAX_PLAN_ENTRIES,
    MAX_PLAN_ENTRY_ID_CHARS,
    MAX_PLAN_LIST_ENTRIES,
    check_text,
)
from companion.plan.model import Entry, Plan, make_entry
from companion.plan.schema import ENTRY_FIELDS, SECTION_BY_KEY, SECTIONS

PLAN_FORMAT = "companion-plan"
PLAN_VERSION = 1


class PlanFileError(ValueError):
    """Where a plan file is wrong (a line or a field path) and how; never its content."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


def entry_json(entry: Entry) -> dict[str, Any]:
    return {"id": entry.id, **{spec.key: entry.get(spec.key) for spec in ENTRY_FIELDS[entry.kind]}}


def plan_json(plan: Plan) -> dict[str, Any]:
    return {
        "format": PLAN_FORMAT,
        "format_version": PLAN_VERSION,
        "sections": {
            spec.key: {
                "heading": plan.headings.get(spec.key),
                "lists": {
                    list_spec.key: [entry_json(e) for e in plan.entries(spec.key, list_spec.key)]
                    for list_spec in spec.lists
                },
            }
            for spec in SECTIONS
        },
    }


def plan_bytes(plan: Plan) -> bytes:
    return (json.dumps(plan_json(plan), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_KEY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,31}")


def _named(where: str, key: object) -> str:
    """`where.key` when the file's key looks like a name of ours; otherwise just `where`, so a
    message never quotes free text (a line break, a sentence) from the file."""
    if isinstance(key, str) and _KEY_NAME.fullmatch(key):
        return f"{where}.{key}"
    return where


def _expect(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        names: dict[type, str] = {dict: "an object", list: "a list", str: "text"}
        raise PlanFileError(where, f"must be {names.get(kind, kind.__name__)}")
    return value


def plan_from_json(document: Any, *, stored: bool = False) -> Plan:
    """A plan from parsed JSON, or PlanFileError naming where it is wrong. A file must keep
    within the plan's list lengths; a plan already `stored` (perhaps before those limits
    existed) is read back whatever its length, so it still opens."""
    _expect(document, dict, "(top level)")
    if document.get("format") != PLAN_FORMAT:
        raise PlanFileError("format", f'must be "{PLAN_FORMAT}"')
    if document.get("format_version") != PLAN_VERSION:
        raise PlanFileError("format_version", f"must be {PLAN_VERSION}")
    sections = _expect(document.get("sections"), dict, "sections")
    unknown = set(sections) - set(SECTION_BY_KEY)
    if unknown:
        raise PlanFileError(
            _named("sections", sorted(unknown)[0]), "holds a section that is not part of the plan"
        )
    plan = Plan()
    seen: set[str] = set()
    total = 0
    for key, raw_section in sections.items():
        spec = SECTION_BY_KEY[key]
        where = f"sections.{key}"
        body = _expect(raw_section, dict, where)
        heading = body.get("heading")
        if heading is not None:
            _expect(heading, str, f"{where}.heading")
            try:
                plan = plan.renamed(key, heading)
            except InvalidEntry as problem:
                raise PlanFileError(f"{where}.heading", problem.problem) from None
        lists = _expect(body.get("lists", {}), dict, f"{where}.lists")
        for list_key, raw_entries in lists.items():
            try:
                list_spec = spec.list_spec(list_key)
            except KeyError:
                raise PlanFileError(
                    _named(f"{where}.lists", list_key), "not a list of this section"
                ) from None
            entries = []
            raw_list = _expect(raw_entries, list, f"{where}.lists.{list_key}")
            total += len(raw_list)
            if not stored and len(raw_list) > MAX_PLAN_LIST_ENTRIES:
                raise PlanFileError(
                    f"{where}.lists.{list_key}",
                    f"has {len(raw_list):,} entries; a list can have at most "
                    f"{MAX_PLAN_LIST_ENTRIES:,}",
                )
            if not stored and total > MAX_PLAN_ENTRIES:
                raise PlanFileError(
                    f"{where}.lists.{list_key}",
                    f"brings the plan past {MAX_PLAN_ENTRIES:,} entries, the most a plan can have",
                )
            for index, raw in enumerate(raw_list):
                at = f"{where}.lists.{list_key}[{index}]"
                values = dict(_expect(raw, dict, at))
                entry_id = values.pop("id", None)
                if not isinstance(entry_id, str) or not entry_id or entry_id in seen:
                    raise PlanFileError(f"{at}.id", "must be a unique, non-empty text id")
                if not stored:
                    try:
                        check_text(entry_id, "id", MAX_PLAN_ENTRY_ID_CHARS)
                    except InvalidEntry as problem:
                        raise PlanFileError(f"{at}.id", problem.problem) from None
                seen.add(entry_id)
                try:
                    entries.append(make_entry(list_spec, values, entry_id))
                except InvalidEntry as problem:
                    raise PlanFileError(_named(at, problem.field), problem.problem) from None
            plan = plan.with_entries(key, list_key, tuple(entries))
    return plan


def parse_plan_file(data: bytes) -> Plan:
    """A plan from a file's bytes; PlanFileError names the line or the field that is wrong."""
    if data.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise PlanFileError("file", "it is not a JSON file (a PDF or another binary file)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError("file", "not UTF-8 text") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise PlanFileError(
            f"line {error.lineno}, column {error.colno}", "not valid JSON"
        ) from None
    except RecursionError:
        raise PlanFileError("file", "not valid JSON (nested too deeply)") from None
    except ValueError:  # a number of thousands of digits (int's conversion limit)
        raise PlanFileError("file", "not valid JSON (a number too long)") from None
    return plan_from_json(document)
