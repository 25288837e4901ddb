"""Starting Companion in the tray at login: the platform's own autostart entry, written and removed.

Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/companion.desktop`; macOS: a
LaunchAgent in `~/Library/LaunchAgents`; Windows: a value under the current user's Run key.
The entry holds only the command (`companion --background`, and `--data-dir` when the data
folder is not the usual one): nothing from the store.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from companion.files import write_private_atomically
from companion.paths import DataFolder, default_data_dir

ENTRY_NAME = "Companion"
LAUNCH_AGENT_LABEL = "org.companion.Companion"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def start_command(folder: DataFolder, *, executable: str | None = None) -> list[str]:
    """The command an autostart entry runs: this installation's `companion`, in the tray."""
    found = executable if executable is not None else shutil.which("companion")
    command = [found] if found else [sys.executable, "-m", "companion"]
    command.append("--background")
    if Path(folder.root) != default_data_dir():
        command += ["--data-dir", str(folder.root)]
    return command


class Autostart(Protocol):
    """One platform's autostart entry for Companion."""

    def enabled(self) -> bool: ...

    def enable(self, command: list[str]) -> None: ...

    def disable(self) -> None: ...


# --- XDG (Linux, the BSDs) ---------------------------------------------------------------
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_argument(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted and escaped as the spec asks."""
    if "\n" in argument or "\r" in argument:
        raise ValueError("a line break cannot be part of an autostart command")
    argument = argument.replace("%", "%%")
    if _EXEC_RESERVED & set(argument):
        for special in ("\\", '"', "`", "$"):
            argument = argument.replace(special, "\\" + special)
        argument = f'"{argument}"'
    return argument.replace("\\", "\\\\")  # the string escaping, applied on top of quoting


def desktop_entry(command: list[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={ENTRY_NAME}",
            "Exec=" + " ".join(_exec_argument(argument) for argument in command),
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


class XdgAutostart:
    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / "companion.desktop"

    def enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: list[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private_atomically(self.path, desktop_entry(command).encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- macOS ---------------------------------------------------------------------------------
class LaunchAgentAutostart:
    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: list[str]) -> None:
        agent = {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": command, "RunAtLoad": True}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private_atomically(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- Windows -------------------------------------------------------------------------------
class RunKeyAutostart:
    """A value named "Companion" under HKEY_CURRENT_USER's Run key. `registry` is the
    `winreg` module (or a stand-in for it in tests)."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry

    def _open(self, access: int) -> Any:
        registry = self.registry
        return registry.OpenKey(registry.HKEY_CURRENT_USER, RUN_KEY, 0, access)

    def enabled(self) -> bool:
        try:
            with self._open(self.registry.KEY_READ) as key:
                self.registry.QueryValueEx(key, ENTRY_NAME)
        except FileNotFoundError:
            return False
        return True

    def enable(self, command: list[str]) -> None:
        registry = self.registry
        line = subprocess.list2cmdline(command)
        root = registry.HKEY_CURRENT_USER
        with registry.CreateKeyEx(root, RUN_KEY, 0, registry.KEY_WRITE) as key:
            registry.SetValueEx(key, ENTRY_NAME, 0, registry.REG_SZ, line)

    def disable(self) -> None:
        try:
            with self._open(self.registry.KEY_WRITE) as key:
                self.registry.DeleteValue(key, ENTRY_NAME)
        except FileNotFoundError:
            pass  # nothing there: already off


def for_this_platform(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Autostart:
    """The autostart entry of this system (the arguments are for tests)."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform == "win32":
        import winreg  # type: ignore[import-not-found,unused-ignore]

        return RunKeyAutostart(winreg)
    if platform == "darwin":
        return LaunchAgentAutostart(home)
    config_home = environ.get("XDG_CONFIG_HOME", "")
    return XdgAutostart(Path(config_home) if os.path.isabs(config_home) else home / ".config")
