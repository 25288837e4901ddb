"""The last seven days as plain data for the Today glance: daily mood and energy, and contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from companion.clock import local_day_bounds, local_today
from companion.journal.checkin import JournalFilter
from companion.services.store_services import StoreServices
from companion.stats.readings import readings_of
from companion.stats.trend_input import TrendInput

WEEK_DAYS = 7
# More check-ins than anyone makes in a week; the glance reads no further.
MOST_CHECKINS_READ = 5000


@dataclass(frozen=True)
class Week:
    """The seven local days ending today, oldest first, with each day's mean mood and energy
    (normalised 0..1; None on a day without a check-in or without energy)."""

    days: tuple[date, ...]
    mood: tuple[float | None, ...]
    energy: tuple[float | None, ...]
    mood_steps: int
    energy_steps: int
    contacts: int | None = None  # None: the person logs no contacts (no role, none this week)

    @property
    def days_with_checkins(self) -> int:
        return sum(value is not None for value in self.mood)

    def mean_step(self, which: str) -> int | None:
        """The week's mean of daily means as a step of the current scale (for words)."""
        values = [value for value in getattr(self, which) if value is not None]
        if not values:
            return None
        steps = self.mood_steps if which == "mood" else self.energy_steps
        return round(fmean(values) * (steps - 1)) + 1


def read_week(services: StoreServices, zone: str) -> Week:
    """Check-ins and contacts of the last seven local days in `zone` (today included)."""
    today = local_today(zone)
    first = today - timedelta(days=WEEK_DAYS - 1)
    start_utc = local_day_bounds(first, zone)[0]
    end_utc = local_day_bounds(today, zone)[1]
    checkins = services.journal.page(
        JournalFilter(start=start_utc, end=end_utc), 0, MOST_CHECKINS_READ
    )
    mood_steps, energy_steps = services.settings.scales()
    data = TrendInput(tuple(readings_of(checkins)), today, mood_steps, energy_steps)
    by_date = {day.day: day for day in data.days}
    days = tuple(first + timedelta(days=offset) for offset in range(WEEK_DAYS))
    contacts = len(services.boundaries.contacts(start_utc, end_utc))
    logs_contacts = contacts > 0 or bool(services.hours.roles())
    return Week(
        days=days,
        mood=tuple(by_date[day].mood if day in by_date else None for day in days),
        energy=tuple(by_date[day].energy if day in by_date else None for day in days),
        mood_steps=mood_steps,
        energy_steps=energy_steps,
        contacts=contacts if logs_contacts else None,
    )
