"""Journal commands: tagged check-ins, CSV export, all-or-nothing import, demo stores."""

from __future__ import annotations

import csv
import io

import pytest

from companion.cli import main as cli
from companion.plan.examples import example_plan
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2026-11-28,November 28,Saturday,8:05 pm,rad,walk | friends,Good day,"
    '"Long talk\nwith a friend"\n'
    "2026-11-27,November 27,Friday,7:00 am,awful,,,\n"
)


@pytest.fixture
def folder_ready(folder, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert cli.main(["--data-dir", str(folder.root), "init"]) == 0
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    store.save_plan(example_plan("en"), version_id=None)
    store.close()
    capsys.readouterr()
    return folder


def run(folder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


def entries(folder):
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        return store.all_checkins()
    finally:
        store.close()


def test_checkin_tags_link_to_the_plan(folder_ready) -> None:
    assert (
        run(
            folder_ready,
            "checkin",
            "--mood",
            "3",
            "--energy",
            "2",
            "--tool",
            "call a FRIEND",
            "--sign",
            "Not sleeping for two nights",
            "--trigger",
            "something new",
            "--tag",
            "work",
        )
        == 0
    )
    (entry,) = entries(folder_ready)
    kinds = {tag.kind: tag for tag in entry.tags}
    assert kinds["tool"].label == "Call a friend" and kinds["tool"].plan_entry_id
    assert kinds["breaking"].plan_entry_id  # found among the breaking-down signs
    assert kinds["trigger"].plan_entry_id is None  # not in the plan: kept, unlinked
    assert kinds["tag"].label == "work"


def test_csv_export_by_suffix_or_flag(folder_ready, tmp_path) -> None:
    assert run(folder_ready, "checkin", "--mood", "5", "--energy", "4", "--note", 'a, "b"\nc') == 0
    for args in (
        ["--output", str(tmp_path / "a.csv")],
        ["--output", str(tmp_path / "b.txt"), "--format", "csv"],
    ):
        assert run(folder_ready, "export", *args) == 0
    for name in ("a.csv", "b.txt"):
        rows = list(csv.DictReader(io.StringIO((tmp_path / name).read_text(encoding="utf-8"))))
        assert rows[0]["note"] == 'a, "b"\nc' and rows[0]["mood_steps"] == "7"
        assert rows[0]["mood_name_ja"] == "まあまあ良い"


def test_daylio_import_twice_adds_once(folder_ready, tmp_path, capsys) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text(DAYLIO, encoding="utf-8")
    assert run(folder_ready, "import", str(source), "--yes") == 0
    assert "Added 2" in capsys.readouterr().out
    assert run(folder_ready, "import", str(source), "--yes") == 0
    assert "Added 0" in capsys.readouterr().out
    found = sorted(entries(folder_ready), key=lambda e: e.at)
    assert [e.mood.step for e in found] == [1, 5] and found[1].mood.steps == 5
    assert "Long talk\nwith a friend" in found[1].note
    assert {"walk", "friends", "daylio"} <= {tag.label for tag in found[1].tags}


def test_a_bad_row_means_nothing_is_imported(folder_ready, tmp_path, capsys) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text(DAYLIO + "2026-11-26,November 26,Thursday,25:99,good,,,\n", encoding="utf-8")
    before = snapshot(folder_ready.root)
    assert run(folder_ready, "import", str(source), "--yes") == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "line 5" in err  # the quoted note spans two lines
    assert snapshot(folder_ready.root) == before


def test_import_asks_unless_yes(folder_ready, tmp_path, monkeypatch, capsys) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text(DAYLIO, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", None)
    assert run(folder_ready, "import", str(source)) == 1
    assert "--yes" in capsys.readouterr().err
    assert entries(folder_ready) == []


def test_demo_fills_a_new_store_and_refuses_an_existing_one(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "demo"
    assert cli.main(["--data-dir", str(target), "demo", "--years", "0.5", "--lang", "ja"]) == 0
    assert "Recovery code" in capsys.readouterr().out
    from companion.paths import DataFolder

    folder = DataFolder(target)
    found = entries(folder)
    assert 250 < len(found) < 500
    before = snapshot(target)
    assert cli.main(["--data-dir", str(target), "demo"]) == 1
    assert "a store already exists in" in capsys.readouterr().err
    assert snapshot(target) == before


def test_demo_sizes_for_benchmarks(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "demo"
    arguments = ["--years", "0.2", "--lang", "en", "--per-day", "4", "--contacts", "60"]
    assert cli.main(["--data-dir", str(target), "demo", *arguments, "--plan-versions", "5"]) == 0
    assert "60 contacts" in capsys.readouterr().out
    from companion.paths import DataFolder

    folder = DataFolder(target)
    days = round(0.2 * 365.25)  # today's later check-ins would be in the future: left out
    assert 4 * (days - 1) <= len(entries(folder)) <= 4 * days
    with open_store(folder, unlock_with_passphrase(folder, PASSPHRASE)) as store:
        assert len(store.plan_versions()) == 5
        assert len(store.contacts()) == 60
        talks = store.supervision_talks()
        assert len(talks) == 2


def test_demo_refuses_sizes_out_of_range(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "demo"
    assert cli.main(["--data-dir", str(target), "demo", "--per-day", "0"]) == 1
    assert "--per-day" in capsys.readouterr().err
    assert not target.exists() or not any(target.iterdir())
