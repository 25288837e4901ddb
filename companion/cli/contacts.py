"""`companion contact add|list` and `companion rules`: the supporter's own log and rules.

Everything typed is checked before the store is unlocked, the role and the rules before
anything is written, so a refused command leaves the store as it was. Messages never repeat
what was typed (an alias, a role's name, a rule's text).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime

from companion.boundaries.log import (
    BROKEN,
    LOAD_SCALE,
    PRESSURE,
    Contact,
    RuleMark,
    check_contact,
)
from companion.boundaries.roles import parse_day
from companion.cli.terminal import open_for_reading, open_for_writing
from companion.clock import in_zone, local_day_bounds, local_zone_name, now_utc, parse_moment
from companion.errors import EXIT_OK, InvalidEntry
from companion.limits import MAX_ROLE_NAME_CHARS, MAX_RULE_TEXT_CHARS, check_moment, check_text
from companion.paths import DataFolder
from companion.services.boundaries import BoundaryService
from companion.services.hours import HoursService


def cmd_contact(args: argparse.Namespace, folder: DataFolder) -> int:
    return {"add": _add, "list": _list}[args.contact_command](args, folder)


def _add(args: argparse.Namespace, folder: DataFolder) -> int:
    zone = local_zone_name()
    now = now_utc()
    if args.role is not None:
        check_text(args.role, "--role", MAX_ROLE_NAME_CHARS)
        if not args.role.strip():
            raise InvalidEntry("--role", "must not be empty")
    for token in (*args.rule, *args.broken):
        check_text(token, "--rule", MAX_RULE_TEXT_CHARS)
    at = check_moment(parse_moment(args.at, zone, "--at"), zone, "--at", now)
    contact = Contact(
        at=at,
        zone=zone,
        minutes=args.minutes,
        channel=args.channel,
        load=args.load,
        alias=args.alias,
        flags=tuple(dict.fromkeys(args.flag)),
        reflection=args.reflection,
        for_supervision=args.supervision,
    )
    check_contact(contact, now)
    with open_for_writing(folder) as store:
        role = HoursService(store).role(args.role) if args.role is not None else None
        service = BoundaryService(store)
        listed = service.rules_as_listed()
        wanted: dict[int, str] = {}
        for how, tokens in ((PRESSURE, args.rule), (BROKEN, args.broken)):
            for token in tokens:
                index = service.find_rule(token, listed)
                if wanted.get(index, how) != how:
                    raise InvalidEntry("--rule", "a rule is either under pressure or broken")
                wanted[index] = how
        rules = service.rules()  # the seeds are in the store from here on
        marks = tuple(RuleMark(_id_of(rules[index].id), how) for index, how in wanted.items())
        saved = service.save_contact(
            replace(contact, role_id=None if role is None else role.id, rules=marks), now
        )
    print("Saved the contact.")
    if saved.contact.outside_hours:
        print("It was outside the role's activity hours; that is noted in the log.")
        if saved.prompt:
            print(f"Your prepared phrase for such moments: {saved.prompt}")
    return EXIT_OK


def _id_of(rule_id: int | None) -> int:
    if rule_id is None:  # rules() returns stored rules, which have ids
        raise RuntimeError("a stored rule without an id")
    return rule_id


def _list(args: argparse.Namespace, folder: DataFolder) -> int:
    zone = local_zone_name()
    start = local_day_bounds(parse_day(args.start, "--from"), zone)[0] if args.start else None
    end = local_day_bounds(parse_day(args.end, "--to"), zone)[1] if args.end else None
    with open_for_reading(folder) as store:
        service = BoundaryService(store)
        contacts = service.contacts(start, end)
        numbers = {rule.id: number for number, rule in enumerate(service.rules(), start=1)}
        role_names = {role.id: role.name for role in HoursService(store).roles()}
    if not contacts:
        print("No contacts logged" + (" in those days." if start or end else " yet."))
        return EXIT_OK
    for contact in contacts:
        print(_describe(contact, zone, numbers, role_names))
    return EXIT_OK


def _describe(
    contact: Contact, zone: str, numbers: dict[int | None, int], roles: dict[int | None, str]
) -> str:
    local: datetime = in_zone(contact.at, zone)
    load = LOAD_SCALE.name_of(contact.load).en if 1 <= contact.load <= 5 else str(contact.load)
    parts = [
        local.strftime("%Y-%m-%d %H:%M"),
        f"{contact.minutes} min",
        contact.channel,
        f"load: {load}",
    ]
    if contact.role_id in roles:
        parts.append(f"role: {roles[contact.role_id]}")
    if contact.alias:
        parts.append(f"alias: {contact.alias}")
    if contact.outside_hours:
        parts.append("outside activity hours")
    lines = ["  ".join(parts)]
    for mark in contact.rules:
        what = "broken" if mark.how == BROKEN else "under pressure"
        lines.append(f"    rule {numbers.get(mark.rule_id, '?')} {what}")
    if contact.flags:
        lines.append(f"    flags: {', '.join(contact.flags)}")
    if contact.reflection:
        lines.append(f"    {contact.reflection}")
    if contact.for_supervision:
        talked = "talked through" if contact.talked_through else "to bring to supervision"
        lines.append(f"    {talked}")
    return "\n".join(lines)


def cmd_rules(args: argparse.Namespace, folder: DataFolder) -> int:
    with open_for_reading(folder) as store:
        rules = BoundaryService(store).rules()
    if not rules:
        print("No boundary rules.")
        return EXIT_OK
    for number, rule in enumerate(rules, start=1):
        print(f"{number}. {rule.text}" + ("" if rule.enabled else "  (switched off)"))
        if rule.why:
            print(f"   why it matters: {rule.why}")
        if rule.phrase:
            print(f"   prepared phrase: {rule.phrase}")
    return EXIT_OK
