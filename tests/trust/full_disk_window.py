"""The window when the disk fills while it is open, as a child inside a private mount namespace
with a tiny tmpfs (tests/ui/test_faults.py runs it): unlock, fill the disk, type a check-in and a
plan change, save; print what the window kept and said.
Run as `python -m tests.trust.full_disk_window FOLDER FILLER` with COMPANION_PASSPHRASE set."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

NOTE = "words typed on a full disk " * 40


def fill(filler: Path) -> None:
    """Write zeros until the disk says no more."""
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(bytes(4096))
        except OSError:
            pass


def main(folder_path: str, filler: str) -> int:
    from companion.paths import DataFolder
    from companion.plan.model import make_entry
    from companion.plan.schema import section
    from companion.ui.common.i18n import apply_language
    from companion.ui.session import CompanionSession

    app = QApplication(sys.argv[:1])
    apply_language("en")
    session = CompanionSession(DataFolder(Path(folder_path)), zone="Asia/Tokyo")
    session.start()
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.secret.setText(os.environ["COMPANION_PASSPHRASE"])
    QTest.keyClick(dialog.secret, Qt.Key.Key_Return)
    deadline = time.monotonic() + 60
    while session.store is None and time.monotonic() < deadline:
        if session.problem_box is not None:
            print("unlock refused", session.problem_box.text(), flush=True)
            return 1
        app.processEvents()
        time.sleep(0.01)
    fill(Path(filler))
    window = session.window
    today = window.today
    today.mood.set_value(4)
    today.energy.set_value(2)
    today.note.setPlainText(NOTE)
    saved = today.save()
    print("checkin", "saved" if saved else "kept", today.note.toPlainText() == NOTE, flush=True)
    print("checkin-status", today.status.text(), flush=True)
    plan_page = window.plan
    entry = make_entry(section("toolbox").list_spec("tools"), {"text": NOTE.strip()})
    plan_page.change(plan_page.plan.with_entries("toolbox", "tools", (entry,)), "add")
    flushed = plan_page.flush()
    print("plan", "saved" if flushed else "kept", plan_page.plan.entry_count(), flush=True)
    print("plan-status", plan_page.status.text(), flush=True)
    today.clear_form()
    plan_page.autosave.stop()
    session.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
