"""The `companion` command: the app, and init, checkin, export and verify for scripts and backups.

Exit codes: 0 ok; 1 usage error; 2 wrong passphrase or damaged store; 3 store newer than the
app, or unavailable. Failures print one line on stderr, never a traceback and never what the
user wrote.

This module is the parser, the dispatch and the error mapping. It stays cheap to import: a
command's module (and with it the store, SQLAlchemy and the rest) is imported only after the
arguments are parsed, from the `COMMANDS` table.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from companion import __version__
from companion.cli.arguments import (
    Parser,
    UsageError,
    add_autostart_command,
    add_backup_commands,
    add_chart_commands,
    add_checkin_command,
    add_contact_commands,
    add_hours_commands,
    add_journal_commands,
    add_key_commands,
    add_plan_commands,
    add_store_commands,
    add_verify_command,
    common_arguments,
)
from companion.errors import EXIT_USAGE, InvalidEntry, StoreProblem
from companion.paths import DataFolder, resolve_data_dir

EXIT_BUG = 70
EXIT_BROKEN_PIPE = 141  # as a shell reports a program stopped by SIGPIPE

Command = Callable[[argparse.Namespace, DataFolder], int]

# Each command's "module:function", imported only when that command runs.
COMMANDS: dict[str, str] = {
    "init": "companion.cli.store:cmd_init",
    "checkin": "companion.cli.checkin:cmd_checkin",
    "export": "companion.cli.store:cmd_export",
    "import": "companion.cli.journal:cmd_import",
    "demo": "companion.cli.journal:cmd_demo",
    "verify": "companion.cli.store:cmd_verify",
    "plan": "companion.cli.plan:cmd_plan",
    "hours": "companion.cli.hours:cmd_hours",
    "contact": "companion.cli.contacts:cmd_contact",
    "rules": "companion.cli.contacts:cmd_rules",
    "autostart": "companion.cli.autostart:cmd_autostart",
    "chart": "companion.cli.charts:cmd_chart",
    "report": "companion.cli.charts:cmd_report",
    "screenshot": "companion.cli.screenshot:cmd_screenshot",
    "backup": "companion.cli.backup:cmd_backup",
    "restore": "companion.cli.backup:cmd_restore",
    "passwd": "companion.cli.keys:cmd_passwd",
    "recovery-code": "companion.cli.keys:cmd_recovery_code",
    "rekey": "companion.cli.keys:cmd_rekey",
}

__all__ = ["COMMANDS", "EXIT_BUG", "UsageError", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    common = common_arguments()
    parser = Parser(
        prog="companion",
        description="Companion: a local-only wellness and recovery notebook. "
        "Run `companion` with no command to open the window.",
        epilog="Each command has its own help: companion COMMAND --help.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    parser.add_argument(
        "--smoke", action="store_true", help="start, unlock, show the main window, exit 0"
    )
    parser.add_argument("--lang", choices=["ja", "en"], help="language of the window")
    parser.add_argument(
        "--background",
        action="store_true",
        help="start minimised to the tray (a normal start where the desktop has no tray)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    add_store_commands(commands, common)  # init, export
    add_checkin_command(commands, common)
    add_journal_commands(commands, common)  # import, demo
    add_verify_command(commands, common)
    add_plan_commands(commands, common)
    add_hours_commands(commands, common)
    add_contact_commands(commands, common)
    add_autostart_command(commands, common)
    add_chart_commands(commands, common)  # chart, report
    add_backup_commands(commands, common)
    add_key_commands(commands, common)  # passwd, recovery-code, rekey
    return parser


def command(name: str) -> Command:
    """The function that carries out `name`, importing its module now."""
    module, function = COMMANDS[name].split(":")
    found: Command = getattr(importlib.import_module(module), function)
    return found


def _say(text: str) -> None:
    print(text, file=sys.stderr)


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
        _say(f"companion: {problem} (see {problem.prog} --help)")
        return EXIT_USAGE
    folder = DataFolder(resolve_data_dir(getattr(args, "data_dir", None)))
    if args.command is None:
        from companion.ui.app import run_app

        return run_app(folder, smoke=args.smoke, language=args.lang, background=args.background)
    return _run(args.command, args, folder)


def _run(name: str, args: argparse.Namespace, folder: DataFolder) -> int:
    """Carry out one command and turn what went wrong into one line and its exit code."""
    from companion.journal.files import ImportProblem
    from companion.logs import file_log, report_bug
    from companion.plan.json_format import PlanFileError

    recovery_code = getattr(args, "recovery_code", False)
    with file_log(folder.log_file):
        try:
            if recovery_code:
                from companion.cli.terminal import unlock_with_recovery_code

                unlock_with_recovery_code()
            return command(name)(args, folder)
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
            if problem.where == "file":
                _say(f"companion: {problem.problem}; nothing was changed")
            else:
                _say(f"companion: the plan file is not valid at {problem}; nothing was changed")
            return EXIT_USAGE
        except StoreProblem as problem:
            _say(f"companion: {problem}")
            return problem.exit_code
        except KeyboardInterrupt:
            _say("companion: interrupted; nothing was saved")
            return 130
        except BrokenPipeError:
            # Whoever read the output stopped (`companion hours show | head -3`): not a bug.
            # Nothing more can be written; stdout goes nowhere so its flush at exit is quiet.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_BROKEN_PIPE
        except Exception as bug:
            report_bug(bug, context=name)
            if folder.log_file.exists():
                _say(f"companion: an internal error (a bug); details are in {folder.log_file}")
            else:  # a read-only or full data folder: the log could not be written
                _say("companion: an internal error (a bug); the details could not be saved")
            return EXIT_BUG
        finally:
            if recovery_code:
                from companion.cli.terminal import unlock_with_recovery_code

                unlock_with_recovery_code(False)
