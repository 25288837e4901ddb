"""Writing the plan to a file (Markdown or JSON, by suffix) and reading one back.

A PDF needs Qt to lay the pages out, so it is drawn where Qt is allowed:
`companion.ui.plan.pdf.render_plan_pdf`. `plan_output_suffix` tells the caller which one to use.
"""

from __future__ import annotations

from pathlib import Path

from companion.errors import InvalidEntry
from companion.files import (
    PLAN_IMPORT_LIMIT,
    InputFileRefused,
    read_input_file,
    write_private_atomically,
)
from companion.plan.json_format import PlanFileError, parse_plan_file, plan_bytes
from companion.plan.model import Plan
from companion.plan.render import plan_markdown

FORMATS = (".pdf", ".md", ".json")


def plan_output_suffix(output: Path, *, supporter_copy: bool = False) -> str:
    """ ".pdf", ".md" or ".json", from the file name; InvalidEntry for anything else."""
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidEntry("--output", "the file name must end in .pdf, .md or .json")
    if supporter_copy and suffix != ".pdf":
        raise InvalidEntry("--supporter-copy", "the supporter copy is a PDF")
    return suffix


def render_plan_file(
    plan: Plan,
    output: Path,
    *,
    language: str,
    sections: list[str] | None = None,
) -> None:
    """Write the plan as Markdown or JSON, as its suffix names (a PDF: `render_plan_pdf`)."""
    suffix = plan_output_suffix(output)
    if suffix == ".json":
        write_private_atomically(output, plan_bytes(plan))
    elif suffix == ".md":
        write_private_atomically(output, plan_markdown(plan, language, sections).encode("utf-8"))
    else:
        raise ValueError("a PDF is drawn by companion.ui.plan.pdf.render_plan_pdf")


def read_plan_file(path: str) -> Plan:
    try:
        data = read_input_file(path, PLAN_IMPORT_LIMIT, "a plan file")
    except InputFileRefused as problem:
        raise PlanFileError("file", problem.problem) from None
    return parse_plan_file(data)
