"""The boundaries sections of our JSON export into the store, inside the caller's transaction.

Identity per kind (docs/export-format.md): roles by name; rules by text; contacts by (time,
minutes, channel, role name); supervision talks by (date, with whom); weekly reviews by week.
What the store already has is kept and the file's entry is skipped; references in the file
then point to the stored entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy.orm import Session

from companion.boundaries.json_import import BoundaryCounts, BoundaryImport, without_file_ids
from companion.boundaries.log import RuleMark
from companion.clock import to_utc
from companion.errors import InvalidEntry
from companion.limits import MAX_BOUNDARY_RULES, MAX_ROLES
from companion.settings import BOUNDARY_RULES_SEEDED, CRISIS_LINES
from companion.store.boundary_repository import BoundaryRepository
from companion.store.repositories import SettingsRepository
from companion.store.role_repository import RoleRepository


def _first_per_rule(pairs: Iterable[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """(rule id, mark) pairs with each rule once: two rules of one text in a file are one."""
    kept: dict[int, str] = {}
    for rule_id, mark in pairs:
        kept.setdefault(rule_id, mark)
    return tuple(kept.items())


def check_room(session: Session, found: BoundaryImport) -> None:
    """InvalidEntry if the store would hold more roles or rules than allowed; reads only."""
    stored_roles = {role.name for role in RoleRepository(session).all()}
    new_roles = {role.name for _, role in found.roles or ()} - stored_roles
    if len(stored_roles) + len(new_roles) > MAX_ROLES:
        raise InvalidEntry("roles", f"the store would hold more than {MAX_ROLES}")
    stored_rules = {rule.text for rule in BoundaryRepository(session).rules()}
    new_rules = {rule.text for _, rule in found.rules or ()} - stored_rules
    if len(stored_rules) + len(new_rules) > MAX_BOUNDARY_RULES:
        raise InvalidEntry("rules", f"the store would hold more than {MAX_BOUNDARY_RULES}")


def import_boundaries(session: Session, found: BoundaryImport) -> BoundaryCounts:
    """Add what the store does not have yet (call `check_room` first, before any write)."""
    counts = BoundaryCounts()
    settings = SettingsRepository(session)
    roles_repo = RoleRepository(session)
    boundaries = BoundaryRepository(session)

    role_ids: dict[int, int] = {}
    stored_roles = {role.name: role for role in roles_repo.all()}
    for file_id, role in found.roles or ():
        kept = stored_roles.get(role.name)
        if kept is None:
            kept = roles_repo.save(replace(role, id=None))
            stored_roles[kept.name] = kept
            counts.added["roles"] += 1
        else:
            counts.skipped["roles"] += 1
        if file_id is not None and kept.id is not None:
            role_ids[file_id] = kept.id

    rule_ids: dict[int, int] = {}
    if found.rules is not None:
        stored_rules = {rule.text: rule for rule in boundaries.rules()}
        for file_id, rule in found.rules:
            kept_rule = stored_rules.get(rule.text)
            if kept_rule is None:
                kept_rule = boundaries.save_rule(replace(rule, id=None))
                stored_rules[kept_rule.text] = kept_rule
                counts.added["rules"] += 1
            else:
                counts.skipped["rules"] += 1
            if file_id is not None and kept_rule.id is not None:
                rule_ids[file_id] = kept_rule.id
        if not settings.get(BOUNDARY_RULES_SEEDED):  # the file's rules stand for the seeds
            settings.set(BOUNDARY_RULES_SEEDED, True)

    talk_ids: dict[int, int] = {}
    stored_talks = {(talk.day, talk.with_whom): talk for talk in boundaries.talks()}
    for file_id, talk in found.talks or ():
        kept_talk = stored_talks.get((talk.day, talk.with_whom))
        if kept_talk is None:
            kept_talk = boundaries.save_talk(replace(talk, contact_ids=(), id=None))
            stored_talks[(talk.day, talk.with_whom)] = kept_talk
            counts.added["supervision"] += 1
        else:
            counts.skipped["supervision"] += 1
        if file_id is not None and kept_talk.id is not None:
            talk_ids[file_id] = kept_talk.id
    listed_in: dict[int, int] = {}  # a file contact id -> the talk (store id) that lists it
    for file_id, talk in found.talks or ():
        for linked in talk.contact_ids:
            if file_id is not None:
                listed_in.setdefault(linked, talk_ids[file_id])

    names = {role.id: role.name for role in stored_roles.values()}
    stored_contacts = {
        (to_utc(contact.at), contact.minutes, contact.channel, names.get(contact.role_id))
        for contact in boundaries.contacts()
    }
    file_role_names = {
        file_id: role.name for file_id, role in found.roles or () if file_id is not None
    }
    for item in found.contacts or ():
        contact = item.contact
        role_name = None if contact.role_id is None else file_role_names[contact.role_id]
        key = (to_utc(contact.at), contact.minutes, contact.channel, role_name)
        if key in stored_contacts:
            counts.skipped["contacts"] += 1
            continue
        stored_contacts.add(key)
        talk_id = None
        if contact.supervision_id is not None:
            talk_id = talk_ids[contact.supervision_id]
        elif item.file_id is not None:
            talk_id = listed_in.get(item.file_id)
        boundaries.save_contact(
            replace(
                without_file_ids(contact),
                role_id=None if contact.role_id is None else role_ids[contact.role_id],
                rules=tuple(
                    RuleMark(rule_id, how)
                    for rule_id, how in _first_per_rule(
                        (rule_ids[mark.rule_id], mark.how) for mark in contact.rules
                    )
                ),
                supervision_id=talk_id,
            )
        )
        counts.added["contacts"] += 1

    stored_weeks = {review.week for review in boundaries.reviews()}
    for review in found.reviews or ():
        if review.week in stored_weeks:
            counts.skipped["weekly_reviews"] += 1
            continue
        stored_weeks.add(review.week)
        outcomes = _first_per_rule(
            (rule_ids[rule_id], outcome) for rule_id, outcome in review.rule_outcomes
        )
        boundaries.save_review(replace(review, rule_outcomes=outcomes, id=None))
        counts.added["weekly_reviews"] += 1

    if found.crisis_lines is not None:
        counts.crisis_lines_taken = settings.get(CRISIS_LINES) is None
        if counts.crisis_lines_taken:
            settings.set(CRISIS_LINES, found.crisis_lines)
    return counts
