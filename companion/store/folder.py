"""The data folder before any database is opened: is there a store (a half store is an error,
never a first run), its key file, and the data key from a passphrase, the recovery code or the OS
keychain. No SQLAlchemy here: the unlock dialog appears before the ORM is imported."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from companion.errors import (
    DamagedKeyFile,
    DamagedStore,
    MissingDatabase,
    MissingKeyFile,
    NoStoreYet,
)
from companion.paths import DataFolder
from companion.store import keys
from companion.store.key_change import key_file_path
from companion.store.keychain import KeyVault
from companion.store.problems import file_problems


class StoreState(Enum):
    ABSENT = "absent"
    PRESENT = "present"


def size_of(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None


def inspect_folder(folder: DataFolder) -> StoreState:
    """ABSENT only when neither file exists; every half-store is an error, not a first run."""
    with file_problems(folder.root):
        db_size = size_of(folder.database)
        key_size = size_of(folder.key_file)
    if db_size is None and key_size is None:
        return StoreState.ABSENT
    if db_size is None:
        raise MissingDatabase()
    if key_size is None:
        raise MissingKeyFile()
    if key_size == 0:
        raise DamagedKeyFile()
    if db_size == 0:
        raise DamagedStore()
    return StoreState.PRESENT


def read_key_file(folder: DataFolder) -> keys.KeyFile:
    if inspect_folder(folder) is StoreState.ABSENT:
        raise NoStoreYet()
    with file_problems(folder.root):
        return keys.read_key_file(key_file_path(folder))


def unlock_with_passphrase(folder: DataFolder, passphrase: str) -> keys.DataKey:
    return keys.unlock_with_passphrase(read_key_file(folder), passphrase)


def unlock_with_recovery_code(folder: DataFolder, code: str) -> keys.DataKey:
    return keys.unlock_with_recovery_code(read_key_file(folder), code)


def unlock_from_vault(folder: DataFolder, vault: KeyVault | None) -> keys.DataKey | None:
    """The key kept in the OS keychain, if the person opted in and it still fits this store."""
    key_file = read_key_file(folder)
    if vault is None or not key_file.remember_in_keychain:
        return None
    key = vault.load(key_file.store_id)
    if key is None or not keys.key_belongs(key_file, key):
        return None
    return key
