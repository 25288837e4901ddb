"""Boundary rules, contacts, supervision talks and weekly reviews in the store.

Reading stays lenient: a row written by an older or hand-edited store reads as it is (an
unknown flag is left out, a date that cannot be read is None), never a crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from companion.boundaries.log import (
    FLAGS,
    Contact,
    RuleMark,
    SupervisionTalk,
    WeeklyReview,
)
from companion.boundaries.rules import BoundaryRule
from companion.clock import now_utc, to_utc
from companion.errors import EntryGone, InvalidEntry
from companion.settings import BOUNDARY_RULES_SEEDED, REMINDERS
from companion.store.models import (
    BoundaryRuleRow,
    ContactRow,
    ContactRuleRow,
    SupervisionTalkRow,
    WeeklyReviewRow,
    WeeklyReviewRuleRow,
)
from companion.store.repositories import SettingsRepository


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _rule(row: BoundaryRuleRow) -> BoundaryRule:
    return BoundaryRule(
        id=row.id,
        text=row.text,
        enabled=bool(row.enabled),
        why=row.why,
        phrase=row.phrase,
        seed=row.seed,
    )


def _contact(row: ContactRow) -> Contact:
    return Contact(
        id=row.id,
        at=row.at_utc,
        zone=row.zone,
        minutes=row.minutes,
        channel=row.channel,
        load=row.load,
        role_id=row.role_id,
        alias=row.alias,
        rules=tuple(RuleMark(item.rule_id, item.how) for item in row.rules),
        flags=tuple(flag for flag in row.flags.split(",") if flag in FLAGS),
        reflection=row.reflection,
        for_supervision=bool(row.for_supervision),
        outside_hours=_flag(row.outside_hours),
        supervision_id=row.supervision_id,
    )


def _review(row: WeeklyReviewRow) -> WeeklyReview:
    return WeeklyReview(
        id=row.id,
        week=row.week,
        rule_outcomes=tuple((item.rule_id, item.outcome) for item in row.rules),
        hard=row.hard,
        energy=row.energy,
        rested=_flag(row.rested),
        rest=row.rest,
        talked_through=row.talked_through,
    )


class BoundaryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- rules ----------------------------------------------------------------------------
    def rules(self) -> list[BoundaryRule]:
        rows = self._session.scalars(
            select(BoundaryRuleRow).order_by(BoundaryRuleRow.position, BoundaryRuleRow.id)
        )
        return [_rule(row) for row in rows]

    def seeded(self) -> bool:
        return SettingsRepository(self._session).get(BOUNDARY_RULES_SEEDED)

    def seed_once(self, seeds: Sequence[BoundaryRule]) -> bool:
        """Put `seeds` in if this store never had them (and has no rules); mark it either way.
        True if they were put in."""
        settings = SettingsRepository(self._session)
        if settings.get(BOUNDARY_RULES_SEEDED):
            return False
        count = self._session.scalar(select(func.count()).select_from(BoundaryRuleRow))
        if not count:
            for rule in seeds:
                self.save_rule(rule)
        settings.set(BOUNDARY_RULES_SEEDED, True)
        return not count

    def save_rule(self, rule: BoundaryRule) -> BoundaryRule:
        stamp = now_utc()
        if rule.id is None:
            position = self._session.scalar(select(func.max(BoundaryRuleRow.position)))
            row = BoundaryRuleRow(position=(position or 0) + 1, created_utc=stamp)
            self._session.add(row)
        else:
            found = self._session.get(BoundaryRuleRow, rule.id)
            if found is None:
                raise EntryGone()
            row = found
        row.text = rule.text
        row.enabled = int(rule.enabled)
        row.why = rule.why
        row.phrase = rule.phrase
        row.seed = rule.seed
        row.updated_utc = stamp
        self._session.flush()
        return _rule(row)

    def delete_rule(self, rule_id: int) -> None:
        row = self._session.get(BoundaryRuleRow, rule_id)
        if row is None:
            raise EntryGone()
        self._session.delete(row)
        self._session.flush()

    def reorder_rules(self, rule_ids: Sequence[int]) -> None:
        rows = {row.id: row for row in self._session.scalars(select(BoundaryRuleRow))}
        if sorted(rule_ids) != sorted(rows):
            raise EntryGone()
        for position, rule_id in enumerate(rule_ids, start=1):
            rows[rule_id].position = position
        self._session.flush()

    # --- contacts -------------------------------------------------------------------------
    def contacts(self, start: datetime | None = None, end: datetime | None = None) -> list[Contact]:
        """By time; from `start` (inclusive) to `end` (exclusive) when given."""
        query = select(ContactRow).order_by(ContactRow.at_utc, ContactRow.id)
        if start is not None:
            query = query.where(ContactRow.at_utc >= to_utc(start))
        if end is not None:
            query = query.where(ContactRow.at_utc < to_utc(end))
        return [_contact(row) for row in self._session.scalars(query)]

    def contact(self, contact_id: int) -> Contact:
        row = self._session.get(ContactRow, contact_id)
        if row is None:
            raise EntryGone()
        return _contact(row)

    def save_contact(self, contact: Contact) -> Contact:
        stamp = now_utc()
        known = {rule.id for rule in self.rules()}
        if any(mark.rule_id not in known for mark in contact.rules):
            raise InvalidEntry("rule", "no such rule (`companion rules` lists them)")
        if contact.supervision_id is not None and (
            self._session.get(SupervisionTalkRow, contact.supervision_id) is None
        ):
            raise EntryGone()
        if contact.id is None:
            row = ContactRow(created_utc=stamp)
            self._session.add(row)
        else:
            found = self._session.get(ContactRow, contact.id)
            if found is None:
                raise EntryGone()
            row = found
        row.at_utc = to_utc(contact.at)
        row.zone = contact.zone
        row.minutes = contact.minutes
        row.channel = contact.channel
        row.load = contact.load
        row.role_id = contact.role_id
        row.alias = contact.alias
        row.flags = ",".join(contact.flags)
        row.reflection = contact.reflection
        row.for_supervision = int(contact.for_supervision)
        row.outside_hours = None if contact.outside_hours is None else int(contact.outside_hours)
        row.supervision_id = contact.supervision_id
        row.updated_utc = stamp
        row.rules = []  # the old marks go first: (contact, rule) is unique
        self._session.flush()
        row.rules = [ContactRuleRow(rule_id=mark.rule_id, how=mark.how) for mark in contact.rules]
        self._session.flush()
        return _contact(row)

    def delete_contact(self, contact_id: int) -> None:
        row = self._session.get(ContactRow, contact_id)
        if row is None:
            raise EntryGone()
        self._session.delete(row)
        self._session.flush()

    # --- supervision ----------------------------------------------------------------------
    def _talk(self, row: SupervisionTalkRow) -> SupervisionTalk:
        linked = self._session.scalars(
            select(ContactRow.id).where(ContactRow.supervision_id == row.id).order_by(ContactRow.id)
        )
        return SupervisionTalk(
            id=row.id,
            day=_day(row.day) or date(1900, 1, 1),
            with_whom=row.with_whom,
            topics=row.topics,
            try_next=row.try_next,
            next_day=_day(row.next_day),
            contact_ids=tuple(linked),
        )

    def talks(self) -> list[SupervisionTalk]:
        rows = self._session.scalars(
            select(SupervisionTalkRow).order_by(SupervisionTalkRow.day, SupervisionTalkRow.id)
        )
        return [self._talk(row) for row in rows]

    def save_talk(self, talk: SupervisionTalk) -> SupervisionTalk:
        """Insert or replace a talk; the contacts it lists become talked through in it, the
        ones it no longer lists wait for supervision again. The supervision reminder's date
        becomes the latest next date of all talks."""
        stamp = now_utc()
        if talk.id is None:
            row = SupervisionTalkRow(created_utc=stamp)
            self._session.add(row)
        else:
            found = self._session.get(SupervisionTalkRow, talk.id)
            if found is None:
                raise EntryGone()
            row = found
        row.day = talk.day.isoformat()
        row.with_whom = talk.with_whom
        row.topics = talk.topics
        row.try_next = talk.try_next
        row.next_day = None if talk.next_day is None else talk.next_day.isoformat()
        row.updated_utc = stamp
        self._session.flush()
        wanted = set(talk.contact_ids)
        for contact in self._session.scalars(
            select(ContactRow).where(ContactRow.supervision_id == row.id)
        ):
            if contact.id not in wanted:
                contact.supervision_id = None
        for contact_id in wanted:
            found_contact = self._session.get(ContactRow, contact_id)
            if found_contact is None:
                raise EntryGone()
            found_contact.supervision_id = row.id
        self._session.flush()
        self._set_next_supervision()
        return self._talk(row)

    def delete_talk(self, talk_id: int) -> None:
        row = self._session.get(SupervisionTalkRow, talk_id)
        if row is None:
            raise EntryGone()
        self._session.delete(row)
        self._session.flush()
        self._set_next_supervision()

    def _set_next_supervision(self) -> None:
        latest = self._session.scalar(select(func.max(SupervisionTalkRow.next_day)))
        settings = SettingsRepository(self._session)
        current = settings.get(REMINDERS)
        wanted = _day(latest)
        if current.next_supervision != wanted:
            settings.set(REMINDERS, replace(current, next_supervision=wanted))

    # --- weekly reviews -------------------------------------------------------------------
    def reviews(self) -> list[WeeklyReview]:
        rows = self._session.scalars(select(WeeklyReviewRow).order_by(WeeklyReviewRow.week))
        return [_review(row) for row in rows]

    def review(self, week: str) -> WeeklyReview | None:
        row = self._session.scalar(select(WeeklyReviewRow).where(WeeklyReviewRow.week == week))
        return None if row is None else _review(row)

    def save_review(self, review: WeeklyReview) -> WeeklyReview:
        """The review of its week, replacing any earlier one of the same week."""
        stamp = now_utc()
        known = {rule.id for rule in self.rules()}
        if any(rule_id not in known for rule_id, _ in review.rule_outcomes):
            raise InvalidEntry("rules", "no such rule")
        row = self._session.scalar(
            select(WeeklyReviewRow).where(WeeklyReviewRow.week == review.week)
        )
        if row is None:
            row = WeeklyReviewRow(week=review.week, created_utc=stamp)
            self._session.add(row)
        row.hard = review.hard
        row.energy = review.energy
        row.rested = None if review.rested is None else int(review.rested)
        row.rest = review.rest
        row.talked_through = review.talked_through
        row.updated_utc = stamp
        row.rules = []  # the old outcomes go first: (review, rule) is unique
        self._session.flush()
        row.rules = [
            WeeklyReviewRuleRow(rule_id=rule_id, outcome=outcome)
            for rule_id, outcome in review.rule_outcomes
        ]
        self._session.flush()
        return _review(row)

    def delete_review(self, week: str) -> None:
        row = self._session.scalar(select(WeeklyReviewRow).where(WeeklyReviewRow.week == week))
        if row is None:
            raise EntryGone()
        self._session.delete(row)
        self._session.flush()
