"""The command line's words (issue 13): each failure is one line that says what to do, and each
success says what happened; refusals leave every store file byte-identical."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from companion.cli import main as cli
from companion.paths import DataFolder
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot


class Terminal(io.StringIO):
    """stdin on a terminal, for the prompts."""

    def isatty(self) -> bool:
        return True


DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2026-11-27,November 27,Friday,7:00 am,good,,,\n"
)


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    return err


@pytest.fixture
def recovery_code(folder: DataFolder, monkeypatch, capsys) -> str:
    """An initialised store; its recovery code."""
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "init") == 0
    out = capsys.readouterr().out
    return next(line.split(": ", 1)[1] for line in out.splitlines() if "Recovery code" in line)


@pytest.fixture
def initialised(recovery_code: str, folder: DataFolder) -> DataFolder:
    return folder


def checkin_count(folder: DataFolder) -> int:
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        return len(store.all_checkins())
    finally:
        store.close()


def test_checkin_says_what_it_saved_in_one_line(initialised, capsys) -> None:
    args = ["--mood", "4", "--energy", "2", "--sleep", "7.5", "--note", "a private thought"]
    args += ["--tag", "walk", "--at", "2026-11-29T20:05+09:00"]
    assert run(initialised, "checkin", *args) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert re.fullmatch(
        r"Saved a check-in at \d{4}-\d\d-\d\d \d\d:\d\d \(.+\): mood 4 of \d+, energy 2 of \d+, "
        r"sleep 7\.5 h, a note, 1 tag\.\n",
        out,
    ), out
    assert "private" not in out and "walk" not in out  # what was written stays in the store


def test_a_usage_error_points_to_the_subcommands_own_help(folder, capsys) -> None:
    assert run(folder, "checkin", "--mood", "3") == 1
    err = one_line(capsys.readouterr().err)
    assert "--energy" in err
    assert err.rstrip().endswith("(see companion checkin --help)")
    assert run(folder, "plan", "export") == 1
    assert "(see companion plan export --help)" in one_line(capsys.readouterr().err)
    assert cli.main(["frobnicate"]) == 1
    assert "(see companion --help)" in one_line(capsys.readouterr().err)


def test_help_says_a_bare_companion_opens_the_window(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "with no command to open the window" in " ".join(out.split())


def test_an_unknown_section_is_named(initialised, tmp_path: Path, capsys) -> None:
    before = snapshot(initialised.root)
    output = tmp_path / "plan.md"
    assert (
        run(initialised, "plan", "export", "--output", str(output), "--sections", "crisis,bogus")
        == 1
    )
    err = one_line(capsys.readouterr().err)
    assert "no section bogus;" in err and "known sections are toolbox" in err
    assert not output.exists()
    assert snapshot(initialised.root) == before


def test_plan_import_of_a_missing_file_says_it_does_not_exist(
    initialised, tmp_path, capsys
) -> None:
    before = snapshot(initialised.root)
    assert run(initialised, "plan", "import", str(tmp_path / "nothere.json"), "--yes") == 1
    err = one_line(capsys.readouterr().err)
    assert "does not exist" in err and "not valid at" not in err
    assert snapshot(initialised.root) == before


def test_journal_import_of_a_missing_file_says_it_does_not_exist(
    initialised, tmp_path, capsys
) -> None:
    assert run(initialised, "import", str(tmp_path / "nothere.csv"), "--yes") == 1
    assert "does not exist" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize("command", [["import"], ["plan", "import"]])
def test_importing_a_pdf_says_it_is_not_csv_or_json(initialised, tmp_path, capsys, command) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    before = snapshot(initialised.root)
    assert run(initialised, *command, str(pdf), "--yes") == 1
    err = one_line(capsys.readouterr().err)
    assert "not a CSV or JSON file" in err or "not a JSON file" in err
    assert "CSV UTF-8" not in err
    assert snapshot(initialised.root) == before


@pytest.mark.parametrize(
    "command",
    [
        ["checkin", "--mood", "3", "--energy", "3"],
        ["export", "--output", "OUT"],
        ["verify"],
        ["plan", "export", "--output", "OUT"],
    ],
)
def test_no_passphrase_to_ask_says_what_to_do(initialised, monkeypatch, tmp_path, capsys, command):
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", None)
    before = snapshot(initialised.root)
    args = [str(tmp_path / "out.json") if arg == "OUT" else arg for arg in command]
    assert run(initialised, *args) == 2
    err = one_line(capsys.readouterr().err)
    assert "set COMPANION_PASSPHRASE or run in a terminal" in err
    assert "The store is locked" not in err
    assert snapshot(initialised.root) == before


def test_demo_without_a_terminal_says_what_to_do(folder, monkeypatch, capsys) -> None:
    monkeypatch.delenv("COMPANION_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", None)
    assert run(folder, "demo", "--years", "0.1") == 2
    assert "set COMPANION_PASSPHRASE or run in a terminal" in one_line(capsys.readouterr().err)


def test_init_on_an_existing_store_is_a_usage_error(initialised, capsys) -> None:
    before = snapshot(initialised.root)
    assert run(initialised, "init") == 1
    err = one_line(capsys.readouterr().err)
    assert f"a store already exists in {initialised.root}" in err
    assert snapshot(initialised.root) == before


def test_import_asks_for_the_passphrase_before_the_question(
    initialised, monkeypatch, tmp_path, capsys
) -> None:
    csv = tmp_path / "in.csv"
    csv.write_text(DAYLIO, encoding="utf-8")
    asked: list[str] = []
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(
        "companion.cli.terminal.ask_passphrase",
        lambda prompt: asked.append("passphrase") or PASSPHRASE,
    )
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append("y/N") or "n")
    assert run(initialised, "import", str(csv)) == 0
    assert asked == ["passphrase", "y/N"]
    assert "Nothing was imported" in capsys.readouterr().err


def test_a_wrong_passphrase_is_told_before_the_question(initialised, monkeypatch, tmp_path, capsys):
    csv = tmp_path / "in.csv"
    csv.write_text(DAYLIO, encoding="utf-8")
    monkeypatch.setenv("COMPANION_PASSPHRASE", "not the right passphrase at all")
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: pytest.fail("asked before unlocking"))
    assert run(initialised, "import", str(csv)) == 2
    assert "does not unlock" in one_line(capsys.readouterr().err)


def test_the_recovery_code_unlocks_any_command(folder, recovery_code, monkeypatch, capsys) -> None:
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    monkeypatch.setenv("COMPANION_RECOVERY_CODE", recovery_code)
    assert run(folder, "checkin", "--mood", "3", "--energy", "3") == 0
    assert capsys.readouterr().out.startswith("Saved a check-in")
    assert checkin_count(folder) == 1


def test_the_recovery_code_flag_asks_for_it(folder, recovery_code, monkeypatch, capsys) -> None:
    prompts: list[str] = []
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(
        "companion.cli.terminal.ask_passphrase",
        lambda prompt: prompts.append(prompt) or recovery_code,
    )
    # COMPANION_PASSPHRASE is set, but --recovery-code says which to use.
    assert run(folder, "checkin", "--mood", "2", "--energy", "3", "--recovery-code") == 0
    assert prompts == ["Recovery code: "]
    assert run(folder, "verify") == 0  # the flag lasts one command
    assert prompts == ["Recovery code: "]


def test_a_wrong_recovery_code_changes_nothing(folder, recovery_code, monkeypatch, capsys) -> None:
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    monkeypatch.setenv("COMPANION_RECOVERY_CODE", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    before = snapshot(folder.root)
    assert run(folder, "checkin", "--mood", "3", "--energy", "3") == 2
    assert "recovery code does not unlock" in one_line(capsys.readouterr().err)
    assert snapshot(folder.root) == before


def test_no_recovery_code_to_ask_says_what_to_do(folder, recovery_code, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", None)
    assert run(folder, "verify", "--recovery-code") == 2
    err = one_line(capsys.readouterr().err)
    assert "set COMPANION_RECOVERY_CODE or run in a terminal" in err
