"""Passphrase rules: zxcvbn's strength estimate, with fair credit for kana and kanji."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

# zxcvbn's scores: 0 < 10^3 guesses, 1 < 10^6, 2 < 10^8, 3 < 10^10, 4 beyond. Score 0 and 1 are
# refused ("password", "12345678", "aaaaaaaa", a single word); 2 is accepted and called fair.
# The key file's Argon2id (64 MiB, 3 passes) makes every guess slow and memory-hungry, and a
# recovery code always exists; refusing more would push people to passphrases they forget.
MIN_SCORE = 2
ESTIMATE_CHARS = 72  # zxcvbn refuses longer input; a longer passphrase is at least this strong
_SCORE_LIMITS = (10**3, 10**6, 10**8, 10**10)  # zxcvbn's thresholds (it adds 5 to each)

# Extra credit for kana and kanji. zxcvbn's dictionaries are English, so Japanese words are
# never matched: they fall into its brute-force estimate of 10 guesses a character. An attacker
# who targets Japanese passphrases uses a Japanese word list instead, as zxcvbn does for
# English. With some 10^5 words (inflected forms included), a word of about 3.5 kana costs
# about 10^1.4 guesses a kana, and a word of about 2 kanji about 10^2.5 a kanji (10^2 taken, to
# stay on the safe side). So each kana or kanji that zxcvbn could only brute-force gets that
# much more credit; kana it recognised as a repeat or sequence ("さくらさくら", "あいうえお")
# get none.
_EXTRA_LOG10_PER_KANA = 0.4
_EXTRA_LOG10_PER_KANJI = 1.0
# Words that anyone guessing a Companion passphrase would try first (never the user's data).
_APP_WORDS = ["companion", "コンパニオン"]


@dataclass(frozen=True)
class Estimate:
    """How hard a passphrase is to guess. `warning` and `suggestions` are zxcvbn's own fixed
    English sentences (never the passphrase); the UI translates them."""

    score: int  # 0 (very weak) to 4 (strong), zxcvbn's scale
    guesses_log10: float
    warning: str = ""
    suggestions: tuple[str, ...] = ()

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def normalise(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same words typed through another input method still match."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _is_kana(char: str) -> bool:
    return "\u3041" <= char <= "\u30ff" and char not in "\u30fb"  # hiragana, katakana, ー


def _is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char == "\u3005"


def _score(guesses_log10: float) -> int:
    return sum(guesses_log10 >= math.log10(limit + 5) for limit in _SCORE_LIMITS)


def estimate(passphrase: str) -> Estimate:
    """zxcvbn's estimate of the passphrase (full-width letters read as ASCII, so "ｐａｓｓ"
    is recognised too), plus the kana and kanji credit explained above."""
    if not passphrase:
        return Estimate(0, 0.0)
    text = unicodedata.normalize("NFKC", passphrase)[:ESTIMATE_CHARS]
    from zxcvbn import zxcvbn  # its word lists load in about 20 ms: only when first asked

    result = zxcvbn(text, user_inputs=_APP_WORDS)
    extra = 0.0
    for match in result["sequence"]:
        if str(match["pattern"]) == "bruteforce":  # the stubs leave this pattern out
            token = str(match["token"])
            extra += _EXTRA_LOG10_PER_KANA * sum(map(_is_kana, token))
            extra += _EXTRA_LOG10_PER_KANJI * sum(map(_is_kanji, token))
    guesses_log10 = float(result["guesses_log10"]) + extra
    score = max(int(result["score"]), _score(guesses_log10))
    if score > 2:  # zxcvbn itself gives no advice above 2
        return Estimate(score, guesses_log10)
    feedback = result["feedback"]
    return Estimate(
        score,
        guesses_log10,
        str(feedback.get("warning") or ""),
        tuple(str(text) for text in feedback.get("suggestions") or ()),
    )


def acceptable(passphrase: str) -> bool:
    return estimate(passphrase).acceptable
