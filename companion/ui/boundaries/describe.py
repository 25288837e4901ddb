"""Activity hours in the window's language: rules in words and windows as dates, built from the
structured `Rule` (its own `describe()` is English only, for the command line)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from companion.boundaries.schedule import LAST, Rule, end_text, start_text
from companion.ui.common.local_text import day_text as local_day_text

_CONTEXT = "HoursDescription"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("HoursDescription", "Monday"),
    QT_TRANSLATE_NOOP("HoursDescription", "Tuesday"),
    QT_TRANSLATE_NOOP("HoursDescription", "Wednesday"),
    QT_TRANSLATE_NOOP("HoursDescription", "Thursday"),
    QT_TRANSLATE_NOOP("HoursDescription", "Friday"),
    QT_TRANSLATE_NOOP("HoursDescription", "Saturday"),
    QT_TRANSLATE_NOOP("HoursDescription", "Sunday"),
)
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("HoursDescription", "Mon"),
    QT_TRANSLATE_NOOP("HoursDescription", "Tue"),
    QT_TRANSLATE_NOOP("HoursDescription", "Wed"),
    QT_TRANSLATE_NOOP("HoursDescription", "Thu"),
    QT_TRANSLATE_NOOP("HoursDescription", "Fri"),
    QT_TRANSLATE_NOOP("HoursDescription", "Sat"),
    QT_TRANSLATE_NOOP("HoursDescription", "Sun"),
)
WEEKS = (
    QT_TRANSLATE_NOOP("HoursDescription", "last"),
    QT_TRANSLATE_NOOP("HoursDescription", "first"),
    QT_TRANSLATE_NOOP("HoursDescription", "second"),
    QT_TRANSLATE_NOOP("HoursDescription", "third"),
    QT_TRANSLATE_NOOP("HoursDescription", "fourth"),
    QT_TRANSLATE_NOOP("HoursDescription", "fifth"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _listed(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    joined = QCoreApplication.translate("HoursDescription", ", ").join(words[:-1])
    return (
        QCoreApplication.translate("HoursDescription", "%1 and %2")
        .replace("%1", joined)
        .replace("%2", words[-1])
    )


def _days(weekdays: tuple[int, ...]) -> str:
    names = [_tr(str(WEEKDAYS[day])) for day in weekdays]
    is_run = list(weekdays) == list(range(weekdays[0], weekdays[-1] + 1))
    if len(names) >= 3 and is_run:
        return (
            QCoreApplication.translate("HoursDescription", "%1 to %2")
            .replace("%1", names[0])
            .replace("%2", names[-1])
        )
    return _listed(names)


def describe_rule(rule: Rule) -> str:
    """One rule in plain words: "every Monday to Friday, 10:00 to 17:00"."""
    if len(rule.weekdays) == 7:
        when = QCoreApplication.translate("HoursDescription", "every day")
    elif rule.weeks_of_month:
        weeks = _listed(
            [_tr(str(WEEKS[0 if week == LAST else week])) for week in rule.weeks_of_month]
        )
        when = (
            QCoreApplication.translate("HoursDescription", "the %1 %2 of the month")
            .replace("%1", weeks)
            .replace("%2", _days(rule.weekdays))
        )
    elif rule.every_other_week:
        when = QCoreApplication.translate("HoursDescription", "every other week on %1").replace(
            "%1", _days(rule.weekdays)
        )
    else:
        when = QCoreApplication.translate("HoursDescription", "every %1").replace(
            "%1", _days(rule.weekdays)
        )
    if rule.crosses_midnight and rule.end != time(0):
        times = QCoreApplication.translate("HoursDescription", "%1 to %2 the next day")
    else:
        times = QCoreApplication.translate("HoursDescription", "from %1 to %2")
    times = times.replace("%1", start_text(rule.start)).replace("%2", end_text(rule.end))
    text = (
        QCoreApplication.translate("HoursDescription", "%1, %2")
        .replace("%1", when)
        .replace("%2", times)
    )
    if rule.starting is not None:
        text = (
            QCoreApplication.translate("HoursDescription", "%1, from %2")
            .replace("%1", text)
            .replace("%2", day_text(rule.starting))
        )
    return text


def day_text(day: date) -> str:
    """2026年12月1日(火) / Tue 1 Dec 2026, through QLocale."""
    return local_day_text(day)


def window_in_words(start: datetime, end: datetime) -> str:
    """A window already on the person's wall clock: "2026-12-01 (Tue) 10:00 to 16:00"."""
    ends = end.strftime("%H:%M")
    if end.date() != start.date():
        ends = QCoreApplication.translate("HoursDescription", "%1 the next day").replace("%1", ends)
        if (end.date() - start.date()).days > 1:
            ends = f"{day_text(end.date())} {end.strftime('%H:%M')}"
    return (
        QCoreApplication.translate("HoursDescription", "%1 %2 to %3")
        .replace("%1", day_text(start.date()))
        .replace("%2", start.strftime("%H:%M"))
        .replace("%3", ends)
    )
