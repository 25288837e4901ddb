"""The Plan page through its widgets: add, edit, reorder, delete and undo, autosave, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.ui.conftest import commit_text, create_through_welcome, focused


def _plan_page(qtbot, session):
    create_through_welcome(qtbot, session)
    window = session.window
    window.navigation.setCurrentRow(2)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.plan


def _texts(list_editor) -> list[str]:
    model = list_editor.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def _add(qtbot, list_editor, text: str) -> None:
    list_editor.new_text.setFocus()
    if text.isascii():
        qtbot.keyClicks(list_editor.new_text, text)
    else:
        commit_text(list_editor.new_text, text)
    qtbot.keyClick(list_editor.new_text, Qt.Key.Key_Return)


def _open_cell_editor(qtbot, list_editor, row: int = 0):
    """Select a row and press F2, as a person would; returns the cell's editor."""
    list_editor.table.setFocus()
    list_editor.table.setCurrentIndex(list_editor.model.index(row, 0))
    qtbot.keyClick(list_editor.table, Qt.Key.Key_F2)
    return focused()


def _stored_plan(folder):
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        current = store.current_plan()
        return current.plan if current else None, store.plan_versions()
    finally:
        store.close()


def test_add_reorder_delete_and_undo_through_the_widgets(qtbot, session) -> None:
    page = _plan_page(qtbot, session)
    tools = page.show_section("toolbox").lists["tools"]
    for text in ("walk", "tea", "散歩 🌿"):
        _add(qtbot, tools, text)
    assert _texts(tools) == ["walk", "tea", "散歩 🌿"]

    # Keyboard reorder: select "walk", Alt+Down twice.
    tools.table.setFocus()
    tools.table.setCurrentIndex(tools.model.index(0, 0))
    qtbot.keyClick(tools.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tools.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _texts(tools) == ["tea", "散歩 🌿", "walk"]
    assert tools.current_entry().text("text") == "walk"

    # Drag and drop: "walk" onto the top.
    mime = tools.model.mimeData([tools.model.index(2, 0)])
    tools.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, tools.model.index(-1, -1))
    assert _texts(tools) == ["walk", "tea", "散歩 🌿"]

    # Delete removes, Ctrl+Z brings it back in place.
    tools.table.setCurrentIndex(tools.model.index(1, 0))
    qtbot.keyClick(tools.table, Qt.Key.Key_Delete)
    assert _texts(tools) == ["walk", "散歩 🌿"]
    qtbot.keyClick(tools.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _texts(tools) == ["walk", "tea", "散歩 🌿"]
    page.undo_stack.redo()
    assert _texts(tools) == ["walk", "散歩 🌿"]


def test_edit_in_place(qtbot, session, folder) -> None:
    page = _plan_page(qtbot, session)
    tools = page.show_section("toolbox").lists["tools"]
    _add(qtbot, tools, "walk")
    editor = _open_cell_editor(qtbot, tools)
    editor.selectAll()
    qtbot.keyClicks(editor, "long walk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _texts(tools) == ["long walk"])  # the delegate commits queued
    page.flush()
    plan, _ = _stored_plan(folder)
    assert plan.entries("toolbox", "tools")[0].text("text") == "long walk"


def test_structured_supporter_with_consent(qtbot, session) -> None:
    page = _plan_page(qtbot, session)
    supporters = page.show_section("crisis").lists["supporters"]
    _add(qtbot, supporters, "山田 花子")
    model = supporters.model
    consent = model.index(0, 4)
    model.setData(consent, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, 5), "2026-11-29")
    model.setData(model.index(0, 2), "090-0000-0000")
    entry = page.plan.entries("crisis", "supporters")[0]
    assert entry.get("consent") is True and entry.get("consent_date") == "2026-11-29"
    model.setData(model.index(0, 5), "29.11.2026")
    assert "year-month-day" in page.status.text()
    assert page.plan.entries("crisis", "supporters")[0].get("consent_date") == "2026-11-29"


def test_autosave_on_lock_keeps_everything(qtbot, session, folder) -> None:
    page = _plan_page(qtbot, session)
    tools = page.show_section("toolbox").lists["tools"]
    _add(qtbot, tools, "breathe")
    assert page.autosave.isActive()  # not yet saved: the timer is running
    session.lock()
    plan, versions = _stored_plan(folder)
    assert [e.text("text") for e in plan.entries("toolbox", "tools")] == ["breathe"]
    assert len(versions) == 1
    assert _texts(tools) == []  # nothing left on screen while locked


def test_autosave_after_a_pause(qtbot, session, folder) -> None:
    page = _plan_page(qtbot, session)
    _add(qtbot, page.show_section("toolbox").lists["tools"], "stretch")
    qtbot.waitUntil(lambda: not page._dirty, timeout=3000)
    plan, _ = _stored_plan(folder)
    assert plan.entries("toolbox", "tools")[0].text("text") == "stretch"


def test_rename_a_heading_and_reset_it(qtbot, session) -> None:
    page = _plan_page(qtbot, session)
    editor = page.show_section("daily")
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    editor.heading_edit.selectAll()
    qtbot.keyClicks(editor.heading_edit, "Daily Plan")
    qtbot.keyClick(editor.heading_edit, Qt.Key.Key_Return)
    assert editor.heading.text() == "Daily Plan"
    assert page.sections.item(1).text() == "Daily Plan"
    assert editor.reset_button.isVisible()
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert editor.heading.text() == "Daily Maintenance Plan"


def test_empty_plan_invites_and_the_example_can_be_deleted(qtbot, session) -> None:
    page = _plan_page(qtbot, session)
    assert page.invitation.isVisible()
    qtbot.mouseClick(page.example_button, Qt.MouseButton.LeftButton)
    assert not page.invitation.isVisible()
    tools = page.show_section("toolbox").lists["tools"]
    assert _texts(tools)
    while tools.model.rowCount():
        tools.table.setCurrentIndex(tools.model.index(0, 0))
        tools.remove_current()
    assert _texts(tools) == []


def test_history_shows_changes_and_restore_makes_a_new_version(
    qtbot, session, folder, monkeypatch
) -> None:
    page = _plan_page(qtbot, session)
    tools = page.show_section("toolbox").lists["tools"]
    _add(qtbot, tools, "walk")
    session.lock()  # one editing session ends ...
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    tools.table.setCurrentIndex(tools.model.index(0, 0))
    tools.remove_current()  # ... and the next one removes the walk
    _add(qtbot, tools, "tea")
    session.show_plan_history()
    history = session.history_dialog
    assert history.list.count() == 2
    shown = history.changes.toPlainText()
    assert "+ tea" in shown and "− walk" in shown
    history.list.setCurrentRow(1)  # the older version
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)
    assert history.list.count() == 3
    assert _texts(tools) == ["walk"]
    _plan, versions = _stored_plan(folder)
    assert [v.reason for v in versions] == ["edit", "edit", "restore"]
    history.close()


def test_lock_while_typing_in_a_cell_keeps_the_text(qtbot, session, folder) -> None:
    page = _plan_page(qtbot, session)
    tools = page.show_section("toolbox").lists["tools"]
    _add(qtbot, tools, "walk")
    editor = _open_cell_editor(qtbot, tools)
    editor.selectAll()
    qtbot.keyClicks(editor, "walk by the river")
    session.lock()  # no Enter: the open editor is committed and saved on lock
    plan, _ = _stored_plan(folder)
    assert plan.entries("toolbox", "tools")[0].text("text") == "walk by the river"


def test_emptying_an_entry_removes_it_undoably(qtbot, session) -> None:
    page = _plan_page(qtbot, session)
    tools = page.show_section("toolbox").lists["tools"]
    _add(qtbot, tools, "walk")
    editor = _open_cell_editor(qtbot, tools)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _texts(tools) == [])
    assert "Ctrl+Z" in page.status.text()
    page.undo_stack.undo()
    assert _texts(tools) == ["walk"]


def test_export_dialog_saves_a_supporter_copy_and_markdown(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = _plan_page(qtbot, session)
    supporters = page.show_section("crisis").lists["supporters"]
    _add(qtbot, supporters, "Aiko")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = session.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.supporter.setChecked(True)
    target = tmp_path / "copy"  # no suffix: the dialog adds .pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "copy.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"

    dialog.format.setCurrentIndex(dialog.format.findData(".md"))
    assert not dialog.supporter.isEnabled() and dialog.whole.isChecked()
    dialog.chosen.setChecked(True)
    for key, box in dialog.section_boxes.items():
        box.setChecked(key == "crisis")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "c.md"), "")
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert "Aiko" in text and "Wellness Toolbox" not in text


def test_export_dialog_tells_through_its_message_line(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    """A problem is a calm banner to look at, gone once the choice changes; saved is done."""
    from PySide6.QtWidgets import QFileDialog

    from companion.ui.common.message_line import MessageLine

    page = _plan_page(qtbot, session)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = session.export_dialog
    assert isinstance(dialog.status, MessageLine) and dialog.status.isHidden()
    dialog.chosen.setChecked(True)
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Choose at least one section."
    assert dialog.status.severity == "attention" and not dialog.status.isHidden()
    next(iter(dialog.section_boxes.values())).setChecked(True)  # the cause is fixed
    assert dialog.status.isHidden() and dialog.status.text() == ""
    target = tmp_path / "plan.md"
    dialog.format.setCurrentIndex(dialog.format.findData(".md"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert dialog.status.text() == f"Saved: {target}" and dialog.status.severity == "done"
    dialog.close()


def test_quitting_saves_the_plan_at_once(qtbot, session, folder) -> None:
    page = _plan_page(qtbot, session)
    _add(qtbot, page.show_section("post_crisis").lists["needs"], "quiet mornings")
    assert page.autosave.isActive()
    session.window.close()
    plan, _ = _stored_plan(folder)
    assert plan.entries("post_crisis", "needs")[0].text("text") == "quiet mornings"


def test_the_supporter_copy_carries_the_name_given_once(
    qtbot, session, folder, tmp_path, monkeypatch
) -> None:
    """The name is optional, asked in the export dialog, printed under the title when given,
    kept in the encrypted store (not in the plain preferences) and offered again next time."""
    from PySide6.QtWidgets import QFileDialog

    from companion import settings
    from tests.ui.plan.test_pdf import _text

    page = _plan_page(qtbot, session)
    _add(qtbot, page.show_section("crisis").lists["supporters"], "Aiko")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = session.export_dialog
    assert dialog.owner_name.text() == "" and not dialog.owner_name.isEnabled()
    dialog.supporter.setChecked(True)
    assert dialog.owner_name.isEnabled()
    assert dialog.owner_label.text().replace("&", "") == "Your name (optional):"
    qtbot.keyClicks(dialog.owner_name, "  Mika   Tanaka ")
    target = tmp_path / "named.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "This plan belongs to Mika Tanaka" in _text(target)
    assert session.store.setting(settings.PLAN_OWNER_NAME) == "Mika Tanaka"
    for path in folder.root.rglob("*"):
        if path.is_file() and path.suffix != ".db" and "companion.db" not in path.name:
            assert b"Tanaka" not in path.read_bytes(), path.name  # kept encrypted only
    dialog.close()

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    again = session.export_dialog
    assert again is not dialog and again.owner_name.text() == "Mika Tanaka"  # asked once
    again.supporter.setChecked(True)
    again.owner_name.clear()  # no name: nothing printed in its place
    unnamed = tmp_path / "unnamed.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(unnamed), ""))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    text = _text(unnamed)
    assert "belongs to" not in text and "Tanaka" not in text
    assert "copy for my supporters" in text
    assert session.store.setting(settings.PLAN_OWNER_NAME) == ""

    whole = tmp_path / "whole.pdf"  # the whole plan never carries the name
    again.owner_name.setText("Mika Tanaka")
    again.whole.setChecked(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(whole), ""))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert "Tanaka" not in _text(whole)
    assert session.store.setting(settings.PLAN_OWNER_NAME) == ""


def test_a_message_about_something_to_fix_goes_once_it_is_fixed(qtbot, session) -> None:
    page = _plan_page(qtbot, session)
    supporters = page.show_section("crisis").lists["supporters"]
    _add(qtbot, supporters, "山田 花子")
    model = supporters.model
    model.setData(model.index(0, 5), "29.11.2026")
    assert "year-month-day" in page.status.text()
    assert page.status.severity == "attention" and not page.status.isHidden()
    model.setData(model.index(0, 5), "2026-11-29")  # the date, fixed
    assert "year-month-day" not in page.status.text()
    assert page.status.severity != "attention"
    page.flush()
    assert page.status.text() == "All changes saved." and page.status.severity == "done"

    # A refused new entry stays in its field, and the message goes as soon as it is retyped.
    tools = page.show_section("toolbox").lists["tools"]
    page.add_entry("toolbox", "tools", "walk \ud800")
    assert "cannot be saved" in page.status.text() and page.status.severity == "attention"
    assert tools.new_text.text().startswith("walk")
    tools.new_text.setFocus()
    qtbot.keyClick(tools.new_text, Qt.Key.Key_Backspace)
    assert page.status.isHidden() and page.status.text() == ""


def test_the_plan_page_has_a_title(qtbot, session) -> None:
    page = _plan_page(qtbot, session)
    assert page.title.text() == "My wellness plan" and page.title.isVisible()
    assert page.title.font().pointSizeF() > page.font().pointSizeF()
