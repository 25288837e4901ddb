"""The process that test_key_crashes.py kills: one change of keys, stopped with SIGKILL at a
named step, at the Nth file-system call, or from outside after a delay.

Usage: key_crash_child.py DATA_DIR OPERATION PASSPHRASE NEW_PASSPHRASE SECRETS_FILE MODE
OPERATION is passwd, recovery-code or rekey; MODE is `step:NAME`, `call:N`, `count` or
`none`; a run that ends prints `done CALLS SECONDS`. Every recovery code made is appended to
SECRETS_FILE (and flushed) the moment it exists, so the test knows the new code even when the
process died before saying it.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from companion.paths import DataFolder
from companion.store import keys, rekeying
from companion.store.lifecycle import open_store

_CALLS = ("open", "close", "fsync", "replace", "unlink", "pwrite", "fchmod", "rename")


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _count_calls(stop_at: int | None) -> list[int]:
    counter = [0]
    for name in _CALLS:
        original = getattr(os, name)

        def counted(*args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            counter[0] += 1
            if stop_at is not None and counter[0] == stop_at:
                _die()
            return _original(*args, **kwargs)

        setattr(os, name, counted)
    return counter


def main() -> None:
    root, operation, passphrase, new_passphrase, secrets_file, mode = sys.argv[1:7]
    keys.DEFAULT_KDF = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)
    original_code = keys.new_recovery_code

    def recorded_code() -> str:
        code = original_code()
        with open(secrets_file, "a", encoding="ascii") as handle:
            handle.write(code + "\n")
            handle.flush()
        return code

    keys.new_recovery_code = recorded_code
    folder = DataFolder(Path(root))
    if mode.startswith("step:"):
        wanted = mode.removeprefix("step:")
        rekeying.reached = lambda step: _die() if step == wanted else None  # type: ignore[assignment]
    key = keys.unlock_with_passphrase(keys.read_key_file(folder.key_file), passphrase)
    store = None if operation == "rekey" else open_store(folder, key)
    print("started", flush=True)
    started = time.monotonic()
    counter = _count_calls(int(mode.removeprefix("call:")) if mode.startswith("call:") else None)
    if operation == "passwd":
        assert store is not None
        store.change_passphrase(new_passphrase)
    elif operation == "recovery-code":
        assert store is not None
        store.new_recovery_code()
    else:
        rekeying.change_data_key(folder, passphrase)
    calls = counter[0]
    seconds = time.monotonic() - started
    if store is not None:
        store.close()
    print("done", calls, f"{seconds:.3f}", flush=True)


if __name__ == "__main__":
    main()
