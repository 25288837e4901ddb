"""The desktop app's entry point: wires the store, the session and the Qt application together."""

from __future__ import annotations

import os
import sys
from types import TracebackType

# Everything without Qt (the store: SQLAlchemy and its ORM) before PySide6: once PySide6 is
# imported, its import hook (for `from __feature__ import ...`) slows every later import,
# about 70 ms of a start here.
from companion import __version__
from companion.errors import EXIT_OK, NoStoreYet, PassphraseNeeded, StoreProblem
from companion.logs import file_log, report_bug
from companion.paths import DataFolder
from companion.preferences import load_language
from companion.services import access

# isort: split
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.ui.common.i18n import apply_language, system_language
from companion.ui.common.messages import bug_text
from companion.ui.session import CompanionSession

PASSPHRASE_ENV = "COMPANION_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Companion")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Companion")
    app.setDesktopFileName("companion")
    return app


def install_bug_handler(folder: DataFolder) -> None:
    """Uncaught exceptions are bugs: logged without content, and the person told gently."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        report_bug(error, tb=tb, context="window")
        QMessageBox.critical(None, "Companion", bug_text(str(folder.log_file)))

    sys.excepthook = handle


def smoke(folder: DataFolder, session: CompanionSession) -> int:
    """Unlock without asking (COMPANION_PASSPHRASE or the keychain), show the window, exit."""
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


def run_app(folder: DataFolder, *, smoke: bool = False, language: str | None = None) -> int:
    app = make_application()
    apply_language(language or load_language(folder) or system_language())
    session = CompanionSession(folder)
    with file_log(folder.log_file):
        if smoke:
            return _run_smoke(folder, session)
        install_bug_handler(folder)
        session.finished.connect(app.exit)
        session.start()
        code = app.exec()
        session.shutdown()
        return code


def _run_smoke(folder: DataFolder, session: CompanionSession) -> int:
    try:
        return smoke(folder, session)
    except StoreProblem as problem:
        print(f"companion: {problem}", file=sys.stderr)
        return problem.exit_code
