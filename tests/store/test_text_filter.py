"""The Journal's text filter in the store: words inside notes and tag labels, in Japanese, with
emoji, `%` and `_` taken literally, each check-in once; and migration 0007, which gives the
filter its indexes, over a store that already has entries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic import command

from companion.journal.checkin import CheckIn, JournalFilter, Tag, new_checkin
from companion.paths import DataFolder
from companion.store import Store, create_store, open_store, schema, unlock_with_passphrase
from companion.store.engine import make_engine
from tests.conftest import PASSPHRASE

START = datetime(2026, 11, 1, 3, tzinfo=UTC)

# (note, tags): one check-in each, an hour apart, oldest first.
ENTRIES: list[tuple[str, tuple[str, ...]]] = [
    ("今日は眠い。雨が降っている", ()),
    ("A long Walk in the park", ("outside",)),
    ("nothing special", ("眠い",)),
    ("100% done", ()),
    ("1000 done", ()),
    ("snake_case", ()),
    ("snakeXcase", ()),
    ("桜が咲いた 🌸", ("花見 🌸",)),
    ("walk again", ("walk",)),  # note and tag both match: counted once
    (r"back\slash", ()),
]


def _fill(store: Store) -> list[CheckIn]:
    saved = []
    for hours, (note, labels) in enumerate(ENTRIES):
        saved.append(
            store.add_checkin(
                new_checkin(
                    at=START + timedelta(hours=hours),
                    zone="Asia/Tokyo",
                    mood=4,
                    energy=3,
                    note=note,
                    tags=tuple(Tag("tag", label) for label in labels),
                )
            )
        )
    return saved


def _found(store: Store, text: str, **more: object) -> list[str]:
    wanted = JournalFilter(text=text, **more)  # type: ignore[arg-type]
    page = store.journal_page(wanted, 0, 100)
    assert store.journal_count(wanted) == len(page)
    return [entry.note for entry in page]


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("眠い", ["nothing special", "今日は眠い。雨が降っている"]),  # in a note and in a tag
        ("雨", ["今日は眠い。雨が降っている"]),  # one character
        ("🌸", ["桜が咲いた 🌸"]),
        ("花見", ["桜が咲いた 🌸"]),  # only in a tag
        ("walk", ["walk again", "A long Walk in the park"]),  # ASCII ignores case; once each
        ("100%", ["100% done"]),  # % is a percent sign, not "anything"
        ("e_c", ["snake_case"]),  # _ is an underscore, not "any one character"
        ("\\s", ["back\\slash"]),
        ("  park  ", ["A long Walk in the park"]),  # the spaces around are not looked for
        ("zzz", []),
    ],
)
def test_text_is_found_in_notes_and_tags(store: Store, text: str, notes: list[str]) -> None:
    _fill(store)
    assert _found(store, text) == notes


def test_text_combines_with_the_tag_and_the_dates(store: Store) -> None:
    _fill(store)
    assert _found(store, "walk", tag="walk") == ["walk again"]
    assert _found(store, "done", start=START + timedelta(hours=4)) == ["1000 done"]
    assert _found(store, "done", end=START + timedelta(hours=4)) == ["100% done"]


def test_pages_of_a_text_filter_are_newest_first_and_complete(store: Store) -> None:
    for minute in range(25):
        store.add_checkin(
            new_checkin(
                at=START + timedelta(minutes=minute),
                zone="Asia/Tokyo",
                mood=3,
                energy=3,
                note=f"雨 {minute}",
            )
        )
    wanted = JournalFilter(text="雨")
    assert store.journal_count(wanted) == 25
    pages = [store.journal_page(wanted, offset, 10) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 5]
    notes = [entry.note for page in pages for entry in page]
    assert notes == [f"雨 {minute}" for minute in reversed(range(25))]


def _indexes(store: Store) -> set[str]:
    with store.transaction() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'"
        )
        return {row[0] for row in rows}


def test_a_store_at_0006_gets_the_search_indexes(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    saved = _fill(store)
    store.close()
    key = unlock_with_passphrase(folder, PASSPHRASE)
    engine = make_engine(folder.database, key)
    try:
        with engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), "0006")
    finally:
        engine.dispose()
    reopened = open_store(folder, key)  # copies, then upgrades 0006 -> head
    try:
        indexes = _indexes(reopened)
        assert {"ix_checkins_note", "ix_checkin_tags_label_checkin"} <= indexes
        assert "ix_checkin_tags_label" not in indexes
        assert reopened.all_checkins() == saved
        assert _found(reopened, "眠い") == ["nothing special", "今日は眠い。雨が降っている"]
        assert reopened.tag_labels() == sorted({label for _n, ls in ENTRIES for label in ls})
    finally:
        reopened.close()
    assert any("schema-0006" in path.name for path in folder.backups.iterdir())
