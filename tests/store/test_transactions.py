"""A store transaction is one: a failure part-way through (a full disk between a check-in and
its tags, in the middle of an import) leaves nothing of it behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.errors import StoreUnavailable, Unavailability
from companion.journal.checkin import Tag, new_checkin
from tests.store.faults import Faults


def _checkin(number: int):
    return new_checkin(
        at=datetime.now(UTC) - timedelta(hours=number + 1),
        zone="Asia/Tokyo",
        mood=3,
        energy=3,
        note=f"entry {number}",
        tags=(Tag("tag", f"label {number}"), Tag("tag", "shared")),
    )


def test_a_check_in_that_fails_at_its_tags_leaves_no_row(store) -> None:
    faults = Faults(store._engine)
    faults.arm(write=2)  # the check-in row went in; its tags do not
    with pytest.raises(StoreUnavailable) as refused:
        store.add_checkin(_checkin(1))
    assert refused.value.reason is Unavailability.DISK_FULL and faults.failed == 1
    faults.remove()
    assert store.all_checkins() == []
    store.add_checkin(_checkin(1))
    assert [len(entry.tags) for entry in store.all_checkins()] == [2]


def test_an_import_that_fails_part_way_imports_nothing(store) -> None:
    faults = Faults(store._engine)
    entries = [_checkin(number) for number in range(50)]
    for failing in (1, 2, 3, 5):
        faults.arm(write=failing)
        with pytest.raises(StoreUnavailable):
            store.import_checkins(entries)
        assert store.count_checkins() == 0
    faults.arm(commit=1)
    with pytest.raises(StoreUnavailable):
        store.import_checkins(entries)
    assert store.count_checkins() == 0
    faults.remove()
    store.import_checkins(entries)
    assert store.count_checkins() == 50
