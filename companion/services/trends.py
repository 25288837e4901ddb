"""What the Trends page, the Today overview and `companion chart` ask of the store."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from companion.clock import local_day_bounds, local_today
from companion.services.plan import PlanService
from companion.services.settings import SettingsService
from companion.stats.boundaries import (
    ContactPoint,
    ReviewPoint,
    TalkPoint,
    contact_point,
    monday_of_week,
)
from companion.stats.readings import reading_from_row
from companion.stats.report import ReportSource, month_days, tag_point
from companion.stats.trend_input import TrendInput
from companion.store import Store
from companion.store.trend_repository import TagRowData, TrendRepository


class TrendsService:
    """Reads the person's data once, as plain data for `companion.stats` and `companion.charts`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._settings = SettingsService(store)

    def trend_input(self, zone: str, now: datetime | None = None) -> TrendInput:
        """Every check-in as a reading, today in `zone`, and the current scales."""
        with self._store.transaction() as session:
            repository = TrendRepository(session)
            rows = repository.reading_rows()
            contacts = tuple(contact_point(*row) for row in repository.contact_rows())
            talks = tuple(TalkPoint(day, with_whom) for day, with_whom in repository.talk_rows())
            reviews = tuple(_review(*row) for row in repository.review_rows())
        readings = sorted((reading_from_row(*row) for row in rows), key=lambda r: (r.day, r.hour))
        mood_steps, energy_steps = self._settings.scales()
        return TrendInput(
            readings=tuple(readings),
            today=local_today(zone, now),
            mood_steps=mood_steps,
            energy_steps=energy_steps,
            contacts=tuple(sorted(contacts, key=_contact_order)),
            talks=talks,
            reviews=tuple(review for review in reviews if review is not None),
        )

    def month_tags(self, start_utc: datetime, end_utc: datetime) -> list[TagRowData]:
        """(kind, label, plan entry id, at_utc, zone) of every plan tag (tools, triggers,
        signs) on the check-ins from `start_utc` to `end_utc` (excluded): the monthly report's
        "what I used from my plan"."""
        with self._store.transaction() as session:
            return TrendRepository(session).tag_rows(start_utc, end_utc)

    def report_source(self, month: str, zone: str, now: datetime | None = None) -> ReportSource:
        """The monthly report's data for `month` ("YYYY-MM"; InvalidEntry otherwise): the
        trends, the plan as it is now, and the plan tags of check-ins on the month's days."""
        first, last = month_days(month)
        data = self.trend_input(zone, now)
        # A day's margin each side: check-ins made in another zone still count by their day.
        start = local_day_bounds(first, zone)[0] - timedelta(days=1)
        end = local_day_bounds(last, zone)[1] + timedelta(days=1)
        tags = [tag_point(*row) for row in self.month_tags(start, end)]
        return ReportSource(
            data=data,
            plan=PlanService(self._store).current(),
            month=month,
            tags=tuple(tag for tag in tags if first <= tag.day <= last),
        )


def _contact_order(point: ContactPoint) -> date:
    return point.day


def _review(
    week: str, rested: bool | None, talked_through: str | None, energy: int | None
) -> ReviewPoint | None:
    try:
        monday = monday_of_week(week)
    except ValueError:  # a hand-edited week that is not an ISO week is left out
        return None
    return ReviewPoint(monday, rested, talked_through, energy)
