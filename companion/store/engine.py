"""SQLCipher connections: the raw key first on every connection, then WAL and safe pragmas.

Errors from the database are sorted here: what the person must be told (a damaged file, a full
disk, a read-only folder) becomes a StoreProblem; anything else is a bug and propagates.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc

from companion.errors import DamagedStore, StoreProblem, StoreUnavailable, Unavailability
from companion.store.keys import DataKey

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_ERRNO_ENOSPC = 28
_ERRNO_EROFS = 30


def _problem_for_code(code: int) -> StoreProblem | None:
    primary = code & 0xFF
    if primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
        return DamagedStore()
    if primary == _SQLITE_FULL:
        return StoreUnavailable(Unavailability.DISK_FULL)
    if primary == _SQLITE_READONLY:
        return StoreUnavailable(Unavailability.READ_ONLY)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreUnavailable(Unavailability.BUSY)
    if primary in (_SQLITE_CANTOPEN, _SQLITE_PERM):
        return StoreUnavailable(Unavailability.NO_ACCESS)
    if primary == _SQLITE_IOERR:
        return StoreUnavailable(Unavailability.IO)
    return None


def problem_for(error: BaseException) -> StoreProblem | None:
    """The StoreProblem an exception stands for, or None if it is a bug."""
    if isinstance(error, StoreProblem):
        return error
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if isinstance(original, (sqlcipher.Error, sqlite3.Error)):
        code = getattr(original, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _problem_for_code(code)
        return None
    if isinstance(original, OSError):
        if original.errno == _ERRNO_ENOSPC:
            return StoreUnavailable(Unavailability.DISK_FULL)
        if original.errno == _ERRNO_EROFS or isinstance(original, PermissionError):
            return StoreUnavailable(Unavailability.READ_ONLY)
        if isinstance(original, FileNotFoundError):
            return StoreUnavailable(Unavailability.NO_ACCESS)
        return StoreUnavailable(Unavailability.IO)
    return None


@contextlib.contextmanager
def store_problems() -> Iterator[None]:
    """Turn environment failures into StoreProblems; let bugs through unchanged."""
    try:
        yield
    except StoreProblem:
        raise
    except (sa_exc.DBAPIError, sqlcipher.Error, sqlite3.Error, OSError) as error:
        problem = problem_for(error)
        if problem is None:
            raise
        raise problem from None


def prepare_connection(dbapi_connection: Any, key: DataKey) -> None:
    """Key first, before anything reads a page; then the pragmas every connection needs."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(key.sqlcipher_pragma())
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # The first statement that reads page 1: fails with NOTADB on a damaged file.
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def raw_connect(path: Path, key: DataKey) -> Any:
    """A plain DBAPI connection with the key applied: for checks that bypass the ORM."""
    connection = sqlcipher.connect(str(path), isolation_level=None)
    try:
        prepare_connection(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(path: Path, key: DataKey) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        hide_parameters=True,
        echo=False,
        pool_pre_ping=False,
    )
    connect_hook: Callable[[Any, Any], None] = lambda dbapi_connection, _record: (  # noqa: E731
        prepare_connection(dbapi_connection, key)
    )
    event.listen(engine, "connect", connect_hook)
    return engine


def looks_plaintext(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def silence_cipher_log() -> None:
    """SQLCipher logs decryption failures to stderr by default; Companion speaks for itself."""
    connection = sqlcipher.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


silence_cipher_log()
