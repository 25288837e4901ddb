"""`companion plan export` and `companion plan import`: the plan as PDF, Markdown or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from companion.cli.arguments import UsageError
from companion.cli.terminal import open_for_reading, say, unlock_key
from companion.errors import EXIT_OK, InvalidEntry
from companion.files import output_path
from companion.paths import DataFolder
from companion.plan.files import plan_output_suffix, read_plan_file, render_plan_file
from companion.plan.model import Plan
from companion.plan.schema import SECTION_BY_KEY
from companion.preferences import language_from_environment, load_language
from companion.services import access
from companion.services.plan import PlanService
from companion.services.settings import SettingsService


def cmd_plan(args: argparse.Namespace, folder: DataFolder) -> int:
    if args.plan_command == "export":
        return export_plan(args, folder)
    return import_plan(args, folder)


def _sections(text: str | None) -> list[str] | None:
    if not text:
        return None
    keys = [key.strip() for key in text.split(",") if key.strip()]
    unknown = [key for key in keys if key not in SECTION_BY_KEY]
    if unknown:
        raise InvalidEntry(
            "--sections",
            f"no section {', '.join(unknown)}; known sections are {', '.join(SECTION_BY_KEY)}",
        )
    return keys


def _language(args: argparse.Namespace, folder: DataFolder) -> str:
    return args.lang or load_language(folder) or language_from_environment() or "en"


def export_plan(args: argparse.Namespace, folder: DataFolder) -> int:
    with open_for_reading(folder) as store:
        plan = PlanService(store).current()
        # The name given for the supporters' copy in the window (asked there once, optional).
        owner = SettingsService(store).plan_owner_name() if args.supporter_copy else ""
    output, replacing = output_path(args.output, folder.root)
    try:
        _write(plan, output, args, folder, owner)
    except OSError as problem:
        raise InvalidEntry("--output", f"could not write the file ({problem.strerror})") from None
    replaced = " (it replaced the file that was there)" if replacing else ""
    print(
        f"companion: wrote {output}{replaced}; it is NOT encrypted, keep it private",
        file=sys.stderr,
    )
    return EXIT_OK


def _write(
    plan: Plan, output: Path, args: argparse.Namespace, folder: DataFolder, owner: str = ""
) -> None:
    language = _language(args, folder)
    sections = _sections(args.sections)
    if plan_output_suffix(output, supporter_copy=args.supporter_copy) == ".pdf":
        from companion.ui.plan.pdf import render_plan_pdf  # Qt, only for a PDF

        render_plan_pdf(
            plan,
            output,
            language=language,
            sections=sections,
            supporter_copy=args.supporter_copy,
            page_size=args.page_size,
            owner_name=owner,
        )
    else:
        render_plan_file(plan, output, language=language, sections=sections)


def import_plan(args: argparse.Namespace, folder: DataFolder) -> int:
    plan = read_plan_file(args.file)  # checked in full before anything is unlocked or asked
    if not args.yes and (not sys.stdin or not sys.stdin.isatty()):
        raise UsageError("add --yes to replace the plan without being asked")
    key = unlock_key(folder)  # the passphrase first, then the question
    if not args.yes:
        answer = input(
            "Replace your plan with this file? It becomes a new version; the current plan "
            "stays in the history. [y/N] "
        )
        if answer.strip().lower() not in {"y", "yes"}:
            say("companion: nothing was changed")
            return EXIT_OK
    with access.open_for_writing(folder, key) as store:
        PlanService(store).save_new_version(plan, "import")
    print("The plan was imported as a new version; earlier versions are kept in the history.")
    return EXIT_OK
