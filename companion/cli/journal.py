"""`companion import` (our CSV or JSON, or Daylio's CSV) and `companion demo`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from companion.clock import local_zone_name, now_utc
from companion.errors import EXIT_OK, InvalidEntry, StoreExists
from companion.files import JOURNAL_IMPORT_LIMIT, InputFileRefused, read_input_file
from companion.journal.demo import demo_data
from companion.journal.files import ImportProblem, parse_import
from companion.paths import DataFolder
from companion.preferences import language_from_environment, load_language
from companion.store import Store, StoreState, create_store, inspect_folder

OpenStore = Callable[[DataFolder], Store]
AskYesNo = Callable[[str], bool]


def add_journal_commands(
    commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    importer = commands.add_parser(
        "import", parents=[common], help="add check-ins from our CSV or JSON, or Daylio's CSV"
    )
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--yes", action="store_true", help="import without asking")
    demo = commands.add_parser(
        "demo", parents=[common], help="create a new store filled with realistic made-up data"
    )
    demo.add_argument("--years", type=float, default=2.0, metavar="N")
    demo.add_argument("--lang", choices=["ja", "en"], help="language of the made-up plan and notes")


def cmd_import(
    args: argparse.Namespace, folder: DataFolder, open_store: OpenStore, ask: AskYesNo
) -> int:
    try:
        data = read_input_file(args.file, JOURNAL_IMPORT_LIMIT, "a journal import")
    except InputFileRefused as problem:
        raise ImportProblem(None, problem.problem) from None
    result = parse_import(data, local_zone_name())  # all checked before anything is unlocked
    entries = result.checkins
    first = min(entry.at for entry in entries).date().isoformat()
    last = max(entry.at for entry in entries).date().isoformat()
    print(f"{len(entries)} check-ins ({result.format}) from {first} to {last}.")
    if not args.yes and not ask("Add them to your journal? Entries already there are skipped."):
        print("Nothing was imported.", file=sys.stderr)
        return EXIT_OK
    store = open_store(folder)
    try:
        added, skipped = store.import_checkins(entries)
    finally:
        store.close()
    print(f"Added {added} check-ins; {skipped} were already in the journal.")
    return EXIT_OK


def cmd_demo(
    args: argparse.Namespace, folder: DataFolder, new_passphrase: Callable[[], str]
) -> int:
    if inspect_folder(folder) is not StoreState.ABSENT:
        raise StoreExists()
    if not 0 < args.years <= 30:
        raise InvalidEntry("--years", "from a few days up to 30 years")
    language = args.lang or load_language(folder) or language_from_environment() or "en"
    zone = local_zone_name()
    now = now_utc()
    plan, checkins = demo_data(args.years, today=now.date(), zone=zone, language=language)
    checkins = [entry for entry in checkins if entry.at <= now]
    passphrase = new_passphrase()
    store, code = create_store(folder, passphrase)
    try:
        store.save_plan(plan, version_id=None, reason="example")
        added, _skipped = store.import_checkins(checkins)
    finally:
        store.close()
    print(f"Created a demo store in {folder.root} with {added} made-up check-ins and a plan.")
    print(f"Recovery code: {code}")
    return EXIT_OK
