"""Boundary rules, the contact log, supervision talks and weekly reviews: what the Boundaries
page and `companion contact` / `companion rules` ask of the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from companion.boundaries import hours
from companion.boundaries.log import (
    HEAVY_LOAD,
    Contact,
    SupervisionTalk,
    WeeklyReview,
    check_contact,
    check_review,
    check_talk,
    week_days,
)
from companion.boundaries.roles import Role
from companion.boundaries.rules import OUTSIDE_HOURS, BoundaryRule, check_rule, seed_rules
from companion.clock import local_day_bounds, to_utc
from companion.errors import InvalidEntry
from companion.limits import MAX_BOUNDARY_RULES
from companion.preferences import language_from_environment, load_language
from companion.store import Store

NO_SUCH_RULE = "no rule with that number or exact text (`companion rules` lists them)"


@dataclass(frozen=True)
class ContactSaved:
    """A saved contact, and the kind prompt to show with it: the prepared phrase of the rule
    about contact outside activity hours, when the contact was outside them and that rule is
    on and has a phrase (else None). Never blame: the person decides what it means."""

    contact: Contact
    prompt: str | None


def outside_hours(contact: Contact, roles: Sequence[Role]) -> bool | None:
    """Whether `contact` lay outside its role's activity hours; None without a role, or when
    the role has no hours at all (no regular hours and no extra sessions)."""
    role = next((role for role in roles if role.id == contact.role_id), None)
    if contact.role_id is None or role is None:
        return None
    if not role.hours.rules and not role.extra_sessions():
        return None
    return not hours.is_within_hours(to_utc(contact.at), role)


class BoundaryService:
    """One open store's rules and logs. Times in and out are aware UTC datetimes; weeks are
    ISO weeks ("2026-W48") in the person's zone."""

    def __init__(self, store: Store, language: str | None = None) -> None:
        self._store = store
        self._language = language
        self._seed_checked = False

    @property
    def language(self) -> str:
        """The language the seed rules are written in: the window's, else the system's."""
        if self._language is None:
            self._language = (
                load_language(self._store.folder) or language_from_environment() or "en"
            )
        return self._language

    def use_language(self, language: str) -> None:
        """The window's language, for seeds not yet put in (call before the first `rules()`)."""
        self._language = language

    # --- rules ----------------------------------------------------------------------------
    def rules(self) -> list[BoundaryRule]:
        """The person's rules in their order. The first read of a store that never had the
        seeds puts them in, in `language`; a rule deleted later never comes back. A store
        opened read-only is not written: its list reads as it is."""
        if not self._seed_checked:
            if not self._store.is_read_only and not self._store.boundary_rules_seeded():
                self._store.seed_boundary_rules(seed_rules(self.language))
            self._seed_checked = True
        return self._store.boundary_rules()

    def rules_as_listed(self) -> list[BoundaryRule]:
        """What `rules()` will return, without writing: the stored rules, or the seeds (without
        ids) if this store was never seeded. For checking input before anything is saved."""
        if self._store.boundary_rules_seeded():
            return self._store.boundary_rules()
        return self._store.boundary_rules() or seed_rules(self.language)

    def stored_rules(self) -> list[BoundaryRule]:
        """The rules as stored (no seeding): for the export."""
        return self._store.boundary_rules()

    def save_rule(self, rule: BoundaryRule) -> BoundaryRule:
        """Insert (no id, last in order) or replace (by id) a rule after checking it."""
        check_rule(rule)
        if rule.id is None and len(self.rules()) >= MAX_BOUNDARY_RULES:
            raise InvalidEntry("rules", f"at most {MAX_BOUNDARY_RULES}")
        return self._store.save_boundary_rule(rule)

    def set_rule_enabled(self, rule_id: int, enabled: bool) -> BoundaryRule:
        rule = self._rule_by_id(rule_id)
        return self._store.save_boundary_rule(replace(rule, enabled=enabled))

    def delete_rule(self, rule_id: int) -> None:
        """Gone for good (also from contacts and reviews that named it); never re-seeded."""
        self.rules()  # a store is seeded before its first deletion, so the seeds stay gone
        self._store.delete_boundary_rule(rule_id)

    def reorder_rules(self, rule_ids: Sequence[int]) -> None:
        """`rule_ids`: every rule's id, in the new order."""
        self._store.reorder_boundary_rules(list(rule_ids))

    def find_rule(self, token: str, rules: Sequence[BoundaryRule] | None = None) -> int:
        """The index in `rules` (default: `rules_as_listed()`) of the rule numbered `token`
        (1-based, as `companion rules` lists them) or with exactly that text."""
        listed = self.rules_as_listed() if rules is None else rules
        text = token.strip()
        if text.isdigit() and text.isascii():
            number = int(text)
            if 1 <= number <= len(listed):
                return number - 1
        for index, rule in enumerate(listed):
            if rule.text == token or rule.text.strip() == text:
                return index
        raise InvalidEntry("rule", NO_SUCH_RULE)

    def outside_hours_prompt(self) -> str | None:
        """The prepared phrase of the outside-hours rule, if that rule is on and has one."""
        for rule in self.rules():
            if rule.seed == OUTSIDE_HOURS and rule.enabled and rule.phrase.strip():
                return rule.phrase
        return None

    def _rule_by_id(self, rule_id: int) -> BoundaryRule:
        for rule in self.rules():
            if rule.id == rule_id:
                return rule
        raise InvalidEntry("rule", NO_SUCH_RULE)

    # --- contacts -------------------------------------------------------------------------
    def check_contact(self, contact: Contact, now: datetime | None = None) -> Contact:
        """`contact` if it can be saved as it is (no store access); InvalidEntry otherwise."""
        return check_contact(contact, now)

    def save_contact(self, contact: Contact, now: datetime | None = None) -> ContactSaved:
        """Insert (no id) or replace (by id) a contact. Its `outside_hours` is worked out here
        from its role's hours (whatever the caller set), with the kind prompt when outside."""
        check_contact(contact, now)
        roles = self._store.roles()
        if contact.role_id is not None and all(role.id != contact.role_id for role in roles):
            raise InvalidEntry("role", "no such role (`companion hours show` lists them)")
        flagged = replace(contact, outside_hours=outside_hours(contact, roles))
        saved = self._store.save_contact(flagged)
        prompt = self.outside_hours_prompt() if saved.outside_hours else None
        return ContactSaved(saved, prompt)

    def save_contacts(
        self, contacts: Sequence[Contact], now: datetime | None = None
    ) -> list[Contact]:
        """Insert many contacts in one transaction (`companion demo`'s years of them), each
        checked and flagged as `save_contact` does, without the prompts."""
        roles = self._store.roles()
        role_ids = {role.id for role in roles}
        flagged = []
        for contact in contacts:
            check_contact(contact, now)
            if contact.role_id is not None and contact.role_id not in role_ids:
                raise InvalidEntry("role", "no such role (`companion hours show` lists them)")
            flagged.append(replace(contact, outside_hours=outside_hours(contact, roles)))
        return self._store.save_contacts(flagged)

    def delete_contact(self, contact_id: int) -> None:
        self._store.delete_contact(contact_id)

    def contacts(
        self, start_utc: datetime | None = None, end_utc: datetime | None = None
    ) -> list[Contact]:
        """By time, from `start_utc` (inclusive) to `end_utc` (exclusive) when given."""
        return self._store.contacts(
            None if start_utc is None else to_utc(start_utc),
            None if end_utc is None else to_utc(end_utc),
        )

    def contact(self, contact_id: int) -> Contact:
        return self._store.contact(contact_id)

    def waiting_for_supervision(self) -> list[Contact]:
        """Contacts marked "bring this to supervision" and not yet talked through."""
        return [
            contact
            for contact in self._store.contacts()
            if contact.for_supervision and not contact.talked_through
        ]

    # --- supervision ----------------------------------------------------------------------
    def talks(self) -> list[SupervisionTalk]:
        """By date."""
        return self._store.supervision_talks()

    def save_talk(self, talk: SupervisionTalk) -> SupervisionTalk:
        """Insert or replace a talk. The contacts in `talk.contact_ids` become talked through
        in it (those it no longer lists wait again), and the supervision reminder's date
        (`REMINDERS.next_supervision`) becomes the latest next date of all talks."""
        return self._store.save_supervision_talk(check_talk(talk))

    def delete_talk(self, talk_id: int) -> None:
        """Its contacts wait for supervision again; the reminder's date follows the others."""
        self._store.delete_supervision_talk(talk_id)

    # --- weekly reviews -------------------------------------------------------------------
    def reviews(self) -> list[WeeklyReview]:
        """By week."""
        return self._store.weekly_reviews()

    def review(self, week: str) -> WeeklyReview | None:
        return self._store.weekly_review(week)

    def save_review(self, review: WeeklyReview) -> WeeklyReview:
        """The review of `review.week`, replacing an earlier one of the same week."""
        return self._store.save_weekly_review(check_review(review))

    def delete_review(self, week: str) -> None:
        self._store.delete_weekly_review(week)

    def contacts_in_week(self, week: str, zone: str) -> list[Contact]:
        """Contacts whose local day (in `zone`) lies in the ISO week `week`."""
        monday, next_monday = week_days(week)
        return self.contacts(
            local_day_bounds(monday, zone)[0], local_day_bounds(next_monday, zone)[0]
        )

    def heavy_contacts_in_week(self, week: str, zone: str) -> tuple[int, int]:
        """(heavy contacts that week, how many of them were talked through): words for the
        review's "were heavy contacts talked through", never a score."""
        heavy = [
            contact for contact in self.contacts_in_week(week, zone) if contact.load >= HEAVY_LOAD
        ]
        return len(heavy), sum(contact.talked_through for contact in heavy)
