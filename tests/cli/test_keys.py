"""`companion passwd`, `recovery-code` and `rekey`: success, refusals and their exit codes; a
refusal leaves every store file byte-identical."""

from __future__ import annotations

import errno
import io
import sys

import pytest

from companion.cli import main as cli
from companion.errors import Unavailability, WrongPassphrase, WrongRecoveryCode
from companion.paths import DataFolder
from companion.store import create_store, keys
from companion.store.folder import read_key_file
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "another gentle evening by the river"


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


@pytest.fixture
def recovery_code(folder: DataFolder, monkeypatch) -> str:
    store, code = create_store(folder, PASSPHRASE)
    store.close()
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    return code


def store_files(folder: DataFolder) -> dict[str, bytes]:
    """The store's own files (the log may say a command ran)."""
    return {
        path.name: path.read_bytes()
        for path in folder.root.iterdir()
        if path.name.startswith("companion.") and path.name != "companion.log"
    }


class Terminal(io.StringIO):
    """stdin on a terminal, for the prompts."""

    def isatty(self) -> bool:
        return True


def typing(monkeypatch, *answers: str) -> list[str]:
    """The person types `answers` at the passphrase prompts, in turn; returns the prompts."""
    prompts: list[str] = []
    pending = list(answers)

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return pending.pop(0)

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("companion.cli.terminal.ask_passphrase", ask)
    monkeypatch.setattr("companion.cli.keys.ask_passphrase", ask)
    return prompts


def one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    return err


# --- passwd -----------------------------------------------------------------------------


def test_passwd_from_the_environment(folder, recovery_code, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_NEW_PASSPHRASE", NEW_PASSPHRASE)
    database = folder.database.read_bytes()
    assert run(folder, "passwd") == 0
    assert "the old one no longer opens" in capsys.readouterr().err
    key_file = read_key_file(folder)
    with pytest.raises(WrongPassphrase):
        keys.unlock_with_passphrase(key_file, PASSPHRASE)
    key = keys.unlock_with_passphrase(key_file, NEW_PASSPHRASE)
    assert keys.unlock_with_recovery_code(key_file, recovery_code) == key
    assert folder.database.read_bytes() == database  # only the key file was rewritten


def test_passwd_asks_the_old_and_twice_the_new(folder, recovery_code, monkeypatch) -> None:
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    prompts = typing(monkeypatch, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert run(folder, "passwd") == 0
    assert prompts == ["Passphrase: ", "Choose a passphrase: ", "Type it again: "]
    keys.unlock_with_passphrase(read_key_file(folder), NEW_PASSPHRASE)


def test_passwd_with_the_recovery_code(folder, recovery_code, monkeypatch) -> None:
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    monkeypatch.setenv("COMPANION_RECOVERY_CODE", recovery_code.lower().replace("-", " "))
    monkeypatch.setenv("COMPANION_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run(folder, "passwd", "--recovery-code") == 0
    keys.unlock_with_passphrase(read_key_file(folder), NEW_PASSPHRASE)


@pytest.mark.parametrize(
    ("setup", "code", "needle"),
    [
        (
            {
                "COMPANION_PASSPHRASE": "not the passphrase at all",
                "COMPANION_NEW_PASSPHRASE": NEW_PASSPHRASE,
            },
            2,
            "does not unlock",
        ),
        ({"COMPANION_NEW_PASSPHRASE": "password"}, 1, "too easy to guess"),
        ({"COMPANION_NEW_PASSPHRASE": "short"}, 1, "too easy to guess"),
        ({}, 2, "COMPANION_NEW_PASSPHRASE"),  # nobody to ask
    ],
)
def test_passwd_refusals_change_nothing(
    folder, recovery_code, monkeypatch, capsys, setup, code, needle
) -> None:
    for name, value in setup.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdin", None)
    before = store_files(folder)
    assert run(folder, "passwd") == code
    err = one_line(capsys.readouterr().err)
    assert needle in err and "nothing was changed" in err
    assert PASSPHRASE not in err and NEW_PASSPHRASE not in err
    assert store_files(folder) == before


def test_passwd_typed_twice_differently_changes_nothing(folder, recovery_code, monkeypatch, capsys):
    typing(monkeypatch, NEW_PASSPHRASE, NEW_PASSPHRASE + " too")
    before = store_files(folder)
    assert run(folder, "passwd") == 1
    assert "differ; nothing was changed" in one_line(capsys.readouterr().err)
    assert store_files(folder) == before


def test_a_wrong_recovery_code_changes_nothing(folder, recovery_code, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_RECOVERY_CODE", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    monkeypatch.setenv("COMPANION_NEW_PASSPHRASE", NEW_PASSPHRASE)
    before = store_files(folder)
    assert run(folder, "passwd", "--recovery-code") == 2
    assert "recovery code does not unlock" in one_line(capsys.readouterr().err)
    assert store_files(folder) == before


@pytest.mark.parametrize(
    ("number", "needle"), [(errno.ENOSPC, "disk is full"), (errno.EROFS, "read-only")]
)
def test_passwd_on_a_full_or_read_only_disk(
    folder, recovery_code, monkeypatch, capsys, number, needle
) -> None:
    monkeypatch.setenv("COMPANION_NEW_PASSPHRASE", NEW_PASSPHRASE)

    def refused(*_args, **_kwargs):
        raise OSError(number, "refused")

    monkeypatch.setattr("companion.store.keys.write_private_atomically", refused)
    state = Unavailability.READ_ONLY if number == errno.EROFS else None
    monkeypatch.setattr("companion.store.problems.filesystem_state", lambda _folder: state)
    before = store_files(folder)
    assert run(folder, "passwd") == 3
    assert needle in one_line(capsys.readouterr().err).lower()
    assert store_files(folder) == before
    keys.unlock_with_passphrase(read_key_file(folder), PASSPHRASE)


# --- recovery-code ------------------------------------------------------------------------


def test_recovery_code_prints_a_new_code_once_and_voids_the_old(
    folder, recovery_code, capsys
) -> None:
    assert run(folder, "recovery-code") == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("Recovery code: ")]
    assert len(lines) == 1
    code = lines[0].removeprefix("Recovery code: ")
    assert "keep it somewhere safe" in out
    key_file = read_key_file(folder)
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, recovery_code)
    assert keys.unlock_with_recovery_code(key_file, code) == keys.unlock_with_passphrase(
        key_file, PASSPHRASE
    )


def test_recovery_code_with_a_wrong_passphrase_changes_nothing(
    folder, recovery_code, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", "not the passphrase at all")
    before = store_files(folder)
    assert run(folder, "recovery-code") == 2
    captured = capsys.readouterr()
    one_line(captured.err)
    assert "Recovery code" not in captured.out
    assert store_files(folder) == before


# --- rekey ----------------------------------------------------------------------------------


def test_rekey_with_yes(folder, recovery_code, capsys) -> None:
    old_key = keys.unlock_with_passphrase(read_key_file(folder), PASSPHRASE)
    assert run(folder, "rekey", "--yes") == 0
    captured = capsys.readouterr()
    assert "re-encrypts the whole store (" in captured.err and "takes a few seconds" in captured.err
    code = next(
        line.removeprefix("Recovery code: ")
        for line in captured.out.splitlines()
        if line.startswith("Recovery code: ")
    )
    key_file = read_key_file(folder)
    new_key = keys.unlock_with_passphrase(key_file, PASSPHRASE)
    assert new_key != old_key
    assert keys.unlock_with_recovery_code(key_file, code) == new_key
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, recovery_code)


def test_rekey_asks_first_and_a_no_changes_nothing(folder, recovery_code, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda _question: "n")
    before = store_files(folder)
    assert run(folder, "rekey") == 0
    assert "nothing was changed" in capsys.readouterr().err
    assert store_files(folder) == before


def test_rekey_asks_first_and_a_yes_goes_ahead(folder, recovery_code, monkeypatch, capsys):
    monkeypatch.delenv("COMPANION_PASSPHRASE")
    monkeypatch.setattr("builtins.input", lambda _question: "y")
    prompts = typing(monkeypatch, PASSPHRASE)
    assert run(folder, "rekey") == 0
    assert prompts == ["Passphrase: "]
    assert "Recovery code: " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "passphrase", "code", "needle"),
    [
        ((), PASSPHRASE, 1, "add --yes"),  # no terminal to ask
        (("--yes",), "not the passphrase at all", 2, "does not unlock"),
        (("--yes",), "", 2, "needs your passphrase"),
    ],
)
def test_rekey_refusals_change_nothing(
    folder, recovery_code, monkeypatch, capsys, args, passphrase, code, needle
) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", passphrase)
    monkeypatch.setattr(sys, "stdin", None)
    before = store_files(folder)
    assert run(folder, "rekey", *args) == code
    err = capsys.readouterr().err
    assert needle in err.splitlines()[-1]
    assert store_files(folder) == before


def test_rekey_while_the_store_is_open_is_refused(folder, recovery_code, capsys) -> None:
    key = keys.unlock_with_passphrase(read_key_file(folder), PASSPHRASE)
    from companion.store.lifecycle import open_store

    with open_store(folder, key) as store:
        store.count_checkins()  # as an open window holds it
        before = store_files(folder)
        assert run(folder, "rekey", "--yes") == 3
        assert "busy" in capsys.readouterr().err.splitlines()[-1]
        assert store_files(folder) == before


def test_passwd_keeps_automatic_unlock_working(folder, monkeypatch, memory_keyring) -> None:
    from companion.services import access
    from companion.store.keychain import system_vault

    store, _code = create_store(folder, PASSPHRASE, vault=system_vault())
    store.close()
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COMPANION_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run(folder, "passwd") == 0
    reopened = access.unlock_automatically(folder)  # the keychain still holds the right key
    assert reopened is not None
    reopened.close()
    assert read_key_file(folder).remember_in_keychain


def test_rekey_moves_automatic_unlock_to_the_new_key(folder, monkeypatch, memory_keyring) -> None:
    from companion.services import access
    from companion.store.keychain import system_vault

    store, _code = create_store(folder, PASSPHRASE, vault=system_vault())
    store.close()
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert run(folder, "rekey", "--yes") == 0
    reopened = access.unlock_automatically(folder)
    assert reopened is not None
    reopened.close()
