"""The desktop app's entry point: wires the store, the session and the Qt application together."""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING, Literal

from companion import __version__
from companion.errors import EXIT_OK, NoStoreYet, PassphraseNeeded, StoreProblem
from companion.logs import file_log, report_bug
from companion.paths import DataFolder
from companion.preferences import load_language
from companion.services import access

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from companion.ui.session import CompanionSession
    from companion.ui.single_instance import InstanceServer

# PySide6 is imported inside the functions below: a start that opens the main window at once
# imports the store (SQLAlchemy and its ORM) first, because once PySide6 is imported its import
# hook (for `from __feature__ import ...`) slows every later import; a start that shows the
# unlock or welcome dialog imports only what the dialog needs and leaves the store for later.

PASSPHRASE_ENV = "COMPANION_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def make_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Companion")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Companion")
    app.setDesktopFileName("companion")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """Companion's icon, every rendered size, for the title bar, the task bar and the dock."""
    from PySide6.QtGui import QIcon

    from companion.resources import icon_files

    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


def install_bug_handler(folder: DataFolder) -> None:
    """Uncaught exceptions are bugs: logged without content, and the person told gently."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from companion.ui.common.messages import bug_text

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        report_bug(error, tb=tb, context="window")
        QMessageBox.critical(None, "Companion", bug_text(str(folder.log_file)))

    sys.excepthook = handle


def smoke(folder: DataFolder, session: CompanionSession) -> int:
    """Unlock without asking (COMPANION_PASSPHRASE or the keychain), show the window, exit."""
    from PySide6.QtCore import QCoreApplication

    if not access.store_exists(folder):
        raise NoStoreYet()
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase:
        store = access.unlock(folder, passphrase)
    else:
        found = access.unlock_automatically(folder)
        if found is None:
            raise PassphraseNeeded()
        store = found
    session.open_main(store)
    QCoreApplication.processEvents()
    assert session.window is not None
    session.window.close()
    QCoreApplication.processEvents()
    session.shutdown()
    return EXIT_OK


def opens_main_window_at_once(folder: DataFolder, *, smoke: bool) -> bool:
    """Whether this start goes straight to the main window (the smoke test, or automatic unlock
    from the keychain) rather than to the unlock or welcome dialog."""
    try:
        return smoke or access.expects_keychain(folder)
    except StoreProblem:
        return False  # the session shows the problem; no main window


def run_app(
    folder: DataFolder,
    *,
    smoke: bool = False,
    language: str | None = None,
    background: bool = False,
) -> int:
    """The window; `background`: minimised to the tray where there is one."""
    if opens_main_window_at_once(folder, smoke=smoke):
        import companion.services.store_services  # noqa: F401 - before PySide6, see above

    from companion.ui.common.i18n import apply_language, system_language
    from companion.ui.session import CompanionSession

    app = make_application()
    instance = None if smoke else claim_instance(folder)
    if instance is False:
        print(ALREADY_OPEN, file=sys.stderr)
        return EXIT_OK
    apply_language(language or load_language(folder) or system_language())
    session = CompanionSession(folder)
    session.follow_theme()
    with file_log(folder.log_file):
        if smoke:
            return _run_smoke(folder, session)
        install_bug_handler(folder)
        session.finished.connect(app.exit)
        session.enable_tray()
        if instance is not None:
            instance.show_requested.connect(session.bring_forward)
        session.start(background=background)
        code = app.exec()
        session.shutdown()
        if instance is not None:
            instance.close()
        return code


ALREADY_OPEN = "Companion is already open; brought it forward"


def claim_instance(folder: DataFolder) -> InstanceServer | Literal[False] | None:
    """Become the one instance for `folder`, listening for later launches; or, if one is
    already running, ask it to come forward and return False (the store is left alone); None
    when there is nowhere private to keep the lock (then this launch runs on its own)."""
    from companion.ui.single_instance import InstanceServer, ask_running_instance, server_name

    name = server_name(folder)
    if ask_running_instance(name):
        return False
    server = InstanceServer(name)
    if server.listen():
        return server
    if ask_running_instance(name):  # another launch won the race a moment ago
        return False
    return None  # no private folder for the lock (an odd temp folder): run on without it


def _run_smoke(folder: DataFolder, session: CompanionSession) -> int:
    try:
        return smoke(folder, session)
    except StoreProblem as problem:
        print(f"companion: {problem}", file=sys.stderr)
        return problem.exit_code
