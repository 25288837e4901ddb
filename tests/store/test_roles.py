"""Roles in the store: migration 0005 over a store with data, round trips, lenient reading."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from alembic import command

from companion.boundaries import DAY_OFF, EXTRA_SESSION, HoursException, Role, parse_schedule
from companion.errors import InvalidEntry
from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.services.hours import HoursService, NewRoleDefaults
from companion.services.store_services import StoreServices
from companion.store import Store, create_store, open_store, schema, unlock_with_passphrase
from companion.store.engine import make_engine
from tests.conftest import PASSPHRASE

STAFF = Role(
    name="ピアスタッフ",
    zone="Asia/Tokyo",
    kind="peer-staff",
    hours=parse_schedule("Mon-Fri 10:00-17:00, Sat 22:00-02:00, 2nd,4th Sat 14:00-16:00"),
    holidays_off=True,
    holiday_country="JP",
    exceptions=(
        HoursException(date(2026, 12, 24), DAY_OFF),
        HoursException(date(2026, 12, 26), EXTRA_SESSION, time(22), time(0)),
    ),
)


def test_a_store_at_0004_with_check_ins_upgrades_and_takes_roles(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    store.add_checkin(
        new_checkin(at=datetime(2026, 10, 1, 8, tzinfo=UTC), zone="Asia/Tokyo", mood=3, energy=4)
    )
    before = store.all_checkins()
    store.close()
    key = unlock_with_passphrase(folder, PASSPHRASE)
    engine = make_engine(folder.database, key)
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0004")
            tables = connection.exec_driver_sql("SELECT name FROM sqlite_master").all()
            assert "roles" not in {row[0] for row in tables}
    finally:
        engine.dispose()
    reopened = open_store(folder, key)  # copies, then upgrades 0004 -> head
    try:
        assert reopened.all_checkins() == before
        saved = reopened.save_role(STAFF)
        assert reopened.roles() == [saved]
    finally:
        reopened.close()
    assert any("schema-0004" in path.name for path in folder.backups.iterdir())


def test_a_role_round_trips_exactly(store: Store) -> None:
    saved = store.save_role(STAFF)
    assert saved.id is not None
    assert store.roles() == [saved]
    assert saved == Role(**{**STAFF.__dict__, "id": saved.id})
    assert saved.hours.text == STAFF.hours.text


def test_saving_again_replaces_hours_and_exceptions(store: Store) -> None:
    saved = store.save_role(STAFF)
    changed = Role(
        **{**saved.__dict__, "hours": parse_schedule("Wed 19:00-21:00"), "exceptions": ()}
    )
    store.save_role(changed)
    assert store.roles() == [changed]
    store.delete_role(saved.id)
    assert store.roles() == []


def test_unreadable_rows_read_leniently(store: Store) -> None:
    saved = store.save_role(STAFF)
    with store.transaction(writing=True) as session:
        session.connection().exec_driver_sql("UPDATE roles SET hours = 'Sta 22:00-02:00'")
        session.connection().exec_driver_sql(
            "UPDATE role_exceptions SET start_time = '99:99' WHERE kind = 'extra'"
        )
    (read,) = store.roles()
    assert read.hours.rules == () and read.name == saved.name
    assert read.exceptions == (HoursException(date(2026, 12, 24), DAY_OFF),)


def test_the_service_keeps_names_unique_and_answers_when(store: Store) -> None:
    services = StoreServices(store)
    hours: HoursService = services.hours
    defaults = NewRoleDefaults(name="Peer support", zone="Asia/Tokyo", holiday_country="JP")
    staff = hours.set_hours(None, parse_schedule("Mon-Fri 10:00-17:00"), defaults)
    assert staff.name == "Peer support" and staff.holidays_off
    phone = hours.set_hours("phone", parse_schedule("Wed 19:00-21:00"), defaults)
    with pytest.raises(InvalidEntry, match="another role already has that name"):
        hours.save(Role(name="phone", zone="Asia/Tokyo"))
    wednesday_evening = datetime(2026, 12, 9, 10, 30, tzinfo=UTC)  # 19:30 in Tokyo
    assert hours.is_within_hours(wednesday_evening, phone)
    assert not hours.is_within_hours(wednesday_evening, staff)
    found = hours.windows_between(
        datetime(2026, 12, 9, tzinfo=UTC), datetime(2026, 12, 10, tzinfo=UTC)
    )
    assert [(w.role.name, w.start.hour, w.end.hour) for w in found] == [
        ("Peer support", 1, 8),
        ("phone", 10, 12),
    ]
    assert hours.next_start(phone, wednesday_evening) == datetime(2026, 12, 16, 10, tzinfo=UTC)
    assert hours.next_end(phone, wednesday_evening) == datetime(2026, 12, 9, 12, tzinfo=UTC)
