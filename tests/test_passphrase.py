"""Passphrase strength: zxcvbn's estimate, refusing the weakest, with credit for kana and kanji."""

from __future__ import annotations

import pytest

from companion.passphrase import MIN_SCORE, acceptable, estimate


@pytest.mark.parametrize(
    "weak",
    ["", "password", "12345678", "aaaaaaaa", "ｐａｓｓｗｏｒｄ", "sunflower", "companion1",
     "さくら", "ひまわり", "さくらさくら", "あいうえおかき"],
)  # fmt: skip
def test_the_weakest_are_refused(weak: str) -> None:
    assert not acceptable(weak)
    assert estimate(weak).score < MIN_SCORE


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("sunflower river", 3),
        ("kind words on a quiet morning", 4),
        ("ねこがすき", 2),  # one short phrase: fair, accepted
        ("ひまわりの川", 3),
        ("ひまわりの咲く川辺", 4),
    ],
)
def test_accepted_passphrases_and_their_scores(text: str, score: int) -> None:
    assert estimate(text).score == score and acceptable(text)


def test_kana_and_kanji_get_credit_that_zxcvbn_alone_would_not_give() -> None:
    from zxcvbn import zxcvbn

    for text in ("ねこがすき", "猫と散歩", "ひまわりの川"):
        assert estimate(text).score > zxcvbn(text)["score"]
    # Repeats and sequences of kana are patterns zxcvbn sees; they earn nothing extra.
    assert estimate("さくらさくら").guesses_log10 == zxcvbn("さくらさくら")["guesses_log10"]


def test_feedback_is_zxcvbns_fixed_advice_never_the_passphrase() -> None:
    found = estimate("password")
    assert found.warning == "This is a top-10 common password."
    assert found.suggestions == ("Add another word or two. Uncommon words are better.",)
    assert estimate("kind words on a quiet morning").suggestions == ()


def test_a_very_long_passphrase_is_estimated_not_refused() -> None:
    long_one = "the long road home under a wide sky " * 10  # beyond zxcvbn's 72 characters
    assert estimate(long_one).score == 4 and acceptable(long_one)
