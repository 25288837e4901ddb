"""Tables, as SQLAlchemy typed ORM classes; times are UTC text with the zone beside them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Always four digits of year: strftime's %Y writes year 999 as "999" on some platforms, which
# older versions stored and could not read back. Reading accepts those rows too.
_UTC_TEXT = re.compile(
    r"\s*([0-9]{1,4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]{1,6}))?(?:Z|\+00:00)?\s*"
)


def utc_text(value: datetime) -> str:
    """An aware datetime as the sortable UTC text the store keeps (27 characters)."""
    moment = value.astimezone(UTC)
    return (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}Z"
    )


def parse_utc_text(value: str) -> datetime:
    """The stored text back as an aware UTC datetime, whether or not its year was padded."""
    match = _UTC_TEXT.fullmatch(value)
    if match is None:
        raise ValueError("not a stored UTC time")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction = int((match[7] or "0").ljust(6, "0"))
    return datetime(year, month, day, hour, minute, second, fraction, tzinfo=UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as sortable UTC text; naive datetimes are refused."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetimes are not stored")
        return utc_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return parse_utc_text(str(value))


class Base(DeclarativeBase):
    pass


class CheckInRow(Base):
    __tablename__ = "checkins"
    __table_args__ = (
        CheckConstraint("mood_steps IN (5, 7, 10)", name="mood_scale_size"),
        CheckConstraint("mood_step BETWEEN 1 AND mood_steps", name="mood_step_range"),
        # Energy is both steps or neither (not recorded: a Daylio import).
        CheckConstraint("(energy_step IS NULL) = (energy_steps IS NULL)", name="energy_recorded"),
        CheckConstraint("energy_steps IN (5, 7, 10)", name="energy_scale_size"),
        CheckConstraint("energy_step BETWEEN 1 AND energy_steps", name="energy_step_range"),
        CheckConstraint(
            "sleep_hours IS NULL OR (sleep_hours >= 0 AND sleep_hours <= 24)", name="sleep_range"
        ),
        # The Journal's text filter scans this instead of the table (migration 0007).
        Index("ix_checkins_note", "note"),
        # Ids are never reused, so an undo that puts an entry back under its id is safe.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at_utc: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    mood_step: Mapped[int] = mapped_column(Integer)
    mood_steps: Mapped[int] = mapped_column(Integer)
    energy_step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    energy_steps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sleep_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    tags: Mapped[list[CheckInTagRow]] = relationship(
        order_by="CheckInTagRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class CheckInTagRow(Base):
    __tablename__ = "checkin_tags"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('tag', 'tool', 'trigger', 'warning', 'breaking')", name="tag_kind"
        ),
        # Label lookups, and the text filter's scan of the labels (migration 0007).
        Index("ix_checkin_tags_label_checkin", "label", "checkin_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200))
    plan_entry_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SettingRow(Base):
    """Preferences that belong with the data (scales, the nudge rule), encrypted with it."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PlanVersionRow(Base):
    """One saved version of the plan; the newest is the current plan. Rows are never deleted."""

    __tablename__ = "plan_versions"
    __table_args__ = (
        CheckConstraint(
            "reason IN ('edit', 'restore', 'import', 'example')", name="plan_version_reason"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    saved_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(Text)


class RoleRow(Base):
    """A supporter's role; its hours are the canonical text of companion.boundaries.schedule."""

    __tablename__ = "roles"
    __table_args__ = (
        CheckConstraint("holidays_off IN (0, 1)", name="role_holidays_off"),
        UniqueConstraint("name", name="role_name_unique"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    zone: Mapped[str] = mapped_column(String(64))
    hours: Mapped[str] = mapped_column(Text, default="")
    holidays_off: Mapped[int] = mapped_column(Integer, default=0)
    holiday_country: Mapped[str | None] = mapped_column(String(8), nullable=True)
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    exceptions: Mapped[list[RoleExceptionRow]] = relationship(
        order_by="RoleExceptionRow.day",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
    )


class RoleExceptionRow(Base):
    """A day off from a role's hours, or an extra session, by local date (YYYY-MM-DD)."""

    __tablename__ = "role_exceptions"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'off' AND start_time IS NULL AND end_time IS NULL) OR "
            "(kind = 'extra' AND start_time IS NOT NULL AND end_time IS NOT NULL)",
            name="role_exception_kind",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"), index=True)
    day: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(8))
    start_time: Mapped[str | None] = mapped_column(String(5), nullable=True)
    end_time: Mapped[str | None] = mapped_column(String(5), nullable=True)


class BoundaryRuleRow(Base):
    """A boundary rule the person owns; `seed` names the seed it started as, if any."""

    __tablename__ = "boundary_rules"
    __table_args__ = (
        CheckConstraint("enabled IN (0, 1)", name="boundary_rule_enabled"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    enabled: Mapped[int] = mapped_column(Integer, default=1)
    why: Mapped[str] = mapped_column(Text, default="")
    phrase: Mapped[str] = mapped_column(Text, default="")
    seed: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_utc: Mapped[datetime] = mapped_column(UtcDateTime)


class SupervisionTalkRow(Base):
    """A talk with a supervisor, a fellow supporter or a professional; dates are local."""

    __tablename__ = "supervision_talks"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10), index=True)
    with_whom: Mapped[str] = mapped_column(String(32))
    topics: Mapped[str] = mapped_column(Text, default="")
    try_next: Mapped[str] = mapped_column(Text, default="")
    next_day: Mapped[str | None] = mapped_column(String(10), nullable=True)
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_utc: Mapped[datetime] = mapped_column(UtcDateTime)


class ContactRow(Base):
    """A contact, about the supporter's own load: no name, nothing identifying required."""

    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("for_supervision IN (0, 1)", name="contact_for_supervision"),
        CheckConstraint(
            "outside_hours IS NULL OR outside_hours IN (0, 1)", name="contact_outside_hours"
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at_utc: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    minutes: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    load: Mapped[int] = mapped_column(Integer)
    role_id: Mapped[int | None] = mapped_column(
        ForeignKey("roles.id", ondelete="SET NULL"), nullable=True, index=True
    )
    alias: Mapped[str] = mapped_column(String(40), default="")
    flags: Mapped[str] = mapped_column(String(100), default="")  # comma-separated keys
    reflection: Mapped[str] = mapped_column(Text, default="")
    for_supervision: Mapped[int] = mapped_column(Integer, default=0)
    outside_hours: Mapped[int | None] = mapped_column(Integer, nullable=True)
    supervision_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervision_talks.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    rules: Mapped[list[ContactRuleRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class ContactRuleRow(Base):
    """A rule that came under pressure ('pressure') or was broken ('broken') in a contact."""

    __tablename__ = "contact_rules"
    __table_args__ = (
        CheckConstraint("how IN ('pressure', 'broken')", name="contact_rule_how"),
        UniqueConstraint("contact_id", "rule_id", name="contact_rule_once"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    rule_id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rules.id", ondelete="CASCADE"), index=True
    )
    how: Mapped[str] = mapped_column(String(8))


class WeeklyReviewRow(Base):
    """A look back at one ISO week ("2026-W48"), in words."""

    __tablename__ = "weekly_reviews"
    __table_args__ = (
        UniqueConstraint("week", name="weekly_review_week"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week: Mapped[str] = mapped_column(String(8))
    hard: Mapped[str] = mapped_column(Text, default="")
    energy: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rested: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rest: Mapped[str] = mapped_column(Text, default="")
    talked_through: Mapped[str | None] = mapped_column(String(20), nullable=True)
    created_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_utc: Mapped[datetime] = mapped_column(UtcDateTime)
    rules: Mapped[list[WeeklyReviewRuleRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class WeeklyReviewRuleRow(Base):
    """How one rule fared in a weekly review: held, pressure or not-applicable."""

    __tablename__ = "weekly_review_rules"
    __table_args__ = (UniqueConstraint("review_id", "rule_id", name="weekly_review_rule_once"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(
        ForeignKey("weekly_reviews.id", ondelete="CASCADE"), index=True
    )
    rule_id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rules.id", ondelete="CASCADE"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(16))
