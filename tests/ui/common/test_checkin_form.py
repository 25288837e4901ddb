"""The one check-in form, in Today and in the Edit dialog: nothing clipped at the dialog's own
size or at 900×600 in either language, Qt's own button words, and the field at fault named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from companion.errors import InvalidEntry
from companion.journal.checkin import CheckIn, Tag, new_checkin
from companion.limits import MAX_NOTE_CHARS
from companion.ui.common.i18n import apply_language
from companion.ui.common.scale_picker import StepButton, preferred_breaks
from companion.ui.journal.edit_dialog import CheckinEditDialog


@pytest.fixture(params=["en", "ja"])
def language(request, qapp):
    apply_language(request.param)
    yield request.param
    apply_language("en")


def _entry(mood_steps: int = 7, energy: int | None = 2) -> CheckIn:
    return new_checkin(
        at=datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
        zone="Asia/Tokyo",
        mood=3,
        energy=energy,
        mood_steps=mood_steps,
        sleep_hours=7.5,
        note="川沿いを散歩 🌊",
        tags=(Tag("tag", "散歩"),),
    )


def _inside(child: QWidget, window: QWidget) -> bool:
    top_left = child.mapTo(window, child.rect().topLeft())
    return window.rect().contains(top_left) and window.rect().contains(
        top_left + child.rect().bottomRight()
    )


def _nothing_clipped(dialog: CheckinEditDialog) -> None:
    QApplication.processEvents()
    for picker in (dialog.mood, dialog.energy):
        assert _inside(picker, dialog), picker.objectName()
        for button in picker.buttons:
            assert button.width() >= button.minimumSizeHint().width(), button.text()
            assert button.height() >= button.heightForWidth(button.width()), button.text()
    buttons = dialog.buttons.geometry()
    assert not buttons.intersects(dialog.error.geometry())
    assert _inside(dialog.save_button, dialog) and _inside(dialog.cancel_button, dialog)


@pytest.mark.parametrize("mood_steps", [5, 7, 10])
def test_the_edit_dialog_clips_no_step_name(qtbot, language, mood_steps) -> None:
    dialog = CheckinEditDialog(_entry(mood_steps), [], ["散歩"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= dialog.minimumSizeHint().width()
    _nothing_clipped(dialog)
    dialog.error.setText(dialog.checkin_form.explain(InvalidEntry("note", "too long")))
    dialog.resize(900, 600)
    _nothing_clipped(dialog)


def test_the_dialog_uses_qts_own_button_words_in_japanese(qtbot, language) -> None:
    dialog = CheckinEditDialog(_entry(), [], [])
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert save is dialog.save_button and save.objectName() == "saveEdit"
    expected = {"en": ("Save", "Cancel"), "ja": ("保存", "キャンセル")}[language]
    assert (save.text().replace("&", ""), cancel.text().replace("&", "")) == expected


def test_a_note_too_long_stays_on_screen_and_has_the_focus(qtbot, english) -> None:
    dialog = CheckinEditDialog(_entry(), [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    long_note = "あ" * (MAX_NOTE_CHARS + 1)
    dialog.note.setPlainText(long_note)
    dialog.save_button.click()
    assert dialog.result_entry is None and dialog.isVisible()
    assert dialog.note.toPlainText() == long_note and dialog.focusWidget() is dialog.note
    assert "100,000" in dialog.error.text()


def test_an_unpicked_mood_points_at_the_mood(qtbot, english) -> None:
    dialog = CheckinEditDialog(_entry(), [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.mood.set_value(None)
    dialog.save_button.click()
    assert dialog.result_entry is None and dialog.focusWidget() is dialog.mood
    assert "mood" in dialog.error.text()


def test_japanese_step_names_break_after_a_word_of_degree() -> None:
    def shown(name: str) -> str:
        return preferred_breaks(name).replace("\u2060", "").replace("\u200b", "|")

    assert shown("とてもつらい") == "とても|つらい"
    assert shown("まあまあ良い") == "まあまあ|良い"
    assert shown("元気いっぱい") == "元気|いっぱい"
    assert shown("ふつう") == "ふつう"
    assert preferred_breaks("Full of energy") == "Full of energy"


def test_a_narrow_step_button_wraps_its_name_rather_than_cutting_it(qtbot, english) -> None:
    button = StepButton()
    qtbot.addWidget(button)
    button.set_step(7, "Full of energy")
    narrow = button.minimumSizeHint().width()
    assert narrow < button.sizeHint().width()
    assert button.heightForWidth(narrow) > button.heightForWidth(button.sizeHint().width())
