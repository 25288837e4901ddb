"""Plan HTML on paper: a PDF file (A4 or Letter, written atomically) or a printer.

Both lay the HTML from `companion.plan.render.plan_html` out with a QTextDocument whose text
width is the page's printable width, so long lines wrap, and number the pages "1 / 3" at the
foot of each one. A QGuiApplication (or QApplication) must exist before either is called: Qt
needs it for fonts. Japanese relies on Qt's font fallback; the default font names the app's own
family first and then the installed Japanese family best for print (one with a real bold face,
Noto Sans CJK JP first), so kana and kanji are drawn if any such font is installed.

Bold needs a real bold face. Where a font has none (IPAexGothic, for one), Qt fakes bold by
drawing each glyph twice, and the PDF's text then reads, and copies out, twice ("元気元気にに").
So when any bold text would be drawn from such a font, the document is set without bold: its
headings stand apart by size, spacing and a rule instead. Nothing here touches the store.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QRawFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextLength,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from companion.clock import local_today, local_zone_name
from companion.files import write_private_atomically
from companion.plan.model import Plan
from companion.plan.render import plan_html

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION_DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 7.0  # kept free at the foot of the printable area for the page number
BODY_POINT_SIZE = 10.5
# Families for kana and kanji, best first when several have a real bold face (or none has).
JAPANESE_FAMILIES = (
    "Noto Sans CJK JP",
    "Source Han Sans JP",
    "Hiragino Sans",
    "Yu Gothic",
    "Meiryo",
    "BIZ UDPGothic",
    "IPAexGothic",
)
# A face at least this heavy is a real bold. Qt (and fontconfig) embolden a lighter one
# synthetically, which in a PDF means drawing each glyph twice.
REAL_BOLD_WEIGHT = 600


@dataclass(frozen=True)
class FontFamily:
    """An installed font family, as far as choosing one for print goes."""

    name: str
    real_bold: bool  # has a face of REAL_BOLD_WEIGHT or heavier of its own
    fixed_pitch: bool = False


def choose_japanese_family(families: Sequence[FontFamily]) -> FontFamily | None:
    """The family for kana and kanji among `families` (all of which have Japanese glyphs).

    One with a real bold face first; among those a proportional one before a monospaced one,
    then the order of JAPANESE_FAMILIES, then any other by name. None if `families` is empty.
    """

    def rank(family: FontFamily) -> tuple[bool, bool, int, str]:
        known = JAPANESE_FAMILIES.index(family.name) if family.name in JAPANESE_FAMILIES else 99
        return (not family.real_bold, family.fixed_pitch, known, family.name)

    return min(families, key=rank, default=None)


def bold_is_real(
    text: str, families: Sequence[FontFamily], covers: Callable[[FontFamily, str], bool]
) -> bool:
    """Whether every visible character of `text`, set in bold, gets a real bold face.

    Each character is drawn from the first of `families` that `covers` it (as Qt's fallback
    does); one that none of them covers comes from a font Qt picks itself, which may fake bold.
    """
    for character in set(text):
        if character.isspace() or not character.isprintable():
            continue
        family = next((family for family in families if covers(family, character)), None)
        if family is None or not family.real_bold:
            return False
    return True


def installed_family(name: str) -> FontFamily:
    """What QFontDatabase says about an installed family: real bold face, fixed pitch."""
    weights = (QFontDatabase.weight(name, style) for style in QFontDatabase.styles(name))
    return FontFamily(
        name,
        real_bold=any(weight >= REAL_BOLD_WEIGHT for weight in weights),
        fixed_pitch=QFontDatabase.isFixedPitch(name),
    )


def japanese_family() -> FontFamily | None:
    """The installed family chosen for kana and kanji, or None if no font has them."""
    names = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    return choose_japanese_family(
        [installed_family(name) for name in names if not QFontDatabase.isPrivateFamily(name)]
    )


def document_families() -> list[FontFamily]:
    """The installed families the document font names, in order: the app's, then Japanese."""
    app_family = QFontInfo(QGuiApplication.font()).family()  # an alias resolved
    families = [installed_family(app_family)] if app_family else []
    japanese = japanese_family()
    if japanese is not None and japanese.name != app_family:
        families.append(japanese)
    return families


def document_font() -> QFont:
    """The app's font family first, then the chosen Japanese family for Qt's fallback to try.

    The app font is named twice: as set (it may be an alias such as "Sans Serif", which a
    family list cannot match) and as the family it resolves to. The OpenType "locl" feature is
    off: in Latin text it swaps Noto Sans CJK's digits for glyphs Qt's PDF writer cannot map
    back to characters, so "090-1234" would copy out of the PDF as nothing.
    """
    app_font = QGuiApplication.font()
    families: list[str] = []
    chosen = [family.name for family in document_families()]
    for family in (app_font.family(), *chosen, *JAPANESE_FAMILIES):
        if family and family not in families:
            families.append(family)
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(BODY_POINT_SIZE)
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def _glyph_coverage() -> Callable[[FontFamily, str], bool]:
    """Whether a family's own font (no fallback) has a glyph for a character."""
    raw_fonts: dict[str, QRawFont] = {}

    def covers(family: FontFamily, character: str) -> bool:
        if family.name not in raw_fonts:
            raw_fonts[family.name] = QRawFont.fromFont(QFont(family.name))
        # By code point: given a str, PySide6 picks an overload that misreads most kanji.
        return raw_fonts[family.name].supportsCharacter(ord(character))

    return covers


def _bold_runs(document: QTextDocument) -> list[tuple[QTextBlock, QTextFragment]]:
    """Every run of text set bold (headings, <b>), with its block."""
    found: list[tuple[QTextBlock, QTextFragment]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().fontWeight() >= REAL_BOLD_WEIGHT:
                found.append((block, fragment))
            iterator += 1
        block = block.next()
    return found


def _bold_text(document: QTextDocument) -> str:
    return "".join(fragment.text() for _, fragment in _bold_runs(document))


def _set_apart_without_bold(document: QTextDocument) -> None:
    """Every bold run set at normal weight; section headings (h1, h2) get a rule beneath.

    Headings keep the larger size Qt gives them and their spacing.
    """
    runs = [
        (block, fragment.position(), fragment.length()) for block, fragment in _bold_runs(document)
    ]
    normal = QTextCharFormat()
    normal.setFontWeight(QFont.Weight.Normal)
    edit = QTextCursor(document)
    edit.beginEditBlock()  # one relayout for all the changes, not one per run
    for _, start, length in runs:
        edit.setPosition(start)
        edit.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        edit.mergeCharFormat(normal)
    for block in {block.blockNumber(): block for block, _, _ in runs}.values():
        if block.blockFormat().headingLevel() in (1, 2):
            ruled = block.blockFormat()
            ruled.setProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                QTextLength(QTextLength.Type.PercentageLength, 100),
            )
            edit.setPosition(block.position())
            edit.setBlockFormat(ruled)
    edit.endEditBlock()


def _first_line_span(document: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    """(top, bottom) of a block's first line in document coordinates."""
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return rect.top(), rect.bottom()
    line = layout.lineAt(0)
    top = rect.top() + line.y()
    return top, top + line.height()


def _keep_headings_with_what_follows(document: QTextDocument, page_height: float) -> None:
    """Move a heading to the next page when what it introduces starts there (or, for a table,
    does not end on the heading's page): no title stranded at the foot of a page."""

    def page(y: float) -> int:
        return int(max(0.0, y - 0.5) // page_height)

    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        following = block.next()
        if level and following.isValid():
            following_level = following.blockFormat().headingLevel()
            if not following_level or following_level > level:
                table = QTextCursor(following).currentTable()
                if table is not None:
                    end = table.lastCursorPosition().block()
                    last = document.documentLayout().blockBoundingRect(end).bottom()
                else:
                    last = _first_line_span(document, following)[1]
                top = _first_line_span(document, block)[0]
                if page(last) == page(top) + 1:
                    policy = block.blockFormat()
                    policy.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(policy)
        block = block.next()


def _draw_on_paper(document: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """`document.drawContents`, but with black text: paper is white whatever the window's
    theme (drawContents takes the application's palette, so a dark theme printed pale grey)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(context.palette)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):  # and the rules
        palette.setColor(role, QColor("#000000"))
    context.palette = palette
    context.clip = clip
    painter.setClipRect(clip)
    document.documentLayout().draw(painter, context)


def _paint(html: str, device: QPagedPaintDevice) -> None:
    """Lay `html` out at the device's resolution, one page of text per device page."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start writing the pages")
    try:
        document = QTextDocument()
        document.setDefaultFont(document_font())
        document.documentLayout().setPaintDevice(device)
        document.setDocumentMargin(0)
        document.setHtml(html)
        if not bold_is_real(_bold_text(document), document_families(), _glyph_coverage()):
            _set_apart_without_bold(document)
        width = float(device.width())
        footer = FOOTER_MM / 25.4 * device.logicalDpiY()
        height = float(device.height()) - footer
        # The text width is the printable width, so lines wrap; the height paginates. (Not
        # setTextWidth: that would set the page height to "endless" and undo the pages.)
        document.setPageSize(QSizeF(width, height))
        _keep_headings_with_what_follows(document, height)
        # Lay everything out again: after the page breaks above, Qt's incremental relayout
        # can leave the last blocks unpainted (the foot of a plan went missing without this).
        document.markContentsDirty(0, document.characterCount())
        pages = max(1, document.pageCount())
        number_font = document_font()
        number_font.setPointSizeF(BODY_POINT_SIZE * 0.8)
        for page in range(pages):
            if page and not device.newPage():
                raise OSError("could not start a new page")
            painter.save()
            painter.translate(0, -page * height)
            _draw_on_paper(
                document, painter, QRectF(QPointF(0, page * height), QSizeF(width, height))
            )
            painter.restore()
            if pages > 1:
                painter.setFont(number_font)
                painter.drawText(
                    QRectF(0, height, width, footer),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    f"{page + 1} / {pages}",
                )
    finally:
        painter.end()


def write_pdf(path: Path, html: str, page_size: str = "A4") -> None:
    """Write `html` as a PDF at `path` ("A4" or "Letter", 15 mm margins), mode 0600.

    The pages are laid out into memory first; only a complete PDF is written, to a temporary
    file beside `path` that is then renamed into place (write_private_atomically). So a failure
    or an interrupted export leaves the old file (or none), never a partial or empty PDF and no
    temporary file. Needs a QGuiApplication.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication")
    write_private_atomically(Path(path), _pdf_bytes(html, PAGE_SIZES[page_size]))


def render_plan_pdf(
    plan: Plan,
    output: Path,
    *,
    language: str,
    sections: list[str] | None = None,
    supporter_copy: bool = False,
    page_size: str = "A4",
    owner_name: str = "",
) -> None:
    """The plan as a PDF at `output` (the command line's `plan export`, and the export dialog);
    a supporters' copy names `owner_name` under its title when given.
    Outside the window there is no QGuiApplication yet: an offscreen one is made for fonts."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QApplication(sys.argv[:1])  # alive while the PDF is drawn
    html = plan_html(
        plan,
        language,
        sections,
        supporter_copy=supporter_copy,
        generated_on=local_today(local_zone_name()),
        owner_name=owner_name,
    )
    write_pdf(output, html, page_size)


def _pdf_bytes(html: str, page_size: QPageSize.PageSizeId) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    try:
        writer.setCreator("Companion")
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageSize(QPageSize(page_size))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        title = _title_of(html)
        if title:
            writer.setTitle(title)
        _paint(html, writer)
    finally:
        del writer  # the PDF is complete once the writer is gone
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def _title_of(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)


def print_html(html: str, parent: QWidget | None) -> bool:
    """Ask where and how to print (QPrintDialog), then print; False if the person cancelled.

    Needs a QApplication (the dialog is a widget).
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    title = _title_of(html)
    if title:
        printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        _paint(html, printer)
        return True
    finally:
        dialog.deleteLater()
