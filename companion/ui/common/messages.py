"""Calm, translated wording for every problem a person can meet; one place for all of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion import errors
from companion.files import MIB, InputFileRefused, OutputRefused


def problem_text(problem: errors.StoreProblem) -> str:
    """What to tell the person about a StoreProblem, in the window's language."""
    backup = _backup_text(problem)  # before DamagedStore and StoreTooNew, their bases
    if backup is not None:
        return backup
    if isinstance(problem, errors.WrongPassphrase):
        return QCoreApplication.translate(
            "Problems",
            "That passphrase doesn't unlock this notebook. Check Caps Lock and the keyboard's "
            "input language, then try again. Nothing was changed.",
        )
    if isinstance(problem, errors.WrongRecoveryCode):
        return QCoreApplication.translate(
            "Problems",
            "That recovery code doesn't unlock this notebook. Check each group of four characters "
            "and try again. Nothing was changed.",
        )
    if isinstance(problem, errors.KnownDamagedStore):
        return QCoreApplication.translate(
            "Problems",
            "The database file (companion.db) is damaged, so Companion did not save this, to keep "
            "it from getting worse. What you typed is still on screen. Restore the notebook from "
            "a copy in the backups folder or from an export.",
        )
    if isinstance(problem, errors.StoreNeedsUpgrade):
        return QCoreApplication.translate(
            "Problems",
            "This notebook was saved by an older version of Companion and must be upgraded, which "
            "needs a data folder that can be written. Nothing was changed.",
        )
    if isinstance(problem, errors.DamagedStore):
        return QCoreApplication.translate(
            "Problems",
            "Your passphrase is right, but the database file (companion.db) is damaged or is not "
            "a Companion notebook. Companion has not changed it. You can restore it from a backup "
            "copy or an export.",
        )
    if isinstance(problem, errors.DamagedKeyFile):
        return QCoreApplication.translate(
            "Problems",
            "The key file (companion.key) is damaged, so the notebook cannot be unlocked. "
            "Companion has not changed anything. Restore the key file from a backup copy.",
        )
    if isinstance(problem, errors.MissingKeyFile):
        return QCoreApplication.translate(
            "Problems",
            "The database is here but its key file (companion.key) is missing, so it cannot be "
            "unlocked. Companion has not changed anything. Put the key file back beside "
            "companion.db and open Companion again.",
        )
    if isinstance(problem, errors.MissingDatabase):
        return QCoreApplication.translate(
            "Problems",
            "The key file is here but the database (companion.db) is missing. Companion has not "
            "changed anything. Put the database back beside companion.key and open Companion "
            "again.",
        )
    if isinstance(problem, errors.StoreTooNew):
        return QCoreApplication.translate(
            "Problems",
            "This notebook was saved by a newer version of Companion. It has been left untouched; "
            "please update Companion to open it.",
        )
    if isinstance(problem, errors.EntryGone):
        return QCoreApplication.translate(
            "Problems",
            "That check-in is no longer in your journal (was it changed from another window or "
            "command?), so nothing was changed. The list now shows what is saved.",
        )
    if isinstance(problem, errors.EntryConflict):
        return QCoreApplication.translate(
            "Problems",
            "That check-in is already back in your journal; nothing was changed.",
        )
    if isinstance(problem, errors.StoreUnavailable):
        return _unavailable_text(problem.reason)
    return QCoreApplication.translate(
        "Problems", "The notebook can't be opened right now. Nothing was changed."
    )


def _unavailable_text(reason: errors.Unavailability) -> str:
    texts = {
        errors.Unavailability.READ_ONLY: QCoreApplication.translate(
            "Problems",
            "The data folder is read-only, so Companion can't save there. What you typed is "
            "still on screen.",
        ),
        errors.Unavailability.DISK_FULL: QCoreApplication.translate(
            "Problems",
            "The disk is full. Free some space and try again; what you typed is still on screen.",
        ),
        errors.Unavailability.BUSY: QCoreApplication.translate(
            "Problems",
            "The notebook is busy in another Companion window or command. Try again in a moment.",
        ),
        errors.Unavailability.NO_ACCESS: QCoreApplication.translate(
            "Problems",
            "Companion can't open the data folder or its files. Check the folder's permissions.",
        ),
        errors.Unavailability.PERMISSIONS: QCoreApplication.translate(
            "Problems",
            "The data folder or its files don't allow Companion to do this. Check their owner and "
            "permissions. Nothing was changed.",
        ),
        errors.Unavailability.IO: QCoreApplication.translate(
            "Problems",
            "The disk reported an error while reading or writing. Try again; if it keeps "
            "happening, copy the data folder somewhere safe.",
        ),
    }
    return texts[reason]


def bug_text(log_path: str) -> str:
    return QCoreApplication.translate(
        "Problems",
        "Something went wrong inside Companion. This is a bug, not something you did. "
        "Everything you saved before is safe. Details (without any of your words) were "
        "written to:\n%1",
    ).replace("%1", log_path)


def input_file_text(problem: InputFileRefused) -> str:
    """Why a chosen file was not read (not a regular file, too large, unreadable)."""
    if problem.reason == "not-a-file":
        return QCoreApplication.translate(
            "Problems",
            "That is not a regular file (it is a folder, a pipe or a device). Choose a file; "
            "nothing was changed.",
        )
    if problem.reason == "too-large":
        return QCoreApplication.translate(
            "Problems",
            "That file is larger than Companion reads (%1 MiB at most), so it was not opened. "
            "Nothing was changed.",
        ).replace("%1", str(problem.limit // MIB))
    return QCoreApplication.translate("Problems", "That file cannot be read. Nothing was changed.")


def output_file_text(problem: OutputRefused) -> str:
    """Why a file cannot be written where the person chose."""
    texts = {
        "data-folder": QCoreApplication.translate(
            "Problems",
            "That place is inside Companion's own data folder, where an export could replace your "
            "notebook or its key. Choose another folder, such as Documents.",
        ),
        "missing-folder": QCoreApplication.translate(
            "Problems", "That folder does not exist. Choose another folder."
        ),
        "directory": QCoreApplication.translate(
            "Problems", "A folder has that name. Choose a file name instead."
        ),
        "not-a-file": QCoreApplication.translate(
            "Problems", "Something that is not a regular file has that name. Choose another name."
        ),
    }
    return texts.get(problem.reason, texts["not-a-file"])


def _backup_text(problem: errors.StoreProblem) -> str | None:
    """What went wrong with a backup (restoring one, or writing one), or None."""
    if isinstance(problem, errors.BackupRefused):
        texts = {
            "not-a-file": QCoreApplication.translate(
                "Problems",
                "That is not a regular file (it is a folder, a pipe or a device). Choose a "
                "backup file; nothing was changed.",
            ),
            "unreadable": QCoreApplication.translate(
                "Problems", "That backup file cannot be read. Nothing was changed."
            ),
            "too-large": QCoreApplication.translate(
                "Problems",
                "That file is far larger than any Companion backup, so it was not opened. "
                "Nothing was changed.",
            ),
            "not-a-backup": QCoreApplication.translate(
                "Problems", "That file is not a Companion backup. Nothing was changed."
            ),
        }
        return texts.get(
            problem.reason,
            QCoreApplication.translate(
                "Problems",
                "That backup file is damaged or incomplete (perhaps it was cut short while "
                "being copied). Nothing was changed; try another copy.",
            ),
        )
    if isinstance(problem, errors.WrongBackupSecret):
        return QCoreApplication.translate(
            "Problems",
            "That passphrase or recovery code doesn't open this backup. It needs the passphrase "
            "you had when the backup was made, or your recovery code. Nothing was changed.",
        )
    if isinstance(problem, errors.DamagedBackup):
        return QCoreApplication.translate(
            "Problems",
            "The backup opened, but the notebook inside it is damaged. Nothing was changed; "
            "try another backup.",
        )
    if isinstance(problem, errors.BackupTooNew):
        return QCoreApplication.translate(
            "Problems",
            "This backup was made by a newer version of Companion. Nothing was changed; please "
            "update Companion to restore it.",
        )
    if isinstance(problem, errors.BackupNotWritten):
        if problem.disk_full:
            return QCoreApplication.translate(
                "Problems",
                "The disk is full, so no backup was written (nothing half-written was left). "
                "Free some space or choose another disk.",
            )
        return QCoreApplication.translate(
            "Problems",
            "The backup could not be written there (nothing half-written was left). Choose "
            "another folder or disk.",
        )
    return None
