"""`companion init`, `export` and `verify`: the store as a whole."""

from __future__ import annotations

import argparse

from companion import __version__
from companion.cli.arguments import UsageError
from companion.cli.terminal import counted, new_passphrase, open_for_reading, say, unlock_key
from companion.clock import now_utc
from companion.errors import EXIT_OK, DamagedStore
from companion.files import output_path, write_private_atomically
from companion.journal.checkin import CheckIn
from companion.journal.files import checkins_csv
from companion.limits import EARLIEST_DAY, moment_in_range
from companion.paths import DataFolder
from companion.preferences import language_from_environment, load_language
from companion.services import access
from companion.services.boundaries import BoundaryService
from companion.services.export import build_export, export_bytes
from companion.services.help import HelpService
from companion.services.hours import HoursService
from companion.services.journal import JournalService
from companion.services.plan import PlanService


def refuse_existing_store(folder: DataFolder) -> None:
    """`init` and `demo` make a new store; where one is, nothing is asked and nothing changes."""
    if access.store_exists(folder):
        raise UsageError(f"a store already exists in {folder.root}; it was left untouched")


def cmd_init(args: argparse.Namespace, folder: DataFolder) -> int:
    refuse_existing_store(folder)
    passphrase = new_passphrase()
    if args.remember and not access.keychain_available():
        say("companion: no secure OS keychain here; you will type the passphrase to unlock")
    store, code = access.create(folder, passphrase, remember=args.remember)
    store.close()
    print(f"Created an encrypted store in {folder.root}")
    print()
    print(f"Recovery code: {code}")
    print()
    print("Write the recovery code down and keep it somewhere safe, away from this computer.")
    print("It unlocks the store if you forget your passphrase. If you lose both, the data")
    print("cannot be recovered by anyone.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, folder: DataFolder) -> int:
    output, replacing = output_path(args.output, folder.root)  # checked before unlocking
    with open_for_reading(folder) as store:
        checkins = JournalService(store).every()
        boundaries = BoundaryService(store)
        document = build_export(
            checkins,
            app_version=__version__,
            exported_at=now_utc(),
            plan_versions=PlanService(store).versions(),
            crisis_lines=HelpService(store).crisis_lines(
                load_language(folder) or language_from_environment() or "en"
            ),
            roles=HoursService(store).roles(),
            rules=boundaries.rules_as_listed(),
            contacts=boundaries.contacts(),
            supervision=boundaries.talks(),
            weekly_reviews=boundaries.reviews(),
        )
    as_csv = args.format == "csv" or (args.format is None and output.suffix.lower() == ".csv")
    data = checkins_csv(checkins).encode("utf-8-sig") if as_csv else export_bytes(document)
    try:
        write_private_atomically(output, data)
    except OSError as problem:
        raise UsageError(f"could not write the export file: {problem.strerror}") from None
    replaced = " (it replaced the file that was there)" if replacing else ""
    say(
        f"companion: wrote {output}{replaced}; this export is NOT encrypted, "
        "keep it somewhere private"
    )
    _warn_out_of_range(checkins)
    return EXIT_OK


def _warn_out_of_range(checkins: list[CheckIn]) -> None:
    """Entries stored before dates were checked are exported as they are; say that an import
    will refuse them until their time is corrected (in the Journal, or in the file)."""
    now = now_utc()
    odd = sum(1 for checkin in checkins if not moment_in_range(checkin.at, checkin.zone, now))
    if odd:
        say(
            f"companion: {counted(odd, 'check-in')} dated before {EARLIEST_DAY.isoformat()} or "
            "more than a day ahead went into the export as stored; an import refuses such "
            "entries until their time is corrected (edit them in the Journal)"
        )


def cmd_verify(args: argparse.Namespace, folder: DataFolder) -> int:
    problems = access.verify(folder, unlock_key(folder))
    if problems:
        raise DamagedStore(
            f"The integrity check found {counted(len(problems), 'problem')}; nothing was changed. "
            "Restore the store from a backup or export."
        )
    print("The store is whole: both integrity checks passed.")
    return EXIT_OK
