"""Files through the windows: imports read only regular files, exports never go into the data
folder, never through a link, and never replace a file without asking."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import snapshot
from tests.ui.journal.test_page import _journal, _many
from tests.ui.plan.test_page import _plan_page

posix_only = pytest.mark.skipif(os.name == "nt", reason="FIFOs and symlinks: POSIX")


def _choose(monkeypatch, which: str, path) -> None:
    monkeypatch.setattr(QFileDialog, which, lambda *a, **k: (str(path), ""))


@posix_only
def test_importing_a_fifo_is_refused_at_once(qtbot, session, tmp_path, monkeypatch) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    page = _journal(qtbot, session)
    _choose(monkeypatch, "getOpenFileName", fifo)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)  # returns: no writer needed
    assert page.import_dialog is None and "not a regular file" in page.status.text()


def test_importing_a_folder_or_a_huge_file_is_refused(qtbot, session, tmp_path, monkeypatch):
    page = _journal(qtbot, session)
    _choose(monkeypatch, "getOpenFileName", tmp_path)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "not a regular file" in page.status.text()
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(512 * 1024 * 1024)
    _choose(monkeypatch, "getOpenFileName", huge)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.import_dialog is None and "32 MiB" in page.status.text()


def test_csv_export_into_the_data_folder_is_refused(qtbot, session, folder, monkeypatch) -> None:
    page = _journal(qtbot, session, _many(3))
    before = snapshot(folder.root)
    for name in ("companion.key", "companion.db", "export.csv"):
        _choose(monkeypatch, "getSaveFileName", folder.root / name)
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert "data folder" in page.status.text()
    assert snapshot(folder.root) == before


@posix_only
def test_csv_export_replaces_a_link_instead_of_writing_through_it(
    qtbot, session, folder, tmp_path, monkeypatch
) -> None:
    page = _journal(qtbot, session, _many(3))
    key_link = tmp_path / "key.csv"
    key_link.symlink_to(folder.key_file)
    before = snapshot(folder.root)
    _choose(monkeypatch, "getSaveFileName", key_link)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "data folder" in page.status.text() and snapshot(folder.root) == before
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    _choose(monkeypatch, "getSaveFileName", link)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert target.read_text() == "keep me" and not link.is_symlink()
    assert link.read_text(encoding="utf-8-sig").startswith("id,at_utc")


def test_plan_export_refuses_the_data_folder_and_asks_before_replacing(
    qtbot, session, folder, tmp_path, monkeypatch
) -> None:
    page = _plan_page(qtbot, session)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = session.export_dialog
    dialog.format.setCurrentIndex(dialog.format.findData(".md"))
    before = snapshot(folder.root)
    _choose(monkeypatch, "getSaveFileName", folder.root / "plan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "data folder" in dialog.status.text() and snapshot(folder.root) == before

    existing = tmp_path / "plan.md"
    existing.write_text("my own notes")
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply

        return question

    _choose(monkeypatch, "getSaveFileName", tmp_path / "plan")  # the dialog adds ".md"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked and "plan.md" in asked[0] and existing.read_text() == "my own notes"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and existing.read_text() != "my own notes"
    assert "Saved" in dialog.status.text()

    # A name the file dialog itself confirmed is not asked about twice.
    _choose(monkeypatch, "getSaveFileName", existing)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2


def test_plan_export_into_a_missing_folder_says_so(qtbot, session, tmp_path, monkeypatch):
    page = _plan_page(qtbot, session)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = session.export_dialog
    _choose(monkeypatch, "getSaveFileName", tmp_path / "gone" / "plan.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "folder does not exist" in dialog.status.text()
    assert not (tmp_path / "gone").exists()


def test_the_file_dialogs_confirm_overwriting(qtbot, session, monkeypatch) -> None:
    """Both save dialogs use QFileDialog.getSaveFileName without DontConfirmOverwrite, so Qt
    (or the platform's dialog) asks before replacing the file that was chosen."""
    seen: list[object] = []

    def record(*args, **kwargs):
        seen.append(kwargs.get("options", args[4] if len(args) > 4 else None))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", record)
    page = _journal(qtbot, session)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    session.window.navigation.setCurrentRow(2)
    qtbot.mouseClick(session.window.plan.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(session.export_dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    for options in seen:
        assert options is None or not (options & QFileDialog.Option.DontConfirmOverwrite)
