"""The login autostart entry on each platform: written, found and removed (winreg faked)."""

from __future__ import annotations

import contextlib
import plistlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion import autostart
from companion.autostart import (
    LaunchAgentAutostart,
    RunKeyAutostart,
    XdgAutostart,
    desktop_entry,
    for_this_platform,
    start_command,
)
from companion.paths import DataFolder, default_data_dir

COMMAND = ["/opt/my apps/companion", "--background", "--data-dir", "/home/me/100% $notes"]


def exec_line(entry: str) -> str:
    (line,) = [line for line in entry.splitlines() if line.startswith("Exec=")]
    return line.removeprefix("Exec=")


def test_xdg_entry_is_written_under_xdg_config_home_and_removed(tmp_path) -> None:
    config = tmp_path / "config"
    entry = for_this_platform("linux", {"XDG_CONFIG_HOME": str(config)}, tmp_path / "home")
    assert isinstance(entry, XdgAutostart)
    assert not entry.enabled()
    entry.enable(COMMAND)
    path = config / "autostart" / "companion.desktop"
    assert entry.enabled() and path.is_file()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n") and "Type=Application\n" in text
    entry.disable()
    assert not path.exists() and not entry.enabled()
    entry.disable()  # already off: nothing to do, no error


def test_without_xdg_config_home_the_entry_goes_to_dot_config(tmp_path) -> None:
    for environ in ({}, {"XDG_CONFIG_HOME": "relative/ignored"}):
        entry = for_this_platform("linux", environ, tmp_path)
        assert isinstance(entry, XdgAutostart)
        assert entry.path == tmp_path / ".config" / "autostart" / "companion.desktop"


def split_exec(value: str) -> list[str]:
    """The Exec key's arguments as the desktop entry spec reads them: string escapes first,
    then double quotes in which a backslash escapes ", `, $ and itself; %% is a lone %."""
    value = value.replace("\\\\", "\\")
    arguments: list[str] = []
    current, quoted, index = "", False, 0
    while index < len(value):
        char = value[index]
        if quoted and char == "\\" and value[index + 1] in '"`$\\':
            current += value[index + 1]
            index += 1
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
        index += 1
    arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def test_the_exec_line_keeps_spaces_percent_and_dollar_intact() -> None:
    line = exec_line(desktop_entry(COMMAND))
    assert split_exec(line) == COMMAND
    assert "%%" in line  # a lone % would be read as a field code
    with pytest.raises(ValueError, match="line break"):
        desktop_entry(["companion", "a\nb"])


def test_macos_launch_agent(tmp_path) -> None:
    entry = for_this_platform("darwin", {}, tmp_path)
    assert isinstance(entry, LaunchAgentAutostart)
    entry.enable(COMMAND)
    path = tmp_path / "Library" / "LaunchAgents" / "org.companion.Companion.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent == {
        "Label": "org.companion.Companion",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
    }
    assert entry.enabled()
    entry.disable()
    assert not path.exists() and not entry.enabled()


class FakeRegistry:
    """The part of `winreg` the Run key needs, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 1
    KEY_WRITE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[int, str]]] = {}

    @contextlib.contextmanager
    def OpenKey(self, root: str, path: str, _reserved: int, _access: int) -> Iterator[dict]:
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        yield self.keys[(root, path)]

    @contextlib.contextmanager
    def CreateKeyEx(self, root: str, path: str, _reserved: int, _access: int) -> Iterator[dict]:
        yield self.keys.setdefault((root, path), {})

    def QueryValueEx(self, key: dict, name: str) -> tuple[str, int]:
        if name not in key:
            raise FileNotFoundError(name)
        kind, value = key[name]
        return value, kind

    def SetValueEx(self, key: dict, name: str, _reserved: int, kind: int, value: str) -> None:
        key[name] = (kind, value)

    def DeleteValue(self, key: dict, name: str) -> None:
        if name not in key:
            raise FileNotFoundError(name)
        del key[name]


def test_windows_run_key() -> None:
    registry = FakeRegistry()
    entry = RunKeyAutostart(registry)
    assert not entry.enabled()
    entry.disable()  # no Run key at all: already off
    entry.enable(["C:\\Program Files\\Companion\\companion.exe", "--background"])
    run = registry.keys[("HKCU", autostart.RUN_KEY)]
    assert run["Companion"] == (
        registry.REG_SZ,
        '"C:\\Program Files\\Companion\\companion.exe" --background',
    )
    assert entry.enabled()
    entry.disable()
    assert "Companion" not in run and not entry.enabled()


def test_the_command_starts_in_the_tray_with_the_data_folder_when_not_the_usual(
    tmp_path,
) -> None:
    usual = start_command(DataFolder(default_data_dir()), executable="/usr/bin/companion")
    assert usual == ["/usr/bin/companion", "--background"]
    other = DataFolder(tmp_path / "data")
    assert start_command(other, executable="/usr/bin/companion") == [
        "/usr/bin/companion",
        "--background",
        "--data-dir",
        str(Path(tmp_path / "data")),
    ]
