"""Preferences needed before the store is unlocked (the window's language), kept in plain JSON.

Nothing personal goes here: the file is readable before unlock by design.
"""

from __future__ import annotations

import json
import os

from companion.files import ensure_private_folder, write_private_atomically
from companion.paths import DataFolder

LANGUAGES = ("ja", "en")


def load_language(folder: DataFolder) -> str | None:
    try:
        document = json.loads(folder.preferences.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    language = document.get("language") if isinstance(document, dict) else None
    return language if language in LANGUAGES else None


def save_language(folder: DataFolder, language: str) -> bool:
    """Remember the language; False (and nothing else) if the folder cannot be written."""
    if language not in LANGUAGES:
        raise ValueError("unsupported language")
    try:
        ensure_private_folder(folder.root)
        document = {"language": language}
        write_private_atomically(folder.preferences, json.dumps(document).encode("utf-8"))
    except OSError:
        return False
    return True


def language_from_environment() -> str | None:
    """LANGUAGE / LC_ALL / LC_MESSAGES / LANG as POSIX systems set them, if they say ja or en."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else None
    return None
