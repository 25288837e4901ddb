"""The monthly report's plain data: months, the month before, and what of the plan was used
(tools and signs counted once per day, found by plan entry or by the tag's kind)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from companion.errors import InvalidEntry
from companion.plan.examples import example_plan
from companion.stats.boundaries import ContactPoint, ReviewPoint
from companion.stats.readings import Reading
from companion.stats.report import (
    ReportSource,
    TagPoint,
    month_days,
    plan_use,
    previous_month,
    tag_point,
)
from companion.stats.trend_input import TrendInput


def test_month_days() -> None:
    assert month_days("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_days("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_days("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    for wrong in ("2026-13", "2026-1", "26-11", "2026/11", "", "1899-12", "november"):
        with pytest.raises(InvalidEntry):
            month_days(wrong)


def test_previous_month_across_a_year() -> None:
    assert previous_month(date(2027, 1, 15)) == "2026-12"
    assert previous_month(date(2026, 3, 31)) == "2026-02"


def test_a_tag_counts_on_its_local_day() -> None:
    late = datetime(2026, 10, 31, 16, tzinfo=UTC)  # 1 Nov, 01:00 in Tokyo
    assert tag_point("tool", "walk", None, late, "Asia/Tokyo").day == date(2026, 11, 1)


def test_plan_use_counts_days_and_finds_the_action_plans() -> None:
    plan = example_plan("en")
    tool = next(entry for key, _list, entry in plan.all_entries() if key == "toolbox")
    sign = next(
        entry
        for key, list_key, entry in plan.all_entries()
        if key == "warning_signs" and list_key == "signs"
    )
    day, other = date(2026, 11, 3), date(2026, 11, 4)
    tags = [
        TagPoint(day, "tool", tool.text("text"), tool.id),
        TagPoint(day, "tool", tool.text("text"), tool.id),  # twice a day counts once
        TagPoint(other, "tool", tool.text("text"), tool.id),
        TagPoint(other, "tool", "typed freely"),  # no entry: by its kind
        TagPoint(other, "warning", sign.text("text"), sign.id),
        TagPoint(other, "breaking", "all at once"),
    ]
    use = plan_use(plan, tags, "en")
    assert use.tools == ((tool.text("text"), 2), ("typed freely", 1))
    assert [noticed.section_key for noticed in use.signs] == ["warning_signs", "breaking_down"]
    warning = use.signs[0]
    assert warning.heading == plan.heading("warning_signs", "en")
    assert warning.signs == ((sign.text("text"), 1),)
    assert warning.must_do == tuple(
        e.text("text") for e in plan.entries("warning_signs", "must_do")
    )
    assert not use.empty and plan_use(plan, [], "en").empty


def test_has_data_sees_checkins_contacts_and_reviews_of_the_month() -> None:
    plan = example_plan("en")
    today = date(2026, 12, 5)
    nothing = ReportSource(TrendInput((), today), plan, "2026-11")
    assert not nothing.has_data()
    reading = TrendInput((Reading(date(2026, 11, 30), 9, 0.5, 0.5),), today)
    assert ReportSource(reading, plan, "2026-11").has_data()
    assert not ReportSource(reading, plan, "2026-10").has_data()
    contact = TrendInput((), today, contacts=(ContactPoint(date(2026, 11, 1), None, 5, 1),))
    assert ReportSource(contact, plan, "2026-11").has_data()
    # The week of Monday 26 Oct ends on 1 Nov: its review belongs to November too.
    review = TrendInput((), today, reviews=(ReviewPoint(date(2026, 10, 26)),))
    assert ReportSource(review, plan, "2026-11").has_data()
