"""Private files (0700, 0600, atomic writes), files a person hands us, and where exports may go."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
from pathlib import Path

from companion.errors import InvalidEntry

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_folder(folder: Path) -> None:
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(folder, FOLDER_MODE)


def make_private(path: Path) -> None:
    if os.name != "nt" and path.exists():
        os.chmod(path, FILE_MODE)


def write_private_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place;
    a crash leaves either the old file or the new one, never half of either."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if os.name != "nt":
                os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# --- files a person hands us -----------------------------------------------------------------

MIB = 1024 * 1024
JOURNAL_IMPORT_LIMIT = 32 * MIB  # our CSV or JSON export, or a Daylio CSV
PLAN_IMPORT_LIMIT = 8 * MIB  # a plan JSON file
_READ_CHUNK = 4 * MIB


class InputFileRefused(ValueError):
    """Why a file a person chose was not read. `reason` is "missing", "unreadable",
    "not-a-file" or "too-large"; the message names neither the path nor anything in the file."""

    def __init__(self, reason: str, problem: str, limit: int = 0) -> None:
        self.reason = reason
        self.problem = problem
        self.limit = limit  # bytes, for "too-large"
        super().__init__(problem)


def _not_a_file() -> InputFileRefused:
    return InputFileRefused(
        "not-a-file", "it is not a regular file (a folder, a pipe or a device); choose a file"
    )


def read_input_file(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them, or InputFileRefused.

    A folder, a pipe (FIFO) or a device is refused without reading it (and without waiting for
    a writer: the file is opened non-blocking, then the same descriptor is checked), and a file
    larger than `limit` is refused before any of it is read. `what` names the kind of file in
    the message ("a journal import", "a plan file")."""
    location = Path(path).expanduser()
    try:
        if not stat.S_ISREG(os.stat(location).st_mode):
            raise _not_a_file()
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(location, flags)
    except FileNotFoundError:
        raise InputFileRefused(
            "missing", "the file does not exist (check its name and folder)"
        ) from None
    except OSError as problem:
        raise InputFileRefused(
            "unreadable", f"the file cannot be read ({problem.strerror})"
        ) from None
    with io.FileIO(descriptor, "rb", closefd=True) as handle:
        try:
            status = os.fstat(descriptor)  # the file that was opened, not the one checked
            if not stat.S_ISREG(status.st_mode):
                raise _not_a_file()
            if status.st_size > limit:
                raise _too_large(limit, what)
            if hasattr(os, "O_NONBLOCK"):
                os.set_blocking(descriptor, True)
            pieces: list[bytes] = []
            total = 0
            wanted = status.st_size + 1  # one read for a file that does not grow meanwhile
            while total <= limit:
                piece = handle.read(min(wanted, limit + 1 - total))
                if not piece:
                    break
                pieces.append(piece)
                total += len(piece)
                wanted = _READ_CHUNK
        except OSError as problem:
            raise InputFileRefused(
                "unreadable", f"the file cannot be read ({problem.strerror})"
            ) from None
    if total > limit:
        raise _too_large(limit, what)
    return b"".join(pieces)


def _too_large(limit: int, what: str) -> InputFileRefused:
    return InputFileRefused(
        "too-large",
        f"the file is larger than {limit // MIB} MiB, the most Companion reads as {what}",
        limit,
    )


# --- files we write where a person chose -----------------------------------------------------


class OutputRefused(InvalidEntry):
    """Why a file cannot be written where a person asked. `reason` is "data-folder",
    "missing-folder", "directory" or "not-a-file"; the message never names the path."""

    def __init__(self, reason: str, problem: str) -> None:
        self.reason = reason
        super().__init__("--output", problem)


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _same_folder_somewhere_above(path: Path, folder: Path) -> bool:
    """True if `path` or a folder above it is `folder` itself, as the file system sees it
    (this also catches another spelling of it on a case-insensitive disk, or a bind mount)."""
    try:
        wanted = os.stat(folder)
    except OSError:
        return False
    for candidate in (path, *path.parents):
        with contextlib.suppress(OSError):
            if os.path.samestat(os.stat(candidate), wanted):
                return True
    return False


def output_path(chosen: str | os.PathLike[str], data_folder: Path) -> tuple[Path, bool]:
    """Where to write a file a person named, and whether something is already there.

    The folder's links are resolved but the file's own name is kept, so a symlink there is
    replaced by the new file (write_private_atomically renames over it), never written through.
    Refused with OutputRefused: anything inside the data folder (the path, its folder, or where
    a link there points, compared after resolving links), a folder that does not exist, a
    folder as the file, and something there that is not a regular file or a link."""
    path = Path(chosen).expanduser()
    if not path.is_absolute():
        path = Path.cwd() / path
    if path.name in ("", ".", ".."):
        raise OutputRefused("directory", "that is a folder; name a file")
    try:
        parent = path.parent.resolve(strict=True)
    except (OSError, RuntimeError):
        raise OutputRefused("missing-folder", "the folder to write into does not exist") from None
    if not parent.is_dir():
        raise OutputRefused("missing-folder", "the folder to write into does not exist")
    target = parent / path.name
    data = data_folder.expanduser().resolve()
    inside = (
        _within(parent, data)
        or _within(target.resolve(), data)
        or _same_folder_somewhere_above(parent, data)
        or _same_folder_somewhere_above(target.resolve(), data)
    )
    if inside:
        raise OutputRefused(
            "data-folder",
            "that is inside Companion's data folder; write exports somewhere else, "
            "so they can never replace the store or its key",
        )
    if target.is_dir():
        raise OutputRefused("directory", "that is a folder; name a file")
    try:
        status = os.lstat(target)
    except FileNotFoundError:
        return target, False
    except OSError:
        return target, True  # writing will say what is wrong
    if not (stat.S_ISREG(status.st_mode) or stat.S_ISLNK(status.st_mode)):
        raise OutputRefused("not-a-file", "something that is not a regular file is there")
    return target, True
