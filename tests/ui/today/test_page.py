"""The Today page: bad input gets a clear word and loses nothing; lock clears the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.errors import StoreUnavailable, Unavailability
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome, focused, press


def _today(qtbot, session):
    create_through_welcome(qtbot, session)
    return session.window.today


def test_missing_mood_is_explained_and_focused(qtbot, session) -> None:
    today = _today(qtbot, session)
    today.energy.set_value(3)
    today.note.setPlainText("keep me")
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    assert "mood" in today.status.text().lower()
    assert today.note.toPlainText() == "keep me" and today.energy.value() == 3
    assert today.model.rowCount() == 0


def test_bad_sleep_keeps_everything_typed(qtbot, session) -> None:
    today = _today(qtbot, session)
    today.mood.set_value(4)
    today.energy.set_value(4)
    qtbot.keyClicks(today.sleep, "lots")
    today.note.setPlainText("メモ 🌸")
    qtbot.keyClick(today.sleep, Qt.Key.Key_Return)
    assert "between 0 and 24" in today.status.text()
    assert today.sleep.text() == "lots" and today.note.toPlainText() == "メモ 🌸"
    assert (today.mood.value(), today.energy.value()) == (4, 4)
    assert today.model.rowCount() == 0


def test_a_five_megabyte_note_is_kept_on_screen_not_saved(qtbot, session, folder) -> None:
    today = _today(qtbot, session)
    huge = "長い日記。" * 1_000_000  # 5 million characters
    today.mood.set_value(3)
    today.energy.set_value(3)
    today.note.setPlainText(huge)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    assert "100,000" in today.status.text()
    assert len(today.note.toPlainText()) == len(huge)
    assert today.model.rowCount() == 0


def test_several_entries_a_day_are_listed_in_order(qtbot, session) -> None:
    today = _today(qtbot, session)
    for mood in (2, 5, 7):
        today.mood.set_value(mood)
        today.energy.set_value(4)
        assert today.save() is not None
    moods = [today.model.data(today.model.index(row, 1)) for row in range(3)]
    assert [text.split(" ")[0] for text in moods] == ["2", "5", "7"]
    assert "Saved at" in today.status.text()


def test_arrow_keys_and_delete_on_a_scale(qtbot, session) -> None:
    today = _today(qtbot, session)
    session.window.activateWindow()
    qtbot.waitUntil(lambda: focused() is today.mood)
    press(qtbot, Qt.Key.Key_Right)
    assert today.mood.value() == 5  # from the middle, one step up
    press(qtbot, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert today.mood.value() == 3
    press(qtbot, Qt.Key.Key_Delete)
    assert today.mood.value() is None
    press(qtbot, "9")  # beyond a seven-step scale: ignored
    assert today.mood.value() is None


def test_lock_clears_the_form_and_gives_the_draft_back(qtbot, session) -> None:
    today = _today(qtbot, session)
    today.mood.set_value(6)
    today.note.setPlainText("half-written thought")
    session.lock()
    assert today.note.toPlainText() == "" and today.mood.value() is None
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    assert today.note.toPlainText() == "half-written thought" and today.mood.value() == 6


def test_keyboard_checkin_takes_few_keystrokes(qtbot, session, folder) -> None:
    """Mood, energy, Enter: a whole check-in in five key presses, well under ten seconds."""
    today = _today(qtbot, session)
    session.window.activateWindow()
    qtbot.waitUntil(lambda: focused() is today.mood)
    press(qtbot, "4", "6", "8", Qt.Key.Key_Return)
    assert today.model.rowCount() == 1
    session.window.close()
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    (entry,) = store.all_checkins()
    store.close()
    assert (entry.mood.step, entry.energy.step, entry.sleep_hours) == (4, 6, 8.0)


def _answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_quitting_with_a_draft_offers_to_save_it(qtbot, session, folder, monkeypatch) -> None:
    today = _today(qtbot, session)
    today.mood.set_value(3)
    today.energy.set_value(5)
    today.note.setPlainText("almost forgot this")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    session.window.close()
    assert asked and not session.window.isVisible() and session.store is None
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    assert store.all_checkins()[0].note == "almost forgot this"
    store.close()


def test_cancel_keeps_the_window_and_the_draft(qtbot, session, monkeypatch) -> None:
    today = _today(qtbot, session)
    today.note.setPlainText("still thinking")
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    session.window.close()
    assert session.window.isVisible() and today.note.toPlainText() == "still thinking"
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    session.window.close()
    assert not session.window.isVisible()


def test_an_incomplete_draft_on_quit_stays_open_with_the_reason(qtbot, session, monkeypatch):
    today = _today(qtbot, session)
    today.note.setPlainText("no mood chosen yet")
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    session.window.close()
    assert session.window.isVisible() and "mood" in today.status.text().lower()


def test_a_full_disk_while_saving_keeps_the_form(qtbot, session, monkeypatch) -> None:
    today = _today(qtbot, session)
    today.mood.set_value(2)
    today.energy.set_value(2)
    today.note.setPlainText("important")

    def full(*_args, **_kwargs):
        raise StoreUnavailable(Unavailability.DISK_FULL)

    monkeypatch.setattr(session.store, "add_checkin", full)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in today.status.text()
    assert today.note.toPlainText() == "important" and today.mood.value() == 2


def test_todays_list_shows_each_entrys_tags_with_their_kind(qtbot, session) -> None:
    from companion.plan.examples import example_plan
    from companion.ui.today.checkin_table_model import CheckinTableModel

    today = _today(qtbot, session)
    assert session.services is not None
    session.services.plan.save(example_plan("en"), None)
    today.refresh_tag_choices()
    today.mood.set_value(4)
    today.energy.set_value(4)
    entry = today.checkin_form.tags.entry
    for typed in ("A walk around the block", "tea"):  # a tool of the plan, then a free tag
        qtbot.keyClicks(entry, typed)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert today.save() is not None
    cell = today.model.index(0, CheckinTableModel.TAGS)
    assert (
        today.model.headerData(
            CheckinTableModel.TAGS, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        == "Tags"
    )
    assert today.model.data(cell) == "⚒ A walk around the block   # tea"
    spoken = "Tool: A walk around the block, Tag: tea"
    assert today.model.data(cell, Qt.ItemDataRole.ToolTipRole) == spoken
    assert today.model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == spoken
    assert today.table.columnWidth(CheckinTableModel.TAGS) <= 260  # the note keeps its room
