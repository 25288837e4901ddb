"""`kill -9` at any moment of a passphrase change, a new recovery code or a change of the data
key: the store opens afterwards with the old or the new secret, never a mix, with every entry
and both integrity checks clean.

Each case runs the change in a child process (key_crash_child.py) and kills it with SIGKILL at
a named step, at the Nth file-system call it makes, or after a random delay. The default run
kills a few dozen times; COMPANION_SLOW_TESTS=1 kills at every call and many more delays.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from companion.clock import now_utc
from companion.errors import DamagedStore, WrongPassphrase, WrongRecoveryCode
from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.store import create_store, keys
from companion.store.checking import verify_store
from companion.store.engine import raw_connect
from companion.store.folder import read_key_file
from companion.store.key_change import new_database_leftovers, pending_key_file
from companion.store.lifecycle import open_store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

SLOW = os.environ.get("COMPANION_SLOW_TESTS") == "1"
NEW_PASSPHRASE = "another gentle evening by the river"
CHILD = Path(__file__).with_name("key_crash_child.py")
ENTRIES = 40
REKEY_STEPS = (
    "locked",
    "attached",
    "exported",
    "checked",
    "pending-key-file-written",
    "left-wal",
    "database-replaced",
    "key-file-replaced",
)


def _filled(folder: DataFolder, entries: int = ENTRIES) -> str:
    """A store with `entries` check-ins; returns its recovery code."""
    store, code = create_store(folder, PASSPHRASE)
    with store:
        start = now_utc() - timedelta(days=entries)
        store.import_checkins(
            [
                new_checkin(
                    at=start + timedelta(days=day),
                    zone="UTC",
                    mood=day % 7 + 1,
                    energy=(day * 3) % 7 + 1,
                    note=f"entry {day} " + "words " * 40,
                )
                for day in range(entries)
            ]
        )
    return code


def _child(folder: DataFolder, operation: str, mode: str, secrets: Path) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    return subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            str(folder.root),
            operation,
            PASSPHRASE,
            NEW_PASSPHRASE,
            str(secrets),
            mode,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=Path(__file__).parents[2],
    )


def _run(folder: DataFolder, operation: str, mode: str, secrets: Path) -> tuple[int, str]:
    child = _child(folder, operation, mode, secrets)
    out, err = child.communicate(timeout=120)
    assert child.returncode in (0, -signal.SIGKILL), err
    return child.returncode, out


def _opening_key(folder: DataFolder, secrets: tuple[str, ...], unlock) -> keys.DataKey | None:  # type: ignore[no-untyped-def]
    """The key one of `secrets` unwraps from the store's key file, or None."""
    key_file = read_key_file(folder)  # finishes or undoes an interrupted change first
    for secret in secrets:
        try:
            return unlock(key_file, secret)
        except (WrongPassphrase, WrongRecoveryCode):
            continue
    return None


def _check_store(
    folder: DataFolder,
    passphrases: tuple[str, ...],
    codes: tuple[str, ...],
    expected: list[tuple[object, ...]],
) -> keys.DataKey:
    key = _opening_key(folder, passphrases, keys.unlock_with_passphrase)
    assert key is not None, "no passphrase opens the store"
    by_code = _opening_key(folder, codes, keys.unlock_with_recovery_code)
    assert by_code == key, "no recovery code opens the store, or it unwraps another key"
    assert verify_store(folder, key) == []  # cipher_integrity_check and integrity_check
    with open_store(folder, key) as store:
        found = [(c.at, c.mood, c.energy, c.note) for c in store.all_checkins()]
    assert found == expected
    leftovers = [path.name for path in (pending_key_file(folder), *new_database_leftovers(folder))]
    assert not [name for name in leftovers if (folder.root / name).exists()]
    return key


def _entries(folder: DataFolder) -> list[tuple[object, ...]]:
    key = keys.unlock_with_passphrase(read_key_file(folder), PASSPHRASE)
    with open_store(folder, key) as store:
        return [(c.at, c.mood, c.energy, c.note) for c in store.all_checkins()]


def _secrets_written(secrets: Path) -> tuple[str, ...]:
    return tuple(secrets.read_text().split()) if secrets.exists() else ()


def _kill_and_check(folder: DataFolder, operation: str, mode: str, secrets: Path) -> bool:
    """Run `operation` killed per `mode`; check the store; whether the child was killed.
    The recovery codes the child makes are written to `secrets`."""
    old_code = _filled(folder)
    expected = _entries(folder)
    old_key = keys.unlock_with_passphrase(read_key_file(folder), PASSPHRASE)
    returncode, _out = _run(folder, operation, mode, secrets)
    codes = (old_code, *_secrets_written(secrets))
    passphrases = (PASSPHRASE, NEW_PASSPHRASE) if operation == "passwd" else (PASSPHRASE,)
    key = _check_store(folder, passphrases, codes, expected)
    if operation != "rekey":
        assert key == old_key  # a rewrap never changes the data key
    return returncode == -signal.SIGKILL


def _call_count(tmp_path: Path, operation: str) -> int:
    folder = DataFolder(tmp_path / "counting")
    _filled(folder, entries=3)
    returncode, out = _run(folder, operation, "count", tmp_path / "counting-secrets.txt")
    assert returncode == 0
    return int(out.split()[-2])


@pytest.mark.parametrize("step", REKEY_STEPS)
def test_rekey_killed_at_each_step(folder, tmp_path, step) -> None:
    assert _kill_and_check(folder, "rekey", f"step:{step}", tmp_path / "secrets.txt")


@pytest.mark.parametrize("operation", ["passwd", "recovery-code", "rekey"])
def test_killed_at_every_file_system_call(tmp_path, operation) -> None:
    """Every open, close, fsync, rename, unlink and write the change makes, one kill each (in
    the default run every third call for rekey, all of them with COMPANION_SLOW_TESTS=1)."""
    total = _call_count(tmp_path, operation)
    assert total >= 4
    print(f"{operation}: {total} calls")
    stride = 1 if SLOW or operation != "rekey" else 3
    kills = 0
    for call in range(1, total + 1, stride):
        folder = DataFolder(tmp_path / f"{operation}-{call}")
        secrets = tmp_path / f"{operation}-{call}.txt"
        kills += _kill_and_check(folder, operation, f"call:{call}", secrets)
    assert kills == len(range(1, total + 1, stride))


def _padded(folder: DataFolder, megabytes: int) -> None:
    """A few megabytes more in the store (a table of random bytes), so that re-encrypting it
    takes long enough for a kill from outside to land in the middle of it."""
    key = keys.unlock_with_passphrase(read_key_file(folder), PASSPHRASE)
    connection = raw_connect(folder.database, key)
    try:
        connection.execute("CREATE TABLE padding (bytes BLOB)")
        for _ in range(megabytes * 4):
            connection.execute("INSERT INTO padding VALUES (randomblob(256 * 1024))")
    finally:
        connection.close()


def _killed_after_a_while(folder: DataFolder, secrets: Path, delay: float) -> bool:
    """Whether the kill came before the change was done."""
    old_code = _filled(folder)
    _padded(folder, 6)
    expected = _entries(folder)
    child = _child(folder, "rekey", "none", secrets)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "started"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=120)
    _check_store(folder, (PASSPHRASE,), (old_code, *_secrets_written(secrets)), expected)
    return "done" not in out


def test_rekey_killed_after_random_delays(tmp_path) -> None:
    """A rekey of a 6 MB store killed from outside at random moments within its run time."""
    folder = DataFolder(tmp_path / "timing")
    _filled(folder)
    _padded(folder, 6)
    returncode, out = _run(folder, "rekey", "none", tmp_path / "timing.txt")
    assert returncode == 0
    duration = float(out.split()[-1])
    chance = random.Random(11)
    attempts = 40 if SLOW else 6
    interrupted = 0
    for attempt in range(attempts):
        delay = chance.uniform(0.0, duration * 0.8)
        interrupted += _killed_after_a_while(
            DataFolder(tmp_path / f"killed-{attempt}"), tmp_path / f"{attempt}.txt", delay
        )
    print(f"rekey of 6 MB: {duration:.3f} s; {interrupted} of {attempts} kills before the end")
    assert interrupted >= 1  # at least one kill came before the end


def test_passwd_run_to_the_end_changes_the_passphrase(folder, tmp_path) -> None:
    old_code = _filled(folder)
    returncode, _out = _run(folder, "passwd", "none", tmp_path / "s.txt")
    assert returncode == 0
    key_file = read_key_file(folder)
    with pytest.raises(WrongPassphrase):
        keys.unlock_with_passphrase(key_file, PASSPHRASE)
    assert keys.unlock_with_passphrase(key_file, NEW_PASSPHRASE) == (
        keys.unlock_with_recovery_code(key_file, old_code)
    )


def test_rekey_run_to_the_end_voids_the_old_key_and_code(folder, tmp_path) -> None:
    old_code = _filled(folder)
    old_key_file = read_key_file(folder)
    old_key = keys.unlock_with_passphrase(old_key_file, PASSPHRASE)
    secrets = tmp_path / "s.txt"
    returncode, _out = _run(folder, "rekey", "none", secrets)
    assert returncode == 0
    (new_code,) = _secrets_written(secrets)
    key_file = read_key_file(folder)
    new_key = keys.unlock_with_passphrase(key_file, PASSPHRASE)
    assert new_key != old_key
    assert keys.unlock_with_recovery_code(key_file, new_code) == new_key
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, old_code)
    # The old key file with the old passphrase unwraps the old key, which opens nothing now.
    assert keys.unlock_with_passphrase(old_key_file, PASSPHRASE) == old_key
    assert verify_store(folder, new_key) == []
    with pytest.raises(DamagedStore):
        verify_store(folder, old_key)
