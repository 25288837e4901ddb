"""A whole window session with the network refused, as a child process (audit hooks stay for
good): unlock through the dialog, write the marker through every feature, visit every page and
dialog, tick the reminders, lock, unlock, quit. Prints the network report last.

Run as `python -m tests.trust.gui_session DATA_FOLDER PASSPHRASE`; the parent points HOME, the
XDG folders and TMPDIR at its own temporary folder and then searches them for the marker."""

from __future__ import annotations

from tests.trust import network_guard

network_guard.install()  # before anything else is imported

import sys  # noqa: E402
import time  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from datetime import time as clock_time  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.trust.markers import MARKER  # noqa: E402


def wait_until(app: QApplication, done, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def unlock(app: QApplication, session, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.secret.setText(passphrase)
    QTest.keyClick(dialog.secret, Qt.Key.Key_Return)
    wait_until(app, lambda: session.store is not None and session.unlock_dialog is None)


def write_the_marker_everywhere(app: QApplication, session) -> None:  # type: ignore[no-untyped-def]
    from companion.boundaries.log import Contact, SupervisionTalk, WeeklyReview
    from companion.boundaries.rules import BoundaryRule
    from companion.boundaries.schedule import parse_schedule
    from companion.help.crisis_lines import CrisisLine
    from companion.plan.model import make_entry
    from companion.plan.schema import section
    from companion.reminders.model import PersonalReminder, Repeat
    from companion.services.hours import NewRoleDefaults
    from companion.services.journal import CheckinForm

    window, services = session.window, session.services
    today = window.today
    today.mood.set_value(3)
    today.energy.set_value(4)
    today.note.setPlainText(f"{MARKER} note")
    assert today.save() is not None  # through the form, as a person saves
    tags = services.journal.resolve_tags([("tag", [f"{MARKER} tag"]), ("tool", [MARKER])])
    form = CheckinForm(mood=2, energy=2, sleep_text="7", note="", tags=tags)
    services.journal.save(form, session.zone)

    plan_page = window.plan
    tools = section("toolbox").list_spec("tools")
    entry = make_entry(tools, {"text": f"{MARKER} plan"})
    plan_page.change(plan_page.plan.with_entries("toolbox", "tools", (entry,)), "marker")
    assert plan_page.flush()

    role = services.hours.set_hours(
        f"{MARKER} role",
        parse_schedule("Mon-Sun 00:00-23:59"),
        NewRoleDefaults(f"{MARKER} role", session.zone, None),
    )
    del role
    rule = services.boundaries.save_rule(
        BoundaryRule(text=f"{MARKER} rule", why=MARKER, phrase=MARKER)
    )
    del rule
    at = datetime.now(UTC) - timedelta(hours=1)
    services.boundaries.save_contact(
        Contact(
            at=at,
            zone=session.zone,
            minutes=20,
            channel="phone",
            load=3,
            alias=f"{MARKER} alias",
            reflection=f"{MARKER} reflection",
            for_supervision=True,
        )
    )
    services.boundaries.save_talk(
        SupervisionTalk(
            day=date.today(),
            with_whom="supervisor",
            topics=f"{MARKER} talk",
            try_next=MARKER,
            next_day=date.today() + timedelta(days=7),
        )
    )
    year, week, _ = date.today().isocalendar()
    services.boundaries.save_review(
        WeeklyReview(week=f"{year}-W{week:02d}", hard=f"{MARKER} review", rest=MARKER)
    )
    services.reminders.save_personal(
        (PersonalReminder("marker", f"{MARKER} reminder", clock_time(0, 0), Repeat.DAILY),)
    )
    services.help.save_crisis_lines(
        [CrisisLine(name=f"{MARKER} line", number="0120-000-000", notes=MARKER)]
    )


def visit_everything(app: QApplication, session) -> None:  # type: ignore[no-untyped-def]
    window = session.window
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        app.processEvents()
    journal = window.journal
    journal.search.setText(MARKER)  # a search for the marker, too
    app.processEvents()
    session.show_help_now()
    session.show_settings()
    session.show_plan_history()
    session.show_plan_export()
    session.reminder_ticker.tick()
    app.processEvents()
    for dialog in (session.settings_dialog, session.history_dialog, session.export_dialog):
        if dialog is not None:
            dialog.close()
    window.navigation.setCurrentRow(0)


def main(folder_path: str, passphrase: str) -> int:
    from companion.logs import file_log, report_bug
    from companion.paths import DataFolder
    from companion.ui.app import make_application
    from companion.ui.common.i18n import apply_language
    from companion.ui.session import CompanionSession

    app = make_application(sys.argv[:1])  # named as the app names itself: Qt's paths follow
    folder = DataFolder(Path(folder_path))
    apply_language("ja")
    with file_log(folder.log_file):
        session = CompanionSession(folder, zone="Asia/Tokyo")
        codes: list[int] = []
        session.finished.connect(codes.append)
        session.start()
        wait_until(app, lambda: session.unlock_dialog is not None)
        unlock(app, session, passphrase)
        write_the_marker_everywhere(app, session)
        visit_everything(app, session)
        try:
            raise RuntimeError(f"a bug that quotes {MARKER}")
        except RuntimeError as bug:
            report_bug(bug, context="proof")  # the log keeps the type, never the words
        session.window.today.note.setPlainText(f"{MARKER} draft")  # kept in memory only
        session.lock()
        unlock(app, session, passphrase)
        visit_everything(app, session)
        session.window.today.clear_form()
        session.window.close()
        wait_until(app, lambda: codes != [])
        session.shutdown()
    from PySide6.QtCore import QSettings, QStandardPaths

    print("qt-settings", QSettings().fileName(), flush=True)
    for kind in (
        QStandardPaths.StandardLocation.CacheLocation,
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.TempLocation,
    ):
        print("qt-path", QStandardPaths.writableLocation(kind), flush=True)
    print(network_guard.report(), flush=True)
    return 0 if not network_guard.VIOLATIONS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
