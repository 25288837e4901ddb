"""Activity hours as text: "Mon-Fri 10:00-17:00, 2nd,4th Sat 14:00-16:00", parsed and printed.

The syntax (docs/hours.md): parts separated by commas (or ";"), each

    [every other] [ORDINALS] DAYS HH:MM-HH:MM [from YYYY-MM-DD]

DAYS are weekday names (Mon or Monday, any case; 月 火 水 木 金 土 日, with or without 曜/曜日),
separated by commas or "・", with ranges such as Mon-Fri or 月〜金; "daily" (毎日) is every day.
ORDINALS pick weeks of the month: 1st 2nd 3rd 4th 5th last (第1…第5, 最終). "every other" (隔週)
means every second week counted from the week (Monday to Sunday) of the "from" date, which it
needs. A window whose end is not after its start ends the next day, and belongs to the day it
starts. "24:00" may end a window. Each part becomes one RFC 5545 rule (`dateutil.rrule`).

`Rule.text` and `Schedule.text` are the canonical form; `parse_schedule(schedule.text)` gives the
same schedule back. `schedule_text(schedule, "ja")` is the same in Japanese ("月〜金 10:00-17:00、
第2・第4土 14:00-16:00"), which reads back the same way too. Error messages quote the schedule
(never sensitive) and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NoReturn

from companion.errors import InvalidEntry
from companion.limits import (
    EARLIEST_HOURS_DAY,
    LATEST_HOURS_DAY,
    MAX_SCHEDULE_CHARS,
    MAX_SCHEDULE_PARTS,
)

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_JAPANESE_WEEKDAYS = "月火水木金土日"
_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd", 4: "th", 5: "th"}
LAST = -1  # the last such weekday of the month
_RFC_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MIDNIGHT_END = "24:00"

# A part ends after its times (":MM") or its "from" date ("-DD"); only a comma there separates
# parts, so "2nd,4th Sat" and "Mon,Wed" stay inside their part.
_PART_SEPARATOR = re.compile(r"(?:(?<=:\d\d)|(?<=-\d\d)|(?<=\d\dから))\s*[,、]\s*|\s*;\s*")
_TIMES = re.compile(r"(\d{1,2}:\d{2})\s*[-~〜–—]\s*(\d{1,2}:\d{2})")
_FROM = re.compile(r"(?:\bfrom\s+(\d{4}-\d{2}-\d{2})|(\d{4}-\d{2}-\d{2})\s*から)\s*$", re.I)
_EVERY_OTHER = re.compile(r"^(?:every\s+other\b|隔週(?:の)?)\s*", re.I)
_TOKEN = re.compile(
    r"(?P<sep>[,・/\s]+)"
    r"|(?P<dash>[-~〜–—])"
    r"|(?P<ordinal>第?\d+(?:st|nd|rd|th)?|last\b|最終)"
    r"|(?P<daily>daily\b|every\s+day\b|毎日)"
    r"|(?P<day>[A-Za-z]+|[月火水木金土日](?:曜日?)?)"
    r"|(?P<other>\S+?)(?=[,・/\s\-~〜–—]|$)",
    re.I,
)


class ScheduleError(InvalidEntry):
    """A schedule that cannot be read; names the part and what in it is wrong."""

    def __init__(self, problem: str) -> None:
        super().__init__("hours", problem)


@dataclass(frozen=True)
class Rule:
    """One part of a schedule: on which days, from when to when (local wall-clock times)."""

    weekdays: tuple[int, ...]  # 0 = Monday, sorted, no repeats
    start: time
    end: time  # not after start: the next day; time(0) with ends_at_midnight: 24:00
    weeks_of_month: tuple[int, ...] = ()  # 1..5 and LAST; empty: every week
    every_other_week: bool = False
    starting: date | None = None  # the "from" date

    def __post_init__(self) -> None:
        if not self.weekdays or list(self.weekdays) != sorted(set(self.weekdays)):
            raise ValueError("weekdays must be sorted and distinct")
        if not all(0 <= day <= 6 for day in self.weekdays):
            raise ValueError("a weekday is 0 to 6")
        if self.start == self.end and self.end != time(0):
            raise ValueError("a window needs some length")
        if self.every_other_week and (self.weeks_of_month or self.starting is None):
            raise ValueError("every other week needs a from date and no weeks of the month")
        if self.start.second or self.end.second or self.start.microsecond or self.end.microsecond:
            raise ValueError("minutes only")

    @property
    def crosses_midnight(self) -> bool:
        """Ends the next day (24:00 counts: it is the next day's 00:00)."""
        return self.end <= self.start

    @property
    def length(self) -> timedelta:
        """On the wall clock; the real length differs on the days the clocks change."""
        start = datetime.combine(date(2000, 1, 1), self.start)
        end = datetime.combine(date(2000, 1, 2 if self.crosses_midnight else 1), self.end)
        return end - start

    @property
    def text(self) -> str:
        words = []
        if self.every_other_week:
            words.append("every other")
        if self.weeks_of_month:
            words.append(",".join(_ordinal_text(week) for week in self.weeks_of_month))
        words.append(_days_text(self.weekdays))
        words.append(f"{_clock(self.start)}-{_end_clock(self.end, self.start)}")
        if self.starting is not None:
            words.append(f"from {self.starting.isoformat()}")
        return " ".join(words)

    @property
    def rfc5545(self) -> str:
        """The RRULE property value, for readers of the export."""
        if self.weeks_of_month:
            days = ",".join(
                f"{week}{_RFC_DAYS[day]}" for day in self.weekdays for week in self.weeks_of_month
            )
            return f"FREQ=MONTHLY;BYDAY={days}"
        days = ",".join(_RFC_DAYS[day] for day in self.weekdays)
        interval = ";INTERVAL=2;WKST=MO" if self.every_other_week else ""
        return f"FREQ=WEEKLY{interval};BYDAY={days}"

    def days_between(self, first: date, last: date) -> Iterator[date]:
        """The days (inclusive) on which a window of this rule starts, from dateutil's rrule
        (imported here: about 10 ms that a start of the app does not need)."""
        from dateutil import rrule

        rrule_days = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
        if self.starting is not None:
            first = max(first, self.starting)
        if last < first:
            return
        if self.every_other_week:
            assert self.starting is not None
            anchor = self.starting - timedelta(days=self.starting.weekday())  # its Monday
            recurrence = rrule.rrule(
                rrule.WEEKLY,
                interval=2,
                wkst=rrule.MO,
                byweekday=[rrule_days[day] for day in self.weekdays],
                dtstart=datetime.combine(anchor, time(0)),
                until=datetime.combine(last, time(0)),
            )
        elif self.weeks_of_month:
            recurrence = rrule.rrule(
                rrule.MONTHLY,
                byweekday=[
                    rrule_days[day](week) for day in self.weekdays for week in self.weeks_of_month
                ],
                dtstart=datetime.combine(first, time(0)),
                until=datetime.combine(last, time(0)),
            )
        else:
            recurrence = rrule.rrule(
                rrule.WEEKLY,
                byweekday=[rrule_days[day] for day in self.weekdays],
                dtstart=datetime.combine(first, time(0)),
                until=datetime.combine(last, time(0)),
            )
        for moment in recurrence:
            if moment.date() >= first:
                yield moment.date()

    def describe(self) -> str:
        """In plain English, for `companion hours show`."""
        if len(self.weekdays) == 7:
            days = "every day"
        else:
            names = [WEEKDAY_WORDS[day] for day in self.weekdays]
            days = _listed(names) if len(names) < 3 or not _is_run(self.weekdays) else ""
            days = (
                days or f"{WEEKDAY_WORDS[self.weekdays[0]]} to {WEEKDAY_WORDS[self.weekdays[-1]]}"
            )
        if self.weeks_of_month:
            weeks = _listed([_ordinal_word(week) for week in self.weeks_of_month])
            when = f"the {weeks} {days} of the month"
        elif self.every_other_week:
            when = f"every other week on {days}"
        else:
            when = days if len(self.weekdays) == 7 else f"every {days}"
        times = f"{_clock(self.start)} to {_end_clock(self.end, self.start)}"
        if self.crosses_midnight and self.end != time(0):
            times += " the next day"
        since = f", from {self.starting.isoformat()}" if self.starting else ""
        return f"{when}, {times}{since}"


@dataclass(frozen=True)
class Schedule:
    """A role's regular hours: the rules in the order they were written."""

    rules: tuple[Rule, ...] = ()

    @property
    def text(self) -> str:
        return ", ".join(rule.text for rule in self.rules)


def schedule_text(schedule: Schedule, language: str) -> str:
    """The canonical form in `language`: Japanese for "ja", else English (`Schedule.text`)."""
    if language != "ja":
        return schedule.text
    return "、".join(_japanese_rule_text(rule) for rule in schedule.rules)


def _japanese_rule_text(rule: Rule) -> str:
    """Like `Rule.text`: 隔週水 19:00-21:00 2026-12-02から, 第2・最終土 14:00-16:00."""
    weeks = "・".join("最終" if week == LAST else f"第{week}" for week in rule.weeks_of_month)
    when = ("隔週" if rule.every_other_week else "") + weeks + _days_text(rule.weekdays, "ja")
    words = [when, f"{_clock(rule.start)}-{_end_clock(rule.end, rule.start)}"]
    if rule.starting is not None:
        words.append(f"{rule.starting.isoformat()}から")
    return " ".join(words)


def _clock(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _end_clock(end: time, start: time) -> str:
    """An end at midnight is written 24:00 (the end of the day), never 00:00."""
    return MIDNIGHT_END if end == time(0) else _clock(end)


def _ordinal_text(week: int) -> str:
    return "last" if week == LAST else f"{week}{_ORDINAL_SUFFIX[week]}"


def _ordinal_word(week: int) -> str:
    return ("last", "first", "second", "third", "fourth", "fifth")[0 if week == LAST else week]


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _is_run(days: tuple[int, ...]) -> bool:
    return list(days) == list(range(days[0], days[-1] + 1))


def _days_text(days: tuple[int, ...], language: str = "en") -> str:
    """Mon-Fri for a run of three or more, else names joined by commas; Monday first. In
    Japanese: 月〜金, 月・水."""
    japanese = language == "ja"
    if len(days) == 7:
        return "毎日" if japanese else "daily"
    names = _JAPANESE_WEEKDAYS if japanese else WEEKDAY_NAMES
    dash, comma = ("〜", "・") if japanese else ("-", ",")
    pieces: list[str] = []
    run: list[int] = []
    for day in [*days, 99]:
        if run and day == run[-1] + 1:
            run.append(day)
            continue
        if len(run) >= 3:
            pieces.append(f"{names[run[0]]}{dash}{names[run[-1]]}")
        else:
            pieces.extend(names[item] for item in run)
        run = [day]
    return comma.join(pieces)


# --- reading ------------------------------------------------------------------------------


def _weekday(word: str) -> int | None:
    if word[0] in _JAPANESE_WEEKDAYS:
        return _JAPANESE_WEEKDAYS.index(word[0])
    lowered = word.lower()
    for index, full in enumerate(WEEKDAY_WORDS):
        if (
            len(lowered) >= 2
            and full.lower().startswith(lowered)
            and (len(lowered) >= 3 or lowered in ("mo", "tu", "we", "th", "fr", "sa", "su"))
        ):
            return index
    return None


def _ordinal(word: str) -> int | None:
    lowered = word.lower()
    if lowered in ("last", "最終"):
        return LAST
    digits = re.sub(r"\D", "", lowered)
    number = int(digits) if digits else 0
    return number if 1 <= number <= 5 else None


def _parse_time(text: str, *, end: bool) -> time | None:
    hours, minutes = (int(piece) for piece in text.split(":"))
    if end and hours == 24 and minutes == 0:
        return time(0)
    if 0 <= hours <= 23 and 0 <= minutes <= 59:
        return time(hours, minutes)
    return None


def _parse_days(text: str, fail: _Fail) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(weekdays, weeks of the month) from what comes before the times."""
    days: list[int] = []
    weeks: list[int] = []
    pending_range = False
    for match in _TOKEN.finditer(text):
        kind, word = match.lastgroup, match.group()
        if kind == "sep":
            continue
        if kind == "dash":
            if not days or pending_range:
                fail(f"'{word}' needs a weekday on each side")
            pending_range = True
            continue
        if kind == "ordinal":
            week = _ordinal(word)
            if week is None:
                fail(f"'{word}' is not a week of the month (1st to 5th, or last)")
            if days:
                fail(f"'{word}' must come before the weekdays")
            weeks.append(week)
            continue
        if kind == "daily":
            if days:
                fail(f"'{word}' already means every day")
            days.extend(range(7))
            continue
        day = _weekday(word) if kind == "day" else None
        if day is None:
            fail(f"'{word}' is not a weekday")
        if pending_range:
            first = days[-1]
            span = (day - first) % 7
            days.extend((first + step) % 7 for step in range(1, span + 1))
            pending_range = False
        else:
            days.append(day)
    if pending_range:
        fail("a range of weekdays needs a weekday after the dash")
    if not days:
        fail("no weekday before the times")
    if weeks and len(days) == 7:
        fail("weeks of the month need some weekdays, not all seven")
    return tuple(sorted(set(days))), tuple(sorted(set(weeks), key=lambda w: (w == LAST, w)))


class _Fail:
    def __init__(self, number: int, part: str) -> None:
        self.prefix = f"part {number} '{part}'"

    def __call__(self, problem: str) -> NoReturn:
        raise ScheduleError(f"{self.prefix}: {problem}")


def _parse_part(number: int, raw: str) -> Rule:
    part = " ".join(raw.split())
    fail = _Fail(number, part)
    starting: date | None = None
    found_from = _FROM.search(part)
    if found_from:
        day_text = found_from.group(1) or found_from.group(2)
        try:
            starting = date.fromisoformat(day_text)
        except ValueError:
            fail(f"'{day_text}' is not a date (YYYY-MM-DD)")
        if not EARLIEST_HOURS_DAY <= starting <= LATEST_HOURS_DAY:
            fail(
                f"'{day_text}' must be between {EARLIEST_HOURS_DAY.isoformat()} "
                f"and {LATEST_HOURS_DAY.isoformat()}"
            )
        part = part[: found_from.start()].rstrip()
    times = list(_TIMES.finditer(part))
    if not times:
        fail("no times (HH:MM-HH:MM)")
    if len(times) > 1:
        fail("one time range per part; write another part for the next one")
    found = times[0]
    trailing = part[found.end() :].strip()
    if trailing:
        fail(f"'{trailing}' after the times is not understood")
    start = _parse_time(found.group(1), end=False)
    end = _parse_time(found.group(2), end=True)
    if start is None:
        fail(f"'{found.group(1)}' is not a time of day")
    if end is None:
        fail(f"'{found.group(2)}' is not a time of day")
    if start == end and not (start == time(0) and found.group(2) == MIDNIGHT_END):
        fail("the window starts and ends at the same time")
    when = part[: found.start()].strip()
    every_other = _EVERY_OTHER.match(when)
    if every_other:
        when = when[every_other.end() :]
    weekdays, weeks = _parse_days(when, fail)
    if every_other and weeks:
        fail("'every other' cannot be combined with weeks of the month")
    if every_other and starting is None:
        fail("'every other' needs a start: add 'from YYYY-MM-DD'")
    return Rule(
        weekdays=weekdays,
        start=start,
        end=end,
        weeks_of_month=weeks,
        every_other_week=bool(every_other),
        starting=starting,
    )


def split_parts(text: str) -> list[str]:
    return [part for part in _PART_SEPARATOR.split(text.strip()) if part.strip()]


def parse_schedule(text: str) -> Schedule:
    """The schedule written in `text`, or ScheduleError naming the part that cannot be read.
    An empty text is an empty schedule (no regular hours)."""
    if len(text) > MAX_SCHEDULE_CHARS:
        raise ScheduleError(f"a schedule can be at most {MAX_SCHEDULE_CHARS:,} characters")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ScheduleError("contains a character that is not valid text") from None
    parts = split_parts(unicodedata.normalize("NFKC", text))
    if len(parts) > MAX_SCHEDULE_PARTS:
        raise ScheduleError(f"a schedule can have at most {MAX_SCHEDULE_PARTS} parts")
    return Schedule(tuple(_parse_part(number, part) for number, part in enumerate(parts, 1)))


def parse_window(text: str) -> tuple[time, time]:
    """ "HH:MM-HH:MM" alone (an extra session's times)."""
    found = _TIMES.fullmatch(" ".join(unicodedata.normalize("NFKC", text).split()))
    if found is None:
        raise ScheduleError(f"'{text.strip()}' is not HH:MM-HH:MM")
    start = _parse_time(found.group(1), end=False)
    end = _parse_time(found.group(2), end=True)
    if start is None or end is None:
        raise ScheduleError(f"'{text.strip()}' is not a time of day range")
    if start == end and not (start == time(0) and found.group(2) == MIDNIGHT_END):
        raise ScheduleError("the window starts and ends at the same time")
    return start, end


def window_text(start: time, end: time) -> str:
    return f"{_clock(start)}-{_end_clock(end, start)}"


def start_text(start: time) -> str:
    """A start time as the syntax writes it: HH:MM."""
    return _clock(start)


def end_text(end: time) -> str:
    """An end time as the syntax writes it: HH:MM, and 24:00 for midnight."""
    return _end_clock(end, time(0))


def rules_of(schedules: Iterable[Schedule]) -> list[Rule]:
    return [rule for schedule in schedules for rule in schedule.rules]
