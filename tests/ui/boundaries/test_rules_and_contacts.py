"""My rules and the contact log on the Boundaries page, through the real widgets: a contact
outside hours shows the prepared phrase and is flagged in the export, a rule switched off and
edited survives reopening the store, a refusal names the field and keeps the form, and a lock
clears both forms."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from companion.boundaries.roles import Role
from companion.boundaries.schedule import parse_schedule
from companion.services.export import build_export
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import BOUNDARIES_ROW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome

SUNDAY_NIGHT = QDateTime(QDate(2025, 1, 5), QTime(23, 30))  # a Sunday, in Asia/Tokyo
MONDAY_NOON = QDateTime(QDate(2025, 1, 6), QTime(12, 0))


def _page(qtbot, session):
    create_through_welcome(qtbot, session)
    session.window.navigation.setCurrentRow(BOUNDARIES_ROW)
    return session.window.boundaries


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)


def _clinic(session) -> Role:
    return session.services.hours.save(
        Role(name="Clinic", zone="Asia/Tokyo", hours=parse_schedule("Mon-Fri 10:00-17:00"))
    )


def _contacts(qtbot, page):
    page.tabs.setCurrentWidget(page.contacts_panel)
    return page.contacts_panel


def test_a_contact_outside_hours_shows_the_prepared_phrase_and_is_flagged_in_the_export(
    qtbot, session
) -> None:
    page = _page(qtbot, session)
    clinic = _clinic(session)
    panel = _contacts(qtbot, page)
    panel.role.setCurrentIndex(panel.role.findData(clinic.id))
    panel.when.setDateTime(SUNDAY_NIGHT)
    panel.minutes.setValue(25)
    panel.channel.setCurrentIndex(panel.channel.findData("phone"))
    qtbot.keyClicks(panel.alias, "A")
    qtbot.mouseClick(panel.load.buttons[2], Qt.MouseButton.LeftButton)
    first_rule = panel.rules_box.rows[0]
    first_rule[1].setChecked(True)  # the outside-hours rule came under pressure
    panel.flags["too-deep"].setChecked(True)
    qtbot.keyClicks(panel.reflection, "Hard to end the call.")
    panel.for_supervision.setChecked(True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    assert panel.prompt.isVisible()
    phrase = session.services.boundaries.outside_hours_prompt()
    assert phrase and phrase in panel.prompt.text()
    assert "outside the role's activity hours" in panel.status.text()
    for blame in ("fail", "wrong", "should not", "broke"):
        assert blame not in panel.prompt.text().lower()
    assert panel.alias.text() == "" and panel.reflection.toPlainText() == ""  # ready for the next
    assert panel.model.rowCount() == 1
    hours_cell = panel.model.index(0, panel.model.HOURS).data()
    assert "outside hours" in hours_cell
    assert panel.model.index(0, panel.model.HOURS).data(Qt.ItemDataRole.ForegroundRole) is None

    contacts = session.services.boundaries.contacts()
    exported = build_export(
        [], app_version="test", exported_at=datetime.now(UTC), contacts=contacts
    )
    (contact,) = exported["contacts"]
    assert contact["outside_activity_hours"] is True
    assert contact["minutes"] == 25 and contact["channel"] == "phone"

    # within hours: no prompt
    panel.role.setCurrentIndex(panel.role.findData(clinic.id))
    panel.when.setDateTime(MONDAY_NOON)
    qtbot.mouseClick(panel.load.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert not panel.prompt.isVisible() and panel.status.text() == "Saved."
    assert panel.model.rowCount() == 2
    assert panel.model.index(0, panel.model.HOURS).data() == "within hours"


def test_zero_minutes_is_refused_naming_the_field_and_keeping_the_form(qtbot, session) -> None:
    page = _page(qtbot, session)
    panel = _contacts(qtbot, page)
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    panel.when.setDateTime(MONDAY_NOON)
    panel.minutes.setValue(0)
    qtbot.keyClicks(panel.alias, "Blue")
    qtbot.keyClicks(panel.reflection, "Kept going too long.")
    panel.flags["alone"].setChecked(True)
    qtbot.mouseClick(panel.load.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    assert panel.status.text().startswith("Minutes:")
    assert panel.minutes.hasFocus()
    assert session.services.boundaries.contacts() == []
    assert panel.alias.text() == "Blue"
    assert panel.reflection.toPlainText() == "Kept going too long."
    assert panel.flags["alone"].isChecked() and panel.load.value() == 4
    assert panel.when.dateTime() == MONDAY_NOON

    panel.load.set_value(None)
    panel.minutes.setValue(10)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith("Load:")
    assert session.services.boundaries.contacts() == []


def test_a_contact_is_deleted_only_after_asking(qtbot, session, monkeypatch) -> None:
    page = _page(qtbot, session)
    panel = _contacts(qtbot, page)
    panel.when.setDateTime(MONDAY_NOON)
    qtbot.mouseClick(panel.load.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    panel.table.selectRow(0)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(session.services.boundaries.contacts()) == 1
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert session.services.boundaries.contacts() == []
    assert panel.model.rowCount() == 0


def test_a_rule_switched_off_and_edited_survives_reopening_the_store(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.rules_panel)
    panel = page.rules_panel
    assert panel.rules_list.count() == 5  # the seeds, in the window's language
    assert panel.rules_list.item(1).text() == "No lending or borrowing money"
    item = panel.rules_list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    panel.rules_list.setCurrentRow(1)
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, "No money, either way")
    qtbot.keyClicks(panel.why, "It changed a friendship once.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Saved."

    session.lock()
    assert panel.rules_list.count() == 0 and panel.text.text() == ""
    _unlock(qtbot, session)
    page.tabs.setCurrentWidget(page.rules_panel)
    assert panel.rules_list.count() == 5
    item = panel.rules_list.item(1)
    assert item.text() == "No money, either way"
    assert item.checkState() == Qt.CheckState.Unchecked
    panel.rules_list.setCurrentRow(1)
    assert panel.why.toPlainText() == "It changed a friendship once."
    # a rule that is off is not offered on the contact form
    contacts = _contacts(qtbot, page)
    shown = [rule.text for rule, _pressure, _broken in contacts.rules_box.rows]
    assert "No money, either way" not in shown and len(shown) == 4


def test_rules_are_added_refused_when_empty_moved_and_deleted_after_asking(
    qtbot, session, monkeypatch
) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.rules_panel)
    panel = page.rules_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.phrase, "Let's talk tomorrow.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "The rule needs a few words."
    assert panel.phrase.toPlainText() == "Let's talk tomorrow."  # nothing typed is lost
    qtbot.keyClicks(panel.text, "Rest on Sundays")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.rules_list.count() == 6
    assert panel.rules_list.currentRow() == 5
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert [rule.text for rule in session.services.boundaries.rules()][4] == "Rest on Sundays"
    assert panel.rules_list.currentRow() == 4
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.rules_list.count() == 6
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "Rest on Sundays" not in [rule.text for rule in session.services.boundaries.rules()]


def test_lock_clears_the_contact_form_and_the_list(qtbot, session) -> None:
    page = _page(qtbot, session)
    panel = _contacts(qtbot, page)
    panel.when.setDateTime(MONDAY_NOON)
    qtbot.mouseClick(panel.load.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.alias, "Green")
    qtbot.keyClicks(panel.reflection, "Unsaved words.")
    panel.flags["money"].setChecked(True)
    session.lock()
    assert panel.alias.text() == "" and panel.reflection.toPlainText() == ""
    assert not panel.flags["money"].isChecked() and panel.load.value() is None
    assert panel.model.rowCount() == 0 and panel.role.count() == 1
    assert panel.rules_box.rows == []
    _unlock(qtbot, session)
    assert panel.model.rowCount() == 1


def test_a_rule_switched_off_leaves_the_contact_form_at_once(qtbot, session) -> None:
    page = _page(qtbot, session)
    contacts = _contacts(qtbot, page)
    assert len(contacts.rules_box.rows) == 5
    page.tabs.setCurrentWidget(page.rules_panel)
    page.rules_panel.rules_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert page.rules_panel.status.text() == "The rule is switched off."
    contacts = _contacts(qtbot, page)
    assert len(contacts.rules_box.rows) == 4


@pytest.fixture
def japanese(qapp):
    apply_language("ja")
    yield
    apply_language("en")


def test_in_japanese_the_seeds_the_alias_help_and_the_prompt_are_japanese(
    qtbot, session, japanese
) -> None:
    page = _page(qtbot, session)
    clinic = _clinic(session)
    page.tabs.setCurrentWidget(page.rules_panel)
    assert page.rules_panel.rules_list.item(0).text() == "活動時間外の個人的な連絡は控える"
    panel = _contacts(qtbot, page)
    assert (
        "本名" in panel.alias_help.text() and panel.alias.placeholderText() == "本名ではない呼び名"
    )
    panel.role.setCurrentIndex(panel.role.findData(clinic.id))
    panel.when.setDateTime(SUNDAY_NIGHT)
    qtbot.mouseClick(panel.load.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.prompt.isVisible()
    assert "連絡をくれてありがとう" in panel.prompt.text()
    assert panel.model.index(0, panel.model.HOURS).data() == "◔ 活動時間外"


def test_a_rules_message_goes_once_the_field_is_fixed(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.rules_panel)
    panel = page.rules_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "The rule needs a few words."
    assert panel.status.severity == "attention" and not panel.status.isHidden()
    qtbot.keyClicks(panel.text, "R")  # the cause is being fixed
    assert panel.status.text() == "" and panel.status.isHidden()
    qtbot.keyClicks(panel.text, "est on Sundays")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Saved." and panel.status.severity == "done"
