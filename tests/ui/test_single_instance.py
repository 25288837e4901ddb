"""A second launch on the same data folder brings the running window forward."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion.paths import DataFolder
from companion.ui.app import ALREADY_OPEN, claim_instance
from companion.ui.single_instance import (
    SHOW_REQUEST,
    InstanceServer,
    ask_running_instance,
    instance_folder,
    server_name,
)
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome


def store_hashes(folder: DataFolder) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.root.rglob("*"))
        if path.is_file() and path != folder.log_file
    }


def instance_file(name: str, suffix: str) -> Path:
    folder = instance_folder()
    assert folder is not None
    return folder / f"{name}{suffix}"


@pytest.fixture
def listening(qapp, folder: DataFolder):
    server = claim_instance(folder)
    assert isinstance(server, InstanceServer)
    requests: list[int] = []
    server.show_requested.connect(lambda: requests.append(1))
    yield server, requests
    server.close()


def test_a_second_launch_talks_to_the_first_instead_of_opening_the_store(
    qtbot, session, folder, listening
) -> None:
    server, requests = listening
    create_through_welcome(qtbot, session)
    server.show_requested.connect(session.bring_forward)
    window = session.window
    assert window is not None
    window.showMinimized()
    before = store_hashes(folder)
    environment = dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(folder.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=90_000)
        qtbot.waitUntil(lambda: requests == [1])
    finally:
        if second.poll() is None:
            second.kill()
        out, err = second.communicate()
    assert second.returncode == 0
    assert err.strip().splitlines() == [ALREADY_OPEN]
    assert out == ""
    assert store_hashes(folder) == before  # the store was never opened a second time
    assert window.isVisible() and not window.isMinimized()


def test_the_same_folder_is_the_same_instance_and_another_folder_another(tmp_path) -> None:
    one = DataFolder(tmp_path / "one")
    assert server_name(one) == server_name(DataFolder(tmp_path / "one"))
    assert server_name(one) != server_name(DataFolder(tmp_path / "two"))
    assert "one" not in server_name(one)  # the path itself is not in the name


def test_a_launch_on_another_folder_runs_on_its_own(qapp, tmp_path, listening) -> None:
    _server, requests = listening
    other = claim_instance(DataFolder(tmp_path / "other"))
    assert isinstance(other, InstanceServer)
    other.close()
    assert requests == []


def test_a_second_claim_on_the_same_folder_asks_the_first(qtbot, folder, listening) -> None:
    _server, requests = listening
    assert claim_instance(folder) is False
    qtbot.waitUntil(lambda: requests == [1])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_only_this_user_may_use_the_instance_files(folder, listening) -> None:
    assert ask_running_instance(server_name(folder))  # leaves a request for a moment
    private = instance_folder()
    assert private is not None
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert private.stat().st_uid == os.getuid()
    lock = instance_file(server_name(folder), ".lock")
    assert lock.exists() and lock.parent == private  # others cannot even list the folder


def test_a_lock_left_by_a_crash_is_taken_over(qtbot, folder) -> None:
    name = server_name(folder)
    lock = instance_file(name, ".lock")
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
            "assert lock.tryLock(0)\n"
            "os.kill(os.getpid(), 9)\n",
            str(lock),
        ],
        check=False,
    )
    assert crashed.returncode != 0 and lock.exists()  # the file stays, as after a crash
    assert not ask_running_instance(name)
    server = claim_instance(folder)
    assert isinstance(server, InstanceServer)
    try:
        requests: list[int] = []
        server.show_requested.connect(lambda: requests.append(1))
        assert ask_running_instance(name)
        qtbot.waitUntil(lambda: requests == [1])
    finally:
        server.close()


def test_anything_but_show_is_ignored(qtbot, folder, listening) -> None:
    _server, requests = listening
    request = instance_file(server_name(folder), ".show")
    request.write_bytes(b"open /etc/passwd\n")
    qtbot.waitUntil(lambda: not request.exists(), timeout=10_000)
    qtbot.wait(50)
    assert requests == []
    request.write_bytes(SHOW_REQUEST)
    qtbot.waitUntil(lambda: requests == [1], timeout=10_000)


def test_bringing_forward_while_locked_shows_the_unlock_dialog_only(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.lock()
    dialog = session.unlock_dialog
    assert dialog is not None and session.window is not None
    dialog.hide()
    session.bring_forward()
    assert not session.window.isVisible()  # nothing of the store while it is locked
    dialog.show()
    session.bring_forward()
    assert dialog.isVisible()
    assert not session.window.isVisible()
