"""The reminder tick of the window: every 30 seconds, when the app becomes active, on unlock.

Owned by the session. `start(services)` on unlock ticks at once (reminders missed while the
store was locked or the app closed come as one summary), `stop()` on lock: while the store is
closed nothing is ticked. Each tick asks `ReminderService.tick` through the UI's one error path
(`ui/common/operation.py`); what is due goes to a desktop notification (the kind's wording
only) and to the banner on Today, which drops what is no longer relevant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from companion.clock import now_utc
from companion.reminders.engine import ActivityWindow, MissedSummary, Occurrence
from companion.ui.common.operation import attempt
from companion.ui.reminders.notifications import DesktopNotifications, Notifier
from companion.ui.reminders.wording import (
    app_title,
    missed_notification_text,
    missed_title,
    notification_text,
)

if TYPE_CHECKING:
    from companion.services.store_services import StoreServices
    from companion.ui.today.page import TodayPage

TICK_INTERVAL_MS = 30_000
FIRST_TICK_DELAY_MS = 250  # after unlock: the window first, then what is due
HOURS_AROUND = timedelta(days=8)  # activity windows fed to the tick: about a week either side


class ReminderTicker(QObject):
    """Ticks the reminder service of the open store; hands out what is due."""

    due = Signal(object)  # tuple[Occurrence, ...]: due now
    missed = Signal(object)  # MissedSummary: missed while asleep, locked or closed
    problem = Signal(str)  # a calm message when the store could not be asked
    ticked = Signal()  # after every tick that reached the store

    def __init__(
        self,
        zone: str,
        clock: Callable[[], datetime] = now_utc,
        notifier: Notifier | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.clock = clock
        self.notifier: Notifier = notifier if notifier is not None else DesktopNotifications()
        self._services: StoreServices | None = None
        self._first_tick_pending = False  # the window is coming up: not yet, even if activated
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state_changed)

    @property
    def running(self) -> bool:
        return self._services is not None

    def start(self, services: StoreServices) -> None:
        """The store is open: tick once the window is up (missed ones arrive as one summary),
        then every 30 s. The first tick waits a moment so the window is on the screen first:
        working out activity hours may load the holiday calendars."""
        self._services = services
        self.timer.start()
        self._first_tick_pending = True
        QTimer.singleShot(FIRST_TICK_DELAY_MS, self, self._first_tick)

    def _first_tick(self) -> None:
        self._first_tick_pending = False
        if self._services is not None:
            self.tick()

    def stop(self) -> None:
        """The store is closing: nothing is ticked until `start` again."""
        self.timer.stop()
        self._services = None

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Back from another window or from suspend: catch up at once rather than within 30 s.
        # Not while the window first comes up (it is activated then): the first tick follows.
        if (
            state == Qt.ApplicationState.ApplicationActive
            and self._services is not None
            and not self._first_tick_pending
        ):
            self.tick()

    def tick(self) -> None:
        self._first_tick_pending = False
        services = self._services
        if services is None:
            return
        now = self.clock()

        def ask() -> tuple[tuple[Occurrence, ...], MissedSummary | None]:
            windows = [
                ActivityWindow(window.start, window.end, window.role.name)
                for window in services.hours.windows_between(now - HOURS_AROUND, now + HOURS_AROUND)
            ]
            result = services.reminders.tick(self.zone, windows, now=now)
            return result.due, result.missed

        answer = attempt(ask, self.problem.emit)
        if answer is None:
            return
        due, missed = answer
        for occurrence in due:
            self.notifier.notify(app_title(), notification_text(occurrence))
        if missed is not None:
            self.notifier.notify(missed_title(missed), missed_notification_text(missed))
        if due:
            self.due.emit(due)
        if missed is not None:
            self.missed.emit(missed)
        self.ticked.emit()

    def still_relevant(self, occurrences: Sequence[Occurrence]) -> tuple[Occurrence, ...]:
        """Those of `occurrences` still worth showing; all of them if the store cannot say."""
        services = self._services
        if services is None or not occurrences:
            return tuple(occurrences)
        now = self.clock()
        kept = attempt(
            lambda: services.reminders.still_relevant(occurrences, self.zone, now=now),
            self.problem.emit,
        )
        return tuple(occurrences) if kept is None else kept

    def show_on(self, today: TodayPage) -> None:
        """Due and missed reminders appear on Today's banner; a saved check-in (and every
        tick) drops the ones no longer relevant; a problem shows in Today's status line."""
        banner = today.reminders

        def drop_irrelevant() -> None:
            if banner.lines:
                banner.keep_only(self.still_relevant(banner.occurrences))

        self.due.connect(banner.add_due)
        self.missed.connect(banner.show_missed)
        self.problem.connect(today.status.setText)
        self.ticked.connect(drop_irrelevant)
        today.saved.connect(drop_irrelevant)
