"""`companion plan export` and `companion plan import`: the plan as PDF, Markdown or JSON."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from companion.errors import EXIT_OK, InvalidEntry
from companion.files import output_path
from companion.paths import DataFolder
from companion.plan.files import render_plan_file
from companion.plan.model import Plan
from companion.plan.schema import SECTION_BY_KEY
from companion.preferences import language_from_environment, load_language
from companion.store import Store


def add_plan_commands(
    commands: argparse._SubParsersAction[Any],
    common: argparse.ArgumentParser,
) -> None:
    plan = commands.add_parser("plan", parents=[common], help="export or import the plan")
    actions = plan.add_subparsers(dest="plan_command", required=True, parser_class=type(plan))
    export = actions.add_parser(
        "export", parents=[common], help="write the plan as PDF, Markdown or JSON (by suffix)"
    )
    export.add_argument("--output", required=True, metavar="FILE")
    export.add_argument(
        "--sections", metavar="KEYS", help=f"comma-separated: {', '.join(SECTION_BY_KEY)}"
    )
    export.add_argument(
        "--supporter-copy",
        action="store_true",
        help="PDF of the crisis plan for supporters, with date and signature lines",
    )
    export.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    export.add_argument("--lang", choices=["ja", "en"], help="language of headings and labels")
    import_ = actions.add_parser("import", parents=[common], help="replace the plan from JSON")
    import_.add_argument("file", metavar="FILE.json")
    import_.add_argument("--yes", action="store_true", help="replace without asking")


def _sections(text: str | None) -> list[str] | None:
    if not text:
        return None
    keys = [key.strip() for key in text.split(",") if key.strip()]
    unknown = [key for key in keys if key not in SECTION_BY_KEY]
    if unknown:
        raise InvalidEntry("--sections", f"known sections are {', '.join(SECTION_BY_KEY)}")
    return keys


def _language(args: argparse.Namespace, folder: DataFolder) -> str:
    return args.lang or load_language(folder) or language_from_environment() or "en"


def export_plan(args: argparse.Namespace, folder: DataFolder, store: Store) -> int:
    current = store.current_plan()
    plan = current.plan if current else Plan()
    output, replacing = output_path(args.output, folder.root)
    try:
        render_plan_file(
            plan,
            output,
            language=_language(args, folder),
            sections=_sections(args.sections),
            supporter_copy=args.supporter_copy,
            page_size=args.page_size,
        )
    except OSError as problem:
        raise InvalidEntry("--output", f"could not write the file ({problem.strerror})") from None
    replaced = " (it replaced the file that was there)" if replacing else ""
    print(
        f"companion: wrote {output}{replaced}; it is NOT encrypted, keep it private",
        file=sys.stderr,
    )
    return EXIT_OK
