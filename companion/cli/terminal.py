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
RECOVERY_CODE_ENV = "COMPANION_RECOVERY_CODE"
NO_RECOVERY_CODE = (
    f"No recovery code could be asked for: set {RECOVERY_CODE_ENV} or run in a terminal."
)
_unlocking = {"recovery_code": False}


def unlock_with_recovery_code(wanted: bool = True) -> None:
    """--recovery-code: every unlock in this command uses the recovery code (until reset)."""
    _unlocking["recovery_code"] = wanted


def say(text: str) -> None:
    print(text, file=sys.stderr)


def counted(count: int, noun: str, plural: str = "") -> str:
    """A count and its noun as English says it: "1 check-in", "2 check-ins", "0 entries"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def ask_passphrase(prompt: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def unlock_key(folder: DataFolder) -> DataKey:
    """COMPANION_PASSPHRASE, else the OS keychain (if opted in), else a prompt on a terminal.
    With --recovery-code, or COMPANION_RECOVERY_CODE and no COMPANION_PASSPHRASE: the recovery
    code (from the variable or a prompt) instead."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if _unlocking["recovery_code"] or (os.environ.get(RECOVERY_CODE_ENV) and not passphrase):
        return recovery_code_key(folder)
    return access.unlock_key(folder, passphrase, ask_passphrase)


def recovery_code_key(folder: DataFolder) -> DataKey:
    """The data key from COMPANION_RECOVERY_CODE, else from the code typed at a prompt."""
    access.require_store(folder)
    code = os.environ.get(RECOVERY_CODE_ENV) or ask_passphrase("Recovery code: ")
    if not code:
        raise PassphraseNeeded(NO_RECOVERY_CODE)
    return access.derive_key(folder, code, recovery_code=True)


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
