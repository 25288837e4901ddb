"""The `companion` command: the app, and init, checkin, export and verify for scripts and backups.

Exit codes: 0 ok; 1 usage error; 2 wrong passphrase or damaged store; 3 store newer than the
app, or unavailable. Failures print one line on stderr, never a traceback and never what the
user wrote.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from companion import __version__
from companion.cli.journal import add_journal_commands, cmd_demo, cmd_import
from companion.cli.plan import add_plan_commands, export_plan
from companion.clock import local_zone_name, now_utc, parse_moment
from companion.errors import (
    EXIT_OK,
    EXIT_USAGE,
    DamagedStore,
    InvalidEntry,
    PassphraseNeeded,
    StoreProblem,
)
from companion.files import output_path, write_private_atomically
from companion.journal.checkin import CheckIn, new_checkin
from companion.journal.files import ImportProblem, checkins_csv
from companion.journal.tagging import resolve_tag
from companion.limits import EARLIEST_DAY, moment_in_range
from companion.logs import file_log, report_bug
from companion.passphrase import estimate
from companion.paths import DataFolder, resolve_data_dir
from companion.plan.files import read_plan_file
from companion.plan.json_format import PlanFileError
from companion.plan.model import Plan
from companion.services.export import build_export, export_bytes
from companion.store import (
    DataKey,
    Store,
    create_store,
    open_store,
    open_store_for_reading,
    read_key_file,
    system_vault,
    unlock_from_vault,
    unlock_with_passphrase,
    verify_store,
)

PASSPHRASE_ENV = "COMPANION_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
EXIT_BUG = 70


class UsageError(Exception):
    """A command line that cannot be carried out as written."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _common() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the data folder (default: $COMPANION_DATA_DIR, else the platform's data folder)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="companion",
        description="Companion: a local-only wellness and recovery notebook.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    parser.add_argument(
        "--smoke", action="store_true", help="start, unlock, show the main window, exit 0"
    )
    parser.add_argument("--lang", choices=["ja", "en"], help="language of the window")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    init = commands.add_parser("init", parents=[common], help="create the store")
    init.add_argument(
        "--remember", action="store_true", help="also keep the key in the OS keychain"
    )
    checkin = commands.add_parser("checkin", parents=[common], help="log mood and energy")
    checkin.add_argument("--mood", type=int, required=True, metavar="N", help="1 is the lowest")
    checkin.add_argument("--energy", type=int, required=True, metavar="N", help="1 is the lowest")
    checkin.add_argument("--sleep", type=float, metavar="HOURS")
    checkin.add_argument("--note", default="", metavar="TEXT")
    checkin.add_argument("--at", metavar="ISO-8601", help="when; without an offset, local time")
    for flag, what in (
        ("--tag", "a free tag"),
        ("--tool", "a Wellness Toolbox tool used"),
        ("--trigger", "a trigger that happened"),
        ("--sign", "an early warning or breaking-down sign noticed"),
    ):
        checkin.add_argument(
            flag, action="append", default=[], metavar="TEXT", help=f"{what}; repeat for more"
        )
    export = commands.add_parser("export", parents=[common], help="write everything out")
    export.add_argument("--output", required=True, metavar="FILE")
    export.add_argument(
        "--format",
        choices=["json", "csv"],
        help="json (everything) or csv (check-ins); default: by the file suffix",
    )
    add_journal_commands(commands, common)
    commands.add_parser("verify", parents=[common], help="check the store's integrity")
    add_plan_commands(commands, common)
    return parser


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _ask_passphrase(prompt: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def unlock_key(folder: DataFolder) -> DataKey:
    """COMPANION_PASSPHRASE, else the OS keychain (if opted in), else a prompt on a terminal."""
    read_key_file(folder)  # the store must be there and whole before anything is asked
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase:
        return unlock_with_passphrase(folder, passphrase)
    key = unlock_from_vault(folder, system_vault())
    if key is not None:
        return key
    typed = _ask_passphrase("Passphrase: ")
    if typed is None:
        raise PassphraseNeeded()
    return unlock_with_passphrase(folder, typed)


def _open(folder: DataFolder) -> Store:
    return open_store(folder, unlock_key(folder))


def _open_for_reading(folder: DataFolder) -> Store:
    """For commands that only read: works on a read-only folder or a full disk too."""
    return open_store_for_reading(folder, unlock_key(folder))


def new_passphrase() -> str:
    """COMPANION_PASSPHRASE, or asked twice on a terminal; refused if too short."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        passphrase = _ask_passphrase("Choose a passphrase: ")
        if passphrase is None:
            raise PassphraseNeeded()
        if _ask_passphrase("Type it again: ") != passphrase:
            raise UsageError("the two passphrases differ; nothing was created")
    found = estimate(passphrase)
    if not found.acceptable:
        # zxcvbn's advice is a fixed English sentence, never the passphrase itself.
        advice = found.warning or "add another word or two"
        raise UsageError(
            f"this passphrase is too easy to guess ({advice.rstrip('.')}); "
            "add another word or two only you would put together; nothing was created"
        )
    return passphrase


def ask_yes_no(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError("add --yes to go ahead without being asked")
    return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}


def cmd_init(args: argparse.Namespace, folder: DataFolder) -> int:
    passphrase = new_passphrase()
    vault = system_vault() if args.remember else None
    if args.remember and vault is None:
        _say("companion: no secure OS keychain here; you will type the passphrase to unlock")
    store, code = create_store(folder, passphrase, vault=vault)
    store.close()
    print(f"Created an encrypted store in {folder.root}")
    print()
    print(f"Recovery code: {code}")
    print()
    print("Write the recovery code down and keep it somewhere safe, away from this computer.")
    print("It unlocks the store if you forget your passphrase. If you lose both, the data")
    print("cannot be recovered by anyone.")
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace, folder: DataFolder) -> int:
    zone = local_zone_name()
    at = parse_moment(args.at, zone) if args.at else now_utc()
    values = {
        "at": at,
        "zone": zone,
        "mood": args.mood,
        "energy": args.energy,
        "sleep_hours": args.sleep,
        "note": args.note,
    }
    new_checkin(**values)  # everything typed is checked before the store is unlocked
    store = _open(folder)
    try:
        current = store.current_plan()
        plan = current.plan if current else Plan()
        wanted = [
            ("tag", args.tag),
            ("tool", args.tool),
            ("trigger", args.trigger),
            ("sign", args.sign),
        ]
        tags = tuple(resolve_tag(kind, label, plan) for kind, labels in wanted for label in labels)
        store.add_checkin(new_checkin(**values, tags=tags))
    finally:
        store.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace, folder: DataFolder) -> int:
    output, replacing = output_path(args.output, folder.root)  # checked before unlocking
    store = _open_for_reading(folder)
    try:
        document_checkins = store.all_checkins()
        document = build_export(
            document_checkins,
            app_version=__version__,
            exported_at=now_utc(),
            plan_versions=store.plan_versions(),
        )
    finally:
        store.close()
    as_csv = args.format == "csv" or (args.format is None and output.suffix.lower() == ".csv")
    data = checkins_csv(document_checkins).encode("utf-8-sig") if as_csv else export_bytes(document)
    try:
        write_private_atomically(output, data)
    except OSError as problem:
        raise UsageError(f"could not write the export file: {problem.strerror}") from None
    replaced = " (it replaced the file that was there)" if replacing else ""
    _say(
        f"companion: wrote {output}{replaced}; this export is NOT encrypted, "
        "keep it somewhere private"
    )
    _warn_out_of_range(document_checkins)
    return EXIT_OK


def _warn_out_of_range(checkins: list[CheckIn]) -> None:
    """Entries stored before dates were checked are exported as they are; say that an import
    will refuse them until their time is corrected (in the Journal, or in the file)."""
    now = now_utc()
    odd = sum(1 for checkin in checkins if not moment_in_range(checkin.at, checkin.zone, now))
    if odd:
        _say(
            f"companion: {odd} check-in(s) are dated before {EARLIEST_DAY.isoformat()} or more "
            "than a day ahead; they are exported as they are, but an import refuses them until "
            "their time is corrected (edit them in the Journal)"
        )


def cmd_verify(args: argparse.Namespace, folder: DataFolder) -> int:
    problems = verify_store(folder, unlock_key(folder))
    if problems:
        raise DamagedStore(
            f"The integrity check found {len(problems)} problem(s); nothing was changed. "
            "Restore the store from a backup or export."
        )
    print("The store is whole: both integrity checks passed.")
    return EXIT_OK


def cmd_plan(args: argparse.Namespace, folder: DataFolder) -> int:
    if args.plan_command == "export":
        store = _open_for_reading(folder)
        try:
            return export_plan(args, folder, store)
        finally:
            store.close()
    plan = read_plan_file(args.file)  # checked in full before anything is unlocked or asked
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError("add --yes to replace the plan without being asked")
        answer = input(
            "Replace your plan with this file? It becomes a new version; the current plan "
            "stays in the history. [y/N] "
        )
        if answer.strip().lower() not in {"y", "yes"}:
            _say("companion: nothing was changed")
            return EXIT_OK
    store = _open(folder)
    try:
        store.save_plan(plan, version_id=None, reason="import")
    finally:
        store.close()
    print("The plan was imported as a new version; earlier versions are kept in the history.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, DataFolder], int]] = {
    "init": cmd_init,
    "checkin": cmd_checkin,
    "export": cmd_export,
    "verify": cmd_verify,
    "plan": cmd_plan,
    "import": lambda args, folder: cmd_import(args, folder, _open, ask_yes_no),
    "demo": lambda args, folder: cmd_demo(args, folder, new_passphrase),
}


def disable_core_dumps() -> None:
    """No core file on Linux or macOS: one would hold the unlocked key and whatever was on
    screen, in plain text, wherever the system keeps crash dumps. Soft and hard limit both 0,
    so nothing later in the process can raise it again. Windows has no such limit."""
    if sys.platform not in ("linux", "darwin"):
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()  # first, for the window and every command alike
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(arguments)
    except UsageError as problem:
        _say(f"companion: {problem} (see companion --help)")
        return EXIT_USAGE
    folder = DataFolder(resolve_data_dir(getattr(args, "data_dir", None)))
    if args.command is None:
        from companion.ui.app import run_app

        return run_app(folder, smoke=args.smoke, language=args.lang)
    with file_log(folder.log_file):
        try:
            return COMMANDS[args.command](args, folder)
        except UsageError as problem:
            _say(f"companion: {problem}")
            return EXIT_USAGE
        except InvalidEntry as problem:
            _say(f"companion: {problem}")
            return EXIT_USAGE
        except ImportProblem as problem:
            _say(f"companion: nothing was imported: {problem}")
            return EXIT_USAGE
        except PlanFileError as problem:
            _say(f"companion: the plan file is not valid at {problem}; nothing was changed")
            return EXIT_USAGE
        except StoreProblem as problem:
            _say(f"companion: {problem}")
            return problem.exit_code
        except KeyboardInterrupt:
            _say("companion: interrupted; nothing was saved")
            return 130
        except Exception as bug:
            report_bug(bug, context=args.command)
            if folder.log_file.exists():
                _say(f"companion: an internal error (a bug); details are in {folder.log_file}")
            else:  # a read-only or full data folder: the log could not be written
                _say("companion: an internal error (a bug); the details could not be saved")
            return EXIT_BUG
