"""Encryption cost: 10,000 check-ins inserted through the Store with SQLCipher against plain SQLite.

    .venv/bin/python bench/encryption.py [--entries 10000] [--single 500] [--runs 3]

Both stores run the same code: `make_engine` and `prepare_connection` from companion.store.engine
(same sqlcipher3 driver, same pragmas: WAL, synchronous FULL, foreign keys), the same schema
brought up by `bring_up_to_date`, the same `Store` methods. The only difference is the key: the
plain one is given a stand-in key whose pragma is a harmless `PRAGMA cipher_log_level = NONE`,
so no `PRAGMA key` is ever sent and SQLCipher writes an ordinary SQLite file (checked with
`looks_plaintext`). This lives here only: the product has no way to open a store without its key.

Measured side by side, in rotation: `Store.import_checkins` of N entries in one transaction (the
import path), and `Store.add_checkin` one at a time (a person saving; each its own transaction
and fsync). Prints medians and the ratio; target at most 1.5x. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.journal.checkin import CheckIn, Tag, new_checkin
from companion.paths import DataFolder
from companion.store import keys
from companion.store.engine import looks_plaintext, make_engine
from companion.store.lifecycle import Store
from companion.store.schema import bring_up_to_date

TARGET = 1.5
CHEAP_KDF = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # not what is measured


class NoKey:
    """Stands in for a DataKey: the key pragma becomes a no-op, so the file stays plain."""

    def sqlcipher_pragma(self) -> str:
        return "PRAGMA cipher_log_level = NONE"


def entries(count: int, offset: int = 0) -> list[CheckIn]:
    start = datetime(2016, 1, 1, tzinfo=UTC) + timedelta(minutes=offset)
    tags = (Tag("tool", "Walk"), Tag("tag", "work"))
    return [
        new_checkin(
            at=start + timedelta(hours=2.4 * number),
            zone="Asia/Tokyo",
            mood=1 + number % 7,
            energy=1 + (number * 3) % 7,
            sleep_hours=7.0,
            note="A short note about the day." if number % 3 == 0 else "",
            tags=tags[: number % 3],
        )
        for number in range(count)
    ]


def open_pair(root: Path) -> tuple[Store, Store]:
    """(encrypted, plain): two fresh stores, the same code but for the key."""
    key, _code, key_file = keys.create_key_file("benchmark passphrase", CHEAP_KDF)
    stores = []
    for name, engine_key in (("encrypted", key), ("plain", NoKey())):
        folder = DataFolder(root / name)
        folder.root.mkdir(parents=True)
        folder.database.touch(mode=0o600)
        engine = make_engine(folder.database, engine_key)  # type: ignore[arg-type]
        bring_up_to_date(engine, folder.backups)
        stores.append(Store(folder, engine, key_file, key))
    encrypted, plain = stores
    if looks_plaintext(encrypted.folder.database) or not looks_plaintext(plain.folder.database):
        raise RuntimeError("the encrypted store is plain, or the plain one is not")
    return encrypted, plain


def line(name: str, encrypted: list[float], plain: list[float]) -> None:
    ratio = statistics.median(encrypted) / statistics.median(plain)
    print(
        f"{name:<44} SQLCipher {statistics.median(encrypted) * 1000:8.1f} ms"
        f"   plain {statistics.median(plain) * 1000:8.1f} ms   ratio {ratio:4.2f}x"
        f"   target {TARGET:.1f}x   {'met' if ratio <= TARGET else 'MISSED'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--single", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    bulk: dict[str, list[float]] = {"encrypted": [], "plain": []}
    single: dict[str, list[float]] = {"encrypted": [], "plain": []}
    sizes: dict[str, int] = {}
    for run in range(arguments.runs):
        with tempfile.TemporaryDirectory() as temporary:
            encrypted, plain = open_pair(Path(temporary))
            pair = {"encrypted": encrypted, "plain": plain}
            order = ("encrypted", "plain") if run % 2 == 0 else ("plain", "encrypted")
            batch = entries(arguments.entries)
            for name in order:
                started = time.perf_counter()
                pair[name].import_checkins(batch)
                bulk[name].append(time.perf_counter() - started)
            more = entries(arguments.single, offset=1)
            for name in order:
                started = time.perf_counter()
                for entry in more:
                    pair[name].add_checkin(entry)
                single[name].append(time.perf_counter() - started)
            for name, store in pair.items():
                sizes[name] = store.folder.database.stat().st_size
                store.close()
    line(
        f"import {arguments.entries} check-ins (one transaction)", bulk["encrypted"], bulk["plain"]
    )
    line(f"add {arguments.single} check-ins one at a time", single["encrypted"], single["plain"])
    per_single = statistics.median(single["encrypted"]) / arguments.single * 1000
    print(f"  one check-in saved (SQLCipher): {per_single:.2f} ms")
    print(
        f"  database size: SQLCipher {sizes['encrypted'] / 1e6:.1f} MB, "
        f"plain {sizes['plain'] / 1e6:.1f} MB"
    )
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
