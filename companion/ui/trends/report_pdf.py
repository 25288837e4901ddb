"""The monthly report on paper: its HTML (companion.charts.report) laid out as a PDF the way
the plan's PDF is (ui/plan/pdf.py: QTextDocument, the Japanese font chosen for print, A4 or
Letter, written atomically, mode 0600). Nothing here touches the store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion.charts.report import report_html
from companion.clock import local_today, local_zone_name
from companion.stats.report import ReportSource
from companion.ui.plan.pdf import PAGE_SIZES, write_pdf

__all__ = ["PAGE_SIZES", "render_report_pdf"]


def render_report_pdf(
    source: ReportSource, output: Path, *, language: str, page_size: str = "A4"
) -> None:
    """The report of `source.month` as a PDF at `output` (`companion report` and the report
    dialog). Outside the window there is no QGuiApplication yet: an offscreen one is made for
    fonts, as for the plan's PDF."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QApplication(sys.argv[:1])  # alive while the PDF is drawn
    html = report_html(source, language, local_today(local_zone_name()))
    write_pdf(output, html, page_size)
