"""Today and Journal on the ten-year store, driven offscreen through the real window with keys.

    .venv/bin/python bench/pages.py [--saves 60] [--runs 7]

A copy of the ten-year store (bench/tenyear.py) is unlocked and the main window opened as
`companion` does (CompanionSession.open_main). Then:
  - saving a check-in: with the keyboard, as a person does on Today: a digit for mood, a digit
    for energy (each moves on to the next field), Enter in the sleep field; timed from the
    Enter key press until the list shows the new entry and the window has been painted
    (QTest.keyClick returns after the save, which reloads today's list; processEvents paints).
    Target: p95 at most 16 ms. The digits are painted and whatever they started has finished
    before Enter is pressed (a person's keys are further apart than the event loop's turns).
    The nudge and the week glance follow once the list is painted; a second line times Enter
    until they are done too.
  - opening the Journal: the first time (the page is built on first show) and again after
    Today; timed from choosing it in the navigation until it is painted. Target: 100 ms.
  - a text filter: typing a word into the search field (each key) and then the reload the
    field's 300 ms pause starts (the pause itself is by design and not counted). Target 100 ms.
Prints medians and p95; asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tenyear import PASSPHRASE, make_store

from companion.paths import DataFolder


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def line(name: str, values: list[float], target_ms: float, *, use_p95: bool = False) -> None:
    figure = (p95(values) if use_p95 else statistics.median(values)) * 1000
    what = "p95" if use_p95 else "median"
    print(
        f"{name:<44} {what} {figure:7.1f} ms   median {statistics.median(values) * 1000:6.1f} ms"
        f"   max {max(values) * 1000:6.1f} ms   target {target_ms:4.0f} ms   "
        f"{'met' if figure <= target_ms else 'MISSED'}   (n={len(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="cProfile the saves and filters")
    arguments = parser.parse_args()
    source = make_store()
    print(f"load average: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from companion.services import access
    from companion.ui.app import make_application
    from companion.ui.common.i18n import apply_language
    from companion.ui.main_window import JOURNAL_ROW, TODAY_ROW
    from companion.ui.session import CompanionSession

    with tempfile.TemporaryDirectory() as temporary:
        copy = Path(temporary) / "store"
        shutil.copytree(source, copy)
        folder = DataFolder(copy)
        app = make_application()
        apply_language("en")
        session = CompanionSession(folder)
        session.open_main(access.unlock(folder, PASSPHRASE))
        QCoreApplication.processEvents()
        window = session.window
        assert window is not None
        today = window.today

        def press(key: Qt.Key) -> None:
            focused = QApplication.focusWidget()
            assert focused is not None
            QTest.keyClick(focused, key)

        def settle() -> None:
            """Let everything the event loop has due run (the glance's read after its paint)."""
            for _turn in range(5):
                QCoreApplication.processEvents()

        profiler = cProfile.Profile() if arguments.profile else None
        saves: list[float] = []
        followed: list[float] = []
        for number in range(arguments.saves + 5):
            rows = today.model.rowCount()
            today.focus_first_field()
            press(Qt.Key.Key_1 + number % 7)  # mood, then on to energy
            press(Qt.Key.Key_1 + (number * 3) % 7)  # energy, then on to sleep
            settle()
            if profiler is not None and number >= 5:
                profiler.enable()
            started = time.perf_counter()
            QTest.keyClick(today.checkin_form.sleep, Qt.Key.Key_Return)
            QCoreApplication.processEvents()
            elapsed = time.perf_counter() - started
            if profiler is not None:
                profiler.disable()
            if today.model.rowCount() != rows + 1:
                raise RuntimeError("the check-in was not saved: " + today.status.text())
            settle()
            QTest.qWait(1)  # the nudge and the glance, after the list's paint
            settle()
            if number >= 5:  # the first few warm caches
                saves.append(elapsed)
                followed.append(time.perf_counter() - started)
        line("save a check-in (Enter -> list refreshed)", saves, 16, use_p95=True)
        print(
            f"  then the nudge and the week glance (Enter -> all done): median "
            f"{statistics.median(followed) * 1000:.1f} ms, p95 {p95(followed) * 1000:.1f} ms"
            " (includes a 1 ms wait)"
        )
        if profiler is not None:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
            profiler = cProfile.Profile()

        def choose(row: int) -> Callable[[], None]:
            def chosen() -> None:
                window.navigation.setCurrentRow(row)
                QCoreApplication.processEvents()

            return chosen

        started = time.perf_counter()
        choose(JOURNAL_ROW)()
        first_open = time.perf_counter() - started
        print(
            f"{'open the Journal, first time (page built)':<44} {first_open * 1000:7.1f} ms"
            f"   target  100 ms   {'met' if first_open <= 0.1 else 'MISSED'}"
        )
        again = []
        for _ in range(arguments.runs):
            choose(TODAY_ROW)()
            started = time.perf_counter()
            choose(JOURNAL_ROW)()
            again.append(time.perf_counter() - started)
        line("open the Journal again (from Today)", again, 100)

        journal = window.journal
        typing, filtering = [], []
        for word in ("walk", "tired", "park", "session", "zzz-nothing", "a", "dinner")[
            : arguments.runs
        ]:
            journal.search.clear()
            journal.reload()
            journal.search.setFocus()
            started = time.perf_counter()
            QTest.keyClicks(journal.search, word)
            QCoreApplication.processEvents()
            typing.append((time.perf_counter() - started) / len(word))
            if profiler is not None:
                profiler.enable()
            started = time.perf_counter()
            journal.reload()  # what the search field's pause timer calls
            QCoreApplication.processEvents()
            filtering.append(time.perf_counter() - started)
            if profiler is not None:
                profiler.disable()
        line("type into the Journal search (per key)", typing, 100)
        line("apply a text filter (reload, 10 years)", filtering, 100)
        print(f"  rows found for the last word: {journal.model.total}")
        if profiler is not None:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        session.shutdown()
        del app
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
