"""Unlock and start-up figures: Argon2id with the shipped parameters, and `companion --smoke`.

    .venv/bin/python bench/startup.py [--runs N]

Prints medians; asserts nothing (shared machines are noisy). Targets: an unlock the person
feels as a short pause (0.1-1 s of key derivation), and a window in front of them in about 2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from companion.paths import DataFolder
from companion.store import create_store, keys, unlock_with_passphrase

PASSPHRASE = "benchmark passphrase, not a real one"


def timed(action, runs: int) -> list[float]:
    results = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        results.append(time.perf_counter() - started)
    return results


def report(name: str, seconds: list[float], target: float) -> None:
    median = statistics.median(seconds)
    print(
        f"{name:<34} median {median * 1000:8.1f} ms   min {min(seconds) * 1000:8.1f} ms"
        f"   target {target * 1000:6.0f} ms   ratio {median / target:5.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    params = keys.KdfParams()
    print(
        f"Argon2id: {params.memory_kib // 1024} MiB, {params.iterations} passes, "
        f"{params.lanes} lanes; {os.cpu_count()} CPUs"
    )
    report("argon2id derive (one unlock)", timed(lambda: params.derive(b"x", b"0" * 16), runs), 1.0)

    with tempfile.TemporaryDirectory() as temporary:
        folder = DataFolder(Path(temporary) / "data")
        created = timed(lambda: create_store(folder, PASSPHRASE)[0].close(), 1)
        report("create store (two wraps + schema)", created, 2.0)
        report(
            "unlock with passphrase",
            timed(lambda: unlock_with_passphrase(folder, PASSPHRASE), runs),
            1.0,
        )
        environment = dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
        command = [sys.executable, "-m", "companion", "--data-dir", str(folder.root), "--smoke"]

        def smoke() -> None:
            subprocess.run(command, env=environment, check=True, capture_output=True)

        report("companion --smoke (whole process)", timed(smoke, runs), 2.0)


if __name__ == "__main__":
    main()
