"""Dates and zones through QLocale, in the window's language (issue 13)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, QTime

from companion.ui.common.i18n import apply_language
from companion.ui.common.local_text import day_text, moment_text, zone_text


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
