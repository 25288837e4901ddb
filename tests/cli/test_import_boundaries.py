"""`companion import` of our JSON export brings back roles, rules, contacts, supervision talks,
weekly reviews and crisis lines: export → import into a new store → export is the same."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from companion.cli import main as cli
from companion.paths import DataFolder
from companion.settings import BOUNDARY_RULES_SEEDED, CRISIS_LINES
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot

SECTIONS = ("roles", "rules", "contacts", "supervision", "weekly_reviews", "crisis_lines")


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One demo store's export (made once: a demo takes a moment)."""
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
        patch.setenv("TZ", "Asia/Tokyo")
        assert run(root / "store", "demo", "--years", "0.3", "--lang", "ja") == 0
        assert run(root / "store", "export", "--output", str(root / "export.json")) == 0
    document: dict[str, Any] = json.loads((root / "export.json").read_text("utf-8"))
    return document


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert run(tmp_path / "new", "init") == 0
    capsys.readouterr()
    return tmp_path / "new"


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def _export(folder: Path, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "again.json"
    assert run(folder, "export", "--output", str(out)) == 0
    document: dict[str, Any] = json.loads(out.read_text("utf-8"))
    return document


def without_ids(document: dict[str, Any]) -> dict[str, Any]:
    """The sections with every id replaced by what it stands for (a name, a text, a time)."""
    roles = {role["id"]: role["name"] for role in document["roles"]}
    rules = {rule["id"]: rule["text"] for rule in document["rules"]}
    contacts = {contact["id"]: contact["at_utc"] for contact in document["contacts"]}
    talks = {talk["id"]: (talk["date"], talk["with_whom"]) for talk in document["supervision"]}
    plain: dict[str, Any] = {
        "roles": [{**role, "id": None} for role in document["roles"]],
        "rules": [{**rule, "id": None} for rule in document["rules"]],
        "crisis_lines": document["crisis_lines"],
        "contacts": [
            {
                **contact,
                "id": None,
                "role_id": roles.get(contact["role_id"]),
                "rules": [{**mark, "rule_id": rules[mark["rule_id"]]} for mark in contact["rules"]],
                "talked_through_in": talks.get(contact["talked_through_in"]),
            }
            for contact in document["contacts"]
        ],
        "supervision": [
            {**talk, "id": None, "contact_ids": sorted(contacts[i] for i in talk["contact_ids"])}
            for talk in document["supervision"]
        ],
        "weekly_reviews": [
            {
                **review,
                "id": None,
                "rules": [{**item, "rule_id": rules[item["rule_id"]]} for item in review["rules"]],
            }
            for review in document["weekly_reviews"]
        ],
        "checkins": [{**entry, "id": None} for entry in document["checkins"]],
    }
    return plain


def _store(folder: Path):
    data = DataFolder(folder)
    return open_store(data, unlock_with_passphrase(data, PASSPHRASE))


def test_export_import_export_round_trips_every_section(demo_export, fresh, tmp_path, capsys):
    assert all(demo_export[name] for name in SECTIONS)  # the demo fills every section
    source = _write(tmp_path, demo_export)
    assert run(fresh, "import", str(source), "--yes") == 0
    out = capsys.readouterr().out
    assert "roles: 3 added, 0 already there" in out and "companion plan import" in out
    again = without_ids(_export(fresh, tmp_path))
    first = without_ids(demo_export)
    for name in (*SECTIONS, "checkins"):
        assert again[name] == first[name], name
    store = _store(fresh)
    try:
        assert store.setting(BOUNDARY_RULES_SEEDED) is True  # no seeds added on top
        assert store.setting(CRISIS_LINES) is not None
    finally:
        store.close()


def test_a_second_import_adds_nothing(demo_export, fresh, tmp_path, capsys):
    source = _write(tmp_path, demo_export)
    assert run(fresh, "import", str(source), "--yes") == 0
    once = without_ids(_export(fresh, tmp_path))
    capsys.readouterr()
    assert run(fresh, "import", str(source), "--yes") == 0
    out = capsys.readouterr().out
    for kind in ("roles", "rules", "contacts", "supervision talks", "weekly reviews"):
        assert f"{kind}: 0 added" in out, kind
    assert without_ids(_export(fresh, tmp_path)) == once


def test_an_edited_crisis_list_is_kept(demo_export, fresh, tmp_path, capsys):
    assert (
        run(fresh, "import", str(_write(tmp_path, {**demo_export, "crisis_lines": []})), "--yes")
        == 0
    )
    capsys.readouterr()
    assert run(fresh, "import", str(_write(tmp_path, demo_export)), "--yes") == 0
    assert "crisis lines: the store's own list was kept" in capsys.readouterr().out
    assert _export(fresh, tmp_path)["crisis_lines"] == []


def _broken(document: dict[str, Any], section: str, index: int, key: str, value: Any) -> dict:
    changed = json.loads(json.dumps(document))
    changed[section][index][key] = value
    return changed


SECRET = "ないしょの言葉"
BROKEN = [
    ("roles", 1, "hours", "Mon-Fri 10:00-17:00, Funday 9-5", "roles[1].hours: part 2"),
    ("roles", 0, "exceptions", [{"date": "2026-02-30", "kind": "off"}], "roles[0].exceptions.date"),
    ("rules", 2, "text", SECRET * 100, "rules[2].text: "),
    ("contacts", 5, "minutes", 0, "contacts[5].minutes: "),
    ("contacts", 1, "role_id", 999, "contacts[1].role_id: no role"),
    ("contacts", 0, "reflection", SECRET * 1000, "contacts[0].reflection: "),
    ("supervision", 0, "contact_ids", [999], "supervision[0].contact_ids[0]: no contact"),
    ("supervision", 0, "topics", SECRET * 1000, "supervision[0].topics: "),
    ("weekly_reviews", 0, "rules", [{"rule_id": 999, "outcome": "held"}],
     "weekly_reviews[0].rules[0].rule_id: no rule"),
    ("weekly_reviews", 0, "hard", SECRET * 1000, "weekly_reviews[0].hard: "),
    ("crisis_lines", 0, "name", SECRET * 100, "crisis_lines[0].name: "),
]  # fmt: skip


@pytest.mark.parametrize(("section", "index", "key", "value", "expected"), BROKEN)
def test_a_broken_entry_is_refused_by_place_and_changes_nothing(
    demo_export, fresh, tmp_path, capsys, section, index, key, value, expected
):
    source = _write(tmp_path, _broken(demo_export, section, index, key, value))
    before = snapshot(fresh)
    assert run(fresh, "import", str(source), "--yes") == 1
    err = capsys.readouterr().err
    assert expected in err and len(err.splitlines()) == 1
    assert SECRET not in err and "Funday" not in err
    assert snapshot(fresh) == before


def test_more_roles_than_a_store_holds_is_refused_before_writing(
    demo_export, fresh, tmp_path, capsys
):
    from companion.boundaries.roles import Role
    from companion.limits import MAX_ROLES

    store = _store(fresh)
    try:
        for number in range(MAX_ROLES - 1):
            store.save_role(Role(name=f"role {number}", zone="Asia/Tokyo"))
    finally:
        store.close()
    source = _write(tmp_path, demo_export)
    before = snapshot(fresh)
    assert run(fresh, "import", str(source), "--yes") == 1
    err = capsys.readouterr().err
    assert f"more than {MAX_ROLES}" in err and len(err.splitlines()) == 1
    assert snapshot(fresh) == before
