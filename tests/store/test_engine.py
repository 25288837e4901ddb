"""Sorting database errors: what the person must hear about versus bugs."""

from __future__ import annotations

import errno

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from companion import errors
from companion.store.engine import problem_for, store_problems


def _sqlite_error(code: int) -> sqlcipher.Error:
    error = sqlcipher.OperationalError("some message")
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (26, errors.DamagedStore),
        (11, errors.DamagedStore),
        (13, errors.Unavailability.DISK_FULL),
        (8, errors.Unavailability.READ_ONLY),
        (8 | (1 << 8), errors.Unavailability.READ_ONLY),  # an extended code
        (5, errors.Unavailability.BUSY),
        (6, errors.Unavailability.BUSY),  # SQLITE_LOCKED
        (3, errors.Unavailability.PERMISSIONS),  # SQLITE_PERM
        (778, errors.Unavailability.IO),  # SQLITE_IOERR_WRITE, an extended code
        (14, errors.Unavailability.NO_ACCESS),
        (10, errors.Unavailability.IO),
    ],
)
def test_sqlite_codes(code, expected) -> None:
    problem = problem_for(_sqlite_error(code))
    if isinstance(expected, errors.Unavailability):
        assert isinstance(problem, errors.StoreUnavailable) and problem.reason is expected
    else:
        assert isinstance(problem, expected)


def test_os_errors() -> None:
    full = problem_for(OSError(errno.ENOSPC, "No space left"))
    assert isinstance(full, errors.StoreUnavailable)
    assert full.reason is errors.Unavailability.DISK_FULL
    read_only = problem_for(OSError(errno.EROFS, "Read-only file system"))
    assert isinstance(read_only, errors.StoreUnavailable)
    assert read_only.reason is errors.Unavailability.READ_ONLY


def test_bugs_pass_through_unchanged() -> None:
    with pytest.raises(KeyError), store_problems():
        raise KeyError("x")
    with pytest.raises(sqlcipher.Error), store_problems():
        raise _sqlite_error(1)  # SQLITE_ERROR: a bad statement is our bug


def test_environment_messages_never_quote_the_original() -> None:
    with pytest.raises(errors.StoreUnavailable) as raised, store_problems():
        raise _sqlite_error(13)
    assert "some message" not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


@pytest.mark.skipif(__import__("os").geteuid() == 0, reason="root can write a read-only folder")
def test_read_only_folder_is_reported(tmp_path) -> None:
    from companion.paths import DataFolder
    from companion.store import create_store

    folder = DataFolder(tmp_path / "data")
    folder.root.mkdir()
    folder.root.chmod(0o500)
    try:
        with pytest.raises(errors.StoreUnavailable):
            create_store(folder, "a fine passphrase")
    finally:
        folder.root.chmod(0o700)
