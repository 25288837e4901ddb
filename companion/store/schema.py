"""Schema versions through Alembic: refuse a newer store, copy before upgrading an older one.

A store already at HEAD_REVISION (every start but the first after an update) is recognised by
one plain query, without importing Alembic (about 100 ms of a start); Alembic is imported only
to judge or upgrade any other revision.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from companion.clock import now_utc
from companion.errors import DamagedStore, StoreNeedsUpgrade, StoreTooNew
from companion.files import ensure_private_folder, make_private

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# The newest migration in migrations/versions. A new migration must change it too:
# tests/store/test_schema.py fails while it differs from Alembic's own head.
HEAD_REVISION = "0007"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The head as Alembic finds it in migrations/ (HEAD_REVISION says the same, faster)."""
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(connection: Connection) -> str | None:
    """The store's revision, read as Alembic keeps it: None when there is none (a new store)."""
    table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if table is None:
        return None
    versions = [
        str(row[0]) for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")
    ]
    if len(versions) > 1:
        raise DamagedStore()  # Companion's history has one branch: one row or none
    return versions[0] if versions else None


def is_known(revision: str) -> bool:
    if revision == HEAD_REVISION:
        return True
    from alembic.util.exc import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def backup_path(backups: Path, revision: str, moment: datetime) -> Path:
    return backups / f"companion-{moment.strftime('%Y%m%dT%H%M%SZ')}-schema-{revision}.db"


def copy_store(engine: Engine, destination: Path) -> None:
    """An encrypted copy (same key) of the whole store, consistent even while it is open."""
    ensure_private_folder(destination.parent)
    with engine.connect() as connection:
        connection.exec_driver_sql("VACUUM INTO ?", (str(destination),))
    make_private(destination)


def bring_up_to_date(engine: Engine, backups: Path) -> str | None:
    """Check the store's revision; copy then upgrade an older one. Returns the backup made."""
    with engine.connect() as connection:
        current = current_revision(connection)
        if current is None and inspect(connection).get_table_names():
            raise DamagedStore()  # tables but no schema version: not a Companion store
    if current == HEAD_REVISION:
        return None
    if current is not None and not is_known(current):
        raise StoreTooNew()
    if current == head_revision():
        return None
    made: Path | None = None
    if current is not None:
        made = backup_path(backups, current, now_utc())
        copy_store(engine, made)
    with engine.begin() as connection:
        upgrade(connection)
    return str(made) if made else None


def require_up_to_date(engine: Engine) -> None:
    """For a read-only open, which cannot upgrade: the store must already be at the head."""
    with engine.connect() as connection:
        current = current_revision(connection)
        if current is None:
            raise DamagedStore()  # a store always has a revision once created
    if current == HEAD_REVISION:
        return
    if not is_known(current):
        raise StoreTooNew()
    if current != head_revision():
        raise StoreNeedsUpgrade()
