"""Changing the data key: the database re-encrypted under a new random key, crash-safe.

For when an old copy of the key file and the old passphrase may have leaked together: a new
passphrase alone (a rewrap) would not help then, since that old copy still unwraps the old key.

The order of writes (store/key_change.py finishes or undoes it after a crash):
1. Take the folder's lock, and an exclusive lock on the database: it fails, and nothing is
   written, while any other connection (a window, a command) has the store open. Until step
   4 the store's files are not written at all.
2. Export the database into `companion.db.rekeying`, encrypted under the new key
   (`sqlcipher_export`); flush it to disk; check both integrity checks and every table's rows.
3. Write `companion.key.rekeying`: the new key wrapped under the passphrase and a new recovery
   code, naming the new database by its salt.
4. Leave WAL (the -wal is folded in and removed), rename the new database over
   `companion.db` (the moment of change), then the new key file over `companion.key`. The
   old database file, now nameless, has its first page cleared so that a command that was
   waiting for it cannot write into a file nobody will read again.
A crash before step 4 leaves the old store, which the old secrets open (the leftovers are
removed on the next open); a crash within step 4 leaves the new database and a pending key
file that matches it, which the next open renames into place.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, replace
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from companion.errors import DamagedStore, StoreUnavailable, Unavailability
from companion.files import fsync_folder, make_private
from companion.paths import DataFolder
from companion.store import keys
from companion.store.engine import BUSY_TIMEOUT_MS, cipher_problems, store_problems
from companion.store.key_change import (
    SALT_FIELD,
    database_salt,
    folder_lock,
    new_database,
    new_database_leftovers,
    pending_key_file,
    salt_text,
    settle_locked,
)
from companion.store.keychain import KeyVault

# Measured on a modest laptop: about 40 MB a second to export, check and flush, and about half a
# second of Argon2id for the three derivations; the estimate errs on the long side.
EXPORT_BYTES_PER_SECOND = 20 * 1024 * 1024
KEY_DERIVATION_SECONDS = 1.0
_CLEARED_BYTES = 4096


@dataclass(frozen=True)
class RekeyCost:
    """What changing the data key costs: the database's size and an estimate of the time."""

    database_bytes: int
    seconds: float


@dataclass(frozen=True)
class Rekeyed:
    """The new key (the store is closed), the new recovery code, and whether the OS keychain
    holds the new key (False when the person never opted in, or it would not take it)."""

    key: keys.DataKey
    recovery_code: str
    remembered: bool


def rekey_cost(folder: DataFolder) -> RekeyCost:
    with store_problems(folder.root):
        size = folder.database.stat().st_size
        wal = folder.sidecars()[0]
        size += wal.stat().st_size if wal.exists() else 0
    return RekeyCost(size, KEY_DERIVATION_SECONDS + size / EXPORT_BYTES_PER_SECOND)


def reached(step: str) -> None:
    """A named moment of the change. Nothing happens here; the crash tests stop the process at
    each one."""


def _connect(path: str, key: keys.DataKey) -> Any:
    connection = sqlcipher.connect(path, isolation_level=None)
    try:
        connection.execute(key.sqlcipher_pragma())
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


def _row_counts(connection: Any, schema: str = "main") -> dict[str, int]:
    names = [
        str(row[0])
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "  # noqa: S608
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    quoted = {name: '"' + name.replace('"', '""') + '"' for name in names}
    return {
        name: int(connection.execute(f"SELECT count(*) FROM {schema}.{quoted[name]}").fetchone()[0])  # noqa: S608
        for name in names
    }


def _check_new_database(folder: DataFolder, key: keys.DataKey, counts: dict[str, int]) -> None:
    """The exported database, opened afresh: every page, the structure and every table's rows."""
    connection = _connect(str(new_database(folder)), key)
    try:
        whole = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        if cipher_problems(connection) or not whole or _row_counts(connection) != counts:
            raise RuntimeError("the re-encrypted copy differs from the store; nothing was changed")
    finally:
        connection.close()


def _flush(path: str) -> None:
    descriptor = os.open(path, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _lock_exclusively(folder: DataFolder, key: keys.DataKey) -> Any:
    """A connection that alone holds the database, and keeps it until it is closed: BUSY
    (nothing written) if anyone else has it open. Both integrity checks must pass."""
    connection = _connect(str(folder.database), key)
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")  # BUSY while another connection is open
        if cipher_problems(connection):
            raise DamagedStore()
        whole = connection.execute("PRAGMA integrity_check").fetchall()
        connection.execute("COMMIT")
        if whole != [("ok",)]:
            raise DamagedStore()
    except BaseException:
        connection.close()
        raise
    return connection


def change_data_key(
    folder: DataFolder, passphrase: str, *, vault: KeyVault | None = None
) -> Rekeyed:
    """Re-encrypt the closed store under a new random key. `passphrase` must open the store
    (WrongPassphrase, nothing written); it wraps the new key, with a new recovery code. The old
    passphrase-and-key-file pair, and the old recovery code, open nothing afterwards."""
    with store_problems(folder.root), folder_lock(folder) as locked:
        if not locked:
            raise StoreUnavailable(Unavailability.BUSY)
        settle_locked(folder)
        key_file = keys.read_key_file(folder.key_file)
        old_key = keys.unlock_with_passphrase(key_file, passphrase)
        new_key = keys.DataKey.generate()
        new_key_file, code = keys.key_file_for_new_key(key_file, new_key, passphrase)
        old = _lock_exclusively(folder, old_key)
        reached("locked")
        committed = False
        held = -1
        try:
            _export(folder, old, new_key)
            salt = salt_text(database_salt(new_database(folder)))
            new_key_file = replace(new_key_file, extra={**new_key_file.extra, SALT_FIELD: salt})
            keys.write_key_file(pending_key_file(folder), new_key_file)
            reached("pending-key-file-written")
            # A rollback journal from here on: the -wal is folded in and removed, so none is
            # left beside the new database (the old file is unchanged up to this point).
            old.execute("PRAGMA journal_mode = DELETE")
            reached("left-wal")
            if os.name == "nt":  # Windows renames no file that is open: let go of it first
                old.close()
            else:
                held = os.open(folder.database, os.O_RDWR)  # the old file, cleared afterwards
            os.replace(new_database(folder), folder.database)
            committed = True
            reached("database-replaced")
            fsync_folder(folder.root)
            os.replace(pending_key_file(folder), folder.key_file)
            fsync_folder(folder.root)
            reached("key-file-replaced")
            if held >= 0:
                os.pwrite(held, bytes(_CLEARED_BYTES), 0)
        except BaseException:
            if not committed:
                with contextlib.suppress(OSError):
                    _remove_leftovers(folder)
            raise
        finally:
            old.close()
            if held >= 0:
                os.close(held)
    return Rekeyed(new_key, code, _remember(new_key_file, new_key, vault))


def _export(folder: DataFolder, old: Any, new_key: keys.DataKey) -> None:
    target = new_database(folder)
    for leftover in new_database_leftovers(folder):
        leftover.unlink(missing_ok=True)
    target.touch(mode=0o600)
    make_private(target)
    old.execute("BEGIN EXCLUSIVE")
    try:
        counts = _row_counts(old)
        old.execute(
            "ATTACH DATABASE ? AS rekeyed KEY ?",
            (str(target), f"x'{new_key.raw.hex()}'"),
        )
        reached("attached")
        old.execute("SELECT sqlcipher_export('rekeyed')")
        version = int(old.execute("PRAGMA main.user_version").fetchone()[0])
        old.execute(f"PRAGMA rekeyed.user_version = {version}")
        old.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher.Error):
            old.execute("ROLLBACK")
        raise
    finally:
        with contextlib.suppress(sqlcipher.Error):
            old.execute("DETACH DATABASE rekeyed")
    reached("exported")
    _flush(str(target))
    _check_new_database(folder, new_key, counts)
    reached("checked")


def _remove_leftovers(folder: DataFolder) -> None:
    for path in (pending_key_file(folder), *new_database_leftovers(folder)):
        path.unlink(missing_ok=True)
    fsync_folder(folder.root)


def _remember(key_file: keys.KeyFile, key: keys.DataKey, vault: KeyVault | None) -> bool:
    """The OS keychain gets the new key if the person opted in; if it will not take it, the old
    key is taken out of it (it no longer opens this store, and a stale copy helps nobody)."""
    if not key_file.remember_in_keychain or vault is None:
        return False
    if vault.save(key_file.store_id, key):
        return True
    vault.forget(key_file.store_id)
    return False
