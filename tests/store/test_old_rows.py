"""A store that already holds times outside today's range (written by older versions, some as
"999-…") still reads, lists, pages and exports; new times are always written with four digits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from companion.journal.checkin import JournalFilter, new_checkin
from companion.store import Store
from companion.store.models import parse_utc_text, utc_text

# (stored text as older versions wrote it, zone, the time it means)
OLD_ROWS = [
    ("999-06-01T10:00:00.000000Z", "UTC", datetime(999, 6, 1, 10, tzinfo=UTC)),
    ("1-01-01T05:00:00.000000Z", "Etc/GMT+12", datetime(1, 1, 1, 5, tzinfo=UTC)),
    ("9999-12-31T20:00:00.000000Z", "Pacific/Kiritimati", datetime(9999, 12, 31, 20, tzinfo=UTC)),
    ("0042-03-04T05:06:07.000008Z", "Asia/Tokyo", datetime(42, 3, 4, 5, 6, 7, 8, tzinfo=UTC)),
]


def insert_old_rows(store: Store) -> None:
    """Rows as older versions could leave them, written with raw SQL past every check."""
    with store.transaction() as session:
        for number, (stored, zone, _meaning) in enumerate(OLD_ROWS):
            session.execute(
                text(
                    "INSERT INTO checkins (at_utc, zone, mood_step, mood_steps, energy_step, "
                    "energy_steps, sleep_hours, note, created_utc, updated_utc, fingerprint) "
                    "VALUES (:at, :zone, 3, 5, 3, 5, NULL, :note, :at, :at, NULL)"
                ),
                {"at": stored, "zone": zone, "note": f"old {number}"},
            )


def test_old_rows_read_back_as_the_times_they_mean(store: Store) -> None:
    insert_old_rows(store)
    read = {entry.note: entry.at for entry in store.all_checkins()}
    assert read == {f"old {n}": meaning for n, (_, _, meaning) in enumerate(OLD_ROWS)}
    for entry in store.all_checkins():
        entry.local_time()  # year 1 west of UTC and 9999 east of it do not overflow


def test_old_rows_page_count_and_filter(store: Store) -> None:
    insert_old_rows(store)
    store.add_checkin(
        new_checkin(at=datetime(2024, 5, 1, tzinfo=UTC), zone="UTC", mood=3, energy=3, note="new")
    )
    everything = JournalFilter()
    assert store.journal_count(everything) == 5
    assert len(store.journal_page(everything, 0, 200)) == 5
    year_2024 = JournalFilter(
        start=datetime(2024, 1, 1, tzinfo=UTC), end=datetime(2025, 1, 1, tzinfo=UTC)
    )
    assert [entry.note for entry in store.journal_page(year_2024, 0, 10)] == ["new"]


def test_an_old_row_written_again_gets_a_four_digit_year(store: Store) -> None:
    insert_old_rows(store)
    old = next(entry for entry in store.all_checkins() if entry.note == "old 0")
    store.delete_checkin(old.id)
    store.add_checkin(replace(old, id=None))  # what the Journal's undo of a delete does
    with store.transaction() as session:
        stored = session.scalar(text("SELECT at_utc FROM checkins WHERE note = 'old 0'"))
    assert stored == "0999-06-01T10:00:00.000000Z"
    assert any(entry.at == OLD_ROWS[0][2] for entry in store.all_checkins())


def test_old_plan_version_times_read_back(store: Store) -> None:
    with store.transaction() as session:
        session.execute(
            text(
                "INSERT INTO plan_versions (started_utc, saved_utc, reason, document) "
                "VALUES ('999-01-01T00:00:00.000000Z', '999-01-01T00:00:00.000000Z', 'edit', "
                '\'{"format": "companion-plan", "format_version": 1, "sections": {}}\')'
            )
        )
    assert store.plan_versions()[0].saved == datetime(999, 1, 1, tzinfo=UTC)


@given(st.datetimes(timezones=st.just(UTC)))
def test_stored_text_reads_back_and_sorts_like_the_times(moment) -> None:
    stored = utc_text(moment)
    assert len(stored) == 27 and parse_utc_text(stored) == moment
    assert (stored < utc_text(datetime(2000, 1, 1, tzinfo=UTC))) == (
        moment < datetime(2000, 1, 1, tzinfo=UTC)
    )


@pytest.mark.parametrize("stored", ["", "yesterday", "2024-13-01T00:00:00.000000Z"])
def test_text_that_is_no_time_is_not_guessed_at(stored) -> None:
    with pytest.raises(ValueError):
        parse_utc_text(stored)
