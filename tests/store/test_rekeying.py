"""A new recovery code, a change of the data key, and how an interrupted change is settled."""

from __future__ import annotations

import errno
import os
import shutil

import pytest

from companion.clock import now_utc
from companion.errors import (
    DamagedKeyFile,
    StoreUnavailable,
    Unavailability,
    WrongPassphrase,
    WrongRecoveryCode,
)
from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.store import create_store, keys
from companion.store.folder import read_key_file, unlock_with_passphrase
from companion.store.key_change import (
    SALT_FIELD,
    folder_lock,
    new_database,
    pending_key_file,
)
from companion.store.lifecycle import open_store
from companion.store.rekeying import change_data_key, rekey_cost
from tests.conftest import PASSPHRASE, snapshot


def test_a_new_recovery_code_voids_the_old_one_at_once(folder) -> None:
    store, old_code = create_store(folder, PASSPHRASE)
    with store:
        new_code = store.new_recovery_code()
    key_file = read_key_file(folder)
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, old_code)
    key = keys.unlock_with_recovery_code(key_file, new_code)
    assert key == keys.unlock_with_passphrase(key_file, PASSPHRASE)
    assert new_code != old_code


def test_rekey_changes_the_key_keeps_everything_and_voids_the_old_secrets(folder) -> None:
    store, old_code = create_store(folder, PASSPHRASE)
    with store:
        store.add_checkin(new_checkin(at=now_utc(), zone="UTC", mood=4, energy=2, note="calm"))
    old_key_file = read_key_file(folder)
    old_key = keys.unlock_with_passphrase(old_key_file, PASSPHRASE)
    old_bytes = folder.database.read_bytes()
    rekeyed = change_data_key(folder, PASSPHRASE)
    assert rekeyed.key != old_key
    assert not rekeyed.remembered
    key_file = read_key_file(folder)
    assert key_file.store_id == old_key_file.store_id
    assert keys.unlock_with_passphrase(key_file, PASSPHRASE) == rekeyed.key
    assert keys.unlock_with_recovery_code(key_file, rekeyed.recovery_code) == rekeyed.key
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, old_code)
    assert folder.database.read_bytes()[:16] != old_bytes[:16]  # a new file, a new salt
    with open_store(folder, rekeyed.key) as reopened:
        assert [(c.mood.step, c.note) for c in reopened.all_checkins()] == [(4, "calm")]
    assert sorted(os.listdir(folder.root)) == ["companion.db", "companion.key"]


def test_rekey_with_a_wrong_passphrase_changes_nothing(folder) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    before = snapshot(folder.root)
    with pytest.raises(WrongPassphrase):
        change_data_key(folder, "not the passphrase at all")
    assert snapshot(folder.root) == before


def test_rekey_while_the_store_is_open_elsewhere_is_refused_untouched(folder) -> None:
    store, _code = create_store(folder, PASSPHRASE)
    with store:
        store.count_checkins()  # a connection holds the store, as an open window does
        before = snapshot(folder.root)
        with pytest.raises(StoreUnavailable) as refused:
            change_data_key(folder, PASSPHRASE)
        assert refused.value.reason is Unavailability.BUSY
        assert snapshot(folder.root) == before


def test_rekey_while_another_change_runs_is_refused(folder) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    before = snapshot(folder.root)
    with folder_lock(folder) as locked:
        assert locked
        with pytest.raises(StoreUnavailable):
            change_data_key(folder, PASSPHRASE)
    assert snapshot(folder.root) == before


def test_rekey_keeps_the_keychain_copy_right(folder, memory_keyring) -> None:
    from companion.store.keychain import system_vault

    vault = system_vault()
    store, _code = create_store(folder, PASSPHRASE, vault=vault)
    store.close()
    rekeyed = change_data_key(folder, PASSPHRASE, vault=vault)
    assert rekeyed.remembered
    assert vault is not None and vault.load(read_key_file(folder).store_id) == rekeyed.key


def test_the_cost_is_the_size_and_grows_with_it(folder) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    cost = rekey_cost(folder)
    assert cost.database_bytes == folder.database.stat().st_size
    assert 0 < cost.seconds < 10


def _interrupted_after_the_database(folder: DataFolder, tmp_path) -> tuple[keys.DataKey, bytes]:
    """A change stopped between its two renames: the new database, the old key file and the
    pending one. Returns the new key and the old key file's bytes."""
    create_store(folder, PASSPHRASE)[0].close()
    copy = DataFolder(tmp_path / "copy")
    shutil.copytree(folder.root, copy.root)
    old_key_bytes = folder.key_file.read_bytes()
    rekeyed = change_data_key(copy, PASSPHRASE)
    shutil.copy(copy.database, folder.database)
    pending = keys.read_key_file(copy.key_file)
    keys.write_key_file(pending_key_file(folder), pending)
    return rekeyed.key, old_key_bytes


def test_an_interrupted_change_is_finished_on_the_next_read(folder, tmp_path) -> None:
    new_key, old_key_bytes = _interrupted_after_the_database(folder, tmp_path)
    assert folder.key_file.read_bytes() == old_key_bytes
    assert unlock_with_passphrase(folder, PASSPHRASE) == new_key
    assert not pending_key_file(folder).exists()
    assert SALT_FIELD in read_key_file(folder).extra


def test_an_interrupted_change_is_read_right_on_a_read_only_folder(folder, tmp_path) -> None:
    new_key, _old = _interrupted_after_the_database(folder, tmp_path)
    before = snapshot(folder.root)
    with folder_lock(folder):  # as if a change were running: nothing may be tidied
        assert unlock_with_passphrase(folder, PASSPHRASE) == new_key
    assert snapshot(folder.root) == before


def test_a_change_that_did_not_happen_is_undone(folder, tmp_path) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    old_key = unlock_with_passphrase(folder, PASSPHRASE)
    copy = DataFolder(tmp_path / "copy")
    shutil.copytree(folder.root, copy.root)
    change_data_key(copy, PASSPHRASE)
    shutil.copy(copy.database, new_database(folder))  # exported, never renamed
    keys.write_key_file(pending_key_file(folder), keys.read_key_file(copy.key_file))
    assert unlock_with_passphrase(folder, PASSPHRASE) == old_key
    assert sorted(os.listdir(folder.root)) == ["companion.db", "companion.key"]


def test_a_pending_key_file_without_its_salt_is_a_damaged_key_file(folder) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    shutil.copy(folder.key_file, pending_key_file(folder))
    with pytest.raises(DamagedKeyFile):
        read_key_file(folder)


def test_a_full_disk_during_the_export_leaves_the_store_as_it_was(folder, monkeypatch) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    before = snapshot(folder.root)

    def full(_path: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("companion.store.rekeying._flush", full)
    with pytest.raises(StoreUnavailable) as refused:
        change_data_key(folder, PASSPHRASE)
    assert refused.value.reason is Unavailability.DISK_FULL
    assert snapshot(folder.root) == before
