"""Backups: one encrypted file with the key and the database, written where the person chooses,
daily ones in the data folder, and restoring one (before a store is open, from the first-run
screen or `companion restore`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from companion import settings
from companion.backup_file import SUFFIX
from companion.clock import now_utc
from companion.files import output_path
from companion.paths import DataFolder
from companion.store import Store
from companion.store.backup import (
    Restored,
    backup_key_file,
    make_backup,
    make_daily_backup,
    restore_backup,
    store_files,
)
from companion.store.lifecycle import open_store

__all__ = [
    "SUFFIX",
    "BackupService",
    "Restored",
    "check_backup_file",
    "has_store_files",
    "open_restored",
    "restore",
    "restore_files",
]


class BackupService:
    """Backups of one open store."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = now_utc) -> None:
        self._store = store
        self._clock = clock

    @property
    def folder(self) -> DataFolder:
        return self._store.folder

    def back_up_to(self, chosen: str | os.PathLike[str]) -> Path:
        """A backup at `chosen`, outside the data folder (OutputRefused otherwise, before
        anything is written); its time is kept for the backup reminder. Returns where it is."""
        target, _replacing = output_path(chosen, self._store.folder.root)
        make_backup(self._store, target)
        if not self._store.is_read_only:
            self._store.set_setting(settings.LAST_OUTSIDE_BACKUP, self._clock())
        return target

    def last_outside_backup(self) -> datetime | None:
        return self._store.setting(settings.LAST_OUTSIDE_BACKUP)

    def kept(self) -> int:
        """How many daily automatic backups are kept (0: none are made)."""
        return self._store.setting(settings.AUTO_BACKUPS_KEPT)

    def save_kept(self, count: int) -> None:
        self._store.set_setting(settings.AUTO_BACKUPS_KEPT, count)

    def daily_backup(self, today: date) -> Path | None:
        """Today's automatic backup in backups/, unless made already; older ones beyond the
        number kept are deleted. Returns the backup made, if one was."""
        return make_daily_backup(self._store, today, self.kept())


def has_store_files(folder: DataFolder) -> bool:
    """Whether any file of a store (database, -wal, -shm, key) is in `folder`."""
    return bool(store_files(folder))


def check_backup_file(path: str | os.PathLike[str]) -> None:
    """Refuse at once a file that is not a Companion backup (its header and key file are read,
    not the whole file): BackupRefused, BackupTooNew."""
    backup_key_file(Path(path).expanduser())


def restore_files(
    folder: DataFolder,
    path: str | os.PathLike[str],
    secret: str,
    *,
    replace: bool = False,
    clock: Callable[[], datetime] = now_utc,
) -> Restored:
    """Check the backup at `path` and put it in place in `folder`, with the passphrase or
    recovery code that opens it; no database stays open, so this may run in a worker thread
    (Argon2id, the copy and both integrity checks take a moment). A store already there is
    refused unless `replace`, and then moved into a dated folder under backups/ first."""
    return restore_backup(folder, Path(path).expanduser(), secret, replace=replace, moment=clock())


def open_restored(folder: DataFolder, restored: Restored) -> Store:
    """The restored store, opened as usual (an older schema is upgraded, with a copy kept in
    backups/)."""
    return open_store(folder, restored.key)


def restore(
    folder: DataFolder,
    path: str | os.PathLike[str],
    secret: str,
    *,
    replace: bool = False,
    clock: Callable[[], datetime] = now_utc,
) -> tuple[Store, Restored]:
    """`restore_files`, then `open_restored`."""
    restored = restore_files(folder, path, secret, replace=replace, clock=clock)
    return open_restored(folder, restored), restored
