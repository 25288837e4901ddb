"""Settings kept in the encrypted store: the scales of the check-in form and the nudge rule."""

from __future__ import annotations

from datetime import date

from companion.errors import InvalidEntry
from companion.journal.nudge import NudgeRule
from companion.journal.scales import DEFAULT_STEPS, SCALE_SIZES
from companion.store import Store


class SettingsService:
    """The settings of one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def scales(self) -> tuple[int, int]:
        """(mood steps, energy steps) for new check-ins."""
        saved = self._store.setting("scales") or {}
        mood = saved.get("mood") if isinstance(saved, dict) else None
        energy = saved.get("energy") if isinstance(saved, dict) else None
        return (
            mood if mood in SCALE_SIZES else DEFAULT_STEPS,
            energy if energy in SCALE_SIZES else DEFAULT_STEPS,
        )

    def save_scales(self, mood_steps: int, energy_steps: int) -> None:
        if mood_steps not in SCALE_SIZES or energy_steps not in SCALE_SIZES:
            raise InvalidEntry("scale", "a scale has 5, 7 or 10 steps")
        self._store.set_setting("scales", {"mood": mood_steps, "energy": energy_steps})

    def nudge_rule(self) -> NudgeRule:
        return NudgeRule.from_json(self._store.setting("nudge_rule"))

    def save_nudge_rule(self, rule: NudgeRule) -> None:
        self._store.set_setting("nudge_rule", rule.to_json())

    def nudge_dismissed_on(self, day: date) -> bool:
        return bool(self._store.setting("nudge_dismissed_on") == day.isoformat())

    def dismiss_nudge_on(self, day: date) -> None:
        self._store.set_setting("nudge_dismissed_on", day.isoformat())
