"""Desktop notifications through `desktop-notifier`, off the UI thread, failing silently.

`DesktopNotifierSync` runs the library's asyncio calls on its own event loop; one daemon
thread owns it, so a slow or missing notification service never holds up the window. When the
desktop has no notification service (no D-Bus session, no permission), nothing is shown and
nothing is raised: the in-app banner is always there. Only the kind's wording is ever sent.
"""

from __future__ import annotations

import queue
import threading
from typing import Protocol


class Notifier(Protocol):
    """Where a reminder's notification goes; tests pass a fake that records."""

    def notify(self, title: str, message: str) -> None: ...


class DesktopNotifications:
    """Sends each notification from one background thread; drops it quietly on any failure."""

    def __init__(self, app_name: str = "Companion") -> None:
        self._app_name = app_name
        self._queue: queue.SimpleQueue[tuple[str, str]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def notify(self, title: str, message: str) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="companion-notifications", daemon=True
                )
                self._thread.start()
        self._queue.put((title, message))

    def _run(self) -> None:
        sender = None
        broken = False
        while True:
            title, message = self._queue.get()
            if broken:
                continue
            try:
                if sender is None:
                    from desktop_notifier.sync import DesktopNotifierSync

                    sender = DesktopNotifierSync(app_name=self._app_name)
                sender.send(title, message)
            except Exception:  # no notification service: the in-app banner is enough
                broken = sender is None  # could not even start: stop trying
