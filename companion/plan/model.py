"""A WRAP-style plan as an immutable value: renamable headings and ordered lists of entries.

Every change returns a new Plan, which keeps undo, autosave and version history simple: a
version is just a Plan that was saved. Entries carry stable ids so versions can be compared.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType
from typing import Any

from companion.errors import InvalidEntry
from companion.limits import (
    MAX_PLAN_ENTRIES,
    MAX_PLAN_FIELD_CHARS,
    MAX_PLAN_HEADING_CHARS,
    MAX_PLAN_LIST_ENTRIES,
    check_text,
)
from companion.plan.schema import ENTRY_FIELDS, SECTIONS, FieldSpec, ListSpec, section

Value = str | bool | None


def _frozen(values: Mapping[str, Value]) -> Mapping[str, Value]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class Entry:
    """One line of a list: an item, a supporter, a medication choice, a task…"""

    id: str
    kind: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", _frozen(self.values))

    def get(self, key: str) -> Value:
        return self.values.get(key)

    def text(self, key: str) -> str:
        value = self.values.get(key)
        return value if isinstance(value, str) else ""

    def is_blank(self) -> bool:
        return all(value in (None, "", False) for value in self.values.values())

    def with_values(self, **changes: Value) -> Entry:
        return replace(self, values={**self.values, **changes})

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Entry)
            and (self.id, self.kind) == (other.id, other.kind)
            and dict(self.values) == dict(other.values)
        )

    def __hash__(self) -> int:
        return hash((self.id, self.kind, tuple(sorted(self.values.items(), key=str))))


def new_id() -> str:
    return uuid.uuid4().hex


def check_value(spec: FieldSpec, value: Any, stances: tuple[str, ...]) -> Value:
    """A field value in its stored form, or InvalidEntry naming the field."""
    if value is None:
        return None
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise InvalidEntry(spec.key, "must be true or false")
        return value
    if not isinstance(value, str):
        raise InvalidEntry(spec.key, "must be text")
    text = check_text(value, spec.key).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_PLAN_FIELD_CHARS:
        raise InvalidEntry(spec.key, f"at most {MAX_PLAN_FIELD_CHARS:,} characters")
    if spec.kind == "date" and text:
        try:
            date.fromisoformat(text)
        except ValueError:
            raise InvalidEntry(spec.key, "a date is written YYYY-MM-DD") from None
    if spec.kind == "stance" and text and text not in stances:
        raise InvalidEntry(spec.key, f"one of {', '.join(stances)}")
    return text


def make_entry(
    list_spec: ListSpec, values: Mapping[str, Any], entry_id: str | None = None
) -> Entry:
    fields = ENTRY_FIELDS[list_spec.kind]
    known = {spec.key for spec in fields}
    unknown = set(values) - known
    if unknown:
        raise InvalidEntry(sorted(unknown)[0], "not a field of this list")
    checked = {
        spec.key: check_value(spec, values.get(spec.key), list_spec.stances) for spec in fields
    }
    return Entry(id=entry_id or new_id(), kind=list_spec.kind, values=checked)


def list_id(section_key: str, list_key: str) -> str:
    return f"{section_key}.{list_key}"


@dataclass(frozen=True)
class Plan:
    """Custom headings (only where renamed) and the entries of every list, in order."""

    headings: Mapping[str, str] = field(default_factory=dict)
    lists: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "headings", MappingProxyType(dict(self.headings)))
        object.__setattr__(self, "lists", MappingProxyType(dict(self.lists)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plan):
            return False
        mine = {key: value for key, value in self.lists.items() if value}
        theirs = {key: value for key, value in other.lists.items() if value}
        return dict(self.headings) == dict(other.headings) and mine == theirs

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.headings.items())))

    # --- reading ------------------------------------------------------------------------
    def heading(self, section_key: str, language: str) -> str:
        custom = self.headings.get(section_key)
        return custom or section(section_key).heading.in_language(language)

    def is_renamed(self, section_key: str) -> bool:
        return bool(self.headings.get(section_key))

    def entries(self, section_key: str, list_key: str) -> tuple[Entry, ...]:
        return self.lists.get(list_id(section_key, list_key), ())

    def section_is_empty(self, section_key: str) -> bool:
        return not any(self.entries(section_key, spec.key) for spec in section(section_key).lists)

    def is_empty(self) -> bool:
        return all(self.section_is_empty(spec.key) for spec in SECTIONS)

    def find(self, entry_id: str) -> tuple[str, str, int] | None:
        for key, entries in self.lists.items():
            for index, entry in enumerate(entries):
                if entry.id == entry_id:
                    section_key, list_key = key.split(".", 1)
                    return section_key, list_key, index
        return None

    def all_entries(self) -> Iterator[tuple[str, str, Entry]]:
        for spec in SECTIONS:
            for list_spec in spec.lists:
                for entry in self.entries(spec.key, list_spec.key):
                    yield spec.key, list_spec.key, entry

    # --- changing (each returns a new Plan) ---------------------------------------------
    def renamed(self, section_key: str, heading: str | None) -> Plan:
        section(section_key)  # raises KeyError for an unknown section
        headings = dict(self.headings)
        cleaned = check_text(heading or "", "heading").strip()
        if len(cleaned) > MAX_PLAN_HEADING_CHARS:
            raise InvalidEntry("heading", f"at most {MAX_PLAN_HEADING_CHARS} characters")
        defaults = (section(section_key).heading.en, section(section_key).heading.ja)
        if cleaned and cleaned not in defaults:
            headings[section_key] = cleaned
        else:
            headings.pop(section_key, None)
        return replace(self, headings=headings)

    def with_entries(self, section_key: str, list_key: str, entries: tuple[Entry, ...]) -> Plan:
        section(section_key).list_spec(list_key)
        lists = dict(self.lists)
        lists[list_id(section_key, list_key)] = tuple(entries)
        return replace(self, lists=lists)

    def entry_count(self) -> int:
        return sum(len(entries) for entries in self.lists.values())

    def check_room(self, section_key: str, list_key: str) -> None:
        """InvalidEntry("entries") if one more entry would pass a limit (companion.limits)."""
        if len(self.entries(section_key, list_key)) >= MAX_PLAN_LIST_ENTRIES:
            raise InvalidEntry("entries", f"a list can have at most {MAX_PLAN_LIST_ENTRIES:,}")
        if self.entry_count() >= MAX_PLAN_ENTRIES:
            raise InvalidEntry("entries", f"a plan can have at most {MAX_PLAN_ENTRIES:,}")

    def inserted(self, section_key: str, list_key: str, index: int, entry: Entry) -> Plan:
        """The plan with `entry` added; InvalidEntry("entries") when the list or plan is full."""
        self.check_room(section_key, list_key)
        entries = list(self.entries(section_key, list_key))
        entries.insert(max(0, min(index, len(entries))), entry)
        return self.with_entries(section_key, list_key, tuple(entries))

    def updated(self, entry: Entry) -> Plan:
        where = self.find(entry.id)
        if where is None:
            raise KeyError(entry.id)
        section_key, list_key, index = where
        entries = list(self.entries(section_key, list_key))
        entries[index] = entry
        return self.with_entries(section_key, list_key, tuple(entries))

    def removed(self, entry_id: str) -> Plan:
        where = self.find(entry_id)
        if where is None:
            return self
        section_key, list_key, index = where
        entries = list(self.entries(section_key, list_key))
        del entries[index]
        return self.with_entries(section_key, list_key, tuple(entries))

    def moved(self, entry_id: str, new_index: int) -> Plan:
        where = self.find(entry_id)
        if where is None:
            return self
        section_key, list_key, index = where
        entries = list(self.entries(section_key, list_key))
        entry = entries.pop(index)
        entries.insert(max(0, min(new_index, len(entries))), entry)
        return self.with_entries(section_key, list_key, tuple(entries))
