"""Repositories: domain objects in, domain objects out; the ORM rows stay inside the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, exists, func, literal_column, select, union_all
from sqlalchemy.orm import Session, aliased

from companion.clock import now_utc, to_utc
from companion.errors import EntryConflict, EntryGone
from companion.journal.checkin import CheckIn, JournalFilter, Tag, checkin_fingerprint
from companion.journal.scales import ScaleValue
from companion.settings import Setting
from companion.store.models import CheckInRow, CheckInTagRow, SettingRow

T = TypeVar("T")
_AnySelect = TypeVar("_AnySelect", bound=Select[*tuple[Any, ...]])


def _to_domain(row: CheckInRow) -> CheckIn:
    return CheckIn(
        id=row.id,
        at=row.at_utc,
        zone=row.zone,
        mood=ScaleValue(row.mood_step, row.mood_steps),
        energy=(
            None
            if row.energy_step is None or row.energy_steps is None
            else ScaleValue(row.energy_step, row.energy_steps)
        ),
        sleep_hours=row.sleep_hours,
        note=row.note,
        tags=tuple(Tag(tag.kind, tag.label, tag.plan_entry_id) for tag in row.tags),
    )


# What `CheckinRepository._read` builds a check-in from, in this order (as `_to_domain`).
_COLUMNS = (
    CheckInRow.id,
    CheckInRow.at_utc,
    CheckInRow.zone,
    CheckInRow.mood_step,
    CheckInRow.mood_steps,
    CheckInRow.energy_step,
    CheckInRow.energy_steps,
    CheckInRow.sleep_hours,
    CheckInRow.note,
)
_IDS_PER_QUERY = 500  # well under SQLite's limit on bound parameters


def _fill(row: CheckInRow, checkin: CheckIn) -> None:
    row.at_utc = to_utc(checkin.at)
    row.zone = checkin.zone
    row.mood_step = checkin.mood.step
    row.mood_steps = checkin.mood.steps
    row.energy_step = None if checkin.energy is None else checkin.energy.step
    row.energy_steps = None if checkin.energy is None else checkin.energy.steps
    row.sleep_hours = checkin.sleep_hours
    row.note = checkin.note
    row.fingerprint = checkin_fingerprint(checkin)
    row.tags = [
        CheckInTagRow(
            position=index, kind=tag.kind, label=tag.label, plan_entry_id=tag.plan_entry_id
        )
        for index, tag in enumerate(checkin.tags)
    ]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(query: _AnySelect, wanted: JournalFilter) -> _AnySelect:
    if wanted.start is not None:
        query = query.where(CheckInRow.at_utc >= to_utc(wanted.start))
    if wanted.end is not None:
        query = query.where(CheckInRow.at_utc < to_utc(wanted.end))
    if wanted.tag:
        query = query.where(
            exists().where(
                CheckInTagRow.checkin_id == CheckInRow.id, CheckInTagRow.label == wanted.tag
            )
        )
    if wanted.text and wanted.text.strip():
        pattern = f"%{_escape_like(wanted.text.strip())}%"
        # The ids whose note or a tag's label holds the text: each a scan of one narrow index
        # (ix_checkins_note, ix_checkin_tags_label_checkin), not of the whole table. `+ 0`
        # keeps the planner from fetching every match by id: it walks the entries in order (a
        # page stops after its rows) or counts them from an index.
        notes = aliased(CheckInRow)
        matching = union_all(
            select(notes.id).where(notes.note.like(pattern, escape="\\")),
            select(CheckInTagRow.checkin_id).where(CheckInTagRow.label.like(pattern, escape="\\")),
        )
        query = query.where((CheckInRow.id + literal_column("0")).in_(matching))
    return query


class CheckinRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, checkin: CheckIn) -> CheckIn:
        stamp = now_utc()
        row = CheckInRow(created_utc=stamp, updated_utc=stamp)
        _fill(row, checkin)
        self._session.add(row)
        self._session.flush()
        return checkin.with_id(row.id)

    def restore(self, checkin: CheckIn) -> CheckIn:
        """A deleted check-in back under its own id (undo of a delete), so that anything else
        that still names that id (an earlier edit on the undo stack) finds it again. Ids are
        never reused (AUTOINCREMENT), so the id is free unless the entry is already back."""
        if checkin.id is None:
            raise ValueError("only a stored check-in can be restored")
        if self._session.get(CheckInRow, checkin.id) is not None:
            raise EntryConflict()
        stamp = now_utc()
        row = CheckInRow(id=checkin.id, created_utc=stamp, updated_utc=stamp)
        _fill(row, checkin)
        self._session.add(row)
        self._session.flush()
        return checkin

    def update(self, checkin: CheckIn) -> CheckIn:
        if checkin.id is None:
            raise ValueError("only a stored check-in can be updated")
        row = self._session.get(CheckInRow, checkin.id)
        if row is None:
            raise EntryGone()
        _fill(row, checkin)
        row.updated_utc = now_utc()
        self._session.flush()
        return checkin

    def delete(self, checkin_id: int) -> None:
        row = self._session.get(CheckInRow, checkin_id)
        if row is not None:
            self._session.delete(row)
            self._session.flush()

    def fingerprints(self) -> set[str]:
        query = select(CheckInRow.fingerprint).where(CheckInRow.fingerprint.is_not(None))
        return {fingerprint for fingerprint in self._session.scalars(query) if fingerprint}

    def add_many(self, checkins: list[CheckIn]) -> None:
        """Many new entries in one flush (imports); their ids are not needed back."""
        stamp = now_utc()
        for checkin in checkins:
            row = CheckInRow(created_utc=stamp, updated_utc=stamp)
            _fill(row, checkin)
            self._session.add(row)
        self._session.flush()

    def between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first."""
        query = (
            select(*_COLUMNS)
            .where(CheckInRow.at_utc >= to_utc(start), CheckInRow.at_utc < to_utc(end))
            .order_by(CheckInRow.at_utc, CheckInRow.id)
        )
        return self._read(query)

    def page(self, wanted: JournalFilter, offset: int, limit: int) -> list[CheckIn]:
        """One page of the Journal, newest first."""
        query = _filtered(select(*_COLUMNS), wanted)
        query = query.order_by(CheckInRow.at_utc.desc(), CheckInRow.id.desc())
        return self._read(query.offset(offset).limit(limit))

    def _read(self, query: _AnySelect) -> list[CheckIn]:
        """The check-ins `query` selects (its columns are `_COLUMNS`), in its order, with their
        tags: two plain queries, without the ORM's identity map and loaders (what Today reads
        on every save, and the Journal's pages; `every` still streams ORM rows in batches)."""
        rows = self._session.execute(query).all()
        tags: dict[int, list[Tag]] = {}
        ids = [row[0] for row in rows]
        for start in range(0, len(ids), _IDS_PER_QUERY):
            tag_query = (
                select(
                    CheckInTagRow.checkin_id,
                    CheckInTagRow.kind,
                    CheckInTagRow.label,
                    CheckInTagRow.plan_entry_id,
                )
                .where(CheckInTagRow.checkin_id.in_(ids[start : start + _IDS_PER_QUERY]))
                .order_by(CheckInTagRow.checkin_id, CheckInTagRow.position)
            )
            for checkin_id, kind, label, plan_entry_id in self._session.execute(tag_query):
                tags.setdefault(checkin_id, []).append(Tag(kind, label, plan_entry_id))
        return [
            CheckIn(
                id=checkin_id,
                at=at_utc,
                zone=zone,
                mood=ScaleValue(mood_step, mood_steps),
                energy=(
                    None
                    if energy_step is None or energy_steps is None
                    else ScaleValue(energy_step, energy_steps)
                ),
                sleep_hours=sleep_hours,
                note=note,
                tags=tuple(tags.get(checkin_id, ())),
            )
            for (
                checkin_id,
                at_utc,
                zone,
                mood_step,
                mood_steps,
                energy_step,
                energy_steps,
                sleep_hours,
                note,
            ) in rows
        ]

    def count_matching(self, wanted: JournalFilter) -> int:
        query = _filtered(select(func.count()).select_from(CheckInRow), wanted)
        return int(self._session.scalar(query) or 0)

    def tag_labels(self) -> list[str]:
        query = select(CheckInTagRow.label).distinct().order_by(CheckInTagRow.label)
        return list(self._session.scalars(query))

    def every(self, batch: int = 1000) -> Iterator[CheckIn]:
        query = select(CheckInRow).order_by(CheckInRow.at_utc, CheckInRow.id)
        for row in self._session.scalars(query.execution_options(yield_per=batch)):
            yield _to_domain(row)

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(CheckInRow)) or 0)


class SettingsRepository:
    """Declared settings (companion.settings) as JSON text, one row per key."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, setting: Setting[T]) -> T:
        row = self._session.get(SettingRow, setting.key)
        return setting.read(row.value if row is not None else None)

    def set(self, setting: Setting[T], value: T) -> None:
        text = setting.write(value)
        row = self._session.get(SettingRow, setting.key)
        if row is None:
            self._session.add(SettingRow(key=setting.key, value=text))
        else:
            row.value = text
        self._session.flush()
