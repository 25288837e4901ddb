"""The command line: init, checkin, export and verify, with their exit codes and messages; its
counts said as English does (1 check-in, 2 check-ins; never "check-in(s)")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import main as cli
from companion.cli.terminal import counted
from companion.paths import DataFolder
from companion.store import open_store, unlock_with_passphrase, unlock_with_recovery_code
from tests.conftest import PASSPHRASE, run_companion
from tests.store.test_old_rows import OLD_ROWS, insert_old_rows


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


@pytest.fixture
def initialised(folder: DataFolder, monkeypatch, capsys) -> DataFolder:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "init") == 0
    capsys.readouterr()
    return folder


def test_init_prints_a_working_recovery_code(folder, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "init") == 0
    out = capsys.readouterr().out
    code = next(line.split(": ", 1)[1] for line in out.splitlines() if "Recovery code" in line)
    assert unlock_with_recovery_code(folder, code) == unlock_with_passphrase(folder, PASSPHRASE)
    assert "cannot be recovered" in out


@pytest.mark.parametrize("weak", ["short", "password", "12345678", "aaaaaaaa"])
def test_init_refuses_a_weak_passphrase_and_creates_nothing(folder, monkeypatch, capsys, weak):
    monkeypatch.setenv("COMPANION_PASSPHRASE", weak)
    assert run(folder, "init") == 1
    err = capsys.readouterr().err
    assert "too easy to guess" in err and err.count("\n") == 1
    assert weak not in err.replace("common password", "")  # zxcvbn's words, never the typed ones
    assert not folder.root.exists() or not any(folder.root.iterdir())


def test_demo_refuses_a_weak_passphrase_too(folder, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", "password")
    assert run(folder, "demo") == 1
    err = capsys.readouterr().err
    assert "too easy to guess (This is a top-10 common password)" in err
    assert err.count("\n") == 1
    assert not folder.root.exists() or not any(folder.root.iterdir())


def test_init_twice_is_refused(initialised, capsys) -> None:
    assert run(initialised, "init") == 1
    err = capsys.readouterr().err
    assert f"a store already exists in {initialised.root}" in err
    assert err.count("\n") == 1


def test_init_with_remember_keeps_the_key_in_the_keychain(folder, monkeypatch, memory_keyring):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "init", "--remember") == 0
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    assert memory_keyring.secrets  # stored
    assert run(folder, "checkin", "--mood", "4", "--energy", "4") == 0  # unlocked by keychain


def test_checkin_is_committed_with_its_local_time(initialised, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    args = ["--mood", "6", "--energy", "2", "--sleep", "6.5", "--note", '眠い 😪, "quoted"']
    assert run(initialised, "checkin", *args, "--at", "2026-03-08T09:15") == 0
    store = open_store(initialised, unlock_with_passphrase(initialised, PASSPHRASE))
    (entry,) = store.all_checkins()
    store.close()
    assert entry.zone == "Asia/Tokyo"
    assert entry.at.isoformat() == "2026-03-08T00:15:00+00:00"
    assert (entry.mood.step, entry.energy.step, entry.sleep_hours) == (6, 2, 6.5)
    assert entry.note == '眠い 😪, "quoted"'


def test_checkin_with_an_offset_keeps_that_instant(initialised, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert (
        run(
            initialised,
            "checkin",
            "--mood",
            "1",
            "--energy",
            "1",
            "--at",
            "2026-03-29T01:30:00-05:00",
        )
        == 0
    )
    store = open_store(initialised, unlock_with_passphrase(initialised, PASSPHRASE))
    assert store.all_checkins()[0].at.isoformat() == "2026-03-29T06:30:00+00:00"
    store.close()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--mood", "8", "--energy", "3"], "mood"),
        (["--mood", "0", "--energy", "3"], "mood"),
        (["--mood", "3", "--energy", "3", "--sleep", "25"], "sleep"),
        (["--mood", "3", "--energy", "3", "--at", "yesterday-ish"], "ISO-8601"),
        (["--mood", "3", "--energy", "3", "--at", "2026-03-29T02:30"], "does not exist"),
        (["--mood", "three", "--energy", "3"], "invalid int"),
        (["--energy", "3"], "required"),
    ],
)
def test_bad_checkins_are_usage_errors(initialised, monkeypatch, capsys, args, needle) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")  # 2026-03-29 02:30 is skipped there
    assert run(initialised, "checkin", *args, "--note", "SECRET-NOTE") == 1
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
    assert "SECRET-NOTE" not in err
    store = open_store(initialised, unlock_with_passphrase(initialised, PASSPHRASE))
    assert store.count_checkins() == 0
    store.close()


def test_a_huge_note_is_refused_clearly(initialised, capsys) -> None:
    note = "あ" * 5_000_000
    assert run(initialised, "checkin", "--mood", "3", "--energy", "3", "--note", note) == 1
    err = capsys.readouterr().err
    assert "at most 100,000 characters" in err and len(err) < 200


def test_export_writes_private_json_atomically(initialised, tmp_path, capsys) -> None:
    assert (
        run(initialised, "checkin", "--mood", "2", "--energy", "5", "--note", "複数行\nline") == 0
    )
    output = tmp_path / "export.json"
    assert run(initialised, "export", "--output", str(output)) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    if os.name != "nt":
        assert output.stat().st_mode & 0o777 == 0o600
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["format"] == "companion-export" and document["format_version"] == 1
    (entry,) = document["checkins"]
    assert entry["note"] == "複数行\nline"
    assert entry["mood"] == {"step": 2, "steps": 7, "name": {"en": "Low", "ja": "つらい"}}
    assert entry["at_utc"].endswith("Z")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export")] == []


def test_export_into_a_missing_folder_is_a_clear_error(initialised, tmp_path, capsys) -> None:
    assert run(initialised, "export", "--output", str(tmp_path / "nope" / "x.json")) == 1
    assert "the folder to write into does not exist" in capsys.readouterr().err


def test_verify_passes_on_a_clean_store(initialised, capsys) -> None:
    assert run(initialised, "verify") == 0
    assert "passed" in capsys.readouterr().out


def test_no_store_yet(folder, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "verify") == 3
    assert "no store in this folder yet" in capsys.readouterr().err


def test_locked_without_passphrase_or_terminal(initialised, monkeypatch, capsys) -> None:
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", None)
    assert run(initialised, "checkin", "--mood", "3", "--energy", "3") == 2
    assert "COMPANION_PASSPHRASE" in capsys.readouterr().err


def test_data_dir_from_the_environment(folder, monkeypatch) -> None:
    monkeypatch.setenv("COMPANION_DATA_DIR", str(folder.root))
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert cli.main(["init"]) == 0
    assert folder.key_file.exists()


def test_unknown_command_is_a_usage_error(capsys) -> None:
    assert cli.main(["frobnicate"]) == 1
    assert capsys.readouterr().err.startswith("companion: ")


def test_a_bug_is_logged_without_content(initialised, monkeypatch, capsys) -> None:
    def explode(*_args, **_kwargs):
        raise ValueError("could not use 'PRIVATE-WORDS'")

    monkeypatch.setattr("companion.cli.checkin.new_checkin", explode)
    assert run(initialised, "checkin", "--mood", "3", "--energy", "3", "--note", "x") == 70
    err = capsys.readouterr().err
    assert "bug" in err and "PRIVATE-WORDS" not in err
    log = initialised.log_file.read_text()
    assert "ValueError" in log and "cmd_checkin" in log and "PRIVATE-WORDS" not in log


def test_module_entry_point_runs_in_a_fresh_process(initialised) -> None:
    result = run_companion(initialised, "verify")
    assert result.returncode == 0, result.stderr
    result = run_companion(initialised, "verify", passphrase="definitely wrong")
    assert result.returncode == 2
    # One line of our own: SQLCipher's "ERROR CORE" decryption log is silenced.
    assert result.stderr.count("\n") == 1 and "ERROR CORE" not in result.stderr


@pytest.mark.skipif(sys.platform not in ("linux", "darwin"), reason="no core-dump limit there")
def test_core_dumps_are_off_from_the_start(folder) -> None:
    """A fresh process that allowed core files has none left once `companion` has started."""
    resource = pytest.importorskip("resource")
    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("core files are already forbidden for this test run")
    script = (
        "import resource, sys\n"
        "from companion.cli import main as cli\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
        "before = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "code = cli.main(['--data-dir', sys.argv[1], 'verify'])\n"
        "print(before[0], *resource.getrlimit(resource.RLIMIT_CORE), code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder.root)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    allowed_before, soft, hard, code = result.stdout.split()
    assert (soft, hard, code) == ("0", "0", "3")  # verify with no store yet: exit 3
    assert allowed_before != "0"  # core files were allowed before main() ran


def test_a_count_takes_the_singular_only_for_one() -> None:
    assert counted(1, "check-in") == "1 check-in"
    assert counted(2, "check-in") == "2 check-ins"
    assert counted(0, "problem") == "0 problems"
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(3, "entry", "entries") == "3 entries"


def test_one_check_in_is_one_in_every_line_about_it(initialised, tmp_path, capsys) -> None:
    assert run(initialised, "checkin", "--mood", "3", "--energy", "3", "--tag", "work") == 0
    assert "1 tag." in capsys.readouterr().out
    exported = tmp_path / "one.json"
    assert run(initialised, "export", "--output", str(exported)) == 0
    capsys.readouterr()
    assert run(initialised, "import", str(exported), "--yes") == 0
    out = capsys.readouterr().out
    assert "1 check-in (companion-json) from " in out
    assert "Added 0 check-ins; 1 was already in the journal." in out
    assert "(s)" not in out


def test_one_old_row_is_one_check_in(initialised, tmp_path, capsys) -> None:
    store = open_store(initialised, unlock_with_passphrase(initialised, PASSPHRASE))
    insert_old_rows(store)
    store.close()
    assert run(initialised, "export", "--output", str(tmp_path / "all.json")) == 0
    err = capsys.readouterr().err
    assert f"{len(OLD_ROWS)} check-ins dated before 1900-01-01" in err and "(s)" not in err


def test_no_count_in_the_command_line_is_written_with_s_in_brackets() -> None:
    cli_folder = Path(cli.__file__).parent
    found = [
        f"{path.name}:{number}"
        for path in sorted(cli_folder.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "(s)" in line
    ]
    assert found == []
