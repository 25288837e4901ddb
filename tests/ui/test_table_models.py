"""Qt's model tester on the three table models, fed rows like a person's: Japanese, emoji,
an entry without energy (Daylio), a long note, plan entries of every kind of list."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.journal.checkin import CheckIn, Tag, new_checkin
from companion.plan.model import make_entry
from companion.plan.schema import all_lists
from companion.ui.common.i18n import apply_language
from companion.ui.journal.table_model import JournalTableModel
from companion.ui.plan.entry_table_model import EntryTableModel
from companion.ui.today.checkin_table_model import CheckinTableModel


def _checkins() -> list[CheckIn]:
    return [
        new_checkin(
            at=datetime(2026, 3, 1, 22, 15, tzinfo=UTC),
            zone="Asia/Tokyo",
            mood=2,
            energy=6,
            sleep_hours=6.5,
            note="眠れなかった 😴\n二行目のメモ",
            tags=(Tag("trigger", "締め切り"), Tag("tool", "散歩 🚶", "entry-1")),
        ),
        new_checkin(
            at=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
            zone="Europe/London",
            mood=9,
            energy=None,  # imported from Daylio, which records no energy
            mood_steps=10,
            note="",
        ),
        new_checkin(
            at=datetime(1900, 1, 1, 0, 0, tzinfo=UTC),
            zone="UTC",
            mood=5,
            energy=1,
            mood_steps=5,
            energy_steps=5,
            sleep_hours=0,
            note="x" * 5_000,
        ),
    ]


@pytest.fixture(params=["en", "ja"])
def language(request, qapp):
    apply_language(request.param)
    yield request.param
    apply_language("en")


@pytest.fixture(params=[False, True], ids=["qt", "python"])
def check(request, qtmodeltester):
    """Qt's own QAbstractItemModelTester, and pytest-qt's Python one (stricter on role types);
    each keeps watching the model's later signals too."""
    return lambda model: qtmodeltester.check(model, force_py=request.param)


def test_todays_check_ins(check, language) -> None:
    model = CheckinTableModel()
    model.set_rows(_checkins())
    check(model)
    model.set_rows([])
    check(model)


def test_the_journal_pages(check, language) -> None:
    model = JournalTableModel()
    rows = _checkins()
    wanted: list[int] = []
    model.more_wanted.connect(wanted.append)
    model.reset_rows(len(rows), rows[:1])
    check(model)
    assert set(wanted) <= {1}  # the tester may ask for the next page; never for another
    model.append_rows(rows[1:])
    check(model)
    model.refresh_language()
    check(model)


@pytest.mark.parametrize(
    "list_spec",
    [spec for _section, spec in all_lists()],
    ids=[f"{section.key}.{spec.key}" for section, spec in all_lists()],
)
def test_every_plan_list(check, language, list_spec) -> None:
    model = EntryTableModel(list_spec)
    values = {}
    for field in model.fields:
        if field.kind == "bool":
            values[field.key] = True
        elif field.kind == "date":
            values[field.key] = "2026-03-01"
        elif field.kind == "stance":
            values[field.key] = list_spec.stances[0] if list_spec.stances else None
        else:
            values[field.key] = "家族に電話する 📞"
    full = make_entry(list_spec, values)
    empty = make_entry(list_spec, {})
    model.set_rows((full, empty))
    check(model)
    model.set_rows((empty.with_values(**{model.fields[0].key: "変更 ✏️"}), full))  # a move
    model.set_rows((empty, full.with_values(**{model.fields[0].key: "変更 ✏️"})))  # in place
    model.set_rows(())


def test_the_journal_and_today_share_their_columns_from_mood_to_note() -> None:
    """`described` tells a cell's kinds and scales for both models by the same numbers."""
    from companion.ui.journal.table_model import JournalTableModel
    from companion.ui.today.checkin_table_model import CheckinTableModel

    for name in ("MOOD", "ENERGY", "SLEEP", "TAGS", "NOTE"):
        assert getattr(JournalTableModel, name) == getattr(CheckinTableModel, name), name
