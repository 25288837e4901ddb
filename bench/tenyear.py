"""The ten-year benchmark store, made once and kept in the temp folder, keyed by its parameters.

    .venv/bin/python bench/tenyear.py [--years 10] [--per-day 10] [--contacts 10000]
                                      [--plan-versions 200]

`companion demo` with 36,500 check-ins (10 a day), 10,000 contacts and 200 plan versions over
ten years (issue 14), made through the command line as a person would, with the shipped
Argon2id parameters. The folder is named by the parameters and today's date (the demo's data
ends today), so each bench script of one `python3 dev.py bench` run reuses it. Run on its own it
prints how long the store took to make and its size on disk (target: at most 20 MB).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PASSPHRASE = "benchmark passphrase, not a real one"
DISK_TARGET_MB = 20.0


@dataclass(frozen=True)
class TenYears:
    """What the demo store holds."""

    years: int = 10
    per_day: int = 10
    contacts: int = 10_000
    plan_versions: int = 200

    def folder(self) -> Path:
        name = (
            f"companion-bench-{self.years}y-{self.per_day}pd-{self.contacts}c-"
            f"{self.plan_versions}pv-{date.today().isoformat()}"
        )
        return Path(tempfile.gettempdir()) / name


def environment() -> dict[str, str]:
    """For child processes: the passphrase without a prompt, offscreen Qt, bytecode cached."""
    env = dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def make_store(wanted: TenYears | None = None, *, verbose: bool = True) -> Path:
    """The store's folder, made now unless a finished one is already there."""
    wanted = wanted or TenYears()
    folder = wanted.folder()
    done = folder / ".bench-complete"
    if done.exists():
        return folder
    if folder.exists():  # an earlier run stopped half-way
        for path in sorted(folder.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        folder.rmdir()
    started = time.perf_counter()
    command = [sys.executable, "-m", "companion", "--data-dir", str(folder), "demo"]
    command += ["--years", str(wanted.years), "--lang", "en", "--per-day", str(wanted.per_day)]
    command += ["--contacts", str(wanted.contacts), "--plan-versions", str(wanted.plan_versions)]
    subprocess.run(command, env=environment(), check=True, capture_output=True)
    done.write_text(f"{time.perf_counter() - started:.1f}\n")
    if verbose:
        print(f"made the {wanted.years}-year store in {time.perf_counter() - started:.1f} s")
    return folder


def disk_mb(folder: Path) -> float:
    """Every file of the store (database, WAL if any, key file), in MB (10^6 bytes)."""
    files = [
        path for path in folder.rglob("*") if path.is_file() and path.name != ".bench-complete"
    ]
    return sum(path.stat().st_size for path in files) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--per-day", type=int, default=10)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--plan-versions", type=int, default=200)
    arguments = parser.parse_args()
    wanted = TenYears(
        arguments.years, arguments.per_day, arguments.contacts, arguments.plan_versions
    )
    folder = make_store(wanted)
    made = (folder / ".bench-complete").read_text().strip()
    database = folder / "companion.db"
    print(
        f"{wanted.years}-year store: {round(wanted.years * 365.25)} days x {wanted.per_day} "
        "check-ins, "
        f"{wanted.contacts} contacts, {wanted.plan_versions} plan versions; made in {made} s"
    )
    size = disk_mb(folder)
    print(
        f"{'store on disk (all files)':<40} {size:9.1f} MB   target {DISK_TARGET_MB:6.0f} MB"
        f"   ratio {size / DISK_TARGET_MB:5.2f}   {'met' if size <= DISK_TARGET_MB else 'MISSED'}"
        f"   (database alone {database.stat().st_size / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
