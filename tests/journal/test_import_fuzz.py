"""Fuzzing every importer: any file is either imported or refused in one line, never a bug.

Our CSV, our JSON export, Daylio's CSV and the plan JSON, mutated from valid files and made of
random bytes, go through the parsers (many examples) and through `companion.cli.main.main` (fewer):
the exit code is 0 or 1, never 70, and a refusal leaves every store file byte-identical.

Times are drawn from 1970–2100 on purpose: years outside a sane range are the date-range checks'
business (tests of their own), not what these tests look for.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.cli import main as cli
from companion.errors import InvalidEntry
from companion.journal.checkin import Tag, new_checkin
from companion.journal.files import (
    COLUMNS,
    DAYLIO_COLUMNS,
    ImportProblem,
    checkins_csv,
    parse_import,
    unguarded_cell,
)
from companion.plan.examples import example_plan
from companion.plan.json_format import PlanFileError, parse_plan_file, plan_json
from tests.conftest import PASSPHRASE, snapshot
from tests.journal.test_files import checkins

ZONES = ["Asia/Tokyo", "Europe/Berlin", "America/New_York", "UTC", "Pacific/Kiritimati"]
BIG_NUMBER = "__BIG_NUMBER__"

texts = st.text(max_size=40)
big_digits = st.integers(1, 6000).map(lambda size: "9" * size)
moments = st.datetimes(datetime(1970, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC))
days = st.dates(date(1970, 1, 1), date(2100, 1, 1))
json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats()  # NaN and infinities too: Python's JSON writes and reads them
    | texts
    | st.just(BIG_NUMBER)
)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)


def _cell(valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Mostly a valid value, so that most rows are whole and the rest of the row is reached."""
    return st.integers(0, 11).flatmap(
        lambda pick: valid if pick < 10 else texts if pick == 10 else big_digits
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


CSV_CELLS: dict[str, st.SearchStrategy[str]] = {
    "id": _cell(st.integers(0, 10**6).map(str)),
    "at_utc": _cell(moments.map(_iso)),
    "local_time": _cell(moments.map(_iso)),
    "zone": _cell(st.sampled_from(ZONES)),
    "mood": _cell(st.integers(-1, 11).map(str)),
    "mood_steps": _cell(st.sampled_from(["5", "7", "10", "10", "0", "-5"])),
    "mood_name_en": texts,
    "mood_name_ja": texts,
    "energy": _cell(st.integers(-1, 11).map(str)),
    "energy_steps": _cell(st.sampled_from(["5", "7", "10", "10", "11"])),
    "energy_name_en": texts,
    "energy_name_ja": texts,
    "sleep_hours": _cell(st.floats(-5, 30).map(repr) | st.just("nan")),
    "note": texts,
    "tags": _cell(
        st.lists(
            st.tuples(st.sampled_from(["tag", "tool", "trigger", "sign", "x"]), texts), max_size=3
        ).map(lambda pairs: " | ".join(f"{kind}:{label}" for kind, label in pairs))
    ),
}
DAYLIO_CELLS: dict[str, st.SearchStrategy[str]] = {
    "full_date": _cell(days.map(date.isoformat)),
    "date": texts,
    "weekday": texts,
    "time": _cell(
        st.sampled_from(["20:05", "8:05 pm", "午後8:05", "８：０５", "24:00", "12:60 am", "0:00"])
    ),
    "mood": _cell(st.sampled_from(["rad", "good", "meh", "bad", "awful", "Good"])),
    "activities": _cell(st.lists(texts, max_size=3).map(" | ".join)),
    "note_title": texts,
    "note": texts,
}


assert tuple(CSV_CELLS) == COLUMNS and tuple(DAYLIO_CELLS) == DAYLIO_COLUMNS
_rarely = st.integers(0, 9).map(lambda pick: pick == 0)


def _table(header: list[str], rows: list[list[str]], delimiter: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


@st.composite
def csv_files(draw: st.DrawFn, cells: dict[str, st.SearchStrategy[str]]) -> bytes:
    header = list(cells)
    if draw(st.booleans()):
        header = draw(st.permutations(header))
    rows = [
        [draw(cells[name]) for name in header] + ([draw(texts)] if draw(_rarely) else [])
        for _ in range(draw(st.integers(0, 4)))
    ]
    data = _table(header, rows, draw(st.sampled_from([",", ";", "\t"])))
    return draw(_mangled(data))


@st.composite
def _mangled(draw: st.DrawFn, data: bytes) -> bytes:
    """The file as written, or with a few random bytes put in, or cut short."""
    choice = draw(st.sampled_from(["as is"] * 6 + ["insert", "cut"]))
    if choice == "insert":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    if choice == "cut":
        return data[: draw(st.integers(0, len(data)))]
    return data


def _json_bytes(document: Any, big: str) -> bytes:
    text = json.dumps(document, ensure_ascii=False)
    return text.replace(f'"{BIG_NUMBER}"', big).encode("utf-8")


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> Any:
    """`document` with some of its values (at any depth) swapped for random JSON values."""
    if draw(st.integers(0, 40)) == 0:
        return draw(json_values)
    if isinstance(document, dict):
        changed = {key: draw(mutated(value)) for key, value in document.items()}
        if draw(st.integers(0, 40)) == 0:
            changed[draw(texts)] = draw(json_values)
        return changed
    if isinstance(document, list):
        return [draw(mutated(value)) for value in document]
    return document


# The boundaries sections of an export (docs/export-format.md), with references between them.
BOUNDARY_SECTIONS: dict[str, Any] = {
    "roles": [
        {"id": 1, "name": "ピアスタッフ", "kind": "peer-staff", "zone": "Asia/Tokyo",
         "national_holidays_off": True, "holiday_country": "JP",
         "hours": "Mon-Fri 10:00-17:00, 2nd,4th Sat 14:00-16:00, Sat 22:00-02:00",
         "exceptions": [{"date": "2026-12-24", "kind": "off", "start": None, "end": None},
                        {"date": "2026-12-26", "kind": "extra", "start": "22:00", "end": "24:00"}]},
        {"id": 2, "name": "phone line", "kind": None, "zone": "Europe/Berlin",
         "national_holidays_off": False, "holiday_country": None, "hours": "", "exceptions": []},
    ],
    "rules": [
        {"id": 1, "number": 1, "text": "活動時間外の個人的な連絡は控える", "enabled": True,
         "why": "", "prepared_phrase": "また次の活動日に。", "seed": "outside-hours"},
        {"id": 2, "number": 2, "text": "my own rule", "enabled": False, "why": "because",
         "prepared_phrase": "", "seed": None},
    ],
    "contacts": [
        {"id": 1, "at_utc": "2026-11-09T14:15:00Z", "zone": "Asia/Tokyo", "minutes": 20,
         "channel": "phone", "role_id": 1, "alias": "A", "load": {"step": 4, "steps": 5},
         "rules": [{"rule_id": 1, "how": "pressure"}], "flags": ["alone"], "reflection": "",
         "bring_to_supervision": True, "talked_through_in": 2, "outside_activity_hours": True},
        {"id": 3, "at_utc": "2026-11-10T01:00:00Z", "zone": "UTC", "minutes": 5,
         "channel": "message", "role_id": None, "alias": "", "load": {"step": 1, "steps": 5},
         "rules": [], "flags": [], "reflection": "ok", "bring_to_supervision": False,
         "talked_through_in": None, "outside_activity_hours": None},
    ],
    "supervision": [
        {"id": 2, "date": "2026-11-20", "with_whom": "supervisor", "topics": "t",
         "try_next": "", "next_date": "2026-12-18", "contact_ids": [1]},
    ],
    "weekly_reviews": [
        {"id": 1, "week": "2026-W46", "rules": [{"rule_id": 2, "outcome": "held"}], "hard": "",
         "energy_after_supporting": {"step": 2, "steps": 5}, "rested": True, "rest": "",
         "heavy_contacts_talked_through": "partly"},
    ],
    "crisis_lines": [
        {"name": "よりそいホットライン", "number": "0120-279-338", "notes": "24時間。",
         "last_verified": "2026-11-29"},
    ],
}  # fmt: skip


@st.composite
def export_files(draw: st.DrawFn) -> bytes:
    entries = draw(st.lists(checkins(), max_size=3))
    valid = json.loads(_valid_export(entries))
    if draw(st.integers(0, 3)):  # mostly with the boundaries sections, sometimes without
        valid.update(json.loads(json.dumps(BOUNDARY_SECTIONS)))
    return draw(_mangled(_json_bytes(draw(mutated(valid)), draw(big_digits))))


def _valid_export(entries: list[Any]) -> bytes:
    from tests.journal.test_files import export_json

    return export_json(entries)


PLAN_DOCUMENT = plan_json(example_plan("en"))


@st.composite
def plan_files(draw: st.DrawFn) -> bytes:
    return draw(_mangled(_json_bytes(draw(mutated(PLAN_DOCUMENT)), draw(big_digits))))


journal_files = st.one_of(
    csv_files(CSV_CELLS),
    csv_files(DAYLIO_CELLS),
    export_files(),
    st.lists(checkins(), min_size=1, max_size=3).map(lambda e: checkins_csv(e).encode()),
    st.binary(max_size=200),
)
any_plan_files = st.one_of(plan_files(), st.binary(max_size=200))


# --- the parsers ------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(journal_files, st.sampled_from(ZONES))
def test_any_journal_file_is_imported_or_refused(data: bytes, zone: str) -> None:
    try:
        result = parse_import(data, zone)
    except ImportProblem as problem:
        assert "\n" not in str(problem)
        return
    found = result.boundaries
    assert result.checkins or (found is not None and not found.empty)
    assert result.format in {"companion-csv", "companion-json", "daylio"}


def test_the_fuzzed_boundaries_sections_are_valid_as_written() -> None:
    from tests.journal.test_files import export_json

    document = {**json.loads(export_json([])), **BOUNDARY_SECTIONS}
    found = parse_import(json.dumps(document).encode(), "UTC").boundaries
    assert found is not None and found.contacts and found.talks and found.reviews


@settings(max_examples=300, deadline=None)
@given(any_plan_files)
def test_any_plan_file_is_imported_or_refused(data: bytes) -> None:
    try:
        parse_plan_file(data)
    except PlanFileError as problem:
        assert "\n" not in str(problem)


def test_a_bad_zone_argument_is_the_callers_mistake() -> None:
    with pytest.raises(InvalidEntry):
        parse_import(b"", "Not/AZone")


# --- the commands -----------------------------------------------------------------------------


@pytest.fixture
def ready(folder, monkeypatch, tmp_path):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert cli.main(["--data-dir", str(folder.root), "init"]) == 0
    return folder, tmp_path / "input"


def _import(folder: Any, source: Path, data: bytes, *command: str) -> None:
    source.write_bytes(data)
    before = snapshot(folder.root)
    code = cli.main(["--data-dir", str(folder.root), *command, str(source), "--yes"])
    assert code in (0, 1)
    if code == 1:
        assert snapshot(folder.root) == before


COMMAND_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@COMMAND_SETTINGS
@given(data=journal_files)
def test_companion_import_exits_0_or_1_and_a_refusal_changes_nothing(ready, data, capsys):
    folder, source = ready
    _import(folder, source, data, "import")
    err = capsys.readouterr().err
    assert "internal error" not in err and len(err.splitlines()) <= 1


@COMMAND_SETTINGS
@given(data=any_plan_files)
def test_companion_plan_import_exits_0_or_1_and_a_refusal_changes_nothing(ready, data, capsys):
    folder, source = ready
    _import(folder, source, data, "plan", "import")
    err = capsys.readouterr().err
    assert "internal error" not in err and len(err.splitlines()) <= 1


# --- CSV cells that a spreadsheet would run ---------------------------------------------------

formula_notes = st.builds(
    lambda marks, start, rest: marks + start + rest,
    st.sampled_from(["", "'", "''"]),
    st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "a", ""]),
    st.text(max_size=20),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(checkins(), min_size=1, max_size=4), st.lists(formula_notes, min_size=4))
def test_formula_cells_are_guarded_and_read_back_unchanged(entries, notes) -> None:
    entries = [
        new_checkin(
            at=entry.at,
            zone=entry.zone,
            mood=entry.mood.step,
            mood_steps=entry.mood.steps,
            energy=None if entry.energy is None else entry.energy.step,
            energy_steps=5 if entry.energy is None else entry.energy.steps,
            sleep_hours=entry.sleep_hours,
            note=note,
            tags=(*entry.tags[:1], Tag("tag", f"-{note}x")),
        )
        for entry, note in zip(entries, notes, strict=False)
    ]
    text = checkins_csv(entries)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    for row in rows:
        for name in COLUMNS:
            assert not row[name].startswith(("=", "+", "-", "@", "\t", "\r")), name
    for row, entry in zip(rows, entries, strict=True):
        assert unguarded_cell(row["note"]) == entry.note
    back = parse_import(text.encode("utf-8"), "UTC").checkins
    assert [(entry.note, entry.tags) for entry in back] == [(e.note, e.tags) for e in entries]


def test_a_guarded_cell_looks_like_owasp_says() -> None:
    from companion.journal.files import guarded_cell

    assert guarded_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert guarded_cell("-3") == "'-3" and guarded_cell("@SUM(A1)") == "'@SUM(A1)"
    assert guarded_cell("'=1") == "''=1" and guarded_cell("'quoted'") == "'quoted'"
    assert guarded_cell("plain") == "plain" and guarded_cell("") == ""
