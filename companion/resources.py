"""Where the shipped resources (translations, icons) are: the source tree or the bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translation_file(language: str) -> Path:
    return resources_root() / "i18n" / f"companion_{language}.qm"
