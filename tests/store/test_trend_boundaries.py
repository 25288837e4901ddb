"""The trends read contacts, supervision talks and weekly reviews as plain data: role names and
the contact log's outside-hours flag, never an alias, a reflection or a review's words."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from companion.boundaries import Role, parse_schedule
from companion.boundaries.log import Contact, SupervisionTalk, WeeklyReview
from companion.journal.checkin import Tag, new_checkin
from companion.services.boundaries import BoundaryService
from companion.services.trends import TrendsService
from companion.stats.boundaries import ContactPoint, ReviewPoint, TalkPoint
from companion.store import Store

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
SHIFTS = Role(name="staff", zone="Asia/Tokyo", hours=parse_schedule("Mon-Fri 10:00-17:00"))
LATE = datetime(2026, 11, 9, 14, tzinfo=UTC)  # Monday 23:00 in Tokyo
DURING = datetime(2026, 11, 9, 3, tzinfo=UTC)  # Monday 12:00 in Tokyo
SECRET = "Tanaka-san 🌧"


def contact(moment: datetime, role_id: int | None, load: int = 3, **more: object) -> Contact:
    return Contact(
        at=moment,
        zone="Asia/Tokyo",
        minutes=20,
        channel="message",
        load=load,
        role_id=role_id,
        alias=SECRET,
        reflection=SECRET,
        **more,  # type: ignore[arg-type]
    )


def test_contacts_talks_and_reviews_reach_the_trends_without_words(store: Store) -> None:
    role = store.save_role(SHIFTS)
    boundaries = BoundaryService(store, "en")
    late = boundaries.save_contact(contact(LATE, role.id, load=4, for_supervision=True), NOW)
    boundaries.save_contact(contact(DURING, role.id, load=1), NOW)
    boundaries.save_contact(contact(datetime(2026, 11, 1, 1, tzinfo=UTC), None, load=2), NOW)
    assert late.contact.id is not None
    boundaries.save_talk(
        SupervisionTalk(
            date(2026, 11, 12), "supervisor", SECRET, SECRET, contact_ids=(late.contact.id,)
        )
    )
    boundaries.save_review(
        WeeklyReview(
            "2026-W46", hard=SECRET, energy=2, rested=True, rest=SECRET, talked_through="yes"
        )
    )
    data = TrendsService(store).trend_input("Asia/Tokyo", NOW)
    assert data.contacts == (
        ContactPoint(date(2026, 11, 1), None, 20, 2, None, False, False),
        ContactPoint(date(2026, 11, 9), "staff", 20, 1, False, False, False),
        ContactPoint(date(2026, 11, 9), "staff", 20, 4, True, True, True),
    )
    assert data.talks == (TalkPoint(date(2026, 11, 12), "supervisor"),)
    assert data.reviews == (ReviewPoint(date(2026, 11, 9), True, "yes", 2),)
    plain = repr(data) + repr([dataclasses.asdict(p) for p in data.contacts])
    assert SECRET not in plain and "Tanaka" not in plain


def test_month_tags_are_the_plan_tags_of_that_month(store: Store) -> None:
    tags = (Tag("tool", "walk", "entry-1"), Tag("tag", "free"), Tag("warning", "tired", "e-2"))
    for moment in (datetime(2026, 10, 31, 16, tzinfo=UTC), datetime(2026, 11, 3, tzinfo=UTC)):
        store.add_checkin(
            new_checkin(at=moment, zone="Asia/Tokyo", mood=3, energy=3, tags=tags, now=NOW)
        )
    found = TrendsService(store).month_tags(
        datetime(2026, 10, 31, 15, tzinfo=UTC), datetime(2026, 11, 30, 15, tzinfo=UTC)
    )
    assert [(kind, label, entry) for kind, label, entry, _at, _zone in found] == [
        ("tool", "walk", "entry-1"),
        ("warning", "tired", "e-2"),
        ("tool", "walk", "entry-1"),
        ("warning", "tired", "e-2"),
    ]
