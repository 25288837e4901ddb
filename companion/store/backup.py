"""Backups of a whole store and restoring one: the key file and an encrypted database copy.

A backup (companion/backup_file.py, docs/backup-format.md) holds the key file's JSON, with the
data key wrapped under the passphrase and the recovery code, and a `VACUUM INTO` copy of the
database, which SQLCipher writes encrypted with the same key. Restoring checks everything (the
file's header, sizes and digest, the key file, the secret, both integrity checks and the schema
revision) in a staging folder before the data folder's store is touched; a store already there
is moved into a dated folder under backups/ first, never overwritten.

Automatic backups (`auto-YYYY-MM-DD.companion-backup` in backups/) are the same files, at most
one a day, the newest `keep` of them kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import struct
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from companion.backup_file import SUFFIX, not_written, read_backup, read_key_json, write_backup
from companion.errors import (
    BackupNotWritten,
    BackupRefused,
    BackupTooNew,
    DamagedBackup,
    DamagedKeyFile,
    DamagedStore,
    StoreExists,
    StoreInUse,
    StoreUnavailable,
    Unavailability,
    WrongBackupSecret,
    WrongPassphrase,
    WrongRecoveryCode,
)
from companion.files import ensure_private_folder, fsync_folder
from companion.paths import DataFolder
from companion.store import keys
from companion.store.engine import ReadOnlyMode, cipher_problems, raw_connect, store_problems
from companion.store.lifecycle import Store
from companion.store.schema import is_known

AUTO_PREFIX = "auto-"
_AUTO_NAME = re.compile(r"auto-\d{4}-\d{2}-\d{2}" + re.escape(SUFFIX))
_STAGING_PREFIX = ".restoring-"


def make_backup(store: Store, target: Path) -> None:
    """Write a backup of the open store to `target` (the caller checked where it may go):
    the database is copied beside the target, then streamed into the backup file."""
    try:
        descriptor, copy = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".db-part", dir=target.parent
        )
    except OSError as problem:
        raise not_written(problem) from None
    os.close(descriptor)
    copy_path = Path(copy)
    try:
        try:
            key_file = store.copy_database(copy_path)
        except StoreUnavailable as problem:
            if problem.reason is Unavailability.DISK_FULL:
                raise BackupNotWritten(disk_full=True) from None
            raise
        write_backup(target, keys.to_json(key_file), copy_path)
    finally:
        with contextlib.suppress(OSError):
            copy_path.unlink()


# --- automatic backups in the data folder -----------------------------------------------------
def auto_backup_path(folder: DataFolder, day: date) -> Path:
    return folder.backups / f"{AUTO_PREFIX}{day.isoformat()}{SUFFIX}"


def auto_backups(folder: DataFolder) -> list[Path]:
    """The automatic backups in backups/, oldest first."""
    try:
        names = os.listdir(folder.backups)
    except FileNotFoundError:
        return []
    return sorted(folder.backups / name for name in names if _AUTO_NAME.fullmatch(name))


def make_daily_backup(store: Store, day: date, keep: int) -> Path | None:
    """Today's automatic backup, unless there is one already or `keep` is 0; then only the
    newest `keep` automatic backups are kept. Returns the backup made, if one was."""
    if keep <= 0:
        return None
    folder = store.folder
    target = auto_backup_path(folder, day)
    made = None
    if not target.exists():
        with store_problems(folder.root):
            ensure_private_folder(folder.backups)
        make_backup(store, target)
        made = target
    rotate(folder, keep)
    return made


def rotate(folder: DataFolder, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns the ones deleted."""
    found = auto_backups(folder)
    doomed = found[: max(0, len(found) - max(keep, 0))]
    for path in doomed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return doomed


# --- restoring ------------------------------------------------------------------------------
def backup_key_file(path: Path) -> keys.KeyFile:
    """The key file inside the backup at `path` (header and sizes checked): enough to ask for
    the passphrase before the whole file is read."""
    return _parsed_key_file(read_key_json(path))


def _parsed_key_file(key_json: bytes) -> keys.KeyFile:
    try:
        return keys.from_json(key_json)
    except DamagedKeyFile:
        raise BackupRefused("damaged") from None


def backup_key(key_file: keys.KeyFile, secret: str) -> keys.DataKey:
    """The data key from the passphrase, or else from the recovery code (one field for both:
    the code is tried when the passphrase does not fit and the text could be a code)."""
    try:
        return keys.unlock_with_passphrase(key_file, secret)
    except WrongPassphrase:
        pass
    except DamagedKeyFile:
        raise BackupRefused("damaged") from None
    if len(keys.normalise_recovery_code(secret)) == 24:
        try:
            return keys.unlock_with_recovery_code(key_file, secret)
        except WrongRecoveryCode:
            pass
        except DamagedKeyFile:
            raise BackupRefused("damaged") from None
    raise WrongBackupSecret()


def _check_database(path: Path, key: keys.DataKey) -> None:
    """Both integrity checks and the schema revision of a staged database, read-only."""
    try:
        with store_problems(path.parent):
            connection = raw_connect(path, key, read_only=ReadOnlyMode.IMMUTABLE)
            try:
                if cipher_problems(connection):
                    raise DamagedBackup()
                checked = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
                if checked != ["ok"]:
                    raise DamagedBackup()
                has_versions = connection.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).fetchone()
                if has_versions is None:
                    raise DamagedBackup()
                versions = [
                    str(row[0])
                    for row in connection.execute("SELECT version_num FROM alembic_version")
                ]
            finally:
                connection.close()
    except DamagedBackup:
        raise
    except DamagedStore:
        raise DamagedBackup() from None
    if len(versions) != 1:
        raise DamagedBackup()
    if not is_known(versions[0]):
        raise BackupTooNew()


_SHM_DMS_BYTE = 128  # SQLite's unix VFS: every connection holds a read lock here in the -shm


def store_in_use(folder: DataFolder) -> bool:
    """Whether another process (a Companion window or command) has the store open: asks the
    system, without taking any lock, who holds SQLite's lock in the -shm file. Linux only;
    elsewhere, and whenever it cannot tell, False. Only for a process that does not have this
    store open itself: closing the probe's descriptor would drop that process's own locks."""
    if not sys.platform.startswith("linux"):
        return False
    import fcntl

    _wal, shm = folder.sidecars()
    layout = "@hhqqi"  # struct flock on Linux: type, whence, start, len, pid
    try:
        descriptor = os.open(shm, os.O_RDWR | getattr(os, "O_CLOEXEC", 0) | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        asked = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
        answer = fcntl.fcntl(descriptor, fcntl.F_GETLK, asked)
    except OSError:
        return False
    finally:
        os.close(descriptor)
    return bool(struct.unpack(layout, answer)[0] != fcntl.F_UNLCK)


def store_files(folder: DataFolder) -> list[Path]:
    """The files of the store in `folder` that are there: database, its -wal and -shm, key."""
    candidates = (folder.database, *folder.sidecars(), folder.key_file)
    return [path for path in candidates if os.path.lexists(path)]


@dataclass(frozen=True)
class Restored:
    key: keys.DataKey
    safety_copy: Path | None  # where the store that was there before now lies


def restore_backup(
    folder: DataFolder, path: Path, secret: str, *, replace: bool, moment: datetime
) -> Restored:
    """Restore the backup at `path` into `folder`. Refused, with every file left as it was,
    when a store is there and `replace` is False (StoreExists), or when the backup is not
    whole, the secret does not open it, or its database fails a check. With `replace`, the
    store that was there is moved into backups/before-restore-<moment>/ first."""
    if store_files(folder) and not replace:
        raise StoreExists()
    if store_in_use(folder):
        raise StoreInUse()
    peeked = read_key_json(path)
    key = backup_key(_parsed_key_file(peeked), secret)
    created_root = not folder.root.exists()
    with store_problems(folder.root):
        ensure_private_folder(folder.root)
    staging: Path | None = None
    try:
        with store_problems(folder.root):
            for leftover in folder.root.glob(f"{_STAGING_PREFIX}*"):
                shutil.rmtree(leftover, ignore_errors=True)  # from a restore that was killed
            staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=folder.root))
        staged = DataFolder(staging)
        with store_problems(folder.root), staged.database.open("xb") as out:
            key_json = read_backup(path, out)
            out.flush()
            os.fsync(out.fileno())
        if key_json != peeked:
            raise BackupRefused("damaged")  # the file changed after its key was read
        _check_database(staged.database, key)
        with store_problems(folder.root):
            staged.key_file.write_bytes(key_json)
            os.chmod(staged.key_file, 0o600)
            os.chmod(staged.database, 0o600)
            safety = _put_aside(folder, moment, replace=replace)
            try:
                os.replace(staged.database, folder.database)
                os.replace(staged.key_file, folder.key_file)
            except BaseException:
                _put_back(folder, safety)
                raise
            fsync_folder(folder.root)
        return Restored(key, safety)
    except BaseException:
        if created_root and staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
            with contextlib.suppress(OSError):
                folder.root.rmdir()  # only if nothing else is there
        raise
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _put_back(folder: DataFolder, safety: Path | None) -> None:
    """After a failed install: the new files out, the store that was there back in place."""
    for path in (folder.database, folder.key_file):
        with contextlib.suppress(OSError):
            path.unlink()
    if safety is None:
        return
    for file in sorted(safety.iterdir()):
        with contextlib.suppress(OSError):
            os.replace(file, folder.root / file.name)
    with contextlib.suppress(OSError):
        safety.rmdir()


def _put_aside(folder: DataFolder, moment: datetime, *, replace: bool) -> Path | None:
    """Move the store that is there (if any) into a dated folder under backups/."""
    present = store_files(folder)
    if not present:
        return None
    if not replace:
        raise StoreExists()
    if store_in_use(folder):
        raise StoreInUse()
    ensure_private_folder(folder.backups)
    safety = folder.backups / f"before-restore-{moment.strftime('%Y%m%dT%H%M%SZ')}"
    number = 1
    while os.path.lexists(safety):
        number += 1
        safety = safety.with_name(f"before-restore-{moment.strftime('%Y%m%dT%H%M%SZ')}-{number}")
    safety.mkdir(mode=0o700)
    for file in present:  # the database first, its key last: a crash leaves a half store
        os.replace(file, safety / file.name)
    fsync_folder(safety)
    fsync_folder(folder.root)
    return safety


__all__ = [
    "Restored",
    "auto_backup_path",
    "auto_backups",
    "backup_key",
    "backup_key_file",
    "make_backup",
    "make_daily_backup",
    "restore_backup",
    "rotate",
    "store_files",
]
