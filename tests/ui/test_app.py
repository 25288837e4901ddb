"""The app's entry points: --smoke in-process and in a fresh process, and live language change."""

from __future__ import annotations

import sys

from companion.cli import main as cli
from companion.paths import DataFolder
from companion.preferences import load_language
from companion.store import create_store
from tests.conftest import PASSPHRASE, run_companion
from tests.ui.conftest import create_through_welcome


def _make_store(folder: DataFolder) -> None:
    store, _ = create_store(folder, PASSPHRASE)
    store.close()


def test_smoke_unlocks_with_the_environment_passphrase(qapp, folder, monkeypatch) -> None:
    _make_store(folder)
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder.root), "--smoke", "--lang", "en"]) == 0


def test_smoke_without_a_way_to_unlock_says_so(qapp, folder, capsys) -> None:
    _make_store(folder)
    assert cli.main(["--data-dir", str(folder.root), "--smoke"]) == 2
    assert "set COMPANION_PASSPHRASE or run in a terminal" in capsys.readouterr().err


def test_smoke_with_a_wrong_passphrase(qapp, folder, monkeypatch, capsys) -> None:
    _make_store(folder)
    monkeypatch.setenv("COMPANION_PASSPHRASE", "wrong wrong wrong")
    assert cli.main(["--data-dir", str(folder.root), "--smoke"]) == 2


def test_smoke_in_a_fresh_process(folder) -> None:
    _make_store(folder)
    result = run_companion(folder, "--smoke")
    assert result.returncode == 0, result.stderr


def test_language_switches_live_and_is_remembered(qtbot, session, folder) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    session.set_language("ja")
    qtbot.waitUntil(lambda: window.today.save_button.text() == "チェックインを保存")
    assert window.navigation.item(0).text() == "今日"
    assert "とてもつらい" in window.today.mood.buttons[0].text()
    assert load_language(folder) == "ja"
    session.set_language("en")
    qtbot.waitUntil(lambda: window.today.save_button.text() == "Save check-in")


def test_welcome_language_choice_translates_the_dialog(qtbot, session, folder) -> None:
    session.start()
    welcome = session.welcome
    welcome.language.setCurrentIndex(welcome.language.findData("ja"))
    qtbot.waitUntil(lambda: welcome.create_button.text() != "Create my encrypted notebook")
    assert load_language(folder) == "ja"


def test_a_bug_in_the_window_is_logged_without_words_and_told_gently(
    qapp, folder, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from companion.logs import file_log
    from companion.ui.app import install_bug_handler

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_bug_handler(folder)
    try:
        raise ValueError("my PRIVATE-DIARY words")
    except ValueError as error:
        with file_log(folder.log_file):
            sys.excepthook(type(error), error, error.__traceback__)
    log = folder.log_file.read_text()
    assert "ValueError" in log and "PRIVATE-DIARY" not in log
    assert "not something you did" in shown[0] and str(folder.log_file) in shown[0]
    assert oct(folder.log_file.stat().st_mode & 0o777) == "0o600"
