"""Every test: offscreen Qt, an in-memory keyring (never the real keychain), a light KDF,
no Companion variables from the caller's environment, and a fresh data folder in tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from companion.paths import DataFolder
from companion.store import Store, create_store, keys

PASSPHRASE = "kind words on a quiet morning"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives and dies with one test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    # Tests treat the memory keyring as the platform's recommended one.
    monkeypatch.setattr("companion.store.keychain.recommended_backend", lambda: backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """A computer with no recommended keyring (headless Linux)."""
    monkeypatch.setattr("companion.store.keychain.recommended_backend", lambda: None)


@pytest.fixture(autouse=True)
def light_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.KdfParams(memory_kib=1024, iterations=1, lanes=1))


@pytest.fixture(autouse=True)
def clean_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    for name in ("COMPANION_PASSPHRASE", "COMPANION_DATA_DIR", "LANGUAGE", "LC_ALL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    # The autostart entry lives under XDG_CONFIG_HOME: never the real one in a test.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))


@pytest.fixture(autouse=True)
def core_dumps_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """cli.main() forbids core files for good (the hard limit too); run in-process, it would do
    that to the whole test run. Subprocesses (`run_companion`) still do it for real."""
    monkeypatch.setattr("companion.cli.main.disable_core_dumps", lambda: None)


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "data")


@pytest.fixture
def store(folder: DataFolder) -> Iterator[Store]:
    opened, _code = create_store(folder, PASSPHRASE)
    yield opened
    opened.close()


def run_companion(
    folder: DataFolder, *args: str, passphrase: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    """`python -m companion --data-dir FOLDER ARGS…` in a fresh process, as a script would."""
    environment = dict(os.environ, COMPANION_PASSPHRASE=passphrase, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(folder.root), *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file below `root` with its bytes, to prove nothing changed."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
