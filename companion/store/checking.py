"""Checking a store without changing it: `verify_store`, the read-only open's rescue for a
folder that cannot be written, leftover -wal/-shm files after a refused open, and the memory of
store files found damaged in this process (no more writes to them until they are replaced).

Nothing here writes to the store; a check that fails leaves every file as it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from companion.errors import DamagedStore, StoreTooNew, StoreUnavailable, Unavailability
from companion.paths import DataFolder
from companion.store import keys
from companion.store.engine import ReadOnlyMode, cipher_problems, raw_connect, store_problems
from companion.store.folder import read_key_file, size_of
from companion.store.schema import is_known

# Why an ordinary open may fail where a read-only one can still read.
READ_ONLY_RESCUE = frozenset(
    {Unavailability.READ_ONLY, Unavailability.PERMISSIONS, Unavailability.DISK_FULL}
)


def remove_if_present(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def no_leftover_sidecars(folder: DataFolder) -> Iterator[None]:
    """A refused open leaves behind no -wal or -shm file that it created itself. Only files
    that were not there before and hold no unfolded writes (an empty -wal) are removed."""
    before = [os.path.lexists(path) for path in folder.sidecars()]
    try:
        yield
    except BaseException:
        wal, _shm = folder.sidecars()
        if not any(before) and not size_of(wal):
            with contextlib.suppress(OSError):
                remove_if_present(*folder.sidecars())
        raise


def read_only_mode(folder: DataFolder) -> ReadOnlyMode:
    """`immutable=1` only when no -wal holds unfolded writes (it would ignore them); else
    `mode=ro`, which reads them through the existing -shm."""
    wal, _shm = folder.sidecars()
    with store_problems(folder.root):
        return ReadOnlyMode.READ_ONLY if size_of(wal) else ReadOnlyMode.IMMUTABLE


def _verify(folder: DataFolder, key: keys.DataKey, mode: ReadOnlyMode | None) -> list[str]:
    with no_leftover_sidecars(folder), store_problems(folder.root):
        connection = raw_connect(folder.database, key, read_only=mode)
        try:
            cipher = cipher_problems(connection)
            if cipher:  # SQLite's own check would stop at the first page it cannot decrypt
                return cipher
            sqlite = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            versions = [
                str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")
            ]
        finally:
            connection.close()
    problems = [line for line in sqlite if line != "ok"]
    if not problems and not all(is_known(version) for version in versions):
        raise StoreTooNew()
    return problems


def verify_store(folder: DataFolder, key: keys.DataKey) -> list[str]:
    """SQLCipher's page check and SQLite's integrity check on a throwaway connection (read-only
    where the folder cannot be written). Returns what they reported (page numbers and index
    names, never content); empty if clean."""
    read_key_file(folder)
    try:
        problems = _verify(folder, key, None)
    except DamagedStore:
        remember_damaged(folder)
        raise
    except StoreUnavailable as problem:
        if problem.reason not in READ_ONLY_RESCUE:
            raise
        cause = problem
        stamp = file_stamp(folder)
        try:
            problems = _verify(folder, key, read_only_mode(folder))
        except StoreUnavailable:
            raise cause from None
        if file_stamp(folder) != stamp:
            raise StoreUnavailable(Unavailability.BUSY) from None
    if problems:
        remember_damaged(folder)
    return problems


Stamp = tuple[int, int, int, int | None]
# Database files found damaged in this process, with the stamp they had: no more writes.
_KNOWN_DAMAGED: dict[Path, Stamp] = {}


def file_stamp(folder: DataFolder) -> Stamp:
    """What changes when anyone writes to the store: the database's identity, size and time,
    and the -wal's size."""
    with store_problems(folder.root):
        stats = folder.database.stat()
        return (stats.st_ino, stats.st_size, stats.st_mtime_ns, size_of(folder.sidecars()[0]))


def remember_damaged(folder: DataFolder) -> None:
    with contextlib.suppress(StoreUnavailable):
        _KNOWN_DAMAGED[folder.database.resolve()] = file_stamp(folder)


def known_damaged(folder: DataFolder) -> bool:
    stamp = _KNOWN_DAMAGED.get(folder.database.resolve())
    if stamp is None:
        return False
    try:
        stats = folder.database.stat()
    except OSError:
        return True
    return stamp[:3] == (stats.st_ino, stats.st_size, stats.st_mtime_ns)  # not yet replaced
