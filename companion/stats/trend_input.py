"""Everything the trends are drawn from, as plain data gathered once by the service seam."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from companion.journal.scales import DEFAULT_STEPS
from companion.stats.boundaries import ContactPoint, ReviewPoint, TalkPoint
from companion.stats.daily import Day, by_day
from companion.stats.readings import Reading


@dataclass(frozen=True)
class TrendInput:
    """The person's data for the charts. `readings` are in time order; `mood_steps` and
    `energy_steps` are the scales chosen now, used to label values (which are normalised)."""

    readings: tuple[Reading, ...]
    today: date
    mood_steps: int = DEFAULT_STEPS
    energy_steps: int = DEFAULT_STEPS
    # The boundaries: contacts, supervision talks and weekly reviews, in time order, without
    # aliases or anything the person wrote.
    contacts: tuple[ContactPoint, ...] = ()
    talks: tuple[TalkPoint, ...] = ()
    reviews: tuple[ReviewPoint, ...] = ()

    @cached_property
    def days(self) -> list[Day]:
        """One entry per local day with a check-in (computed once, then shared by charts)."""
        return by_day(self.readings)

    @property
    def first_day(self) -> date | None:
        return self.readings[0].day if self.readings else None
