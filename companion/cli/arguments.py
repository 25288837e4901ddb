"""The command line's arguments, one function per command group; cheap to import, so that
`companion --help` and a mistyped option answer before any command module is loaded."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

# The plan's section keys, for `plan export --sections` (tests check they match the schema;
# importing companion.plan.schema here would load the whole plan package for every command).
PLAN_SECTION_KEYS = (
    "toolbox",
    "daily",
    "triggers",
    "warning_signs",
    "breaking_down",
    "crisis",
    "post_crisis",
)

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[Any]


class UsageError(Exception):
    """A command line that cannot be carried out as written; `prog` names the (sub)command
    whose --help explains it ("companion plan export"), when the parser knows it."""

    def __init__(self, message: str, prog: str = "companion") -> None:
        super().__init__(message)
        self.prog = prog


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)


def common_arguments() -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the data folder (default: $COMPANION_DATA_DIR, else the platform's data folder)",
    )
    common.add_argument(
        "--recovery-code",
        action="store_true",
        default=argparse.SUPPRESS,
        help="unlock with the recovery code instead of the passphrase "
        "(asked, or $COMPANION_RECOVERY_CODE)",
    )
    return common


def add_store_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """init, export, verify: the store as a whole."""
    init = commands.add_parser("init", parents=[common], help="create the store")
    init.add_argument(
        "--remember", action="store_true", help="also keep the key in the OS keychain"
    )
    export = commands.add_parser("export", parents=[common], help="write everything out")
    export.add_argument("--output", required=True, metavar="FILE")
    export.add_argument(
        "--format",
        choices=["json", "csv"],
        help="json (everything) or csv (check-ins); default: by the file suffix",
    )


def add_key_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """passwd, recovery-code, rekey: the store's keys."""
    commands.add_parser(
        "passwd",
        parents=[common],
        help="change the passphrase (new one: a prompt or $COMPANION_NEW_PASSPHRASE); "
        "forgotten it? add --recovery-code",
    )
    commands.add_parser(
        "recovery-code",
        parents=[common],
        help="make a new recovery code; the old one stops working",
    )
    rekey = commands.add_parser(
        "rekey",
        parents=[common],
        help="re-encrypt the store under a new data key (the cost is shown first)",
    )
    rekey.add_argument("--yes", action="store_true", help="go ahead without being asked")


def add_verify_command(commands: Commands, common: argparse.ArgumentParser) -> None:
    commands.add_parser("verify", parents=[common], help="check the store's integrity")


def add_checkin_command(commands: Commands, common: argparse.ArgumentParser) -> None:
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


def add_journal_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """import, demo: check-ins from elsewhere."""
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
    demo.add_argument(
        "--per-day", type=int, metavar="N", help="exactly N check-ins every day (benchmarks)"
    )
    demo.add_argument(
        "--contacts", type=int, metavar="N", help="N contacts spread over the years (benchmarks)"
    )
    demo.add_argument(
        "--plan-versions", type=int, default=1, metavar="N", help="N plan versions (benchmarks)"
    )


def add_plan_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """plan export, plan import."""
    plan = commands.add_parser("plan", parents=[common], help="export or import the plan")
    actions = plan.add_subparsers(dest="plan_command", required=True, parser_class=type(plan))
    export = actions.add_parser(
        "export", parents=[common], help="write the plan as PDF, Markdown or JSON (by suffix)"
    )
    export.add_argument("--output", required=True, metavar="FILE")
    export.add_argument(
        "--sections", metavar="KEYS", help=f"comma-separated: {', '.join(PLAN_SECTION_KEYS)}"
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


# The role kinds of companion.boundaries.roles.ROLE_KINDS (a test keeps them equal; importing
# it here would load dateutil for every command).
ROLE_KINDS = ("peer-staff", "self-help-group", "phone-line", "volunteer", "other")
SCHEDULE_EXAMPLE = "Mon-Fri 10:00-17:00, Sat 22:00-02:00, 2nd,4th Sat 14:00-16:00"


def add_hours_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """hours set, show, off, extra: roles and their activity hours."""
    hours = commands.add_parser(
        "hours", parents=[common], help="roles and their activity hours (docs/hours.md)"
    )
    actions = hours.add_subparsers(dest="hours_command", required=True, parser_class=type(hours))
    role_help = "which role (needed when there are several; `hours show` lists them)"
    set_ = actions.add_parser(
        "set",
        parents=[common],
        help="set a role's regular hours (a new name makes a new role)",
        description=f'SCHEDULE is like "{SCHEDULE_EXAMPLE}"; see docs/hours.md.',
    )
    set_.add_argument("schedule", metavar="SCHEDULE", help=f'e.g. "{SCHEDULE_EXAMPLE}"')
    set_.add_argument("--role", metavar="NAME", help=role_help)
    set_.add_argument("--kind", choices=ROLE_KINDS, help="what kind of role it is")
    set_.add_argument(
        "--holidays-off",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="national holidays are days off (new roles: yes where the country is known)",
    )
    set_.add_argument("--country", metavar="CC", help="whose national holidays: JP, US, DE, …")
    show = actions.add_parser("show", parents=[common], help="each role's hours and what's next")
    show.add_argument("--role", metavar="NAME", help="only this role")
    show.add_argument("--lang", choices=["ja", "en"], help="language of the hours")
    off = actions.add_parser("off", parents=[common], help="a day off from a role's hours")
    off.add_argument("date", metavar="DATE", help="YYYY-MM-DD")
    off.add_argument("--role", metavar="NAME", help=role_help)
    off.add_argument("--remove", action="store_true", help="take the day off away again")
    extra = actions.add_parser("extra", parents=[common], help="an extra session on a date")
    extra.add_argument("date", metavar="DATE", help="YYYY-MM-DD")
    extra.add_argument("times", metavar="HH:MM-HH:MM")
    extra.add_argument("--role", metavar="NAME", help=role_help)
    extra.add_argument("--remove", action="store_true", help="take the extra session away again")


# The contact log's choices (companion.boundaries.log CHANNELS and FLAGS; a test keeps them equal).
CONTACT_CHANNELS = ("in-person", "phone", "message", "online")
CONTACT_FLAGS = ("money", "too-deep", "at-risk", "alone")


def add_contact_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """contact add, contact list, rules: the supporter's own log and boundary rules."""
    contact = commands.add_parser(
        "contact", parents=[common], help="log a contact as it was for you (never a name)"
    )
    actions = contact.add_subparsers(
        dest="contact_command", required=True, parser_class=type(contact)
    )
    add = actions.add_parser(
        "add",
        parents=[common],
        help="log one contact",
        description="About your own load and boundaries: no names, nothing identifying.",
    )
    add.add_argument("--at", required=True, metavar="ISO-8601", help="without offset: local")
    add.add_argument("--minutes", required=True, type=int, metavar="N", help="how long")
    add.add_argument("--channel", required=True, choices=CONTACT_CHANNELS)
    add.add_argument(
        "--load", required=True, type=int, metavar="N", help="how heavy it felt: 1 (light) to 5"
    )
    add.add_argument("--role", metavar="NAME", help="which role (`companion hours show`)")
    add.add_argument(
        "--alias", default="", metavar="TEXT", help="a made-up alias; never a real name"
    )
    add.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="RULE",
        help="a rule that came under pressure: its number in `companion rules` or exact text",
    )
    add.add_argument(
        "--broken", action="append", default=[], metavar="RULE", help="a rule that was broken"
    )
    add.add_argument(
        "--flag",
        action="append",
        default=[],
        choices=CONTACT_FLAGS,
        help="money (was asked for), too-deep (I was drawn in), at-risk (someone may be), "
        "alone (I carried it alone); repeat for more",
    )
    add.add_argument("--reflection", default="", metavar="TEXT", help="a short reflection")
    add.add_argument("--supervision", action="store_true", help="bring this to supervision")
    listing = actions.add_parser("list", parents=[common], help="the contacts, oldest first")
    listing.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD, local")
    listing.add_argument("--to", dest="end", metavar="DATE", help="YYYY-MM-DD, local, included")
    commands.add_parser("rules", parents=[common], help="your boundary rules, numbered")


def add_autostart_command(commands: Commands, common: argparse.ArgumentParser) -> None:
    autostart = commands.add_parser(
        "autostart", parents=[common], help="start Companion in the tray when you log in"
    )
    autostart.add_argument("state", choices=["on", "off", "status"])


def add_chart_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """chart, report: the trends as an image, a month as a PDF to bring to someone."""
    chart = commands.add_parser(
        "chart",
        parents=[common],
        help="draw one chart of your data as PNG or SVG",
        description="KIND is a chart kind, such as mood-energy, mood, energy or boundaries; "
        "a wrong one lists them all. The file is not encrypted: keep it private.",
    )
    chart.add_argument("kind", metavar="KIND", help="which chart (e.g. mood-energy, boundaries)")
    chart.add_argument("--output", required=True, metavar="FILE", help="FILE.png or FILE.svg")
    chart.add_argument(
        "--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD (default: 3 months ago)"
    )
    chart.add_argument(
        "--to", dest="end", metavar="DATE", help="last day, included (default: today)"
    )
    chart.add_argument("--lang", choices=["ja", "en"], help="language of the labels")
    report = commands.add_parser(
        "report",
        parents=[common],
        help="a month's report as PDF, to bring to a supporter if you choose",
        description="Charts of the month, a summary in words, what of your plan you used and "
        "your boundary review. The file is not encrypted: keep it private.",
    )
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--output", required=True, metavar="FILE.pdf")
    report.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    report.add_argument("--lang", choices=["ja", "en"], help="language of the report")
    screenshot = commands.add_parser(
        "screenshot",
        parents=[common],
        help="render a page of the window to PNG (for documentation; try it after demo)",
        description="Renders one page offscreen from the store, as the window shows it. "
        "The file is not encrypted: keep it private.",
    )
    screenshot.add_argument(
        "--page", required=True, choices=["today", "journal", "plan", "boundaries", "trends"]
    )
    screenshot.add_argument("--output", required=True, metavar="FILE.png")
    screenshot.add_argument("--lang", choices=["ja", "en"], help="language of the window")
    screenshot.add_argument("--theme", choices=["light", "dark"], default="light")
    screenshot.add_argument("--size", default="1280x800", metavar="WIDTHxHEIGHT")


def add_backup_commands(commands: Commands, common: argparse.ArgumentParser) -> None:
    """backup, restore: the whole store, encrypted, in one file (docs/backup-format.md)."""
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="write an encrypted backup (key and database) to a file outside the data folder",
    )
    backup.add_argument("--output", required=True, metavar="FILE")
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore a backup, opened by its passphrase or recovery code",
        description="Asks for the passphrase (or the recovery code) that was in use when the "
        "backup was made, or reads it from COMPANION_PASSPHRASE. Everything is checked before "
        "the data folder changes.",
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--replace",
        action="store_true",
        help="replace the store that is there; it is moved into backups/before-restore-<time>/",
    )
