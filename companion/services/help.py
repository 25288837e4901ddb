"""Help now: the crisis lines the person keeps (a setting) and what the window shows of the plan."""

from __future__ import annotations

from collections.abc import Iterable

from companion import settings
from companion.help.crisis_lines import CrisisLine, check_lines, seed_lines
from companion.store import Store


class HelpService:
    """The crisis lines of one open store. Never edited (or damaged): the seeds in `language`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def crisis_lines(self, language: str) -> tuple[CrisisLine, ...]:
        stored = self._store.setting(settings.CRISIS_LINES)
        return seed_lines(language) if stored is None else stored

    def save_crisis_lines(self, lines: Iterable[CrisisLine]) -> None:
        """The whole list, in its order; from now on the person's own (even when empty)."""
        self._store.set_setting(settings.CRISIS_LINES, check_lines(lines))

    def edited(self) -> bool:
        """False while the seeds are shown as they came."""
        return self._store.setting(settings.CRISIS_LINES) is not None
