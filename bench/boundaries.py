"""The boundaries in the trends with 10,000 contacts: reading them for the charts (columns
only) against the contact log's ORM path, and drawing the boundaries chart.

    .venv/bin/python bench/boundaries.py

Prints medians; asserts nothing.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg

from companion.boundaries.log import Contact
from companion.charts.kinds import ChartOptions, draw
from companion.paths import DataFolder
from companion.services.trends import TrendsService
from companion.store import create_store, keys
from companion.store.boundary_repository import BoundaryRepository

CONTACTS = 10_000
NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def _median_ms(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    keys.DEFAULT_KDF = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)  # not measured
    folder = DataFolder(Path(tempfile.mkdtemp()) / "data")
    store, _code = create_store(folder, "correct horse battery staple orbit")
    chance = random.Random(1)
    with store.transaction(writing=True) as session:
        repository = BoundaryRepository(session)
        for number in range(CONTACTS):
            repository.save_contact(
                Contact(
                    at=NOW - timedelta(hours=number * 8.7),
                    zone="Asia/Tokyo",
                    minutes=30,
                    channel="phone",
                    load=chance.randrange(1, 6),
                    outside_hours=chance.choice([True, False, None]),
                )
            )
    service = TrendsService(store)
    print(f"{CONTACTS:,} contacts over {CONTACTS * 8.7 / 24 / 365:.1f} years")
    columns = _median_ms(lambda: service.trend_input("Asia/Tokyo", NOW))
    print(f"trend_input (columns): {columns:.0f} ms")
    print(f"store.contacts() (ORM): {_median_ms(store.contacts):.0f} ms")
    data = service.trend_input("Asia/Tokyo", NOW)
    for days in (91, 365, 3650):
        options = ChartOptions(data.today - timedelta(days=days - 1), data.today)

        def drawn(options: ChartOptions = options) -> None:
            FigureCanvasAgg(draw("boundaries", data, options).figure).draw()

        print(f"boundaries chart, {days} days: {_median_ms(drawn, 3):.0f} ms")
    store.close()


if __name__ == "__main__":
    main()
