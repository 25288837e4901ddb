"""Render every screen offscreen to PNG, in English and Japanese, to look at what people see.

    .venv/bin/python tools/render_screens.py [OUTPUT_DIR]      (default: shots/)

Uses a throwaway data folder and a light KDF; touches nothing of yours. Japanese needs a CJK
font installed (Debian: fonts-noto-cjk), or the text shows as boxes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from companion.boundaries.demo import demo_contacts, demo_reviews, demo_roles, demo_talks
from companion.boundaries.log import week_of
from companion.clock import in_zone, now_utc
from companion.journal import tagging
from companion.journal.demo import demo_data
from companion.paths import DataFolder
from companion.store import keys
from companion.ui.app import make_application
from companion.ui.common.i18n import apply_language
from companion.ui.main_window import BOUNDARIES_ROW
from companion.ui.session import CompanionSession

PASSPHRASE = "screenshots only, never real"


def render(language: str, output: Path) -> None:
    app = make_application()
    apply_language(language)
    folder = DataFolder(Path(tempfile.mkdtemp()) / "data")
    session = CompanionSession(folder, zone="Asia/Tokyo")
    session.start()
    welcome = session.welcome
    assert welcome is not None
    welcome.fields.first.setText(PASSPHRASE)
    welcome.fields.second.setText(PASSPHRASE[:-3])
    app.processEvents()
    welcome.grab().save(str(output / f"welcome_{language}.png"))
    welcome.fields.second.setText(PASSPHRASE)
    welcome.create_button.click()
    app.processEvents()
    welcome.grab().save(str(output / f"recovery_code_{language}.png"))
    welcome.written_down.setChecked(True)
    welcome.continue_button.click()
    window = session.window
    assert window is not None
    window.grab().save(str(output / f"today_empty_{language}.png"))
    today = window.today
    notes = ["朝の散歩で少し楽になった 🌿", "", "Supervision helped.\nSleeping early tonight."]
    for offset, (mood, energy, sleep, note) in enumerate(
        [(3, 2, "6", notes[0]), (5, 4, "", notes[1]), (6, 5, "7.5", notes[2])]
    ):
        today.mood.set_value(mood)
        today.energy.set_value(energy)
        today.sleep.setText(sleep)
        today.note.setPlainText(note)
        today.save(at=now_utc() - timedelta(minutes=90 - offset * 30))
    today.energy.set_value(4)
    today.sleep.setText("lots")
    today.save()
    app.processEvents()
    window.grab().save(str(output / f"today_{language}.png"))
    store = session.store
    assert store is not None
    plan, checkins = demo_data(0.3, today=now_utc().date(), zone="Asia/Tokyo", language=language)
    store.save_plan(plan, version_id=None, reason="example")
    store.import_checkins([entry for entry in checkins if entry.at <= now_utc()])
    signs = [tag for tag in tagging.plan_tag_choices(plan) if tag.kind == "warning"][:2]
    today.clear_form()
    for days_ago, sign in enumerate(signs):
        today.mood.set_value(3)
        today.energy.set_value(3)
        today.tags.set_tags((sign,))
        today.save(at=now_utc() - timedelta(days=days_ago, minutes=2))
    today.refresh_tag_choices()
    today.tags.add(signs[0])
    today.reload()
    window.resize(1100, 900)
    app.processEvents()
    window.grab().save(str(output / f"today_nudge_{language}.png"))
    today.clear_form()
    window.navigation.setCurrentRow(1)
    app.processEvents()
    window.grab().save(str(output / f"journal_{language}.png"))
    window.navigation.setCurrentRow(2)
    window.plan.reload(plan)
    window.plan.show_section("crisis")
    app.processEvents()
    window.grab().save(str(output / f"plan_crisis_{language}.png"))
    assert session.services is not None
    for role in demo_roles(language, "Asia/Tokyo", "JP", now_utc().date()):
        session.services.hours.save(role)
    window.navigation.setCurrentRow(BOUNDARIES_ROW)
    boundaries = window.boundaries
    app.processEvents()
    window.grab().save(str(output / f"boundaries_{language}.png"))
    boundaries.hours_panel.hours.setText("Mon-Fri 10:00-17:00, Sta 22:00-02:00")
    boundaries.hours_panel.hours.textEdited.emit(boundaries.hours_panel.hours.text())
    app.processEvents()
    window.grab().save(str(output / f"boundaries_hours_not_understood_{language}.png"))
    services = session.services
    rules = services.boundaries.rules()
    for contact in demo_contacts(language, services.hours.roles(), rules, now_utc()):
        services.boundaries.save_contact(contact)
    contacts = services.boundaries.contacts()
    for talk in demo_talks(language, contacts, in_zone(now_utc(), "Asia/Tokyo").date()):
        services.boundaries.save_talk(talk)
    contacts = services.boundaries.contacts()
    for review in demo_reviews(language, rules, contacts, "Asia/Tokyo", now_utc()):
        services.boundaries.save_review(review)
    boundaries.reload()
    boundaries.review_panel.show_week(
        week_of(now_utc() - timedelta(days=7), "Asia/Tokyo")
    )  # last week's review, written
    boundaries.supervision_panel.talks_list.setCurrentRow(0)
    for size in ((1280, 800), (900, 600)):
        window.resize(*size)
        for tab, name in (
            (boundaries.rules_panel, "rules"),
            (boundaries.contacts_panel, "log"),
            (boundaries.supervision_panel, "supervision"),
            (boundaries.review_panel, "review"),
        ):
            boundaries.tabs.setCurrentWidget(tab)
            app.processEvents()
            shot = f"boundaries_{name}_{size[0]}x{size[1]}_{language}.png"
            window.grab().save(str(output / shot))
    boundaries.tabs.setCurrentIndex(0)
    session.show_settings()
    app.processEvents()
    assert session.settings_dialog is not None
    session.settings_dialog.grab().save(str(output / f"settings_{language}.png"))
    session.settings_dialog.close()
    session.lock()
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.secret.setText("not it")
    dialog.try_unlock()
    app.processEvents()
    dialog.grab().save(str(output / f"unlock_wrong_{language}.png"))
    dialog.toggle_mode()
    app.processEvents()
    dialog.grab().save(str(output / f"unlock_recovery_{language}.png"))
    dialog.close()
    session.shutdown()


def main() -> None:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    output.mkdir(parents=True, exist_ok=True)
    keys.DEFAULT_KDF = keys.KdfParams(memory_kib=1024, iterations=1, lanes=1)
    for language in ("en", "ja"):
        render(language, output)
    print(f"screens written to {output}/")


if __name__ == "__main__":
    main()
