"""Rules, contacts, supervision and weekly reviews in the store: migration 0005 -> 0006 over a
store with data, seeding once in the person's language, never resurrecting a deleted rule,
the outside-hours flag and its prompt, supervision links and the reminder date."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from alembic import command

from companion import settings
from companion.boundaries import Role, parse_schedule
from companion.boundaries.log import Contact, RuleMark, SupervisionTalk, WeeklyReview
from companion.boundaries.rules import OUTSIDE_HOURS, BoundaryRule, seed_rules
from companion.errors import InvalidEntry, StoreUnavailable, Unavailability
from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.preferences import save_language
from companion.services.boundaries import BoundaryService
from companion.services.store_services import StoreServices
from companion.store import (
    Store,
    create_store,
    lifecycle,
    open_store,
    schema,
    unlock_with_passphrase,
)
from companion.store.engine import make_engine
from tests.conftest import PASSPHRASE, snapshot

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
SHIFTS = Role(name="staff", zone="Asia/Tokyo", hours=parse_schedule("Mon-Fri 10:00-17:00"))
LATE = datetime(2026, 11, 9, 14, tzinfo=UTC)  # Monday 23:00 in Tokyo
DURING = datetime(2026, 11, 9, 3, tzinfo=UTC)  # Monday 12:00 in Tokyo


def contact(moment: datetime, role_id: int | None, **more) -> Contact:
    return Contact(
        at=moment, zone="Asia/Tokyo", minutes=20, channel="message", load=3, role_id=role_id, **more
    )


def test_a_store_at_0005_with_roles_upgrades_and_takes_the_log(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    store.add_checkin(new_checkin(at=LATE, zone="Asia/Tokyo", mood=3, energy=4))
    role = store.save_role(SHIFTS)
    checkins = store.all_checkins()
    store.close()
    key = unlock_with_passphrase(folder, PASSPHRASE)
    engine = make_engine(folder.database, key)
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0005")
            tables = {
                row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")
            }
            assert "contacts" not in tables and "roles" in tables
    finally:
        engine.dispose()
    reopened = open_store(folder, key)  # copies, then upgrades 0005 -> head
    try:
        assert reopened.all_checkins() == checkins and reopened.roles() == [role]
        service = BoundaryService(reopened, "en")
        assert [rule.text for rule in service.rules()] == [r.text for r in seed_rules("en")]
        saved = service.save_contact(contact(LATE, role.id), NOW)
        assert saved.contact.outside_hours is True
        assert reopened.contacts() == [saved.contact]
    finally:
        reopened.close()
    assert any("schema-0005" in path.name for path in folder.backups.iterdir())


@pytest.mark.parametrize("language", ["ja", "en"])
def test_rules_are_seeded_once_in_the_windows_language(folder: DataFolder, language) -> None:
    assert save_language(folder, language)
    store, _ = create_store(folder, PASSPHRASE)
    with StoreServices(store) as services:
        assert not store.boundary_rules_seeded()
        rules = services.boundaries.rules()
        assert [(r.text, r.phrase, r.seed) for r in rules] == [
            (r.text, r.phrase, r.seed) for r in seed_rules(language)
        ]
        assert store.boundary_rules_seeded()
        assert services.boundaries.rules() == rules  # read again: not seeded twice


def test_a_deleted_rule_never_comes_back(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    service = BoundaryService(store, "ja")
    first, *others = service.rules()
    service.delete_rule(first.id)
    for rule in others:
        service.delete_rule(rule.id)
    assert service.rules() == []
    store.close()
    reopened = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        assert BoundaryService(reopened, "en").rules() == []  # a new session, another language
        assert BoundaryService(reopened, "en").rules_as_listed() == []
    finally:
        reopened.close()


def test_deleting_before_the_first_read_still_seeds_first(store: Store) -> None:
    service = BoundaryService(store, "en")
    seeded = BoundaryService(store, "en").rules()
    service.delete_rule(seeded[0].id)
    assert [rule.seed for rule in service.rules()] == [rule.seed for rule in seeded[1:]]


def test_rules_as_listed_writes_nothing_and_numbers_like_rules(store: Store) -> None:
    service = BoundaryService(store, "en")
    listed = service.rules_as_listed()
    assert not store.boundary_rules_seeded() and all(rule.id is None for rule in listed)
    assert service.find_rule("2", listed) == 1
    assert service.find_rule(listed[3].text, listed) == 3
    for missing in ("0", "6", "٣", "no such rule"):
        with pytest.raises(InvalidEntry, match="rule"):
            service.find_rule(missing, listed)
    assert [rule.text for rule in service.rules()] == [rule.text for rule in listed]


def test_rules_are_edited_switched_off_reordered_and_limited(store: Store) -> None:
    service = BoundaryService(store, "en")
    rules = service.rules()
    edited = service.save_rule(replace(rules[0], text="No calls after 21:00", why="I need sleep"))
    assert edited.seed == OUTSIDE_HOURS and edited.why == "I need sleep"
    assert not service.set_rule_enabled(rules[1].id, False).enabled
    mine = service.save_rule(BoundaryRule(text="No hugs", phrase="A wave is enough"))
    assert service.rules()[-1] == mine
    order = [rule.id for rule in reversed(service.rules())]
    service.reorder_rules(order)
    assert [rule.id for rule in service.rules()] == order
    with pytest.raises(InvalidEntry, match="rule"):
        service.save_rule(BoundaryRule(text="\ud800"))
    for number in range(50 - len(service.rules())):
        service.save_rule(BoundaryRule(text=f"rule {number}"))
    with pytest.raises(InvalidEntry, match="at most 50"):
        service.save_rule(BoundaryRule(text="one too many"))


def test_outside_hours_is_worked_out_on_save_with_the_kind_prompt(store: Store) -> None:
    role = store.save_role(SHIFTS)
    service = BoundaryService(store, "en")
    outside = service.save_contact(contact(LATE, role.id, outside_hours=False), NOW)
    assert outside.contact.outside_hours is True
    assert outside.prompt == seed_rules("en")[0].phrase
    inside = service.save_contact(contact(DURING, role.id, outside_hours=True), NOW)
    assert inside.contact.outside_hours is False and inside.prompt is None
    no_role = service.save_contact(contact(LATE, None), NOW)
    assert no_role.contact.outside_hours is None and no_role.prompt is None
    moved = service.save_contact(replace(inside.contact, at=LATE), NOW)  # an edit recomputes
    assert moved.contact.outside_hours is True and moved.contact.id == inside.contact.id
    # Switched off or without a phrase: still flagged, no prompt.
    rule = service.rules()[0]
    service.set_rule_enabled(rule.id, False)
    assert service.save_contact(contact(LATE, role.id), NOW).prompt is None
    service.save_rule(replace(rule, phrase=""))
    assert service.save_contact(contact(LATE, role.id), NOW).prompt is None
    with pytest.raises(InvalidEntry, match="role"):
        service.save_contact(contact(LATE, 999), NOW)


def test_contacts_keep_rules_flags_and_lose_a_deleted_role(store: Store) -> None:
    role = store.save_role(SHIFTS)
    service = BoundaryService(store, "en")
    rules = service.rules()
    marks = (RuleMark(rules[0].id, "pressure"), RuleMark(rules[1].id, "broken"))
    saved = service.save_contact(
        contact(LATE, role.id, rules=marks, flags=("money", "alone"), alias="A.", reflection="hm"),
        NOW,
    ).contact
    assert store.contact(saved.id) == saved
    again = service.save_contact(replace(saved, rules=marks[:1]), NOW).contact  # same marks again
    assert again.rules == marks[:1]
    with pytest.raises(InvalidEntry, match="rule"):
        service.save_contact(replace(saved, rules=(RuleMark(999, "pressure"),)), NOW)
    service.delete_rule(rules[0].id)
    assert service.contact(saved.id).rules == ()
    store.delete_role(role.id)
    kept = service.contact(saved.id)
    assert kept.role_id is None and kept.outside_hours is True  # as it was when logged
    assert service.contacts(datetime(2026, 11, 9, tzinfo=UTC), LATE) == []
    assert service.contacts(LATE, datetime(2026, 11, 10, tzinfo=UTC)) == [kept]
    service.delete_contact(saved.id)
    assert service.contacts() == []


def test_supervision_talks_through_contacts_and_sets_the_reminder(store: Store) -> None:
    service = BoundaryService(store, "en")
    waiting = [
        service.save_contact(contact(LATE, None, for_supervision=True), NOW).contact
        for _ in range(2)
    ]
    service.save_contact(contact(LATE, None), NOW)
    assert service.waiting_for_supervision() == waiting
    talk = service.save_talk(
        SupervisionTalk(
            date(2026, 11, 20),
            "supervisor",
            topics="late messages",
            try_next="answer the next day",
            next_day=date(2026, 12, 18),
            contact_ids=(waiting[0].id,),
        )
    )
    assert talk.contact_ids == (waiting[0].id,)
    assert [c.id for c in service.waiting_for_supervision()] == [waiting[1].id]
    assert service.contact(waiting[0].id).supervision_id == talk.id
    assert store.setting(settings.REMINDERS).next_supervision == date(2026, 12, 18)
    earlier = service.save_talk(
        SupervisionTalk(date(2026, 11, 1), "fellow-supporter", next_day=date(2026, 11, 20))
    )
    assert store.setting(settings.REMINDERS).next_supervision == date(2026, 12, 18)
    relinked = service.save_talk(replace(talk, contact_ids=(waiting[1].id,), next_day=None))
    assert [c.id for c in service.waiting_for_supervision()] == [waiting[0].id]
    assert relinked.contact_ids == (waiting[1].id,)
    assert store.setting(settings.REMINDERS).next_supervision == date(2026, 11, 20)
    service.delete_talk(relinked.id)
    assert len(service.waiting_for_supervision()) == 2
    assert service.talks() == [earlier]
    service.delete_talk(earlier.id)
    assert store.setting(settings.REMINDERS).next_supervision is None
    with pytest.raises(InvalidEntry, match="with whom"):
        service.save_talk(SupervisionTalk(date(2026, 11, 1), "Dr. Tanaka"))


def test_one_weekly_review_per_week(store: Store) -> None:
    service = BoundaryService(store, "en")
    rules = service.rules()
    review = WeeklyReview(
        "2026-W46",
        rule_outcomes=((rules[0].id, "held"), (rules[1].id, "pressure")),
        hard="a late call",
        energy=2,
        rested=True,
        rest="a walk",
        talked_through="partly",
    )
    saved = service.save_review(review)
    assert replace(saved, id=None) == review
    changed = service.save_review(replace(review, hard="", rule_outcomes=((rules[1].id, "held"),)))
    assert changed.id == saved.id and service.reviews() == [changed]
    assert service.review("2026-W46") == changed and service.review("2026-W47") is None
    with pytest.raises(InvalidEntry, match="rules"):
        service.save_review(replace(review, rule_outcomes=((999, "held"),)))
    service.delete_review("2026-W46")
    assert service.reviews() == []


def test_contacts_in_a_week_and_heavy_ones_talked_through(store: Store) -> None:
    service = BoundaryService(store, "en")
    sunday_late = datetime(2026, 11, 15, 16, tzinfo=UTC)  # Monday 01:00 in Tokyo: week 47
    heavy = service.save_contact(
        replace(contact(sunday_late, None), load=4, for_supervision=True), NOW
    )
    service.save_contact(replace(contact(datetime(2026, 11, 16, 3, tzinfo=UTC), None), load=1), NOW)
    assert [c.id for c in service.contacts_in_week("2026-W46", "Asia/Tokyo")] == []
    assert len(service.contacts_in_week("2026-W47", "Asia/Tokyo")) == 2
    assert len(service.contacts_in_week("2026-W46", "Europe/Berlin")) == 1
    assert service.heavy_contacts_in_week("2026-W47", "Asia/Tokyo") == (1, 0)
    service.save_talk(SupervisionTalk(date(2026, 11, 20), "group", contact_ids=(heavy.contact.id,)))
    assert service.heavy_contacts_in_week("2026-W47", "Asia/Tokyo") == (1, 1)


def test_a_read_only_store_is_not_seeded(folder: DataFolder, monkeypatch) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    store.close()
    real_open = lifecycle.open_store

    def full_disk(folder: DataFolder, key) -> Store:
        real_open(folder, key).close()
        raise StoreUnavailable(Unavailability.DISK_FULL)

    monkeypatch.setattr(lifecycle, "open_store", full_disk)
    before = snapshot(folder.root)
    key = unlock_with_passphrase(folder, PASSPHRASE)
    with lifecycle.open_store_for_reading(folder, key) as reading:
        assert reading.is_read_only
        service = BoundaryService(reading, "en")
        assert service.rules() == []
        assert [r.text for r in service.rules_as_listed()] == [r.text for r in seed_rules("en")]
        with pytest.raises(StoreUnavailable):
            service.save_rule(BoundaryRule(text="x"))
    assert snapshot(folder.root) == before
