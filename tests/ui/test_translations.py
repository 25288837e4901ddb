"""The Japanese translation: complete, faithful to placeholders and accelerators, compiled, and
in step with the source (regenerate with resources/i18n/update.sh)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "companion_ja.ts"
QM = I18N / "companion_ja.qm"

# %1..%99, %n, and str.format fields such as {path}.
PLACEHOLDER = re.compile(r"%\d{1,2}|%n|\{[A-Za-z_]\w*\}")
# A Qt mnemonic: "&M" but not the literal "&&".
ACCELERATOR = re.compile(r"(?<!&)&([^&\s])")
# Sources whose translation may legitimately equal the English.
SAME_IN_BOTH = {"Companion"}


def _messages() -> list[tuple[str, ET.Element]]:
    tree = ET.parse(TS)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            found.append((name, message))
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _pairs(ts_file: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name", default=""), message.findtext("source", default=""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _sources() -> list[str]:
    """The same list update.sh passes: every .py under companion/, relative, sorted."""
    return sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "companion").rglob("*.py"))


def _qt_tool(name: str) -> Path | None:
    exe = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).parent / f"{name}{exe}"
    if bundled.is_file():
        return bundled
    wrapper = shutil.which(f"pyside6-{name}")
    return Path(wrapper) if wrapper else None


def _ids(pairs: list[tuple[str, ET.Element]]) -> list[str]:
    return [f"{context}:{(message.findtext('source') or '')[:40]}" for context, message in pairs]


MESSAGES = _messages()


def test_there_is_something_to_translate() -> None:
    assert len(MESSAGES) > 50


@pytest.mark.parametrize(("context", "message"), MESSAGES, ids=_ids(MESSAGES))
def test_every_message_is_translated(context: str, message: ET.Element) -> None:
    translation = message.find("translation")
    assert translation is not None
    assert translation.get("type") is None, f"{context}: translation is {translation.get('type')}"
    texts = _translations(message)
    assert texts, f"{context}: no numerus forms"
    source = message.findtext("source", default="")
    for text in texts:
        assert text.strip(), f"{context}: empty translation for {source!r}"
        if source not in SAME_IN_BOTH:
            assert text != source, f"{context}: left in English: {source!r}"


@pytest.mark.parametrize(("context", "message"), MESSAGES, ids=_ids(MESSAGES))
def test_placeholders_and_accelerators_survive(context: str, message: ET.Element) -> None:
    source = message.findtext("source", default="")
    wanted = sorted(PLACEHOLDER.findall(source))
    accelerators = {letter.upper() for letter in ACCELERATOR.findall(source)}
    for text in _translations(message):
        assert sorted(PLACEHOLDER.findall(text)) == wanted, f"{context}: {source!r} -> {text!r}"
        got = {letter.upper() for letter in ACCELERATOR.findall(text)}
        assert got == accelerators, f"{context}: accelerator of {source!r} -> {text!r}"


def test_compiled_translation_loads() -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    assert translator.language() == "ja_JP"
    saved = translator.translate("TodayPage", "Save check-in")
    assert saved
    assert saved != "Save check-in"
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", saved), saved


def test_plural_forms_work_in_japanese(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("JournalPage", "%n check-in(s)", "", 8)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "8" in text
    assert "%n" not in text
    assert text != "8 check-in(s)"


def test_ts_is_up_to_date_with_the_source(tmp_path: Path) -> None:
    lupdate = _qt_tool("lupdate")
    if lupdate is None:
        pytest.skip("lupdate not found (PySide6 wheel or pyside6-lupdate on PATH)")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", *_sources(), "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    fresh, committed = _pairs(copy), _pairs(TS)
    assert fresh == committed, (
        "companion_ja.ts is out of date; run resources/i18n/update.sh and translate.\n"
        f"new in source: {sorted(fresh - committed)}\n"
        f"gone from source: {sorted(committed - fresh)}"
    )


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = _qt_tool("lrelease")
    if lrelease is None:
        pytest.skip("lrelease not found (PySide6 wheel or pyside6-lrelease on PATH)")
    fresh = tmp_path / QM.name
    result = subprocess.run(
        [str(lrelease), str(TS), "-qm", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert fresh.read_bytes() == QM.read_bytes(), (
        "companion_ja.qm is stale; run resources/i18n/update.sh"
    )


# --- English plurals (companion_en.ts) and Qt's own words ----------------------------------

TS_EN = I18N / "companion_en.ts"
QM_EN = I18N / "companion_en.qm"


def test_every_plural_has_its_english_forms() -> None:
    japanese_plurals = {(c, m.findtext("source")) for c, m in MESSAGES if m.get("numerus")}
    root = ET.parse(TS_EN).getroot()
    english = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, message.findtext("source")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            english[(context.findtext("name"), message.findtext("source"))] = forms
    assert set(english) == japanese_plurals
    for (_, source), forms in english.items():
        assert len(forms) == 2 and forms[0] != forms[1], source
        assert all("%n" in form and "(s)" not in form for form in forms), forms
        assert sorted(PLACEHOLDER.findall(forms[0])) == sorted(PLACEHOLDER.findall(source or ""))


def test_english_plurals_read_naturally(qapp: QCoreApplication) -> None:
    from companion.ui.common.i18n import apply_language

    apply_language("en")
    try:
        one = QCoreApplication.translate("JournalPage", "%n check-in(s)", "", 1)
        many = QCoreApplication.translate("JournalPage", "%n check-in(s)", "", 215)
    finally:
        apply_language("en")
    assert (one, many) == ("1 check-in", "215 check-ins")


def test_qt_own_buttons_speak_japanese(qapp: QCoreApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from companion.ui.common.i18n import apply_language

    apply_language("ja")
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        apply_language("en")
    assert "キャンセル" in cancel, cancel


def test_english_ts_is_up_to_date_and_compiled(tmp_path: Path) -> None:
    lupdate, lrelease = _qt_tool("lupdate"), _qt_tool("lrelease")
    if lupdate is None or lrelease is None:
        pytest.skip("lupdate/lrelease not found (PySide6 wheel or pyside6-* on PATH)")
    copy = tmp_path / TS_EN.name
    shutil.copyfile(TS_EN, copy)
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-pluralonly", *_sources(), "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert _pairs(copy) == _pairs(TS_EN), "companion_en.ts is out of date; run update.sh"
    fresh = tmp_path / QM_EN.name
    subprocess.run([str(lrelease), str(TS_EN), "-qm", str(fresh)], capture_output=True, check=True)
    assert fresh.read_bytes() == QM_EN.read_bytes(), "companion_en.qm is stale; run update.sh"
