"""The plan and its history: what the Plan page, the history dialog and `companion plan` ask."""

from __future__ import annotations

from companion.plan.examples import example_plan
from companion.plan.history import PlanVersion
from companion.plan.model import Plan
from companion.store import Store


class PlanService:
    """The plan of one open store. Every save is a version; nothing is ever erased."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def current(self) -> Plan:
        """The newest version, or an empty plan before the first save."""
        newest = self._store.current_plan()
        return newest.plan if newest is not None else Plan()

    def save(self, plan: Plan, version_id: int | None) -> int:
        """Autosave: the editing session's own version is updated, or a new one started."""
        return self._store.save_plan(plan, version_id=version_id)

    def save_new_version(self, plan: Plan, reason: str) -> int:
        """`plan` becomes current as a new version ("import", "example", "restore")."""
        return self._store.save_plan(plan, version_id=None, reason=reason)

    def versions(self) -> list[PlanVersion]:
        """Oldest first."""
        return self._store.plan_versions()

    def restore(self, version_id: int) -> Plan:
        """Make an old version current again, as a new version; nothing is erased."""
        old = self._store.plan_version(version_id)
        if old is None:
            raise KeyError(version_id)
        self.save_new_version(old.plan, "restore")
        return old.plan

    def start_from_example(self, language: str) -> Plan:
        plan = example_plan(language)
        self.save_new_version(plan, "example")
        return plan
