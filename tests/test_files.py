"""Files a person hands us (regular files under a limit) and where exports may be written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import main as cli
from companion.files import (
    JOURNAL_IMPORT_LIMIT,
    PLAN_IMPORT_LIMIT,
    InputFileRefused,
    OutputRefused,
    output_path,
    read_input_file,
)
from tests.conftest import PASSPHRASE, snapshot

posix_only = pytest.mark.skipif(os.name == "nt", reason="FIFOs, devices and symlinks: POSIX")
DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2026-11-28,November 28,Saturday,20:05,good,walk,,\n"
)


# --- read_input_file -------------------------------------------------------------------------


def test_a_file_up_to_the_limit_is_read_and_one_byte_more_is_refused(tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"x" * 100)
    assert read_input_file(path, 100, "a test") == b"x" * 100
    with pytest.raises(InputFileRefused) as refused:
        read_input_file(path, 99, "a test")
    assert refused.value.reason == "too-large" and refused.value.limit == 99


def test_a_huge_file_is_refused_without_reading_it(tmp_path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # sparse: 512 MB that take no disk space
        handle.truncate(512 * 1024 * 1024)
    with pytest.raises(InputFileRefused) as refused:
        read_input_file(path, JOURNAL_IMPORT_LIMIT, "a journal import")
    assert refused.value.reason == "too-large" and "32 MiB" in str(refused.value)


def test_the_limits_are_the_documented_ones() -> None:
    assert JOURNAL_IMPORT_LIMIT == 32 * 1024 * 1024
    assert PLAN_IMPORT_LIMIT == 8 * 1024 * 1024


def test_a_folder_or_a_missing_file_is_refused(tmp_path) -> None:
    with pytest.raises(InputFileRefused) as refused:
        read_input_file(tmp_path, 100, "a test")
    assert refused.value.reason == "not-a-file"
    with pytest.raises(InputFileRefused) as refused:
        read_input_file(tmp_path / "absent.csv", 100, "a test")
    assert refused.value.reason == "missing" and "absent" not in str(refused.value)
    assert "does not exist" in str(refused.value)


@posix_only
def test_a_device_and_a_link_to_one_are_refused(tmp_path) -> None:
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    for path in (Path("/dev/zero"), link):
        with pytest.raises(InputFileRefused) as refused:
            read_input_file(path, 100, "a test")
        assert refused.value.reason == "not-a-file"


@posix_only
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("import", "{fifo}", "--yes"), "nothing was imported: it is not a regular file"),
        (("plan", "import", "{fifo}", "--yes"), "it is not a regular file"),
    ],
)
def test_importing_from_a_fifo_is_refused_and_never_hangs(folder, tmp_path, args, message):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    command = [a.replace("{fifo}", str(fifo)) for a in args]
    done = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(folder.root), *command],
        capture_output=True,
        text=True,
        env=dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE),
        timeout=60,  # a hang fails the test instead of blocking the run
        check=False,
    )
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.splitlines()) == 1


# --- output_path -----------------------------------------------------------------------------


@pytest.fixture
def data(tmp_path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    (root / "companion.key").write_text("key")
    return root


def test_a_new_file_and_an_existing_one(tmp_path, data) -> None:
    assert output_path(tmp_path / "new.json", data) == (tmp_path / "new.json", False)
    (tmp_path / "old.json").write_text("old")
    assert output_path(tmp_path / "old.json", data) == (tmp_path / "old.json", True)


def test_relative_paths_are_taken_from_the_working_folder(tmp_path, data, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert output_path("out.csv", data) == (tmp_path / "out.csv", False)
    monkeypatch.chdir(data)
    with pytest.raises(OutputRefused):
        output_path("out.csv", data)


@pytest.mark.parametrize(
    "where",
    ["data/companion.key", "data/new.json", "data", "data/backups/x.json", "elsewhere/../data/x"],
)
def test_nothing_is_written_into_the_data_folder(tmp_path, data, where) -> None:
    (data / "backups").mkdir()
    (tmp_path / "elsewhere").mkdir()
    with pytest.raises(OutputRefused) as refused:
        output_path(tmp_path / where, data)
    assert refused.value.reason in {"data-folder", "directory"}


@posix_only
def test_links_into_the_data_folder_are_refused(tmp_path, data) -> None:
    (tmp_path / "folder-link").symlink_to(data)
    (tmp_path / "key-link.json").symlink_to(data / "companion.key")
    (tmp_path / "new-link.json").symlink_to(data / "not-yet.json")  # a dangling link
    for path in ("folder-link/x.json", "key-link.json", "new-link.json"):
        with pytest.raises(OutputRefused) as refused:
            output_path(tmp_path / path, data)
        assert refused.value.reason == "data-folder"


@posix_only
def test_a_data_folder_reached_through_a_link_is_still_refused(tmp_path, data) -> None:
    (tmp_path / "data-link").symlink_to(data)
    with pytest.raises(OutputRefused):
        output_path(data / "x.json", tmp_path / "data-link")


def test_a_missing_folder_or_a_folder_as_the_file(tmp_path, data) -> None:
    with pytest.raises(OutputRefused) as refused:
        output_path(tmp_path / "absent" / "x.json", data)
    assert refused.value.reason == "missing-folder"
    (tmp_path / "plan.md").mkdir()
    with pytest.raises(OutputRefused) as refused:
        output_path(tmp_path / "plan.md", data)
    assert refused.value.reason == "directory"
    (tmp_path / "file").write_text("")
    with pytest.raises(OutputRefused) as refused:
        output_path(tmp_path / "file" / "x.json", data)
    assert refused.value.reason == "missing-folder"


# --- the commands ----------------------------------------------------------------------------


@pytest.fixture
def initialised(folder, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder.root), "init"]) == 0
    capsys.readouterr()
    return folder


def run(folder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--output", "{data}/companion.key"),
        ("export", "--output", "{data}/companion.db"),
        ("export", "--output", "{data}/x.csv", "--format", "csv"),
        ("export", "--output", "{data}/../data/preferences.json"),
        ("plan", "export", "--output", "{data}/companion.key.json"),
        ("plan", "export", "--output", "{data}/plan.pdf"),
    ],
)
def test_exports_into_the_data_folder_are_refused(initialised, args, capsys) -> None:
    before = snapshot(initialised.root)
    command = [a.replace("{data}", str(initialised.root)) for a in args]
    assert run(initialised, *command) == 1
    err = capsys.readouterr().err
    assert "inside Companion's data folder" in err and len(err.splitlines()) == 1
    assert snapshot(initialised.root) == before


@posix_only
@pytest.mark.parametrize("args", [("export",), ("export", "--format", "csv"), ("plan", "export")])
def test_an_export_replaces_a_link_and_never_writes_through_it(initialised, tmp_path, args, capsys):
    target = tmp_path / "someone-elses.json"
    target.write_text("keep me")
    link = tmp_path / "out.json"
    link.symlink_to(target)
    assert run(initialised, *args, "--output", str(link)) == 0
    assert target.read_text() == "keep me"
    assert link.is_file() and not link.is_symlink() and oct(link.stat().st_mode & 0o777) == "0o600"
    assert "replaced the file that was there" in capsys.readouterr().err


def test_the_cli_says_when_it_replaces_a_file(initialised, tmp_path, capsys) -> None:
    output = tmp_path / "out.json"
    assert run(initialised, "export", "--output", str(output)) == 0
    assert "replaced" not in capsys.readouterr().err
    assert run(initialised, "export", "--output", str(output)) == 0
    assert "(it replaced the file that was there)" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["missing/plan.pdf", "missing/plan.json", "a-folder.md", "."])
def test_plan_export_into_a_missing_folder_or_onto_a_folder(initialised, tmp_path, name, capsys):
    (tmp_path / "a-folder.md").mkdir()
    before = snapshot(tmp_path)
    assert run(initialised, "plan", "export", "--output", str(tmp_path / name)) == 1
    err = capsys.readouterr().err
    assert err.startswith("companion: --output: ") and len(err.splitlines()) == 1
    assert snapshot(tmp_path) == before


@posix_only
def test_plan_export_into_a_folder_without_permission(initialised, tmp_path, capsys) -> None:
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o500)
    try:
        if os.access(closed, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        for suffix in (".pdf", ".md"):
            assert run(initialised, "plan", "export", "--output", str(closed / f"p{suffix}")) == 1
            err = capsys.readouterr().err
            assert "could not write the file" in err and len(err.splitlines()) == 1
    finally:
        closed.chmod(0o700)
    assert list(closed.iterdir()) == []


def test_an_oversized_import_is_refused_before_reading(initialised, tmp_path, capsys) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.write(DAYLIO.encode())
        handle.truncate(JOURNAL_IMPORT_LIMIT + 1)
    before = snapshot(initialised.root)
    assert run(initialised, "import", str(big), "--yes") == 1
    assert "larger than 32 MiB" in capsys.readouterr().err
    plan = tmp_path / "plan.json"
    with plan.open("wb") as handle:
        handle.truncate(PLAN_IMPORT_LIMIT + 1)
    assert run(initialised, "plan", "import", str(plan), "--yes") == 1
    assert "larger than 8 MiB" in capsys.readouterr().err
    assert snapshot(initialised.root) == before


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"a": ' + b"[" * 200_000, "nested too deeply"),
        (b'{"format": ' + b"9" * 5000 + b"}", "a number too long"),
        (b'{"format": "companion-plan", "x": "\xff\xfe"}', "not UTF-8"),
    ],
)
@pytest.mark.parametrize("command", [("import",), ("plan", "import")])
def test_broken_json_is_the_files_fault_not_a_bug(
    initialised, tmp_path, data, message, command, capsys
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(data)
    before = snapshot(initialised.root)
    assert run(initialised, *command, str(path), "--yes") == 1
    err = capsys.readouterr().err
    assert message in err and len(err.splitlines()) == 1
    assert snapshot(initialised.root) == before
