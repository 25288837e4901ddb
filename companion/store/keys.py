"""The data key and its wraps: AES-256-GCM under Argon2id of the passphrase or recovery code.

The database is encrypted with a random 32-byte data key used as a SQLCipher raw key. That key
never reaches the disk in plaintext: the key file beside the database holds it wrapped twice,
once under the passphrase and once under a one-time recovery code. Changing the passphrase
rewraps the key and leaves the database alone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import stat
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from companion.errors import DamagedKeyFile, MissingKeyFile, WrongPassphrase, WrongRecoveryCode
from companion.files import write_private_atomically
from companion.passphrase import normalise

KEY_FILE_FORMAT = 1
DATA_KEY_BYTES = 32
PASSPHRASE = "passphrase"  # noqa: S105 - the name of a wrap, not a secret
RECOVERY = "recovery"
# Crockford's base32: no I, L, O or U, so a handwritten code is hard to misread.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 6
_RECOVERY_GROUP_LEN = 4
_CHECK_LABEL = b"companion key check v1"
# What a key file may hold. A damaged or hostile file must not make the app allocate gigabytes
# or hash for hours: Argon2id is bounded to 1 GiB and 16 passes (the default is 64 MiB, 3).
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_ITERATIONS = 16
MAX_KDF_LANES = 16
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
KEY_CHECK_BYTES = 16


class DataKey:
    """The raw data key; its repr never shows the bytes."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != DATA_KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = raw

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(DATA_KEY_BYTES))

    @property
    def raw(self) -> bytes:
        return self._raw

    def sqlcipher_pragma(self) -> str:
        return f"PRAGMA key = \"x'{self._raw.hex()}'\""

    def check_value(self) -> str:
        """A public fingerprint that tells whether a key belongs to a store; reveals nothing."""
        digest = hmac.new(self._raw, _CHECK_LABEL, hashlib.sha256).digest()
        return _b64(digest[:16])

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataKey) and hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(self.check_value())


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with each wrap so they can be raised later."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Wrap:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class KeyFile:
    """What lies in companion.key: the store's id, its key check and the wraps."""

    store_id: str
    key_check: str
    wraps: dict[str, Wrap]
    remember_in_keychain: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(store_id: str, kind: str) -> bytes:
    return f"companion/{KEY_FILE_FORMAT}/{store_id}/{kind}".encode()


def _wrap(key: DataKey, secret: bytes, store_id: str, kind: str, kdf: KdfParams) -> Wrap:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapping_key = kdf.derive(secret, salt)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, key.raw, _aad(store_id, kind))
    return Wrap(kdf=kdf, salt=salt, nonce=nonce, ciphertext=ciphertext)


def _unwrap(key_file: KeyFile, secret: bytes, kind: str) -> DataKey | None:
    wrap = key_file.wraps.get(kind)
    if wrap is None:
        return None
    wrapping_key = wrap.kdf.derive(secret, wrap.salt)
    try:
        raw = AESGCM(wrapping_key).decrypt(
            wrap.nonce, wrap.ciphertext, _aad(key_file.store_id, kind)
        )
    except InvalidTag:
        return None
    key = DataKey(raw)
    if not hmac.compare_digest(key.check_value(), key_file.key_check):
        raise DamagedKeyFile()
    return key


def new_recovery_code() -> str:
    chars = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)
    )
    groups = [chars[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(chars), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalise_recovery_code(code: str) -> bytes:
    """Accept lower case, spaces, missing dashes and the look-alikes O/I/L for 0/1/1."""
    table = str.maketrans({"O": "0", "I": "1", "L": "1"})
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum()).translate(table)
    return cleaned.encode("ascii", errors="replace")


def create_key_file(passphrase: str, kdf: KdfParams | None = None) -> tuple[DataKey, str, KeyFile]:
    """A fresh data key, its recovery code and the key file that wraps it under both."""
    params = kdf or DEFAULT_KDF
    key = DataKey.generate()
    store_id = str(uuid.uuid4())
    code = new_recovery_code()
    wraps = {
        PASSPHRASE: _wrap(key, normalise(passphrase), store_id, PASSPHRASE, params),
        RECOVERY: _wrap(key, normalise_recovery_code(code), store_id, RECOVERY, params),
    }
    return key, code, KeyFile(store_id=store_id, key_check=key.check_value(), wraps=wraps)


def unlock_with_passphrase(key_file: KeyFile, passphrase: str) -> DataKey:
    key = _unwrap(key_file, normalise(passphrase), PASSPHRASE)
    if key is None:
        raise WrongPassphrase()
    return key


def unlock_with_recovery_code(key_file: KeyFile, code: str) -> DataKey:
    key = _unwrap(key_file, normalise_recovery_code(code), RECOVERY)
    if key is None:
        raise WrongRecoveryCode()
    return key


def rewrap_passphrase(
    key_file: KeyFile, key: DataKey, new_passphrase: str, kdf: KdfParams | None = None
) -> KeyFile:
    """The same data key under a new passphrase; the database is not touched."""
    if not hmac.compare_digest(key.check_value(), key_file.key_check):
        raise ValueError("that key does not belong to this key file")
    wrap = _wrap(key, normalise(new_passphrase), key_file.store_id, PASSPHRASE, kdf or DEFAULT_KDF)
    return replace(key_file, wraps={**key_file.wraps, PASSPHRASE: wrap})


def rewrap_recovery_code(
    key_file: KeyFile, key: DataKey, kdf: KdfParams | None = None
) -> tuple[KeyFile, str]:
    """The same data key under a fresh recovery code, which replaces the old one's wrap (so the
    old code no longer opens anything); returns the key file and the new code."""
    if not hmac.compare_digest(key.check_value(), key_file.key_check):
        raise ValueError("that key does not belong to this key file")
    code = new_recovery_code()
    wrap = _wrap(
        key, normalise_recovery_code(code), key_file.store_id, RECOVERY, kdf or DEFAULT_KDF
    )
    return replace(key_file, wraps={**key_file.wraps, RECOVERY: wrap}), code


def key_file_for_new_key(
    key_file: KeyFile, new_key: DataKey, passphrase: str, kdf: KdfParams | None = None
) -> tuple[KeyFile, str]:
    """A key file for a new data key (after the database was re-encrypted): the same store id
    and keychain choice, the new key wrapped under `passphrase` and a fresh recovery code (the
    old code wrapped the old key only). Wraps of kinds this version does not know are dropped:
    they hold the old key. Returns the key file and the new code."""
    params = kdf or DEFAULT_KDF
    code = new_recovery_code()
    wraps = {
        PASSPHRASE: _wrap(new_key, normalise(passphrase), key_file.store_id, PASSPHRASE, params),
        RECOVERY: _wrap(
            new_key, normalise_recovery_code(code), key_file.store_id, RECOVERY, params
        ),
    }
    return replace(key_file, key_check=new_key.check_value(), wraps=wraps), code


def key_belongs(key_file: KeyFile, key: DataKey) -> bool:
    return hmac.compare_digest(key.check_value(), key_file.key_check)


def to_json(key_file: KeyFile) -> bytes:
    document: dict[str, Any] = {
        **key_file.extra,
        "format": KEY_FILE_FORMAT,
        "kind": "companion-key-file",
        "store_id": key_file.store_id,
        "key_check": key_file.key_check,
        "remember_in_keychain": key_file.remember_in_keychain,
        "wraps": {
            kind: {
                "kdf": {
                    "name": "argon2id",
                    "memory_kib": wrap.kdf.memory_kib,
                    "iterations": wrap.kdf.iterations,
                    "lanes": wrap.kdf.lanes,
                    "salt": _b64(wrap.salt),
                },
                "cipher": "aes-256-gcm",
                "nonce": _b64(wrap.nonce),
                "ciphertext": _b64(wrap.ciphertext),
            }
            for kind, wrap in key_file.wraps.items()
        },
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def _plausible(params: KdfParams) -> bool:
    """Bounds that keep a damaged key file from asking for absurd memory or time."""
    return (
        1 <= params.lanes <= MAX_KDF_LANES
        and 1 <= params.iterations <= MAX_KDF_ITERATIONS
        and 8 * params.lanes <= params.memory_kib <= MAX_KDF_MEMORY_KIB
    )


def _field(mapping: dict[str, Any], name: str, kind: type) -> Any:
    """A field of the expected JSON type (a bool is not an int here), else DamagedKeyFile."""
    value = mapping.get(name)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise DamagedKeyFile()
    return value


def _bytes_field(mapping: dict[str, Any], name: str, *, length: int) -> bytes:
    text = _field(mapping, name, str)
    if len(text) > 4 * length:  # base64 of `length` bytes is shorter; refuse before decoding
        raise DamagedKeyFile()
    value = _unb64(text)
    if len(value) != length:
        raise DamagedKeyFile()
    return value


def _text_field(mapping: dict[str, Any], name: str) -> str:
    text: str = _field(mapping, name, str)
    if not 0 < len(text) <= 200:
        raise DamagedKeyFile()
    text.encode("utf-8")  # a lone surrogate is a damaged file (UnicodeEncodeError)
    return text


def _parse_wrap(raw: object) -> Wrap:
    if not isinstance(raw, dict):
        raise DamagedKeyFile()
    kdf = _field(raw, "kdf", dict)
    if kdf.get("name") != "argon2id" or raw.get("cipher") != "aes-256-gcm":
        raise DamagedKeyFile()
    params = KdfParams(
        memory_kib=_field(kdf, "memory_kib", int),
        iterations=_field(kdf, "iterations", int),
        lanes=_field(kdf, "lanes", int),
    )
    if not _plausible(params):
        raise DamagedKeyFile()
    return Wrap(
        params,
        _bytes_field(kdf, "salt", length=SALT_BYTES),
        _bytes_field(raw, "nonce", length=NONCE_BYTES),
        _bytes_field(raw, "ciphertext", length=WRAPPED_KEY_BYTES),
    )


def from_json(data: bytes) -> KeyFile:
    """Parse a key file; anything malformed (wrong JSON, types, lengths, encodings, absurd KDF
    parameters, deep nesting, huge numbers) is DamagedKeyFile, never a crash."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise DamagedKeyFile()
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict):
            raise DamagedKeyFile()
        if document.get("kind") != "companion-key-file" or document.get("format") != 1:
            raise DamagedKeyFile()
        raw_wraps = _field(document, "wraps", dict)
        wraps = {_kind(kind): _parse_wrap(raw) for kind, raw in raw_wraps.items()}
        if PASSPHRASE not in wraps:
            raise DamagedKeyFile()
        key_check = _text_field(document, "key_check")
        if len(_unb64(key_check)) != KEY_CHECK_BYTES:
            raise DamagedKeyFile()
        remember = document.get("remember_in_keychain", False)
        if not isinstance(remember, bool):
            raise DamagedKeyFile()
        known = {"format", "kind", "store_id", "key_check", "remember_in_keychain", "wraps"}
        return KeyFile(
            store_id=_text_field(document, "store_id"),
            key_check=key_check,
            wraps=wraps,
            remember_in_keychain=remember,
            extra={k: v for k, v in document.items() if k not in known},
        )
    except DamagedKeyFile:
        raise
    except (
        ValueError,  # also UnicodeError, json.JSONDecodeError, binascii.Error
        KeyError,
        TypeError,
        AttributeError,
        OverflowError,
        RecursionError,  # nesting deeper than the parser's stack
        binascii.Error,
    ):
        raise DamagedKeyFile() from None


def _kind(kind: str) -> str:
    """A wrap's name: passphrase, recovery, or one a later version adds (kept, never used)."""
    if not 0 < len(kind) <= 50:
        raise DamagedKeyFile()
    kind.encode("utf-8")
    return kind


def read_key_file(path: Path) -> KeyFile:
    """Only a regular file, and only up to MAX_KEY_FILE_BYTES (a FIFO or a huge file would hang
    or exhaust memory)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise DamagedKeyFile()
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise MissingKeyFile() from None
    except IsADirectoryError:
        raise DamagedKeyFile() from None
    if not data.strip():
        raise DamagedKeyFile()
    return from_json(data)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    write_private_atomically(path, to_json(key_file))
