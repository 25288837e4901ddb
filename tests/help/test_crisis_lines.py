"""Crisis lines: the seeds from the domain notes, what a line may hold, the setting, the export."""

from __future__ import annotations

import json
from datetime import date

import pytest

from companion import settings
from companion.cli import main as cli
from companion.errors import InvalidEntry
from companion.help.crisis_lines import CrisisLine, line_from_json, line_json, seed_lines
from companion.limits import MAX_CRISIS_LINE_NAME_CHARS, MAX_CRISIS_LINES
from companion.preferences import save_language
from companion.services.help import HelpService
from companion.store import Store, open_store, unlock_with_passphrase
from companion.store.models import SettingRow
from tests.conftest import PASSPHRASE


def _store_raw(store: Store, text: str) -> None:
    with store.transaction(writing=True) as session:
        session.add(SettingRow(key="crisis_lines", value=text))


def test_the_seeds_are_the_lines_the_domain_notes_list_in_each_language() -> None:
    for language in ("ja", "en"):
        lines = seed_lines(language)
        assert [line.number for line in lines] == ["0120-279-338", "0570-064-556"]
        # Nobody checked them on a given day: the person is asked to, not told they were.
        assert all(line.last_verified is None for line in lines)
    assert seed_lines("ja")[0].name == "よりそいホットライン"
    assert "24時間" in seed_lines("ja")[0].notes
    assert seed_lines("en")[0].name.startswith("Yorisoi Hotline")
    assert "prefecture" in seed_lines("en")[1].notes


def test_a_line_needs_a_name_and_stays_within_its_limits() -> None:
    with pytest.raises(InvalidEntry, match="name"):
        CrisisLine(name="  ", number="110")
    with pytest.raises(InvalidEntry, match="name"):
        CrisisLine(name="x" * (MAX_CRISIS_LINE_NAME_CHARS + 1))
    with pytest.raises(InvalidEntry, match="last_verified"):
        CrisisLine(name="Line", last_verified=date(1899, 12, 31))
    line = CrisisLine("いのちの電話", "0000", "夜間", date(2026, 1, 2))
    assert line_from_json(line_json(line)) == line
    assert line_json(line)["last_verified"] == "2026-01-02"


def test_a_new_store_shows_the_seeds_in_the_language_asked(store: Store) -> None:
    help_lines = HelpService(store)
    assert help_lines.crisis_lines("ja") == seed_lines("ja")
    assert help_lines.crisis_lines("en") == seed_lines("en")
    assert not help_lines.edited()


def test_edited_lines_are_kept_in_every_language_even_an_empty_list(store: Store) -> None:
    help_lines = HelpService(store)
    mine = (CrisisLine("わたしの窓口", "03-0000-0000", "平日のみ", date(2026, 3, 1)),)
    help_lines.save_crisis_lines(mine)
    assert help_lines.crisis_lines("en") == mine == help_lines.crisis_lines("ja")
    help_lines.save_crisis_lines(())
    assert help_lines.crisis_lines("ja") == ()  # removed on purpose: no seeds come back
    with pytest.raises(InvalidEntry):
        help_lines.save_crisis_lines([CrisisLine("Line")] * (MAX_CRISIS_LINES + 1))
    assert help_lines.crisis_lines("ja") == ()


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"name": "a"}',
        '[{"name": ""}]',
        '[{"name": "a", "number": 5}]',
        '[{"name": "a", "last_verified": "yesterday"}]',
        '[{"name": "a", "last_verified": 20240501}]',
        '[{"number": "110"}]',
        "[" * 100_000,
        json.dumps([{"name": "a"}] * (MAX_CRISIS_LINES + 1)),
    ],
)
def test_a_damaged_row_reads_as_the_seeds(store: Store, text: str) -> None:
    _store_raw(store, text)
    assert store.setting(settings.CRISIS_LINES) is None
    assert HelpService(store).crisis_lines("ja") == seed_lines("ja")


def test_the_full_export_holds_the_crisis_lines(folder, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder.root), "init"]) == 0
    save_language(folder, "ja")
    target = tmp_path / "all.json"
    assert cli.main(["--data-dir", str(folder.root), "export", "--output", str(target)]) == 0
    seeds = json.loads(target.read_text(encoding="utf-8"))["crisis_lines"]
    assert [line["name"] for line in seeds] == [line.name for line in seed_lines("ja")]
    assert seeds[0] == {
        "name": "よりそいホットライン",
        "number": "0120-279-338",
        "notes": "24時間。",
        "last_verified": None,
    }
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    HelpService(store).save_crisis_lines([CrisisLine("Line", "123", "", date(2026, 2, 3))])
    store.close()
    assert cli.main(["--data-dir", str(folder.root), "export", "--output", str(target)]) == 0
    lines = json.loads(target.read_text(encoding="utf-8"))["crisis_lines"]
    assert lines == [{"name": "Line", "number": "123", "notes": "", "last_verified": "2026-02-03"}]
    capsys.readouterr()
