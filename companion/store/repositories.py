"""Repositories: domain objects in, domain objects out; the ORM rows stay inside the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from companion.clock import now_utc, to_utc
from companion.journal import CheckIn, ScaleValue
from companion.store.models import CheckInRow


def _to_domain(row: CheckInRow) -> CheckIn:
    return CheckIn(
        id=row.id,
        at=row.at_utc,
        zone=row.zone,
        mood=ScaleValue(row.mood_step, row.mood_steps),
        energy=ScaleValue(row.energy_step, row.energy_steps),
        sleep_hours=row.sleep_hours,
        note=row.note,
    )


class CheckinRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, checkin: CheckIn) -> CheckIn:
        stamp = now_utc()
        row = CheckInRow(
            at_utc=to_utc(checkin.at),
            zone=checkin.zone,
            mood_step=checkin.mood.step,
            mood_steps=checkin.mood.steps,
            energy_step=checkin.energy.step,
            energy_steps=checkin.energy.steps,
            sleep_hours=checkin.sleep_hours,
            note=checkin.note,
            created_utc=stamp,
            updated_utc=stamp,
        )
        self._session.add(row)
        self._session.flush()
        return checkin.with_id(row.id)

    def between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first."""
        query = (
            select(CheckInRow)
            .where(CheckInRow.at_utc >= to_utc(start), CheckInRow.at_utc < to_utc(end))
            .order_by(CheckInRow.at_utc, CheckInRow.id)
        )
        return [_to_domain(row) for row in self._session.scalars(query)]

    def every(self, batch: int = 1000) -> Iterator[CheckIn]:
        query = select(CheckInRow).order_by(CheckInRow.at_utc, CheckInRow.id)
        for row in self._session.scalars(query.execution_options(yield_per=batch)):
            yield _to_domain(row)

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(CheckInRow)) or 0)
