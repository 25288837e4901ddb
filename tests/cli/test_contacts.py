"""`companion contact add|list` and `companion rules`: exit codes, the kind prompt, refusals
that leave the store byte-identical, the export's sections and the demo's log."""

from __future__ import annotations

import json

import pytest

from companion.cli import main as cli
from companion.paths import DataFolder
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot

SECRET_ALIAS = "Haruko"
SECRET_ROLE = "Sakura Clinic night desk"


@pytest.fixture
def ready(folder, monkeypatch, capsys) -> DataFolder:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert run(folder, "init") == 0
    assert run(folder, "hours", "set", "--role", SECRET_ROLE, "Mon-Fri 10:00-17:00") == 0
    capsys.readouterr()
    return folder


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


def stored(folder: DataFolder):
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        return store.contacts(), store.boundary_rules()
    finally:
        store.close()


LATE = ("--at", "2026-11-09T23:15", "--minutes", "20", "--channel", "phone", "--load", "4")


def test_a_contact_outside_hours_prints_the_prepared_phrase(ready, capsys) -> None:
    assert (
        run(
            ready,
            "contact",
            "add",
            *LATE,
            "--role",
            SECRET_ROLE,
            "--rule",
            "1",
            "--broken",
            "No lending or borrowing money",
            "--flag",
            "money",
            "--flag",
            "alone",
            "--alias",
            SECRET_ALIAS,
            "--reflection",
            "hard",
            "--supervision",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "outside the role's activity hours" in out
    assert "Thank you for reaching out" in out  # the seed's prepared phrase, in English
    assert "fail" not in out.lower() and "should" not in out.lower()
    (contact,), rules = stored(ready)
    assert contact.outside_hours is True and contact.for_supervision
    assert contact.alias == SECRET_ALIAS and contact.flags == ("money", "alone")
    assert [(m.rule_id, m.how) for m in contact.rules] == [
        (rules[0].id, "pressure"),
        (rules[1].id, "broken"),
    ]
    assert contact.at.isoformat() == "2026-11-09T14:15:00+00:00"  # local time in Tokyo


def test_within_hours_or_without_a_role_no_prompt(ready, capsys) -> None:
    during = (
        "--at",
        "2026-11-09T11:00",
        "--minutes",
        "30",
        "--channel",
        "in-person",
        "--load",
        "2",
    )
    assert run(ready, "contact", "add", *during, "--role", SECRET_ROLE) == 0
    assert run(ready, "contact", "add", *LATE) == 0
    assert capsys.readouterr().out == "Saved the contact.\nSaved the contact.\n"
    contacts, _ = stored(ready)
    assert [c.outside_hours for c in contacts] == [False, None]


@pytest.mark.parametrize(
    ("args", "code", "named"),
    [
        (("--minutes", "0"), 1, "minutes"),
        (("--minutes", "1441"), 1, "minutes"),
        (("--load", "6"), 1, "load"),
        (("--at", "tomorrow"), 1, "--at"),
        (("--at", "2030-01-01T10:00"), 1, "--at"),
        (("--at", "1899-12-31T10:00"), 1, "--at"),
        (("--channel", "letter"), 1, "channel"),
        (("--flag", "gossip"), 1, "flag"),
        (("--role", "Another Secret Place"), 1, "role"),
        (("--rule", "9"), 1, "rule"),
        (("--rule", "Never tell " + SECRET_ALIAS), 1, "rule"),
        (("--rule", "1", "--broken", "1"), 1, "rule"),
        (("--alias", "x" * 41), 1, "alias"),
        (("--alias", "\udcff"), 1, "alias"),
        (("--reflection", "\ud800"), 1, "reflection"),
        (("--reflection", "x" * 2_001), 1, "reflection"),
    ],
)
def test_refusals_say_one_line_and_change_nothing(ready, capsys, args, code, named) -> None:
    before = snapshot(ready.root)
    base = dict(zip(LATE[::2], LATE[1::2], strict=True))
    base.update(dict(zip(args[::2], args[1::2], strict=False)))
    extra = [item for pair in base.items() for item in pair]
    assert run(ready, "contact", "add", *extra) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and named in err
    assert SECRET_ALIAS not in err and "Secret" not in err
    assert snapshot(ready.root) == before


def test_a_first_refusal_does_not_seed_the_rules(ready, capsys) -> None:
    before = snapshot(ready.root)
    assert run(ready, "contact", "add", *LATE, "--rule", "6") == 1
    assert snapshot(ready.root) == before
    assert stored(ready) == ([], [])


def test_wrong_passphrase_is_exit_2_and_nothing_changes(ready, monkeypatch, capsys) -> None:
    before = snapshot(ready.root)
    monkeypatch.setenv("COMPANION_PASSPHRASE", "not the passphrase at all")
    assert run(ready, "contact", "add", *LATE) == 2
    assert run(ready, "contact", "list") == 2
    assert run(ready, "rules") == 2
    assert snapshot(ready.root) == before


def test_list_shows_the_persons_own_words_and_a_range(ready, capsys) -> None:
    assert run(ready, "contact", "list") == 0
    assert "No contacts logged yet." in capsys.readouterr().out
    assert (
        run(
            ready,
            "contact",
            "add",
            *LATE,
            "--role",
            SECRET_ROLE,
            "--alias",
            SECRET_ALIAS,
            "--rule",
            "2",
            "--flag",
            "too-deep",
            "--supervision",
        )
        == 0
    )
    capsys.readouterr()
    assert run(ready, "contact", "list") == 0
    out = capsys.readouterr().out
    assert "2026-11-09 23:15" in out and f"alias: {SECRET_ALIAS}" in out
    assert "outside activity hours" in out and "rule 2 under pressure" in out
    assert "flags: too-deep" in out and "to bring to supervision" in out
    assert "load: Very heavy" in out
    assert run(ready, "contact", "list", "--from", "2026-11-10") == 0
    assert "No contacts logged in those days." in capsys.readouterr().out
    assert run(ready, "contact", "list", "--from", "2026-11-09", "--to", "2026-11-09") == 0
    assert "2026-11-09 23:15" in capsys.readouterr().out
    assert run(ready, "contact", "list", "--from", "9 Nov") == 1


def test_rules_lists_the_seeds_numbered(ready, capsys) -> None:
    assert run(ready, "rules") == 0
    out = capsys.readouterr().out
    assert out.startswith("1. No personal contact outside activity hours\n")
    assert "5. Not carrying it alone" in out and "prepared phrase:" in out


def test_the_export_carries_every_section(ready, tmp_path, capsys) -> None:
    assert run(ready, "contact", "add", *LATE, "--role", SECRET_ROLE, "--rule", "1") == 0
    assert run(ready, "contact", "add", *LATE) == 0
    output = tmp_path / "everything.json"
    assert run(ready, "export", "--output", str(output)) == 0
    document = json.loads(output.read_text(encoding="utf-8"))
    assert [c["outside_activity_hours"] for c in document["contacts"]] == [True, None]
    first = document["contacts"][0]
    assert first["role_id"] == document["roles"][0]["id"]
    assert first["rules"] == [{"rule_id": document["rules"][0]["id"], "how": "pressure"}]
    assert first["load"] == {
        "step": 4,
        "steps": 5,
        "name": {"en": "Very heavy", "ja": "とても重い"},
    }
    assert first["local_time"] == "2026-11-09T23:15:00+09:00"
    assert [rule["number"] for rule in document["rules"]] == [1, 2, 3, 4, 5]
    assert document["supervision"] == [] and document["weekly_reviews"] == []


def test_the_demo_logs_contacts_talks_and_reviews(folder, monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert run(folder, "demo", "--years", "0.1", "--lang", "ja") == 0
    output = tmp_path / "demo.json"
    assert run(folder, "export", "--output", str(output)) == 0
    document = json.loads(output.read_text(encoding="utf-8"))
    contacts = document["contacts"]
    assert len(contacts) >= 6
    assert {True, False} <= {c["outside_activity_hours"] for c in contacts}
    assert any(c["flags"] for c in contacts) and any(c["bring_to_supervision"] for c in contacts)
    assert any(c["talked_through_in"] for c in contacts)
    assert document["rules"][0]["text"] == "活動時間外の個人的な連絡は控える"
    assert len(document["supervision"]) == 2 and len(document["weekly_reviews"]) == 3
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        from companion import settings

        assert store.setting(settings.REMINDERS).next_supervision is not None
    finally:
        store.close()
