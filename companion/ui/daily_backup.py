"""Today's automatic backup, made a few seconds after unlock, once the window is on screen.

At most one a day (backups/auto-YYYY-MM-DD.companion-backup), the newest few kept as Settings
says (companion/store/backup.py). A ten-year store is copied in well under a second; the
delay keeps even that out of the start. A problem (a full disk) is not worth interrupting
anyone for here: the next unlock tries again, and Back up now says what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from companion.clock import local_today, now_utc
from companion.errors import StoreProblem

if TYPE_CHECKING:
    from companion.services.backups import BackupService

DELAY_MS = 4000


class DailyBackup(QObject):
    """`schedule` after each unlock; `cancel` on lock and quit."""

    def __init__(
        self, zone: str, parent: QObject | None = None, clock: Callable[[], datetime] = now_utc
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self._clock = clock
        self._backups: BackupService | None = None
        self.made: Path | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)

    def schedule(self, backups: BackupService, delay_ms: int = DELAY_MS) -> None:
        self._backups = backups
        self.timer.start(delay_ms)

    def cancel(self) -> None:
        self.timer.stop()
        self._backups = None

    def run(self) -> Path | None:
        """Make today's backup now, if it is due; the one made, or None."""
        backups, self._backups = self._backups, None
        if backups is None:
            return None
        try:
            self.made = backups.daily_backup(local_today(self.zone, self._clock()))
        except StoreProblem:
            return None
        return self.made
