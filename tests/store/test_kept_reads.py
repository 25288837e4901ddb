"""What is kept between reads (the tag choices, the decoded plan) is never stale: a write by this
store, by another path in this process, or by another connection (the command line while the
app is open) is seen at the next read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from companion.clock import now_utc
from companion.journal.checkin import JournalFilter, Tag, new_checkin
from companion.plan.model import Plan, make_entry
from companion.plan.schema import section
from companion.services.journal import CheckinForm
from companion.services.store_services import StoreServices
from companion.store import Store, open_store, unlock_with_passphrase
from companion.store.models import CheckInRow, CheckInTagRow, SettingRow
from companion.store.repositories import _to_domain
from tests.conftest import PASSPHRASE

ZONE = "Asia/Tokyo"


def _checkin(*labels: str, note: str = "", minutes_ago: int = 5):  # type: ignore[no-untyped-def]
    return new_checkin(
        at=now_utc() - timedelta(minutes=minutes_ago),
        zone=ZONE,
        mood=4,
        energy=3,
        note=note,
        tags=tuple(Tag("tag", label) for label in labels),
    )


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """A second connection to the same store, as `companion checkin` opens while the app runs."""
    second = open_store(store.folder, unlock_with_passphrase(store.folder, PASSPHRASE))
    yield second
    second.close()


def test_the_change_token_stays_while_nothing_is_written(store: Store) -> None:
    first = store.change_token()
    store.all_checkins()
    store.tag_labels()
    assert store.change_token() == first


def test_the_change_token_moves_with_every_kind_of_write(store: Store, other: Store) -> None:
    token = store.change_token()
    store.add_checkin(_checkin("雨"))
    assert store.change_token() != token
    token = store.change_token()
    with store.transaction() as session:  # a write that is not through a Store method
        session.add(SettingRow(key="anything", value="1"))
    assert store.change_token() != token
    token = store.change_token()
    other.add_checkin(_checkin("walk"))  # another connection
    assert store.change_token() != token


def test_a_tag_saved_here_is_offered_at_once(store: Store) -> None:
    journal = StoreServices(store).journal
    assert journal.tag_labels() == []
    journal.save(CheckinForm(4, 3, "", "", tags=(Tag("tag", "雨"), Tag("tag", "Walk"))), ZONE)
    journal.save(CheckinForm(4, 3, "", "", tags=(Tag("tag", "100%_done 🌸"),)), ZONE)
    assert journal.tag_labels() == store.tag_labels() == ["100%_done 🌸", "Walk", "雨"]


def test_a_tag_saved_elsewhere_is_offered_at_the_next_read(store: Store, other: Store) -> None:
    journal = StoreServices(store).journal
    journal.save(CheckinForm(4, 3, "", "", tags=(Tag("tag", "rain"),)), ZONE)
    assert journal.tag_labels() == ["rain"]
    other.add_checkin(_checkin("眠い"))  # the command line, while the app is open
    assert journal.tag_labels() == ["rain", "眠い"]
    # The save after it does not paper over what came from the other connection.
    journal.save(CheckinForm(4, 3, "", "", tags=(Tag("tag", "walk"),)), ZONE)
    other.add_checkin(_checkin("park"))
    journal.save(CheckinForm(4, 3, "", "", tags=(Tag("tag", "tea"),)), ZONE)
    assert journal.tag_labels() == ["park", "rain", "tea", "walk", "眠い"]


def test_a_tag_edited_or_deleted_away_is_no_longer_offered(store: Store) -> None:
    journal = StoreServices(store).journal
    saved = journal.save(CheckinForm(4, 3, "", "", tags=(Tag("tag", "old name"),)), ZONE)
    assert journal.tag_labels() == ["old name"]
    journal.update(replace(saved, tags=(Tag("tag", "new name"),)))
    assert journal.tag_labels() == ["new name"]
    assert saved.id is not None
    journal.delete(saved.id)
    assert journal.tag_labels() == []
    store.add_checkin(_checkin("kept"))  # another path in this process, past the service
    assert journal.tag_labels() == ["kept"]


def _plan_with_tool(text: str) -> Plan:
    spec = section("toolbox").list_spec("tools")
    return Plan().with_entries("toolbox", "tools", (make_entry(spec, {"text": text}),))


def test_a_plan_edit_shows_in_the_choices_at_once(store: Store, other: Store) -> None:
    services = StoreServices(store)
    assert services.journal.plan_tags() == []
    version = services.plan.save(_plan_with_tool("散歩"), None)
    assert [tag.label for tag in services.journal.plan_tags()] == ["散歩"]
    # An autosave updates the same version (same id): still read anew.
    assert services.plan.save(_plan_with_tool("お茶"), version) == version
    assert [tag.label for tag in services.journal.plan_tags()] == ["お茶"]
    other.save_plan(_plan_with_tool("Walk"), version_id=None)
    assert [tag.label for tag in services.journal.plan_tags()] == ["Walk"]


def test_a_check_in_keeps_the_plan_choices_and_a_plan_edit_after_it_shows(
    store: Store, other: Store
) -> None:
    services = StoreServices(store)
    services.plan.save(_plan_with_tool("散歩"), None)
    assert [tag.label for tag in services.journal.plan_tags()] == ["散歩"]
    form = CheckinForm(mood=4, energy=4, sleep_text="", tags=(), note="")
    services.journal.save(form, "Asia/Tokyo")
    kept = services.journal._plan_tags
    assert kept is not None and kept[0] == store.change_token()  # kept across the save
    assert [tag.label for tag in services.journal.plan_tags()] == ["散歩"]
    other.save_plan(_plan_with_tool("Walk"), version_id=None)  # another connection
    assert [tag.label for tag in services.journal.plan_tags()] == ["Walk"]
    services.journal.save(form, "Asia/Tokyo")
    services.plan.save(_plan_with_tool("お茶"), None)  # this connection, after a save
    assert [tag.label for tag in services.journal.plan_tags()] == ["お茶"]


def test_pages_read_without_the_orm_match_the_orm_rows(store: Store) -> None:
    for minutes, (labels, note) in enumerate(
        [(("b", "a", "雨"), "first"), ((), ""), (("a",), "100% 眠い_")], start=1
    ):
        store.add_checkin(_checkin(*labels, note=note, minutes_ago=minutes))
    daylio = _checkin("x")
    store.add_checkin(new_checkin(at=daylio.at, zone=ZONE, mood=2, energy=None, sleep_hours=7.5))
    with store.transaction() as session:
        rows = session.scalars(
            select(CheckInRow).order_by(CheckInRow.at_utc.desc(), CheckInRow.id.desc())
        )
        expected = [_to_domain(row) for row in rows]
        assert session.query(CheckInTagRow).count() == 4
    read = store.journal_page(JournalFilter(), 0, 100)
    assert read == expected
    assert [entry.id for entry in read] == [entry.id for entry in expected]
    assert read[0].tags == (Tag("tag", "b"), Tag("tag", "a"), Tag("tag", "雨"))
    assert read[-1].energy is None and read[-1].sleep_hours == 7.5
    between = store.checkins_between(now_utc() - timedelta(hours=1), now_utc())
    assert between == expected[::-1]
