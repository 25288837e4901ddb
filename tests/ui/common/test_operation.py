"""The UI's one failure handler: a StoreProblem from a service becomes the calm message in the
page's status line or the dialog's error line; nothing escapes the slot, nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from companion.errors import StoreUnavailable, Unavailability
from companion.services.plan import PlanService
from companion.services.settings import SettingsService
from companion.ui.common.messages import problem_text
from companion.ui.common.operation import attempt, succeeded
from tests.ui.conftest import create_through_welcome

DISK_FULL = StoreUnavailable(Unavailability.DISK_FULL)


def _disk_full(*_args, **_kwargs):
    raise StoreUnavailable(Unavailability.DISK_FULL)


def test_a_problem_in_a_slot_becomes_the_message_and_does_not_escape(qtbot, english) -> None:
    status = QLabel()
    button = QPushButton()
    qtbot.addWidget(status)
    qtbot.addWidget(button)
    results: list[object] = []
    button.clicked.connect(lambda: results.append(attempt(_disk_full, status)))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # pytest-qt fails on an escaped error
    assert results == [None]
    assert status.text() == problem_text(DISK_FULL) and "disk is full" in status.text()


def test_the_message_can_go_to_a_function_and_success_passes_through(qtbot, english) -> None:
    said: list[str] = []
    assert not succeeded(_disk_full, said.append)
    assert said == [problem_text(DISK_FULL)]
    assert attempt(lambda: 42, said.append) == 42 and len(said) == 1
    assert succeeded(lambda: None, said.append)


def test_a_bug_is_not_mistaken_for_a_store_problem(qtbot) -> None:
    status = QLabel()
    qtbot.addWidget(status)
    with pytest.raises(ZeroDivisionError):
        attempt(lambda: 1 / 0, status)
    assert status.text() == ""


def test_settings_that_cannot_be_saved_say_why_and_stay_open(qtbot, session, monkeypatch):
    create_through_welcome(qtbot, session)
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    dialog.mood_steps.setCurrentIndex(dialog.mood_steps.findData(10))
    monkeypatch.setattr(SettingsService, "save_scales", _disk_full)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == problem_text(DISK_FULL)
    assert dialog.mood_steps.currentData() == 10  # the choice is still on screen
    assert len(session.window.today.mood.buttons) == 7


def test_an_example_plan_that_cannot_be_saved_is_not_shown(qtbot, session, monkeypatch):
    create_through_welcome(qtbot, session)
    page = session.window.plan
    monkeypatch.setattr(PlanService, "save_new_version", _disk_full)
    page.start_from_example()
    assert page.status.text() == problem_text(DISK_FULL) and page.plan.is_empty()


def test_a_plan_edit_that_cannot_be_saved_stays_on_screen(qtbot, session, monkeypatch):
    create_through_welcome(qtbot, session)
    page = session.window.plan
    page.start_from_example()
    monkeypatch.setattr(PlanService, "save", _disk_full)
    edited = page.plan.renamed("toolbox", "Mine")
    page.change(edited, "Rename")
    assert not page.flush()
    assert page.status.text() == problem_text(DISK_FULL) and page.plan == edited
