"""The local log: bug reports with stack frames and exception types, never messages or data.

An exception's message can quote what the user typed (`float("…")` does), so only the type
and where it happened are written. Nothing is ever sent anywhere.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from companion.files import FILE_MODE

LOGGER = logging.getLogger("companion")


def safe_traceback(error: BaseException) -> str:
    """Frames and exception type names of an exception and its causes; no messages."""
    lines: list[str] = []
    current: BaseException | None = error
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        block = [f"{type(current).__module__}.{type(current).__qualname__}"]
        block += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        lines = block + lines
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def report_bug(error: BaseException, *, context: str = "", tb: TracebackType | None = None) -> None:
    if tb is not None and error.__traceback__ is None:
        error = error.with_traceback(tb)
    LOGGER.error("bug%s:\n%s", f" in {context}" if context else "", safe_traceback(error))


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file created only when the first record arrives, with mode 0600."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=512 * 1024, backupCount=2, encoding="utf-8", delay=True)

    def _open(self):  # type: ignore[no-untyped-def]
        os.makedirs(os.path.dirname(self.baseFilename), mode=0o700, exist_ok=True)
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        return os.fdopen(descriptor, "a", encoding="utf-8")

    def handleError(self, record: logging.LogRecord) -> None:
        """A read-only or full data folder: the report is lost, but nothing is printed, since
        a command's failure must stay one line."""


@contextlib.contextmanager
def file_log(path: Path) -> Iterator[None]:
    """Send warnings and bugs to a private file beside the store while the block runs."""
    handler = PrivateLogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.WARNING)
    try:
        yield
    finally:
        LOGGER.removeHandler(handler)
        handler.close()
