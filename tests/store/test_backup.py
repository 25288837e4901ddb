"""Backups and restoring them: the file, the round trip, every refusal, rotation."""

from __future__ import annotations

import hashlib
import os
import re
import struct
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from companion import backup_file, settings
from companion.cli import main as cli
from companion.errors import (
    BackupNotWritten,
    BackupRefused,
    BackupTooNew,
    DamagedBackup,
    StoreExists,
    WrongBackupSecret,
)
from companion.files import OutputRefused
from companion.paths import DataFolder
from companion.services.backups import BackupService, restore
from companion.store import Store, create_store, keys, open_store, unlock_with_passphrase
from companion.store.backup import (
    auto_backup_path,
    auto_backups,
    make_backup,
    make_daily_backup,
    restore_backup,
    rotate,
    store_in_use,
)
from companion.store.engine import SQLITE_HEADER, ReadOnlyMode, raw_connect
from tests.conftest import PASSPHRASE, snapshot

MOMENT = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


def every_row(folder: DataFolder, key: keys.DataKey) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in rowid order: what "identical" means for a store."""
    connection = raw_connect(folder.database, key)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: list(connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'))
            for table in tables
        }
    finally:
        connection.close()


@pytest.fixture
def demo(folder: DataFolder, monkeypatch, capsys) -> tuple[DataFolder, str]:
    """A store full of made-up entries of every kind (check-ins, plan, roles, rules, contacts,
    talks, reviews), and its recovery code."""
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "demo", "--years", "0.3", "--lang", "en") == 0
    code = re.search(r"Recovery code: (\S+)", capsys.readouterr().out)
    assert code is not None
    with open_store(folder, unlock_with_passphrase(folder, PASSPHRASE)) as opened:
        opened.set_setting(settings.AUTO_BACKUPS_KEPT, 3)  # a setting travels too
    return folder, code.group(1)


def test_a_backup_is_one_private_encrypted_file(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "out" / "mine.companion-backup"
    target.parent.mkdir()
    make_backup(store, target)
    data = target.read_bytes()
    assert data.startswith(backup_file.MAGIC)
    _magic, version, key_length, database_length = backup_file.HEADER.unpack(data[:32])
    assert version == 1
    assert data[32 : 32 + key_length] == store.folder.key_file.read_bytes()
    database = data[32 + key_length : 32 + key_length + database_length]
    assert database[:16] != SQLITE_HEADER  # VACUUM INTO wrote it encrypted
    assert b"alembic_version" not in database
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert os.listdir(target.parent) == [target.name]  # no temporary file left


@pytest.mark.parametrize("by", ["passphrase", "recovery code"])
def test_round_trip_keeps_every_row(demo, tmp_path: Path, by: str) -> None:
    folder, code = demo
    key = unlock_with_passphrase(folder, PASSPHRASE)
    before = every_row(folder, key)
    assert all(before[table] for table in ("checkins", "plan_versions", "contacts"))
    target = tmp_path / "b.companion-backup"
    assert run(folder, "backup", "--output", str(target)) == 0
    elsewhere = DataFolder(tmp_path / "elsewhere")
    store, restored = restore(elsewhere, target, PASSPHRASE if by == "passphrase" else code)
    store.close()
    assert restored.safety_copy is None
    assert every_row(elsewhere, key) == before
    assert elsewhere.key_file.read_bytes() == folder.key_file.read_bytes()
    assert os.stat(elsewhere.database).st_mode & 0o777 == 0o600
    assert not [name for name in os.listdir(elsewhere.root) if name.startswith(".restoring")]


def test_cli_restore_over_a_store_keeps_a_safety_copy(demo, tmp_path, monkeypatch, capsys):
    folder, _code = demo
    key = unlock_with_passphrase(folder, PASSPHRASE)
    target = tmp_path / "b.companion-backup"
    wanted = every_row(folder, key)
    assert run(folder, "backup", "--output", str(target)) == 0
    with open_store(folder, key) as opened:  # a change made after the backup
        opened.set_setting(settings.AUTO_BACKUPS_KEPT, 9)
    current = snapshot(folder.root)
    capsys.readouterr()

    assert run(folder, "restore", str(target)) == 1  # a store is there: --replace needed
    assert "--replace" in capsys.readouterr().err
    assert snapshot(folder.root) == current

    assert run(folder, "restore", str(target), "--replace") == 0
    assert "before-restore-" in capsys.readouterr().err
    assert every_row(folder, key) == wanted
    (safety,) = [path for path in folder.backups.iterdir() if path.name.startswith("before")]
    kept = {name: data for name, data in current.items() if "/" not in name}
    assert {path.name: path.read_bytes() for path in safety.iterdir()} == kept
    with open_store(DataFolder(safety), key) as old:  # the safety copy still opens
        assert old.setting(settings.AUTO_BACKUPS_KEPT) == 9


def test_restore_through_the_cli_by_recovery_code(demo, tmp_path, monkeypatch) -> None:
    folder, code = demo
    target = tmp_path / "b.companion-backup"
    assert run(folder, "backup", "--output", str(target)) == 0
    monkeypatch.setenv("COMPANION_PASSPHRASE", code.lower().replace("-", " "))
    other = DataFolder(tmp_path / "other")
    assert run(other, "restore", str(target)) == 0
    with open_store(other, unlock_with_passphrase(other, PASSPHRASE)) as opened:
        assert opened.count_checkins() > 0


@pytest.fixture
def backed_up(store: Store, tmp_path: Path) -> Path:
    target = tmp_path / "b.companion-backup"
    make_backup(store, target)
    store.close()
    return target


def _refused(folder: DataFolder, path: Path, secret: str, problem: type[Exception]) -> None:
    before = snapshot(folder.root)
    with pytest.raises(problem):
        restore_backup(folder, path, secret, replace=True, moment=MOMENT)
    assert snapshot(folder.root) == before
    assert sorted(os.listdir(folder.root)) == sorted(name for name in before if "/" not in name) + (
        ["backups"] if folder.backups.exists() else []
    )


def test_a_wrong_passphrase_changes_nothing(folder, backed_up) -> None:
    _refused(folder, backed_up, "not the passphrase", WrongBackupSecret)
    _refused(folder, backed_up, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", WrongBackupSecret)


def test_a_truncated_backup_changes_nothing(folder, backed_up, tmp_path) -> None:
    data = backed_up.read_bytes()
    for cut in (10, 40, len(data) // 2, len(data) - 1):
        short = tmp_path / f"short{cut}"
        short.write_bytes(data[:cut])
        _refused(folder, short, PASSPHRASE, BackupRefused)
    longer = tmp_path / "longer"
    longer.write_bytes(data + b"\0")
    _refused(folder, longer, PASSPHRASE, BackupRefused)


def test_a_damaged_backup_changes_nothing(folder, backed_up, tmp_path) -> None:
    data = bytearray(backed_up.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit in the database
    damaged = tmp_path / "damaged"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupRefused) as refused:
        restore_backup(
            DataFolder(tmp_path / "new"), damaged, PASSPHRASE, replace=False, moment=MOMENT
        )
    assert refused.value.reason == "damaged"
    assert not (tmp_path / "new").exists()  # a folder made for the restore is taken away
    _refused(folder, damaged, PASSPHRASE, BackupRefused)


def test_a_damaged_database_with_a_matching_digest_is_refused(folder, backed_up, tmp_path):
    """The file is whole, but the store it was made from was damaged: both checks refuse."""
    data = bytearray(backed_up.read_bytes())
    key_length = struct.unpack(">I", data[20:24])[0]
    start = 32 + key_length
    data[start + 4096 + 100] ^= 0xFF  # inside page 2
    body = bytes(data[:-32])
    damaged = tmp_path / "inner"
    damaged.write_bytes(body + hashlib.sha256(body).digest())
    _refused(folder, damaged, PASSPHRASE, DamagedBackup)
    assert DamagedBackup.exit_code == 2


def test_a_foreign_file_changes_nothing(folder, tmp_path, store) -> None:
    store.close()
    for name, content in (
        ("text", b"hello, not a backup\n" * 10),
        ("empty", b""),
        ("sqlite", SQLITE_HEADER + b"\0" * 4000),
    ):
        foreign = tmp_path / name
        foreign.write_bytes(content)
        _refused(folder, foreign, PASSPHRASE, BackupRefused)
    _refused(folder, folder.database, PASSPHRASE, BackupRefused)


def test_a_fifo_or_a_folder_is_refused_without_waiting(folder, tmp_path, store) -> None:
    store.close()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _refused(folder, fifo, PASSPHRASE, BackupRefused)
    _refused(folder, tmp_path, PASSPHRASE, BackupRefused)


def test_an_oversize_file_is_refused_before_reading(folder, tmp_path, store, monkeypatch):
    store.close()
    monkeypatch.setattr(backup_file, "MAX_BACKUP_BYTES", 1000)
    big = tmp_path / "big"
    big.write_bytes(backup_file.MAGIC + b"\0" * 2000)
    with pytest.raises(BackupRefused) as refused:
        restore_backup(folder, big, PASSPHRASE, replace=True, moment=MOMENT)
    assert refused.value.reason == "too-large"


def test_a_newer_schema_is_refused(folder, tmp_path) -> None:
    other = DataFolder(tmp_path / "newer")
    newer, _code = create_store(other, PASSPHRASE)
    with newer.transaction(writing=True) as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    target = tmp_path / "newer.companion-backup"
    make_backup(newer, target)
    newer.close()
    folder.root.mkdir()
    _refused(folder, target, PASSPHRASE, BackupTooNew)
    assert BackupTooNew.exit_code == 3


def test_a_newer_backup_format_is_refused(folder, backed_up, tmp_path) -> None:
    data = bytearray(backed_up.read_bytes())
    data[16:20] = struct.pack(">I", 2)
    newer = tmp_path / "format2"
    newer.write_bytes(bytes(data))
    _refused(folder, newer, PASSPHRASE, BackupTooNew)


def test_a_store_in_the_way_is_refused_without_replace(folder, backed_up) -> None:
    before = snapshot(folder.root)
    with pytest.raises(StoreExists):
        restore_backup(folder, backed_up, PASSPHRASE, replace=False, moment=MOMENT)
    assert snapshot(folder.root) == before


def test_an_older_schema_is_upgraded_as_opening_does(folder, tmp_path, monkeypatch) -> None:
    from companion.store import schema

    other = DataFolder(tmp_path / "older")
    older, _code = create_store(other, PASSPHRASE)
    older.close()
    key = unlock_with_passphrase(other, PASSPHRASE)
    connection = raw_connect(other.database, key)
    connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    target = tmp_path / "old.companion-backup"
    backup_file.write_backup(target, other.key_file.read_bytes(), other.database)
    upgraded: list[str] = []

    def upgrade(connection) -> None:
        upgraded.append("0005")
        connection.exec_driver_sql(
            f"UPDATE alembic_version SET version_num = '{schema.HEAD_REVISION}'"
        )

    monkeypatch.setattr(schema, "upgrade", upgrade)
    store, _restored = restore(folder, target, PASSPHRASE)
    store.close()
    assert upgraded == ["0005"]
    assert [path.name.endswith("-schema-0005.db") for path in folder.backups.iterdir()] == [True]
    assert every_row(folder, key)["alembic_version"] == [(schema.HEAD_REVISION,)]


# --- writing ------------------------------------------------------------------------------
def test_backup_refuses_the_data_folder_a_fifo_and_a_folder(folder, store, tmp_path, capsys):
    store.close()
    os.mkfifo(tmp_path / "pipe")
    before = snapshot(folder.root)
    for output in (folder.root / "b", folder.backups / "b", tmp_path / "pipe", tmp_path):
        assert run(folder, "backup", "--output", str(output)) == 1
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert snapshot(folder.root) == before


def test_backup_does_not_follow_a_symlink(folder, store, tmp_path, monkeypatch) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep me")
    link = tmp_path / "link.companion-backup"
    link.symlink_to(victim)
    BackupService(store).back_up_to(link)
    assert victim.read_bytes() == b"keep me"
    assert not link.is_symlink() and link.read_bytes().startswith(backup_file.MAGIC)


def test_disk_full_leaves_nothing_partial(folder, store, tmp_path, monkeypatch, capsys):
    import errno

    def no_room(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    target_folder = tmp_path / "usb"
    target_folder.mkdir()
    store.close()
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    before = snapshot(folder.root)
    monkeypatch.setattr(backup_file.os, "fsync", no_room)
    assert run(folder, "backup", "--output", str(target_folder / "b.companion-backup")) == 1
    monkeypatch.undo()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "disk is full" in err[0]
    assert os.listdir(target_folder) == []
    assert snapshot(folder.root) == before


def test_backup_records_when_it_was_made(store, tmp_path) -> None:
    service = BackupService(store, clock=lambda: MOMENT)
    assert service.last_outside_backup() is None
    service.back_up_to(tmp_path / "b.companion-backup")
    assert service.last_outside_backup() == MOMENT
    with pytest.raises(OutputRefused) as refused:
        service.back_up_to(store.folder.root / "x")
    assert refused.value.reason == "data-folder"


# --- automatic backups ------------------------------------------------------------------------
def test_one_automatic_backup_a_day_and_the_newest_kept(store) -> None:
    days = [date(2026, 11, day) for day in range(1, 11)]
    for day in days:
        assert make_daily_backup(store, day, keep=7) == auto_backup_path(store.folder, day)
        assert make_daily_backup(store, day, keep=7) is None  # once a day
    assert [path.name for path in auto_backups(store.folder)] == [
        f"auto-{day.isoformat()}.companion-backup" for day in days[-7:]
    ]
    oldest = auto_backups(store.folder)[:5]
    assert rotate(store.folder, 2) == oldest
    assert len(auto_backups(store.folder)) == 2
    assert make_daily_backup(store, date(2026, 11, 20), keep=0) is None
    (store.folder.backups / "auto-notes.txt").write_text("mine")  # not ours: left alone
    rotate(store.folder, 1)
    assert (store.folder.backups / "auto-notes.txt").exists()
    assert [path.name for path in auto_backups(store.folder)] == [
        "auto-2026-11-10.companion-backup"
    ]


def test_an_automatic_backup_restores(store, tmp_path) -> None:
    made = make_daily_backup(store, date(2026, 11, 29), keep=7)
    assert made is not None and os.stat(made).st_mode & 0o777 == 0o600
    store.close()
    restored, _info = restore(DataFolder(tmp_path / "again"), made, PASSPHRASE)
    restored.close()


def test_not_written_says_disk_full() -> None:
    assert "disk is full" in str(BackupNotWritten(disk_full=True))


def test_restore_refusals_through_the_cli_are_one_line_with_their_exit_code(
    folder, backed_up, tmp_path, monkeypatch, capsys
) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a backup\n" * 20)
    data = bytearray(backed_up.read_bytes())
    data[16:20] = struct.pack(">I", 9)
    newer = tmp_path / "newer"
    newer.write_bytes(bytes(data))
    before = snapshot(folder.root)
    capsys.readouterr()
    for secret, path, code in (
        ("not the passphrase", backed_up, 2),
        (PASSPHRASE, foreign, 1),
        (PASSPHRASE, newer, 3),
        (PASSPHRASE, tmp_path / "missing", 1),
    ):
        monkeypatch.setenv("COMPANION_PASSPHRASE", secret)
        assert run(folder, "restore", "--replace", str(path)) == code
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and "Nothing was changed" in lines[0]
        assert snapshot(folder.root) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the lock probe is Linux only")
def test_restore_refuses_a_store_open_in_another_process(folder, backed_up, monkeypatch, capsys):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from companion.paths import DataFolder\n"
            "from companion.store import keys, open_store, unlock_with_passphrase\n"
            "keys.DEFAULT_KDF = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)\n"
            "folder = DataFolder(Path(sys.argv[1]))\n"
            "store = open_store(folder, unlock_with_passphrase(folder, sys.argv[2]))\n"
            "store.count_checkins()\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n",
            str(folder.root),
            PASSPHRASE,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert store_in_use(folder)
        before = snapshot(folder.root)
        monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
        capsys.readouterr()
        assert run(folder, "restore", "--replace", str(backed_up)) == 3
        assert "open in a Companion window" in capsys.readouterr().err
        assert snapshot(folder.root) == before
    finally:
        holder.communicate("", timeout=60)
    assert not store_in_use(folder)
    assert run(folder, "restore", "--replace", str(backed_up)) == 0


@pytest.mark.parametrize("mode", list(ReadOnlyMode))
def test_a_read_only_open_can_still_be_backed_up(folder, store, tmp_path, mode) -> None:
    """On a read-only mount or a full disk, `backup` opens the store read-only; the copy is
    made all the same, and the store still refuses writes afterwards."""
    key = unlock_with_passphrase(folder, PASSPHRASE)
    store.close()
    from companion.errors import StoreUnavailable, Unavailability
    from companion.store.checking import file_stamp
    from companion.store.engine import make_engine
    from companion.store.lifecycle import Store as OpenStore

    read_only = OpenStore(
        folder,
        make_engine(folder.database, key, read_only=mode),
        keys.read_key_file(folder.key_file),
        key,
        read_only=(mode, StoreUnavailable(Unavailability.READ_ONLY), file_stamp(folder)),
    )
    before = [folder.database.read_bytes(), folder.key_file.read_bytes()]
    target = tmp_path / "ro.companion-backup"
    try:
        make_backup(read_only, target)
        with pytest.raises(StoreUnavailable):
            read_only.set_setting(settings.AUTO_BACKUPS_KEPT, 1)
    finally:
        read_only.close()
    assert [folder.database.read_bytes(), folder.key_file.read_bytes()] == before
    restored, _info = restore(DataFolder(tmp_path / "again"), target, PASSPHRASE)
    restored.close()
