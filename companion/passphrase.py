"""Passphrase rules and a plain strength hint; no scoring beyond what helps a person choose."""

from __future__ import annotations

import unicodedata
from enum import IntEnum

MIN_LENGTH = 8


class Strength(IntEnum):
    EMPTY = 0
    TOO_SHORT = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def normalise(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same words typed through another input method still match."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in {"W", "F"}


def strength(passphrase: str) -> Strength:
    """A rough hint: length counts most; kana and kanji count double, as each carries more."""
    if not passphrase:
        return Strength.EMPTY
    length = sum(2 if _is_wide(char) else 1 for char in passphrase)
    if length < MIN_LENGTH:
        return Strength.TOO_SHORT
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
            any(_is_wide(c) for c in passphrase),
        )
    )
    distinct = len(set(passphrase))
    if distinct <= 2:
        return Strength.FAIR
    score = length + 2 * classes
    if score >= 24:
        return Strength.STRONG
    if score >= 16:
        return Strength.GOOD
    return Strength.FAIR


def acceptable(passphrase: str) -> bool:
    return strength(passphrase) >= Strength.FAIR
