"""A writer that is killed: forks a child per round that writes through the services, as the
app does, and prints an acknowledgement only after each save returned; the round ends with
SIGKILL at a random moment. Run as `python -m tests.trust.writer FOLDER ROUNDS SEED`."""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.boundaries.log import Contact
from companion.paths import DataFolder
from companion.plan.model import Plan, make_entry
from companion.plan.schema import section
from companion.services.journal import CheckinForm
from companion.services.store_services import StoreServices
from companion.store import open_store, unlock_with_passphrase

PASSPHRASE = "kind words on a quiet morning"
KINDS = ("checkin", "contact", "plan")


def acknowledge(kind: str, number: int) -> None:
    os.write(1, f"{kind} {number}\n".encode())  # unbuffered: printed once the save returned


def write_until_killed(folder: DataFolder, round_number: int) -> None:
    services = StoreServices(open_store(folder, unlock_with_passphrase(folder, PASSPHRASE)))
    items = section("toolbox").list_spec("tools")
    version_id: int | None = None
    at = datetime.now(UTC) - timedelta(days=1)
    for step in range(1_000_000):
        number = round_number * 1_000_000 + step
        kind = KINDS[step % 3]
        if kind == "checkin":
            form = CheckinForm(mood=3, energy=4, sleep_text="", note=f"kill {number}")
            services.journal.save(form, "Asia/Tokyo", at=at)
        elif kind == "contact":
            contact = Contact(
                at=at, zone="Asia/Tokyo", minutes=5, channel="phone", load=2, alias=f"kill {number}"
            )
            services.boundaries.save_contact(contact)
        else:
            entry = make_entry(items, {"text": f"kill {number}"})
            plan = Plan().with_entries("toolbox", "tools", (entry,))
            version_id = services.plan.save(plan, version_id)
        acknowledge(kind, number)


def main(folder_path: str, rounds: int, seed: int) -> None:
    folder = DataFolder(Path(folder_path))
    chance = random.Random(seed)
    for round_number in range(rounds):
        child = os.fork()
        if child == 0:
            try:
                write_until_killed(folder, round_number)
            finally:
                os._exit(3)  # never reached unless the writer failed
        time.sleep(chance.uniform(0.0, 0.25))
        os.kill(child, signal.SIGKILL)
        _, status = os.waitpid(child, 0)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            os.write(2, b"a writer ended on its own\n")
            sys.exit(1)
    os.write(1, b"done\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
