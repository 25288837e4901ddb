"""Bold in the plan PDF only from a real bold face: text that copies out once, on any machine."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFontDatabase, QTextDocument, QTextFormat

from companion.plan.examples import example_plan
from companion.plan.model import make_entry
from companion.plan.render import plan_html
from companion.plan.schema import SECTIONS, section
from companion.ui.plan import pdf as plan_pdf
from companion.ui.plan.pdf import (
    FontFamily,
    bold_is_real,
    choose_japanese_family,
    installed_family,
    write_pdf,
)

DAY = date(2024, 5, 2)
ROOT = Path(__file__).resolve().parents[2]

NOTO = FontFamily("Noto Sans CJK JP", real_bold=True)
NOTO_MONO = FontFamily("Noto Sans Mono CJK JP", real_bold=True, fixed_pitch=True)
IPAEX = FontFamily("IPAexGothic", real_bold=False)
MEIRYO = FontFamily("Meiryo", real_bold=True)
OTHER_BOLD = FontFamily("Some Gothic", real_bold=True)
OTHER_PLAIN = FontFamily("Another Gothic", real_bold=False)
DEJAVU = FontFamily("DejaVu Sans", real_bold=True)


# --- which family, and whether bold is real: the logic, with made-up font lists ----------------
def test_noto_sans_cjk_jp_comes_first_when_installed() -> None:
    assert choose_japanese_family([IPAEX, OTHER_BOLD, MEIRYO, NOTO_MONO, NOTO]) == NOTO


def test_a_family_with_a_real_bold_face_beats_one_without() -> None:
    assert choose_japanese_family([IPAEX, MEIRYO]) == MEIRYO
    assert choose_japanese_family([IPAEX, OTHER_BOLD]) == OTHER_BOLD  # known or not
    assert choose_japanese_family([OTHER_BOLD, MEIRYO]) == MEIRYO  # then the known order


def test_a_proportional_family_before_a_monospaced_one() -> None:
    assert choose_japanese_family([NOTO_MONO, OTHER_BOLD]) == OTHER_BOLD
    assert choose_japanese_family([NOTO_MONO, IPAEX]) == NOTO_MONO  # real bold still first


def test_without_any_real_bold_the_known_family_and_none_without_fonts() -> None:
    assert choose_japanese_family([OTHER_PLAIN, IPAEX]) == IPAEX
    assert choose_japanese_family([OTHER_PLAIN]) == OTHER_PLAIN
    assert choose_japanese_family([]) is None


def _fake_coverage(glyphs: dict[str, str]):
    def covers(family: FontFamily, character: str) -> bool:
        return character in glyphs.get(family.name, "")

    return covers


LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:-—"
KANA_KANJI = "元気に役立つ道具箱わたしの：WRAP式プラン"


def test_bold_is_real_only_when_every_bold_character_has_a_bold_face() -> None:
    covers = _fake_coverage({"DejaVu Sans": LATIN, "Noto Sans CJK JP": KANA_KANJI + LATIN})
    assert bold_is_real("Wellness Toolbox", [DEJAVU, IPAEX], covers)
    assert bold_is_real("元気に役立つ道具箱", [DEJAVU, NOTO], covers)
    assert bold_is_real("わたしのWRAP式プラン", [DEJAVU, NOTO], covers)

    covers = _fake_coverage({"DejaVu Sans": LATIN, "IPAexGothic": KANA_KANJI + LATIN})
    assert not bold_is_real("元気に役立つ道具箱", [DEJAVU, IPAEX], covers)
    assert not bold_is_real("Aiko 愛子", [DEJAVU, IPAEX], covers)  # a name in an English plan
    assert bold_is_real("Aiko", [DEJAVU, IPAEX], covers)  # Latin comes from DejaVu's bold


def test_the_first_family_with_the_glyph_decides_as_in_qts_fallback() -> None:
    covers = _fake_coverage({"IPAexGothic": KANA_KANJI, "Noto Sans CJK JP": KANA_KANJI})
    assert not bold_is_real("元気", [IPAEX, NOTO], covers)
    assert bold_is_real("元気", [NOTO, IPAEX], covers)


def test_a_character_no_listed_family_has_may_get_a_faked_bold() -> None:
    covers = _fake_coverage({"DejaVu Sans": LATIN})
    assert not bold_is_real("Calm 🙂", [DEJAVU], covers)
    assert bold_is_real(" \n\t\u2029", [DEJAVU], covers)  # spaces and separators draw nothing
    assert bold_is_real("", [], covers)


def test_installed_families_report_a_bold_face_only_if_they_have_one(qapp) -> None:
    """Checked against QFontDatabase's own styles, on whatever fonts this machine has."""
    families = QFontDatabase.families()
    if not families:
        pytest.skip("no fonts installed")
    for name in families[:40]:
        weights = [QFontDatabase.weight(name, style) for style in QFontDatabase.styles(name)]
        assert installed_family(name).real_bold == any(weight >= 600 for weight in weights)


# --- the document without bold ------------------------------------------------------------------
def _with_supporters(language: str):
    plan = example_plan(language)
    spec = section("crisis").list_spec("supporters")
    entry = make_entry(spec, {"name": "愛子 Aiko", "phone": "090-1234-5678", "consent": True})
    return plan.with_entries("crisis", "supporters", (entry,))


def test_without_bold_headings_keep_their_size_and_sections_get_a_rule(qapp) -> None:
    document = QTextDocument()
    document.setHtml(plan_html(_with_supporters("en"), "en", generated_on=DAY))
    before = {
        block.blockNumber(): (block.blockFormat().headingLevel(), block.charFormat())
        for block in _blocks(document)
    }
    assert plan_pdf._bold_text(document)  # headings and the supporter's name are bold

    plan_pdf._set_apart_without_bold(document)

    assert plan_pdf._bold_text(document) == ""
    ruler = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
    for block in _blocks(document):
        level, _ = before[block.blockNumber()]
        assert block.blockFormat().headingLevel() == level
        assert block.blockFormat().hasProperty(ruler) == (level in (1, 2)), block.text()
        if level:
            size = (
                block.begin()
                .fragment()
                .charFormat()
                .property(QTextFormat.Property.FontSizeAdjustment)
            )
            assert size == {1: 3, 2: 2, 3: 1}[level]  # still larger than the text


def _blocks(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _folded(text: str) -> str:
    """Japanese has no spaces between words; the PDF reader guesses some. Compare without.

    NFKC, and ‧ read as ・, because Qt's PDF writer maps a glyph back to the lowest code point
    that uses it (日 comes out as the Kangxi radical ⽇, the katakana middle dot as U+2027).
    """
    return "".join(unicodedata.normalize("NFKC", text).replace("\u2027", "\u30fb").split())


def _pdf_text(path: Path) -> str:
    return _folded(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _pdf_fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names |= {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    return names


def _doubled(text: str) -> str:
    return "".join(character * 2 for character in _folded(text))


def _assert_every_heading_once(text: str, language: str) -> None:
    headings = [spec.heading.in_language(language) for spec in SECTIONS]
    headings += [
        list_spec.title.in_language(language) for spec in SECTIONS for list_spec in spec.lists
    ]
    for heading in headings:
        assert _folded(heading) in text, heading
        assert _doubled(heading) not in text, heading


def _has_japanese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_pdf_without_bold_has_each_heading_once_and_no_bold_font(
    qapp, tmp_path: Path, monkeypatch, language: str
) -> None:
    """The branch for fonts without a bold face, taken on any machine."""
    if language == "ja" and not _has_japanese_font():
        pytest.skip("no font with Japanese glyphs is installed (e.g. fonts-noto-cjk)")
    monkeypatch.setattr(plan_pdf, "bold_is_real", lambda *_args: False)
    path = tmp_path / "plan.pdf"
    write_pdf(path, plan_html(_with_supporters(language), language, generated_on=DAY))
    _assert_every_heading_once(_pdf_text(path), language)
    assert not [name for name in _pdf_fonts(path) if "bold" in name.lower()]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_pdf_on_this_machine_has_each_heading_once(qapp, tmp_path: Path, language) -> None:
    """Whatever fonts are installed, bold or not, no heading comes out doubled."""
    if language == "ja" and not _has_japanese_font():
        pytest.skip("no font with Japanese glyphs is installed (e.g. fonts-noto-cjk)")
    path = tmp_path / "plan.pdf"
    write_pdf(path, plan_html(_with_supporters(language), language, generated_on=DAY))
    _assert_every_heading_once(_pdf_text(path), language)


# --- a machine whose only Japanese font is a given one (fontconfig sees only its files) -------
_RENDER = """
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from companion.ui.plan.pdf import write_pdf
app = QGuiApplication([])
write_pdf(Path(sys.argv[2]), Path(sys.argv[1]).read_text(encoding="utf-8"))
"""


def _japanese_family(real_bold: bool) -> str | None:
    """An installed Japanese family with (or without) a real bold face, preferring the usual."""
    families = [
        installed_family(name)
        for name in QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    ]
    chosen = choose_japanese_family(
        [family for family in families if family.real_bold == real_bold]
    )
    return chosen.name if chosen else None


def _render_with_only(family: str, tmp_path: Path) -> Path:
    """The Japanese plan as a PDF, made in a process whose fontconfig sees only `family`."""
    listed = subprocess.run(
        ["fc-list", "-f", "%{file}\n", f"{family}:lang=ja"],
        capture_output=True,
        text=True,
        check=True,
    )
    files = sorted({line for line in listed.stdout.splitlines() if line})
    assert files, family
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for index, file in enumerate(files):  # links, so the family's folder-mates stay hidden
        (fonts / f"{index}-{Path(file).name}").symlink_to(file)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n"
    )
    environment = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    html = tmp_path / "plan.html"
    html.write_text(plan_html(_with_supporters("ja"), "ja", generated_on=DAY), encoding="utf-8")
    path = tmp_path / "plan.pdf"
    done = subprocess.run(
        [sys.executable, "-c", _RENDER, str(html), str(path)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return path


needs_fontconfig = pytest.mark.skipif(
    os.name == "nt" or sys.platform == "darwin" or shutil.which("fc-list") is None,
    reason="hides fonts through fontconfig (Linux with fc-list)",
)


@needs_fontconfig
def test_with_only_a_japanese_font_without_bold_headings_come_out_once(qapp, tmp_path) -> None:
    family = _japanese_family(real_bold=False)
    if family is None:
        pytest.skip("no Japanese font without a bold face is installed (fonts-ipaexfont-gothic)")
    path = _render_with_only(family, tmp_path)
    _assert_every_heading_once(_pdf_text(path), "ja")
    assert not [name for name in _pdf_fonts(path) if "bold" in name.lower()]


@needs_fontconfig
def test_with_only_a_japanese_font_with_bold_headings_are_bold(qapp, tmp_path) -> None:
    family = _japanese_family(real_bold=True)
    if family is None:
        pytest.skip("no Japanese font with a bold face is installed (fonts-noto-cjk)")
    path = _render_with_only(family, tmp_path)
    _assert_every_heading_once(_pdf_text(path), "ja")
    assert [name for name in _pdf_fonts(path) if "bold" in name.lower()]
