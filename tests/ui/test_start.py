"""A fast start: Journal and Plan are built when first shown, the keychain is asked only when the
menu opens, and a start imports neither Alembic nor the pages and dialogs it does not show."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

from PySide6.QtCore import Qt

from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.store import create_store, keychain, open_store, unlock_with_passphrase
from companion.ui.main_window import JOURNAL_ROW, PLAN_ROW, TODAY_ROW
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome

SMOKE_AND_LIST_MODULES = """
import sys
from pathlib import Path
from companion.paths import DataFolder
from companion.ui.app import run_app
assert run_app(DataFolder(Path(sys.argv[1])), smoke=True, language="en") == 0
print(" ".join(sys.modules))  # in the order they were imported
"""

# A start without COMPANION_PASSPHRASE or keychain: lists the modules imported when the unlock
# dialog is first painted, then again once the main window's modules are ready, and quits.
UNLOCK_DIALOG_AND_LIST_MODULES = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from companion.paths import DataFolder
from companion.ui.app import make_application, run_app

def ready():
    if "companion.ui.main_window" in sys.modules:
        print(" ".join(sys.modules), flush=True)
        QApplication.instance().exit(0)
    else:
        QTimer.singleShot(10, ready)

class WhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "unlockDialog":
            QApplication.instance().removeEventFilter(self)
            print(" ".join(sys.modules), flush=True)
            ready()
        return False

watcher = WhenPainted()
make_application().installEventFilter(watcher)
assert run_app(DataFolder(Path(sys.argv[1])), language="en") == 0
"""


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread


def test_journal_and_plan_are_built_when_first_shown(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    assert window.built_journal is None and window.built_plan is None
    session.store.add_checkin(
        new_checkin(at=datetime(2026, 3, 1, 9, tzinfo=UTC), zone="Asia/Tokyo", mood=4, energy=4)
    )
    window.navigation.setCurrentRow(JOURNAL_ROW)
    journal = window.built_journal
    assert journal is not None and window.pages.currentWidget() is journal
    assert journal.model.total == 1  # it got the open store when it was built
    assert window.built_plan is None
    window.navigation.setCurrentRow(PLAN_ROW)
    assert window.built_plan is not None and window.pages.currentWidget() is window.built_plan
    window.navigation.setCurrentRow(TODAY_ROW)
    assert window.pages.currentWidget() is window.today


def test_lock_and_quit_before_the_plan_page_exists(qtbot, session, folder) -> None:
    create_through_welcome(qtbot, session)
    session.lock()
    assert session.window.built_plan is None and session.store is None
    _unlock(qtbot, session)
    assert session.store.plan_versions() == []  # locking wrote no plan
    session.window.navigation.setCurrentRow(PLAN_ROW)
    page = session.window.built_plan
    assert page is not None
    page.add_entry("toolbox", "tools", "walk")  # the page works on the new store
    session.window.close()  # quitting saves the Plan page at once, now that it exists
    assert session.store is None
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        assert store.current_plan().plan.entries("toolbox", "tools")[0].text("text") == "walk"
    finally:
        store.close()


def test_a_page_built_while_locked_gets_the_store_after_unlock(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.lock()
    journal = session.window.journal  # built while no store is open
    assert journal.model.total == 0
    _unlock(qtbot, session)
    session.store.add_checkin(
        new_checkin(at=datetime(2026, 3, 1, 9, tzinfo=UTC), zone="Asia/Tokyo", mood=4, energy=4)
    )
    session.window.navigation.setCurrentRow(JOURNAL_ROW)
    assert journal.model.total == 1


def test_the_keychain_is_asked_only_when_the_menu_opens(qtbot, session, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(keychain, "recommended_backend", lambda: asked.append(1))
    create_through_welcome(qtbot, session)
    asked.clear()  # the welcome page asks, to offer automatic unlock
    window = session.window
    assert asked == []
    window.file_menu.aboutToShow.emit()
    assert asked == [1]
    assert not window.remember_action.isEnabled()  # no recommended keychain here


def test_a_start_imports_only_what_it_shows(folder: DataFolder) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    environment = dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SMOKE_AND_LIST_MODULES, str(folder.root)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    order = done.stdout.split()
    imported = set(order)
    assert "companion.ui.today.page" in imported
    # The ORM is imported before PySide6, whose import hook would slow it down.
    assert order.index("sqlalchemy.orm") < order.index("PySide6.QtCore")
    not_needed = {
        "alembic",  # the store is at the head revision
        "keyring",  # unlocked with a passphrase
        "zxcvbn",  # no new passphrase to judge
        "matplotlib",
        "companion.ui.trends.page",  # Trends and its charts wait until first shown
        "companion.charts.kinds",
        "companion.ui.journal.page",
        "companion.ui.plan.page",
        "companion.ui.plan.pdf",
        "companion.ui.plan.export_dialog",
        "companion.ui.plan.history_dialog",
        "companion.ui.settings.dialog",
    }
    assert not_needed & imported == set()


def test_the_unlock_dialog_appears_before_the_store_and_the_pages_are_imported(
    folder: DataFolder,
) -> None:
    create_store(folder, PASSPHRASE)[0].close()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("COMPANION_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "-c", UNLOCK_DIALOG_AND_LIST_MODULES, str(folder.root)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    at_the_dialog, while_typing = (set(line.split()) for line in done.stdout.splitlines())
    assert "companion.ui.unlock.dialogs" in at_the_dialog
    main_window_modules = {
        "sqlalchemy",
        "sqlalchemy.orm",
        "companion.store.lifecycle",
        "companion.ui.main_window",
        "companion.ui.today.page",
    }
    assert main_window_modules & at_the_dialog == set()
    # Then, while the person types, the main window's modules are made ready; Journal and
    # Plan still wait until they are first shown.
    assert main_window_modules <= while_typing
    later = {"companion.ui.journal.page", "companion.ui.plan.page", "alembic", "keyring"}
    assert later & while_typing == set()
