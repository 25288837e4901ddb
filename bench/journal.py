"""The Journal with ten years of data (36,500 check-ins): first page, deep pages, search, memory.

    .venv/bin/python bench/journal.py

Prints medians and ratios against targets; asserts nothing. The Journal model only ever holds
the pages a person has scrolled through, so the figures that matter are per page.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from companion.journal.checkin import JournalFilter, Tag, new_checkin
from companion.paths import DataFolder
from companion.store import create_store, keys
from companion.ui.journal.table_model import PAGE_SIZE, JournalTableModel

ENTRIES = 36_500


def timed(action, runs: int = 5) -> float:
    results = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        results.append(time.perf_counter() - started)
    return statistics.median(results)


def report(name: str, seconds: float, target: float) -> None:
    print(
        f"{name:<40} {seconds * 1000:9.1f} ms   target {target * 1000:6.0f} ms"
        f"   ratio {seconds / target:5.2f}"
    )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    keys.DEFAULT_KDF = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)
    start = datetime(2016, 12, 1, tzinfo=UTC)
    entries = [
        new_checkin(
            at=start + timedelta(minutes=144 * i),
            zone="Asia/Tokyo",
            mood=i % 7 + 1,
            energy=(i * 5) % 7 + 1,
            sleep_hours=6.5 if i % 3 else None,
            note=f"entry {i} " + ("散歩した" if i % 11 == 0 else "work day"),
            tags=(Tag("tag", "work"),) if i % 5 == 0 else (),
        )
        for i in range(ENTRIES)
    ]
    with tempfile.TemporaryDirectory() as temporary:
        store, _code = create_store(DataFolder(Path(temporary) / "data"), "bench passphrase")
        started = time.perf_counter()
        store.import_checkins(entries)
        print(f"stored {ENTRIES} check-ins in {time.perf_counter() - started:.1f} s (one import)")
        everything = JournalFilter()

        def first_page() -> None:
            model = JournalTableModel()
            model.reset_rows(
                store.journal_count(everything), store.journal_page(everything, 0, PAGE_SIZE)
            )

        report("open the Journal (count + first page)", timed(first_page), 0.1)
        report(
            "a page deep in ten years (offset 36,000)",
            timed(lambda: store.journal_page(everything, 36_000, PAGE_SIZE)),
            0.1,
        )
        search = JournalFilter(text="散歩")
        report(
            "text search over all notes and tags",
            timed(lambda: (store.journal_count(search), store.journal_page(search, 0, PAGE_SIZE))),
            0.3,
        )
        tagged = JournalFilter(tag="work")
        report("tag filter", timed(lambda: store.journal_page(tagged, 0, PAGE_SIZE)), 0.1)

        tracemalloc.start()
        model = JournalTableModel()
        model.more_wanted.connect(
            lambda offset: model.append_rows(store.journal_page(everything, offset, PAGE_SIZE))
        )
        model.reset_rows(
            store.journal_count(everything), store.journal_page(everything, 0, PAGE_SIZE)
        )
        for _ in range(4):
            model.fetchMore()
        current, _peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"model after five pages: {model.loaded()} of {model.total} rows in memory, "
            f"{current / 1024:.0f} KiB"
        )
        store.close()
    del app


if __name__ == "__main__":
    main()
