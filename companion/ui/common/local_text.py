"""Dates, times and time zones as the window's language writes them, through QLocale:
2026年11月29日(日) / Sun 29 Nov 2026, and a zone's name rather than its IANA id."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QByteArray, QDate, QLocale, QTime, QTimeZone

from companion.ui.common.i18n import current_language

# QLocale's own long format says 2026年11月29日日曜日; people write the weekday in brackets.
_DAY_FORMATS = {"ja": "yyyy年M月d日(ddd)", "en": "ddd d MMM yyyy"}


def day_text(day: date) -> str:
    """2026年11月29日(日) in Japanese, Sun 29 Nov 2026 in English."""
    language = current_language()
    return QLocale().toString(
        QDate(day.year, day.month, day.day), _DAY_FORMATS.get(language, "ddd d MMM yyyy")
    )


def week_text(first: date) -> str:
    """The seven days from `first` as one span: 23–29 Nov 2026 / 2026年11月23日〜29日, and
    30 Nov – 6 Dec 2026 / 2026年11月30日〜12月6日: the year and month only where they change."""
    last = first + timedelta(days=6)
    locale = QLocale()

    def written(day: date, pattern: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    if current_language() == "ja":
        if first.year != last.year:
            return f"{written(first, 'yyyy年M月d日')}〜{written(last, 'yyyy年M月d日')}"
        if first.month != last.month:
            return f"{written(first, 'yyyy年M月d日')}〜{written(last, 'M月d日')}"
        return f"{written(first, 'yyyy年M月d日')}〜{written(last, 'd日')}"
    if first.year != last.year:
        return f"{written(first, 'd MMM yyyy')} – {written(last, 'd MMM yyyy')}"
    if first.month != last.month:
        return f"{written(first, 'd MMM')} – {written(last, 'd MMM yyyy')}"
    return f"{written(first, 'd')}–{written(last, 'd MMM yyyy')}"


def clock_text(moment: datetime | time) -> str:
    """The wall-clock time in the locale's short format (20:05, 8:05 PM)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime) -> str:
    """A wall-clock moment: its day and its time."""
    return f"{day_text(moment.date())} {clock_text(moment)}"


def zone_text(zone: str) -> str:
    """A time zone as people name it (日本標準時, Central European Standard Time), or "" when
    Qt knows no name for it: never a raw IANA id such as Etc/UTC in a label."""
    found = QTimeZone(QByteArray(zone.encode("ascii", "ignore")))
    if not found.isValid():
        return ""
    name = found.displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, QLocale())
    return "" if not name or "/" in name else name
