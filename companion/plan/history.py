"""Plan versions: each editing session is one version; restoring makes a new one, erasing none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from companion.plan.model import Plan

REASONS = ("edit", "restore", "import", "example")


@dataclass(frozen=True)
class PlanVersion:
    """A saved plan: `started` when its editing session began, `saved` when last written."""

    id: int
    started: datetime
    saved: datetime
    reason: str
    plan: Plan
