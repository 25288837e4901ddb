"""The passphrase hint: length counts most, and Japanese characters count for more."""

from __future__ import annotations

import pytest

from companion.passphrase import Strength, acceptable, strength


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Strength.EMPTY),
        ("abc", Strength.TOO_SHORT),
        ("aaaaaaaaaaaa", Strength.FAIR),
        ("sunflower", Strength.FAIR),
        ("sunflower river", Strength.GOOD),
        ("sunflower river at dawn", Strength.STRONG),
        ("ひまわりの川", Strength.FAIR),
        ("ひまわりの咲く川辺", Strength.GOOD),
        ("朝のひまわりと静かな川", Strength.STRONG),
    ],
)
def test_strength(text, expected) -> None:
    assert strength(text) == expected


def test_acceptable_needs_eight_characters_or_four_wide_ones() -> None:
    assert not acceptable("1234567")
    assert acceptable("12345678")
    assert acceptable("ひまわり")
    assert not acceptable("ひまわ")
