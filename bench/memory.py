"""Memory: resident set after start-up (peak, and settled once Argon2id's 64 MiB is freed) and
after opening Trends, on the ten-year store.

    .venv/bin/python bench/memory.py [--runs 3]

Each run is a fresh child process that starts as `companion --smoke` does (COMPANION_PASSPHRASE,
the shipped Argon2id parameters, CompanionSession.open_main, the window shown and painted), then
reads /proc/self/status: VmHWM (the peak resident set so far, which includes the unlock's
64 MiB) and VmRSS (now: settled, after the unlock freed its memory and a garbage collection).
Then it opens Trends from the navigation, waits for the first chart, and reads both again.
Targets: settled after start-up at most 150 MiB, after opening Trends at most 250 MiB. Linux only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tenyear import environment, make_store

CHILD = r"""
import gc, json, sys
from pathlib import Path

def status():
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields

from companion.paths import DataFolder
from companion.services import access
from companion.ui.app import make_application
from companion.ui.common.i18n import apply_language
from companion.ui.session import CompanionSession
from PySide6.QtCore import QCoreApplication

folder = DataFolder(Path(sys.argv[1]))
app = make_application()
apply_language("en")
session = CompanionSession(folder)
before = status()
store = access.unlock(folder, "benchmark passphrase, not a real one")
unlocked = status()
session.open_main(store)
for _ in range(5):
    QCoreApplication.processEvents()
gc.collect()
started = status()
from companion.ui.main_window import TRENDS_ROW
window = session.window
window.navigation.setCurrentRow(TRENDS_ROW)
for _ in range(5):
    QCoreApplication.processEvents()
assert window.trends.draws >= 1, "no chart drawn"
gc.collect()
trends = status()
session.shutdown()
print(json.dumps({"before": before, "unlocked": unlocked, "start": started, "trends": trends}))
"""


def line(name: str, values: list[float], target: float | None) -> None:
    figure = statistics.median(values)
    verdict = ""
    if target is not None:
        verdict = f"   target {target:4.0f} MiB   {'met' if figure <= target else 'MISSED'}"
    spread = " ".join(f"{value:.0f}" for value in values)
    print(f"{name:<44} {figure:7.1f} MiB{verdict}   (runs: {spread})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    folder = make_store()
    figures: dict[str, list[float]] = {}
    for _ in range(arguments.runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder)],
            env=environment(),
            check=True,
            capture_output=True,
            text=True,
        )
        found = json.loads(done.stdout.strip().splitlines()[-1])
        for moment, fields in found.items():
            for name, mib in fields.items():
                figures.setdefault(f"{moment} {name}", []).append(mib)
    line("before unlocking (Qt, store imported): now", figures["before VmRSS"], None)
    line("just after unlocking: peak (VmHWM)", figures["unlocked VmHWM"], None)
    line("just after unlocking: now (VmRSS)", figures["unlocked VmRSS"], None)
    line("after start-up: peak (VmHWM, with Argon2id)", figures["start VmHWM"], None)
    line("after start-up: settled (VmRSS)", figures["start VmRSS"], 150)
    line("after opening Trends: now (VmRSS)", figures["trends VmRSS"], 250)
    line("after opening Trends: peak (VmHWM)", figures["trends VmHWM"], None)


if __name__ == "__main__":
    main()
