"""`companion checkin`: one check-in from a script or a terminal."""

from __future__ import annotations

import argparse

from companion.cli.terminal import open_for_writing
from companion.clock import local_zone_name, now_utc, parse_moment
from companion.errors import EXIT_OK
from companion.journal.checkin import new_checkin
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
        journal.add(new_checkin(**values, tags=tags))
    return EXIT_OK
