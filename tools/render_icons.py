"""Render the app icon (resources/icons/companion.svg) to PNGs, a Windows .ico and a macOS .icns.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_icons.py

Run it after changing the SVG and commit what it writes. Qt's SVG renderer draws the PNGs;
Pillow (installed with matplotlib) packs the .ico and the .icns.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "companion.svg"))
    if not renderer.isValid():
        print("companion.svg does not parse", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        if not render(renderer, size).save(str(ICONS / f"companion-{size}.png")):
            print(f"could not write companion-{size}.png", file=sys.stderr)
            return 1
    largest = Image.open(ICONS / "companion-512.png")
    largest.save(ICONS / "companion.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(ICONS / "companion.icns")
    print(f"wrote {len(PNG_SIZES)} PNGs, companion.ico and companion.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
