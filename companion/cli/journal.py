"""`companion import` (our CSV or JSON, or Daylio's CSV) and `companion demo`."""

from __future__ import annotations

import argparse
import sys

from companion.boundaries.demo import demo_contacts, demo_reviews, demo_roles, demo_talks
from companion.boundaries.roles import default_holiday_country, locale_from_environment
from companion.cli.arguments import UsageError
from companion.cli.store import refuse_existing_store
from companion.cli.terminal import ask_yes_no, counted, new_passphrase, unlock_key
from companion.clock import local_today, local_zone_name, now_utc
from companion.errors import EXIT_OK, InvalidEntry
from companion.files import JOURNAL_IMPORT_LIMIT, InputFileRefused, read_input_file
from companion.journal.demo import demo_data
from companion.journal.files import ImportProblem, parse_import
from companion.paths import DataFolder
from companion.preferences import language_from_environment, load_language
from companion.services import access
from companion.services.boundaries import BoundaryService
from companion.services.hours import HoursService
from companion.services.journal import JournalService
from companion.services.plan import PlanService


def cmd_import(args: argparse.Namespace, folder: DataFolder) -> int:
    try:
        data = read_input_file(args.file, JOURNAL_IMPORT_LIMIT, "a journal import")
    except InputFileRefused as problem:
        raise ImportProblem(None, problem.problem) from None
    result = parse_import(data, local_zone_name())  # all checked before anything is unlocked
    entries = result.checkins
    if entries:
        first = min(entry.at for entry in entries).date().isoformat()
        last = max(entry.at for entry in entries).date().isoformat()
        print(f"{counted(len(entries), 'check-in')} ({result.format}) from {first} to {last}.")
    else:
        print(f"No check-ins ({result.format}).")
    found = result.boundaries
    if found is not None and not found.empty:
        sizes = {
            "role": found.roles, "rule": found.rules, "contact": found.contacts,
            "supervision talk": found.talks, "weekly review": found.reviews,
            "crisis line": found.crisis_lines,
        }  # fmt: skip
        print(
            "Also "
            + ", ".join(counted(len(items or ()), name) for name, items in sizes.items())
            + "."
        )
    if not args.yes and not (sys.stdin and sys.stdin.isatty()):
        raise UsageError("add --yes to import without being asked; nothing was imported")
    key = unlock_key(folder)  # the passphrase first, then the question
    if not args.yes and not ask_yes_no(
        "Add them to your store? Entries already there are skipped."
    ):
        print("Nothing was imported.", file=sys.stderr)
        return EXIT_OK
    with access.open_for_writing(folder, key) as store:
        added, skipped, counts = JournalService(store).import_file(result)
    already = "was" if skipped == 1 else "were"
    line = f"Added {counted(added, 'check-in')}; {skipped} {already} already in the journal."
    if found is not None and not found.empty:
        line += f" {counts.summary()}. The plan is not imported here: use `companion plan import`."
    print(line)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, folder: DataFolder) -> int:
    refuse_existing_store(folder)
    if not 0 < args.years <= 30:
        raise InvalidEntry("--years", "from a few days up to 30 years")
    if args.per_day is not None and not 1 <= args.per_day <= 48:
        raise InvalidEntry("--per-day", "from 1 to 48")
    if args.contacts is not None and not 0 <= args.contacts <= 100_000:
        raise InvalidEntry("--contacts", "from 0 to 100000")
    if not 1 <= args.plan_versions <= 1000:
        raise InvalidEntry("--plan-versions", "from 1 to 1000")
    language = args.lang or load_language(folder) or language_from_environment() or "en"
    zone = local_zone_name()
    now = now_utc()
    plan, checkins = demo_data(
        args.years, today=now.date(), zone=zone, language=language, per_day=args.per_day
    )
    checkins = [entry for entry in checkins if entry.at <= now]
    passphrase = new_passphrase()
    store, code = access.create(folder, passphrase, remember=False)
    country = default_holiday_country(language, locale_from_environment())
    with store:
        plans = PlanService(store)
        plans.save_new_version(plan, "example")
        for _version in range(args.plan_versions - 1):
            plans.save_new_version(plan, "edit")
        added, _skipped = JournalService(store).import_checkins(checkins)
        hours = HoursService(store)
        roles = [
            hours.save(role) for role in demo_roles(language, zone, country, local_today(zone, now))
        ]
        boundaries = BoundaryService(store, language)
        rules = boundaries.rules()
        if args.contacts is None:
            contacts = [
                boundaries.save_contact(contact, now).contact
                for contact in demo_contacts(language, roles, rules, now)
            ]
        else:
            days = max(1, round(args.years * 365.25))
            made = demo_contacts(language, roles, rules, now, count=args.contacts, days=days)
            contacts = boundaries.save_contacts(made, now)
        for talk in demo_talks(language, contacts, local_today(zone, now)):
            boundaries.save_talk(talk)
        for review in demo_reviews(language, rules, boundaries.contacts(), zone, now):
            boundaries.save_review(review)
    print(
        f"Created a demo store in {folder.root} with {counted(added, 'made-up check-in')}, "
        f"a plan, three roles with activity hours, {counted(len(contacts), 'contact')}, "
        "supervision talks and weekly reviews."
    )
    print(f"Recovery code: {code}")
    return EXIT_OK
