"""Plan versions in the store: the newest row is the current plan; rows are never deleted."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from companion.clock import now_utc
from companion.plan.history import REASONS, PlanVersion
from companion.plan.json_format import plan_from_json, plan_json
from companion.plan.model import Plan
from companion.store.models import PlanVersionRow


def _to_domain(row: PlanVersionRow) -> PlanVersion:
    return PlanVersion(
        id=row.id,
        started=row.started_utc,
        saved=row.saved_utc,
        reason=row.reason,
        plan=plan_from_json(json.loads(row.document), stored=True),
    )


# A version's columns as read by `latest_row`: (id, started, saved, reason, document).
VersionRow = tuple[int, datetime, datetime, str, str]


def version_from_row(row: VersionRow) -> PlanVersion:
    version_id, started, saved, reason, document = row
    return PlanVersion(
        id=version_id,
        started=started,
        saved=saved,
        reason=reason,
        plan=plan_from_json(json.loads(document), stored=True),
    )


def _document(plan: Plan) -> str:
    return json.dumps(plan_json(plan), ensure_ascii=False)


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def latest(self) -> PlanVersion | None:
        newest = select(PlanVersionRow).order_by(PlanVersionRow.id.desc()).limit(1)
        row = self._session.scalar(newest)  # without the limit the ORM reads every version
        return _to_domain(row) if row is not None else None

    def latest_row(self) -> VersionRow | None:
        """The newest version's columns, not yet decoded (the store keeps the last one decoded)."""
        newest = (
            select(
                PlanVersionRow.id,
                PlanVersionRow.started_utc,
                PlanVersionRow.saved_utc,
                PlanVersionRow.reason,
                PlanVersionRow.document,
            )
            .order_by(PlanVersionRow.id.desc())
            .limit(1)
        )
        row = self._session.execute(newest).first()
        return None if row is None else (row[0], row[1], row[2], row[3], row[4])

    def get(self, version_id: int) -> PlanVersion | None:
        row = self._session.get(PlanVersionRow, version_id)
        return _to_domain(row) if row is not None else None

    def all(self) -> list[PlanVersion]:
        rows = self._session.scalars(select(PlanVersionRow).order_by(PlanVersionRow.id))
        return [_to_domain(row) for row in rows]

    def save(self, plan: Plan, *, version_id: int | None, reason: str = "edit") -> int:
        """Update the session's own version, or start a new one; returns its id."""
        if reason not in REASONS:
            raise ValueError("unknown reason")
        stamp = now_utc()
        if version_id is not None:
            row = self._session.get(PlanVersionRow, version_id)
            latest = self._session.scalar(
                select(PlanVersionRow.id).order_by(PlanVersionRow.id.desc())
            )
            if row is not None and row.id == latest:
                row.document = _document(plan)
                row.saved_utc = stamp
                self._session.flush()
                return row.id
        row = PlanVersionRow(
            started_utc=stamp, saved_utc=stamp, reason=reason, document=_document(plan)
        )
        self._session.add(row)
        self._session.flush()
        return row.id
