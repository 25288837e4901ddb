"""Problems a person must be told about, each with its command-line exit code.

Anything else that goes wrong is a bug: it is logged and reported, never shown as if it were the
person's fault. Messages here are fixed English sentences that never contain what the user wrote
or any key material; the UI shows its own translated wording for each class.
"""

from __future__ import annotations

from enum import Enum

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_LOCKED_OUT = 2  # wrong passphrase or damaged store
EXIT_UNAVAILABLE = 3  # store newer than the app, or unavailable


class StoreProblem(Exception):
    """Something about the store or its surroundings that the person needs to hear about."""

    exit_code = EXIT_UNAVAILABLE
    message = "The store cannot be used right now."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)

    def __str__(self) -> str:
        return str(self.args[0])


class WrongPassphrase(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = "That passphrase does not unlock this store; nothing was changed."


class WrongRecoveryCode(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = "That recovery code does not unlock this store; nothing was changed."


class PassphraseNeeded(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = (
        "No passphrase could be asked for: set COMPANION_PASSPHRASE or run in a terminal "
        "(or turn on automatic unlock in the app)."
    )


class DamagedStore(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = (
        "The passphrase is right, but the database file is damaged or is not a Companion store. "
        "Nothing was changed; restore it from a backup or export."
    )


class KnownDamagedStore(DamagedStore):
    """A write refused because the store's pages failed their check during this session."""

    message = (
        "The database file is damaged, so nothing was saved, to keep it from getting worse. "
        "Run `companion verify` for details, and restore the store from the backups folder "
        "beside it or from an export."
    )


class DamagedKeyFile(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = (
        "The key file (companion.key) is damaged, so the store cannot be unlocked. "
        "Nothing was changed; restore the key file from a backup."
    )


class MissingKeyFile(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = (
        "The database is there but its key file (companion.key) is missing, so it cannot be "
        "unlocked. Nothing was changed; put the key file back beside the database."
    )


class MissingDatabase(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = (
        "The key file is there but the database (companion.db) is missing. Nothing was changed; "
        "put the database back beside its key file."
    )


class StoreTooNew(StoreProblem):
    exit_code = EXIT_UNAVAILABLE
    message = (
        "This store was written by a newer version of Companion. It was left untouched; "
        "please update Companion to open it."
    )


class NoStoreYet(StoreProblem):
    exit_code = EXIT_UNAVAILABLE
    message = "There is no store in this folder yet; run `companion init` or open the app."


class StoreNeedsUpgrade(StoreProblem):
    exit_code = EXIT_UNAVAILABLE
    message = (
        "This store was written by an older version of Companion and must be upgraded before it "
        "can be read, which needs a writable data folder with free space. Nothing was changed; "
        "copy the data folder somewhere writable and try again."
    )


class StoreExists(StoreProblem):
    exit_code = EXIT_UNAVAILABLE
    message = "This folder already holds a Companion store; it was left untouched."


class EntryGone(StoreProblem):
    """An entry that a page still shows (or an undo still names) is no longer in the store."""

    exit_code = EXIT_UNAVAILABLE
    message = "That entry is no longer in the store (changed elsewhere?); nothing was changed."


class EntryConflict(StoreProblem):
    """An entry to put back is already there."""

    exit_code = EXIT_UNAVAILABLE
    message = "That entry is already in the store; nothing was changed."


class Unavailability(Enum):
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    BUSY = "busy"
    NO_ACCESS = "no-access"
    PERMISSIONS = "permissions"
    IO = "io"


_UNAVAILABLE_MESSAGES = {
    Unavailability.READ_ONLY: (
        "The data folder is on a read-only disk or mount, so nothing can be saved there; "
        "export and verify still work."
    ),
    Unavailability.DISK_FULL: "The disk is full; free some space and try again. Nothing was lost.",
    Unavailability.BUSY: "The store is busy in another Companion window or command; try again.",
    Unavailability.NO_ACCESS: "The data folder or its files cannot be opened; is the folder there?",
    Unavailability.PERMISSIONS: (
        "The data folder or its files do not allow this (permissions); check their owner and "
        "permissions. Nothing was changed."
    ),
    Unavailability.IO: "The disk reported an error while reading or writing the store.",
}


class StoreUnavailable(StoreProblem):
    exit_code = EXIT_UNAVAILABLE

    def __init__(self, reason: Unavailability) -> None:
        self.reason = reason
        super().__init__(_UNAVAILABLE_MESSAGES[reason])


class InvalidEntry(ValueError):
    """A value the person typed that cannot be saved; `field` names the field, never the value."""

    exit_code = EXIT_USAGE

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


# --- backups (companion/backup_file.py, companion/store/backup.py) ---------------------------


_BACKUP_REFUSALS = {
    "not-a-file": (
        "That is not a regular file (a folder, a pipe or a device); choose a backup file. "
        "Nothing was changed."
    ),
    "unreadable": "The backup file cannot be read. Nothing was changed.",
    "too-large": "That file is far larger than any Companion backup. Nothing was changed.",
    "not-a-backup": "That file is not a Companion backup. Nothing was changed.",
    "damaged": (
        "The backup file is damaged or incomplete (cut short while it was copied?). "
        "Nothing was changed."
    ),
}


class BackupRefused(StoreProblem):
    """A file given to `restore` that is not a whole Companion backup. `reason` is "not-a-file",
    "unreadable", "too-large", "not-a-backup" or "damaged"; the message never names the path."""

    exit_code = EXIT_USAGE

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(_BACKUP_REFUSALS[reason])


class WrongBackupSecret(StoreProblem):
    exit_code = EXIT_LOCKED_OUT
    message = (
        "That passphrase or recovery code does not open this backup (it needs the passphrase "
        "that was in use when the backup was made). Nothing was changed."
    )


class DamagedBackup(DamagedStore):
    """The backup opened, but the database inside it fails its checks."""

    message = (
        "The backup opened, but the database inside it is damaged or is not a Companion store. "
        "Nothing was changed; try another backup."
    )


class BackupTooNew(StoreTooNew):
    message = (
        "This backup was made by a newer version of Companion. Nothing was changed; "
        "please update Companion to restore it."
    )


class BackupNotWritten(StoreProblem):
    """The backup file could not be written where the person asked; nothing was left there.
    `disk_full` says whether the disk (or a quota) was full."""

    exit_code = EXIT_USAGE

    def __init__(self, *, disk_full: bool) -> None:
        self.disk_full = disk_full
        super().__init__(
            "The disk is full, so no backup was written (nothing partial was left); free some "
            "space or choose another disk."
            if disk_full
            else "The backup could not be written there (nothing partial was left); "
            "choose another folder or disk."
        )


class StoreInUse(StoreProblem):
    """A restore over a store that a Companion window or command has open."""

    exit_code = EXIT_UNAVAILABLE
    message = (
        "The store in the data folder is open in a Companion window or command; lock or close "
        "it, then restore again. Nothing was changed."
    )
