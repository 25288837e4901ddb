"""What the commands share: the passphrase from the environment or the terminal, yes/no
questions, one-line messages on stderr, and opening the store with them."""

from __future__ import annotations

import getpass
import os
import sys

from companion.cli.arguments import UsageError
from companion.errors import PassphraseNeeded
from companion.passphrase import estimate
from companion.paths import DataFolder
from companion.services import access
from companion.store import DataKey, Store

PASSPHRASE_ENV = "COMPANION_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def say(text: str) -> None:
    print(text, file=sys.stderr)


def ask_passphrase(prompt: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def unlock_key(folder: DataFolder) -> DataKey:
    """COMPANION_PASSPHRASE, else the OS keychain (if opted in), else a prompt on a terminal."""
    return access.unlock_key(folder, os.environ.get(PASSPHRASE_ENV), ask_passphrase)


def open_for_writing(folder: DataFolder) -> Store:
    return access.open_for_writing(folder, unlock_key(folder))


def open_for_reading(folder: DataFolder) -> Store:
    """For commands that only read: works on a read-only folder or a full disk too."""
    return access.open_for_reading(folder, unlock_key(folder))


def new_passphrase(variable: str = PASSPHRASE_ENV, outcome: str = "nothing was created") -> str:
    """The variable (COMPANION_PASSPHRASE), or asked twice on a terminal; refused if too easy
    to guess. `outcome` ends the refusal: what was left undone."""
    passphrase = os.environ.get(variable)
    if not passphrase:
        passphrase = ask_passphrase("Choose a passphrase: ")
        if passphrase is None:
            raise PassphraseNeeded()
        if ask_passphrase("Type it again: ") != passphrase:
            raise UsageError(f"the two passphrases differ; {outcome}")
    found = estimate(passphrase)
    if not found.acceptable:
        # zxcvbn's advice is a fixed English sentence, never the passphrase itself.
        advice = found.warning or "add another word or two"
        raise UsageError(
            f"this passphrase is too easy to guess ({advice.rstrip('.')}); "
            f"add another word or two only you would put together; {outcome}"
        )
    return passphrase


def ask_yes_no(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError("add --yes to go ahead without being asked")
    return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}
