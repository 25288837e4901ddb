"""The backup file: a fixed header, the key file's JSON, the encrypted database, a SHA-256.

The layout is documented in docs/backup-format.md. Nothing here opens a database or unwraps a
key: writing streams an encrypted `VACUUM INTO` copy into a temporary file beside the target
and renames it; reading checks the header and the sizes before it reads anything else, and
streams the database into a file the caller chose while checking the digest, so a large store
is never held in memory.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import io
import os
import stat
import struct
import tempfile
from pathlib import Path
from typing import BinaryIO

from companion.errors import BackupNotWritten, BackupRefused, BackupTooNew
from companion.files import FILE_MODE, MIB, fsync_folder

MAGIC = b"CompanionBackup\n"  # 16 bytes
FORMAT = 1
HEADER = struct.Struct(">16sIIQ")  # magic, format, key JSON length, database length: 32 bytes
DIGEST_BYTES = 32  # SHA-256 of everything before it
MAX_KEY_JSON_BYTES = 64 * 1024  # as companion.store.keys.MAX_KEY_FILE_BYTES
MAX_BACKUP_BYTES = 4096 * MIB  # a ten-year store is about 3 MB
SUFFIX = ".companion-backup"
_CHUNK = 1 * MIB
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def not_written(problem: OSError) -> BackupNotWritten:
    return BackupNotWritten(disk_full=problem.errno in _FULL_ERRNOS)


def write_backup(target: Path, key_json: bytes, database: Path) -> None:
    """Write a backup of `database` (an encrypted copy nobody else writes to) and `key_json`
    to `target`: into a temporary file beside it (0600), flushed to disk, then renamed over
    it. Any failure removes the temporary file and raises BackupNotWritten."""
    if len(key_json) > MAX_KEY_JSON_BYTES:
        raise ValueError("a key file is at most 64 KiB")
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as problem:
        raise not_written(problem) from None
    try:
        with os.fdopen(descriptor, "wb") as out, database.open("rb") as source:
            if os.name != "nt":
                os.fchmod(out.fileno(), FILE_MODE)
            size = os.fstat(source.fileno()).st_size
            digest = hashlib.sha256()
            for piece in (HEADER.pack(MAGIC, FORMAT, len(key_json), size), key_json):
                out.write(piece)
                digest.update(piece)
            copied = 0
            while piece := source.read(min(_CHUNK, size - copied)):
                out.write(piece)
                digest.update(piece)
                copied += len(piece)
            if copied != size:
                raise RuntimeError("the database copy changed while it was being written")
            out.write(digest.digest())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except BaseException as problem:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(problem, OSError):
            raise not_written(problem) from None
        raise


def _open_regular(path: Path) -> io.FileIO:
    """The file at `path`, opened without waiting on a pipe, checked to be a regular file of at
    most MAX_BACKUP_BYTES on the descriptor that was opened."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise BackupRefused("not-a-file")
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(path, flags)
    except OSError:
        raise BackupRefused("unreadable") from None
    handle = io.FileIO(descriptor, "rb", closefd=True)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise BackupRefused("not-a-file")
        if status.st_size > MAX_BACKUP_BYTES:
            raise BackupRefused("too-large")
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(descriptor, True)
    except BaseException:
        handle.close()
        raise
    return handle


def _read_exactly(handle: BinaryIO, size: int) -> bytes:
    try:
        data = handle.read(size)
    except OSError:
        raise BackupRefused("unreadable") from None
    if data is None or len(data) != size:
        raise BackupRefused("damaged")
    return data


def _header(handle: io.FileIO) -> tuple[bytes, int, int]:
    """(the header's bytes, key JSON length, database length); the sizes must add up to the
    file's size exactly, so a truncated or lengthened file is refused before it is read."""
    total = os.fstat(handle.fileno()).st_size
    try:
        head = handle.read(HEADER.size)
    except OSError:
        raise BackupRefused("unreadable") from None
    if head is None or len(head) < len(MAGIC) or head[: len(MAGIC)] != MAGIC:
        raise BackupRefused("not-a-backup")
    if len(head) != HEADER.size:
        raise BackupRefused("damaged")
    _magic, version, key_length, database_length = HEADER.unpack(head)
    if version > FORMAT:
        raise BackupTooNew()
    if version != FORMAT or not 0 < key_length <= MAX_KEY_JSON_BYTES:
        raise BackupRefused("damaged")
    if HEADER.size + key_length + database_length + DIGEST_BYTES != total:
        raise BackupRefused("damaged")
    return head, key_length, database_length


def read_key_json(path: Path) -> bytes:
    """The key file's JSON from the backup at `path`, after checking its header and sizes
    (not yet its digest: `read_backup` checks that while copying the database)."""
    with _open_regular(path) as handle:
        _head, key_length, _database_length = _header(handle)
        return _read_exactly(handle, key_length)


def read_backup(path: Path, database_out: BinaryIO) -> bytes:
    """Copy the backup's database into `database_out` and return its key JSON, once the
    SHA-256 at the end matches everything before it; BackupRefused if anything is off (an
    OSError from writing `database_out` is the caller's)."""
    with _open_regular(path) as handle:
        head, key_length, database_length = _header(handle)
        digest = hashlib.sha256(head)
        key_json = _read_exactly(handle, key_length)
        digest.update(key_json)
        left = database_length
        while left:
            piece = _read_exactly(handle, min(_CHUNK, left))
            digest.update(piece)
            database_out.write(piece)
            left -= len(piece)
        stored = _read_exactly(handle, DIGEST_BYTES)
    if not hmac.compare_digest(stored, digest.digest()):
        raise BackupRefused("damaged")
    return key_json
