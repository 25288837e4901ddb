"""The tag picker: Enter takes the open suggestion, each plan item is offered once with its
kind, and chips are removed from the keyboard (Delete on a chip, Backspace in the empty field)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.journal.checkin import Tag
from companion.ui.common.tag_picker import TagPicker

WALK = Tag("tool", "A walk")


def picker(qtbot, english) -> TagPicker:
    shown = TagPicker()
    qtbot.addWidget(shown)
    shown.set_choices([WALK, Tag("trigger", "Noise")], ["A walk", "rest day"])
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def test_enter_takes_the_suggestion_while_the_list_is_open(qtbot, english) -> None:
    tags = picker(qtbot, english)
    tags.entry.setFocus()
    qtbot.keyClicks(tags.entry, "wal")
    qtbot.waitUntil(tags.popup.isVisible)
    qtbot.keyClick(tags.popup, Qt.Key.Key_Return)
    assert tags.tags() == (WALK,)
    assert tags.entry.text() == ""


def test_enter_without_a_suggestion_keeps_a_free_tag(qtbot, english) -> None:
    tags = picker(qtbot, english)
    qtbot.keyClicks(tags.entry, "sunshine")
    qtbot.keyClick(tags.entry, Qt.Key.Key_Return)
    assert tags.tags() == (Tag("tag", "sunshine"),)


def test_a_plan_item_is_offered_once_with_its_kind(qtbot, english) -> None:
    tags = picker(qtbot, english)
    offered = tags.completer.model().stringList()
    assert "Tool: A walk" in offered and "Tag: A walk" not in offered
    assert "Tag: rest day" in offered


def test_chips_are_removed_from_the_keyboard(qtbot, english) -> None:
    tags = picker(qtbot, english)
    assert tags.chosen.isHidden()
    assert tags.chosen.focusPolicy() == Qt.FocusPolicy.NoFocus
    for tag in (WALK, Tag("trigger", "Noise"), Tag("tag", "rest day")):
        tags.add(tag)
    assert not tags.chosen.isHidden()
    assert tags.chosen.focusPolicy() == Qt.FocusPolicy.TabFocus  # Tab reaches the chips
    tags.entry.setFocus()
    qtbot.keyClick(tags.entry, Qt.Key.Key_Down)  # from the empty field to the chips
    assert tags.chosen.hasFocus() and tags.chosen.currentRow() == 0
    qtbot.keyClick(tags.chosen, Qt.Key.Key_Right)
    assert tags.chosen.currentRow() == 1
    qtbot.keyClick(tags.chosen, Qt.Key.Key_Delete)
    assert tags.tags() == (WALK, Tag("tag", "rest day"))
    qtbot.keyClick(tags.chosen, Qt.Key.Key_Backspace)
    assert tags.tags() == (WALK,)
    tags.entry.setFocus()
    qtbot.keyClick(tags.entry, Qt.Key.Key_Backspace)
    assert tags.tags() == ()
    assert tags.chosen.isHidden()


def test_a_click_on_the_remove_mark_removes_the_chip(qtbot, english) -> None:
    tags = picker(qtbot, english)
    tags.add(WALK)
    rect = tags.chosen.visualItemRect(tags.chosen.item(0))
    qtbot.mouseClick(
        tags.chosen.viewport(),
        Qt.MouseButton.LeftButton,
        pos=rect.center().__class__(rect.right() - 4, rect.center().y()),
    )
    assert tags.tags() == ()
