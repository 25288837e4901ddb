"""`companion passwd`, `recovery-code` and `rekey`: the store's keys from a terminal or script."""

from __future__ import annotations

import argparse
import os
import sys

from companion.cli.arguments import UsageError
from companion.cli.terminal import (
    PASSPHRASE_ENV,
    ask_passphrase,
    ask_yes_no,
    new_passphrase,
    say,
    unlock_key,
)
from companion.errors import EXIT_OK, PassphraseNeeded
from companion.paths import DataFolder
from companion.services import access

NEW_PASSPHRASE_ENV = "COMPANION_NEW_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
KEEP_IT_SAFE = (
    "Write it down and keep it somewhere safe, away from this computer. It unlocks the store "
    "if you forget your passphrase; the old recovery code no longer works."
)


def _chosen_passphrase() -> str:
    if not os.environ.get(NEW_PASSPHRASE_ENV) and not (sys.stdin and sys.stdin.isatty()):
        raise PassphraseNeeded(
            f"No new passphrase: set {NEW_PASSPHRASE_ENV} or run this command in a terminal "
            "to be asked; nothing was changed."
        )
    return new_passphrase(NEW_PASSPHRASE_ENV, "nothing was changed")


def cmd_passwd(args: argparse.Namespace, folder: DataFolder) -> int:
    key = unlock_key(folder)  # with --recovery-code, the recovery code (cli/terminal.py)
    passphrase = _chosen_passphrase()
    with access.open_for_writing(folder, key) as store:
        access.KeyService(store).change_passphrase(passphrase)
    say(
        "companion: the passphrase is changed; the old one no longer opens the store "
        "(your recovery code still does)"
    )
    return EXIT_OK


def _show_recovery_code(code: str) -> None:
    print(f"Recovery code: {code}")
    print()
    print(KEEP_IT_SAFE)


def cmd_recovery_code(args: argparse.Namespace, folder: DataFolder) -> int:
    key = unlock_key(folder)
    with access.open_for_writing(folder, key) as store:
        code = access.KeyService(store).new_recovery_code()
    _show_recovery_code(code)
    return EXIT_OK


def describe_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def describe_seconds(seconds: float) -> str:
    if seconds < 5:
        return "a few seconds"
    if seconds < 90:
        return f"about {round(seconds / 5) * 5} seconds"
    return f"about {round(seconds / 60)} minutes"


def _current_passphrase() -> str:
    """Changing the data key wraps the new key under the passphrase, so it must be typed (or
    given in COMPANION_PASSPHRASE): the OS keychain holds the key, not the passphrase."""
    passphrase = os.environ.get(PASSPHRASE_ENV) or ask_passphrase("Passphrase: ")
    if not passphrase:
        raise PassphraseNeeded(
            f"Changing the data key needs your passphrase: set {PASSPHRASE_ENV} or run this "
            "command in a terminal to be asked; nothing was changed."
        )
    return passphrase


def cmd_rekey(args: argparse.Namespace, folder: DataFolder) -> int:
    access.require_store(folder)
    if not args.yes and not (sys.stdin and sys.stdin.isatty()):
        raise UsageError(
            "add --yes to change the data key without being asked; nothing was changed"
        )
    cost = access.rekey_cost(folder)
    say(
        f"companion: changing the data key re-encrypts the whole store "
        f"({describe_size(cost.database_bytes)}); this takes {describe_seconds(cost.seconds)}. "
        "Close the Companion window first. You get a new recovery code; your passphrase stays."
    )
    if not args.yes and not ask_yes_no("Change the data key now?"):
        say("companion: nothing was changed")
        return EXIT_OK
    rekeyed = access.change_data_key(folder, _current_passphrase())
    say(
        "companion: the store is re-encrypted under a new data key; old copies of the key file "
        "no longer open it"
    )
    _show_recovery_code(rekeyed.recovery_code)
    return EXIT_OK
