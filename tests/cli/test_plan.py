"""`companion plan export` / `plan import` and the plan inside `companion export`."""

from __future__ import annotations

import json

import pytest

from companion.cli import main as cli
from companion.plan.examples import example_plan
from companion.plan.json_format import parse_plan_file, plan_json
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot


@pytest.fixture
def planned(folder, monkeypatch, capsys):
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder.root), "init"]) == 0
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    plan = example_plan("ja").renamed("daily", "毎日のプラン 🌿")
    store.save_plan(plan, version_id=None)
    store.close()
    capsys.readouterr()
    return folder, plan


def run(folder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), "plan", *args])


def _versions(folder):
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        return store.plan_versions()
    finally:
        store.close()


def test_json_export_and_import_round_trip(planned, tmp_path, capsys) -> None:
    folder, plan = planned
    target = tmp_path / "plan.json"
    assert run(folder, "export", "--output", str(target)) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    assert parse_plan_file(target.read_bytes()) == plan
    assert run(folder, "import", str(target), "--yes") == 0
    versions = _versions(folder)
    assert [v.reason for v in versions] == ["edit", "import"]
    assert versions[-1].plan == plan


def test_markdown_export_in_japanese_lists_every_section(planned, tmp_path) -> None:
    folder, _plan = planned
    target = tmp_path / "plan.md"
    assert run(folder, "export", "--output", str(target), "--lang", "ja") == 0
    text = target.read_text(encoding="utf-8")
    for heading in ("元気に役立つ道具箱", "毎日のプラン 🌿", "クライシスプラン", "引き金"):
        assert heading in text
    assert "近所を散歩する" in text


def test_pdf_export_of_chosen_sections(planned, tmp_path) -> None:
    folder, _plan = planned
    target = tmp_path / "plan.pdf"
    assert (
        run(
            folder,
            "export",
            "--output",
            str(target),
            "--sections",
            "toolbox,crisis",
            "--page-size",
            "Letter",
            "--lang",
            "en",
        )
        == 0
    )
    assert target.read_bytes().startswith(b"%PDF")


def test_the_supporter_copy_prints_the_name_given_in_the_window(planned, tmp_path) -> None:
    from companion.services.settings import SettingsService
    from tests.ui.plan.test_pdf import _text

    folder, _plan = planned
    unnamed = tmp_path / "unnamed.pdf"
    assert run(folder, "export", "--output", str(unnamed), "--supporter-copy", "--lang", "en") == 0
    assert "belongs to" not in _text(unnamed)
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    SettingsService(store).save_plan_owner_name("Mika Tanaka")
    store.close()
    named = tmp_path / "named.pdf"
    assert run(folder, "export", "--output", str(named), "--supporter-copy", "--lang", "en") == 0
    assert "This plan belongs to Mika Tanaka" in _text(named)
    whole = tmp_path / "whole.pdf"
    assert run(folder, "export", "--output", str(whole), "--lang", "en") == 0
    assert "Tanaka" not in _text(whole)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--output", "x.txt"], ".pdf, .md or .json"),
        (["--output", "x.md", "--supporter-copy"], "supporter copy is a PDF"),
        (["--output", "x.pdf", "--sections", "toolbox,pets"], "known sections"),
    ],
)
def test_export_usage_errors(planned, tmp_path, capsys, args, needle) -> None:
    folder, _plan = planned
    args = [arg if not arg.startswith("x.") else str(tmp_path / arg) for arg in args]
    assert run(folder, "export", *args) == 1
    assert needle in capsys.readouterr().err
    assert list(tmp_path.glob("x.*")) == []


def test_a_wrong_plan_file_changes_nothing(planned, tmp_path, capsys) -> None:
    folder, _plan = planned
    document = plan_json(example_plan("en"))
    document["sections"]["crisis"]["lists"]["supporters"] = [{"id": "a", "consent": "maybe"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    before = snapshot(folder.root)
    assert run(folder, "import", str(bad), "--yes") == 1
    err = capsys.readouterr().err
    assert "sections.crisis.lists.supporters[0].consent" in err and "nothing was changed" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{\n "format": "companion-plan",\n')
    assert run(folder, "import", str(broken), "--yes") == 1
    assert "line 3" in capsys.readouterr().err
    assert snapshot(folder.root) == before


def test_import_asks_first(planned, tmp_path, monkeypatch, capsys) -> None:
    folder, _plan = planned
    target = tmp_path / "plan.json"
    assert run(folder, "export", "--output", str(target)) == 0
    monkeypatch.setattr("sys.stdin", None)
    assert run(folder, "import", str(target)) == 1
    assert "--yes" in capsys.readouterr().err
    assert len(_versions(folder)) == 1


def test_full_export_includes_the_plan_and_its_history(planned, tmp_path) -> None:
    folder, _plan = planned
    target = tmp_path / "all.json"
    assert cli.main(["--data-dir", str(folder.root), "export", "--output", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["plan"]["sections"]["daily"]["heading"] == "毎日のプラン 🌿"
    assert len(document["plan_history"]) == 1
    assert document["plan_history"][0]["reason"] == "edit"
