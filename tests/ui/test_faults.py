"""Faults while the window is open: the disk fills on the Nth write statement or the Nth
commit. The window keeps what was typed and says what happened; nothing partial is stored, and
saving again once there is room stores everything exactly once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from companion.journal.checkin import Tag
from companion.paths import DataFolder
from companion.plan.model import make_entry
from companion.plan.schema import section
from companion.services.journal import CheckinForm
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.store import test_disk_trouble as disk_trouble
from tests.store.faults import Faults
from tests.ui.conftest import create_through_welcome

DISK_FULL_WORDS = "The disk is full"
ROOT = Path(__file__).resolve().parents[2]
filled = disk_trouble.filled  # the fixture: a store with 119 check-ins


@pytest.fixture
def window_with_faults(qtbot, session):
    create_through_welcome(qtbot, session)
    faults = Faults(session.store._engine)
    yield session, faults
    faults.remove()


def _form(note: str) -> CheckinForm:
    tags = (Tag("tag", "fresh tag one"), Tag("tag", "fresh tag two"))
    return CheckinForm(mood=4, energy=3, sleep_text="6.5", note=note, tags=tags)


def test_a_check_in_failing_at_each_of_its_writes_stores_nothing_partial(
    window_with_faults,
) -> None:
    session, faults = window_with_faults
    today, journal = session.window.today, session.services.journal
    write = 1
    while True:
        faults.arm(write=write)
        today.restore_form(_form("words that must not be lost"))
        saved = today.save()
        if faults.failed == 0:
            break  # past the last write of a check-in: it went through
        assert saved is None
        assert today.note.toPlainText() == "words that must not be lost"
        assert today.form().tags == _form("").tags and today.form().mood == 4
        assert DISK_FULL_WORDS in today.status.text()
        assert journal.every() == [] and journal.tag_labels() == []  # no half entry, no tag
        write += 1
    assert write > 2  # a check-in with tags is several writes; each one was failed once
    (entry,) = journal.every()
    assert entry.note == "words that must not be lost"
    assert sorted(tag.label for tag in entry.tags) == ["fresh tag one", "fresh tag two"]
    assert today.form_is_empty()


@pytest.mark.parametrize("failing_commit", [1, 2, 3, 4, 5])
def test_the_nth_commit_failing_loses_nothing(window_with_faults, failing_commit) -> None:
    session, faults = window_with_faults
    window = session.window
    today, plan_page = window.today, window.plan
    tools = section("toolbox").list_spec("tools")
    entry = make_entry(tools, {"text": "a walk by the river"})
    faults.arm(commit=failing_commit)

    today.restore_form(_form("first"))
    first = today.save()
    if first is None:  # still on screen, with the reason
        assert today.note.toPlainText() == "first" and DISK_FULL_WORDS in today.status.text()
    plan_page.change(plan_page.plan.with_entries("toolbox", "tools", (entry,)), "add")
    plan_saved = plan_page.flush()
    today.restore_form(_form("second"))
    second = today.save()
    assert faults.failed == 1  # one of these commits failed, whichever it was

    if not plan_saved:
        assert plan_page.plan.entries("toolbox", "tools") == (entry,)
        assert DISK_FULL_WORDS in plan_page.status.text()
    if second is None:
        assert today.note.toPlainText() == "second"
    else:
        assert today.form_is_empty()

    # Nothing partial: what was stored is whole; then everything is saved once there is room.
    faults.arm()
    journal = session.services.journal
    stored = {checkin.note: checkin for checkin in journal.every()}
    for checkin in stored.values():
        assert len(checkin.tags) == 2
    assert ("first" in stored) == (first is not None)
    assert ("second" in stored) == (second is not None)
    if first is None:
        today.restore_form(_form("first"))
        assert today.save() is not None
    if second is None:
        assert today.save() is not None
    assert plan_page.flush()
    notes = sorted(checkin.note for checkin in journal.every())
    assert notes == ["first", "second"]
    assert session.services.plan.current().entries("toolbox", "tools") == (entry,)


def test_a_disk_filling_while_the_window_is_open_keeps_the_words(filled, tmp_path) -> None:
    """A tiny tmpfs in a private mount namespace (as tests/store/test_disk_trouble.py does for
    the commands), filled once the store is open: the window says the disk is full and keeps
    what was typed, and the store copied back out holds nothing of it."""
    results = tmp_path / "results"
    results.mkdir()
    mount = tmp_path / "small-disk"
    mount.mkdir()
    inside = mount / "data"
    after = tmp_path / "after"
    size_kib = sum(path.stat().st_size for path in filled.root.iterdir()) // 1024 + 256
    child = f"cd '{ROOT}' && PYTHONPATH='{ROOT}' '{sys.executable}' -m tests.trust.full_disk_window"
    script = "; ".join(
        [
            f"mount -t tmpfs -o size={size_kib}k tmpfs '{mount}'",
            f"cp -a '{filled.root}' '{inside}'",
            f"{child} '{inside}' '{mount}/filler' >'{results}/out' 2>'{results}/err' || true",
            f"cp -a '{inside}' '{after}'",
        ]
    )
    ran = disk_trouble._namespace(script, tmp_path)
    assert ran.returncode == 0, ran.stderr
    out = (results / "out").read_text("utf-8")
    assert "checkin kept True" in out, out + (results / "err").read_text("utf-8")
    assert "checkin-status The disk is full." in out
    assert "plan kept 1" in out and "plan-status The disk is full." in out
    store = open_store(DataFolder(after), unlock_with_passphrase(DataFolder(after), PASSPHRASE))
    try:
        assert store.count_checkins() == 119
        assert store.current_plan().plan.entry_count() == 0
    finally:
        store.close()
