"""The plan on paper: PDFs in A4 and Letter whose text can be read back, written privately."""

from __future__ import annotations

import os
import stat
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from companion.plan.examples import example_plan
from companion.plan.model import Plan, make_entry
from companion.plan.render import plan_html
from companion.plan.schema import SECTIONS, section
from companion.ui.plan import pdf as plan_pdf
from companion.ui.plan.pdf import print_html, write_pdf

DAY = date(2024, 5, 2)
POINTS = {"A4": (595.3, 841.9), "Letter": (612.0, 792.0)}


def _text(path: Path) -> str:
    """All the PDF's text with whitespace collapsed and compatibility characters folded.

    NFKC because Qt's PDF writer maps a glyph back to the lowest code point that uses it, and
    CJK fonts share glyphs between ideographs and Kangxi radicals (日 comes out as ⽇).
    """
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _page_points(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


def _with_supporters(plan: Plan) -> Plan:
    spec = section("crisis").list_spec("supporters")
    entry = make_entry(spec, {"name": "Aiko", "phone": "090-1234-5678", "consent": True})
    return plan.with_entries("crisis", "supporters", (entry,))


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_the_whole_plan_as_a_pdf(qapp, tmp_path: Path, page_size: str) -> None:
    plan = example_plan("en")
    path = tmp_path / f"plan-{page_size}.pdf"
    write_pdf(path, plan_html(plan, "en", generated_on=DAY), page_size)
    text = _text(path)
    for spec in SECTIONS:
        if not plan.section_is_empty(spec.key):
            assert spec.heading.en in text
    assert "A walk around the block" in text
    assert "Nothing written here yet." in text
    assert "Made with Companion on 2024-05-02" in text
    width, height = _page_points(path)
    assert width == pytest.approx(POINTS[page_size][0], abs=1)
    assert height == pytest.approx(POINTS[page_size][1], abs=1)
    assert len(PdfReader(path).pages) >= 2  # long enough to need a second page
    assert "1 / " in text


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_the_supporter_copy_as_a_pdf(qapp, tmp_path: Path, page_size: str) -> None:
    path = tmp_path / "supporters.pdf"
    plan = _with_supporters(example_plan("en"))
    write_pdf(path, plan_html(plan, "en", supporter_copy=True, generated_on=DAY), page_size)
    text = _text(path)
    assert "Crisis Plan — copy for my supporters" in text
    assert "Printed on 2024-05-02" in text
    assert "Phone: 090-1234-5678" in text  # digits survive the round trip
    for word in ("My signature", "Supporter", "Signature", "Date"):
        assert word in text
    assert text.count("Supporter") >= 3
    assert "Wellness Toolbox" not in text
    assert _page_points(path)[0] == pytest.approx(POINTS[page_size][0], abs=1)


def _folded(text: str) -> str:
    """Japanese has no spaces between words; the PDF reader guesses some. Compare without."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_japanese_headings_come_through(qapp, tmp_path: Path) -> None:
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.skip("no font with Japanese glyphs is installed (e.g. fonts-noto-cjk)")
    plan = _with_supporters(example_plan("ja"))
    path = tmp_path / "plan-ja.pdf"
    write_pdf(path, plan_html(plan, "ja", generated_on=DAY))
    text = _folded(_text(path))
    for spec in SECTIONS:
        assert _folded(spec.heading.ja) in text
    for words in ("近所を散歩する", "まだ何も書かれていません。", "電話番号：090-1234-5678"):
        assert _folded(words) in text

    copy = tmp_path / "supporters-ja.pdf"
    write_pdf(copy, plan_html(plan, "ja", supporter_copy=True, generated_on=DAY))
    text = _folded(_text(copy))
    for words in ("クライシスプラン（サポーター用の写し）", "本人の署名", "サポーター", "日付"):
        assert _folded(words) in text
    assert "元気に役立つ道具箱" not in text


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_the_pdf_is_private_and_replaces_the_old_one_whole(qapp, tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"old")
    os.chmod(path, 0o644)
    write_pdf(path, plan_html(example_plan("en"), "en", generated_on=DAY))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(tmp_path.iterdir()) == [path]


def test_a_failed_write_leaves_the_old_file_and_no_litter(qapp, tmp_path, monkeypatch) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"old")

    def broken(_html, _device) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(plan_pdf, "_paint", broken)
    with pytest.raises(OSError, match="disk full"):
        write_pdf(path, "<p>new</p>")
    assert path.read_bytes() == b"old"
    assert sorted(tmp_path.iterdir()) == [path]


def test_an_unknown_page_size_is_refused(qapp, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="A4, Letter"):
        write_pdf(tmp_path / "plan.pdf", "<p>x</p>", "A3")
    assert list(tmp_path.iterdir()) == []


def test_long_text_wraps_within_the_page(qapp, tmp_path: Path) -> None:
    spec = section("toolbox").list_spec("tools")
    long = "word " * 400 + "THE-END"
    plan = Plan().with_entries("toolbox", "tools", (make_entry(spec, {"text": long}),))
    path = tmp_path / "long.pdf"
    write_pdf(path, plan_html(plan, "en", ["toolbox"], generated_on=DAY))
    assert "THE-END" in _text(path)  # not cut off at the right margin


def test_nothing_is_lost_when_headings_move_to_the_next_page(qapp, tmp_path: Path) -> None:
    """Plans of many lengths: wherever the page breaks fall, the last words are printed."""
    spec = section("crisis").list_spec("well")
    for count in range(0, 40, 2):
        entries = tuple(make_entry(spec, {"text": f"Line {n}"}) for n in range(count))
        plan = example_plan("en").with_entries("crisis", "well", entries)
        path = tmp_path / f"plan-{count}.pdf"
        write_pdf(path, plan_html(plan, "en", generated_on=DAY))
        text = _text(path)
        assert "Short visits only" in text, count
        assert "Made with Companion on 2024-05-02" in text, count


def test_the_signature_lines_stay_together_with_their_heading(qapp, tmp_path: Path) -> None:
    spec = section("crisis").list_spec("helps")
    for count in range(0, 40, 3):
        entries = tuple(make_entry(spec, {"text": f"Help {n}"}) for n in range(count))
        plan = _with_supporters(example_plan("en")).with_entries("crisis", "helps", entries)
        path = tmp_path / f"copy-{count}.pdf"
        write_pdf(path, plan_html(plan, "en", supporter_copy=True, generated_on=DAY), "Letter")
        pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
        [signing] = [page for page in pages if "Signatures" in page]
        assert "My signature" in signing, count
        assert signing.count("Supporter") == 3, count


class _FakeDialog:
    """Stands in for QPrintDialog: answers at once, printing to a PDF file when accepting."""

    answer = QDialog.DialogCode.Rejected
    target: Path | None = None

    def __init__(self, printer: QPrinter, _parent) -> None:
        self.printer = printer

    def exec(self) -> QDialog.DialogCode:
        if self.answer == QDialog.DialogCode.Accepted and self.target is not None:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(self.target))
        return self.answer

    def deleteLater(self) -> None:
        pass


def test_print_does_nothing_when_cancelled(qapp, monkeypatch) -> None:
    monkeypatch.setattr(plan_pdf, "QPrintDialog", _FakeDialog)
    monkeypatch.setattr(_FakeDialog, "answer", QDialog.DialogCode.Rejected)
    assert print_html("<p>x</p>", None) is False


def test_print_prints_when_accepted(qapp, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(plan_pdf, "QPrintDialog", _FakeDialog)
    monkeypatch.setattr(_FakeDialog, "answer", QDialog.DialogCode.Accepted)
    monkeypatch.setattr(_FakeDialog, "target", target)
    html = plan_html(example_plan("en"), "en", supporter_copy=True, generated_on=DAY)
    assert print_html(html, None) is True
    assert "My signature" in _text(target)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_paper_is_printed_in_black_whatever_the_windows_theme(qapp, tmp_path, theme) -> None:
    """The text and the rules to write on are black (and the small print grey) on paper, also
    while the window is dark: the document is not drawn in the theme's pale text colour."""
    import re

    from companion.ui.common.design import Theme, apply_theme

    path = tmp_path / "copy.pdf"
    plan = _with_supporters(example_plan("ja"))
    apply_theme(Theme(theme))  # the UI tests' fixture puts the palette back afterwards
    try:
        write_pdf(path, plan_html(plan, "ja", supporter_copy=True, generated_on=DAY))
    finally:
        apply_theme(Theme.LIGHT)
    colours = set()
    for page in PdfReader(path).pages:
        stream = page.get_contents().get_data().decode("latin-1")
        colours |= set(re.findall(r"([\d.]+ [\d.]+ [\d.]+) (?:rg|RG|scn|SCN)\b", stream))
    shades = {tuple(round(float(part), 2) for part in colour.split()) for colour in colours}
    assert shades and shades <= {(0.0, 0.0, 0.0), (0.33, 0.33, 0.33)}, shades
