"""Today and the Journal at 900×600 with a store as full as the demo's: several check-ins
today with tags and notes, the nudge and a reminder showing; in English and Japanese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QStyle

from companion.clock import local_today
from companion.journal.checkin import Tag
from companion.plan.examples import example_plan
from companion.reminders.engine import Occurrence
from companion.reminders.model import ReminderKind
from companion.services.journal import CheckinForm
from companion.services.store_services import StoreServices
from companion.store import Store
from companion.ui.common.design import Theme, apply_theme
from companion.ui.common.i18n import apply_language
from companion.ui.journal.page import NOTE_MIN_WIDTH
from companion.ui.journal.table_model import JournalTableModel
from companion.ui.main_window import MainWindow
from tests.ui.test_look import clipped_labels

ZONE = "Asia/Tokyo"
LONG_NOTE = (
    "Walked in the park after lunch, then a long call with my sister about the weekend; "
    "slept badly again but the morning was calmer than yesterday."
)


@pytest.fixture
def full_store(store: Store) -> StoreServices:
    """What `companion demo` leaves in a store, in small: a plan, check-ins on the last days
    with tools, triggers, signs and own tags, and signs on two of the last three days (so the
    nudge shows)."""
    services = StoreServices(store)
    services.plan.save(example_plan("en"), None)
    now = datetime.now(UTC)
    for days_ago, signs in ((2, ()), (1, ("Not sleeping for two nights",))):
        at = now - timedelta(days=days_ago)
        tags = (
            Tag("tool", "A walk around the block"),
            Tag("trigger", "Hearing a story close to my own"),
            *(Tag("breaking", sign) for sign in signs),
        )
        services.journal.save(CheckinForm(5, 4, "6.5", LONG_NOTE, tags), ZONE, at=at)
    today = (
        (4, 5, "7", "A slow morning", (Tag("tag", "work"), Tag("tag", "supervision"))),
        (6, 6, "", LONG_NOTE, (Tag("tool", "Call a friend"), Tag("tag", "family dinner"))),
        (3, 2, "", "Tired after the meeting.", (Tag("breaking", "Cancelling plans"),)),
        (5, 5, "", "", ()),
    )
    for mood, energy, sleep, note, tags in today:
        services.journal.save(CheckinForm(mood, energy, sleep, note, tags), ZONE)
    return services


@pytest.fixture
def window_at_900(qtbot, full_store, request) -> Iterator[MainWindow]:
    language = request.param
    apply_language(language)
    apply_theme(Theme.LIGHT)
    window = MainWindow(ZONE, keychain_available=lambda: False)
    qtbot.addWidget(window)
    window.attach(full_store)
    now = datetime.now(UTC)
    due = Occurrence("check-in", ReminderKind.CHECK_IN, now, local_today(ZONE, now))
    window.today.reminders.add_due([due])
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.today.clear_form()
    window.detach()
    apply_language("en")


@pytest.mark.parametrize("window_at_900", ["en", "ja"], indirect=True)
def test_today_fits_600_pixels_high_with_the_nudge_and_a_reminder(qtbot, window_at_900) -> None:
    window = window_at_900
    today = window.today
    qtbot.wait(50)  # layouts settle
    assert not today.nudge.isHidden() and not today.reminders.isHidden()
    assert today.model.rowCount() == 4
    assert window.minimumSizeHint().height() <= 600
    assert window.height() <= 600 and window.width() <= 900
    # The check-in comes first and is whole: every field and the Save button in view.
    viewport = today.scroller.viewport()
    for part in (today.checkin_form, today.save_button):
        top = part.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + part.height() <= viewport.height(), part.objectName()
    form = today.checkin_form
    assert form.height() >= form.minimumSizeHint().height()  # the step buttons not squeezed
    assert clipped_labels(today) == []
    # The banners and the list are below it, reached by scrolling the page.
    today.scroller.ensureWidgetVisible(today.list_stack)
    qtbot.wait(20)
    top = today.list_stack.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height()
    assert today.table.height() >= 4 * today.table.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("window_at_900", ["en", "ja"], indirect=True)
def test_journal_columns_show_the_whole_moment_and_the_note_at_900(qtbot, window_at_900) -> None:
    window = window_at_900
    window.navigation.setCurrentRow(1)
    qtbot.wait(50)
    journal = window.journal
    table, header = journal.table, journal.table.horizontalHeader()
    model = journal.model
    assert model.rowCount() == 6
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    for row in range(model.rowCount()):
        shown = model.index(row, JournalTableModel.WHEN).data()
        needed = table.fontMetrics().horizontalAdvance(shown) + 2 * margin
        assert needed <= header.sectionSize(JournalTableModel.WHEN), shown
    note = JournalTableModel.NOTE
    assert header.sectionSize(note) >= NOTE_MIN_WIDTH
    right = header.sectionViewportPosition(note) + header.sectionSize(note)
    assert right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    # A wider window gives the room to the note, not to the tags.
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    assert header.sectionSize(note) > header.sectionSize(JournalTableModel.TAGS)
    assert table.horizontalScrollBar().maximum() == 0
