"""SQLCipher connections: the raw key first on every connection, then WAL and safe pragmas.

Errors from the database are sorted here: what the person must be told (a damaged file, a full
disk, a read-only mount, missing permissions) becomes a StoreProblem; anything else is a bug and
propagates. Where the folder is known, the file system itself is asked which of these it is,
because SQLite reports several of them with the same code.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc

from companion.errors import StoreProblem
from companion.store.keys import DataKey
from companion.store.problems import problem_for_code, problem_for_os_error, refine

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def problem_for(error: BaseException, folder: Path | None = None) -> StoreProblem | None:
    """The StoreProblem an exception stands for, or None if it is a bug. With the data
    folder, the file system is asked which environment failure it is."""
    if isinstance(error, StoreProblem):
        return error
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    problem: StoreProblem | None = None
    if isinstance(original, (sqlcipher.Error, sqlite3.Error)):
        code = getattr(original, "sqlite_errorcode", None)
        if isinstance(code, int):
            problem = problem_for_code(code)
    elif isinstance(original, OSError):
        problem = problem_for_os_error(original)
    if problem is not None and folder is not None:
        problem = refine(problem, folder)
    return problem


@contextlib.contextmanager
def store_problems(folder: Path | None = None) -> Iterator[None]:
    """Turn environment failures into StoreProblems; let bugs through unchanged."""
    try:
        yield
    except StoreProblem:
        raise
    except (sa_exc.DBAPIError, sqlcipher.Error, sqlite3.Error, OSError) as error:
        problem = problem_for(error, folder)
        if problem is None:
            raise
        raise problem from None


def prepare_connection(dbapi_connection: Any, key: DataKey, *, read_only: bool = False) -> None:
    """Key first, before anything reads a page; then the pragmas every connection needs.
    A read-only connection leaves the journal mode as it is (it cannot change it)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(key.sqlcipher_pragma())
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA temp_store = MEMORY")
        # The first statement that reads page 1: fails with NOTADB on a damaged file.
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if not read_only and (mode is None or str(mode[0]).lower() != "wal"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


class ReadOnlyMode(Enum):
    """How a read-only connection opens the file (https://www.sqlite.org/uri.html).

    READ_ONLY (`mode=ro`) still uses the -wal and -shm files, so it sees writes that were not
    yet folded into the database, but needs those files to exist or be creatable.
    IMMUTABLE (`immutable=1`) reads the database file alone, without locks: only safe when no
    -wal file holds unfolded writes and nothing can write to the file meanwhile."""

    READ_ONLY = "mode=ro"
    IMMUTABLE = "mode=ro&immutable=1"


def _uri(path: Path, mode: ReadOnlyMode) -> str:
    return f"{path.resolve().as_uri()}?{mode.value}"


def _dbapi_connect(path: Path, read_only: ReadOnlyMode | None) -> Any:
    if read_only is None:
        return sqlcipher.connect(str(path), isolation_level=None)
    return sqlcipher.connect(_uri(path, read_only), uri=True, isolation_level=None)


def raw_connect(path: Path, key: DataKey, *, read_only: ReadOnlyMode | None = None) -> Any:
    """A plain DBAPI connection with the key applied: for checks that bypass the ORM."""
    connection = _dbapi_connect(path, read_only)
    try:
        prepare_connection(connection, key, read_only=read_only is not None)
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(path: Path, key: DataKey, *, read_only: ReadOnlyMode | None = None) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",  # a file URL, so SQLAlchemy pools as for a file
        module=sqlcipher,
        creator=lambda: _dbapi_connect(path, read_only),
        hide_parameters=True,
        echo=False,
        pool_pre_ping=False,
    )
    connect_hook: Callable[[Any, Any], None] = lambda dbapi_connection, _record: (  # noqa: E731
        prepare_connection(dbapi_connection, key, read_only=read_only is not None)
    )
    event.listen(engine, "connect", connect_hook)
    return engine


def cipher_problems(dbapi_connection: Any) -> list[str]:
    """SQLCipher's page check (the HMAC of every page): page numbers, never content.
    About 15 ms on a ten-year store (3 MB)."""
    cursor = dbapi_connection.cursor()
    try:
        rows = cursor.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        cursor.close()
    return [" ".join(map(str, row)) for row in rows]


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
