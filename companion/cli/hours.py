"""`companion hours set|show|off|extra`: roles and their activity hours (docs/hours.md).

Everything typed is checked before the store is unlocked. Messages never repeat a role's
name (it may say where the person works); only `hours show` prints names, as asked. The hours
themselves are written in the person's language (月〜金 10:00-17:00 for Japanese: `--lang`, else
the window's language setting, else the environment); the words around them are English.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta

from companion.boundaries.hours import Window
from companion.boundaries.roles import (
    DAY_OFF,
    EXTRA_SESSION,
    HoursException,
    Role,
    check_country,
    default_holiday_country,
    locale_from_environment,
    parse_day,
)
from companion.boundaries.schedule import (
    Schedule,
    parse_schedule,
    parse_window,
    schedule_text,
    window_text,
)
from companion.cli.terminal import open_for_reading, open_for_writing
from companion.clock import in_zone, local_zone_name, now_utc
from companion.errors import EXIT_OK, InvalidEntry
from companion.limits import MAX_ROLE_NAME_CHARS, check_text
from companion.paths import DataFolder
from companion.preferences import language_from_environment, load_language
from companion.services.hours import DEFAULT_ROLE_NAMES, HoursService, NewRoleDefaults

NEXT_WINDOWS = 5
JAPANESE_WEEKDAYS = "月火水木金土日"


def cmd_hours(args: argparse.Namespace, folder: DataFolder) -> int:
    if args.role is not None:
        check_text(args.role, "--role", MAX_ROLE_NAME_CHARS)
        if not args.role.strip():
            raise InvalidEntry("--role", "must not be empty")
    action = {"set": _set, "show": _show, "off": _off, "extra": _extra}[args.hours_command]
    return action(args, folder)


def _set(args: argparse.Namespace, folder: DataFolder) -> int:
    schedule = parse_schedule(args.schedule)
    country = check_country(args.country.upper()) if args.country else None
    language = load_language(folder) or language_from_environment() or "en"
    defaults = NewRoleDefaults(
        name=DEFAULT_ROLE_NAMES.get(language, DEFAULT_ROLE_NAMES["en"]),
        zone=local_zone_name(),
        holiday_country=default_holiday_country(language, locale_from_environment()),
    )
    with open_for_writing(folder) as store:
        role = HoursService(store).set_hours(
            args.role,
            schedule,
            defaults,
            kind=args.kind,
            holidays_off=args.holidays_off,
            holiday_country=country,
        )
    print(f"Saved: {schedule_text(role.hours, language) or '(no regular hours)'}")
    if role.holidays_off:
        print(f"National holidays ({role.holiday_country}) are days off.")
    return EXIT_OK


def _local(window: Window, zone: str, language: str) -> str:
    """Sat 2026-11-28 22:00-Sun 02:00; in Japanese 2026-11-28(土) 22:00-翌02:00."""
    start, end = in_zone(window.start, zone), in_zone(window.end, zone)
    same_day = end.date() == start.date()
    if language == "ja":
        weekday = JAPANESE_WEEKDAYS[start.weekday()]
        ends = end.strftime("%H:%M") if same_day else end.strftime("翌%H:%M")
        return f"{start.strftime('%Y-%m-%d')}({weekday}) {start.strftime('%H:%M')}-{ends}"
    ends = end.strftime("%H:%M") if same_day else end.strftime("%a %H:%M")
    return f"{start.strftime('%a %Y-%m-%d %H:%M')}-{ends}"


def _rule_lines(role: Role, language: str) -> list[str]:
    """Each rule of the hours in plain English, or in its Japanese form (月〜金 10:00-17:00)."""
    if language == "ja":
        return [f"  {schedule_text(Schedule((rule,)), 'ja')}" for rule in role.hours.rules]
    return [f"  {rule.describe()}" for rule in role.hours.rules]


def _describe(role: Role, today: datetime, language: str) -> list[str]:
    kind = f" ({role.kind})" if role.kind else ""
    lines = [f"{role.name}{kind}, times in {role.zone}"]
    lines += _rule_lines(role, language) or ["  no regular hours"]
    if role.holidays_off:
        lines.append(f"  national holidays ({role.holiday_country}) off")
    for item in role.exceptions:
        if item.day < today.date() - timedelta(days=7):
            continue  # long past; still in the export
        if item.kind == DAY_OFF:
            lines.append(f"  day off {item.day.isoformat()}")
        elif item.start is not None and item.end is not None:
            lines.append(f"  extra {item.day.isoformat()} {window_text(item.start, item.end)}")
    return lines


def _show(args: argparse.Namespace, folder: DataFolder) -> int:
    language = args.lang or load_language(folder) or language_from_environment() or "en"
    zone = local_zone_name()
    now = now_utc()
    with open_for_reading(folder) as store:
        service = HoursService(store)
        roles = [service.role(args.role)] if args.role is not None else service.roles()
        upcoming = service.next_windows(now, NEXT_WINDOWS, roles)
    if not roles:
        print('No roles yet. Set some hours with: companion hours set "Mon-Fri 10:00-17:00"')
        return EXIT_OK
    for role in roles:
        print("\n".join(_describe(role, in_zone(now, zone), language)))
    print(f"Next, in {zone}:" if upcoming else "Nothing in the coming months.")
    named = len(roles) > 1
    for window in upcoming:
        print(f"  {_local(window, zone, language)}" + (f"  {window.role.name}" if named else ""))
    return EXIT_OK


def _off(args: argparse.Namespace, folder: DataFolder) -> int:
    day = parse_day(args.date)
    with open_for_writing(folder) as store:
        service = HoursService(store)
        if args.remove:
            service.remove_exception(args.role, HoursException(day, DAY_OFF))
        else:
            service.add_day_off(args.role, day)
    print(f"{'No longer a day off' if args.remove else 'Day off'}: {day.isoformat()}")
    return EXIT_OK


def _extra(args: argparse.Namespace, folder: DataFolder) -> int:
    day = parse_day(args.date)
    start, end = parse_window(args.times)
    with open_for_writing(folder) as store:
        service = HoursService(store)
        if args.remove:
            service.remove_exception(args.role, HoursException(day, EXTRA_SESSION, start, end))
        else:
            service.add_extra_session(args.role, day, start, end)
    what = "Extra session removed" if args.remove else "Extra session"
    print(f"{what}: {day.isoformat()} {window_text(start, end)}")
    return EXIT_OK
