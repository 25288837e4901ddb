"""The one seam between widgets and the store: small functions the UI calls to read and change
data. Widgets never touch the store directly, so this work can move off the UI thread later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from companion import settings
from companion.clock import local_day_bounds, local_today, now_utc
from companion.errors import InvalidEntry, StoreProblem
from companion.files import write_private_atomically
from companion.journal import tagging
from companion.journal.checkin import (
    CheckIn,
    JournalFilter,
    Tag,
    new_checkin,
    parse_sleep_hours,
)
from companion.journal.files import checkins_csv
from companion.journal.nudge import Nudge, NudgeRule, evaluate
from companion.journal.scales import DEFAULT_STEPS
from companion.paths import DataFolder
from companion.plan.examples import example_plan
from companion.plan.history import PlanVersion
from companion.plan.model import Plan
from companion.store import (
    Store,
    StoreState,
    create_store,
    inspect_folder,
    open_store,
    read_key_file,
    system_vault,
    unlock_from_vault,
    unlock_with_passphrase,
    unlock_with_recovery_code,
)


def keychain_available() -> bool:
    return system_vault() is not None


def expects_keychain(folder: DataFolder) -> bool:
    """Whether the person chose automatic unlock for this store."""
    try:
        return read_key_file(folder).remember_in_keychain
    except StoreProblem:
        return False


def store_exists(folder: DataFolder) -> bool:
    """False on a first run; raises a StoreProblem for a half-store (never treated as new)."""
    return inspect_folder(folder) is StoreState.PRESENT


def create(folder: DataFolder, passphrase: str, *, remember: bool) -> tuple[Store, str]:
    return create_store(folder, passphrase, vault=system_vault() if remember else None)


def unlock(folder: DataFolder, secret: str, *, recovery_code: bool = False) -> Store:
    if recovery_code:
        key = unlock_with_recovery_code(folder, secret)
    else:
        key = unlock_with_passphrase(folder, secret)
    return open_store(folder, key)


def unlock_automatically(folder: DataFolder) -> Store | None:
    if not read_key_file(folder).remember_in_keychain:
        return None  # the keychain is not even asked (finding it takes a moment)
    key = unlock_from_vault(folder, system_vault())
    return open_store(folder, key) if key is not None else None


def set_remember_key(store: Store, remember: bool) -> bool:
    vault = system_vault()
    if remember:
        return vault is not None and store.remember_key(vault)
    store.forget_key(vault)
    return True


def change_passphrase(store: Store, new_passphrase: str) -> None:
    store.change_passphrase(new_passphrase)


@dataclass(frozen=True)
class CheckinForm:
    """What a check-in form holds, as typed."""

    mood: int | None
    energy: int | None
    sleep_text: str
    note: str
    tags: tuple[Tag, ...] = ()
    at: datetime | None = None  # None: now
    mood_steps: int = DEFAULT_STEPS
    energy_steps: int = DEFAULT_STEPS


def checkin_from_form(form: CheckinForm, zone: str, at: datetime | None = None) -> CheckIn:
    if form.mood is None:
        raise InvalidEntry("mood", "choose a step")
    if form.energy is None:
        raise InvalidEntry("energy", "choose a step")
    return new_checkin(
        at=at or form.at or now_utc(),
        zone=zone,
        mood=form.mood,
        energy=form.energy,
        sleep_hours=parse_sleep_hours(form.sleep_text),
        note=form.note,
        mood_steps=form.mood_steps,
        energy_steps=form.energy_steps,
        tags=form.tags,
    )


def save_checkin(store: Store, form: CheckinForm, zone: str, at: datetime | None = None) -> CheckIn:
    return store.add_checkin(checkin_from_form(form, zone, at))


def update_checkin(store: Store, checkin: CheckIn) -> CheckIn:
    return store.update_checkin(checkin)


def delete_checkin(store: Store, checkin_id: int) -> None:
    store.delete_checkin(checkin_id)


def add_checkin_again(store: Store, checkin: CheckIn) -> CheckIn:
    """Undo of a delete: the same entry back, under its own id."""
    return store.restore_checkin(checkin)


def journal_page(store: Store, wanted: JournalFilter, offset: int, limit: int) -> list[CheckIn]:
    return store.journal_page(wanted, offset, limit)


def journal_count(store: Store, wanted: JournalFilter) -> int:
    return store.journal_count(wanted)


def tag_labels(store: Store) -> list[str]:
    return store.tag_labels()


def import_checkins(store: Store, entries: list[CheckIn]) -> tuple[int, int]:
    """All or nothing; entries already in the journal are skipped. (added, skipped)"""
    return store.import_checkins(entries)


def export_checkins_csv(store: Store, path: Path) -> None:
    write_private_atomically(path, checkins_csv(store.all_checkins()).encode("utf-8-sig"))


def plan_tags(store: Store) -> list[Tag]:
    """The tools, triggers and signs of the current plan, as tags a check-in can carry."""
    return tagging.plan_tag_choices(load_plan(store))


# --- settings that live in the encrypted store ------------------------------------------------
def load_scales(store: Store) -> tuple[int, int]:
    """(mood steps, energy steps) for new check-ins."""
    sizes = store.setting(settings.SCALES)
    return sizes.mood, sizes.energy


def save_scales(store: Store, mood_steps: int, energy_steps: int) -> None:
    store.set_setting(settings.SCALES, settings.ScaleSizes(mood_steps, energy_steps))


def load_nudge_rule(store: Store) -> NudgeRule:
    return store.setting(settings.NUDGE_RULE)


def save_nudge_rule(store: Store, rule: NudgeRule) -> None:
    store.set_setting(settings.NUDGE_RULE, rule)


def todays_nudge(store: Store, zone: str, now: datetime | None = None) -> Nudge | None:
    rule = load_nudge_rule(store)
    today = local_today(zone, now)
    if store.setting(settings.NUDGE_DISMISSED_ON) == today:
        return None
    start, _ = local_day_bounds(today - timedelta(days=rule.days - 1), zone)
    _, end = local_day_bounds(today, zone)
    return evaluate(rule, store.checkins_between(start, end), today, load_plan(store))


def dismiss_nudge(store: Store, zone: str) -> None:
    store.set_setting(settings.NUDGE_DISMISSED_ON, local_today(zone))


def todays_checkins(store: Store, zone: str, now: datetime | None = None) -> list[CheckIn]:
    start, end = local_day_bounds(local_today(zone, now), zone)
    return store.checkins_between(start, end)


# --- the plan -------------------------------------------------------------------------------
def load_plan(store: Store) -> Plan:
    current = store.current_plan()
    return current.plan if current is not None else Plan()


def save_plan(store: Store, plan: Plan, version_id: int | None) -> int:
    """Autosave: the editing session's own version is updated, or a new one started."""
    return store.save_plan(plan, version_id=version_id)


def plan_versions(store: Store) -> list[PlanVersion]:
    return store.plan_versions()


def restore_plan_version(store: Store, version_id: int) -> Plan:
    """Make an old version current again, as a new version; nothing is erased."""
    old = store.plan_version(version_id)
    if old is None:
        raise KeyError(version_id)
    store.save_plan(old.plan, version_id=None, reason="restore")
    return old.plan


def start_plan_from_example(store: Store, language: str) -> Plan:
    plan = example_plan(language)
    store.save_plan(plan, version_id=None, reason="example")
    return plan
