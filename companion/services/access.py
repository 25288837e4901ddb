"""Creating and unlocking the store, the OS keychain and the passphrase: the welcome and unlock
dialogs and `companion init` / every command that unlocks ask here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from companion.errors import PassphraseNeeded, StoreProblem
from companion.paths import DataFolder
from companion.store.folder import (
    StoreState,
    inspect_folder,
    read_key_file,
    unlock_from_vault,
    unlock_with_passphrase,
    unlock_with_recovery_code,
)
from companion.store.keychain import system_vault
from companion.store.keys import DataKey

if TYPE_CHECKING:
    from companion.store.lifecycle import Store
    from companion.store.rekeying import RekeyCost, Rekeyed

# What opens the database (`companion.store.lifecycle`, with SQLAlchemy and its ORM) is imported
# inside the functions that open it: finding the store and showing the unlock dialog need none.


def keychain_available() -> bool:
    return system_vault() is not None


def expects_keychain(folder: DataFolder) -> bool:
    """Whether the person chose automatic unlock for this store."""
    try:
        return read_key_file(folder).remember_in_keychain
    except StoreProblem:
        return False


def store_exists(folder: DataFolder) -> bool:
    """False on a first run; raises a StoreProblem for a half-store (never treated as new)."""
    return inspect_folder(folder) is StoreState.PRESENT


def require_store(folder: DataFolder) -> None:
    """The store must be there and whole before anything is asked (NoStoreYet, …)."""
    read_key_file(folder)


def create(folder: DataFolder, passphrase: str, *, remember: bool) -> tuple[Store, str]:
    """A new store, open; and its recovery code. `remember` keeps the key in the OS keychain
    where there is a secure one."""
    from companion.store.lifecycle import create_store

    return create_store(folder, passphrase, vault=system_vault() if remember else None)


def derive_key(folder: DataFolder, secret: str, *, recovery_code: bool = False) -> DataKey:
    """The data key from the passphrase or the recovery code. Argon2id takes a moment and
    releases the GIL, so this may run in a worker thread (it opens no database)."""
    if recovery_code:
        return unlock_with_recovery_code(folder, secret)
    return unlock_with_passphrase(folder, secret)


def unlock(folder: DataFolder, secret: str, *, recovery_code: bool = False) -> Store:
    return open_for_writing(folder, derive_key(folder, secret, recovery_code=recovery_code))


def unlock_automatically(folder: DataFolder) -> Store | None:
    """Open with the key in the OS keychain, if the person opted in and it still fits."""
    if not read_key_file(folder).remember_in_keychain:
        return None  # the keychain is not even asked (finding it takes a moment)
    key = unlock_from_vault(folder, system_vault())
    return open_for_writing(folder, key) if key is not None else None


def unlock_key(
    folder: DataFolder, passphrase: str | None, ask: Callable[[str], str | None]
) -> DataKey:
    """The data key without a window: `passphrase` (from the environment) if given, else the OS
    keychain (if opted in), else `ask(prompt)`; PassphraseNeeded when nobody can be asked."""
    require_store(folder)
    if passphrase:
        return unlock_with_passphrase(folder, passphrase)
    key = unlock_from_vault(folder, system_vault())
    if key is not None:
        return key
    typed = ask("Passphrase: ")
    if typed is None:
        raise PassphraseNeeded()
    return unlock_with_passphrase(folder, typed)


def open_for_writing(folder: DataFolder, key: DataKey) -> Store:
    from companion.store.lifecycle import open_store

    return open_store(folder, key)


def open_for_reading(folder: DataFolder, key: DataKey) -> Store:
    """For commands that only read: works on a read-only folder or a full disk too."""
    from companion.store.lifecycle import open_store_for_reading

    return open_store_for_reading(folder, key)


def rekey_cost(folder: DataFolder) -> RekeyCost:
    """The database's size and an estimate of how long changing the data key takes."""
    from companion.store.rekeying import rekey_cost as cost

    return cost(folder)


def change_data_key(folder: DataFolder, passphrase: str) -> Rekeyed:
    """Re-encrypt the closed store under a new random key (store/rekeying.py); `passphrase`
    must open it and wraps the new key, with a new recovery code. The OS keychain, if the
    person opted in, gets the new key."""
    from companion.store.rekeying import change_data_key as change

    return change(folder, passphrase, vault=system_vault())


def verify(folder: DataFolder, key: DataKey) -> list[str]:
    """Both integrity checks; what they reported (never content), empty if the store is whole."""
    from companion.store.checking import verify_store

    return verify_store(folder, key)


class KeyService:
    """The key of one open store: the passphrase that wraps it, and the OS keychain."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def remembered(self) -> bool:
        """Whether the key is kept in the OS keychain for automatic unlock."""
        return self._store.remembers_key

    def remember(self, on: bool) -> bool:
        """Keep (or forget) the key in the OS keychain; False if no secure keychain took it."""
        vault = system_vault()
        if on:
            return vault is not None and self._store.remember_key(vault)
        self._store.forget_key(vault)
        return True

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the key; the database is not rewritten."""
        self._store.change_passphrase(new_passphrase)

    @property
    def store_open(self) -> bool:
        """False only after a failed change of the data key left the store closed."""
        return self._store.is_open

    def rekey_cost(self) -> RekeyCost:
        return rekey_cost(self._store.folder)

    def change_data_key(self, passphrase: str) -> str:
        """Re-encrypt the store under a new random key and go on with it; the OS keychain, if
        the person opted in, gets the new key. Returns the new recovery code (shown once)."""
        return self._store.change_data_key(passphrase, system_vault()).recovery_code

    def new_recovery_code(self) -> str:
        """A fresh recovery code that replaces the old one at once; shown once, never kept."""
        return self._store.new_recovery_code()
