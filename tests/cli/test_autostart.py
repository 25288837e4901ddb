"""`companion autostart on|off|status` writes and removes the XDG login entry."""

from __future__ import annotations

import sys

import pytest

from companion.cli import main as cli

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG entry")


def test_autostart_on_status_off(tmp_path, folder, monkeypatch, capsys) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    entry = config / "autostart" / "companion.desktop"
    data = ["--data-dir", str(folder.root)]
    assert cli.main(["autostart", "on", *data]) == 0
    assert capsys.readouterr().out == "Companion starts in the tray when you log in\n"
    text = entry.read_text(encoding="utf-8")
    assert "--background" in text and str(folder.root) in text
    assert not folder.root.exists()  # the store is not touched, nor created
    assert cli.main(["autostart", "status", *data]) == 0
    assert "starts in the tray" in capsys.readouterr().out
    assert cli.main(["autostart", "off", *data]) == 0
    assert capsys.readouterr().out == "Companion does not start by itself when you log in\n"
    assert not entry.exists()


def test_autostart_that_cannot_be_written_is_one_line(tmp_path, folder, monkeypatch, capsys):
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    assert cli.main(["autostart", "on", "--data-dir", str(folder.root)]) == 3
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("companion: the login entry could not be changed (")


def test_autostart_needs_on_off_or_status(capsys) -> None:
    assert cli.main(["autostart", "maybe"]) == 1
