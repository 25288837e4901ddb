"""A save on Today shows the new entry first; the nudge, the week glance and the tag choices
follow, and nothing saved elsewhere (the command line, another window of the store) is hidden."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from companion.clock import now_utc
from companion.journal.checkin import Tag, new_checkin
from companion.plan.examples import example_plan
from companion.store import open_store, unlock_with_passphrase
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import JOURNAL_ROW, TODAY_ROW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome, press

ZONE = "Asia/Tokyo"


def _today(qtbot, session):  # type: ignore[no-untyped-def]
    create_through_welcome(qtbot, session)
    today = session.window.today
    qtbot.waitUntil(lambda: today.glance.week is not None)
    return today


def _suggestions(today) -> list[str]:  # type: ignore[no-untyped-def]
    return today.tags.completer.model().stringList()


def _save_with_keys(qtbot, today, *tags: str) -> None:  # type: ignore[no-untyped-def]
    today.focus_first_field()
    press(qtbot, "4", "3", Qt.Key.Key_Tab)
    for tag in tags:
        press(qtbot, tag, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)


def test_the_nudge_and_the_glance_follow_a_save(qtbot, session) -> None:
    today = _today(qtbot, session)
    session.store.save_plan(example_plan("en"), version_id=None)
    session.store.add_checkin(
        new_checkin(
            at=now_utc() - timedelta(days=1),
            zone=ZONE,
            mood=3,
            energy=3,
            tags=(Tag("warning", "Skipping meals"),),
        )
    )
    assert today.glance.week is not None and today.glance.week.days_with_checkins == 0
    assert not today.nudge.isVisible()
    today.refresh_tag_choices()  # as when Today is chosen: the example plan's signs
    _save_with_keys(qtbot, today, "Skipping meals")
    assert today.model.rowCount() == 1  # the list at once
    qtbot.waitUntil(lambda: today.nudge.isVisible())  # the signs of two days: the nudge
    assert "Skipping meals" in today.nudge.text.text()
    qtbot.waitUntil(
        lambda: today.glance.week is not None and today.glance.week.days_with_checkins == 2
    )


def test_the_nudge_follows_a_save_even_when_the_list_is_not_painted(qtbot, session) -> None:
    today = _today(qtbot, session)
    session.store.save_plan(example_plan("en"), version_id=None)
    session.store.add_checkin(
        new_checkin(
            at=now_utc() - timedelta(days=1),
            zone=ZONE,
            mood=3,
            energy=3,
            tags=(Tag("warning", "Skipping meals"),),
        )
    )
    session.window.hide()  # no paint comes: the nudge is worked out all the same
    today.mood.set_value(3)
    today.energy.set_value(3)
    today.tags.add(Tag("warning", "Skipping meals"))
    assert today.save() is not None
    qtbot.waitUntil(lambda: "Skipping meals" in today.nudge.text.text())
    session.window.show()
    qtbot.waitUntil(lambda: today.nudge.isVisible())


def test_a_checkin_saved_elsewhere_is_not_hidden_by_a_save_here(qtbot, session, folder) -> None:
    today = _today(qtbot, session)
    _save_with_keys(qtbot, today)
    elsewhere = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:  # `companion checkin` while the app is open
        elsewhere.add_checkin(
            new_checkin(
                at=now_utc() - timedelta(minutes=1),
                zone=ZONE,
                mood=6,
                energy=2,
                tags=(Tag("tag", "from the command line"),),
            )
        )
    finally:
        elsewhere.close()
    _save_with_keys(qtbot, today)
    assert today.model.rowCount() == 3
    moods = {today.model.rows()[row].mood.step for row in range(3)}
    assert moods == {4, 6}
    assert "Tag: from the command line" in _suggestions(today)


def test_new_tags_and_plan_edits_are_offered_at_once(qtbot, session) -> None:
    today = _today(qtbot, session)
    _save_with_keys(qtbot, today, "雨の日")
    assert today.model.rowCount() == 1
    assert "Tag: 雨の日" in _suggestions(today)
    _save_with_keys(qtbot, today, "100%_walk")
    assert {"Tag: 雨の日", "Tag: 100%_walk"} <= set(_suggestions(today))
    version = session.store.save_plan(example_plan("en"), version_id=None)
    session.window.navigation.setCurrentRow(JOURNAL_ROW)  # away and back to Today
    session.window.navigation.setCurrentRow(TODAY_ROW)
    assert "Tool: Call a friend" in _suggestions(today)
    plan = example_plan("en")
    (tool,) = [
        entry for _s, _l, entry in plan.all_entries() if entry.get("text") == "Call a friend"
    ]
    edited = plan.updated(tool.with_values(text="Call Aiko"))
    session.store.save_plan(edited, version_id=version)  # an autosave: the same version
    _save_with_keys(qtbot, today)
    assert "Tool: Call Aiko" in _suggestions(today)
    assert "Tool: Call a friend" not in _suggestions(today)


def test_the_choices_follow_the_language(qtbot, session) -> None:
    today = _today(qtbot, session)
    session.store.save_plan(example_plan("en"), version_id=None)
    today.refresh_tag_choices()
    assert "Tool: Call a friend" in _suggestions(today)
    apply_language("ja")
    qtbot.waitUntil(lambda: "道具：Call a friend" in _suggestions(today))
    today.refresh_tag_choices()  # as when Today is chosen again: nothing changed, still so
    assert "道具：Call a friend" in _suggestions(today)


def test_the_columns_grow_to_show_a_wider_entry_saved_after_the_others(qtbot, session) -> None:
    """A save measures only the new row: the columns still show every row whole."""
    today = _today(qtbot, session)
    session.window.show()
    _save_with_keys(qtbot, today)
    narrow = today.table.columnWidth(today.model.TAGS)
    _save_with_keys(qtbot, today, "a longer tag")
    table, model = today.table, today.model
    assert model.rowCount() == 2 and table.columnWidth(model.TAGS) > narrow
    for column in (model.TIME, model.MOOD, model.ENERGY, model.SLEEP, model.TAGS):
        for row in range(model.rowCount()):
            needed = table.sizeHintForIndex(model.index(row, column)).width()
            assert needed <= table.columnWidth(column) < 260, (row, column)  # 260: the cap
