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
