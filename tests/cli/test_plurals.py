"""The command line says its counts as English does: 1 check-in, 2 check-ins; never
"check-in(s)" or "problem(s)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.cli import main as cli
from companion.cli.terminal import counted
from companion.paths import DataFolder
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.store.test_old_rows import OLD_ROWS, insert_old_rows


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


@pytest.fixture
def initialised(folder: DataFolder, monkeypatch, capsys) -> DataFolder:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "init") == 0
    capsys.readouterr()
    return folder


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
