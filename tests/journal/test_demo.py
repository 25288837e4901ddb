"""Demo data: the same seed gives the same plan and check-ins, shaped like a real journal."""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from datetime import UTC, date, timedelta

import pytest

from companion.clock import local_day_bounds
from companion.errors import InvalidEntry
from companion.journal.checkin import PLAN_LISTS_FOR_TAGS, CheckIn
from companion.journal.demo import demo_data
from companion.plan.model import Plan

TODAY = date(2026, 3, 29)  # the clocks go forward in London that night
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def ten_years() -> tuple[Plan, list[CheckIn]]:
    return demo_data(10, today=TODAY, zone="Europe/London", language="en")


@pytest.fixture(scope="module")
def one_year_ja() -> tuple[Plan, list[CheckIn]]:
    return demo_data(1, today=TODAY, zone="Asia/Tokyo", language="ja", seed=3)


def test_the_same_seed_gives_the_same_data() -> None:
    first = demo_data(1, today=TODAY, zone="Asia/Tokyo", language="ja")
    again = demo_data(1, today=TODAY, zone="Asia/Tokyo", language="ja")
    other = demo_data(1, today=TODAY, zone="Asia/Tokyo", language="ja", seed=8)
    assert first == again
    assert [c.tags for c in first[1]] == [c.tags for c in again[1]]  # plan ids too
    assert first[1] != other[1]


def test_about_two_check_ins_a_day(ten_years, one_year_ja) -> None:
    assert 600 <= len(one_year_ja[1]) <= 900
    assert 7_000 <= len(ten_years[1]) <= 9_000
    days = {checkin.local_time().date() for checkin in ten_years[1]}
    assert 0.85 <= len(days) / round(10 * 365.25) <= 0.95  # about one day in ten is skipped


def test_ten_years_are_quick() -> None:
    started = time.perf_counter()
    demo_data(10, today=TODAY, zone="America/New_York", language="ja", seed=11)
    assert time.perf_counter() - started < 2.0


def test_the_plan_has_enough_to_pick_from(ten_years) -> None:
    plan = ten_years[0]
    sizes = {kind: len(plan.entries(*lists)) for kind, lists in PLAN_LISTS_FOR_TAGS.items()}
    assert sizes == {"tool": 8, "trigger": 5, "warning": 5, "breaking": 3}
    supporters = plan.entries("crisis", "supporters")
    assert len(supporters) == 2 and all(entry.get("consent") is True for entry in supporters)
    assert len(plan.entries("crisis", "not_involved")) == 1
    stances = {entry.get("stance") for entry in plan.entries("crisis", "medications")}
    assert stances == {"current", "unacceptable"}
    assert len(plan.entries("crisis", "tasks")) == 1
    ids = [entry.id for _section, _list, entry in plan.all_entries()]
    assert len(ids) == len(set(ids))


def test_every_plan_tag_points_into_the_right_list(ten_years) -> None:
    plan, checkins = ten_years
    seen = set()
    for checkin in checkins:
        for tag in checkin.tags:
            seen.add(tag.kind)
            if tag.kind == "tag":
                assert tag.plan_entry_id is None
                continue
            assert tag.plan_entry_id is not None
            where = plan.find(tag.plan_entry_id)
            assert where is not None and where[:2] == PLAN_LISTS_FOR_TAGS[tag.kind]
            assert plan.entries(*where[:2])[where[2]].text("text") == tag.label
    assert seen == {"tag", "tool", "trigger", "warning", "breaking"}
    free = {tag.label for checkin in checkins for tag in checkin.tags if tag.kind == "tag"}
    assert free == {"work", "supervision", "peer group"}


def test_times_are_utc_sorted_and_cover_the_range(ten_years) -> None:
    checkins = ten_years[1]
    assert all(checkin.at.tzinfo is UTC for checkin in checkins)
    assert [checkin.at for checkin in checkins] == sorted(checkin.at for checkin in checkins)
    first_day = TODAY - timedelta(days=round(10 * 365.25) - 1)
    assert first_day <= checkins[0].local_time().date() <= first_day + timedelta(days=7)
    assert TODAY - timedelta(days=7) <= checkins[-1].local_time().date() <= TODAY
    assert checkins[-1].at < local_day_bounds(TODAY, "Europe/London")[1]
    months = {checkin.local_time().strftime("%Y-%m") for checkin in checkins}
    assert len(months) >= 120
    hours = {checkin.local_time().hour for checkin in checkins}
    assert min(hours) <= 8 and max(hours) >= 21  # mornings and evenings


def test_scales_sleep_and_notes_look_like_a_journal(ten_years) -> None:
    checkins = ten_years[1]
    assert {checkin.mood.steps for checkin in checkins} == {7}
    assert len({checkin.mood.step for checkin in checkins}) == 7
    sleep = [checkin.sleep_hours for checkin in checkins if checkin.sleep_hours is not None]
    assert 0.1 <= 1 - len(sleep) / len(checkins) <= 0.2
    assert sum(5.5 <= hours <= 8.5 for hours in sleep) / len(sleep) > 0.9
    assert 0.25 <= sum(bool(checkin.note) for checkin in checkins) / len(checkins) <= 0.35
    assert not any(JAPANESE.search(checkin.note) for checkin in checkins)


def _weeks(checkins: list[CheckIn]) -> dict[date, list[CheckIn]]:
    weeks: dict[date, list[CheckIn]] = defaultdict(list)
    for checkin in checkins:
        day = checkin.local_time().date()
        weeks[day - timedelta(days=day.weekday())].append(checkin)
    return weeks


def _mean(values: list[float]) -> float:
    return math.fsum(values) / len(values)


@pytest.mark.parametrize("fixture", ["ten_years", "one_year_ja"])
def test_there_are_harder_stretches_and_recoveries(fixture, request) -> None:
    checkins = request.getfixturevalue(fixture)[1]
    overall = _mean([checkin.mood.normalised for checkin in checkins])
    weeks = _weeks(checkins)
    hard = [
        monday
        for monday, week in weeks.items()
        if _mean([checkin.mood.normalised for checkin in week]) < overall - 0.15
        and {"warning", "breaking"} <= {tag.kind for checkin in week for tag in checkin.tags}
    ]
    assert len(hard) >= (5 if fixture == "ten_years" else 1)

    def tool_share(week: list[CheckIn]) -> float:
        return _mean([float(any(tag.kind == "tool" for tag in c.tags)) for c in week])

    after = [
        weeks[monday + timedelta(days=7 * later)]
        for monday in hard
        for later in (2, 3)
        if monday + timedelta(days=7 * later) in weeks
    ]
    assert _mean([tool_share(week) for week in after]) > tool_share(checkins) + 0.1


def test_japanese_demo_speaks_japanese(one_year_ja) -> None:
    plan, checkins = one_year_ja
    texts = [entry.text("text") for _s, _l, entry in plan.all_entries() if entry.kind == "item"]
    assert texts and all(JAPANESE.search(text) for text in texts)
    assert all(
        JAPANESE.search(str(entry.get("name"))) for entry in plan.entries("crisis", "supporters")
    )
    notes = [checkin.note for checkin in checkins if checkin.note]
    assert notes and all(JAPANESE.search(note) for note in notes)
    free = {tag.label for checkin in checkins for tag in checkin.tags if tag.kind == "tag"}
    assert free == {"仕事", "スーパービジョン", "ピアグループ"}


@pytest.mark.parametrize("years", [0, -1, math.nan, math.inf])
def test_years_must_be_a_positive_number(years) -> None:
    with pytest.raises(ValueError, match="years"):
        demo_data(years, today=TODAY, zone="UTC", language="en")


def test_unknown_zones_are_refused() -> None:
    with pytest.raises(InvalidEntry) as raised:
        demo_data(1, today=TODAY, zone="Mars/Olympus_Mons", language="en")
    assert raised.value.field == "zone"


def test_a_single_day_works() -> None:
    _plan, checkins = demo_data(1 / 365.25, today=TODAY, zone="Pacific/Apia", language="en")
    assert 1 <= len(checkins) <= 3
    assert all(checkin.local_time().date() == TODAY for checkin in checkins)


def test_per_day_gives_exactly_that_many_check_ins_every_day() -> None:
    _plan, checkins = demo_data(0.1, today=TODAY, zone="Europe/London", language="en", per_day=10)
    per_day: defaultdict[date, int] = defaultdict(int)
    for checkin in checkins:
        per_day[checkin.local_time().date()] += 1
    assert len(per_day) == round(0.1 * 365.25)
    assert set(per_day.values()) == {10}  # the clocks going forward that night skip none
    assert checkins == sorted(checkins, key=lambda checkin: checkin.at)
    with pytest.raises(ValueError, match="per_day"):
        demo_data(1, today=TODAY, zone="UTC", language="en", per_day=0)
