"""After the Journal page imports one of our JSON files, the pages built so far show what it
brought at once, through the real widgets: Today's check-ins, every Boundaries tab (roles,
rules, contacts, supervision talks, and the review of the week on screen) and an open Help now
window (the crisis lines taken from the file)."""

from __future__ import annotations

import copy
import json
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion.boundaries.log import week_of
from companion.clock import now_utc
from companion.journal.checkin import new_checkin
from companion.ui.main_window import BOUNDARIES_ROW, JOURNAL_ROW
from tests.journal.test_files import export_json
from tests.journal.test_import_fuzz import BOUNDARY_SECTIONS
from tests.ui.conftest import create_through_welcome

ZONE = "Asia/Tokyo"


def test_an_import_shows_on_today_and_every_boundaries_tab_at_once(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    window.navigation.setCurrentRow(BOUNDARIES_ROW)
    boundaries = window.boundaries
    for panel in (
        boundaries.hours_panel,
        boundaries.rules_panel,
        boundaries.contacts_panel,
        boundaries.supervision_panel,
        boundaries.review_panel,
    ):
        boundaries.tabs.setCurrentWidget(panel)
    week = week_of(now_utc(), ZONE)
    review = boundaries.review_panel
    assert review.week == week and review.hard.toPlainText() == ""
    assert not review.delete_button.isEnabled()
    rules_before = boundaries.rules_panel.rules_list.count()
    assert window.today.model.rowCount() == 0
    session.show_help_now()
    help_window = session.help_window
    assert len(help_window.line_rows) > 1  # the seeded crisis lines

    sections = copy.deepcopy(BOUNDARY_SECTIONS)
    sections["weekly_reviews"][0].update(week=week, hard="A heavy week", rules=[])
    entry = new_checkin(at=now_utc() - timedelta(minutes=5), zone=ZONE, mood=3, energy=4)
    source = tmp_path / "export.json"
    source.write_text(json.dumps({**json.loads(export_json([entry])), **sections}), "utf-8")
    window.navigation.setCurrentRow(JOURNAL_ROW)
    journal = window.journal
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(journal.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(journal.import_dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Also added 2 roles" in journal.status.text()

    # no page was chosen again: what they show came with the import
    assert window.today.model.rowCount() == 1
    assert boundaries.hours_panel.roles_list.count() == 2
    assert boundaries.rules_panel.rules_list.count() == rules_before + 2
    assert boundaries.contacts_panel.model.rowCount() == 2
    assert boundaries.supervision_panel.talks_list.count() == 1
    assert review.hard.toPlainText() == "A heavy week" and review.energy.value() == 2
    assert review.delete_button.isEnabled() and not review.week_note.isHidden()
    (line,) = help_window.line_rows  # the file's one line took the seeds' place
    assert "よりそいホットライン" in line.text.text() and "0120-279-338" in line.text.text()
    help_window.close()


def test_words_typed_for_the_week_stay_when_an_import_brings_its_review(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    window.navigation.setCurrentRow(BOUNDARIES_ROW)
    review = window.boundaries.review_panel
    window.boundaries.tabs.setCurrentWidget(review)
    qtbot.keyClicks(review.hard, "Typed, not saved")

    sections = copy.deepcopy(BOUNDARY_SECTIONS)
    sections["weekly_reviews"][0].update(week=review.week, hard="From the file", rules=[])
    source = tmp_path / "export.json"
    source.write_text(json.dumps({**json.loads(export_json([])), **sections}), "utf-8")
    window.navigation.setCurrentRow(JOURNAL_ROW)
    journal = window.journal
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(journal.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(journal.import_dialog.import_button, Qt.MouseButton.LeftButton)

    assert review.hard.toPlainText() == "Typed, not saved"  # nothing typed is lost
    assert not review.week_note.isHidden()  # and saving would replace the imported one
