"""Journal files: our CSV and JSON read back exactly, Daylio imports, bad files import nothing."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.errors import InvalidEntry
from companion.journal.checkin import TAG_KINDS, CheckIn, Tag, checkin_fingerprint, new_checkin
from companion.journal.files import COLUMNS, ImportProblem, checkins_csv, parse_import
from companion.journal.scales import ScaleValue
from companion.services.export import checkin_json

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "UTC"]
SECRET = "秘密のメモ secret-note"


def _transitions() -> list[datetime]:
    """Every UTC instant in 2022–2024 where one of ZONES changes its offset (to the minute);
    in the past, as a check-in must be."""
    found: list[datetime] = []
    for name in ZONES:
        zone = ZoneInfo(name)
        moment = datetime(2022, 1, 1, tzinfo=UTC)
        while moment.year < 2025:
            later = moment + timedelta(minutes=30)
            if moment.astimezone(zone).utcoffset() != later.astimezone(zone).utcoffset():
                found.append(later)
            moment = later
    return found


TRANSITIONS = _transitions()

instants = st.one_of(
    st.builds(
        lambda base, seconds, micro: base + timedelta(seconds=seconds, microseconds=micro),
        st.sampled_from(TRANSITIONS),
        st.integers(-3 * 3600, 3 * 3600),
        st.sampled_from([0, 0, 1, 500_000, 999_999]),
    ),
    st.datetimes(datetime(1900, 1, 2), datetime(2025, 1, 1), timezones=st.just(UTC)),
)
tricky = st.sampled_from(list(",;\"'\n\r\t|\\: 日本語のメモ🙂🏳️‍🌈<br>=+-@\u2028\x00é"))
notes = st.text(alphabet=st.characters(codec="utf-8") | tricky, max_size=60)
labels = st.text(alphabet=st.characters(codec="utf-8") | tricky, min_size=1, max_size=30).filter(
    lambda text: text.split()
)


@st.composite
def checkins(draw: st.DrawFn, *, links: bool = False) -> CheckIn:
    mood_steps, energy_steps = draw(st.sampled_from([5, 7, 10])), draw(st.sampled_from([5, 7, 10]))
    link = st.one_of(st.none(), st.text(min_size=1, max_size=8)) if links else st.none()
    tags = draw(st.lists(st.builds(Tag, st.sampled_from(TAG_KINDS), labels, link), max_size=4))
    return new_checkin(
        at=draw(instants),
        zone=draw(st.sampled_from(ZONES)),
        mood=draw(st.integers(1, mood_steps)),
        mood_steps=mood_steps,
        energy=draw(st.none() | st.integers(1, energy_steps)),  # None: not recorded
        energy_steps=energy_steps,
        sleep_hours=draw(st.none() | st.floats(0, 24, allow_nan=False)),
        note=draw(notes),
        tags=tuple(tags),
    )


def export_json(entries: list[CheckIn]) -> bytes:
    listed = []
    for entry in entries:
        document = checkin_json(entry)
        document.setdefault(
            "tags",
            [
                {"kind": tag.kind, "label": tag.label, "plan_entry_id": tag.plan_entry_id}
                for tag in entry.tags
            ],
        )
        listed.append(document)
    document = {"format": "companion-export", "format_version": 1, "checkins": listed}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


@settings(max_examples=60, deadline=None)
@given(st.lists(checkins(), min_size=1, max_size=5), st.booleans())
def test_our_csv_reads_back_exactly(entries: list[CheckIn], bom: bool) -> None:
    text = checkins_csv(entries)
    data = ("\ufeff" if bom else "").encode() + text.encode("utf-8")
    result = parse_import(data, "Asia/Tokyo")
    assert result.format == "companion-csv"
    assert result.checkins == entries
    assert [checkin_fingerprint(c) for c in result.checkins] == [
        checkin_fingerprint(c) for c in entries
    ]
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [row["local_time"] for row in rows] == [e.local_time().isoformat() for e in entries]
    assert all(row["at_utc"].endswith("Z") for row in rows)


@settings(max_examples=60, deadline=None)
@given(st.lists(checkins(links=True), min_size=1, max_size=5))
def test_our_json_export_reads_back_exactly(entries: list[CheckIn]) -> None:
    result = parse_import(export_json(entries), "UTC")
    assert result.format == "companion-json"
    assert result.checkins == entries
    assert [tag.plan_entry_id for c in result.checkins for tag in c.tags] == [
        tag.plan_entry_id for c in entries for tag in c.tags
    ]


def test_csv_columns_and_cells() -> None:
    entry = new_checkin(
        at=datetime(2026, 11, 29, 8, 30, tzinfo=UTC),
        zone="Asia/Tokyo",
        mood=5,
        energy=3,
        sleep_hours=7.5,
        note='歩いた, "よく"\n眠れた',
        tags=(Tag("tag", "a|b"), Tag("tool", "散歩", plan_entry_id="9f")),
    ).with_id(12)
    rows = list(csv.reader(io.StringIO(checkins_csv([entry]), newline="")))
    assert tuple(rows[0]) == COLUMNS == (
        "id", "at_utc", "local_time", "zone", "mood", "mood_steps", "mood_name_en",
        "mood_name_ja", "energy", "energy_steps", "energy_name_en", "energy_name_ja",
        "sleep_hours", "note", "tags",
    )  # fmt: skip
    assert rows[1] == [
        "12", "2026-11-29T08:30:00Z", "2026-11-29T17:30:00+09:00", "Asia/Tokyo",
        "5", "7", "Fairly good", "まあまあ良い", "3", "7", "Tired", "疲れ気味",
        "7.5", '歩いた, "よく"\n眠れた', "tag:a\\|b | tool:散歩",
    ]  # fmt: skip
    back = parse_import(checkins_csv([entry]).encode(), "UTC").checkins[0]
    assert back.tags == (Tag("tag", "a|b"), Tag("tool", "散歩"))  # the plan link stays home
    assert back.id is None


def test_the_same_wall_time_twice_on_a_fall_back_night() -> None:
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST, then 02:30 CET
    entries = [
        new_checkin(at=at, zone="Europe/Berlin", mood=4, energy=4)
        for at in (first, first + timedelta(hours=1))
    ]
    rows = list(csv.DictReader(io.StringIO(checkins_csv(entries), newline="")))
    assert [row["local_time"] for row in rows] == [
        "2026-10-25T02:30:00+02:00",
        "2026-10-25T02:30:00+01:00",
    ]
    assert parse_import(checkins_csv(entries).encode(), "UTC").checkins == entries


DAYLIO = (
    "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\r\n"
    '2026-11-29,November 29,Sunday,8:05 pm,rad,"family | 散歩 | music ",Good day,'
    '"Walked by the river,\r\nthen ""tea"".<br>Slept early<br/>"\r\n'
    '2026-11-28,11月28日,土曜日,午後11:40,Very good,"",,"一行目\n二行目"\r\n'
    "2026-11-27,November 27,Friday,07:15,つらい,,,\r\n"
    "2026-11-26,November 26,Thursday,12:10 AM,awful,sleep,Only a title,\r\n"
    "2026-11-25,November 25,Wednesday,9:00 a.m.,  MEH ,,,\r\n"
)


def test_a_daylio_export_imports_in_the_chosen_zone() -> None:
    result = parse_import(DAYLIO.encode("utf-8"), "Asia/Tokyo")
    assert result.format == "daylio"
    rad, very_good, low, awful, meh = result.checkins
    assert rad.at == datetime(2026, 11, 29, 11, 5, tzinfo=UTC)
    assert rad.zone == "Asia/Tokyo"
    assert rad.mood == ScaleValue(5, 5)
    assert rad.energy is None  # Daylio records no energy; none is invented
    assert rad.sleep_hours is None
    assert rad.note == 'Good day\n\nWalked by the river,\nthen "tea".\nSlept early'
    assert [tag.label for tag in rad.tags] == ["family", "散歩", "music", "daylio"]
    assert {tag.kind for tag in rad.tags} == {"tag"}
    assert very_good.mood == ScaleValue(5, 5)  # a custom name matching our English step name
    assert very_good.at == datetime(2026, 11, 28, 14, 40, tzinfo=UTC)
    assert very_good.note == "一行目\n二行目"
    assert low.mood == ScaleValue(2, 5)  # a custom name matching our Japanese step name
    assert low.local_time().hour == 7
    assert low.tags == (Tag("tag", "daylio"),)
    assert awful.local_time().hour == 0
    assert awful.note == "Only a title"
    assert awful.mood == ScaleValue(1, 5)
    assert meh.mood == ScaleValue(3, 5)
    assert meh.local_time().hour == 9


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("20:05", 20, 5),
        ("8:05 pm", 20, 5),
        ("8:05PM", 20, 5),
        ("8:05 p.m.", 20, 5),
        ("12:05 am", 0, 5),
        ("12:05 pm", 12, 5),
        ("午後8:05", 20, 5),
        ("午前0:05", 0, 5),
        ("午後0:05", 12, 5),
        ("２０：０５", 20, 5),
        ("20:05:59", 20, 5),
    ],
)
def test_daylio_times_in_common_forms(text: str, hour: int, minute: int) -> None:
    header = "full_date,date,weekday,time,mood,activities,note_title,note"
    data = f"{header}\n2026-11-29,,,{text},good,,,\n"
    (entry,) = parse_import(data.encode(), "UTC").checkins
    assert (entry.local_time().hour, entry.local_time().minute) == (hour, minute)


def test_daylio_problems_name_lines_and_columns_never_the_text() -> None:
    data = (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        f'2026-03-29,,,2:30 am,good,,,"{SECRET}"\n'  # skipped by the clocks in Berlin
        f"2026-03-30,,,25:00,good,,,{SECRET}\n"
        f"2026-03-31,,,10:00,{SECRET},,,\n"
        "2026-04-01,,,10:00,good,,,fine\n"
        f"29/03/2026,,,10:00 pm,good,,,{SECRET}\n"
    )
    with pytest.raises(ImportProblem) as raised:
        parse_import(data.encode(), "Europe/Berlin")
    problem = raised.value
    assert problem.bad_lines == (2, 3, 4, 6)
    assert problem.line == 2
    assert "line 2: time does not exist" in problem.problem
    assert "line 3: time is not a time of day" in problem.problem
    assert "line 4: mood name is not one Companion knows" in problem.problem
    assert "line 6: full_date is not a date" in problem.problem
    assert "secret" not in str(problem) and "秘密" not in str(problem)


def good_row(day: int, note: str = "fine") -> list[str]:
    entry = new_checkin(
        at=datetime(2026, 11, day, 8, tzinfo=UTC), zone="Asia/Tokyo", mood=4, energy=4, note=note
    )
    return list(csv.reader(io.StringIO(checkins_csv([entry]), newline="")))[1]


def csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([list(COLUMNS), *rows])
    return buffer.getvalue().encode("utf-8")


def test_two_bad_rows_among_good_ones_import_nothing_and_name_both_lines() -> None:
    bad_mood = good_row(2, note=f"{SECRET}\nsecond line")
    bad_mood[COLUMNS.index("mood")] = "9"
    bad_time = good_row(4)
    bad_time[COLUMNS.index("at_utc")] = SECRET
    rows = [good_row(1, "a\nmulti-line\nnote"), bad_mood, good_row(3), bad_time, good_row(5)]
    with pytest.raises(ImportProblem) as raised:
        parse_import(csv_bytes(rows), "UTC")
    # line 1 is the header, lines 2-4 the first note, 5-6 the second, 7 good, 8 bad.
    assert raised.value.bad_lines == (5, 8)
    assert raised.value.problem == (
        "line 5: mood must be a whole number from 1 to 7; line 8: at_utc is not an ISO-8601 time"
    )
    assert "secret" not in str(raised.value)


def test_only_the_first_ten_bad_lines_are_listed() -> None:
    rows = [good_row(1) for _ in range(14)]
    for row in rows:
        row[COLUMNS.index("tags")] = "mood:happy"
    with pytest.raises(ImportProblem) as raised:
        parse_import(csv_bytes(rows), "UTC")
    assert raised.value.bad_lines == tuple(range(2, 12))
    assert raised.value.problem.endswith("; and 4 more")
    assert "tags must be kind:label" in raised.value.problem
    assert "happy" not in raised.value.problem


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("zone", "Mars/Olympus", "zone is not a known IANA time zone"),
        ("mood_steps", "6", "mood_steps must be 5, 7 or 10"),
        ("energy", "x", "energy must be a whole number from 1 to 7"),
        ("sleep_hours", "25", "sleep_hours must be empty or a number of hours from 0 to 24"),
        ("tags", "warning:", "tags: a tag needs some text"),
    ],
)
def test_each_column_says_what_is_wrong(column: str, value: str, reason: str) -> None:
    row = good_row(1)
    row[COLUMNS.index(column)] = value
    with pytest.raises(ImportProblem) as raised:
        parse_import(csv_bytes([row]), "UTC")
    assert raised.value.problem == f"line 2: {reason}"


def test_a_short_row_and_a_broken_quote_are_problems() -> None:
    data = csv_bytes([good_row(1)[:5], good_row(2)]) + b'3,"2026-11-01T00:00:00Z\r\n'
    with pytest.raises(ImportProblem) as raised:
        parse_import(data, "UTC")
    assert raised.value.bad_lines == (2, 4)
    assert "line 2: has 5 columns where the header has 15" in raised.value.problem
    assert "line 4: is not well-formed CSV" in raised.value.problem


def test_spreadsheet_leftovers_are_tolerated() -> None:
    """A semicolon file from a comma-decimal Excel, with a decimal comma and empty rows."""
    row = good_row(1)
    row[COLUMNS.index("sleep_hours")] = "7,5"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([list(COLUMNS), row, [""] * 15, []])
    (entry,) = parse_import(b"\xef\xbb\xbf" + buffer.getvalue().encode(), "UTC").checkins
    assert entry.sleep_hours == 7.5


@pytest.mark.parametrize(
    "data",
    [b"", b"\xef\xbb\xbf", b"\n\n", ",".join(COLUMNS).encode() + b"\r\n", csv_bytes([[""] * 15])],
)
def test_no_entries_is_a_problem(data: bytes) -> None:
    with pytest.raises(ImportProblem) as raised:
        parse_import(data, "UTC")
    assert raised.value.problem == "no entries found"
    assert raised.value.line is None


@pytest.mark.parametrize(
    "data",
    [
        b"date,mood,note\n2026-11-29,good,hello\n",
        "日付,気分\n".encode(),
        b"year,date,weekday,time,mood,activities,note\n",  # Daylio's old export
    ],
)
def test_an_unknown_header_is_a_clear_problem(data: bytes) -> None:
    with pytest.raises(ImportProblem) as raised:
        parse_import(data, "UTC")
    assert raised.value.line == 1
    assert "header is not one Companion knows" in raised.value.problem


def test_files_that_are_not_utf8_or_not_our_json() -> None:
    with pytest.raises(ImportProblem, match="not UTF-8"):
        parse_import("id,気分".encode("cp932"), "UTC")
    with pytest.raises(ImportProblem, match="not valid JSON") as raised:
        parse_import(b'{"format": "companion-export",\n "checkins": [}', "UTC")
    assert raised.value.line == 2
    with pytest.raises(ImportProblem, match="not a Companion export"):
        parse_import(b'{"format": "companion-plan", "format_version": 1}', "UTC")
    with pytest.raises(ImportProblem, match="newer Companion"):
        parse_import(b'{"format": "companion-export", "format_version": 2}', "UTC")
    with pytest.raises(InvalidEntry):
        parse_import(DAYLIO.encode(), "Not/A_Zone")


def test_bad_json_entries_are_named_by_their_path() -> None:
    entries = [
        new_checkin(at=datetime(2026, 11, day, tzinfo=UTC), zone="UTC", mood=3, energy=3)
        for day in (1, 2, 3)
    ]
    document = json.loads(export_json(entries))
    document["checkins"][0]["mood"]["step"] = 8
    document["checkins"][2]["sleep_hours"] = "seven"
    document["checkins"][2]["tags"] = [{"kind": "mood", "label": SECRET}]
    with pytest.raises(ImportProblem) as raised:
        parse_import(json.dumps(document).encode(), "UTC")
    assert raised.value.line is None
    assert raised.value.problem == (
        "checkins[0]: mood.step must be a whole number from 1 to 7; "
        "checkins[2]: sleep_hours must be null or a number of hours from 0 to 24, "
        "tags: a tag's kind is one of tag, tool, trigger, warning, breaking"
    )


def test_energy_not_recorded_is_empty_in_csv_and_null_in_json() -> None:
    (entry,) = parse_import(DAYLIO.encode("utf-8"), "Asia/Tokyo").checkins[:1]
    assert entry.energy is None
    row = next(csv.DictReader(io.StringIO(checkins_csv([entry]), newline="")))
    assert [row[name] for name in COLUMNS if name.startswith("energy")] == ["", "", "", ""]
    assert checkin_json(entry)["energy"] is None
    assert parse_import(checkins_csv([entry]).encode(), "UTC").checkins == [entry]
    assert parse_import(export_json([entry]), "UTC").checkins == [entry]


def test_half_an_energy_is_still_a_problem() -> None:
    text = checkins_csv([new_checkin(at=datetime(2026, 1, 1, tzinfo=UTC), zone="UTC", mood=3,
                                     energy=None)])  # fmt: skip
    header, row = text.split("\r\n")[:2]
    cells = next(csv.reader([row]))
    cells[COLUMNS.index("energy")] = "3"  # a step without its scale
    broken = header + "\r\n" + ",".join(cells) + "\r\n"
    with pytest.raises(ImportProblem, match="energy_steps must be 5, 7 or 10"):
        parse_import(broken.encode(), "UTC")
