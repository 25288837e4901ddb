"""Where Companion keeps its files: the data folder and the names of what lies in it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Companion"
DATA_DIR_ENV = "COMPANION_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` first, then `COMPANION_DATA_DIR`, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataFolder:
    """The files of one store; nothing here touches the disk."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "companion.db"

    @property
    def key_file(self) -> Path:
        return self.root / "companion.key"

    @property
    def preferences(self) -> Path:
        return self.root / "preferences.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        return self.root / "companion.log"

    def sidecars(self) -> tuple[Path, Path]:
        return (
            self.database.with_name(self.database.name + "-wal"),
            self.database.with_name(self.database.name + "-shm"),
        )
