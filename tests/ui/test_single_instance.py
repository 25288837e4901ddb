"""A second launch on the same data folder brings the running window forward."""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from companion.paths import DataFolder
from companion.ui.app import ALREADY_OPEN, claim_instance
from companion.ui.single_instance import InstanceServer, ask_running_instance, server_name
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome


def store_hashes(folder: DataFolder) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.root.rglob("*"))
        if path.is_file() and path != folder.log_file
    }


def socket_path(name: str) -> Path:
    return Path(QDir.tempPath()) / name


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


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_only_this_user_may_use_the_socket(folder, listening) -> None:
    mode = socket_path(server_name(folder)).stat().st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & (stat.S_IRWXG | stat.S_IRWXO) == 0


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crash_is_replaced(qtbot, folder) -> None:
    name = server_name(folder)
    path = socket_path(name)
    left_behind = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left_behind.bind(str(path))
    left_behind.close()  # the file stays, and nobody listens: as after a crash
    assert path.exists()
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
    client = QLocalSocket()
    client.connectToServer(server_name(folder))
    assert client.waitForConnected(1000)
    client.write(b"open /etc/passwd\n")
    client.waitForBytesWritten(1000)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert requests == []


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
