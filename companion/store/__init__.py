"""The encrypted store: SQLCipher database, wrapped keys, schema migrations; no Qt here."""

from companion.store.keychain import KeyringVault, KeyVault, system_vault
from companion.store.keys import DataKey, KdfParams
from companion.store.lifecycle import (
    Store,
    StoreState,
    create_store,
    inspect_folder,
    open_store,
    open_store_for_reading,
    read_key_file,
    unlock_from_vault,
    unlock_with_passphrase,
    unlock_with_recovery_code,
    verify_store,
)

__all__ = [
    "DataKey",
    "KdfParams",
    "KeyVault",
    "KeyringVault",
    "Store",
    "StoreState",
    "create_store",
    "inspect_folder",
    "open_store",
    "open_store_for_reading",
    "read_key_file",
    "system_vault",
    "unlock_from_vault",
    "unlock_with_passphrase",
    "unlock_with_recovery_code",
    "verify_store",
]
