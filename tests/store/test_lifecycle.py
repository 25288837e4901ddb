"""Creating, reopening and checking stores: encrypted, private, and whole after reopening."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from companion import errors
from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.store import (
    create_store,
    inspect_folder,
    open_store,
    unlock_with_passphrase,
    unlock_with_recovery_code,
    verify_store,
)
from companion.store.engine import SQLITE_HEADER, raw_connect
from tests.conftest import PASSPHRASE, snapshot


def _entry(note: str = "", **overrides):
    values = dict(
        at=datetime(2026, 11, 29, 9, 30, tzinfo=UTC),
        zone="Asia/Tokyo",
        mood=5,
        energy=4,
        sleep_hours=7.5,
        note=note,
    )
    values.update(overrides)
    return new_checkin(**values)


def test_created_store_is_encrypted_and_private(folder: DataFolder) -> None:
    store, code = create_store(folder, PASSPHRASE)
    store.close()
    assert len(code) == 29
    assert folder.database.read_bytes()[:16] != SQLITE_HEADER
    if os.name != "nt":
        assert folder.root.stat().st_mode & 0o777 == 0o700
        for path in (folder.database, folder.key_file):
            assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in folder.root.iterdir()) == ["companion.db", "companion.key"]


def test_entry_survives_reopening(folder: DataFolder) -> None:
    store, code = create_store(folder, PASSPHRASE)
    saved = store.add_checkin(_entry("夜はよく眠れた 🌙\n二行目"))
    store.close()
    again = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    assert again.all_checkins() == [saved]
    again.close()
    by_code = open_store(folder, unlock_with_recovery_code(folder, code))
    assert by_code.all_checkins()[0].note == "夜はよく眠れた 🌙\n二行目"
    by_code.close()


def test_a_note_is_absent_from_every_file_including_the_wal(folder: DataFolder) -> None:
    marker = "MARKER-7f3a-ひみつ"
    store, _ = create_store(folder, PASSPHRASE)
    store.add_checkin(_entry(f"{marker} " * 50))
    wal, _shm = folder.sidecars()
    assert wal.exists() and wal.stat().st_size > 0  # checked while the WAL still holds it
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), b"MARKER-7f3a"]
    for path in folder.root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(needle in data for needle in needles), path.name
    store.close()
    for path in folder.root.rglob("*"):
        if path.is_file():
            assert b"MARKER-7f3a" not in path.read_bytes(), path.name


def test_connections_use_wal_full_sync_and_foreign_keys(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    store.close()
    connection = raw_connect(folder.database, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        connection.close()


def test_verify_is_clean_on_a_fresh_store(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    store.add_checkin(_entry("a note"))
    store.close()
    assert verify_store(folder, unlock_with_passphrase(folder, PASSPHRASE)) == []


def test_second_create_is_refused(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    store.close()
    before = snapshot(folder.root)
    with pytest.raises(errors.StoreExists):
        create_store(folder, "another passphrase here")
    assert snapshot(folder.root) == before


def test_passphrase_change_rewraps_without_touching_the_database(folder: DataFolder) -> None:
    store, code = create_store(folder, PASSPHRASE)
    store.add_checkin(_entry("kept"))
    store.close()
    database_before = folder.database.read_bytes()
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    store.change_passphrase("a brand new passphrase")
    store.close()
    assert folder.database.read_bytes() == database_before
    with pytest.raises(errors.WrongPassphrase):
        unlock_with_passphrase(folder, PASSPHRASE)
    key = unlock_with_passphrase(folder, "a brand new passphrase")
    assert key == unlock_with_recovery_code(folder, code)


def test_empty_folder_is_a_first_run(folder: DataFolder) -> None:
    assert inspect_folder(folder).value == "absent"
    folder.root.mkdir()
    assert inspect_folder(folder).value == "absent"


def test_naive_times_are_never_stored(folder: DataFolder) -> None:
    with pytest.raises(errors.InvalidEntry):
        _entry(at=datetime(2026, 11, 29, 9, 30))


def test_checkins_between_uses_half_open_utc_ranges(store) -> None:
    early = store.add_checkin(_entry(at=datetime(2026, 11, 29, 0, 0, tzinfo=UTC)))
    store.add_checkin(_entry(at=datetime(2026, 11, 30, 0, 0, tzinfo=UTC)))
    found = store.checkins_between(
        datetime(2026, 11, 29, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC)
    )
    assert found == [early]


def test_a_store_is_closed_when_its_with_block_ends(folder: DataFolder) -> None:
    created, _code = create_store(folder, PASSPHRASE)
    created.close()
    with open_store(folder, unlock_with_passphrase(folder, PASSPHRASE)) as store:
        assert store.is_open
        store.add_checkin(
            new_checkin(at=datetime(2024, 5, 1, tzinfo=UTC), zone="UTC", mood=3, energy=3)
        )
    assert not store.is_open
    with pytest.raises(RuntimeError, match="closed"):
        store.count_checkins()
    wal, _shm = folder.sidecars()
    assert not wal.exists() or wal.stat().st_size == 0  # folded back: every connection closed


def test_a_store_is_closed_when_its_with_block_raises(folder: DataFolder) -> None:
    created, _code = create_store(folder, PASSPHRASE)
    created.close()
    with (
        pytest.raises(ZeroDivisionError),
        open_store(folder, unlock_with_passphrase(folder, PASSPHRASE)) as store,
    ):
        _ = 1 / 0
    assert not store.is_open
