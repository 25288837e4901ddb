"""The encrypted store: SQLCipher database, wrapped keys, schema migrations; no Qt here.

Finding the store and unlocking its key (`folder`, `keys`, `keychain`) need no SQLAlchemy, so they
are imported at once; what opens the database (`lifecycle`: `Store`, `open_store`, ...) and
checks it (`checking`: `verify_store`) is imported on first use (PEP 562), so the unlock dialog
can appear before the ORM is loaded.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from companion.store.folder import (
    StoreState,
    inspect_folder,
    read_key_file,
    unlock_from_vault,
    unlock_with_passphrase,
    unlock_with_recovery_code,
)
from companion.store.keychain import KeyringVault, KeyVault, system_vault
from companion.store.keys import DataKey, KdfParams

if TYPE_CHECKING:
    from companion.store.checking import verify_store
    from companion.store.lifecycle import (
        Store,
        create_store,
        open_store,
        open_store_for_reading,
    )

# Names that open the database, and the module each one is in.
_OPENING_THE_DATABASE = {
    "Store": "companion.store.lifecycle",
    "create_store": "companion.store.lifecycle",
    "open_store": "companion.store.lifecycle",
    "open_store_for_reading": "companion.store.lifecycle",
    "verify_store": "companion.store.checking",
}


def __getattr__(name: str) -> Any:
    if name in _OPENING_THE_DATABASE:
        return getattr(importlib.import_module(_OPENING_THE_DATABASE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
