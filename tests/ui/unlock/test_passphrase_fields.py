"""zxcvbn's advice: every sentence it can give is known here, and shown translated."""

from __future__ import annotations

import ast
import inspect

import zxcvbn.feedback

from companion.ui.common.i18n import apply_language
from companion.ui.unlock.passphrase_feedback import KNOWN, translated


def _zxcvbn_sentences() -> set[str]:
    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_"
    }


def test_every_sentence_of_the_installed_zxcvbn_is_known() -> None:
    assert _zxcvbn_sentences() == KNOWN


def test_each_sentence_has_a_japanese_translation(qapp) -> None:
    apply_language("ja")
    try:
        for sentence in KNOWN:
            text = translated(sentence)
            assert text and text != sentence and any(ord(char) > 0x3000 for char in text)
    finally:
        apply_language("en")
    assert translated("A sentence from a newer zxcvbn.") is None
