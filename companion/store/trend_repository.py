"""The columns the trends are drawn from, read without building ORM objects (fast on ten years)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from companion.store.models import (
    CheckInRow,
    CheckInTagRow,
    ContactRow,
    RoleRow,
    SupervisionTalkRow,
    WeeklyReviewRow,
)

# (at_utc, zone, (mood step, steps), (energy step, steps) or None, sleep hours, tool labels)
ReadingRow = tuple[
    datetime, str, tuple[int, int], tuple[int, int] | None, float | None, tuple[str, ...]
]

# (at_utc, zone, role name or None, minutes, load, outside hours, for supervision, talked through)
ContactRowData = tuple[datetime, str, str | None, int, int, bool | None, bool, bool]
# (week "2026-W48", rested, talked through key, energy step)
ReviewRowData = tuple[str, bool | None, str | None, int | None]
# (kind, label, plan entry id, at_utc, zone): a tag of a check-in
TagRowData = tuple[str, str, str | None, datetime, str]


def _day(text: str | None) -> date | None:
    try:
        return None if text is None else date.fromisoformat(text)
    except ValueError:
        return None


class TrendRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def reading_rows(self) -> list[ReadingRow]:
        """Every check-in, oldest first, with the labels of its toolbox tools."""
        tools: dict[int, list[str]] = defaultdict(list)
        tag_query = (
            select(CheckInTagRow.checkin_id, CheckInTagRow.label)
            .where(CheckInTagRow.kind == "tool")
            .order_by(CheckInTagRow.checkin_id, CheckInTagRow.position)
        )
        for checkin_id, label in self._session.execute(tag_query):
            tools[checkin_id].append(label)
        query = select(
            CheckInRow.id,
            CheckInRow.at_utc,
            CheckInRow.zone,
            CheckInRow.mood_step,
            CheckInRow.mood_steps,
            CheckInRow.energy_step,
            CheckInRow.energy_steps,
            CheckInRow.sleep_hours,
        ).order_by(CheckInRow.at_utc, CheckInRow.id)
        rows: list[ReadingRow] = []
        for (
            row_id,
            at,
            zone,
            mood,
            mood_steps,
            energy,
            energy_steps,
            sleep,
        ) in self._session.execute(query):
            rows.append(
                (
                    at,
                    zone,
                    (mood, mood_steps),
                    None if energy is None or energy_steps is None else (energy, energy_steps),
                    sleep,
                    tuple(tools.get(row_id, ())),
                )
            )
        return rows

    def contact_rows(self) -> list[ContactRowData]:
        """Every contact, oldest first, with its role's name; never the alias or reflection."""
        query = (
            select(
                ContactRow.at_utc,
                ContactRow.zone,
                RoleRow.name,
                ContactRow.minutes,
                ContactRow.load,
                ContactRow.outside_hours,
                ContactRow.for_supervision,
                ContactRow.supervision_id,
            )
            .outerjoin(RoleRow, RoleRow.id == ContactRow.role_id)
            .order_by(ContactRow.at_utc, ContactRow.id)
        )
        return [
            (
                at,
                zone,
                role,
                minutes,
                load,
                None if outside is None else bool(outside),
                bool(wanted),
                talk is not None,
            )
            for at, zone, role, minutes, load, outside, wanted, talk in self._session.execute(query)
        ]

    def talk_rows(self) -> list[tuple[date, str]]:
        """(day, with whom) of every supervision talk, by day; never the topics."""
        query = select(SupervisionTalkRow.day, SupervisionTalkRow.with_whom).order_by(
            SupervisionTalkRow.day, SupervisionTalkRow.id
        )
        return [
            (day, with_whom)
            for text, with_whom in self._session.execute(query)
            if (day := _day(text)) is not None
        ]

    def review_rows(self) -> list[ReviewRowData]:
        """Every weekly review by week, without its words."""
        query = select(
            WeeklyReviewRow.week,
            WeeklyReviewRow.rested,
            WeeklyReviewRow.talked_through,
            WeeklyReviewRow.energy,
        ).order_by(WeeklyReviewRow.week)
        return [
            (week, None if rested is None else bool(rested), talked, energy)
            for week, rested, talked, energy in self._session.execute(query)
        ]

    def tag_rows(self, start_utc: datetime, end_utc: datetime) -> list[TagRowData]:
        """The tags (not free tags) of check-ins from `start_utc` to `end_utc` (excluded)."""
        query = (
            select(
                CheckInTagRow.kind,
                CheckInTagRow.label,
                CheckInTagRow.plan_entry_id,
                CheckInRow.at_utc,
                CheckInRow.zone,
            )
            .join(CheckInRow, CheckInRow.id == CheckInTagRow.checkin_id)
            .where(CheckInTagRow.kind != "tag")
            .where(CheckInRow.at_utc >= start_utc, CheckInRow.at_utc < end_utc)
            .order_by(CheckInRow.at_utc, CheckInTagRow.position)
        )
        return [tuple(row) for row in self._session.execute(query)]  # type: ignore[misc]
