"""At 200 % scaling (QT_SCALE_FACTOR=2: a window of 1800×1200 device pixels shows 900×600 of
layout) every page, in English and Japanese, shows no clipped label or button.

The scale factor is read once when Qt starts, so the pages are walked in one separate process
(`python -m tests.ui.test_scaling FOLDER`), which prints what it found as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from companion.journal.checkin import Tag
from companion.paths import DataFolder
from companion.plan.examples import example_plan
from companion.services.journal import CheckinForm
from companion.services.store_services import StoreServices
from companion.store import Store
from tests.conftest import PASSPHRASE

ZONE = "Asia/Tokyo"
ROOT = Path(__file__).resolve().parents[2]


def _walk_pages(folder: DataFolder) -> dict[str, object]:
    """In the scaled process: every page and Boundaries tab in both languages at 900×600."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from companion.store import open_store
    from companion.store.folder import unlock_with_passphrase
    from companion.ui.common.design import Theme, apply_theme
    from companion.ui.common.i18n import apply_language
    from companion.ui.main_window import MainWindow
    from tests.ui.test_pseudo_localisation import clipped

    application = QApplication([])
    apply_theme(Theme.LIGHT)
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    window = MainWindow(ZONE, keychain_available=lambda: False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.attach(StoreServices(store))
    window.resize(900, 600)
    window.show()
    found: list[str] = []
    walked = []
    for language in ("en", "ja"):
        apply_language(language)
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            page = window.pages.currentWidget()
            tabs = getattr(page, "tabs", None)
            for tab in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                window.resize(900, 600)
                application.processEvents()
                name = f"{language} {type(page).__name__} {tab}"
                walked.append(name)
                found += [f"{name}: {item}" for item in clipped(page)]
    picture = window.grab()
    report = {
        "ratio": window.devicePixelRatio(),
        "pixels": [picture.width(), picture.height()],
        "layout": [window.width(), window.height()],
        "clipped": found,
        "walked": walked,
    }
    window.detach()
    store.close()
    return report


def test_every_page_fits_at_200_percent(tmp_path, store: Store, folder: DataFolder) -> None:
    services = StoreServices(store)
    services.plan.save(example_plan("en"), None)
    form = CheckinForm(2, 3, "7.5", "A slow morning", (Tag("tool", "Call a friend"),))
    services.journal.save(form, ZONE)
    store.close()
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_SCALE_FACTOR="2",
        QT_ENABLE_HIGHDPI_SCALING="1",
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_scaling", str(folder.root)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 2
    assert report["layout"] == [900, 600]
    assert report["pixels"] == [1800, 1200]
    assert len(report["walked"]) == 2 * (4 + 5)  # four pages and five Boundaries tabs, twice
    assert report["clipped"] == []


if __name__ == "__main__":
    print(json.dumps(_walk_pages(DataFolder(Path(sys.argv[1])))))
