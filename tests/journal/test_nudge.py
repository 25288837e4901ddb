"""The nudge rule on hand-made histories: which days count, which kind wins, what it offers."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from companion.journal.checkin import Tag, new_checkin
from companion.journal.nudge import NudgeRule, evaluate
from companion.plan.examples import example_plan

TODAY = date(2026, 11, 29)
PLAN = example_plan("en")


def day(d: int, *tags: Tag, hour: int = 12):
    return new_checkin(
        at=datetime(2026, 11, d, hour, tzinfo=UTC), zone="UTC", mood=3, energy=3, tags=tags
    )


WARN = Tag("warning", "Skipping meals")
WARN2 = Tag("warning", "Checking messages late at night")
BREAK = Tag("breaking", "Not sleeping for two nights")


def test_two_of_the_last_three_days_shows_the_action_plan() -> None:
    nudge = evaluate(NudgeRule(), [day(27, WARN), day(29, WARN2)], TODAY, PLAN)
    assert nudge is not None and nudge.kind == "warning" and nudge.days_with_signs == 2
    assert nudge.signs == ("Checking messages late at night", "Skipping meals")
    assert [e.text("text") for e in nudge.must_do] == ["Talk to my supervisor this week"]


def test_one_day_is_not_enough_and_several_entries_that_day_count_once() -> None:
    assert evaluate(NudgeRule(), [day(29, WARN), day(29, WARN2, hour=20)], TODAY, PLAN) is None


def test_days_outside_the_window_do_not_count() -> None:
    assert evaluate(NudgeRule(), [day(25, WARN), day(26, WARN), day(29, WARN)], TODAY, PLAN) is None


def test_breaking_down_comes_first() -> None:
    history = [day(28, WARN, BREAK), day(29, WARN, BREAK)]
    nudge = evaluate(NudgeRule(), history, TODAY, PLAN)
    assert nudge is not None and nudge.kind == "breaking"
    planned = [e.text("text") for e in nudge.must_do]
    assert planned == ["Call my doctor", "Cancel non-essential plans"]


def test_the_rule_is_adjustable() -> None:
    strict = NudgeRule(days=7, min_days=3, kinds=("warning",))
    history = [day(23, WARN), day(26, WARN), day(29, BREAK)]
    assert evaluate(strict, history, TODAY, PLAN) is None
    assert evaluate(NudgeRule(days=7, min_days=2), history, TODAY, PLAN).kind == "warning"


def test_impossible_rules_are_refused() -> None:
    with pytest.raises(ValueError):
        NudgeRule(days=2, min_days=3)
    with pytest.raises(ValueError):
        NudgeRule(kinds=("mood",))


def test_free_tags_never_nudge() -> None:
    history = [day(28, Tag("tag", "Skipping meals")), day(29, Tag("tag", "Skipping meals"))]
    assert evaluate(NudgeRule(), history, TODAY, PLAN) is None
