"""`companion screenshot`: one page of the window as PNG, rendered offscreen from the store.

What was typed is checked before the store is unlocked; the store is opened for reading only.
"""

from __future__ import annotations

import argparse
import re

from companion.cli.charts import _language, _suffix, _wrote
from companion.cli.terminal import open_for_reading
from companion.clock import local_zone_name
from companion.errors import EXIT_OK, InvalidEntry
from companion.files import output_path, write_private_atomically
from companion.paths import DataFolder

MIN_SIZE = (640, 480)
MAX_SIZE = (3840, 2400)


def parse_size(text: str) -> tuple[int, int]:
    """'1280x800' as (1280, 800), within MIN_SIZE and MAX_SIZE."""
    match = re.fullmatch(r"\s*(\d{3,4})\s*[xX×]\s*(\d{3,4})\s*", text)
    if match is None:
        raise InvalidEntry("--size", "WIDTHxHEIGHT in pixels, such as 1280x800")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise InvalidEntry(
            "--size", f"from {MIN_SIZE[0]}x{MIN_SIZE[1]} up to {MAX_SIZE[0]}x{MAX_SIZE[1]}"
        )
    return width, height


def cmd_screenshot(args: argparse.Namespace, folder: DataFolder) -> int:
    size = parse_size(args.size)
    _suffix(args.output, (".png",), "a screenshot is written as PNG")
    output, replacing = output_path(args.output, folder.root)
    language = _language(args, folder)
    from companion.ui.screenshot import render_screenshot  # Qt, only now

    with open_for_reading(folder) as store:
        image = render_screenshot(
            store,
            args.page,
            language=language,
            theme=args.theme,
            size=size,
            zone=local_zone_name(),
        )
    try:
        write_private_atomically(output, image)
    except OSError as problem:
        raise InvalidEntry("--output", f"could not write the file ({problem.strerror})") from None
    _wrote(output, replacing)
    return EXIT_OK
