"""The OS keychain, used only when it is a recommended, encrypted backend and the person opts in.

Plaintext and file-based keyring backends are never used: where no recommended backend exists
(headless Linux, say) the person types the passphrase instead.

`keyring` is imported on first use: importing it and finding the backend takes about 100 ms,
which a start without automatic unlock does not need to spend.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import Any, Protocol

from companion.store.keys import DataKey

SERVICE = "Companion"

# Backends that keep secrets in the operating system's own encrypted store.
RECOMMENDED_MODULES = frozenset(
    {
        "keyring.backends.macOS",
        "keyring.backends.Windows",
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
    }
)


class KeyVault(Protocol):
    """Somewhere outside the data folder that can hold a store's data key."""

    def load(self, store_id: str) -> DataKey | None: ...

    def save(self, store_id: str, key: DataKey) -> bool: ...

    def forget(self, store_id: str) -> None: ...


def _module_of(backend: Any) -> str:
    return str(type(backend).__module__)


def is_recommended(backend: Any) -> bool:
    try:
        viable = float(backend.priority) > 0
    except Exception:  # a backend that cannot even report its priority is not usable
        viable = False
    return viable and _module_of(backend) in RECOMMENDED_MODULES


def recommended_backend() -> Any | None:
    """The active keyring backend if it is a recommended one (looking inside a chainer)."""
    import keyring

    try:
        active = keyring.get_keyring()
    except Exception:
        return None
    candidates = list(getattr(active, "backends", None) or [active])
    for backend in candidates:
        if is_recommended(backend):
            return backend
    return None


class KeyringVault:
    """A KeyVault on a keyring backend; every keyring failure reads as "not there"."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def load(self, store_id: str) -> DataKey | None:
        from keyring.errors import KeyringError

        try:
            stored = self._backend.get_password(SERVICE, store_id)
        except KeyringError:
            return None
        if not stored:
            return None
        try:
            return DataKey(base64.b64decode(stored, validate=True))
        except (ValueError, binascii.Error):
            return None

    def save(self, store_id: str, key: DataKey) -> bool:
        from keyring.errors import KeyringError

        try:
            self._backend.set_password(SERVICE, store_id, base64.b64encode(key.raw).decode())
        except KeyringError:
            return False
        return True

    def forget(self, store_id: str) -> None:
        from keyring.errors import KeyringError

        with contextlib.suppress(KeyringError):
            self._backend.delete_password(SERVICE, store_id)


def system_vault() -> KeyringVault | None:
    backend = recommended_backend()
    return KeyringVault(backend) if backend is not None else None
