"""Peak memory of reading journal imports at the size limit, and of refusing a 512 MB file.

    .venv/bin/python bench/import_memory.py [--megabytes 64]

Each measurement runs in a fresh Python process (its own peak resident set, ru_maxrss): parsing
the largest accepted Companion CSV and Daylio CSV (just under JOURNAL_IMPORT_LIMIT), and
`companion import` of a sparse 512 MB file, which must be refused before it is read.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.files import JOURNAL_IMPORT_LIMIT, MIB
from companion.journal.checkin import Tag, new_checkin
from companion.journal.files import checkins_csv

PARSE = """
import resource, sys, time
from companion.files import JOURNAL_IMPORT_LIMIT, read_input_file
from companion.journal.files import parse_import
start = time.perf_counter()
result = parse_import(read_input_file(sys.argv[1], JOURNAL_IMPORT_LIMIT, "x"), "Asia/Tokyo")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(result.checkins), round(time.perf_counter() - start, 1), peak)
"""
BASELINE = """
import resource
import companion.journal.files, companion.files
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def companion_csv(path: Path, size: int) -> None:
    start = datetime(2000, 1, 1, tzinfo=UTC)
    block = [
        new_checkin(
            at=start + timedelta(hours=5 * i),
            zone="Asia/Tokyo",
            mood=i % 10 + 1,
            mood_steps=10,
            energy=i % 5 + 1,
            sleep_hours=7.5,
            note="a short note about the day",
            tags=(Tag("tag", "work"), Tag("tool", "walk")),
        )
        for i in range(1000)
    ]
    body = checkins_csv(block).encode("utf-8")
    header, rows = body.split(b"\r\n", 1)
    _fill(path, header + b"\r\n", rows, size)


def daylio_csv(path: Path, size: int) -> None:
    header = b"full_date,date,weekday,time,mood,activities,note_title,note\n"
    day = datetime(2000, 1, 1)
    rows = b"".join(
        f"{(day + timedelta(days=i)).date()},d,w,20:05,good,walk,,\n".encode() for i in range(1000)
    )
    _fill(path, header, rows, size)


def _fill(path: Path, header: bytes, rows: bytes, size: int) -> None:
    """Repeat `rows` up to `size` bytes (duplicate rows are fine: parsing keeps them all)."""
    with path.open("wb") as handle:
        handle.write(header)
        written = len(header)
        while written + len(rows) <= size:
            handle.write(rows)
            written += len(rows)
        lines = rows.splitlines(keepends=True)
        for line in lines:
            if written + len(line) > size:
                break
            handle.write(line)
            written += len(line)


def python(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, timeout=1800
    )
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return done.stdout.strip() or done.stderr.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=JOURNAL_IMPORT_LIMIT / MIB)
    size = int(parser.parse_args().megabytes * MIB)
    print(f"baseline (Python + companion imported): {int(python('-c', BASELINE)) // 1024} MB")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in (("Companion CSV", companion_csv), ("Daylio CSV", daylio_csv)):
            path = Path(folder) / "in.csv"
            make(path, size)
            count, seconds, peak = python("-c", PARSE, str(path)).split()
            print(
                f"{name}, {path.stat().st_size / MIB:.1f} MiB, {int(count):,} entries: "
                f"peak {int(peak) // 1024} MB, {seconds} s"
            )
        huge = Path(folder) / "huge.csv"
        with huge.open("wb") as handle:
            handle.truncate(512 * 1000 * 1000)
        environment = dict(os.environ, COMPANION_DATA_DIR=str(Path(folder) / "data"))
        code = (
            "import resource, sys, time; from companion import cli; t = time.perf_counter(); "
            "code = cli.main(['import', sys.argv[1], '--yes']); "
            "print(code, round(time.perf_counter() - t, 3), "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, str(huge)],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
            timeout=600,
        )
        exit_code, seconds, peak = done.stdout.split()
        print(
            f"refusing a 512 MB file: exit {exit_code} in {seconds} s, peak {int(peak) // 1024} MB"
            f" ({done.stderr.strip()})"
        )


if __name__ == "__main__":
    main()
