"""Chart test data: no check-ins, one, and ten years of the demo's made-up check-ins."""

from __future__ import annotations

import io
import struct
from datetime import UTC, date, datetime

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from companion.journal.demo import demo_data
from companion.stats.readings import reading_from_row, readings_of
from companion.stats.trend_input import TrendInput

TODAY = date(2026, 11, 29)


def rendered_png(figure: Figure) -> tuple[int, int, int]:
    """Render `figure` as PNG: its width and height in pixels and how many colours it has."""
    canvas = FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    canvas.print_png(buffer)
    width, height = struct.unpack(">II", buffer.getvalue()[16:24])
    pixels = np.asarray(canvas.buffer_rgba()).reshape(-1, 4)
    colours = len(np.unique(pixels[::7].view(np.uint32)))
    return width, height, colours


@pytest.fixture(scope="session")
def ten_years() -> TrendInput:
    """The demo's ten years in Tokyo, made from a fixed seed (about 7,600 check-ins)."""
    _plan, checkins = demo_data(10, today=TODAY, zone="Asia/Tokyo", language="ja")
    return TrendInput(tuple(readings_of(checkins)), TODAY)


@pytest.fixture(scope="session")
def one_checkin() -> TrendInput:
    reading = reading_from_row(
        datetime(2026, 11, 29, 0, 30, tzinfo=UTC), "Asia/Tokyo", (5, 7), (3, 7), 7.5, ("🚶 Walk",)
    )
    return TrendInput((reading,), TODAY)


@pytest.fixture(scope="session")
def no_checkins() -> TrendInput:
    return TrendInput((), TODAY)
