"""Creating, unlocking, opening and checking a store; `Store` is the open store's one door.

A wrong key and a damaged file are never "repaired" or recreated: every check here reads before
it writes, and nothing is written to a store that failed a check. Before the first write of a
session, SQLCipher checks every page (about 15 ms on a ten-year store); a store that fails it,
or that failed a read, takes no more writes in this process.

Commands that only read (export, verify) fall back to a read-only open when the folder cannot be
written (a read-only mount, missing permissions, a full disk), and then create nothing at all.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from companion.boundaries.json_import import BoundaryCounts, BoundaryImport
from companion.boundaries.log import Contact, SupervisionTalk, WeeklyReview
from companion.boundaries.roles import Role
from companion.boundaries.rules import BoundaryRule
from companion.errors import (
    DamagedStore,
    KnownDamagedStore,
    StoreExists,
    StoreUnavailable,
    Unavailability,
)
from companion.files import ensure_private_folder, fsync_folder, make_private
from companion.journal.checkin import CheckIn, JournalFilter, checkin_fingerprint
from companion.paths import DataFolder
from companion.plan.history import PlanVersion
from companion.plan.model import Plan
from companion.settings import Setting
from companion.store import keys
from companion.store.boundary_import import check_room, import_boundaries
from companion.store.boundary_repository import BoundaryRepository
from companion.store.checking import (
    READ_ONLY_RESCUE,
    Stamp,
    file_stamp,
    known_damaged,
    no_leftover_sidecars,
    read_only_mode,
    remember_damaged,
    remove_if_present,
)
from companion.store.engine import (
    ReadOnlyMode,
    cipher_problems,
    looks_plaintext,
    make_engine,
    store_problems,
)
from companion.store.folder import (
    StoreState,
    inspect_folder,
    read_key_file,
)
from companion.store.keychain import KeyVault
from companion.store.plan_repository import PlanRepository, VersionRow, version_from_row
from companion.store.repositories import CheckinRepository, SettingsRepository
from companion.store.role_repository import RoleRepository
from companion.store.schema import bring_up_to_date, require_up_to_date

if TYPE_CHECKING:
    from companion.store.rekeying import Rekeyed

T = TypeVar("T")

# Each DBAPI connection of this process gets its own number (see Store.change_token).
_connection_numbers = itertools.count(1)
CONNECTION_NUMBER = "companion_connection_number"


def create_store(
    folder: DataFolder,
    passphrase: str,
    *,
    vault: KeyVault | None = None,
    kdf: keys.KdfParams | None = None,
) -> tuple[Store, str]:
    """Create the database and its key file; returns the open store and the recovery code."""
    with store_problems(folder.root):
        ensure_private_folder(folder.root)
    if inspect_folder(folder) is not StoreState.ABSENT:
        raise StoreExists()
    key, code, key_file = keys.create_key_file(passphrase, kdf)
    staging_db = folder.database.with_name(folder.database.name + ".creating")
    staging_key = folder.key_file.with_name(folder.key_file.name + ".creating")
    with store_problems(folder.root):
        remove_if_present(staging_db, staging_key, *DataFolder(staging_db.parent).sidecars())
        staging_db.touch(mode=0o600)
        engine = make_engine(staging_db, key)
        try:
            bring_up_to_date(engine, folder.backups)
        finally:
            engine.dispose()
        if looks_plaintext(staging_db):
            remove_if_present(staging_db)
            raise RuntimeError("SQLCipher wrote a plaintext database; refusing to continue")
        make_private(staging_db)
        if vault is not None and vault.save(key_file.store_id, key):
            key_file = replace(key_file, remember_in_keychain=True)
        keys.write_key_file(staging_key, key_file)
        os.replace(staging_key, folder.key_file)
        os.replace(staging_db, folder.database)
        fsync_folder(folder.root)
    return open_store(folder, key), code


def _checked_key_file(folder: DataFolder, key: keys.DataKey) -> keys.KeyFile:
    key_file = read_key_file(folder)
    if not keys.key_belongs(key_file, key):
        raise ValueError("that key does not belong to this store")
    with store_problems(folder.root):
        if looks_plaintext(folder.database):
            raise DamagedStore()
    return key_file


def open_store(folder: DataFolder, key: keys.DataKey) -> Store:
    key_file = _checked_key_file(folder, key)
    with no_leftover_sidecars(folder):
        engine = make_engine(folder.database, key)
        try:
            with store_problems(folder.root):
                bring_up_to_date(engine, folder.backups)
        except BaseException:
            engine.dispose()
            raise
    return Store(folder, engine, key_file, key)


def open_store_for_reading(folder: DataFolder, key: keys.DataKey) -> Store:
    """For commands that only read: the ordinary open where the folder allows it; on a read-only
    mount, a folder without write permission or a full disk, a read-only open that creates and
    changes nothing. Writing through the returned store is refused with the original reason."""
    try:
        return open_store(folder, key)
    except StoreUnavailable as problem:
        if problem.reason not in READ_ONLY_RESCUE:
            raise
        cause = problem
    key_file = _checked_key_file(folder, key)
    mode = read_only_mode(folder)
    stamp = file_stamp(folder)
    engine = make_engine(folder.database, key, read_only=mode)
    try:
        with no_leftover_sidecars(folder), store_problems(folder.root):
            require_up_to_date(engine)
    except StoreUnavailable:
        engine.dispose()
        raise cause from None
    except BaseException:
        engine.dispose()
        raise
    return Store(folder, engine, key_file, key, read_only=(mode, cause, stamp))


def _import_checkins(session: Session, entries: Sequence[CheckIn]) -> tuple[int, int]:
    repository = CheckinRepository(session)
    seen = repository.fingerprints()
    fresh = []
    for entry in entries:
        fingerprint = checkin_fingerprint(entry)
        if fingerprint not in seen:
            seen.add(fingerprint)
            fresh.append(entry)
    repository.add_many(fresh)
    return len(fresh), len(entries) - len(fresh)


class Store:
    """An unlocked store. Every read and write goes through a transaction here.

    A context manager: `with open_store(folder, key) as store:` closes it when the block ends,
    also when the block raises."""

    def __init__(
        self,
        folder: DataFolder,
        engine: Engine,
        key_file: keys.KeyFile,
        key: keys.DataKey,
        *,
        read_only: tuple[ReadOnlyMode, StoreUnavailable, Stamp] | None = None,
    ) -> None:
        self.folder = folder
        self._engine: Engine | None = engine
        self._key_file = key_file
        self._key = key
        self._read_only = read_only
        self._pages_checked = False
        # The newest plan version as read last time, with the row it was decoded from.
        self._plan_memo: tuple[VersionRow, PlanVersion] | None = None

    @property
    def is_read_only(self) -> bool:
        return self._read_only is not None

    def _before_first_write(self, engine: Engine) -> None:
        """Refuse to write into a read-only open or a damaged store; check every page once."""
        if self._read_only is not None:
            raise StoreUnavailable(self._read_only[1].reason)
        if known_damaged(self.folder):
            raise KnownDamagedStore()
        if self._pages_checked:
            return
        with store_problems(self.folder.root):
            connection = engine.raw_connection()
            try:
                damaged = bool(cipher_problems(connection))
            finally:
                connection.close()
        if damaged:
            remember_damaged(self.folder)
            raise KnownDamagedStore()
        self._pages_checked = True

    def _after_read_only(self) -> None:
        """An immutable open reads without locks: if anyone wrote meanwhile, what was read may
        be a mixture, so it is refused rather than trusted."""
        if (
            self._read_only is not None
            and self._read_only[0] is ReadOnlyMode.IMMUTABLE
            and file_stamp(self.folder) != self._read_only[2]
        ):
            raise StoreUnavailable(Unavailability.BUSY)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def remembers_key(self) -> bool:
        return self._key_file.remember_in_keychain

    @contextlib.contextmanager
    def transaction(self, *, writing: bool = False) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.
        A writing one is refused on a store known to be damaged; a damaged page met on the way
        makes the store known to be damaged.

        The driver runs in autocommit mode (`isolation_level=None`, so that SQLAlchemy never
        meets an implicit transaction), which would make each statement its own transaction:
        an explicit BEGIN makes the block one, so a failure part-way (a full disk between the
        check-in and its tags) stores nothing."""
        if self._engine is None:
            raise RuntimeError("the store is closed")
        if writing:
            self._before_first_write(self._engine)
        try:
            with (
                store_problems(self.folder.root),
                Session(self._engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                # IMMEDIATE: a write takes the lock first (waiting up to the busy timeout)
                # rather than failing on a snapshot another process has since written over.
                session.connection().exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
                yield session
        except DamagedStore:
            remember_damaged(self.folder)
            raise
        self._after_read_only()

    def change_token(self) -> tuple[int, int, int]:
        """A value that differs after anything was written to the store, by this process or
        another, so that what was read before may be kept while it is unchanged (the tag
        choices). One connection's number, SQLite's `data_version` (it changes when another
        connection commits) and its `total_changes` (rows this connection changed); a
        different connection gives a different number, so tokens never match by chance."""
        with self.transaction() as session:
            connection = session.connection()
            pooled = connection.connection
            number = pooled.info.setdefault(CONNECTION_NUMBER, next(_connection_numbers))
            data_version = connection.exec_driver_sql("PRAGMA data_version").scalar()
            changes = pooled.dbapi_connection.total_changes  # type: ignore[union-attr]
        return int(number), int(data_version or 0), int(changes)

    def add_checkin(self, checkin: CheckIn) -> CheckIn:
        with self.transaction(writing=True) as session:
            return CheckinRepository(session).add(checkin)

    def checkins_between(self, start: datetime, end: datetime) -> list[CheckIn]:
        with self.transaction() as session:
            return CheckinRepository(session).between(start, end)

    def all_checkins(self) -> list[CheckIn]:
        with self.transaction() as session:
            return list(CheckinRepository(session).every())

    def count_checkins(self) -> int:
        with self.transaction() as session:
            return CheckinRepository(session).count()

    def update_checkin(self, checkin: CheckIn) -> CheckIn:
        with self.transaction(writing=True) as session:
            return CheckinRepository(session).update(checkin)

    def restore_checkin(self, checkin: CheckIn) -> CheckIn:
        """Undo of a delete: the entry back under its own id."""
        with self.transaction() as session:
            return CheckinRepository(session).restore(checkin)

    def delete_checkin(self, checkin_id: int) -> None:
        with self.transaction(writing=True) as session:
            CheckinRepository(session).delete(checkin_id)

    def journal_page(self, wanted: JournalFilter, offset: int, limit: int) -> list[CheckIn]:
        with self.transaction() as session:
            return CheckinRepository(session).page(wanted, offset, limit)

    def journal_count(self, wanted: JournalFilter) -> int:
        with self.transaction() as session:
            return CheckinRepository(session).count_matching(wanted)

    def tag_labels(self) -> list[str]:
        with self.transaction() as session:
            return CheckinRepository(session).tag_labels()

    def import_checkins(self, entries: Sequence[CheckIn]) -> tuple[int, int]:
        """All or nothing, in one transaction; entries already stored are skipped.
        Returns (added, skipped)."""
        with self.transaction(writing=True) as session:
            return _import_checkins(session, entries)

    def import_export(
        self, entries: Sequence[CheckIn], boundaries: BoundaryImport | None
    ) -> tuple[int, int, BoundaryCounts]:
        """Our JSON export's check-ins and boundaries sections, all or nothing, in one
        transaction; what the store already has is skipped (companion/store/boundary_import.py).
        Returns (check-ins added, check-ins skipped, the boundaries' counts)."""
        with self.transaction(writing=True) as session:
            if boundaries is not None:
                check_room(session, boundaries)  # before anything is written
            added, skipped = _import_checkins(session, entries)
            counts = BoundaryCounts()
            if boundaries is not None:
                counts = import_boundaries(session, boundaries)
        return added, skipped, counts

    def setting(self, setting: Setting[T]) -> T:
        """A declared setting's value; its default when never set or not readable."""
        with self.transaction() as session:
            return SettingsRepository(session).get(setting)

    def set_setting(self, setting: Setting[T], value: T) -> None:
        with self.transaction(writing=True) as session:
            SettingsRepository(session).set(setting, value)

    # --- the plan -----------------------------------------------------------------------
    def current_plan(self) -> PlanVersion | None:
        """The newest version; decoded again only when its row differs from last time's (it
        is read on every check-in save, for the nudge and the tag choices)."""
        with self.transaction() as session:
            row = PlanRepository(session).latest_row()
            if row is None:
                return None
            memo = self._plan_memo
            if memo is not None and memo[0] == row:
                return memo[1]
            version = version_from_row(row)
        self._plan_memo = (row, version)
        return version

    def plan_versions(self) -> list[PlanVersion]:
        with self.transaction() as session:
            return PlanRepository(session).all()

    def plan_version(self, version_id: int) -> PlanVersion | None:
        with self.transaction() as session:
            return PlanRepository(session).get(version_id)

    def save_plan(self, plan: Plan, *, version_id: int | None, reason: str = "edit") -> int:
        with self.transaction(writing=True) as session:
            return PlanRepository(session).save(plan, version_id=version_id, reason=reason)

    # --- roles and activity hours ---------------------------------------------------------
    def roles(self) -> list[Role]:
        with self.transaction() as session:
            return RoleRepository(session).all()

    def save_role(self, role: Role) -> Role:
        with self.transaction(writing=True) as session:
            return RoleRepository(session).save(role)

    def delete_role(self, role_id: int) -> None:
        with self.transaction(writing=True) as session:
            RoleRepository(session).delete(role_id)

    # --- boundary rules, contacts, supervision, weekly reviews ----------------------------
    def boundary_rules(self) -> list[BoundaryRule]:
        with self.transaction() as session:
            return BoundaryRepository(session).rules()

    def boundary_rules_seeded(self) -> bool:
        with self.transaction() as session:
            return BoundaryRepository(session).seeded()

    def seed_boundary_rules(self, seeds: Sequence[BoundaryRule]) -> bool:
        """The seeds, once in the store's life (never after the list was seeded)."""
        with self.transaction(writing=True) as session:
            return BoundaryRepository(session).seed_once(seeds)

    def save_boundary_rule(self, rule: BoundaryRule) -> BoundaryRule:
        with self.transaction(writing=True) as session:
            return BoundaryRepository(session).save_rule(rule)

    def delete_boundary_rule(self, rule_id: int) -> None:
        with self.transaction(writing=True) as session:
            BoundaryRepository(session).delete_rule(rule_id)

    def reorder_boundary_rules(self, rule_ids: Sequence[int]) -> None:
        with self.transaction(writing=True) as session:
            BoundaryRepository(session).reorder_rules(rule_ids)

    def contacts(self, start: datetime | None = None, end: datetime | None = None) -> list[Contact]:
        with self.transaction() as session:
            return BoundaryRepository(session).contacts(start, end)

    def contact(self, contact_id: int) -> Contact:
        with self.transaction() as session:
            return BoundaryRepository(session).contact(contact_id)

    def save_contact(self, contact: Contact) -> Contact:
        with self.transaction(writing=True) as session:
            return BoundaryRepository(session).save_contact(contact)

    def save_contacts(self, contacts: Sequence[Contact]) -> list[Contact]:
        """Insert or replace many contacts in one transaction: all or nothing."""
        with self.transaction(writing=True) as session:
            repository = BoundaryRepository(session)
            return [repository.save_contact(contact) for contact in contacts]

    def delete_contact(self, contact_id: int) -> None:
        with self.transaction(writing=True) as session:
            BoundaryRepository(session).delete_contact(contact_id)

    def supervision_talks(self) -> list[SupervisionTalk]:
        with self.transaction() as session:
            return BoundaryRepository(session).talks()

    def save_supervision_talk(self, talk: SupervisionTalk) -> SupervisionTalk:
        with self.transaction(writing=True) as session:
            return BoundaryRepository(session).save_talk(talk)

    def delete_supervision_talk(self, talk_id: int) -> None:
        with self.transaction(writing=True) as session:
            BoundaryRepository(session).delete_talk(talk_id)

    def weekly_reviews(self) -> list[WeeklyReview]:
        with self.transaction() as session:
            return BoundaryRepository(session).reviews()

    def weekly_review(self, week: str) -> WeeklyReview | None:
        with self.transaction() as session:
            return BoundaryRepository(session).review(week)

    def save_weekly_review(self, review: WeeklyReview) -> WeeklyReview:
        with self.transaction(writing=True) as session:
            return BoundaryRepository(session).save_review(review)

    def delete_weekly_review(self, week: str) -> None:
        with self.transaction(writing=True) as session:
            BoundaryRepository(session).delete_review(week)

    # --- backups (companion/store/backup.py) ---------------------------------------------
    def copy_database(self, destination: Path) -> keys.KeyFile:
        """A consistent copy of the whole store at `destination` (absent or an empty file),
        written with `VACUUM INTO`, so encrypted with the same key; returns the key file that
        opens it. Works on a read-only open too (a read-only mount, a full disk), where a
        backup is most wanted."""
        if self._engine is None:
            raise RuntimeError("the store is closed")
        with store_problems(self.folder.root), self._engine.connect() as connection:
            if self._read_only is not None:  # the file itself is opened read-only anyway
                connection.exec_driver_sql("PRAGMA query_only = OFF")
            try:
                connection.exec_driver_sql("VACUUM INTO ?", (str(destination),))
            finally:
                if self._read_only is not None:
                    connection.exec_driver_sql("PRAGMA query_only = ON")
        return self._key_file

    def _save_key_file(self, key_file: keys.KeyFile) -> None:
        with store_problems(self.folder.root):
            keys.write_key_file(self.folder.key_file, key_file)
        self._key_file = key_file

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; the database is not rewritten."""
        self._save_key_file(keys.rewrap_passphrase(self._key_file, self._key, new_passphrase))

    def new_recovery_code(self) -> str:
        """A fresh recovery code, rewrapping the same data key; the old code opens nothing from
        the moment the key file is replaced. Returns the new code (shown once, never stored)."""
        key_file, code = keys.rewrap_recovery_code(self._key_file, self._key)
        self._save_key_file(key_file)
        return code

    def change_data_key(self, passphrase: str, vault: KeyVault | None) -> Rekeyed:
        """Re-encrypt the store under a new random key (store/rekeying.py) and go on with it,
        this same object: the pages that use it need not know. `passphrase` is checked first
        (WrongPassphrase, nothing closed). If the change fails, the store goes on with the old
        key; if even that cannot be opened, the store stays closed (`is_open` is False)."""
        from companion.store.rekeying import change_data_key

        if self._read_only is not None:
            raise StoreUnavailable(self._read_only[1].reason)
        if known_damaged(self.folder):
            raise KnownDamagedStore()
        keys.unlock_with_passphrase(self._key_file, passphrase)
        self.close()
        try:
            rekeyed = change_data_key(self.folder, passphrase, vault=vault)
        except BaseException:
            with contextlib.suppress(Exception):  # else it stays closed; the first error counts
                self._reopen(self._key)
            raise
        self._reopen(rekeyed.key)
        return rekeyed

    def _reopen(self, key: keys.DataKey) -> None:
        fresh = open_store(self.folder, key)
        self._engine, self._key_file, self._key = fresh._engine, fresh._key_file, fresh._key
        self._pages_checked = False

    def remember_key(self, vault: KeyVault) -> bool:
        if not vault.save(self._key_file.store_id, self._key):
            return False
        self._save_key_file(replace(self._key_file, remember_in_keychain=True))
        return True

    def forget_key(self, vault: KeyVault | None) -> None:
        if vault is not None:
            vault.forget(self._key_file.store_id)
        self._save_key_file(replace(self._key_file, remember_in_keychain=False))

    def close(self) -> None:
        """Close every connection; SQLite folds the WAL back into the database file."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
