"""Where the shipped resources (translations, icons) are: the source tree or the bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The bundle's resources/ (PyInstaller), else the checkout's, else an installed wheel's
    (pip or pipx put them under <prefix>/share/companion/resources/; see pyproject.toml)."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    installed = Path(sys.prefix) / "share" / "companion" / "resources"
    if not checkout.is_dir() and installed.is_dir():
        return installed
    return checkout


def translation_file(language: str) -> Path:
    return resources_root() / "i18n" / f"companion_{language}.qm"


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_files() -> list[Path]:
    """The app icon's PNGs, smallest first (rendered from icons/companion.svg)."""
    return [resources_root() / "icons" / f"companion-{size}.png" for size in ICON_SIZES]
