"""The Japanese glossary (docs: ../shared/DOMAIN.md, issue 13): one word for each thing, in the
translation and in the Japanese text kept in Python modules (plan headings, scales, charts)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "companion_ja.ts"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# What a fluent reader flagged, and what to write instead.
FORBIDDEN = {
    "元気回復プラン": "WRAP式プラン (too close to the trademarked 元気回復行動プラン)",
    "リカバリーコード": "復元用コード (リカバリー means personal recovery here)",
    "あなた": "a sentence without あなた (自分で決めておいたこと)",
    "エクスポート": "書き出し",
    "調子が悪くなっているとき": "調子が悪くなってきているとき",
    "調子が悪いとき": "調子が悪くなってきているとき",
    "私": "わたし",
    "どん底": "いちばんつらい",
    "今はいい": "今日は閉じる",
    "空き容量がいっぱい": "空き容量が足りません",
    "気分を悪くする": "つらくなるきっかけ",
}
# A half-width colon (or question mark) right after Japanese text or a mnemonic "(&X)".
HALF_WIDTH_AFTER_JAPANESE = re.compile(r"([\u3040-\u30ff\u4e00-\u9fff）]|\(&[^&]\))[:?]")
# A number and its counter are written together: %1件, %n文字, 約%1秒 (no space between).
SPACED_COUNTER = re.compile(r"(%n|%\d) (件|文字|秒|分|時間|日)")
# Sources that may take a different translation by context (a list separator).
CONTEXTUAL = {", "}


def _ts_translations() -> list[tuple[str, str, str]]:
    """(context, source, translation text) for every form of every message."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            meaning = message.findtext("comment")
            if meaning:  # a disambiguation makes it another message ("Delete": the key)
                source = f"{source} ({meaning})"
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                found.append((name, source, text))
    return found


def _python_japanese() -> list[tuple[str, str]]:
    """(module:line, text) for every string literal with Japanese in it under companion/."""
    found = []
    for path in sorted((ROOT / "companion").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and JAPANESE.search(node.value)
                and "(?" not in node.value  # a regular expression, not words
            ):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    return found


TRANSLATIONS = _ts_translations()
PYTHON_TEXTS = _python_japanese()
EVERY_TEXT = [(f"{c}: {s[:40]}", t) for c, s, t in TRANSLATIONS] + PYTHON_TEXTS


def test_the_python_modules_hold_japanese_text_to_check() -> None:
    places = {where.split(":")[0] for where, _ in PYTHON_TEXTS}
    for module in (
        "plan/schema.py",
        "journal/scales.py",
        "charts/wording.py",
        "boundaries/rules.py",
    ):
        assert f"companion/{module}" in places


@pytest.mark.parametrize("word", sorted(FORBIDDEN))
def test_no_word_outside_the_glossary(word: str) -> None:
    offending = [where for where, text in EVERY_TEXT if word in text]
    assert not offending, f"{word!r}: write {FORBIDDEN[word]} in {offending}"


def test_japanese_labels_use_full_width_colons_and_question_marks() -> None:
    offending = [
        (where, text) for where, text in EVERY_TEXT if HALF_WIDTH_AFTER_JAPANESE.search(text)
    ]
    assert not offending, offending


def test_numbers_and_counters_are_written_together() -> None:
    offending = [(where, text) for where, text in EVERY_TEXT if SPACED_COUNTER.search(text)]
    assert not offending, offending


def test_the_glossary_terms_are_the_ones_in_use() -> None:
    texts = [text for _, text in EVERY_TEXT]
    for term in (
        "調子が悪くなってきているとき",
        "WRAP式プラン",
        "復元用コード",
        "書き出",
        "わたし",
    ):
        assert any(term in text for text in texts), term
    assert "いちばんつらい" in [text for _, text in PYTHON_TEXTS]


def test_same_source_same_translation() -> None:
    by_source: dict[str, set[str]] = defaultdict(set)
    for _, source, text in TRANSLATIONS:
        if source not in CONTEXTUAL:
            by_source[source].add(text)
    differing = {source: texts for source, texts in by_source.items() if len(texts) > 1}
    assert not differing, differing


def test_the_listed_fixes_are_in_the_translation() -> None:
    wanted = {
        ("NudgeBanner", "Close for today"): "今日は閉じる",
        ("PlanHistoryDialog", "edited"): "編集しました",
        ("HelpWindow", "Phone number"): "電話番号",
    }
    found = {(context, source): text for context, source, text in TRANSLATIONS}
    for key, text in wanted.items():
        if key in found:  # the context name is the class; look the source up otherwise
            assert found[key] == text, key
        else:
            assert text in {t for (_, s), t in found.items() if s == key[1]}, key
    strong = [text for _, source, text in TRANSLATIONS if source == "Strength: strong."]
    assert strong and all("とても" not in text for text in strong)
