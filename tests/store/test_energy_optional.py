"""Migration 0004: energy may be absent, tags survive the table rebuild, ids are never reused."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command

from companion.journal.checkin import Tag, checkin_fingerprint, new_checkin
from companion.paths import DataFolder
from companion.store import create_store, open_store, schema, unlock_with_passphrase
from companion.store.engine import make_engine, raw_connect
from tests.conftest import PASSPHRASE


def _entry(day: int, energy: int | None = 4, tags: tuple[Tag, ...] = ()):
    return new_checkin(
        at=datetime(2026, 10, day, 8, tzinfo=UTC),
        zone="Asia/Tokyo",
        mood=3,
        energy=energy,
        note=f"day {day}",
        tags=tags,
    )


def _table_sql(folder: DataFolder, key) -> str:
    connection = raw_connect(folder.database, key)
    try:
        row = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'checkins'")
        return str(row.fetchone()[0])
    finally:
        connection.close()


def test_a_store_at_0003_keeps_every_tag_through_the_upgrade(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    tags = (Tag("tag", "walk"), Tag("tool", "Call a friend", "entry-1"))
    for day in range(1, 6):
        store.add_checkin(_entry(day, tags=tags))
    before = store.all_checkins()
    store.close()
    key = unlock_with_passphrase(folder, PASSPHRASE)
    engine = make_engine(folder.database, key)
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0003")
    finally:
        engine.dispose()
    assert "AUTOINCREMENT" not in _table_sql(folder, key)

    reopened = open_store(folder, key)  # copies, then upgrades 0003 -> head
    try:
        after = reopened.all_checkins()
        assert after == before and [e.id for e in after] == [e.id for e in before]
        assert all(entry.tags == tags for entry in after)
        assert [checkin_fingerprint(e) for e in after] == [checkin_fingerprint(e) for e in before]
        saved = reopened.add_checkin(_entry(9, energy=None))
        assert reopened.all_checkins()[-1].energy is None and saved.energy is None
    finally:
        reopened.close()
    assert "AUTOINCREMENT" in _table_sql(folder, key)
    assert any("schema-0003" in path.name for path in folder.backups.iterdir())


def test_ids_are_never_reused_and_a_deleted_entry_comes_back_under_its_id(store) -> None:
    first = store.add_checkin(_entry(1))
    newest = store.add_checkin(_entry(2, tags=(Tag("tag", "walk"),)))
    store.delete_checkin(newest.id)
    later = store.add_checkin(_entry(3))
    assert later.id not in (first.id, newest.id)
    store.restore_checkin(newest)
    assert [entry.id for entry in store.all_checkins()] == [first.id, newest.id, later.id]
    assert store.all_checkins()[1] == newest  # tags and all


def test_energy_less_entries_have_their_own_fingerprint_and_import_once(store) -> None:
    without = _entry(1, energy=None)
    assert checkin_fingerprint(without) != checkin_fingerprint(_entry(1, energy=3))
    assert store.import_checkins([without]) == (1, 0)
    assert store.import_checkins([_entry(1, energy=None)]) == (0, 1)
    assert store.all_checkins()[0].energy is None


def test_the_same_daylio_file_twice_adds_nothing_the_second_time(store) -> None:
    from companion.journal.files import parse_import

    daylio = (
        b"full_date,date,weekday,time,mood,activities,note_title,note\n"
        b"2026-09-01,September 1,Tuesday,08:00,good,walk,,\n"
        b"2026-09-02,September 2,Wednesday,21:30,meh,,,tired\n"
    )
    first = parse_import(daylio, "Asia/Tokyo").checkins
    assert store.import_checkins(first) == (2, 0)
    assert store.import_checkins(parse_import(daylio, "Asia/Tokyo").checkins) == (0, 2)
    assert [entry.energy for entry in store.all_checkins()] == [None, None]
