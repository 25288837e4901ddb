"""Locking when the person is away: after a while without input, and when the system sleeps.

`IdleLock` watches every keyboard, mouse, wheel, touch and input-method event of the whole
application (one event filter on the QApplication that only notes the time) and one single-shot
timer set to the moment the idle limit would be reached; when it fires early (input came since),
it is set again for the rest, so nothing wakes every second. Idle time is measured on both the
monotonic clock and the wall clock: a computer that slept does not advance the monotonic clock on
Linux and macOS, so the wall clock is what shows that it was away. The first input after such a
sleep locks instead of reaching the window (the event is swallowed).

Where the desktop tells, the lock also comes when the system is about to sleep or the screen
locks: on Linux through D-Bus (a local socket, never the network), from logind's
`PrepareForSleep` on the system bus and the `ActiveChanged` signal of the freedesktop, GNOME,
KDE and Cinnamon screen savers on the session bus. Qt 6 offers nothing portable for either on
macOS or Windows; there the idle limit and the first input after a sleep are what lock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

# The events that mean a person is at the keyboard or mouse (not paints, timers or focus).
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)

# (bus, service, path, interface, signal): each carries one bool, true when sleeping or locked.
# The screen savers are heard from any sender on the session bus (at worst, a process of the
# same user locks Companion); logind only from itself, on the system bus.
SLEEP_AND_SCREEN_LOCK_SIGNALS = (
    (
        "system",
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
    ),
    ("session", "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("session", "", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
    ("session", "", "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("session", "", "/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver", "ActiveChanged"),
)

Clock = Callable[[], float]


class IdleLock(QObject):
    """Emits `lock_due` once the app has had no input for `minutes`, or the system sleeps or
    its screen locks. Watches only between `start` and `stop` (while the store is open)."""

    lock_due = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        monotonic: Clock = time.monotonic,
        wall: Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self.monotonic = monotonic
        self.wall = wall
        self._limit_seconds: float | None = None  # None: off
        self._watching = False
        self._last_input = (0.0, 0.0)  # (monotonic, wall) of the last input
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.desktop_signals: int | None = None  # connected on the first start, not at launch

    @property
    def watching(self) -> bool:
        return self._watching

    def set_minutes(self, minutes: int) -> None:
        """The idle limit; 0 turns the idle lock off (sleep and screen lock still lock)."""
        self._limit_seconds = minutes * 60.0 if minutes > 0 else None
        if self._watching:
            self._arm()

    def start(self) -> None:
        """The store is open: count idle time from now. The first start also connects to the
        desktop's sleep and screen-lock signals (after the window, so the start is not slower)."""
        if self.desktop_signals is None:
            self.desktop_signals = listen_for_sleep_and_screen_lock(self)
        self._watching = True
        self._note_input()
        self._arm()

    def stop(self) -> None:
        """The store is closed: nothing to lock."""
        self._watching = False
        self.timer.stop()

    def idle_seconds(self) -> float:
        """How long since the last input, counting time the computer slept."""
        monotonic, wall = self._last_input
        return max(self.monotonic() - monotonic, self.wall() - wall)

    def _note_input(self) -> None:
        self._last_input = (self.monotonic(), self.wall())

    def _arm(self) -> None:
        if self._limit_seconds is None:
            self.timer.stop()
            return
        remaining = max(0.0, self._limit_seconds - self.idle_seconds())
        self.timer.start(int(remaining * 1000) + 1)

    def _check(self) -> None:
        if not self._watching or self._limit_seconds is None:
            return
        if self.idle_seconds() >= self._limit_seconds:
            self._lock()
        else:
            self._arm()

    def _lock(self) -> None:
        self.stop()
        self.lock_due.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in INPUT_EVENTS:
            limit = self._limit_seconds
            if limit is not None and self.idle_seconds() >= limit:
                self._lock()  # back after a sleep longer than the limit: this input unlocks nothing
                return True
            self._note_input()
        return False

    @Slot(bool)
    def sleeping_or_screen_locked(self, active: bool) -> None:
        """From D-Bus: the system is about to sleep, or the screen saver came on."""
        if active and self._watching:
            self._lock()


def listen_for_sleep_and_screen_lock(receiver: IdleLock) -> int:
    """Connect to the desktop's sleep and screen-lock signals where D-Bus is there; how many
    were connected (0 without a bus, on macOS and Windows, or where QtDBus is missing)."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return 0
    connected = 0
    buses = {"system": QDBusConnection.systemBus, "session": QDBusConnection.sessionBus}
    for bus_name, service, path, interface, name in SLEEP_AND_SCREEN_LOCK_SIGNALS:
        bus = buses[bus_name]()
        if not bus.isConnected():
            continue
        slot = SLOT("sleeping_or_screen_locked(bool)")  # a str, whatever the stubs say
        if bus.connect(service, path, interface, name, receiver, slot):  # type: ignore[call-overload]
            connected += 1
    return connected
