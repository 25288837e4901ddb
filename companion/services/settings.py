"""Settings kept in the encrypted store, as declared in `companion.settings`: the scales of the
check-in form, the nudge rule and the day the nudge was dismissed, the name on the supporters'
copy of the plan."""

from __future__ import annotations

from datetime import date

from companion import settings
from companion.journal.nudge import NudgeRule
from companion.store import Store


class SettingsService:
    """The settings of one open store; a damaged or foreign value reads as its default."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def scales(self) -> tuple[int, int]:
        """(mood steps, energy steps) for new check-ins."""
        sizes = self._store.setting(settings.SCALES)
        return sizes.mood, sizes.energy

    def save_scales(self, mood_steps: int, energy_steps: int) -> None:
        self._store.set_setting(settings.SCALES, settings.ScaleSizes(mood_steps, energy_steps))

    def nudge_rule(self) -> NudgeRule:
        return self._store.setting(settings.NUDGE_RULE)

    def save_nudge_rule(self, rule: NudgeRule) -> None:
        self._store.set_setting(settings.NUDGE_RULE, rule)

    def nudge_dismissed_on(self, day: date) -> bool:
        return self._store.setting(settings.NUDGE_DISMISSED_ON) == day

    def dismiss_nudge_on(self, day: date) -> None:
        self._store.set_setting(settings.NUDGE_DISMISSED_ON, day)

    def plan_owner_name(self) -> str:
        """The name printed on the supporters' copy of the plan ("" for none)."""
        return self._store.setting(settings.PLAN_OWNER_NAME)

    def save_plan_owner_name(self, name: str) -> None:
        """Keep `name` (spaces collapsed; "" forgets it) for the next supporters' copy.
        InvalidEntry when it is not valid text or longer than MAX_OWNER_NAME_CHARS."""
        self._store.set_setting(settings.PLAN_OWNER_NAME, settings.owner_name(name))
