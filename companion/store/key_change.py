"""Finishing or undoing a change of the data key that a crash interrupted; no SQLAlchemy here.

A change of the data key (store/rekeying.py) writes the re-encrypted database as
`companion.db.rekeying` and the key file for its new key as `companion.key.rekeying`, which
names the new database by its first 16 bytes (SQLCipher's random salt, not secret). Then it
renames the database into place (the moment of change) and then the key file. So whoever reads
the key file can always tell which key file belongs to `companion.db`, without any secret:

- a pending key file whose salt matches `companion.db`: the change happened; it becomes
  `companion.key`;
- otherwise (or no pending key file): the change did not happen; what it left is removed.

Tidying takes the folder's lock (the one a running change holds); when it cannot, or the folder
cannot be written, the right key file is still chosen and nothing is changed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from companion.errors import DamagedKeyFile, StoreUnavailable, Unavailability
from companion.files import fsync_folder
from companion.paths import DataFolder
from companion.store import keys

PENDING_SUFFIX = ".rekeying"
SALT_FIELD = "database_salt"
SALT_BYTES = 16


def new_database(folder: DataFolder) -> Path:
    return folder.database.with_name(folder.database.name + PENDING_SUFFIX)


def pending_key_file(folder: DataFolder) -> Path:
    return folder.key_file.with_name(folder.key_file.name + PENDING_SUFFIX)


def new_database_leftovers(folder: DataFolder) -> tuple[Path, ...]:
    database = new_database(folder)
    return tuple(
        database.with_name(database.name + suffix) for suffix in ("", "-journal", "-wal", "-shm")
    )


def database_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def salt_text(salt: bytes) -> str:
    return base64.b64encode(salt).decode("ascii")


def _pending_salt(key_file: keys.KeyFile) -> bytes:
    text = key_file.extra.get(SALT_FIELD)
    try:
        salt = base64.b64decode(str(text).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeError):
        raise DamagedKeyFile() from None
    if not isinstance(text, str) or len(salt) != SALT_BYTES:
        raise DamagedKeyFile()
    return salt


@contextlib.contextmanager
def folder_lock(folder: DataFolder, *, wait: bool = False) -> Iterator[bool]:
    """An advisory lock on the data folder itself (no file is created), held by a change of
    keys while it runs. Yields whether it was taken; where the platform has no such lock
    (Windows), always True."""
    try:
        import fcntl
    except ImportError:  # Windows: renaming over an open database fails there anyway
        yield True
        return
    descriptor = os.open(folder.root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)  # releases the lock


def _committed(folder: DataFolder, pending: Path) -> bool:
    """Whether `companion.db` is the database the pending key file was written for."""
    return database_salt(folder.database) == _pending_salt(keys.read_key_file(pending))


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def settle(folder: DataFolder) -> None:
    """Finish or undo an interrupted change of the data key, under the folder's lock; raises
    StoreUnavailable(BUSY) when a change is running in another process."""
    with folder_lock(folder) as locked:
        if not locked:
            raise StoreUnavailable(Unavailability.BUSY)
        settle_locked(folder)


def settle_locked(folder: DataFolder) -> None:
    pending = pending_key_file(folder)
    if pending.exists():
        if _committed(folder, pending):
            os.replace(pending, folder.key_file)
            fsync_folder(folder.root)
        else:
            _remove(pending)
    leftovers = [path for path in new_database_leftovers(folder) if path.exists()]
    if leftovers:
        _remove(*leftovers)
        fsync_folder(folder.root)


def key_file_path(folder: DataFolder) -> Path:
    """The key file that belongs to `companion.db`. An interrupted change of the data key is
    finished or undone first where the folder allows; where it does not (read-only, or a change
    running in another process), the right file is chosen and nothing is touched."""
    pending = pending_key_file(folder)
    if not pending.exists() and not new_database(folder).exists():
        return folder.key_file  # the usual case: two stat calls
    with contextlib.suppress(OSError, StoreUnavailable):
        settle(folder)
    if pending.exists() and _committed(folder, pending):
        return pending
    return folder.key_file
