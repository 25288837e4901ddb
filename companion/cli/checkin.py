"""`companion checkin`: one check-in from a script or a terminal."""

from __future__ import annotations

import argparse

from companion.cli.terminal import counted, open_for_writing
from companion.clock import local_zone_name, now_utc, parse_moment
from companion.errors import EXIT_OK
from companion.journal.checkin import CheckIn, new_checkin
from companion.paths import DataFolder
from companion.services.journal import JournalService


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
    with open_for_writing(folder) as store:
        journal = JournalService(store)
        tags = journal.resolve_tags(
            [
                ("tag", args.tag),
                ("tool", args.tool),
                ("trigger", args.trigger),
                ("sign", args.sign),
            ]
        )
        saved = new_checkin(**values, tags=tags)
        journal.add(saved)
    print(describe_saved(saved))
    return EXIT_OK


def describe_saved(checkin: CheckIn) -> str:
    """One line on what was saved: when, the numbers, and how many notes and tags (never what
    they say: a terminal's scrollback is not the encrypted store)."""
    when = checkin.local_time().strftime("%Y-%m-%d %H:%M")
    parts = [f"mood {checkin.mood.step} of {checkin.mood.steps}"]
    if checkin.energy is not None:
        parts.append(f"energy {checkin.energy.step} of {checkin.energy.steps}")
    if checkin.sleep_hours is not None:
        parts.append(f"sleep {checkin.sleep_hours:g} h")
    if checkin.note.strip():
        parts.append("a note")
    if checkin.tags:
        parts.append(counted(len(checkin.tags), "tag"))
    return f"Saved a check-in at {when} ({checkin.zone}): {', '.join(parts)}."
