"""`StoreServices`: one open store, and everything a page or a command may ask of it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from companion.paths import DataFolder
from companion.services.access import KeyService
from companion.services.backups import BackupService
from companion.services.boundaries import BoundaryService
from companion.services.help import HelpService
from companion.services.hours import HoursService
from companion.services.journal import JournalService
from companion.services.plan import PlanService
from companion.services.reminders import ReminderService
from companion.services.settings import SettingsService
from companion.services.trends import TrendsService
from companion.store import Store

__all__ = ["Store", "StoreServices"]


class StoreServices:
    """The services of one open store, by feature. Pages receive this, never the `Store`; the
    session that opened the store closes it (`close()`, or `with StoreServices(store):`)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.journal = JournalService(store)
        self.plan = PlanService(store)
        self.settings = SettingsService(store)
        self.key = KeyService(store)
        self.reminders = ReminderService(store)
        self.help = HelpService(store)
        self.hours = HoursService(store)
        self.boundaries = BoundaryService(store)
        self.trends = TrendsService(store)
        self.backups = BackupService(store)

    @property
    def folder(self) -> DataFolder:
        return self._store.folder

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
