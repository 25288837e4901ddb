"""Dates and zones through QLocale, in the window's language (issue 13)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale, QTime

from companion.ui.common.i18n import apply_language
from companion.ui.common.local_text import clock_text, day_text, moment_text, week_text, zone_text


@pytest.mark.parametrize(
    ("language", "day", "zone"),
    [("ja", "2026年11月29日(日)", "日本標準時"), ("en", "Sun 29 Nov 2026", "Japan Standard Time")],
)
def test_days_and_zones_in_each_language(qapp, language, day, zone) -> None:
    apply_language(language)
    try:
        assert day_text(date(2026, 11, 29)) == day
        clock = QLocale().toString(QTime(20, 5), QLocale.FormatType.ShortFormat)
        assert moment_text(datetime(2026, 11, 29, 20, 5)) == f"{day} {clock}"
        assert zone_text("Asia/Tokyo") == zone
    finally:
        apply_language("en")


@pytest.mark.parametrize("zone", ["Etc/UTC", "UTC", "Europe/Berlin", "America/New_York"])
def test_a_zone_is_never_shown_as_its_iana_id(qapp, zone) -> None:
    name = zone_text(zone)
    assert name and "/" not in name and name != zone


def test_an_unknown_zone_has_no_name(qapp) -> None:
    assert zone_text("Nowhere/Atlantis") == ""


@pytest.mark.parametrize(
    ("language", "within", "across_months", "across_years"),
    [
        ("en", "23–29 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026"),
        ("ja", "2026年11月23日〜29日", "2026年11月30日〜12月6日", "2025年12月29日〜2026年1月4日"),
    ],
)
def test_a_week_is_its_days_in_each_language(
    qapp, language, within, across_months, across_years
) -> None:
    apply_language(language)
    try:
        assert week_text(date(2026, 11, 23)) == within
        assert week_text(date(2026, 11, 30)) == across_months
        assert week_text(date(2025, 12, 29)) == across_years
    finally:
        apply_language("en")


def test_a_clock_time_alone_reads_as_the_moment_does(qapp) -> None:
    apply_language("ja")
    try:
        assert clock_text(time(7, 5)) == clock_text(datetime(2026, 11, 29, 7, 5)) == "7:05"
    finally:
        apply_language("en")
