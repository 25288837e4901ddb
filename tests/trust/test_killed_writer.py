"""SIGKILL at random moments while check-ins, contacts and plan saves are written: every save
that was acknowledged is there afterwards, none twice, and both integrity checks are clean."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from companion.paths import DataFolder
from companion.store import create_store, open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def _kill_rounds(folder: DataFolder, rounds: int, seed: int) -> list[tuple[str, int]]:
    """Run the writer for `rounds` kills; the saves it acknowledged, in order."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    finished = subprocess.run(
        [sys.executable, "-m", "tests.trust.writer", str(folder.root), str(rounds), str(seed)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    lines = finished.stdout.splitlines()
    assert lines[-1] == "done"
    acknowledged = []
    for line in lines[:-1]:
        kind, number = line.split()
        acknowledged.append((kind, int(number)))
    return acknowledged


def _check_after_kills(folder: DataFolder, acknowledged: list[tuple[str, int]], rounds: int):
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        with store.transaction() as session:
            connection = session.connection()
            cipher = connection.execute(text("PRAGMA cipher_integrity_check")).fetchall()
            plain = connection.execute(text("PRAGMA integrity_check")).fetchall()
        assert cipher == [] and plain == [("ok",)]
        notes = Counter(int(entry.note.split()[1]) for entry in store.all_checkins())
        aliases = Counter(int(contact.alias.split()[1]) for contact in store.contacts())
        versions = store.plan_versions()
    finally:
        store.close()

    assert all(count == 1 for count in notes.values()), "a check-in was stored twice"
    assert all(count == 1 for count in aliases.values()), "a contact was stored twice"
    for kind, stored in (("checkin", notes), ("contact", aliases)):
        acked = {number for acked_kind, number in acknowledged if acked_kind == kind}
        assert acked <= set(stored), f"an acknowledged {kind} is missing"
        # Beyond those: at most the one save in flight when each round was killed.
        extra = Counter(number // 1_000_000 for number in set(stored) - acked)
        assert all(count == 1 for count in extra.values())

    # Plan: each round is an editing session with its own version, updated by every save; the
    # version holds the round's last acknowledged save or the one in flight after it.
    saved_by_round: dict[int, int] = {}
    for kind, number in acknowledged:
        if kind == "plan":
            saved_by_round[number // 1_000_000] = number
    stored_by_round: dict[int, int] = {}
    for version in versions:
        ((_section, _list, entry),) = list(version.plan.all_entries())
        number = int(entry.text("text").split()[1])
        assert number // 1_000_000 not in stored_by_round, "two versions for one session"
        stored_by_round[number // 1_000_000] = number
    for round_number, last in saved_by_round.items():
        assert stored_by_round[round_number] in (last, last + 3)
    return sum(notes.values()), sum(aliases.values()), len(versions)


def _kills(folder: DataFolder, rounds: int, seed: int) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    acknowledged = _kill_rounds(folder, rounds, seed)
    assert acknowledged, "the writer never got to write"
    checkins, contacts, plans = _check_after_kills(folder, acknowledged, rounds)
    assert checkins and contacts and plans


def test_a_few_dozen_kills_lose_nothing_acknowledged(folder) -> None:
    seed = random.randrange(1 << 30)
    print("seed", seed)  # shown if it fails, to run the same moments again
    _kills(folder, rounds=36, seed=seed)


@pytest.mark.slow
def test_hundreds_of_kills_lose_nothing_acknowledged(folder) -> None:
    _kills(folder, rounds=400, seed=random.randrange(1 << 30))
