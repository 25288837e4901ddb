"""What seems to help: days with and without each tool, their means, and the minimum of days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.stats.daily import by_day
from companion.stats.helps import MIN_DAYS_WITH, MIN_DAYS_WITHOUT, tool_helps
from companion.stats.readings import Reading

START = date(2026, 1, 1)


def _readings(plan: list[tuple[float, tuple[str, ...]]]) -> list[Reading]:
    return [
        Reading(START + timedelta(days=n), 12, mood, None, None, tools)
        for n, (mood, tools) in enumerate(plan)
    ]


def test_known_means_with_and_without_a_tool() -> None:
    plan = [(1.0, ("Walk",))] * 5 + [(0.5, ())] * 4 + [(0.0, ("Bath",))]
    readings = _readings(plan)
    helps = tool_helps(by_day(readings), readings, START, START + timedelta(days=30))
    assert helps.days == 10
    walk, bath = helps.tools  # most used first
    assert (walk.tool, walk.days_with, walk.days_without) == ("Walk", 5, 5)
    assert walk.mood_with == pytest.approx(1.0)
    assert walk.mood_without == pytest.approx((0.5 * 4 + 0.0) / 5)
    assert walk.enough
    assert (bath.days_with, bath.days_without, bath.enough) == (1, 9, False)
    assert bath.days_missing == MIN_DAYS_WITH - 1
    assert helps.shown() == [walk]
    assert helps.closest() == bath


def test_a_tool_used_twice_on_one_day_counts_one_day_with_the_daily_mean() -> None:
    readings = [
        Reading(START, 8, 0.0, None, None, ("Walk",)),
        Reading(START, 20, 1.0, None, None, ("Walk", "Tea")),
        Reading(START + timedelta(days=1), 9, 0.25, None, None),
    ]
    helps = tool_helps(by_day(readings), readings, START, START + timedelta(days=1))
    walk = next(tool for tool in helps.tools if tool.tool == "Walk")
    assert (walk.days_with, walk.mood_with, walk.days_without, walk.mood_without) == (
        1,
        0.5,
        1,
        0.25,
    )


def test_a_tool_used_every_day_needs_days_without_it() -> None:
    readings = _readings([(0.5, ("Walk",))] * 8)
    helps = tool_helps(by_day(readings), readings, START, START + timedelta(days=10))
    (walk,) = helps.tools
    assert walk.mood_without is None
    assert not walk.enough
    assert walk.days_missing == MIN_DAYS_WITHOUT
    assert helps.shown() == []


def test_no_tools_and_no_days() -> None:
    readings = _readings([(0.5, ())] * 3)
    assert tool_helps(by_day(readings), readings, START, START + timedelta(days=5)).tools == ()
    empty = tool_helps([], [], START, START)
    assert (empty.days, empty.tools, empty.closest()) == (0, (), None)


@given(
    st.lists(
        st.tuples(
            st.floats(min_value=0.0, max_value=1.0),
            st.lists(st.sampled_from(["Walk", "Tea", "🚶 Run"]), max_size=2).map(tuple),
        ),
        max_size=40,
    )
)
def test_days_with_and_without_add_up_and_means_stay_on_the_scale(
    plan: list[tuple[float, tuple[str, ...]]],
) -> None:
    readings = _readings(plan)
    helps = tool_helps(by_day(readings), readings, START, START + timedelta(days=60))
    for tool in helps.tools:
        assert tool.days_with + tool.days_without == helps.days
        for mean in (tool.mood_with, tool.mood_without):
            assert mean is None or -1e-9 <= mean <= 1 + 1e-9
