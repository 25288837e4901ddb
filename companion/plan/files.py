"""Writing the plan to a file (PDF, Markdown or JSON, by suffix) and reading one back."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from companion.clock import local_today, local_zone_name
from companion.errors import InvalidEntry
from companion.files import (
    PLAN_IMPORT_LIMIT,
    InputFileRefused,
    read_input_file,
    write_private_atomically,
)
from companion.plan.json_format import PlanFileError, parse_plan_file, plan_bytes
from companion.plan.model import Plan
from companion.plan.render import plan_html, plan_markdown

FORMATS = (".pdf", ".md", ".json")


def render_plan_file(
    plan: Plan,
    output: Path,
    *,
    language: str,
    sections: list[str] | None = None,
    supporter_copy: bool = False,
    page_size: str = "A4",
) -> None:
    """Write the plan in the format its suffix names; PDF needs Qt's offscreen renderer."""
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidEntry("--output", "the file name must end in .pdf, .md or .json")
    if supporter_copy and suffix != ".pdf":
        raise InvalidEntry("--supporter-copy", "the supporter copy is a PDF")
    if suffix == ".json":
        write_private_atomically(output, plan_bytes(plan))
    elif suffix == ".md":
        write_private_atomically(output, plan_markdown(plan, language, sections).encode("utf-8"))
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from companion.ui.plan.pdf import write_pdf

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        html = plan_html(
            plan,
            language,
            sections,
            supporter_copy=supporter_copy,
            generated_on=local_today(local_zone_name()),
        )
        write_pdf(output, html, page_size)


def read_plan_file(path: str) -> Plan:
    try:
        data = read_input_file(path, PLAN_IMPORT_LIMIT, "a plan file")
    except InputFileRefused as problem:
        raise PlanFileError("file", problem.problem) from None
    return parse_plan_file(data)
