"""Reminders in the window: on Today at their time, gone once irrelevant, notifications that
carry no words of the person's, nothing ticked while locked, one summary after unlock."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from companion.boundaries.schedule import parse_schedule
from companion.errors import StoreUnavailable, Unavailability
from companion.reminders.model import PersonalReminder, ReminderSettings, Repeat
from companion.services.hours import NewRoleDefaults
from companion.ui.reminders import ticker as ticker_module
from companion.ui.reminders.ticker import TICK_INTERVAL_MS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import RecordingNotifier, create_through_welcome

TOKYO = ZoneInfo("Asia/Tokyo")
SECRET_WORDS = "Call K. about the money 秘密"


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set_local(self, day_offset: int, hour: int, minute: int = 0, second: int = 0) -> None:
        day = self.start_day + timedelta(days=day_offset)
        local = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=TOKYO)
        self.now = local.astimezone(UTC)


@pytest.fixture
def clock() -> FakeClock:
    # Yesterday in Tokyo, so a check-in saved "at" the fake time is never in the future.
    start_day = (datetime.now(TOKYO) - timedelta(days=3)).date()
    fake = FakeClock(datetime.now(UTC))
    fake.start_day = start_day  # type: ignore[attr-defined]
    fake.set_local(0, 19, 0)
    return fake


@pytest.fixture
def unlocked(qtbot, session, clock):
    create_through_welcome(qtbot, session)
    ticker = session.reminder_ticker
    ticker.clock = clock
    ticker.notifier = RecordingNotifier()
    return session


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    assert session.store is not None


def test_the_ticker_runs_every_30_seconds_while_unlocked(qtbot, unlocked) -> None:
    ticker = unlocked.reminder_ticker
    assert ticker.running and ticker.timer.isActive()
    assert ticker.timer.interval() == TICK_INTERVAL_MS == 30_000
    assert not unlocked.window.today.reminders.isVisible()  # all off by default


def test_a_check_in_reminder_shows_at_its_time_and_goes_after_a_check_in(
    qtbot, unlocked, clock
) -> None:
    ticker, today = unlocked.reminder_ticker, unlocked.window.today
    unlocked.services.reminders.save_wanted(
        ReminderSettings(check_in_on=True, check_in_at=time(20, 0))
    )
    ticker.tick()  # 19:00: turned on now, nothing due yet
    clock.set_local(0, 19, 59)
    ticker.tick()
    assert not today.reminders.isVisible() and ticker.notifier.sent == []

    clock.set_local(0, 20, 0, 30)
    ticker.timer.timeout.emit()  # the 30-second tick
    assert today.reminders.isVisible()
    assert len(today.reminders.lines) == 1
    assert "Time for your check-in" in today.reminders.texts()[0]
    assert today.reminders.lines[0].text.severity == "info"  # a calm banner: icon and words
    assert ticker.notifier.sent == [("Companion", "Time for your check-in")]
    clock.set_local(0, 20, 1)
    ticker.tick()
    assert len(today.reminders.lines) == 1  # not twice

    today.mood.set_value(4)
    today.energy.set_value(3)
    assert today.save(at=clock.now) is not None
    assert not today.reminders.isVisible() and today.reminders.lines == []
    assert ticker.notifier.sent == [("Companion", "Time for your check-in")]


def test_a_reminder_can_be_put_away(qtbot, unlocked, clock) -> None:
    ticker, banner = unlocked.reminder_ticker, unlocked.window.today.reminders
    unlocked.services.reminders.save_wanted(
        ReminderSettings(hours_end_on=False, rest_days_on=True, rest_days=tuple(range(7)))
    )
    ticker.tick()
    clock.set_local(1, 9, 0, 10)
    ticker.tick()
    assert "A rest day" in banner.texts()[0]
    qtbot.mouseClick(banner.lines[0].dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and banner.lines == []


def test_a_notification_never_carries_the_persons_words(qtbot, unlocked, clock) -> None:
    ticker, banner = unlocked.reminder_ticker, unlocked.window.today.reminders
    reminders = unlocked.services.reminders
    reminders.save_personal((PersonalReminder("r1", SECRET_WORDS, time(20, 0), Repeat.DAILY),))
    ticker.tick()
    clock.set_local(0, 20, 0, 5)
    ticker.tick()
    assert SECRET_WORDS in banner.texts()[0]  # inside the unlocked app: the person's words
    assert ticker.notifier.sent == [("Companion", "A reminder you set")]

    clock.set_local(3, 8, 0)  # two missed while away: one summary, still without the words
    ticker.tick()
    assert len(ticker.notifier.sent) == 2
    title, message = ticker.notifier.sent[1]
    for sent in (title, message):
        assert "秘密" not in sent and "money" not in sent
    assert "2 reminders" in title and message == "A reminder you set ×2"


def test_nothing_is_ticked_while_locked_and_unlock_brings_one_summary(
    qtbot, unlocked, clock, monkeypatch
) -> None:
    # A loaded machine can take longer than the real 250 ms between the key and the check
    # below; the delay's length is not what is tested, its order is.
    monkeypatch.setattr(ticker_module, "FIRST_TICK_DELAY_MS", 3000)
    ticker = unlocked.reminder_ticker
    unlocked.services.reminders.save_wanted(
        ReminderSettings(check_in_on=True, check_in_at=time(20, 0), weekly_review_on=True)
    )
    unlocked.services.reminders.save_personal(
        (PersonalReminder("r1", SECRET_WORDS, time(21, 0), Repeat.DAILY),)
    )
    ticker.tick()  # 19:00 on day 0: the marks are kept in the store
    unlocked.lock()
    assert not ticker.running and not ticker.timer.isActive()
    assert not unlocked.window.today.reminders.isVisible()

    clock.set_local(2, 10, 0)  # two days locked: 2 check-ins and 2 of the person's were due
    ticker.tick()
    ticker.timer.timeout.emit()
    assert ticker.notifier.sent == []  # the store is closed: nothing asked, nothing shown

    _unlock(qtbot, unlocked)
    assert ticker.running and ticker.timer.isActive()
    assert ticker.notifier.sent == []  # the window is on the screen before the first tick
    qtbot.waitUntil(lambda: len(ticker.notifier.sent) == 1, timeout=10_000)
    qtbot.wait(50)
    assert len(ticker.notifier.sent) == 1  # one summary, not a burst
    title, message = ticker.notifier.sent[0]
    assert title == "4 reminders came while Companion was closed or locked"
    assert "Time for your check-in ×2" in message and "A reminder you set ×2" in message
    assert "秘密" not in title + message
    banner = unlocked.window.today.reminders
    assert banner.lines == [] and banner.missed is not None
    assert banner.isVisible()
    summary = banner.texts()[-1]
    assert summary.count("Time for your check-in") == 2 and summary.count("秘密") == 2

    ticker.tick()  # shown once
    assert len(ticker.notifier.sent) == 1
    qtbot.mouseClick(banner.missed.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_the_end_of_activity_hours_names_the_role_only_inside_the_app(
    qtbot, unlocked, clock
) -> None:
    ticker, banner = unlocked.reminder_ticker, unlocked.window.today.reminders
    unlocked.services.hours.set_hours(
        "Clinic Hikari peer staff",
        parse_schedule("Mon-Sun 10:00-17:00"),
        NewRoleDefaults("Peer support", "Asia/Tokyo", None),
    )
    unlocked.services.reminders.save_wanted(
        ReminderSettings(hours_start_on=True, hours_end_on=True)
    )
    ticker.tick()  # 19:00 on day 0
    clock.set_local(1, 10, 0, 10)
    ticker.tick()
    clock.set_local(1, 17, 0, 10)
    ticker.tick()
    texts = banner.texts()
    assert "Your activity hours are starting (Clinic Hikari peer staff)" in texts[0]
    assert "it is fine to switch off (Clinic Hikari peer staff)" in texts[1]
    assert ticker.notifier.sent == [
        ("Companion", "Your activity hours are starting"),
        ("Companion", "Your activity hours have ended — it is fine to switch off"),
    ]


def test_coming_back_to_the_app_ticks_at_once(qtbot, qapp, unlocked, clock) -> None:
    ticker = unlocked.reminder_ticker
    unlocked.services.reminders.save_wanted(
        ReminderSettings(check_in_on=True, check_in_at=time(20, 0))
    )
    ticker.tick()
    clock.set_local(0, 20, 0, 5)  # after a resume: no need to wait for the 30-second timer
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert ticker.notifier.sent == [("Companion", "Time for your check-in")]


def test_a_store_problem_on_a_tick_is_told_calmly(qtbot, unlocked, monkeypatch) -> None:
    def unavailable(*_args, **_kwargs):
        raise StoreUnavailable(Unavailability.DISK_FULL)

    monkeypatch.setattr(unlocked.services.reminders, "tick", unavailable)
    unlocked.reminder_ticker.tick()
    assert "disk is full" in unlocked.window.today.status.text()


def test_the_window_coming_up_waits_for_the_first_tick(qtbot, qapp, unlocked) -> None:
    ticker = unlocked.reminder_ticker
    ticks: list[None] = []
    ticker.ticked.connect(lambda: ticks.append(None))
    ticker.stop()
    ticker.start(unlocked.services)  # as on unlock: the first tick after a moment
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # window shown
    assert ticks == []  # the window is painted first
    qtbot.waitUntil(lambda: len(ticks) == 1, timeout=15000)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # back later
    assert len(ticks) == 2
