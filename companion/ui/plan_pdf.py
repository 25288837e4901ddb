"""Plan HTML on paper: a PDF file (A4 or Letter, written atomically) or a printer.

Both lay the HTML from `companion.plan_render.plan_html` out with a QTextDocument whose text
width is the page's printable width, so long lines wrap, and number the pages "1 / 3" at the
foot of each one. A QGuiApplication (or QApplication) must exist before either is called: Qt
needs it for fonts. Japanese relies on Qt's font fallback; the default font names the app's own
family first and then common Japanese families, so one with kana and kanji is picked if any is
installed. Nothing here touches the store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from companion.files import write_private_atomically

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION_DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 7.0  # kept free at the foot of the printable area for the page number
BODY_POINT_SIZE = 10.5
FALLBACK_FAMILIES = ("Noto Sans CJK JP", "IPAexGothic", "Hiragino Sans", "Yu Gothic", "Meiryo")


def document_font() -> QFont:
    """The app's font family first, then Japanese families for Qt's fallback to try.

    The app font is named twice: as set (it may be an alias such as "Sans Serif", which a
    family list cannot match) and as the family it resolves to. The OpenType "locl" feature is
    off: in Latin text it swaps Noto Sans CJK's digits for glyphs Qt's PDF writer cannot map
    back to characters, so "090-1234" would copy out of the PDF as nothing.
    """
    app_font = QGuiApplication.font()
    families: list[str] = []
    for family in (app_font.family(), QFontInfo(app_font).family(), *FALLBACK_FAMILIES):
        if family and family not in families:
            families.append(family)
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(BODY_POINT_SIZE)
    font.setFeature(QFont.Tag("locl"), 0)
    return font


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
            document.drawContents(painter, QRectF(QPointF(0, page * height), QSizeF(width, height)))
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
