"""One set of limits: the date range a check-in can have, valid text, and plan lengths."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.clock import in_zone, local_day_bounds, localize, parse_moment, zone_exists
from companion.errors import InvalidEntry
from companion.journal.checkin import Tag, new_checkin
from companion.journal.tagging import plan_tag_choices, resolve_tag
from companion.limits import (
    MAX_PLAN_ENTRIES,
    MAX_PLAN_LIST_ENTRIES,
    MAX_TAG_CHARS,
    NOT_VALID_TEXT,
    check_text,
    earliest_moment,
    fit_tag_label,
)
from companion.plan.model import Plan, make_entry
from companion.plan.schema import section

NOW = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
FAR_ZONES = ["Pacific/Kiritimati", "Etc/GMT-14", "Etc/GMT+12", "Pacific/Pago_Pago", "Asia/Tokyo"]


def checkin_at(at: datetime, zone: str = "Asia/Tokyo", now: datetime = NOW):
    return new_checkin(at=at, zone=zone, mood=3, energy=3, now=now)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize("zone", ["UTC", "Asia/Tokyo", "America/Los_Angeles", *FAR_ZONES])
def test_the_range_starts_at_midnight_of_1900_in_the_persons_zone(zone) -> None:
    first = datetime(1900, 1, 1, tzinfo=ZoneInfo(zone))
    assert checkin_at(first, zone).at == first.astimezone(UTC)
    with pytest.raises(InvalidEntry, match="between 1900-01-01 and one day from now") as refused:
        checkin_at(first - timedelta(seconds=1), zone)
    assert refused.value.field == "at"
    assert earliest_moment(zone) == first.astimezone(UTC)


def test_the_range_ends_one_day_after_now() -> None:
    assert checkin_at(NOW + timedelta(days=1)).at == NOW + timedelta(days=1)
    with pytest.raises(InvalidEntry, match="one day from now"):
        checkin_at(NOW + timedelta(days=1, seconds=1))
    with pytest.raises(InvalidEntry, match="one day from now"):
        checkin_at(NOW + timedelta(days=30))  # the "Earlier, at" field once took this


def test_the_range_follows_the_real_clock_by_default() -> None:
    new_checkin(at=datetime.now(UTC) + timedelta(hours=23), zone="UTC", mood=3, energy=3)
    with pytest.raises(InvalidEntry):
        new_checkin(at=datetime.now(UTC) + timedelta(days=2), zone="UTC", mood=3, energy=3)


@pytest.mark.parametrize(
    ("zone", "wall"),
    [
        ("Europe/Berlin", datetime(2024, 3, 31, 1, 59)),  # just before the spring gap
        ("Europe/Berlin", datetime(2024, 3, 31, 3, 0)),  # just after it
        ("Europe/Berlin", datetime(2024, 10, 27, 2, 30)),  # the repeated hour
        ("America/New_York", datetime(2023, 11, 5, 1, 30)),
        ("Australia/Lord_Howe", datetime(2024, 4, 7, 1, 45)),  # a half-hour change
    ],
)
def test_dates_across_clock_changes_are_still_accepted(zone, wall) -> None:
    at = localize(wall, ZoneInfo(zone))
    assert checkin_at(at, zone).local_time().replace(tzinfo=None) == wall


@pytest.mark.parametrize(
    "text",
    [
        "0001-01-01T00:00:00+14:00",  # a second before the calendar starts, in UTC
        "9999-12-31T23:00:00-12:00",  # after it ends
        "0999-06-01T10:00:00Z",
        "0001-01-01T00:00:00",
    ],
)
def test_extreme_typed_times_are_refused_not_overflowed(text) -> None:
    for zone in ("UTC", "Asia/Tokyo", "Pacific/Kiritimati", "Etc/GMT+12"):
        try:
            moment = parse_moment(text, zone)
        except InvalidEntry as problem:
            assert problem.field == "at"
            continue
        with pytest.raises(InvalidEntry):
            checkin_at(moment, zone)


def test_a_wall_clock_beyond_the_calendar_is_refused() -> None:
    with pytest.raises(InvalidEntry, match="between 1900"):
        localize(datetime(1, 1, 1, 0, 10), ZoneInfo("Asia/Tokyo"))


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(timezones=st.sampled_from([UTC, *map(ZoneInfo, FAR_ZONES)])),
    st.sampled_from(["UTC", *FAR_ZONES]),
)
def test_any_moment_in_any_zone_is_accepted_exactly_within_the_range(moment, zone) -> None:
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        utc = None
    try:
        entry = checkin_at(moment, zone)
    except InvalidEntry as problem:
        assert problem.field == "at"
        assert utc is None or not earliest_moment(zone) <= utc <= NOW + timedelta(days=1)
    else:
        assert utc is not None and earliest_moment(zone) <= entry.at <= NOW + timedelta(days=1)
        entry.local_time()  # always shows


@pytest.mark.parametrize(
    ("moment", "zone"),
    [
        (datetime(1, 1, 1, 5, tzinfo=UTC), "Etc/GMT+12"),
        (datetime(9999, 12, 31, 20, tzinfo=UTC), "Pacific/Kiritimati"),
    ],
)
def test_a_stored_time_beyond_the_calendar_in_its_zone_is_shown_in_utc(moment, zone) -> None:
    assert in_zone(moment, zone) == moment


def test_day_bounds_at_the_ends_of_the_calendar_do_not_overflow() -> None:
    for zone in ("Pacific/Kiritimati", "Etc/GMT+12"):
        for day in (date.min, date.max):
            start, end = local_day_bounds(day, zone)
            assert start < end


def test_zone_names_of_any_length_are_simply_unknown() -> None:
    assert not zone_exists("a" * 10_000)
    assert not zone_exists("\ud800")
    assert not zone_exists("")


# --- text ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["\ud800", "ok \udfff", "\udcff"])
def test_lone_surrogates_are_refused_everywhere_text_enters(text) -> None:
    with pytest.raises(InvalidEntry, match="not valid text"):
        check_text(text, "note")
    with pytest.raises(InvalidEntry, match="not valid text") as refused:
        new_checkin(at=NOW, zone="UTC", mood=3, energy=3, note=text, now=NOW)
    assert refused.value.field == "note" and refused.value.problem == NOT_VALID_TEXT
    with pytest.raises(InvalidEntry, match="not valid text"):
        Tag("tag", text)
    tools = section("toolbox").list_spec("tools")
    with pytest.raises(InvalidEntry, match="not valid text"):
        make_entry(tools, {"text": text})
    with pytest.raises(InvalidEntry, match="not valid text"):
        Plan().renamed("toolbox", text)


def test_paired_surrogates_and_other_scripts_are_fine() -> None:
    assert check_text("散歩 🌿 é", "note") == "散歩 🌿 é"


# --- tags from long plan items ------------------------------------------------------------


def _plan_with_tool(text: str) -> Plan:
    tools = section("toolbox").list_spec("tools")
    return Plan().with_entries("toolbox", "tools", (make_entry(tools, {"text": text}),))


def test_a_plan_item_longer_than_a_tag_is_offered_shortened_and_linked() -> None:
    text = "walk by the river " * 30  # 540 characters; a plan item may be 20,000
    plan = _plan_with_tool(text)
    (choice,) = plan_tag_choices(plan)
    assert len(choice.label) == MAX_TAG_CHARS and choice.label.endswith("…")
    assert choice.plan_entry_id == plan.entries("toolbox", "tools")[0].id
    assert resolve_tag("tool", text, plan) == choice  # the whole text finds it
    assert resolve_tag("tool", choice.label, plan) == choice  # so does the label shown


def test_a_long_free_tool_names_the_option_not_a_tag() -> None:
    with pytest.raises(InvalidEntry) as refused:
        resolve_tag("tool", "x" * (MAX_TAG_CHARS + 1), Plan())
    assert refused.value.field == "--tool"
    assert "unless it names an item of your plan" in refused.value.problem


@given(st.text(min_size=1, max_size=600))
def test_every_fitted_label_is_a_valid_tag(text) -> None:
    if text.split():
        label = fit_tag_label(text)
        assert Tag("tool", label).label == label and len(label) <= MAX_TAG_CHARS


# --- plan lengths -------------------------------------------------------------------------


def test_a_full_list_refuses_one_more_entry() -> None:
    tools = section("toolbox").list_spec("tools")
    entries = tuple(make_entry(tools, {"text": f"t{i}"}) for i in range(MAX_PLAN_LIST_ENTRIES))
    plan = Plan().with_entries("toolbox", "tools", entries)
    with pytest.raises(InvalidEntry, match="at most") as refused:
        plan.inserted("toolbox", "tools", 0, make_entry(tools, {"text": "one more"}))
    assert refused.value.field == "entries"


def test_a_full_plan_refuses_one_more_entry() -> None:
    plan = Plan()
    lists = [(s.key, spec) for s in (section("crisis"), section("daily")) for spec in s.lists]
    added = 0
    for section_key, spec in lists:
        take = min(MAX_PLAN_LIST_ENTRIES - 1, MAX_PLAN_ENTRIES - added)
        if spec.kind != "item" or take <= 0:
            continue
        entries = tuple(make_entry(spec, {"text": f"{spec.key}{i}"}) for i in range(take))
        plan = plan.with_entries(section_key, spec.key, entries)
        added += take
    assert plan.entry_count() == MAX_PLAN_ENTRIES
    tools = section("toolbox").list_spec("tools")
    with pytest.raises(InvalidEntry, match="a plan can have at most"):
        plan.inserted("toolbox", "tools", 0, make_entry(tools, {"text": "one more"}))


def test_offsets_beyond_fourteen_hours_do_not_exist_but_are_handled() -> None:
    moment = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=23, minutes=59)))
    with pytest.raises(InvalidEntry):
        checkin_at(moment)
