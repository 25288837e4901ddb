"""Roles and their activity hours in the store; rows become `companion.boundaries.Role`.

Reading stays lenient: hours text that no longer parses reads as no regular hours, and an
exception row that cannot be read is left out, so a damaged row never hides the other roles.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from companion.boundaries.roles import DAY_OFF, HoursException, Role
from companion.boundaries.schedule import (
    Schedule,
    ScheduleError,
    parse_schedule,
    parse_window,
    window_text,
)
from companion.clock import now_utc
from companion.errors import EntryGone
from companion.store.models import RoleExceptionRow, RoleRow


def _schedule(text: str) -> Schedule:
    try:
        return parse_schedule(text)
    except ScheduleError:
        return Schedule()


def _exception(row: RoleExceptionRow) -> HoursException | None:
    try:
        day = date.fromisoformat(row.day)
        if row.kind == DAY_OFF:
            return HoursException(day, DAY_OFF)
        start, end = parse_window(f"{row.start_time}-{row.end_time}")
        return HoursException(day, row.kind, start, end)
    except (ValueError, TypeError):  # ScheduleError is a ValueError
        return None


def _to_domain(row: RoleRow) -> Role:
    exceptions = (_exception(item) for item in row.exceptions)
    return Role(
        id=row.id,
        name=row.name,
        kind=row.kind,
        zone=row.zone,
        hours=_schedule(row.hours),
        holidays_off=bool(row.holidays_off),
        holiday_country=row.holiday_country,
        exceptions=tuple(item for item in exceptions if item is not None),
    )


def _exception_row(item: HoursException) -> RoleExceptionRow:
    times = (
        window_text(item.start, item.end).split("-")
        if item.start is not None and item.end is not None
        else (None, None)
    )
    return RoleExceptionRow(
        day=item.day.isoformat(), kind=item.kind, start_time=times[0], end_time=times[1]
    )


class RoleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[Role]:
        rows = self._session.scalars(select(RoleRow).order_by(RoleRow.position, RoleRow.id))
        return [_to_domain(row) for row in rows]

    def save(self, role: Role) -> Role:
        """Insert a role without an id (last in order), or replace the one with its id."""
        stamp = now_utc()
        if role.id is None:
            position = self._session.scalar(select(func.max(RoleRow.position)))
            row = RoleRow(position=(position or 0) + 1, created_utc=stamp)
            self._session.add(row)
        else:
            found = self._session.get(RoleRow, role.id)
            if found is None:
                raise EntryGone()
            row = found
        row.name = role.name
        row.kind = role.kind
        row.zone = role.zone
        row.hours = role.hours.text
        row.holidays_off = int(role.holidays_off)
        row.holiday_country = role.holiday_country
        row.updated_utc = stamp
        row.exceptions = [_exception_row(item) for item in role.exceptions]
        self._session.flush()
        return _to_domain(row)

    def delete(self, role_id: int) -> None:
        row = self._session.get(RoleRow, role_id)
        if row is None:
            raise EntryGone()
        self._session.delete(row)
