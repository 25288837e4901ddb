"""The command line keeps to the limits: impossible dates, invalid text and oversized plans are
one-line refusals with exit 1 that leave every store file byte-identical; a store that already
holds old out-of-range rows still exports."""

from __future__ import annotations

import csv
import io
import json

import pytest

from companion.cli import main as cli
from companion.limits import MAX_TAG_CHARS
from companion.paths import DataFolder
from companion.plan.json_format import plan_bytes
from companion.plan.model import Plan, make_entry
from companion.plan.schema import section
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, run_companion, snapshot
from tests.store.test_old_rows import OLD_ROWS, insert_old_rows


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


@pytest.fixture
def initialised(folder: DataFolder, monkeypatch, capsys) -> DataFolder:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "init") == 0
    capsys.readouterr()
    return folder


def _stored(folder: DataFolder):
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        return store.all_checkins()
    finally:
        store.close()


def _refused(folder: DataFolder, capsys, *args: str) -> str:
    before = snapshot(folder.root)
    assert run(folder, *args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("companion: ")
    assert snapshot(folder.root) == before
    return err


@pytest.mark.parametrize(
    "at",
    [
        "0999-06-01T10:00:00Z",
        "0001-01-01T00:00:00+14:00",
        "0001-01-01T00:10",
        "9999-12-31T23:00:00-12:00",
        "1899-12-31T23:59",
        "2999-01-01T00:00",
    ],
)
@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Pacific/Kiritimati", "Etc/GMT+12"])
def test_impossible_dates_are_refused(initialised, monkeypatch, capsys, at, zone) -> None:
    monkeypatch.setenv("TZ", zone)
    err = _refused(initialised, capsys, "checkin", "--mood", "3", "--energy", "3", "--at", at)
    assert "at: must be between 1900-01-01 and one day from now" in err


@pytest.mark.parametrize("at", ["1900-01-01T00:00", "2024-03-31T03:00", "2024-10-27T02:30"])
def test_the_first_day_and_clock_change_days_are_accepted(initialised, monkeypatch, at) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert run(initialised, "checkin", "--mood", "3", "--energy", "3", "--at", at) == 0
    (entry,) = _stored(initialised)
    assert entry.local_time().isoformat().startswith(at)


@pytest.mark.parametrize("option", ["--note", "--tag", "--tool", "--trigger", "--sign"])
def test_text_that_is_not_valid_unicode_is_refused(initialised, capsys, option) -> None:
    # A byte that is not UTF-8 in a terminal's arguments arrives as a lone surrogate.
    err = _refused(
        initialised, capsys, "checkin", "--mood", "3", "--energy", "3", option, "ab\udcffcd"
    )
    assert "not valid text" in err and "ab" not in err


def test_lone_surrogates_from_a_fresh_process_are_refused(initialised) -> None:
    before = snapshot(initialised.root)
    result = run_companion(
        initialised, "checkin", "--mood", "3", "--energy", "3", "--note", "\udcff"
    )
    assert result.returncode == 1 and "not valid text" in result.stderr
    assert snapshot(initialised.root) == before


def _plan_file(tmp_path, plan: Plan, name: str = "plan.json"):
    path = tmp_path / name
    path.write_bytes(plan_bytes(plan))
    return path


def _plan_with_long_tool(text: str) -> Plan:
    tools = section("toolbox").list_spec("tools")
    return Plan().with_entries("toolbox", "tools", (make_entry(tools, {"text": text}),))


def test_a_plan_item_longer_than_a_tag_still_tags_a_checkin(initialised, tmp_path) -> None:
    long_tool = "a slow walk along the river, " * 10  # 290 characters
    path = _plan_file(tmp_path, _plan_with_long_tool(long_tool))
    assert run(initialised, "plan", "import", str(path), "--yes") == 0
    assert run(initialised, "checkin", "--mood", "4", "--energy", "4", "--tool", long_tool) == 0
    (entry,) = _stored(initialised)
    (tag,) = entry.tags
    assert tag.kind == "tool" and tag.plan_entry_id and len(tag.label) == MAX_TAG_CHARS
    assert long_tool.startswith(tag.label.removesuffix("…"))


def test_the_window_opens_with_a_long_plan_item(initialised, tmp_path) -> None:
    plan = _plan_with_long_tool("x" * 5000)
    assert run(initialised, "plan", "import", str(_plan_file(tmp_path, plan)), "--yes") == 0
    result = run_companion(initialised, "--smoke")
    assert result.returncode == 0, result.stderr


def test_a_long_free_tool_gets_a_precise_message(initialised, capsys) -> None:
    err = _refused(
        initialised, capsys, "checkin", "--mood", "3", "--energy", "3", "--tool", "y" * 201
    )
    assert "--tool: at most 200 characters, unless it names an item of your plan" in err


def test_a_hundred_thousand_item_plan_is_refused(initialised, tmp_path, capsys) -> None:
    document = json.loads(plan_bytes(Plan()))
    document["sections"]["toolbox"]["lists"]["tools"] = [
        {"id": f"id{i}", "text": "walk"} for i in range(100_000)
    ]
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(document))
    err = _refused(initialised, capsys, "plan", "import", str(path), "--yes")
    assert "sections.toolbox.lists.tools" in err and "at most 500" in err


def test_a_lone_surrogate_in_a_plan_file_is_refused(initialised, tmp_path, capsys) -> None:
    document = json.loads(plan_bytes(Plan()))
    document["sections"]["toolbox"]["lists"]["tools"] = [{"id": "a", "text": "\ud800"}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))  # JSON escapes it as "\ud800"
    err = _refused(initialised, capsys, "plan", "import", str(path), "--yes")
    assert "sections.toolbox.lists.tools[0].text" in err and "not valid text" in err


def test_a_lone_surrogate_in_an_import_is_refused(initialised, tmp_path, capsys) -> None:
    document = {
        "format": "companion-export",
        "format_version": 1,
        "checkins": [
            {
                "at_utc": "2024-01-01T00:00:00Z",
                "zone": "UTC",
                "mood": {"step": 3, "steps": 5},
                "energy": {"step": 3, "steps": 5},
                "note": "\udfff",
            }
        ],
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document))
    err = _refused(initialised, capsys, "import", str(path), "--yes")
    assert "checkins[0]: note" in err and "not valid text" in err


def test_a_store_with_old_rows_still_exports(initialised, tmp_path, capsys) -> None:
    store = open_store(initialised, unlock_with_passphrase(initialised, PASSPHRASE))
    insert_old_rows(store)
    store.close()
    assert run(initialised, "export", "--output", str(tmp_path / "all.json")) == 0
    err = capsys.readouterr().err
    assert f"{len(OLD_ROWS)} check-ins dated before 1900-01-01" in err
    exported = json.loads((tmp_path / "all.json").read_text())
    assert sorted(entry["at_utc"] for entry in exported["checkins"]) == sorted(
        meaning.isoformat().replace("+00:00", "Z") for _, _, meaning in OLD_ROWS
    )

    assert run(initialised, "export", "--output", str(tmp_path / "all.csv")) == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text("utf-8-sig"))))
    assert len(rows) == len(OLD_ROWS) and all(row["at_utc"][:4].isdigit() for row in rows)

    # Our own import says clearly which entries it cannot take back, and takes none.
    capsys.readouterr()
    err = _refused(initialised, capsys, "import", str(tmp_path / "all.json"), "--yes")
    assert "checkins[0]: at_utc: must be between 1900-01-01" in err


def test_a_store_with_old_rows_still_opens_the_window(initialised) -> None:
    store = open_store(initialised, unlock_with_passphrase(initialised, PASSPHRASE))
    insert_old_rows(store)
    store.close()
    result = run_companion(initialised, "--smoke")
    assert result.returncode == 0, result.stderr
