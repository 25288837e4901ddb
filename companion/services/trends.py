"""What the Trends page, the Today overview and `companion chart` ask of the store."""

from __future__ import annotations

from datetime import datetime

from companion.clock import local_today
from companion.services.settings import SettingsService
from companion.stats.readings import reading_from_row
from companion.stats.trend_input import TrendInput
from companion.store import Store
from companion.store.trend_repository import TrendRepository


class TrendsService:
    """Reads the person's data once, as plain data for `companion.stats` and `companion.charts`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._settings = SettingsService(store)

    def trend_input(self, zone: str, now: datetime | None = None) -> TrendInput:
        """Every check-in as a reading, today in `zone`, and the current scales."""
        with self._store.transaction() as session:
            rows = TrendRepository(session).reading_rows()
        readings = sorted((reading_from_row(*row) for row in rows), key=lambda r: (r.day, r.hour))
        mood_steps, energy_steps = self._settings.scales()
        return TrendInput(
            readings=tuple(readings),
            today=local_today(zone, now),
            mood_steps=mood_steps,
            energy_steps=energy_steps,
        )
