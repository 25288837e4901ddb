"""What changed between two versions of a plan, per section: renamed, added, removed, changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.plan.model import Entry, Plan
from companion.plan.schema import SECTIONS


@dataclass(frozen=True)
class ListChange:
    section: str
    list_key: str
    added: tuple[Entry, ...] = ()
    removed: tuple[Entry, ...] = ()
    changed: tuple[tuple[Entry, Entry], ...] = ()
    reordered: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.reordered)


@dataclass(frozen=True)
class SectionChange:
    section: str
    heading_before: str | None = None
    heading_after: str | None = None
    renamed: bool = False
    lists: tuple[ListChange, ...] = field(default_factory=tuple)


def _list_change(
    section: str, list_key: str, old: tuple[Entry, ...], new: tuple[Entry, ...]
) -> ListChange:
    before = {entry.id: entry for entry in old}
    after = {entry.id: entry for entry in new}
    kept_order_old = [entry.id for entry in old if entry.id in after]
    kept_order_new = [entry.id for entry in new if entry.id in before]
    return ListChange(
        section=section,
        list_key=list_key,
        added=tuple(entry for entry in new if entry.id not in before),
        removed=tuple(entry for entry in old if entry.id not in after),
        changed=tuple(
            (before[entry.id], entry)
            for entry in new
            if entry.id in before and before[entry.id] != entry
        ),
        reordered=kept_order_old != kept_order_new,
    )


def diff_plans(old: Plan, new: Plan) -> list[SectionChange]:
    """The sections that differ, in plan order; an empty list when nothing changed."""
    changes = []
    for spec in SECTIONS:
        renamed = old.headings.get(spec.key) != new.headings.get(spec.key)
        lists = tuple(
            change
            for list_spec in spec.lists
            if (
                change := _list_change(
                    spec.key,
                    list_spec.key,
                    old.entries(spec.key, list_spec.key),
                    new.entries(spec.key, list_spec.key),
                )
            )
        )
        if renamed or lists:
            changes.append(
                SectionChange(
                    section=spec.key,
                    heading_before=old.headings.get(spec.key),
                    heading_after=new.headings.get(spec.key),
                    renamed=renamed,
                    lists=lists,
                )
            )
    return changes
