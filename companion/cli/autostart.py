"""`companion autostart on|off|status`: the login entry that starts Companion in the tray."""

from __future__ import annotations

import argparse
import sys

from companion.autostart import for_this_platform, start_command
from companion.errors import EXIT_OK, EXIT_UNAVAILABLE
from companion.paths import DataFolder


def cmd_autostart(args: argparse.Namespace, folder: DataFolder) -> int:
    entry = for_this_platform()
    try:
        if args.state == "on":
            entry.enable(start_command(folder))
        elif args.state == "off":
            entry.disable()
    except OSError as problem:
        reason = problem.strerror or type(problem).__name__
        print(f"companion: the login entry could not be changed ({reason})", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if entry.enabled():
        print("Companion starts in the tray when you log in")
    else:
        print("Companion does not start by itself when you log in")
    return EXIT_OK
