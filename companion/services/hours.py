"""Roles and activity hours: what `companion hours`, the Boundaries page, the contact log's
outside-hours flag and the reminders ask of the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from companion.boundaries import hours
from companion.boundaries.roles import (
    DAY_OFF,
    EXTRA_SESSION,
    HoursException,
    Role,
    check_role,
    with_exception,
    without_exception,
)
from companion.boundaries.schedule import Schedule
from companion.clock import to_utc
from companion.errors import InvalidEntry
from companion.limits import MAX_ROLES
from companion.store import Store

DEFAULT_ROLE_NAMES = {"ja": "ピアサポート", "en": "Peer support"}

# Role names can say where a person works: these messages never repeat one.
SEVERAL_ROLES = "there are several roles; pass --role NAME (`companion hours show` lists them)"
NO_SUCH_ROLE = "no role by that name (`companion hours show` lists them)"
NO_ROLES = "no roles yet; set some hours first with `companion hours set`"


@dataclass(frozen=True)
class NewRoleDefaults:
    """What a role created by `set_hours` starts with."""

    name: str
    zone: str
    holiday_country: str | None  # its national holidays are off when known


class HoursService:
    """Roles and their hours in one open store. Times in and out are aware UTC datetimes."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- roles ----------------------------------------------------------------------------
    def roles(self) -> list[Role]:
        """In the order the person made them."""
        return self._store.roles()

    def role(self, name: str | None) -> Role:
        """The role called `name`; without a name, the only role. InvalidEntry otherwise."""
        return _chosen(self.roles(), name)

    def save(self, role: Role) -> Role:
        """Insert (no id) or replace (by id) a role, after checking it and its name is free."""
        check_role(role)
        others = [other for other in self.roles() if other.id != role.id]
        if any(other.name == role.name for other in others):
            raise InvalidEntry("role name", "another role already has that name")
        if role.id is None and len(others) >= MAX_ROLES:
            raise InvalidEntry("roles", f"at most {MAX_ROLES}")
        return self._store.save_role(role)

    def delete(self, role_id: int) -> None:
        self._store.delete_role(role_id)

    def set_hours(
        self,
        name: str | None,
        schedule: Schedule,
        defaults: NewRoleDefaults,
        *,
        kind: str | None = None,
        holidays_off: bool | None = None,
        holiday_country: str | None = None,
    ) -> Role:
        """Replace a role's regular hours (exceptions stay). A role named `name` that does not
        exist yet is created; without a name, the only role, or a first role named by
        `defaults`. Given options change the role; options left None keep what it has."""
        existing = self.roles()
        if name is None and not existing:
            name = defaults.name
        found = [role for role in existing if role.name == name] if name is not None else []
        if name is None:
            role = _chosen(existing, None)
        elif found:
            role = found[0]
        else:
            country = holiday_country or defaults.holiday_country
            role = Role(
                name=name,
                zone=defaults.zone,
                holiday_country=country,
                holidays_off=country is not None,
            )
        changed = replace(
            role,
            hours=schedule,
            kind=role.kind if kind is None else kind,
            holiday_country=role.holiday_country if holiday_country is None else holiday_country,
            holidays_off=role.holidays_off if holidays_off is None else holidays_off,
        )
        return self.save(changed)

    def add_day_off(self, name: str | None, day: date) -> Role:
        return self.save(with_exception(self.role(name), HoursException(day, DAY_OFF)))

    def add_extra_session(self, name: str | None, day: date, start: time, end: time) -> Role:
        extra = HoursException(day, EXTRA_SESSION, start, end)
        return self.save(with_exception(self.role(name), extra))

    def remove_exception(self, name: str | None, item: HoursException) -> Role:
        return self.save(without_exception(self.role(name), item))

    # --- when -----------------------------------------------------------------------------
    def windows_between(self, start_utc: datetime, end_utc: datetime) -> list[hours.Window]:
        """Every role's windows overlapping [start_utc, end_utc), by start: (start, end, role)."""
        return hours.windows_between(self.roles(), to_utc(start_utc), to_utc(end_utc))

    def is_within_hours(self, moment_utc: datetime, role: Role) -> bool:
        """Whether `moment_utc` is inside `role`'s hours (start inclusive, end exclusive)."""
        return hours.is_within_hours(to_utc(moment_utc), role)

    def next_start(self, role: Role, after_utc: datetime) -> datetime | None:
        return hours.next_start(role, to_utc(after_utc))

    def next_end(self, role: Role, after_utc: datetime) -> datetime | None:
        return hours.next_end(role, to_utc(after_utc))

    def next_windows(
        self, after_utc: datetime, count: int, roles: Sequence[Role] | None = None
    ) -> list[hours.Window]:
        chosen = self.roles() if roles is None else roles
        return hours.next_windows(chosen, to_utc(after_utc), count)


def _chosen(roles: Sequence[Role], name: str | None) -> Role:
    if name is None:
        if not roles:
            raise InvalidEntry("role", NO_ROLES)
        if len(roles) > 1:
            raise InvalidEntry("role", SEVERAL_ROLES)
        return roles[0]
    for role in roles:
        if role.name == name:
            return role
    raise InvalidEntry("role", NO_SUCH_ROLE)
