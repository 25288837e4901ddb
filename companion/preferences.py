"""Preferences needed before the store is unlocked (language, tray, auto-lock), in plain JSON.

Nothing personal goes here: the file is readable before unlock by design.
"""

from __future__ import annotations

import json
import os

from companion.files import ensure_private_folder, write_private_atomically
from companion.paths import DataFolder

LANGUAGES = ("ja", "en")


KEEP_IN_TRAY = "keep_running_in_tray"

AUTO_LOCK_MINUTES = "auto_lock_minutes"
AUTO_LOCK_DEFAULT_MINUTES = 5
AUTO_LOCK_MAX_MINUTES = 120  # 0 means off


def _document(folder: DataFolder) -> dict[str, object]:
    try:
        document = json.loads(folder.preferences.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return document if isinstance(document, dict) else {}


def _save(folder: DataFolder, key: str, value: object) -> bool:
    """Set one preference, keeping the others; False if the folder cannot be written."""
    document = _document(folder)
    document[key] = value
    try:
        ensure_private_folder(folder.root)
        write_private_atomically(folder.preferences, json.dumps(document).encode("utf-8"))
    except OSError:
        return False
    return True


def load_language(folder: DataFolder) -> str | None:
    language = _document(folder).get("language")
    return language if isinstance(language, str) and language in LANGUAGES else None


def save_language(folder: DataFolder, language: str) -> bool:
    """Remember the language; False (and nothing else) if the folder cannot be written."""
    if language not in LANGUAGES:
        raise ValueError("unsupported language")
    return _save(folder, "language", language)


def load_keep_in_tray(folder: DataFolder) -> bool:
    """Whether closing the window keeps Companion running in the tray (off unless chosen).
    Kept here, not in the store: it decides what closing the window does, locked or not."""
    return _document(folder).get(KEEP_IN_TRAY) is True


def save_keep_in_tray(folder: DataFolder, keep: bool) -> bool:
    return _save(folder, KEEP_IN_TRAY, bool(keep))


def load_auto_lock_minutes(folder: DataFolder) -> int:
    """Minutes without input before the window locks (0: never). Kept here, not in the store:
    it is not personal, and it must be known the moment a store opens, however it opened."""
    value = _document(folder).get(AUTO_LOCK_MINUTES, AUTO_LOCK_DEFAULT_MINUTES)
    if isinstance(value, bool) or not isinstance(value, int):
        return AUTO_LOCK_DEFAULT_MINUTES
    return value if 0 <= value <= AUTO_LOCK_MAX_MINUTES else AUTO_LOCK_DEFAULT_MINUTES


def save_auto_lock_minutes(folder: DataFolder, minutes: int) -> bool:
    """Remember the idle limit (0: never); False if the folder cannot be written."""
    if isinstance(minutes, bool) or not 0 <= minutes <= AUTO_LOCK_MAX_MINUTES:
        raise ValueError("auto-lock minutes out of range")
    return _save(folder, AUTO_LOCK_MINUTES, minutes)


THEME = "theme"
THEMES = ("system", "light", "dark")


def load_theme(folder: DataFolder) -> str:
    """The colour scheme chosen in Settings: "system" (the default), "light" or "dark".
    Kept here, not in the store: the unlock window already shows it."""
    value = _document(folder).get(THEME)
    return value if isinstance(value, str) and value in THEMES else "system"


def save_theme(folder: DataFolder, theme: str) -> bool:
    """Remember the colour scheme; False if the folder cannot be written."""
    if theme not in THEMES:
        raise ValueError("unsupported theme")
    return _save(folder, THEME, theme)


def language_from_environment() -> str | None:
    """LANGUAGE / LC_ALL / LC_MESSAGES / LANG as POSIX systems set them, if they say ja or en."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else None
    return None
