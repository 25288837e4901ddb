"""Supervision and the weekly review on the Boundaries page, through the real widgets: a talk
that takes waiting contacts leaves them talked through and sets the reminder's date, a refusal
names the field and keeps the form, a review is saved, read back after a lock and edited, words
typed for one week stay while another is looked at, and a lock clears both tabs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from companion.boundaries.log import Contact, SupervisionTalk, week_days, week_of
from companion.clock import in_zone, now_utc
from companion.ui.common.i18n import apply_language
from companion.ui.common.local_text import day_text, week_text
from companion.ui.main_window import BOUNDARIES_ROW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome

ZONE = "Asia/Tokyo"


def _page(qtbot, session):
    create_through_welcome(qtbot, session)
    session.window.navigation.setCurrentRow(BOUNDARIES_ROW)
    return session.window.boundaries


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)


def _contact(session, hours_ago: int, load: int = 4, for_supervision: bool = True) -> Contact:
    contact = Contact(
        at=now_utc() - timedelta(hours=hours_ago),
        zone=ZONE,
        minutes=30,
        channel="phone",
        load=load,
        alias="Secret alias",
        reflection="Private reflection",
        for_supervision=for_supervision,
    )
    return session.services.boundaries.save_contact(contact).contact


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def _tick(panel, contact_id: int) -> None:
    for row in range(panel.waiting.count()):
        item = panel.waiting.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == contact_id:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError("the contact is not offered")


def test_a_talk_takes_two_waiting_contacts_and_sets_the_reminder_date(
    qtbot, session, monkeypatch
) -> None:
    page = _page(qtbot, session)
    first, second, third = (_contact(session, hours) for hours in (50, 30, 5))
    _contact(session, 40, for_supervision=False)  # not marked: never offered
    page.tabs.setCurrentWidget(page.supervision_panel)
    panel = page.supervision_panel
    assert panel.waiting.count() == 3 and not panel.nothing_waiting.isVisible()
    shown = [panel.waiting.item(row).text() for row in range(panel.waiting.count())]
    assert all("Phone · 4 Very heavy" in text for text in shown)
    assert not any("Secret alias" in text or "Private" in text for text in shown)

    today = in_zone(now_utc(), ZONE).date()
    next_day = today + timedelta(days=10)
    panel.with_whom.setCurrentIndex(panel.with_whom.findData("fellow-supporter"))
    _tick(panel, first.id)
    _tick(panel, third.id)
    qtbot.keyClicks(panel.topics, "Late calls and saying no.")
    qtbot.keyClicks(panel.try_next, "End calls at nine.")
    panel.next_on.setChecked(True)
    panel.next_day.setDate(_qdate(today - timedelta(days=1)))  # before the talk: refused
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith("Next date:")
    assert session.services.boundaries.talks() == []
    assert panel.topics.toPlainText() == "Late calls and saying no."  # nothing typed is lost
    assert panel.try_next.toPlainText() == "End calls at nine."
    assert set(panel.ticked_contact_ids()) == {first.id, third.id}

    panel.next_day.setDate(_qdate(next_day))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert day_text(next_day) in panel.status.text()
    assert [contact.id for contact in session.services.boundaries.waiting_for_supervision()] == [
        second.id
    ]
    assert panel.waiting.count() == 1 and panel.ticked_contact_ids() == ()
    assert panel.topics.toPlainText() == ""  # ready for the next talk
    assert session.services.reminders.wanted().next_supervision == next_day
    (talk,) = session.services.boundaries.talks()
    assert talk.with_whom == "fellow-supporter" and set(talk.contact_ids) == {first.id, third.id}
    assert talk.topics == "Late calls and saying no." and talk.try_next == "End calls at nine."
    assert panel.talks_list.count() == 1
    assert "2 contacts talked through" in panel.talks_list.item(0).text()
    assert "End calls at nine." in panel.detail.text()

    # the contact log says which were talked through
    page.tabs.setCurrentWidget(page.contacts_panel)
    model = page.contacts_panel.model
    marks = [model.index(row, model.SUPERVISION).data() for row in range(model.rowCount())]
    assert marks.count("talked through") == 2 and marks.count("to bring") == 1

    # a second, earlier talk is listed below the newer one
    page.tabs.setCurrentWidget(panel)
    panel.day.setDate(_qdate(today - timedelta(days=3)))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.talks_list.count() == 2
    assert panel.talks_list.item(0).text().startswith(day_text(today))
    assert session.services.reminders.wanted().next_supervision == next_day

    # deleting asks first; its contacts wait again and the reminder's date goes with it
    panel.talks_list.setCurrentRow(0)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(session.services.boundaries.talks()) == 2
    assert "The 2 contacts talked through in it will wait" in asked[0]
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(session.services.boundaries.talks()) == 1
    assert panel.waiting.count() == 3
    assert session.services.reminders.wanted().next_supervision is None


def test_lock_clears_the_supervision_tab(qtbot, session) -> None:
    page = _page(qtbot, session)
    waiting = _contact(session, 3)
    session.services.boundaries.save_talk(
        SupervisionTalk(in_zone(now_utc(), ZONE).date(), "supervisor", "Said before")
    )
    page.tabs.setCurrentWidget(page.supervision_panel)
    panel = page.supervision_panel
    panel.talks_list.setCurrentRow(0)
    assert "Said before" in panel.detail.text()
    _tick(panel, waiting.id)
    qtbot.keyClicks(panel.topics, "Unsaved words.")
    session.lock()
    assert panel.topics.toPlainText() == "" and panel.waiting.count() == 0
    assert panel.talks_list.count() == 0 and panel.detail.text() == ""
    assert not panel.save_button.isEnabled()
    _unlock(qtbot, session)
    assert panel.waiting.count() == 1 and panel.ticked_contact_ids() == ()
    assert panel.talks_list.count() == 1 and panel.topics.toPlainText() == ""


def test_a_weekly_review_is_saved_reopened_after_a_lock_and_edited(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.review_panel)
    panel = page.review_panel
    week = week_of(now_utc(), ZONE)
    assert panel.week == week and panel.week_title.text() == week_text(week_days(week)[0])
    assert "-W" not in panel.week_title.text()  # days, never the ISO week id
    assert not panel.week_note.isVisible()
    assert len(panel._rule_rows) == 5  # the rules that are on
    held, pressed = panel._rule_rows[0], panel._rule_rows[1]
    held.outcome.setCurrentIndex(held.outcome.findData("held"))
    pressed.outcome.setCurrentIndex(pressed.outcome.findData("pressure"))
    qtbot.keyClicks(panel.hard, "A late call on Tuesday.")
    qtbot.mouseClick(panel.energy.buttons[1], Qt.MouseButton.LeftButton)
    panel.rested.setCurrentIndex(panel.rested.findData(True))
    qtbot.keyClicks(panel.rest, "A long walk.")
    panel.talked_through.setCurrentIndex(panel.talked_through.findData("partly"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Saved."
    stored = session.services.boundaries.review(week)
    assert stored is not None and stored.hard == "A late call on Tuesday."
    assert dict(stored.rule_outcomes) == {held.rule.id: "held", pressed.rule.id: "pressure"}
    assert (stored.energy, stored.rested, stored.rest) == (2, True, "A long walk.")
    assert stored.talked_through == "partly"

    session.lock()
    assert panel.hard.toPlainText() == "" and panel.rest.toPlainText() == ""
    assert panel.energy.value() is None and panel._rule_rows == []
    assert panel.rested.currentData() is None and panel.talked_through.currentData() is None
    _unlock(qtbot, session)
    page.tabs.setCurrentWidget(panel)
    assert panel.week == week
    assert panel.hard.toPlainText() == "A late call on Tuesday."
    assert panel.energy.value() == 2 and panel.rest.toPlainText() == "A long walk."
    assert panel._rule_rows[1].outcome.currentData() == "pressure"
    assert panel.week_note.isVisible() and "replaces" in panel.week_note.text()

    qtbot.keyClicks(panel.hard, " It was fine in the end.")
    panel._rule_rows[1].outcome.setCurrentIndex(0)  # not noted after all
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    (review,) = session.services.boundaries.reviews()
    assert review.hard == "A late call on Tuesday. It was fine in the end."
    assert dict(review.rule_outcomes) == {held.rule.id: "held"}


def test_the_heavy_contacts_of_the_week_and_words_kept_across_weeks(qtbot, session) -> None:
    page = _page(qtbot, session)
    heavy = [_contact(session, 2), _contact(session, 2, load=5), _contact(session, 2, load=1)]
    session.services.boundaries.save_talk(
        SupervisionTalk(in_zone(now_utc(), ZONE).date(), "supervisor", contact_ids=(heavy[0].id,))
    )
    page.tabs.setCurrentWidget(page.review_panel)
    panel = page.review_panel
    week = week_of(heavy[0].at, ZONE)
    panel.show_week(week)
    assert panel.heavy.text() == (
        "Heavy contacts in the contact log this week: 2, talked through: 1."
    )
    qtbot.keyClicks(panel.hard, "Typed, not saved.")
    qtbot.mouseClick(panel.earlier_button, Qt.MouseButton.LeftButton)
    assert panel.week != week and panel.hard.toPlainText() == ""
    assert panel.heavy.text() == "No heavy contacts are in the contact log for this week."
    for blame in ("missed", "fail", "streak", "score"):
        assert blame not in panel.heavy.text().lower()
        assert blame not in panel.week_title.text().lower()
    panel.show_week(week)
    assert panel.hard.toPlainText() == "Typed, not saved."
    assert session.services.boundaries.reviews() == []

    panel.hard.setPlainText("x" * 5_001)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith("What was hard:")
    assert len(panel.hard.toPlainText()) == 5_001
    assert session.services.boundaries.reviews() == []


def test_a_switched_off_rule_is_not_asked_about_and_keeps_its_saved_outcome(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.review_panel)
    panel = page.review_panel
    first = panel._rule_rows[0]
    first.outcome.setCurrentIndex(first.outcome.findData("not-applicable"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    session.services.boundaries.set_rule_enabled(first.rule.id, False)
    page.tabs.setCurrentWidget(page.rules_panel)
    page.tabs.setCurrentWidget(panel)
    assert len(panel._rule_rows) == 4
    qtbot.keyClicks(panel.hard, "More words.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    (review,) = session.services.boundaries.reviews()
    assert dict(review.rule_outcomes) == {first.rule.id: "not-applicable"}


@pytest.fixture
def japanese(qapp):
    apply_language("ja")
    yield
    apply_language("en")


def test_in_japanese_the_tabs_and_the_review_speak_japanese(qtbot, session, japanese) -> None:
    page = _page(qtbot, session)
    assert page.tabs.tabText(3) == "スーパービジョン"
    assert page.tabs.tabText(4) == "週のふりかえり"
    page.tabs.setCurrentWidget(page.review_panel)
    assert page.review_panel.save_button.text().startswith("ふりかえりを保存")
    assert page.review_panel.energy.buttons[0].accessibleName() == "1 へとへと"


def test_switching_language_retells_both_tabs(qtbot, session) -> None:
    page = _page(qtbot, session)
    _contact(session, 3)
    session.services.boundaries.save_talk(
        SupervisionTalk(in_zone(now_utc(), ZONE).date(), "group", contact_ids=())
    )
    page.tabs.setCurrentWidget(page.supervision_panel)
    page.tabs.setCurrentWidget(page.review_panel)
    qtbot.keyClicks(page.review_panel.hard, "Stays typed.")
    apply_language("ja")
    try:
        qtbot.waitUntil(lambda: page.tabs.tabText(4) == "週のふりかえり")
        assert page.supervision_panel.talks_list.item(0).text().endswith("グループ")
        assert "電話" in page.supervision_panel.waiting.item(0).text()
        title = page.review_panel.week_title.text()
        assert "日〜" in title and page.review_panel.week not in title
        assert page.review_panel._rule_rows[0].outcome.itemText(1) == "守れた"
        assert page.review_panel.hard.toPlainText() == "Stays typed."
    finally:
        apply_language("en")


def test_a_rule_deleted_after_the_review_does_not_block_saving_it_again(
    qtbot, session, monkeypatch
) -> None:
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.review_panel)
    panel = page.review_panel
    last = panel._rule_rows[4]
    last.outcome.setCurrentIndex(last.outcome.findData("held"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    session.services.boundaries.set_rule_enabled(last.rule.id, False)
    page.tabs.setCurrentWidget(page.rules_panel)
    page.tabs.setCurrentWidget(panel)  # the switched-off rule's outcome is kept aside
    page.tabs.setCurrentWidget(page.rules_panel)
    page.rules_panel.rules_list.setCurrentRow(4)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.rules_panel.delete_button, Qt.MouseButton.LeftButton)
    page.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.hard, "Later words.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Saved."
    (review,) = session.services.boundaries.reviews()
    assert review.rule_outcomes == () and review.hard == "Later words."
