"""Chart words: both languages for every message, the same placeholders, and calm wording."""

from __future__ import annotations

import re
import string

from companion.charts import wording

_CALM = re.compile(r"\b(bad|good day|streak|score|missed|warning|alarm)\b", re.IGNORECASE)


def _fields(message: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(message) if name}


def test_every_message_has_english_and_japanese_with_the_same_placeholders() -> None:
    for key, (english, japanese) in wording._TEXT.items():
        assert english.strip() and japanese.strip(), key
        assert _fields(english) == _fields(japanese), key


def test_japanese_uses_full_width_colons_and_the_words_stay_calm() -> None:
    for key, (english, japanese) in wording._TEXT.items():
        assert ":" not in re.sub(r"\{[^}]*\}", "", japanese), key
        assert not _CALM.search(english), key


def test_counts_are_singular_for_one() -> None:
    assert wording.count_text(1, "day", "en") == "1 day"
    assert wording.count_text(2, "day", "en") == "2 days"
    assert wording.count_text(1, "checkin", "en") == "1 check-in"
    assert wording.count_text(0, "checkin", "en") == "0 check-ins"
    assert wording.count_text(3, "day", "ja") == "3日"
    assert wording.count_text(1, "checkin", "ja") == "1件"
