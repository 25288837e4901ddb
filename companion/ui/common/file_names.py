"""The names offered in save dialogs: words in the window's language (わたしのWRAP式プラン), a
day in ISO form (it sorts), and nothing Windows, macOS or Linux refuses in a file name."""

from __future__ import annotations

import re
from pathlib import Path

# What Windows refuses in a name (the others refuse / and NUL), and control characters.
_REFUSED = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def offered_name(*parts: str, suffix: str) -> str:
    """`parts` joined with "-", then `suffix`: "わたしのWRAP式プラン-2026-11-30.pdf". A refused
    character becomes "-", and the name never ends in a dot or a space (Windows drops them)."""
    name = _REFUSED.sub("-", "-".join(part for part in parts if part)).strip(" .")
    return (name or "companion") + suffix


def offered_path(*parts: str, suffix: str) -> str:
    """`offered_name` in the home folder, as a save dialog's starting point."""
    return str(Path.home() / offered_name(*parts, suffix=suffix))
