"""Rendered plan HTML onto paper: a PDF file (A4 or Letter, written atomically) or a printer.

Both lay the HTML from `companion.plan_render.plan_html` out with a QTextDocument whose text
width is the page's printable width, so long lines wrap, and number the pages "1 / 3" at the
foot of each one. A QGuiApplication (or QApplication) must exist before either is called: Qt
needs it for fonts. Japanese relies on Qt's font fallback; the default font names the app's own
family first and then common Japanese families, so one with kana and kanji is picked if any is
installed. Nothing here touches the store.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from companion.files import FILE_MODE, fsync_folder

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION_DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 7.0  # kept free at the foot of the printable area for the page number
BODY_POINT_SIZE = 10.5
FALLBACK_FAMILIES = ("Noto Sans CJK JP", "IPAexGothic", "Hiragino Sans", "Yu Gothic", "Meiryo")


def document_font() -> QFont:
    """The app's font family first, then Japanese families for Qt's fallback to try."""
    app_family = QGuiApplication.font().family()
    families = [app_family] if app_family else []
    families += [family for family in FALLBACK_FAMILIES if family != app_family]
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


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

    The PDF is written to a temporary file in the same folder and renamed into place, so a
    failure leaves the old file (or none), never half a PDF. Needs a QGuiApplication.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication")
    path = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        if os.name != "nt":
            os.fchmod(descriptor, FILE_MODE)
        os.close(descriptor)
        descriptor = -1
        writer = QPdfWriter(temporary)
        writer.setCreator("Companion")
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        title = _title_of(html)
        if title:
            writer.setTitle(title)
        _paint(html, writer)
        del writer  # the PDF is complete and its file closed once the writer is gone
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        if descriptor != -1:
            with contextlib.suppress(OSError):
                os.close(descriptor)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_folder(path.parent)


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
