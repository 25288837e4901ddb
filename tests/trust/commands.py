"""Every command of the command line with the network refused, in one child process (audit
hooks stay for good). Prints one line per command ("rc <code> <command>") and the network report.

Run as `python -m tests.trust.commands DATA_FOLDER EXPORTS_FOLDER` with COMPANION_PASSPHRASE set."""

from __future__ import annotations

from tests.trust import network_guard

network_guard.install()  # before anything else is imported

import os  # noqa: E402
import sys  # noqa: E402
from datetime import date, timedelta  # noqa: E402

from tests.trust.markers import MARKER  # noqa: E402


def command_lines(data: str, exports: str) -> list[list[str]]:
    """Each command as a person would type it; the marker wherever words go in."""
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    soon = (date.today() + timedelta(days=3)).isoformat()
    common = ["--data-dir", data]
    return [
        ["init", *common],
        ["checkin", *common, "--mood", "3", "--energy", "4", "--note", f"{MARKER} note"],
        ["hours", "set", *common, "Mon-Fri 10:00-17:00", "--role", f"{MARKER} role"],
        ["hours", "show", *common],
        ["hours", "show", *common, "--lang", "ja"],
        ["hours", "off", *common, soon, "--role", f"{MARKER} role"],
        ["hours", "extra", *common, soon, "18:00-19:00", "--role", f"{MARKER} role"],
        ["rules", *common],
        [
            "contact",
            "add",
            *common,
            "--at",
            f"{yesterday}T10:00",
            "--minutes",
            "15",
            "--channel",
            "phone",
            "--load",
            "2",
            "--alias",
            f"{MARKER} alias",
            "--reflection",
            f"{MARKER} reflection",
        ],
        ["contact", "list", *common],
        ["demo", "--data-dir", f"{data}-demo", "--years", "0.05", "--lang", "ja"],  # a new store
        ["export", *common, "--output", f"{exports}/all.json"],
        ["export", *common, "--output", f"{exports}/checkins.csv"],
        ["import", *common, f"{exports}/all.json", "--yes"],
        ["plan", "export", *common, "--output", f"{exports}/plan.json"],
        ["plan", "export", *common, "--output", f"{exports}/plan.md"],
        ["plan", "export", *common, "--output", f"{exports}/plan.pdf"],
        ["plan", "import", *common, f"{exports}/plan.json", "--yes"],
        ["verify", *common],
        ["chart", *common, "mood-energy", "--output", f"{exports}/mood.png"],
        ["chart", *common, "boundaries", "--output", f"{exports}/boundaries.svg", "--lang", "ja"],
        ["screenshot", *common, "--page", "trends", "--output", f"{exports}/trends.png"],
        [
            "report",
            *common,
            "--month",
            date.today().strftime("%Y-%m"),
            "--output",
            f"{exports}/m.pdf",
        ],
        ["backup", *common, "--output", f"{exports}/store.companion-backup"],
        ["restore", "--data-dir", f"{data}-restored", f"{exports}/store.companion-backup"],
        ["recovery-code", *common],
        ["passwd", *common],  # COMPANION_NEW_PASSPHRASE is the same passphrase again
        ["rekey", *common, "--yes"],
        ["autostart", "status", *common],
        ["autostart", "on", *common],
        ["autostart", "off", *common],
    ]


def main(data: str, exports: str) -> int:
    from companion.cli.main import main as companion

    os.umask(0o022)  # exports must be private whatever the umask says
    os.environ["COMPANION_NEW_PASSPHRASE"] = os.environ["COMPANION_PASSPHRASE"]
    for arguments in command_lines(data, exports):
        code = companion(arguments)
        name = " ".join(arguments[: arguments.index("--data-dir")])
        print("rc", code, name, flush=True)
    print(network_guard.report(), flush=True)
    return 0 if not network_guard.VIOLATIONS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
