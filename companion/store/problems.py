"""Environment failures sorted without SQLAlchemy: what a SQLite code or an OSError stands for,
refined by asking the file system. `file_problems` guards the file work done before a database is
opened (finding the store, reading its key file), so the unlock dialog needs no ORM."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from companion.errors import DamagedStore, StoreProblem, StoreUnavailable, Unavailability

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_PERMISSION_ERRNOS = {errno.EACCES, errno.EPERM}


def problem_for_code(code: int) -> StoreProblem | None:
    primary = code & 0xFF  # the primary result code is the low byte of an extended one
    if primary in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return DamagedStore()
    if primary == sqlite3.SQLITE_FULL:
        return StoreUnavailable(Unavailability.DISK_FULL)
    if primary == sqlite3.SQLITE_READONLY:
        return StoreUnavailable(Unavailability.READ_ONLY)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreUnavailable(Unavailability.BUSY)
    if primary == sqlite3.SQLITE_PERM:
        return StoreUnavailable(Unavailability.PERMISSIONS)
    if primary == sqlite3.SQLITE_CANTOPEN:
        return StoreUnavailable(Unavailability.NO_ACCESS)
    if primary == sqlite3.SQLITE_IOERR:
        return StoreUnavailable(Unavailability.IO)
    return None


def problem_for_os_error(error: OSError) -> StoreProblem:
    if error.errno in _FULL_ERRNOS:
        return StoreUnavailable(Unavailability.DISK_FULL)
    if error.errno == errno.EROFS:
        return StoreUnavailable(Unavailability.READ_ONLY)
    if error.errno in _PERMISSION_ERRNOS or isinstance(error, PermissionError):
        return StoreUnavailable(Unavailability.PERMISSIONS)
    if isinstance(error, FileNotFoundError):
        return StoreUnavailable(Unavailability.NO_ACCESS)
    return StoreUnavailable(Unavailability.IO)


def _existing(path: Path) -> Path | None:
    """`path`, or its nearest ancestor that exists."""
    probe = path
    while not os.path.lexists(probe):
        if probe.parent == probe:
            return None
        probe = probe.parent
    return probe


def filesystem_state(folder: Path) -> Unavailability | None:
    """READ_ONLY if the folder lies on a read-only mount, DISK_FULL if its file system has no
    free block left for this process, else None (or when the platform cannot tell)."""
    probe = _existing(folder)
    if probe is None or not hasattr(os, "statvfs"):
        return None
    try:
        stats = os.statvfs(probe)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return Unavailability.READ_ONLY
    free = stats.f_bfree if os.geteuid() == 0 else stats.f_bavail
    if free == 0:
        return Unavailability.DISK_FULL
    return None


def _lacks_permission(folder: Path) -> bool:
    """Whether this process may not create files in the folder or read and write the store."""
    if not folder.is_dir():
        return False
    if not os.access(folder, os.W_OK | os.X_OK):
        return True
    return any(
        path.exists() and not os.access(path, os.R_OK | os.W_OK)
        for path in (folder / "companion.db", folder / "companion.key")
    )


def refine(problem: StoreProblem, folder: Path) -> StoreProblem:
    """Ask the file system what SQLite's code could not say: a read-only mount, a full disk,
    or missing permissions (SQLite says READONLY, CANTOPEN or IOERR for all three)."""
    if not isinstance(problem, StoreUnavailable) or problem.reason is Unavailability.BUSY:
        return problem
    state = filesystem_state(folder)
    if state is Unavailability.READ_ONLY:
        reason = Unavailability.READ_ONLY
    elif state is Unavailability.DISK_FULL and problem.reason in (
        Unavailability.IO,
        Unavailability.NO_ACCESS,
        Unavailability.DISK_FULL,
    ):
        reason = Unavailability.DISK_FULL
    elif problem.reason is Unavailability.READ_ONLY:
        reason = Unavailability.PERMISSIONS  # SQLITE_READONLY on a writable mount
    elif problem.reason is Unavailability.NO_ACCESS and _lacks_permission(folder):
        reason = Unavailability.PERMISSIONS
    else:
        reason = problem.reason
    return problem if reason is problem.reason else StoreUnavailable(reason)


@contextlib.contextmanager
def file_problems(folder: Path) -> Iterator[None]:
    """Turn an OSError from plain file work in the data folder into a StoreProblem."""
    try:
        yield
    except StoreProblem:
        raise
    except OSError as error:
        raise refine(problem_for_os_error(error), folder) from None
