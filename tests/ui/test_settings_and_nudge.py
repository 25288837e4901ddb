"""Settings change the scales for new check-ins only; the nudge shows the person's own plan."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from companion.clock import now_utc
from companion.journal.checkin import Tag, new_checkin
from companion.plan.examples import example_plan
from companion.store.models import SettingRow
from tests.ui.conftest import create_through_welcome


def test_a_new_scale_for_new_checkins_and_old_ones_unchanged(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    today = session.window.today
    today.mood.set_value(6)
    today.energy.set_value(6)
    assert today.save() is not None
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    dialog.mood_steps.setCurrentIndex(dialog.mood_steps.findData(10))
    dialog.energy_steps.setCurrentIndex(dialog.energy_steps.findData(5))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(today.mood.buttons) == 10 and len(today.energy.buttons) == 5
    qtbot.keyClick(today.mood, "0")  # 0 picks step 10
    today.energy.set_value(5)
    assert today.save() is not None
    first, second = session.store.all_checkins()
    assert (first.mood.step, first.mood.steps) == (6, 7)
    assert (second.mood.step, second.mood.steps, second.energy.steps) == (10, 10, 5)
    assert first.mood.normalised < second.mood.normalised == 1.0


def _signs_on_two_days(store, kind: str, label: str) -> None:
    for days_ago in (0, 1):
        store.add_checkin(
            new_checkin(
                at=now_utc() - timedelta(days=days_ago, minutes=5),
                zone="Asia/Tokyo",
                mood=3,
                energy=3,
                tags=(Tag(kind, label),),
            )
        )


def test_the_nudge_shows_the_action_plan_and_can_be_dismissed(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    store = session.store
    store.save_plan(example_plan("en"), version_id=None)
    _signs_on_two_days(store, "warning", "Skipping meals")
    today = session.window.today
    today.reload()
    assert today.nudge.isVisible()
    assert "Talk to my supervisor this week" in today.nudge.text.text()
    assert "Skipping meals" in today.nudge.text.text()
    assert today.nudge.text.severity == "attention"  # a calm banner: icon, colour and words
    qtbot.mouseClick(today.nudge.dismiss_button, Qt.MouseButton.LeftButton)
    assert not today.nudge.isVisible()
    assert today.nudge.text.text() == "" and today.nudge.text.severity is None
    today.reload()
    assert not today.nudge.isVisible()  # dismissed for today


def test_the_rule_is_adjustable_in_settings(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.store.save_plan(example_plan("en"), version_id=None)
    _signs_on_two_days(session.store, "warning", "Skipping meals")
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    dialog.min_days.setValue(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not session.window.today.nudge.isVisible()
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    assert dialog.min_days.value() == 3
    dialog.warning.setChecked(False)
    dialog.breaking.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least one" in dialog.error.text() and dialog.isVisible()


def test_a_damaged_settings_row_shows_the_defaults(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    with session.store.transaction(writing=True) as transaction:
        transaction.add(SettingRow(key="scales", value='{"mood": "ten", "energy": 5}'))
        transaction.add(SettingRow(key="nudge_rule", value='{"days": 99}'))
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    assert (dialog.mood_steps.currentData(), dialog.energy_steps.currentData()) == (7, 5)
    assert (dialog.min_days.value(), dialog.days.value()) == (2, 3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    today = session.window.today
    assert len(today.mood.buttons) == 7 and len(today.energy.buttons) == 5


def _change_scales(qtbot, session, mood_steps: int, energy_steps: int) -> None:
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    dialog.mood_steps.setCurrentIndex(dialog.mood_steps.findData(mood_steps))
    dialog.energy_steps.setCurrentIndex(dialog.energy_steps.findData(energy_steps))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_an_entry_on_another_scale_says_which(qtbot, session) -> None:
    """ "5/5 · Full of energy" beside "7 · Full of energy": step 5 of five is not step 5 of
    seven, on Today and in the Journal, and its tooltip says so in words."""
    create_through_welcome(qtbot, session)
    today = session.window.today
    _change_scales(qtbot, session, 7, 5)
    today.mood.set_value(4)
    today.energy.set_value(5)
    assert today.save() is not None
    _change_scales(qtbot, session, 7, 7)
    today.mood.set_value(4)
    today.energy.set_value(7)
    assert today.save() is not None

    energy_column = today.model.ENERGY
    shown = [today.model.index(row, energy_column).data() for row in range(2)]
    assert shown == ["5/5 · Full of energy", "7 · Full of energy"]
    journal = session.window.journal
    session.window.navigation.setCurrentRow(1)
    rows = {
        journal.model.index(row, energy_column).data(): journal.model.index(row, energy_column)
        for row in range(journal.model.rowCount())
    }
    assert set(rows) == {"5/5 · Full of energy", "7 · Full of energy"}
    tip = rows["5/5 · Full of energy"].data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Recorded on a scale of 5 steps; new check-ins use 7."
    assert rows["7 · Full of energy"].data(Qt.ItemDataRole.ToolTipRole) is None
    mood = journal.model.index(0, journal.model.MOOD).data()
    assert mood.startswith("4 · ")  # the same scale as now: just the step

    _change_scales(qtbot, session, 7, 5)  # the Journal on the screen follows at once
    shown = {journal.model.index(row, energy_column).data() for row in range(2)}
    assert shown == {"5 · Full of energy", "7/7 · Full of energy"}


def test_the_settings_message_goes_once_a_kind_of_sign_is_chosen_again(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    dialog.warning.setChecked(False)
    dialog.breaking.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least one" in dialog.error.text() and dialog.error.severity == "attention"
    assert not dialog.error.isHidden() and dialog.isVisible()
    qtbot.mouseClick(dialog.breaking, Qt.MouseButton.LeftButton)
    assert dialog.breaking.isChecked()
    assert dialog.error.text() == "" and dialog.error.isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
