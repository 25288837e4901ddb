"""`companion chart` (one chart as PNG or SVG) and `companion report` (a month as PDF).

Everything a person typed is checked before the store is unlocked: the kind, the file's
suffix and place, the dates. A refusal is one line on stderr with exit 1, and nothing is
written; the file itself is written beside its place and renamed into it (mode 0600)."""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date
from pathlib import Path

from companion.boundaries.roles import parse_day
from companion.charts.kinds import ChartOptions, chart_kinds
from companion.cli.terminal import open_for_reading
from companion.clock import local_today, local_zone_name
from companion.errors import EXIT_OK, InvalidEntry
from companion.files import output_path, write_private_atomically
from companion.paths import DataFolder
from companion.preferences import language_from_environment, load_language
from companion.services.trends import TrendsService
from companion.stats.ranges import TrendRange, range_bounds
from companion.stats.report import month_days

CHART_FORMATS = {".png": "png", ".svg": "svg"}
CHART_DPI = 150.0  # 8 × 4.5 inches: 1200 × 675 pixels


def _language(args: argparse.Namespace, folder: DataFolder) -> str:
    return args.lang or load_language(folder) or language_from_environment() or "en"


def chart_range(start: str | None, end: str | None, today: date) -> tuple[date, date]:
    """The days from `--from` to `--to`, both included; by default the last three months."""
    last = parse_day(end, "--to") if end else today
    first = (
        parse_day(start, "--from")
        if start
        else range_bounds(TrendRange.THREE_MONTHS, last, None)[0]
    )
    if first > last:
        raise InvalidEntry("--from", "on or before --to (and today, when --to is not given)")
    return first, last


def _suffix(output: str, allowed: tuple[str, ...], what: str) -> str:
    suffix = Path(output).suffix.lower()
    if suffix not in allowed:
        raise InvalidEntry("--output", f"{what} ({', '.join(allowed)})")
    return suffix


def _wrote(output: Path, replacing: bool) -> None:
    replaced = " (it replaced the file that was there)" if replacing else ""
    print(
        f"companion: wrote {output}{replaced}; it is NOT encrypted, keep it private",
        file=sys.stderr,
    )


def cmd_chart(args: argparse.Namespace, folder: DataFolder) -> int:
    kinds = chart_kinds()
    if args.kind not in kinds:
        raise InvalidEntry("KIND", f"one of {', '.join(kinds)}")
    suffix = _suffix(args.output, tuple(CHART_FORMATS), "a chart is written as PNG or SVG")
    zone = local_zone_name()
    first, last = chart_range(args.start, args.end, local_today(zone))
    output, replacing = output_path(args.output, folder.root)
    with open_for_reading(folder) as store:
        data = TrendsService(store).trend_input(zone)
    options = ChartOptions(first, last, _language(args, folder), dpi=CHART_DPI)
    chart = kinds[args.kind].draw(data, options)
    image = io.BytesIO()
    # No creation date in the file: it says nothing the person did not choose to share.
    chart.figure.savefig(image, format=CHART_FORMATS[suffix], metadata={"Date": None})
    try:
        write_private_atomically(output, image.getvalue())
    except OSError as problem:
        raise InvalidEntry("--output", f"could not write the file ({problem.strerror})") from None
    _wrote(output, replacing)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, folder: DataFolder) -> int:
    month_days(args.month)  # a wrong month is refused before anything is unlocked
    _suffix(args.output, (".pdf",), "the report is a PDF")
    output, replacing = output_path(args.output, folder.root)
    zone = local_zone_name()
    with open_for_reading(folder) as store:
        source = TrendsService(store).report_source(args.month, zone)
    from companion.ui.trends.report_pdf import render_report_pdf  # Qt, only now

    try:
        render_report_pdf(
            source, output, language=_language(args, folder), page_size=args.page_size
        )
    except OSError as problem:
        raise InvalidEntry("--output", f"could not write the file ({problem.strerror})") from None
    _wrote(output, replacing)
    return EXIT_OK
