"""Check-ins, their tags, import and export, and the nudge: what Today, the Journal page and
`companion checkin` / `import` ask of the store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from companion.boundaries.json_import import BoundaryCounts
from companion.clock import local_day_bounds, local_today, now_utc
from companion.errors import InvalidEntry, StoreProblem
from companion.files import write_private_atomically
from companion.journal import tagging
from companion.journal.checkin import (
    CheckIn,
    JournalFilter,
    Tag,
    new_checkin,
    parse_sleep_hours,
)
from companion.journal.files import ImportResult, checkins_csv
from companion.journal.nudge import Nudge, evaluate
from companion.journal.scales import DEFAULT_STEPS
from companion.services.plan import PlanService
from companion.services.settings import SettingsService
from companion.store import Store


@dataclass(frozen=True)
class CheckinForm:
    """What a check-in form holds, as typed."""

    mood: int | None
    energy: int | None
    sleep_text: str
    note: str
    tags: tuple[Tag, ...] = ()
    at: datetime | None = None  # None: now
    mood_steps: int = DEFAULT_STEPS
    energy_steps: int = DEFAULT_STEPS


def checkin_from_form(form: CheckinForm, zone: str, at: datetime | None = None) -> CheckIn:
    if form.mood is None:
        raise InvalidEntry("mood", "choose a step")
    if form.energy is None:
        raise InvalidEntry("energy", "choose a step")
    return new_checkin(
        at=at or form.at or now_utc(),
        zone=zone,
        mood=form.mood,
        energy=form.energy,
        sleep_hours=parse_sleep_hours(form.sleep_text),
        note=form.note,
        mood_steps=form.mood_steps,
        energy_steps=form.energy_steps,
        tags=form.tags,
    )


class JournalService:
    """The journal of one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._plan = PlanService(store)
        self._settings = SettingsService(store)
        # Every distinct tag label, with the store's change token it was read at: read again
        # after any write this service did not account for (an edit, a delete, an import,
        # another path or process), see `Store.change_token`.
        self._labels: tuple[tuple[int, int, int], list[str]] | None = None
        # The current plan's tag choices, kept the same way.
        self._plan_tags: tuple[tuple[int, int, int], list[Tag]] | None = None

    # --- check-ins ----------------------------------------------------------------------
    def save(self, form: CheckinForm, zone: str, at: datetime | None = None) -> CheckIn:
        return self.add(checkin_from_form(form, zone, at))

    def add(self, checkin: CheckIn) -> CheckIn:
        known, self._labels = self._labels, None
        plan_known, self._plan_tags = self._plan_tags, None
        before = self._change_token() if known is not None or plan_known is not None else None
        entry = self._store.add_checkin(checkin)
        if before is None:
            return entry
        # What was current just before this save stays current with it if nothing else was
        # written meanwhile (same connection, no other commit): a check-in adds its tags'
        # labels and leaves the plan as it was.
        after = self._change_token()
        if after is None or after[:2] != before[:2]:
            return entry
        if known is not None and known[0] == before:
            fresh = {tag.label for tag in entry.tags}.difference(known[1])
            self._labels = (after, sorted([*known[1], *fresh]) if fresh else known[1])
        if plan_known is not None and plan_known[0] == before:
            self._plan_tags = (after, plan_known[1])
        return entry

    def _change_token(self) -> tuple[int, int, int] | None:
        """The store's change token, or None where it cannot be read (a full disk, say): the
        labels are then read again next time, and a save that went through is never reported
        as failed because of this bookkeeping."""
        try:
            return self._store.change_token()
        except StoreProblem:
            return None

    def update(self, checkin: CheckIn) -> CheckIn:
        return self._store.update_checkin(checkin)

    def delete(self, checkin_id: int) -> None:
        self._store.delete_checkin(checkin_id)

    def add_again(self, checkin: CheckIn) -> CheckIn:
        """Undo of a delete: the same entry back, under its own id."""
        return self._store.restore_checkin(checkin)

    def todays(self, zone: str, now: datetime | None = None) -> list[CheckIn]:
        start, end = local_day_bounds(local_today(zone, now), zone)
        return self._store.checkins_between(start, end)

    def page(self, wanted: JournalFilter, offset: int, limit: int) -> list[CheckIn]:
        return self._store.journal_page(wanted, offset, limit)

    def count(self, wanted: JournalFilter) -> int:
        return self._store.journal_count(wanted)

    def every(self) -> list[CheckIn]:
        return self._store.all_checkins()

    # --- tags ---------------------------------------------------------------------------
    def tag_labels(self) -> list[str]:
        """Every distinct label of a check-in's tag, in code point order (as SQLite's BINARY
        collation orders the same UTF-8 text); read again only after the store changed."""
        token = self._store.change_token()
        if self._labels is None or self._labels[0] != token:
            self._labels = (token, self._store.tag_labels())
        return list(self._labels[1])

    def plan_tags(self) -> list[Tag]:
        """The tools, triggers and signs of the current plan, as tags a check-in can carry;
        worked out again only after the store changed."""
        token = self._store.change_token()
        if self._plan_tags is None or self._plan_tags[0] != token:
            self._plan_tags = (token, tagging.plan_tag_choices(self._plan.current()))
        return list(self._plan_tags[1])

    def resolve_tags(self, wanted: Iterable[tuple[str, Sequence[str]]]) -> tuple[Tag, ...]:
        """Tags named on the command line, (kind, labels) by kind; a tool, trigger or sign of
        the current plan is linked to its plan entry."""
        plan = self._plan.current()
        return tuple(
            tagging.resolve_tag(kind, label, plan) for kind, labels in wanted for label in labels
        )

    # --- files --------------------------------------------------------------------------
    def import_checkins(self, entries: Sequence[CheckIn]) -> tuple[int, int]:
        """All or nothing; entries already in the journal are skipped. (added, skipped)"""
        return self._store.import_checkins(entries)

    def import_file(self, result: ImportResult) -> tuple[int, int, BoundaryCounts]:
        """A whole file read by `parse_import`: its check-ins and, from our JSON export, the
        roles, rules, contacts, supervision talks, weekly reviews and crisis lines; all or
        nothing. (check-ins added, check-ins skipped, the boundaries' counts)"""
        return self._store.import_export(result.checkins, result.boundaries)

    def export_csv(self, path: Path) -> None:
        write_private_atomically(path, checkins_csv(self.every()).encode("utf-8-sig"))

    # --- the nudge ----------------------------------------------------------------------
    def todays_nudge(self, zone: str, now: datetime | None = None) -> Nudge | None:
        rule = self._settings.nudge_rule()
        today = local_today(zone, now)
        if self._settings.nudge_dismissed_on(today):
            return None
        start, _ = local_day_bounds(today - timedelta(days=rule.days - 1), zone)
        _, end = local_day_bounds(today, zone)
        return evaluate(rule, self._store.checkins_between(start, end), today, self._plan.current())

    def dismiss_nudge(self, zone: str) -> None:
        self._settings.dismiss_nudge_on(local_today(zone))
