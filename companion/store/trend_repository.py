"""The columns the trends are drawn from, read without building ORM objects (fast on ten years)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from companion.store.models import CheckInRow, CheckInTagRow

# (at_utc, zone, (mood step, steps), (energy step, steps) or None, sleep hours, tool labels)
ReadingRow = tuple[
    datetime, str, tuple[int, int], tuple[int, int] | None, float | None, tuple[str, ...]
]


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
