"""The marker written through every feature is nowhere outside the encrypted store (data
folder, temporary folder, log, config and cache folders, Qt's settings), and nothing touches the
network, in a whole window session and in every command. Exports are plain text by design
(SECURITY.md) and private to their owner (0600)."""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli.main import build_parser
from companion.paths import DataFolder
from companion.store import create_store, open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.trust.commands import command_lines
from tests.trust.markers import JAPANESE, LATIN, MARKER, files_holding_the_marker

ROOT = Path(__file__).resolve().parents[2]


def _private_environment(base: Path) -> tuple[dict[str, str], list[Path]]:
    """HOME, every XDG folder and TMPDIR inside `base`: every place a file could land."""
    places = {
        "HOME": base / "home",
        "XDG_CONFIG_HOME": base / "home" / ".config",
        "XDG_CACHE_HOME": base / "home" / ".cache",
        "XDG_DATA_HOME": base / "home" / ".local" / "share",
        "XDG_STATE_HOME": base / "home" / ".local" / "state",
        "XDG_RUNTIME_DIR": base / "runtime",
        "TMPDIR": base / "tmp",
    }
    for place in places.values():
        place.mkdir(parents=True, exist_ok=True, mode=0o700)
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    environment.update({name: str(place) for name, place in places.items()})
    environment.pop("COMPANION_DATA_DIR", None)
    environment["COMPANION_PASSPHRASE"] = PASSPHRASE
    environment["LANG"] = "ja_JP.UTF-8"
    return environment, [base / "home", base / "runtime", base / "tmp"]


def _run(module: str, *args: str, environment: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_the_search_finds_every_form_of_the_marker(tmp_path) -> None:
    """The search itself can fail: it finds the marker in each encoding a file might use."""
    for index, (codec, text) in enumerate(
        [("utf-8", MARKER), ("utf-16", LATIN), ("utf-16-be", JAPANESE), ("shift_jis", JAPANESE)]
    ):
        (tmp_path / f"{index}.bin").write_bytes(b"x" + text.encode(codec) + b"y")
    (tmp_path / "clean.bin").write_bytes(b"nothing to see")
    assert len({hit.split(" (")[0] for hit in files_holding_the_marker(tmp_path)}) == 4


def test_a_whole_window_session_leaves_the_marker_only_in_the_store(tmp_path) -> None:
    environment, places = _private_environment(tmp_path)
    folder = DataFolder(tmp_path / "data")
    create_store(folder, PASSPHRASE)[0].close()

    child = _run("tests.trust.gui_session", str(folder.root), PASSPHRASE, environment=environment)
    assert child.returncode == 0, child.stderr[-3000:]
    assert child.stdout.splitlines()[-1] == "network: none"
    assert MARKER not in child.stdout + child.stderr

    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:  # the marker did reach the store, through each feature
        notes = [entry.note for entry in store.all_checkins()]
        assert any(MARKER in note for note in notes)
        assert any(MARKER in tag.label for entry in store.all_checkins() for tag in entry.tags)
        assert any(MARKER in contact.alias for contact in store.contacts())
    finally:
        store.close()
    assert folder.log_file.exists()  # the bug was logged, without its words
    # Qt's settings file, cache, config, data and temporary folders are all inside the search.
    qt_places = [
        Path(line.split(" ", 1)[1])
        for line in child.stdout.splitlines()
        if line.startswith(("qt-settings ", "qt-path "))
    ]
    assert len(qt_places) == 5
    for place in qt_places:
        assert any(place.is_relative_to(searched) for searched in places), place
    assert files_holding_the_marker(folder.root, *places) == []


def test_every_command_leaves_the_marker_only_in_the_store_and_its_exports(tmp_path) -> None:
    environment, places = _private_environment(tmp_path)
    folder = DataFolder(tmp_path / "data")
    exports = tmp_path / "exports"
    exports.mkdir()

    child = _run("tests.trust.commands", str(folder.root), str(exports), environment=environment)
    assert child.returncode == 0, child.stdout[-3000:] + child.stderr[-3000:]
    lines = child.stdout.splitlines()
    assert lines[-1] == "network: none"
    results = [line for line in lines if line.startswith("rc ")]
    assert len(results) == len(command_lines("d", "e"))
    assert [line for line in results if not line.startswith("rc 0 ")] == [], child.stderr[-2000:]
    assert (tmp_path / "data-demo" / "companion.db").exists()
    assert (tmp_path / "data-restored" / "companion.db").exists()
    restored = tmp_path / "data-restored"
    assert files_holding_the_marker(folder.root, tmp_path / "data-demo", restored, *places) == []

    # Exports are plain text by design: the marker is in them, and only their owner reads them.
    # A backup is not an export: it is encrypted like the store, so the marker is not in it.
    written = sorted(exports.iterdir())
    suffixes = {".json", ".csv", ".md", ".pdf", ".png", ".svg", ".companion-backup"}
    assert {path.suffix for path in written} == suffixes
    holding = files_holding_the_marker(exports)
    assert holding
    assert not [found for found in holding if ".companion-backup" in found]
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def _leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    leaves: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                leaves |= _leaf_commands(child, (*prefix, name)) or {" ".join((*prefix, name))}
    return leaves


def test_the_proof_runs_every_command_there_is() -> None:
    """A new command must join `tests/trust/commands.py`, so the network proof covers it."""
    covered = set()
    for arguments in command_lines("d", "e"):
        covered.add(" ".join(arguments[: arguments.index("--data-dir")]))
    assert _leaf_commands(build_parser()) - {"autostart"} <= covered
    assert "autostart" in " ".join(covered)


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_an_export_is_private_even_where_the_umask_is_open(tmp_path, store, monkeypatch) -> None:
    from companion.cli import main as cli

    os.umask(previous := os.umask(0))  # read it
    try:
        os.umask(0)
        monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
        store.close()
        output = tmp_path / "everything.json"
        arguments = ["--data-dir", str(store.folder.root), "export", "--output", str(output)]
        assert cli.main(arguments) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(output.stat().st_mode) == 0o600


GUARD_CHILD = """
import socket
from tests.trust import network_guard
network_guard.install()
local = socket.socket(socket.AF_UNIX)
local.bind("{path}")  # a local socket is no network
for family, address in ((socket.AF_INET, ("127.0.0.1", 9)), (socket.AF_INET6, ("::1", 9))):
    try:
        socket.socket(family).connect(address)
    except PermissionError:
        pass
try:
    socket.getaddrinfo("example.org", 443)
except PermissionError:
    pass
print(network_guard.report())
"""


def test_the_guard_refuses_the_network_and_allows_local_sockets(tmp_path) -> None:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    code = GUARD_CHILD.replace("{path}", str(tmp_path / "local.sock"))
    child = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=False
    )
    assert child.returncode == 0, child.stderr
    report = child.stdout.strip()
    assert "socket.connect AF_INET " in report and "socket.connect AF_INET6" in report
    assert "getaddrinfo 'example.org'" in report and "AF_UNIX" not in report
