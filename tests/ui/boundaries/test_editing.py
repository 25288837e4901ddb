"""Changing what was logged on the Boundaries page, through the real widgets: a contact chosen
in the list (Enter, a double-click or Edit) fills the form and is saved in place, its
outside-hours flag worked out again; Escape leaves it as it was and brings back what was typed
before; a supervision talk is changed the same way; a weekly review is deleted after asking."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from companion.boundaries.log import Contact, SupervisionTalk, week_of
from companion.boundaries.roles import Role
from companion.boundaries.schedule import parse_schedule
from companion.clock import in_zone, now_utc
from companion.ui.common.local_text import day_text
from companion.ui.main_window import BOUNDARIES_ROW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome

ZONE = "Asia/Tokyo"
SUNDAY_NIGHT = QDateTime(QDate(2025, 1, 5), QTime(23, 30))  # a Sunday, in Asia/Tokyo
MONDAY_NOON = QDateTime(QDate(2025, 1, 6), QTime(12, 0))


def _page(qtbot, session):
    create_through_welcome(qtbot, session)
    session.window.navigation.setCurrentRow(BOUNDARIES_ROW)
    session.window.activateWindow()  # Escape is a shortcut: it needs the active window
    qtbot.waitUntil(session.window.isActiveWindow)
    return session.window.boundaries


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)


def _clinic(session) -> Role:
    return session.services.hours.save(
        Role(name="Clinic", zone=ZONE, hours=parse_schedule("Mon-Fri 10:00-17:00"))
    )


def _log_contact(qtbot, panel, role_id: int | None = None) -> None:
    """A contact at Monday noon, 20 minutes in person, load 2, through the form."""
    if role_id is not None:
        panel.role.setCurrentIndex(panel.role.findData(role_id))
    panel.when.setDateTime(MONDAY_NOON)
    panel.minutes.setValue(20)
    qtbot.keyClicks(panel.alias, "Blue")
    qtbot.mouseClick(panel.load.buttons[1], Qt.MouseButton.LeftButton)
    panel.rules_box.rows[2][2].setChecked(True)  # a rule was broken
    qtbot.keyClicks(panel.reflection, "First words.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() in ("Saved.", "保存しました。")


def test_a_contact_moved_outside_hours_is_flagged_and_survives_reopening_the_store(
    qtbot, session
) -> None:
    page = _page(qtbot, session)
    clinic = _clinic(session)
    page.tabs.setCurrentWidget(page.contacts_panel)
    panel = page.contacts_panel
    _log_contact(qtbot, panel, clinic.id)
    (logged,) = session.services.boundaries.contacts()
    assert logged.outside_hours is False
    assert panel.model.index(0, panel.model.HOURS).data() == "within hours"
    assert not panel.edit_button.isEnabled()
    qtbot.keyClicks(panel.alias, "Half-typed")  # the start of the next contact

    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.edit_note.isVisible() and "Mon 6 Jan 2025 12:00" in panel.edit_note.text()
    assert panel.cancel_button.isVisible() and panel.save_button.text() == "&Save changes"
    assert panel.when.dateTime() == MONDAY_NOON and panel.minutes.value() == 20
    assert panel.alias.text() == "Blue" and panel.load.value() == 2
    assert panel.role.currentData() == clinic.id
    assert panel.rules_box.rows[2][2].isChecked()
    assert panel.reflection.toPlainText() == "First words."

    panel.when.setDateTime(SUNDAY_NIGHT)  # the time typed wrongly at first
    panel.minutes.setValue(45)
    panel.channel.setCurrentIndex(panel.channel.findData("phone"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    (changed,) = session.services.boundaries.contacts()
    assert changed.id == logged.id
    assert changed.outside_hours is True and changed.minutes == 45
    assert changed.channel == "phone" and changed.alias == "Blue"
    assert changed.rules == logged.rules and changed.reflection == "First words."
    assert "outside the role's activity hours" in panel.status.text()
    phrase = session.services.boundaries.outside_hours_prompt()
    assert panel.prompt.isVisible() and phrase and phrase in panel.prompt.text()
    assert panel.model.rowCount() == 1
    assert "outside hours" in panel.model.index(0, panel.model.HOURS).data()
    assert not panel.edit_note.isVisible() and panel.save_button.text() == "&Log contact"
    assert panel.alias.text() == "Half-typed"  # what was typed before is back

    session.lock()
    assert panel.model.rowCount() == 0 and not panel.edit_note.isVisible()
    _unlock(qtbot, session)
    page.tabs.setCurrentWidget(panel)
    (reopened,) = session.services.boundaries.contacts()
    assert reopened == changed
    assert "outside hours" in panel.model.index(0, panel.model.HOURS).data()


def test_escape_leaves_a_contact_as_it_was(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.contacts_panel)
    panel = page.contacts_panel
    _log_contact(qtbot, panel)
    (logged,) = session.services.boundaries.contacts()

    rect = panel.table.visualRect(panel.model.index(0, panel.model.WHEN))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.edit_note.isVisible() and panel.alias.text() == "Blue"
    panel.minutes.setValue(90)
    panel.reflection.setFocus()
    qtbot.keyClicks(panel.reflection, " Changed my mind.")
    qtbot.keyClick(panel.reflection, Qt.Key.Key_Escape)

    assert session.services.boundaries.contacts() == [logged]
    assert not panel.edit_note.isVisible() and not panel.cancel_button.isVisible()
    assert panel.status.text() == "The contact was left as it was."
    assert panel.alias.text() == "" and panel.minutes.value() == 30  # an empty form again

    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    panel.minutes.setValue(90)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert session.services.boundaries.contacts() == [logged]


def _contact(session, hours_ago: int) -> Contact:
    contact = Contact(
        at=now_utc() - timedelta(hours=hours_ago),
        zone=ZONE,
        minutes=30,
        channel="phone",
        load=4,
        for_supervision=True,
    )
    return session.services.boundaries.save_contact(contact).contact


def _ticked(panel) -> dict[int, bool]:
    items = [panel.waiting.item(row) for row in range(panel.waiting.count())]
    return {
        item.data(Qt.ItemDataRole.UserRole): item.checkState() == Qt.CheckState.Checked
        for item in items
    }


def test_a_talk_is_changed_in_place_and_escape_leaves_it(qtbot, session) -> None:
    page = _page(qtbot, session)
    first, second = _contact(session, 30), _contact(session, 5)
    today = in_zone(now_utc(), ZONE).date()
    talk = session.services.boundaries.save_talk(
        SupervisionTalk(
            today - timedelta(days=1), "supervisor", topics="Late calls", contact_ids=(first.id,)
        )
    )
    page.tabs.setCurrentWidget(page.supervision_panel)
    panel = page.supervision_panel
    assert _ticked(panel) == {second.id: False}
    qtbot.keyClicks(panel.topics, "Not yet saved")

    panel.talks_list.setCurrentRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.edit_note.isVisible() and day_text(talk.day) in panel.edit_note.text()
    assert panel.topics.toPlainText() == "Late calls"
    assert panel.with_whom.currentData() == "supervisor"
    assert _ticked(panel) == {first.id: True, second.id: False}  # its own contact, ticked
    panel.with_whom.setCurrentIndex(panel.with_whom.findData("fellow-supporter"))
    panel.topics.selectAll()
    qtbot.keyClicks(panel.topics, "Late calls, and money")
    for row in range(panel.waiting.count()):  # talked about the other contact instead
        item = panel.waiting.item(row)
        item.setCheckState(
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) == second.id
            else Qt.CheckState.Unchecked
        )
    panel.next_on.setChecked(True)
    panel.next_day.setDate(QDate(today.year, today.month, today.day).addDays(14))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    (changed,) = session.services.boundaries.talks()
    assert changed.id == talk.id and changed.with_whom == "fellow-supporter"
    assert changed.topics == "Late calls, and money" and changed.contact_ids == (second.id,)
    assert changed.next_day == today + timedelta(days=14)
    assert [contact.id for contact in session.services.boundaries.waiting_for_supervision()] == [
        first.id
    ]
    assert panel.topics.toPlainText() == "Not yet saved"  # what was typed before is back
    assert not panel.edit_note.isVisible() and panel.save_button.text() == "&Log talk"

    panel.talks_list.setCurrentRow(0)
    panel.talks_list.setFocus()
    qtbot.keyClick(panel.talks_list, Qt.Key.Key_Return)
    assert panel.topics.toPlainText() == "Late calls, and money"
    panel.topics.setFocus()
    qtbot.keyClicks(panel.topics, " and more")
    qtbot.keyClick(panel.topics, Qt.Key.Key_Escape)
    assert session.services.boundaries.talks() == [changed]
    assert panel.status.text() == "The talk was left as it was."
    assert panel.topics.toPlainText() == "Not yet saved"


def test_a_weekly_review_is_deleted_after_asking(qtbot, session, monkeypatch) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.review_panel)
    panel = page.review_panel
    week = week_of(now_utc(), ZONE)
    assert not panel.delete_button.isEnabled()  # nothing saved for this week yet
    qtbot.keyClicks(panel.hard, "A late call.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.delete_button.isEnabled()

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert session.services.boundaries.review(week) is not None
    assert panel.hard.toPlainText() == "A late call."
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert session.services.boundaries.review(week) is None
    assert panel.hard.toPlainText() == "" and panel.status.text() == "Deleted."
    assert not panel.delete_button.isEnabled() and not panel.week_note.isVisible()
