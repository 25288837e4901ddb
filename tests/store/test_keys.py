"""The key file: wraps, recovery codes, rewrapping, and damaged key files."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.errors import DamagedKeyFile, MissingKeyFile, WrongPassphrase, WrongRecoveryCode
from companion.store import keys


def test_passphrase_unwraps_the_same_key() -> None:
    key, _code, key_file = keys.create_key_file("correct horse battery")
    assert keys.unlock_with_passphrase(key_file, "correct horse battery") == key


def test_wrong_passphrase_is_refused() -> None:
    _key, _code, key_file = keys.create_key_file("correct horse battery")
    with pytest.raises(WrongPassphrase):
        keys.unlock_with_passphrase(key_file, "correct horse batterY")


def test_recovery_code_forgives_case_spaces_and_lookalikes() -> None:
    key, code, key_file = keys.create_key_file("correct horse battery")
    sloppy = code.lower().replace("-", "  ").replace("0", "o").replace("1", "l")
    assert keys.unlock_with_recovery_code(key_file, sloppy) == key
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, "0000-0000-0000-0000-0000-0000")


def test_recovery_code_shape() -> None:
    code = keys.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 6 and all(len(group) == 4 for group in groups)
    assert not set(code) & set("ILOU")


def test_japanese_passphrase_matches_across_unicode_forms() -> None:
    composed = "ぱすふれーずです"  # ぱ as one code point
    decomposed = "は\u309aすふれーずです"  # は + combining handakuten
    key, _code, key_file = keys.create_key_file(composed)
    assert keys.unlock_with_passphrase(key_file, decomposed) == key


def test_rewrap_changes_the_passphrase_and_keeps_the_key_and_code() -> None:
    key, code, key_file = keys.create_key_file("first passphrase here")
    rewrapped = keys.rewrap_passphrase(key_file, key, "second passphrase here")
    assert keys.unlock_with_passphrase(rewrapped, "second passphrase here") == key
    assert keys.unlock_with_recovery_code(rewrapped, code) == key
    with pytest.raises(WrongPassphrase):
        keys.unlock_with_passphrase(rewrapped, "first passphrase here")


def test_key_file_round_trips_through_json(tmp_path) -> None:
    key, _code, key_file = keys.create_key_file("correct horse battery")
    path = tmp_path / "companion.key"
    keys.write_key_file(path, key_file)
    assert path.stat().st_mode & 0o777 == 0o600
    loaded = keys.read_key_file(path)
    assert loaded == key_file
    assert key.raw.hex() not in path.read_text()
    assert keys.unlock_with_passphrase(loaded, "correct horse battery") == key


def test_data_key_never_shows_itself() -> None:
    key = keys.DataKey.generate()
    assert key.raw.hex() not in repr(key) and key.raw.hex() not in str(key)


def _document() -> dict:
    _key, _code, key_file = keys.create_key_file("correct horse battery")
    return json.loads(keys.to_json(key_file))


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("wraps"),
        lambda d: d.update(kind="something-else"),
        lambda d: d["wraps"]["passphrase"].update(nonce="not base64!"),
        lambda d: d["wraps"]["passphrase"]["kdf"].update(memory_kib=10**12),
        lambda d: d["wraps"]["passphrase"]["kdf"].update(name="md5"),
        lambda d: d["wraps"]["passphrase"].pop("ciphertext"),
    ],
)
def test_damaged_key_file_is_reported_not_crashed(damage) -> None:
    document = _document()
    damage(document)
    with pytest.raises(DamagedKeyFile):
        keys.from_json(json.dumps(document).encode())


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_as_key_file_are_damaged_or_valid(data: bytes) -> None:
    with contextlib.suppress(DamagedKeyFile):
        keys.from_json(data)


def test_tampered_ciphertext_reads_as_wrong_passphrase() -> None:
    document = _document()
    wrap = document["wraps"]["passphrase"]
    raw = bytearray(keys._unb64(wrap["ciphertext"]))
    raw[0] ^= 1
    wrap["ciphertext"] = keys._b64(bytes(raw))
    key_file = keys.from_json(json.dumps(document).encode())
    with pytest.raises(WrongPassphrase):
        keys.unlock_with_passphrase(key_file, "correct horse battery")


def test_missing_and_empty_key_files(tmp_path) -> None:
    with pytest.raises(MissingKeyFile):
        keys.read_key_file(tmp_path / "absent.key")
    empty = tmp_path / "empty.key"
    empty.write_bytes(b"")
    with pytest.raises(DamagedKeyFile):
        keys.read_key_file(empty)


def test_default_kdf_is_memory_hard() -> None:
    """The shipped parameters (the tests otherwise use light ones) are Argon2id at 64 MiB."""
    params = keys.KdfParams()
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3
    derived = params.derive(b"passphrase", b"0123456789abcdef")
    assert len(derived) == 32
    assert derived == params.derive(b"passphrase", b"0123456789abcdef")
    assert derived != params.derive(b"passphrase", b"fedcba9876543210")


def _set(path: tuple[str, ...], value: object):
    def damage(document: dict) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return damage


_NONCE = ("wraps", "passphrase", "nonce")
_KDF = ("wraps", "passphrase", "kdf")
MALFORMED_FIELDS = {
    "truncated nonce": lambda d: d["wraps"]["passphrase"].update(
        nonce=d["wraps"]["passphrase"]["nonce"][:8]
    ),
    "empty nonce": _set(_NONCE, ""),
    "nonce as a number": _set(_NONCE, 12),
    "short salt": _set((*_KDF, "salt"), keys._b64(b"short")),
    "long ciphertext": _set(("wraps", "passphrase", "ciphertext"), keys._b64(bytes(4096))),
    "memory 2**40 KiB": _set((*_KDF, "memory_kib"), 2**40),
    "memory 2 GiB": _set((*_KDF, "memory_kib"), 2 * 1024 * 1024),
    "ten thousand passes": _set((*_KDF, "iterations"), 10_000),
    "lanes true": _set((*_KDF, "lanes"), True),
    "iterations as text": _set((*_KDF, "iterations"), "3"),
    "memory as a float": _set((*_KDF, "memory_kib"), 1024.5),
    "kdf as a list": _set(_KDF, [1, 2]),
    "wraps as a list": _set(("wraps",), []),
    "no passphrase wrap": lambda d: d["wraps"].pop("passphrase"),
    "store id as an object": _set(("store_id",), {"a": 1}),
    "store id a lone surrogate": _set(("store_id",), "\ud800"),
    "store id missing": lambda d: d.pop("store_id"),
    "key check not base64": _set(("key_check",), "ключ"),
    "key check too short": _set(("key_check",), keys._b64(b"abc")),
    "remember as text": _set(("remember_in_keychain",), "yes"),
    "empty wrap name": lambda d: d["wraps"].update({"": d["wraps"]["passphrase"]}),
}


@pytest.mark.parametrize("damage", MALFORMED_FIELDS.values(), ids=MALFORMED_FIELDS.keys())
def test_malformed_fields_are_a_damaged_key_file(damage) -> None:
    document = _document()
    damage(document)
    with pytest.raises(DamagedKeyFile):
        keys.from_json(json.dumps(document).encode())


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,  # deeper than the parser's stack
        '{"kind": "companion-key-file", "format": 1, "wraps": ' + "9" * 5000 + "}",
        '{"kind": "companion-key-file", "format": 1, "wraps": {"passphrase": {"kdf": '
        '{"name": "argon2id", "memory_kib": Infinity, "iterations": 1, "lanes": 1}}}}',
        "[1, 2, 3]",
        '"companion-key-file"',
        " " * 70_000 + "{}",  # larger than any key file
    ],
    ids=["deep nesting", "5000 digits", "infinity", "a list", "a string", "oversized"],
)
def test_hostile_json_is_a_damaged_key_file(text: str) -> None:
    with pytest.raises(DamagedKeyFile):
        keys.from_json(text.encode("utf-8"))


def test_only_a_regular_key_file_is_read(tmp_path) -> None:
    import os

    fifo = tmp_path / "fifo.key"
    os.mkfifo(fifo)
    with pytest.raises(DamagedKeyFile):
        keys.read_key_file(fifo)  # would block forever if it were opened
    folder = tmp_path / "folder.key"
    folder.mkdir()
    with pytest.raises(DamagedKeyFile):
        keys.read_key_file(folder)
    huge = tmp_path / "huge.key"
    huge.write_bytes(b"{" + b" " * (keys.MAX_KEY_FILE_BYTES + 10) + b"}")
    with pytest.raises(DamagedKeyFile):
        keys.read_key_file(huge)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=80),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for name, inner in value.items():
            found += _paths(inner, (*prefix, name))
    return found


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_fuzzed_key_files_unlock_or_refuse_cleanly(data) -> None:
    """Any field of a real key file replaced by any JSON value, removed, or cut short: reading
    and unlocking end in a key, WrongPassphrase/WrongRecoveryCode or DamagedKeyFile only."""
    passphrase = "correct horse battery"
    key, code, key_file = keys.create_key_file(passphrase)
    document = json.loads(keys.to_json(key_file))
    path = data.draw(st.sampled_from(_paths(document)[1:]))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "remove", "truncate"]))
    if action == "replace":
        parent[path[-1]] = data.draw(_JSON)
    elif action == "remove":
        del parent[path[-1]]
    elif isinstance(parent[path[-1]], str):
        text = parent[path[-1]]
        parent[path[-1]] = text[: data.draw(st.integers(0, max(0, len(text) - 1)))]
    encoded = json.dumps(document).encode()
    if data.draw(st.booleans()):
        encoded = encoded[: data.draw(st.integers(0, len(encoded)))]
    # Keep the fuzz light: a file inside the real bounds may still ask for up to 1 GiB.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keys, "MAX_KDF_MEMORY_KIB", 8 * 1024)
        patch.setattr(keys, "MAX_KDF_ITERATIONS", 2)
        try:
            loaded = keys.from_json(encoded)
        except DamagedKeyFile:
            return
        for unlock, secret, refusal in (
            (keys.unlock_with_passphrase, passphrase, WrongPassphrase),
            (keys.unlock_with_recovery_code, code, WrongRecoveryCode),
        ):
            with contextlib.suppress(refusal, DamagedKeyFile):
                assert unlock(loaded, secret) == key
