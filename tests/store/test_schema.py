"""The schema revision: a store at the head opens without Alembic; the head constant is true."""

from __future__ import annotations

import subprocess
import sys

import pytest

from companion import errors
from companion.paths import DataFolder
from companion.store import Store, open_store, schema, unlock_with_passphrase
from tests.conftest import PASSPHRASE

OPEN_AND_READ = """
import sys
from pathlib import Path
from companion.paths import DataFolder
from companion.store import open_store, unlock_with_passphrase
folder = DataFolder(Path(sys.argv[1]))
store = open_store(folder, unlock_with_passphrase(folder, sys.argv[2]))
store.count_checkins()
store.close()
print(sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
"""


def test_the_head_constant_is_alembics_head() -> None:
    """A new migration must move HEAD_REVISION too, or stores would not be upgraded."""
    assert schema.head_revision() == schema.HEAD_REVISION


def test_a_store_at_the_head_opens_without_importing_alembic(store: Store) -> None:
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_READ, str(store.folder.root), PASSPHRASE],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == "[]"


def test_a_version_table_with_two_rows_is_damage(store: Store) -> None:
    with store.transaction(writing=True) as session:
        session.connection().exec_driver_sql("INSERT INTO alembic_version VALUES ('0003')")
    folder: DataFolder = store.folder
    store.close()
    with pytest.raises(errors.DamagedStore):
        open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
