"""zxcvbn's fixed English advice, each sentence marked for translation and shown translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PassphraseFeedback"

# Every sentence zxcvbn 4.5's feedback.py can give (tests/ui/test_passphrase_fields.py checks
# that this list still matches the installed zxcvbn).
KNOWN = frozenset(
    {
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback", "Add another word or two. Uncommon words are better."
        ),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Capitalization doesn't help very much."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Reversed words aren't much harder to guess."),
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback",
            "Predictable substitutions like '@' instead of 'a' don't help very much.",
        ),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Use a few words, avoid common phrases."),
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback", "No need for symbols, digits, or uppercase letters."
        ),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Straight rows of keys are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Short keyboard patterns are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a top-10 common password."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "This is similar to a commonly used password."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "A word by itself is easy to guess."),
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback", "All-uppercase is almost as easy to guess as all-lowercase."
        ),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Use a longer keyboard pattern with more turns."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", 'Repeats like "aaa" are easy to guess.'),
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback",
            'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
        ),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a top-100 common password."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "This is a very common password."),
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback", "Names and surnames by themselves are easy to guess."
        ),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Common names and surnames are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid repeated words and characters."),
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback", 'Sequences like "abc" or "6543" are easy to guess.'
        ),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid sequences."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Recent years are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Dates are often easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid recent years."),
        QT_TRANSLATE_NOOP("PassphraseFeedback", "Avoid years that are associated with you."),
        QT_TRANSLATE_NOOP(
            "PassphraseFeedback", "Avoid dates and years that are associated with you."
        ),
    }
)


def translated(sentence: str) -> str | None:
    """The sentence in the window's language; None for one this list does not know (a newer
    zxcvbn), which is left out rather than shown untranslated."""
    if sentence not in KNOWN:
        return None
    return QCoreApplication.translate(CONTEXT, sentence)
