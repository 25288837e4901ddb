"""The store when the disk misbehaves: read-only folders and mounts, a full disk, damaged pages.

Root ignores file permissions, so the permission tests run the real command with the
capabilities that let root do so (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) removed by `setpriv`;
the read-only mount and the full disk use a private mount namespace (`unshare -rm`) with a
read-only bind mount or a tiny tmpfs. Each skips, saying why, only where the machine cannot do it.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion import errors, settings
from companion.cli import main as cli
from companion.journal.checkin import new_checkin
from companion.journal.nudge import NudgeRule
from companion.paths import DataFolder
from companion.plan.model import Plan
from companion.store import (
    checking,
    create_store,
    lifecycle,
    open_store,
    open_store_for_reading,
    unlock_with_passphrase,
    verify_store,
)
from companion.store.engine import problem_for, refine
from tests.conftest import PASSPHRASE, snapshot

MARKER = "DISK-TROUBLE-NOTE-7"
PAGE_SIZE = 4096  # SQLCipher 4's default


@pytest.fixture
def filled(folder: DataFolder) -> DataFolder:
    store, _ = create_store(folder, PASSPHRASE)
    for day in range(1, 120):
        store.add_checkin(
            new_checkin(
                at=datetime(2025, 1 + day % 12, day % 28 + 1, 8, tzinfo=UTC),
                zone="Asia/Tokyo",
                mood=day % 7 + 1,
                energy=4,
                note=f"{MARKER} {day} " * 30,
            )
        )
    store.save_plan(Plan(), version_id=None)
    store.close()
    return folder


def _environment() -> dict[str, str]:
    return dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")


def _command(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "companion", "--data-dir", str(folder), *args]


def _listing(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*"))


# --- which cause, which message ------------------------------------------------------------


def test_os_errors_say_their_cause() -> None:
    cases = {
        errno.ENOSPC: errors.Unavailability.DISK_FULL,
        errno.EROFS: errors.Unavailability.READ_ONLY,
        errno.EACCES: errors.Unavailability.PERMISSIONS,
        errno.EPERM: errors.Unavailability.PERMISSIONS,
    }
    for number, reason in cases.items():
        problem = problem_for(OSError(number, "x"))
        assert isinstance(problem, errors.StoreUnavailable) and problem.reason is reason
    messages = {str(errors.StoreUnavailable(reason)) for reason in errors.Unavailability}
    assert len(messages) == len(errors.Unavailability)
    assert "full" in str(errors.StoreUnavailable(errors.Unavailability.DISK_FULL))
    assert "read-only" in str(errors.StoreUnavailable(errors.Unavailability.READ_ONLY))
    assert "permissions" in str(errors.StoreUnavailable(errors.Unavailability.PERMISSIONS))


class _Stats:
    def __init__(self, *, read_only: bool = False, free: int = 1000) -> None:
        self.f_flag = os.ST_RDONLY if read_only else 0
        self.f_bfree = self.f_bavail = free


@pytest.mark.skipif(not hasattr(os, "statvfs"), reason="the platform has no statvfs")
def test_sqlite_codes_are_told_apart_by_the_file_system(tmp_path, monkeypatch) -> None:
    """SQLite says READONLY for a read-only mount and for a file without permission, and IOERR
    for a full disk: the file system tells which."""
    readonly = errors.StoreUnavailable(errors.Unavailability.READ_ONLY)
    io = errors.StoreUnavailable(errors.Unavailability.IO)
    monkeypatch.setattr(os, "statvfs", lambda _path: _Stats(read_only=True))
    assert refine(readonly, tmp_path).reason is errors.Unavailability.READ_ONLY
    monkeypatch.setattr(os, "statvfs", lambda _path: _Stats())
    assert refine(readonly, tmp_path).reason is errors.Unavailability.PERMISSIONS
    assert refine(io, tmp_path).reason is errors.Unavailability.IO
    monkeypatch.setattr(os, "statvfs", lambda _path: _Stats(free=0))
    assert refine(io, tmp_path).reason is errors.Unavailability.DISK_FULL


# --- a full disk, simulated in-process: the read-only rescue creates nothing ---------------


def test_export_falls_back_to_a_read_only_open_on_a_full_disk(filled, monkeypatch, capsys):
    """Where the ordinary open fails for want of space, export and verify read the file
    read-only (immutable, as no -wal is there) and leave every file as it was."""
    real_open = lifecycle.open_store

    def full_disk(folder: DataFolder, key) -> lifecycle.Store:
        real_open(folder, key).close()  # as far as an open gets before the disk says no
        raise errors.StoreUnavailable(errors.Unavailability.DISK_FULL)

    monkeypatch.setattr(lifecycle, "open_store", full_disk)
    real_verify = checking._verify

    def verify_full(folder, key, mode):
        if mode is None:
            raise errors.StoreUnavailable(errors.Unavailability.DISK_FULL)
        return real_verify(folder, key, mode)

    monkeypatch.setattr(checking, "_verify", verify_full)
    before = snapshot(filled.root)
    output = filled.root.parent / "rescue.json"
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(filled.root), "export", "--output", str(output)]) == 0
    assert len(json.loads(output.read_text("utf-8"))["checkins"]) == 119
    assert cli.main(["--data-dir", str(filled.root), "verify"]) == 0
    capsys.readouterr()
    assert snapshot(filled.root) == before
    store = open_store_for_reading(filled, unlock_with_passphrase(filled, PASSPHRASE))
    try:
        assert store.is_read_only
        with pytest.raises(errors.StoreUnavailable) as refused:
            store.add_checkin(new_checkin(at=datetime.now(UTC), zone="UTC", mood=3, energy=3))
        assert refused.value.reason is errors.Unavailability.DISK_FULL
    finally:
        store.close()
    assert snapshot(filled.root) == before


def test_a_refused_open_leaves_no_wal_or_shm(filled, monkeypatch) -> None:
    key = unlock_with_passphrase(filled, PASSPHRASE)
    before = _listing(filled.root)

    def fails(*_args, **_kwargs):
        raise errors.StoreUnavailable(errors.Unavailability.DISK_FULL)

    monkeypatch.setattr(
        lifecycle,
        "bring_up_to_date",
        lambda engine, _backups: (
            engine.connect().close(),  # the connection has made -wal and -shm by now
            fails(),
        ),
    )
    with pytest.raises(errors.StoreUnavailable):
        open_store(filled, key)
    assert _listing(filled.root) == before


# --- a read-only data folder (permissions), as root too ------------------------------------


def _without_root_override() -> list[str]:
    """A command prefix under which file permissions hold: empty for an ordinary user; for
    root, setpriv with the capabilities that override permissions dropped."""
    if os.name == "nt":
        pytest.skip("POSIX permissions only")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and setpriv (util-linux) is missing to drop the override")
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("running as root, and this machine does not let setpriv drop capabilities")
    return prefix


def test_read_only_folder_export_and_verify_work_and_nothing_is_created(filled, tmp_path):
    prefix = _without_root_override()
    for path in filled.root.iterdir():
        path.chmod(0o400)
    filled.root.chmod(0o500)
    try:
        before = snapshot(filled.root)
        runs = {
            "verify": ["verify"],
            "export": ["export", "--output", str(tmp_path / "rescue.json")],
            "export csv": ["export", "--output", str(tmp_path / "rescue.csv")],
            "checkin": ["checkin", "--mood", "3", "--energy", "3"],
        }
        results = {
            name: subprocess.run(
                [*prefix, *_command(filled.root, *args)],
                capture_output=True,
                text=True,
                env=_environment(),
                check=False,
                timeout=120,
            )
            for name, args in runs.items()
        }
        assert results["verify"].returncode == 0, results["verify"].stderr
        assert results["export"].returncode == 0, results["export"].stderr
        assert results["export csv"].returncode == 0, results["export csv"].stderr
        exported = json.loads((tmp_path / "rescue.json").read_text("utf-8"))
        assert len(exported["checkins"]) == 119
        refused = results["checkin"]
        assert refused.returncode == 3 and refused.stderr.count("\n") == 1
        assert "permissions" in refused.stderr and "Traceback" not in refused.stderr
        assert snapshot(filled.root) == before  # no -wal, -shm, log or backups
    finally:
        filled.root.chmod(0o700)
        for path in filled.root.iterdir():
            path.chmod(0o600)


# --- a read-only mount and a full disk, in a private mount namespace -----------------------


def _namespace(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell script as root of a new user and mount namespace (nothing outside sees
    its mounts); skip where the machine does not allow one."""
    unshare = shutil.which("unshare")
    if sys.platform != "linux" or unshare is None:
        pytest.skip("needs Linux and unshare (util-linux) for a private mount namespace")
    probe_dir = tmp_path / "probe"
    probe_dir.mkdir()
    probe = subprocess.run(
        [unshare, "-rm", "--", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{probe_dir}'"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("this machine does not allow a user and mount namespace (unshare -rm)")
    return subprocess.run(
        [unshare, "-rm", "--", "sh", "-euc", script],
        capture_output=True,
        text=True,
        env=_environment(),
        check=False,
        timeout=300,
    )


def _shell_command(folder: Path, *args: str) -> str:
    return " ".join(f"'{part}'" for part in _command(folder, *args))


def _record(name: str, command: str, results: Path) -> str:
    return (
        f"set +e; {command} >'{results}/{name}.out' 2>'{results}/{name}.err'; "
        f"echo $? >'{results}/{name}.code'; set -e"
    )


def _read(results: Path, name: str) -> tuple[int, str]:
    code = int((results / f"{name}.code").read_text())
    return code, (results / f"{name}.err").read_text("utf-8")


def test_read_only_mount_export_and_verify_work(filled, tmp_path) -> None:
    results = tmp_path / "results"
    results.mkdir()
    before = snapshot(filled.root)
    root = filled.root
    script = "; ".join(
        [
            f"mount --bind '{root}' '{root}'",
            f"mount -o remount,ro,bind '{root}'",
            _record("verify", _shell_command(root, "verify"), results),
            _record(
                "export",
                _shell_command(root, "export", "--output", str(results / "rescue.json")),
                results,
            ),
            _record(
                "checkin", _shell_command(root, "checkin", "--mood", "3", "--energy", "3"), results
            ),
        ]
    )
    ran = _namespace(script, tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert _read(results, "verify")[0] == 0, _read(results, "verify")
    assert _read(results, "export")[0] == 0, _read(results, "export")
    assert len(json.loads((results / "rescue.json").read_text("utf-8"))["checkins"]) == 119
    code, err = _read(results, "checkin")
    assert code == 3 and err.count("\n") == 1 and "read-only" in err, err
    assert snapshot(filled.root) == before


def test_full_disk_export_and_verify_work_and_checkin_says_full(filled, tmp_path) -> None:
    results = tmp_path / "results"
    results.mkdir()
    mount = tmp_path / "small-disk"
    mount.mkdir()
    inside = mount / "data"
    after = tmp_path / "after"
    size_kib = sum(path.stat().st_size for path in filled.root.iterdir()) // 1024 + 256
    script = "; ".join(
        [
            f"mount -t tmpfs -o size={size_kib}k tmpfs '{mount}'",
            f"cp -a '{filled.root}' '{inside}'",
            f"dd if=/dev/zero of='{mount}/filler' bs=1k 2>/dev/null || true",
            _record("verify", _shell_command(inside, "verify"), results),
            _record(
                "export",
                _shell_command(inside, "export", "--output", str(results / "rescue.json")),
                results,
            ),
            _record(
                "checkin",
                _shell_command(inside, "checkin", "--mood", "3", "--energy", "3"),
                results,
            ),
            f"cp -a '{inside}' '{after}'",
        ]
    )
    ran = _namespace(script, tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert _read(results, "verify")[0] == 0, _read(results, "verify")
    assert _read(results, "export")[0] == 0, _read(results, "export")
    assert len(json.loads((results / "rescue.json").read_text("utf-8"))["checkins"]) == 119
    code, err = _read(results, "checkin")
    assert code == 3 and err.count("\n") == 1 and "disk is full" in err, err
    assert snapshot(after) == snapshot(filled.root)  # no -wal or -shm left on the full disk


# --- damaged pages: no writes into a damaged store -----------------------------------------


def _damage_a_middle_page(folder: DataFolder) -> None:
    data = bytearray(folder.database.read_bytes())
    pages = len(data) // PAGE_SIZE
    assert pages >= 8, "the store should span several pages"
    page = pages * 3 // 4  # 0-based: a page of check-ins, past the tables' empty root pages
    for offset in range(page * PAGE_SIZE + 200, page * PAGE_SIZE + 216):
        data[offset] ^= 0x5A
    folder.database.write_bytes(bytes(data))


def test_writes_to_a_store_with_a_damaged_page_are_refused(filled, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    data_dir = ["--data-dir", str(filled.root)]
    journal = tmp_path / "journal.json"
    plan = tmp_path / "plan.json"
    assert cli.main([*data_dir, "export", "--output", str(journal)]) == 0
    assert cli.main([*data_dir, "plan", "export", "--output", str(plan)]) == 0
    _damage_a_middle_page(filled)
    before = snapshot(filled.root)
    capsys.readouterr()
    for command in (
        ["checkin", "--mood", "3", "--energy", "3"],
        ["import", str(journal), "--yes"],
        ["plan", "import", str(plan), "--yes"],
        ["verify"],
    ):
        code = cli.main([*data_dir, *command])
        err = capsys.readouterr().err
        assert code == 2, (command, err)
        assert err.count("\n") == 1 and "Traceback" not in err and MARKER not in err
        assert snapshot(filled.root) == before, command
    monkeypatch.setattr(checking, "_KNOWN_DAMAGED", {})  # the page check alone must find it
    message = _write_refusal(filled)
    assert "verify" in message and "backups" in message
    assert snapshot(filled.root) == before


def _write_refusal(folder: DataFolder) -> str:
    """In-process: the first write of a session is refused, and so is every later one."""
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        entry = new_checkin(at=datetime(2025, 3, 1, tzinfo=UTC), zone="UTC", mood=3, energy=3)
        with pytest.raises(errors.KnownDamagedStore) as first:
            store.add_checkin(entry)
        with pytest.raises(errors.KnownDamagedStore):
            store.save_plan(Plan(), version_id=None)
        return str(first.value)
    finally:
        store.close()


def test_a_read_error_marks_the_store_damaged_for_the_whole_process(filled) -> None:
    key = unlock_with_passphrase(filled, PASSPHRASE)
    _damage_a_middle_page(filled)
    before = snapshot(filled.root)
    store = open_store(filled, key)
    try:
        with pytest.raises(errors.DamagedStore):
            store.all_checkins()  # reads every page of the journal: meets the damage
        # Another store opened later in this process does not even check again.
        second = open_store(filled, key)
        try:
            assert checking.known_damaged(filled)
            with pytest.raises(errors.KnownDamagedStore):
                second.set_setting(settings.NUDGE_RULE, NudgeRule(days=3))
        finally:
            second.close()
    finally:
        store.close()
    assert snapshot(filled.root) == before
    assert verify_store(filled, key)  # the damage is reported by page


def test_a_whole_store_checks_its_pages_once_and_writes(filled) -> None:
    store = open_store(filled, unlock_with_passphrase(filled, PASSPHRASE))
    try:
        entry = new_checkin(at=datetime(2025, 3, 1, tzinfo=UTC), zone="UTC", mood=3, energy=3)
        store.add_checkin(entry)
        store.add_checkin(entry)
        assert store.count_checkins() == 121
    finally:
        store.close()


def test_an_older_store_on_a_full_disk_says_it_needs_an_upgrade(
    filled, tmp_path, monkeypatch, capsys
) -> None:
    from companion.store import schema
    from tests.store.test_refusals import _with_second_revision

    monkeypatch.setattr(schema, "MIGRATIONS", _with_second_revision(tmp_path))
    monkeypatch.setattr(schema, "HEAD_REVISION", "9001")

    def full_disk(folder: DataFolder, key) -> lifecycle.Store:
        raise errors.StoreUnavailable(errors.Unavailability.DISK_FULL)

    monkeypatch.setattr(lifecycle, "open_store", full_disk)
    before = snapshot(filled.root)
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    output = tmp_path / "out.json"
    assert cli.main(["--data-dir", str(filled.root), "export", "--output", str(output)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "older version" in err
    assert snapshot(filled.root) == before and not output.exists()


def test_a_bug_on_a_read_only_folder_is_still_one_line(filled, monkeypatch, capsys) -> None:
    from companion import logs

    def read_only(_handler):
        raise OSError(errno.EROFS, "Read-only file system")

    def bug(_args, _folder) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(logs.PrivateLogFile, "_open", read_only)
    monkeypatch.setattr("companion.cli.store.cmd_verify", bug)
    before = snapshot(filled.root)
    assert cli.main(["--data-dir", str(filled.root), "verify"]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be saved" in err, err
    assert snapshot(filled.root) == before
