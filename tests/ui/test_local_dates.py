"""Dates on the Boundaries tabs and in the import preview are written as the window's language
writes them (Mon 6 Jan 2025 / 2025年1月6日(月)), never as ISO text, and follow a language switch."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from companion.boundaries.log import Contact, SupervisionTalk
from companion.journal.checkin import new_checkin
from companion.journal.files import ImportResult
from companion.ui.common.i18n import apply_language
from companion.ui.journal.import_dialog import ImportPreviewDialog
from companion.ui.main_window import BOUNDARIES_ROW
from tests.ui.conftest import create_through_welcome

ZONE = "Asia/Tokyo"
MONDAY_NOON = datetime(2025, 1, 6, 3, 0, tzinfo=UTC)  # 12:00 on Monday 6 January in Tokyo


@pytest.fixture
def japanese(qapp):
    apply_language("ja")
    yield
    apply_language("en")


def _logged(qtbot, session):
    """A contact waiting for supervision and a talk, logged on fixed days; the Boundaries page."""
    create_through_welcome(qtbot, session)
    boundaries = session.services.boundaries
    contact = Contact(
        at=MONDAY_NOON, zone=ZONE, minutes=30, channel="phone", load=4, for_supervision=True
    )
    boundaries.save_contact(contact)
    boundaries.save_talk(SupervisionTalk(date(2025, 1, 10), "group", next_day=date(2025, 1, 24)))
    session.window.navigation.setCurrentRow(BOUNDARIES_ROW)
    page = session.window.boundaries
    page.tabs.setCurrentWidget(page.contacts_panel)
    page.tabs.setCurrentWidget(page.supervision_panel)
    return page


def _questions_answered_cancel(monkeypatch) -> list[str]:
    """The questions asked from now on (each answered Cancel)."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _texts(page) -> tuple[str, str, str]:
    contacts = page.contacts_panel
    when = contacts.model.index(0, contacts.model.WHEN).data()
    talks = page.supervision_panel.talks_list
    return when, page.supervision_panel.waiting.item(0).text(), talks.item(0).text()


def test_the_boundaries_tabs_write_dates_in_english(qtbot, session) -> None:
    page = _logged(qtbot, session)
    when, waiting, talk = _texts(page)
    assert when.startswith("Mon 6 Jan 2025 12:00")
    assert waiting.startswith("Mon 6 Jan 2025 12:00") and "Phone · 4 Very heavy" in waiting
    assert talk.startswith("Fri 10 Jan 2025 · Group")
    assert "next: Fri 24 Jan 2025" in talk
    assert not any("2025-01" in text for text in (when, waiting, talk))


def test_the_boundaries_tabs_write_dates_in_japanese_after_a_switch(qtbot, session) -> None:
    page = _logged(qtbot, session)
    apply_language("ja")
    try:
        qtbot.waitUntil(lambda: page.tabs.tabText(3) == "スーパービジョン")
        when, waiting, talk = _texts(page)
        assert when == "2025年1月6日(月) 12:00"
        assert waiting.startswith("2025年1月6日(月) 12:00 · 電話")
        assert talk.startswith("2025年1月10日(金) · ")
        assert "2025年1月24日(金)" in talk
    finally:
        apply_language("en")


def test_the_edit_note_and_the_delete_question_name_the_day_in_japanese(
    qtbot, session, japanese, monkeypatch
) -> None:
    page = _logged(qtbot, session)
    panel = page.contacts_panel
    page.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert "2025年1月6日(月) 12:00" in panel.edit_note.text()
    asked = _questions_answered_cancel(monkeypatch)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    talks = page.supervision_panel
    page.tabs.setCurrentWidget(talks)
    talks.talks_list.setCurrentRow(0)
    qtbot.mouseClick(talks.delete_button, Qt.MouseButton.LeftButton)
    assert "2025年1月6日(月) 12:00" in asked[0]
    assert "2025年1月10日(金)" in asked[1]
    assert not any("2025-01" in text for text in asked)


def _daylio_result() -> ImportResult:
    days = (datetime(2026, 8, 31, 23, 0, tzinfo=UTC), datetime(2026, 9, 2, 22, 30, tzinfo=UTC))
    entries = [new_checkin(at=at, zone=ZONE, mood=3, energy=None) for at in days]
    return ImportResult(entries, "daylio")


def test_the_import_preview_names_the_persons_first_and_last_day(qtbot, japanese) -> None:
    dialog = ImportPreviewDialog(_daylio_result())
    qtbot.addWidget(dialog)
    assert "2026年9月1日(火)から2026年9月3日(木)までの2件" in dialog.summary.text()
    apply_language("en")
    qtbot.waitUntil(lambda: "check-ins" in dialog.summary.text())
    assert "with 2 check-ins, from Tue 1 Sep 2026 to Thu 3 Sep 2026." in dialog.summary.text()


def test_the_import_preview_counts_one_check_in_in_english(qtbot) -> None:
    dialog = ImportPreviewDialog(ImportResult(_daylio_result().checkins[:1], "daylio"))
    qtbot.addWidget(dialog)
    assert "with 1 check-in, from Tue 1 Sep 2026 to Tue 1 Sep 2026." in dialog.summary.text()


def test_deleting_a_weekly_review_names_its_days(qtbot, session, monkeypatch) -> None:
    page = _logged(qtbot, session)
    panel = page.review_panel
    page.tabs.setCurrentWidget(panel)
    panel.week_day.setDate(QDate(2025, 1, 8))
    assert panel.week == "2025-W02"
    qtbot.keyClicks(panel.hard, "A late call.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    asked = _questions_answered_cancel(monkeypatch)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Delete your look back on the week from Mon 6 Jan 2025 to Sun 12 Jan 2025? "
        "This cannot be undone."
    ]
