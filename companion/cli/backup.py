"""`companion backup` and `companion restore`: the whole store in one encrypted file."""

from __future__ import annotations

import argparse
import os

from companion.cli.arguments import UsageError
from companion.cli.terminal import PASSPHRASE_ENV, ask_passphrase, open_for_reading, say
from companion.errors import EXIT_OK, PassphraseNeeded, StoreExists
from companion.files import output_path
from companion.paths import DataFolder
from companion.services.backups import BackupService, check_backup_file, has_store_files, restore


def cmd_backup(args: argparse.Namespace, folder: DataFolder) -> int:
    output_path(args.output, folder.root)  # refused before unlocking
    with open_for_reading(folder) as store:
        written = BackupService(store).back_up_to(args.output)
    say(
        f"companion: wrote an encrypted backup to {written}; it opens with the passphrase or "
        "the recovery code you have now"
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, folder: DataFolder) -> int:
    if has_store_files(folder) and not args.replace:
        raise UsageError(
            "there is a store in the data folder already; add --replace to move it into "
            "backups/ and restore over it (nothing was changed)"
        )
    check_backup_file(args.file)  # a foreign or damaged file is refused before asking
    secret = os.environ.get(PASSPHRASE_ENV) or ask_passphrase(
        "Passphrase or recovery code of the backup: "
    )
    if not secret:
        raise PassphraseNeeded()
    try:
        store, restored = restore(folder, args.file, secret, replace=args.replace)
    except StoreExists:  # a store appeared meanwhile
        raise UsageError(
            "there is a store in the data folder already; add --replace (nothing was changed)"
        ) from None
    store.close()
    if restored.safety_copy is not None:
        say(f"companion: the store that was there is kept in {restored.safety_copy}")
    say(f"companion: restored the backup into {folder.root}; unlock it as when it was made")
    return EXIT_OK
