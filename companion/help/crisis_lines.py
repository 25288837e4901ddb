"""Crisis lines: a small directory the person edits, each line with the day it was last checked.

A directory like this is never a hard-coded truth: numbers and hours change. The seeds are the
lines listed in the project's domain notes (public sources for Japan, not checked by us on a
given day), so they carry no "last verified" date until the person checks them. Companion only
shows numbers; it never dials or connects anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from companion.errors import InvalidEntry
from companion.limits import (
    EARLIEST_DAY,
    MAX_CRISIS_LINE_NAME_CHARS,
    MAX_CRISIS_LINE_NOTES_CHARS,
    MAX_CRISIS_LINE_NUMBER_CHARS,
    MAX_CRISIS_LINES,
    check_text,
)


@dataclass(frozen=True)
class CrisisLine:
    """One line: its name, a number (or how to reach it), hours and notes, the day last checked."""

    name: str
    number: str = ""
    notes: str = ""
    last_verified: date | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidEntry("name", "a crisis line needs a name")
        check_text(self.name, "name", MAX_CRISIS_LINE_NAME_CHARS)
        check_text(self.number, "number", MAX_CRISIS_LINE_NUMBER_CHARS)
        check_text(self.notes, "notes", MAX_CRISIS_LINE_NOTES_CHARS)
        if self.last_verified is not None and self.last_verified < EARLIEST_DAY:
            raise InvalidEntry("last_verified", f"must be on or after {EARLIEST_DAY}")


def check_lines(lines: Iterable[CrisisLine]) -> tuple[CrisisLine, ...]:
    """The lines as a tuple, if there are not more than a directory may hold."""
    checked = tuple(lines)
    if len(checked) > MAX_CRISIS_LINES:
        raise InvalidEntry("crisis_lines", f"can hold at most {MAX_CRISIS_LINES} lines")
    return checked


def line_json(line: CrisisLine) -> dict[str, Any]:
    return {
        "name": line.name,
        "number": line.number,
        "notes": line.notes,
        "last_verified": None if line.last_verified is None else line.last_verified.isoformat(),
    }


def line_from_json(document: Any) -> CrisisLine:
    """One line as `line_json` writes it; ValueError (InvalidEntry), TypeError or KeyError."""
    if not isinstance(document, dict):
        raise TypeError("not an object")
    texts = [document["name"], document.get("number", ""), document.get("notes", "")]
    if not all(isinstance(text, str) for text in texts):
        raise TypeError("not text")
    verified = document.get("last_verified")
    if verified is not None and not isinstance(verified, str):
        raise TypeError("not a date")
    return CrisisLine(
        name=texts[0],
        number=texts[1],
        notes=texts[2],
        last_verified=None if verified is None else date.fromisoformat(verified),
    )


# The seeds, from the domain notes ("Crisis lines"): (English, Japanese) for each text.
_SEEDS: tuple[tuple[tuple[str, str], str, tuple[str, str]], ...] = (
    (
        ("Yorisoi Hotline (よりそいホットライン)", "よりそいホットライン"),
        "0120-279-338",
        ("24 hours.", "24時間。"),
    ),
    (
        (
            "Mental health consultation line (こころの健康相談統一ダイヤル)",
            "こころの健康相談統一ダイヤル",
        ),
        "0570-064-556",
        (
            "A paid Navi Dial number; hours differ by prefecture.",
            "有料のナビダイヤルです。受付時間は都道府県によって異なります。",
        ),
    ),
)


def seed_lines(language: str) -> tuple[CrisisLine, ...]:
    """The lines a new directory starts with, in `language` ("ja" or anything else: English).
    Not checked on any given day by us, so no "last verified" date: the person checks them."""
    index = 1 if language == "ja" else 0
    return tuple(
        CrisisLine(name=name[index], number=number, notes=notes[index])
        for name, number, notes in _SEEDS
    )
