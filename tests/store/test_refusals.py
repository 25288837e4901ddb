"""Each way a store can be wrong gets its own message and exit code, and stays byte-identical."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion import errors
from companion.cli import main as cli
from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.store import create_store, open_store, schema, unlock_with_passphrase
from companion.store.engine import raw_connect
from tests.conftest import PASSPHRASE, snapshot

MARKER = "REFUSAL-NOTE-42"


@pytest.fixture
def filled(folder: DataFolder) -> DataFolder:
    store, _ = create_store(folder, PASSPHRASE)
    for day in range(1, 40):  # enough rows for several pages
        store.add_checkin(
            new_checkin(
                at=datetime(2026, 10, day % 28 + 1, 8, tzinfo=UTC),
                zone="Asia/Tokyo",
                mood=day % 7 + 1,
                energy=4,
                note=f"{MARKER} {day} " * 20,
            )
        )
    store.close()
    return folder


def _random_bytes(folder: DataFolder) -> None:
    folder.database.write_bytes(os.urandom(folder.database.stat().st_size))


def _truncate(folder: DataFolder) -> None:
    data = folder.database.read_bytes()
    folder.database.write_bytes(data[: len(data) // 3])


def _zero_length(folder: DataFolder) -> None:
    folder.database.write_bytes(b"")


def _flip_page_one(folder: DataFolder) -> None:
    data = bytearray(folder.database.read_bytes())
    data[100] ^= 0x40
    folder.database.write_bytes(bytes(data))


def _remove_key_file(folder: DataFolder) -> None:
    folder.key_file.unlink()


def _empty_key_file(folder: DataFolder) -> None:
    folder.key_file.write_bytes(b"")


def _remove_database(folder: DataFolder) -> None:
    folder.database.unlink()


def _from_the_future(folder: DataFolder) -> None:
    connection = raw_connect(folder.database, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    finally:
        connection.close()


CASES: list[tuple[str, Callable[[DataFolder], None], type[errors.StoreProblem], int]] = [
    ("random bytes", _random_bytes, errors.DamagedStore, 2),
    ("truncated database", _truncate, errors.DamagedStore, 2),
    ("zero-length database", _zero_length, errors.DamagedStore, 2),
    ("flipped byte in page 1", _flip_page_one, errors.DamagedStore, 2),
    ("missing key file", _remove_key_file, errors.MissingKeyFile, 2),
    ("zero-length key file", _empty_key_file, errors.DamagedKeyFile, 2),
    ("missing database", _remove_database, errors.MissingDatabase, 2),
    ("store newer than the app", _from_the_future, errors.StoreTooNew, 3),
]


def _open(folder: DataFolder) -> None:
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    store.all_checkins()
    store.close()


@pytest.mark.parametrize(
    ("name", "damage", "problem", "exit_code"), CASES, ids=[c[0] for c in CASES]
)
def test_refused_with_its_own_message_and_nothing_changed(
    filled: DataFolder, name, damage, problem, exit_code, monkeypatch, capsys
) -> None:
    damage(filled)
    before = snapshot(filled.root)
    with pytest.raises(problem) as raised:
        _open(filled)
    assert type(raised.value) is problem
    assert snapshot(filled.root) == before

    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    for command in (
        ["verify"],
        ["checkin", "--mood", "3", "--energy", "3"],
        ["export", "--output", str(filled.root.parent / "out.json")],
    ):
        code = cli.main(["--data-dir", str(filled.root), *command])
        captured = capsys.readouterr()
        assert code == exit_code, (command, captured.err)
        assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
        assert problem.message.split(".")[0] in captured.err
        assert MARKER not in captured.err + captured.out
        assert snapshot(filled.root) == before
    assert not (filled.root.parent / "out.json").exists()


def test_wrong_passphrase_is_told_apart_from_damage(filled: DataFolder, monkeypatch, capsys):
    before = snapshot(filled.root)
    with pytest.raises(errors.WrongPassphrase):
        unlock_with_passphrase(filled, "not my passphrase")
    monkeypatch.setenv("COMPANION_PASSPHRASE", "not my passphrase")
    assert cli.main(["--data-dir", str(filled.root), "verify"]) == 2
    err = capsys.readouterr().err
    assert "passphrase does not unlock" in err and "damaged" not in err
    assert snapshot(filled.root) == before


def test_every_problem_has_a_distinct_message() -> None:
    messages = [problem.message for _n, _d, problem, _c in CASES]
    messages.append(errors.WrongPassphrase.message)
    assert len(set(messages)) == len(set(CASES_PROBLEMS := [c[2] for c in CASES])) + 1
    assert CASES_PROBLEMS


def _with_second_revision(tmp_path: Path) -> Path:
    copy = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, copy)
    head = schema.head_revision()
    (copy / "versions" / "9001_test_column.py").write_text(
        '"""Test-only revision."""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9001'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('checkins') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text(), nullable=True))\n"
        "def downgrade():\n    pass\n"
    )
    return copy


def test_older_store_is_copied_then_upgraded(filled: DataFolder, tmp_path, monkeypatch) -> None:
    head = schema.head_revision()
    monkeypatch.setattr(schema, "MIGRATIONS", _with_second_revision(tmp_path))
    monkeypatch.setattr(schema, "HEAD_REVISION", "9001")
    key = unlock_with_passphrase(filled, PASSPHRASE)
    store = open_store(filled, key)
    rows = store.all_checkins()
    store.close()
    assert len(rows) == 39
    backups = list(filled.backups.iterdir())
    assert len(backups) == 1 and f"schema-{head}" in backups[0].name
    assert backups[0].stat().st_mode & 0o777 == 0o600
    assert MARKER.encode() not in backups[0].read_bytes()
    old = raw_connect(backups[0], key)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert old.execute("SELECT count(*) FROM checkins").fetchone()[0] == 39
    finally:
        old.close()
    upgraded = raw_connect(filled.database, key)
    try:
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001"
    finally:
        upgraded.close()


def _edit_key_file(folder: DataFolder, change: Callable[[dict], None]) -> None:
    import json

    document = json.loads(folder.key_file.read_bytes())
    change(document)
    folder.key_file.write_text(json.dumps(document))


KEY_FILE_DAMAGE: dict[str, Callable[[DataFolder], None]] = {
    "truncated nonce": lambda f: _edit_key_file(
        f, lambda d: d["wraps"]["passphrase"].update(nonce=d["wraps"]["passphrase"]["nonce"][:7])
    ),
    "nonce not base64": lambda f: _edit_key_file(
        f, lambda d: d["wraps"]["passphrase"].update(nonce="%%%")
    ),
    "memory 2**40 KiB": lambda f: _edit_key_file(
        f, lambda d: d["wraps"]["passphrase"]["kdf"].update(memory_kib=2**40)
    ),
    "iterations as text": lambda f: _edit_key_file(
        f, lambda d: d["wraps"]["passphrase"]["kdf"].update(iterations="3")
    ),
    "wraps missing": lambda f: _edit_key_file(f, lambda d: d.pop("wraps")),
    "deep nesting": lambda f: f.key_file.write_text("[" * 50_000 + "]" * 50_000),
    "cut in half": lambda f: f.key_file.write_bytes(
        f.key_file.read_bytes()[: len(f.key_file.read_bytes()) // 2]
    ),
}


@pytest.mark.parametrize("damage", KEY_FILE_DAMAGE.values(), ids=KEY_FILE_DAMAGE.keys())
def test_malformed_key_file_is_exit_2_and_nothing_changes(
    filled: DataFolder, damage, monkeypatch, capsys
) -> None:
    damage(filled)
    before = snapshot(filled.root)
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    for command in (
        ["verify"],
        ["checkin", "--mood", "3", "--energy", "3"],
        ["export", "--output", str(filled.root.parent / "out.json")],
    ):
        code = cli.main(["--data-dir", str(filled.root), *command])
        err = capsys.readouterr().err
        assert code == 2, (command, err)
        assert err.count("\n") == 1 and errors.DamagedKeyFile.message.split(".")[0] in err
        assert snapshot(filled.root) == before
    assert not (filled.root.parent / "out.json").exists()


def test_truncated_nonce_in_a_real_process(filled: DataFolder) -> None:
    from tests.conftest import run_companion

    KEY_FILE_DAMAGE["truncated nonce"](filled)
    before = snapshot(filled.root)
    result = run_companion(filled, "export", "--output", str(filled.root.parent / "out.json"))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "key file" in result.stderr
    assert snapshot(filled.root) == before
