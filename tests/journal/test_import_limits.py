"""Every importer keeps to the date range and refuses invalid text: a whole file or nothing,
with the line (or entry) at fault named."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.journal.checkin import new_checkin
from companion.journal.files import ImportProblem, checkins_csv, parse_import
from companion.plan.json_format import PlanFileError, parse_plan_file, plan_json
from companion.plan.model import Plan
from companion.plan.schema import section
from companion.services.export import checkin_json

DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
GOOD_DAYLIO = "2024-01-01,January 1,Monday,10:00,good,walk,,\n"


def _future_day() -> str:
    return (datetime.now(UTC) + timedelta(days=3)).date().isoformat()


@pytest.mark.parametrize("day", ["0001-01-01", "0999-06-01", "1899-12-31", "9999-12-31"])
@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Pacific/Kiritimati", "Etc/GMT+12"])
def test_a_daylio_row_outside_the_range_is_refused_with_its_line(day, zone) -> None:
    data = (DAYLIO_HEADER + GOOD_DAYLIO + f"{day},x,x,00:10,good,,,\n").encode()
    with pytest.raises(ImportProblem) as refused:
        parse_import(data, zone)
    assert refused.value.line == 3 and refused.value.bad_lines == (3,)
    assert "line 3: full_date must be between 1900-01-01 and one day from now" in str(refused.value)


def test_a_daylio_row_in_the_future_is_refused() -> None:
    data = (DAYLIO_HEADER + GOOD_DAYLIO + f"{_future_day()},x,x,10:00,good,,,\n").encode()
    with pytest.raises(ImportProblem, match="line 3: full_date must be between"):
        parse_import(data, "UTC")


def test_the_first_daylio_day_is_accepted_in_far_zones() -> None:
    data = (DAYLIO_HEADER + "1900-01-01,x,x,00:00,good,,,\n").encode()
    for zone in ("Pacific/Kiritimati", "Etc/GMT+12", "Asia/Tokyo"):
        (entry,) = parse_import(data, zone).checkins
        assert entry.local_time().year == 1900


def _our_row(at_utc: str) -> str:
    entry = new_checkin(at=datetime(2024, 1, 1, tzinfo=UTC), zone="UTC", mood=3, energy=3)
    header, row = checkins_csv([entry]).split("\r\n")[:2]
    return header + "\r\n" + row.replace("2024-01-01T00:00:00Z", at_utc, 1) + "\r\n"


@pytest.mark.parametrize(
    "at_utc",
    ["0999-06-01T10:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:00:00-12:00"],
)
def test_our_csv_refuses_times_outside_the_range_by_line(at_utc) -> None:
    with pytest.raises(ImportProblem) as refused:
        parse_import(_our_row(at_utc).encode(), "UTC")
    assert refused.value.line == 2 and "line 2: at_utc" in str(refused.value)


def _export(*entries: dict) -> bytes:
    document = {"format": "companion-export", "format_version": 1, "checkins": list(entries)}
    return json.dumps(document).encode()


def _entry(**changes) -> dict:
    entry = new_checkin(at=datetime(2024, 1, 1, tzinfo=UTC), zone="UTC", mood=3, energy=3)
    return {**checkin_json(entry), **changes}


@pytest.mark.parametrize(
    "at_utc",
    [
        "0999-06-01T10:00:00Z",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-12:00",
        "1899-12-31T23:59:59Z",
        "2999-01-01T00:00:00Z",
    ],
)
def test_the_json_export_reader_refuses_times_outside_the_range(at_utc) -> None:
    with pytest.raises(ImportProblem, match=r"checkins\[1\]: at_utc") as refused:
        parse_import(_export(_entry(), _entry(at_utc=at_utc)), "UTC")
    assert "checkins[0]" not in str(refused.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("note", "\ud800"),
        ("tags", [{"kind": "tag", "label": "a\udfffb", "plan_entry_id": None}]),
        ("tags", [{"kind": "tool", "label": "walk", "plan_entry_id": "\ud800"}]),
        ("tags", [{"kind": "tool", "label": "walk", "plan_entry_id": "x" * 65}]),
        ("zone", "a" * 5000),
    ],
)
def test_the_json_export_reader_refuses_invalid_text(field, value) -> None:
    data = json.dumps({"format": "companion-export", "format_version": 1, "checkins": [
        _entry(**{field: value})
    ]}).encode()  # fmt: skip
    with pytest.raises(ImportProblem, match=r"checkins\[0\]"):
        parse_import(data, "UTC")


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.dates().map(lambda day: day.isoformat()),
        st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
    ),
    st.sampled_from(["00:00", "23:59", "12:00", "2:30 am"]),
    st.sampled_from(["UTC", "Pacific/Kiritimati", "Etc/GMT+12", "Europe/Berlin"]),
)
def test_daylio_dates_of_any_year_import_or_are_refused_by_line(day, clock, zone) -> None:
    data = (DAYLIO_HEADER + f"{day},x,x,{clock},good,,,\n").encode()
    try:
        result = parse_import(data, zone)
    except ImportProblem as refused:
        assert refused.line == 2 and str(refused).startswith("line 2: ")
    else:
        (entry,) = result.checkins
        assert entry.at <= datetime.now(UTC) + timedelta(days=1)
        assert entry.local_time().year >= 1900


@settings(max_examples=200, deadline=None)
@given(st.datetimes(timezones=st.timezones()).map(lambda moment: moment.isoformat()))
def test_json_times_of_any_year_and_offset_import_or_are_refused(at_utc) -> None:
    try:
        parse_import(_export(_entry(at_utc=at_utc)), "UTC")
    except ImportProblem as refused:
        assert str(refused).startswith("checkins[0]: at_utc")


# --- the plan file --------------------------------------------------------------------------


def _plan_file(entries: list[dict], list_key: str = "tools", section_key: str = "toolbox"):
    document = plan_json(Plan())
    document["sections"][section_key]["lists"][list_key] = entries
    return json.dumps(document).encode()


def test_a_hundred_thousand_item_plan_is_refused_with_its_place() -> None:
    entries = [{"id": f"e{i}", "text": "walk"} for i in range(100_000)]
    with pytest.raises(PlanFileError) as refused:
        parse_plan_file(_plan_file(entries))
    assert refused.value.where == "sections.toolbox.lists.tools"
    assert "100,000 entries; a list can have at most 500" in refused.value.problem


def test_a_plan_with_too_many_entries_in_all_is_refused() -> None:
    document = json.loads(_plan_file([]))
    crisis = section("crisis")
    for spec in crisis.lists:
        document["sections"]["crisis"]["lists"][spec.key] = (
            [{"id": f"{spec.key}{i}"} for i in range(500)] if spec.kind == "item" else []
        )
    with pytest.raises(PlanFileError, match="past 2,000 entries"):
        parse_plan_file(json.dumps(document).encode())


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "a", "text": "\ud800"},
        {"id": "\udfff", "text": "walk"},
        {"id": "x" * 65, "text": "walk"},
    ],
)
def test_invalid_text_or_ids_in_a_plan_file_are_refused_with_their_place(entry) -> None:
    with pytest.raises(PlanFileError) as refused:
        parse_plan_file(_plan_file([entry]))
    assert refused.value.where.startswith("sections.toolbox.lists.tools[0]")


def test_a_lone_surrogate_in_a_plan_heading_is_refused() -> None:
    document = json.loads(_plan_file([]))
    document["sections"]["toolbox"]["heading"] = "\ud800"
    with pytest.raises(PlanFileError, match="not valid text") as refused:
        parse_plan_file(json.dumps(document).encode())
    assert refused.value.where == "sections.toolbox.heading"
