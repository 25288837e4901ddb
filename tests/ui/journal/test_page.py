"""The Journal page: paging through many entries, filters, edit and delete with undo, import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion.journal.checkin import Tag, new_checkin
from companion.store import open_store, unlock_with_passphrase
from companion.ui.journal.table_model import PAGE_SIZE
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome


def _journal(qtbot, session, entries=()):
    create_through_welcome(qtbot, session)
    if entries:
        session.store.import_checkins(list(entries))
    session.window.navigation.setCurrentRow(1)
    return session.window.journal


def _many(count: int):
    start = datetime(2016, 1, 1, 8, tzinfo=UTC)
    return [
        new_checkin(
            at=start + timedelta(hours=6 * i),
            zone="Asia/Tokyo",
            mood=i % 7 + 1,
            energy=(i * 3) % 7 + 1,
            note=f"day {i}" + (" walk" if i % 10 == 0 else ""),
            tags=(Tag("tag", "work"),) if i % 4 == 0 else (),
        )
        for i in range(count)
    ]


def test_rows_arrive_in_pages(qtbot, session) -> None:
    page = _journal(qtbot, session, _many(1000))
    model = page.model
    assert model.total == 1000 and model.loaded() == PAGE_SIZE
    assert model.data(model.index(0, 5)) == "day 999"  # newest first
    while model.canFetchMore():
        model.fetchMore()
    assert model.loaded() == 1000
    assert "1000" in page.count.text()


def test_filters_by_text_tag_and_dates(qtbot, session) -> None:
    page = _journal(qtbot, session, _many(400))
    qtbot.keyClicks(page.search, "walk")
    qtbot.waitUntil(lambda: page.model.total == 40, timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 400, timeout=2000)
    page.tag.setCurrentIndex(page.tag.findData("work"))
    assert page.model.total == 100
    page.tag.setCurrentIndex(0)
    page.from_date.setDate(datetime(2016, 1, 10).date())
    page.to_date.setDate(datetime(2016, 1, 11).date())
    page.use_from.setChecked(True)
    page.use_to.setChecked(True)
    assert page.model.total == 8  # two local days in Tokyo, four entries a day


def test_delete_and_undo(qtbot, session, folder) -> None:
    page = _journal(qtbot, session, _many(3))
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 2 and "Undo" in page.status.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 3
    assert page.model.data(page.model.index(0, 5)) == "day 2"
    page.undo_stack.redo()
    assert page.model.total == 2


def test_edit_keeps_the_scale_and_can_be_undone(qtbot, session) -> None:
    entry = new_checkin(
        at=datetime(2026, 1, 5, 3, tzinfo=UTC),
        zone="Asia/Tokyo",
        mood=9,
        energy=2,
        mood_steps=10,
        energy_steps=5,
    )
    page = _journal(qtbot, session, [entry])
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert len(dialog.mood.buttons) == 10 and len(dialog.energy.buttons) == 5
    dialog.mood.set_value(10)
    dialog.note.setPlainText("edited 🌙")
    dialog.tags.entry.setText("rest day")
    dialog.tags.add_typed()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    edited = page.model.entry(0)
    assert (edited.mood.step, edited.mood.steps, edited.note) == (10, 10, "edited 🌙")
    assert edited.local_time().hour == 12 and Tag("tag", "rest day") in edited.tags
    page.undo_stack.undo()
    assert page.model.entry(0).note == "" and page.model.entry(0).mood.step == 9


def test_import_with_a_preview(qtbot, session, tmp_path, monkeypatch, folder) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-11-28,November 28,Saturday,20:05,good,walk,,\n",
        encoding="utf-8",
    )
    page = _journal(qtbot, session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    preview = page.import_dialog
    assert preview is not None and "Daylio" in preview.summary.text()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 1 and page.status.text() == "Added 1 check-in."
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.import_dialog.import_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 1
    assert page.status.text() == (
        "Added 0 check-ins. 1 check-in already in your journal stayed as it was."
    )


def test_a_broken_import_says_where_and_adds_nothing(qtbot, session, tmp_path, monkeypatch):
    source = tmp_path / "bad.csv"
    source.write_text("what,is,this\n1,2,3\n", encoding="utf-8")
    page = _journal(qtbot, session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.import_dialog is None and "Nothing was imported" in page.status.text()
    assert page.model.total == 0


def test_csv_export_from_the_page(qtbot, session, tmp_path, monkeypatch) -> None:
    page = _journal(qtbot, session, _many(5))
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8").count("\n") == 6


def test_keyboard_checkin_with_tags_from_the_plan(qtbot, session, folder) -> None:
    from companion.plan.examples import example_plan
    from tests.ui.conftest import focused, press

    create_through_welcome(qtbot, session)
    session.store.save_plan(example_plan("en"), version_id=None)
    window = session.window
    today = window.today
    today.refresh_tag_choices()
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is today.mood)
    press(qtbot, "3", "2", Qt.Key.Key_Tab)
    assert focused() is today.tags.entry
    press(qtbot, "Call a friend", Qt.Key.Key_Return, "Skipping meals", Qt.Key.Key_Return)
    press(qtbot, "my own tag", Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert today.model.rowCount() == 1
    store = (
        open_store(folder, unlock_with_passphrase(folder, PASSPHRASE)) if False else session.store
    )
    (entry,) = store.all_checkins()
    kinds = {tag.kind: tag for tag in entry.tags}
    assert kinds["tool"].plan_entry_id and kinds["warning"].plan_entry_id
    assert kinds["tag"].label == "my own tag"


def test_edit_an_older_entry_delete_it_then_undo_twice(qtbot, session, folder) -> None:
    """The sequence that used to end in a KeyError: the entry comes back under its own id, so
    the second undo finds it and restores the text from before the edit."""
    page = _journal(qtbot, session, _many(3))
    assert page.model.entry(1).note == "day 1"  # not the newest
    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    dialog.note.setPlainText("rewritten")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.model.entry(1).note == "rewritten"
    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 2
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.model.entry(1).note == "rewritten"
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert [page.model.entry(row).note for row in range(3)] == ["day 2", "day 1", "day 0 walk"]
    assert not page.undo_button.isEnabled()
    session.reminder_ticker.stop()  # as locking does: nothing ticks a closed store
    session.store.close()  # what survived on disk, not what the page remembers
    reopened = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        saved = reopened.all_checkins()
    finally:
        reopened.close()
    assert [entry.note for entry in saved] == ["day 0 walk", "day 1", "day 2"]
    assert [entry.id for entry in saved] == [1, 2, 3]


def test_an_entry_gone_from_the_store_is_a_calm_line_not_a_crash(qtbot, session) -> None:
    page = _journal(qtbot, session, _many(2))
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.edit_dialog.note.setPlainText("rewritten")
    session.store.delete_checkin(page.model.entry(0).id)  # removed elsewhere meanwhile
    qtbot.mouseClick(page.edit_dialog.save_button, Qt.MouseButton.LeftButton)
    assert "no longer in your journal" in page.status.text()
    assert page.model.total == 1 and not page.undo_button.isEnabled()  # nothing to undo


def test_daylio_summary_dates_are_the_persons_days_and_energy_shows_as_absent(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    from companion.ui.journal.table_model import JournalTableModel

    source = tmp_path / "daylio.csv"
    source.write_text(  # 08:00 in Tokyo on 1 September is still 31 August in UTC
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-09-01,September 1,Tuesday,08:00,good,walk,,\n"
        "2026-09-03,September 3,Thursday,07:30,meh,,,\n",
        encoding="utf-8",
    )
    page = _journal(qtbot, session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    preview = page.import_dialog
    assert "with 2 check-ins, from Tue 1 Sep 2026 to Thu 3 Sep 2026" in preview.summary.text()
    oldest = preview.model.index(1, JournalTableModel.WHEN)
    assert "1" in preview.model.data(oldest) and "31" not in preview.model.data(oldest)
    energy = preview.model.index(0, JournalTableModel.ENERGY)
    assert preview.model.data(energy) == "—"
    assert preview.model.data(energy, Qt.ItemDataRole.AccessibleTextRole) == "no energy recorded"
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert page.model.data(page.model.index(0, JournalTableModel.ENERGY)) == "—"


def test_an_entry_without_energy_can_be_edited_and_keep_none(qtbot, session) -> None:
    entry = new_checkin(at=datetime(2026, 9, 1, tzinfo=UTC), zone="Asia/Tokyo", mood=3, energy=None)
    page = _journal(qtbot, session, [entry])
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    assert dialog.energy.value() is None
    dialog.note.setPlainText("still no energy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = page.model.entry(0)
    assert (saved.note, saved.energy) == ("still no energy", None)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.edit_dialog is not dialog and page.edit_dialog.energy.value() is None
    page.edit_dialog.energy.set_value(2)
    qtbot.mouseClick(page.edit_dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.model.entry(0).energy.step == 2


def test_todays_list_shows_energy_not_recorded_as_a_dash(qapp, english) -> None:
    from companion.ui.today.checkin_table_model import CheckinTableModel

    model = CheckinTableModel()
    entry = new_checkin(at=datetime(2026, 9, 1, tzinfo=UTC), zone="Asia/Tokyo", mood=3, energy=None)
    model.set_rows([entry])
    cell = model.index(0, CheckinTableModel.ENERGY)
    assert model.data(cell) == "—"
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == "no energy recorded"


def test_importing_our_json_export_brings_back_the_boundaries(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    import json

    from tests.journal.test_files import export_json
    from tests.journal.test_import_fuzz import BOUNDARY_SECTIONS

    source = tmp_path / "export.json"
    document = {**json.loads(export_json([])), **BOUNDARY_SECTIONS}
    source.write_text(json.dumps(document), encoding="utf-8")
    page = _journal(qtbot, session)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    preview = page.import_dialog
    assert "without check-ins" in preview.summary.text()
    assert (
        "It also holds 2 roles, 2 rules, 2 contacts, 1 supervision talk, 1 weekly review, "
        "and 1 crisis line." in preview.summary.text()
    )
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert "Also added 2 roles, 2 rules, 2 contacts" in page.status.text()
    assert "crisis lines were taken" in page.status.text()
    assert [role.name for role in session.store.roles()] == ["ピアスタッフ", "phone line"]
    (talk,) = session.store.supervision_talks()
    first, second = session.store.contacts()
    assert first.supervision_id == talk.id and talk.contact_ids == (first.id,)
    assert first.outside_hours is True and second.role_id is None
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.import_dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Also added" not in page.status.text()  # nothing new: no "0 roles"
    assert "other entries were already there and stayed as they were" in page.status.text()
    assert "Your own crisis lines were kept" in page.status.text()


def test_the_import_preview_counts_in_japanese(qtbot, tmp_path) -> None:
    import json

    from companion.journal.files import parse_import
    from companion.ui.common.i18n import apply_language
    from companion.ui.journal.import_dialog import ImportPreviewDialog
    from tests.journal.test_files import export_json
    from tests.journal.test_import_fuzz import BOUNDARY_SECTIONS

    document = {**json.loads(export_json([])), **BOUNDARY_SECTIONS, "weekly_reviews": []}
    result = parse_import(json.dumps(document).encode(), "Asia/Tokyo")
    apply_language("ja")
    try:
        preview = ImportPreviewDialog(result)
        qtbot.addWidget(preview)
        summary = preview.summary.text()
    finally:
        apply_language("en")
    listed = "役割2件、ルール2件、かかわりの記録2件、スーパービジョン・相談1件、相談窓口1件"
    assert f"ほかに、{listed}が入っています。" in summary
    assert "週のふりかえり" not in summary  # none in the file: not listed as 0
