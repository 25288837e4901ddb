"""`companion hours set|show|off|extra`, the roles in the export, and the demo's roles."""

from __future__ import annotations

import json
from datetime import date, time

import pytest

from companion.boundaries import DAY_OFF, EXTRA_SESSION, HoursException
from companion.cli import main as cli
from companion.cli.arguments import ROLE_KINDS
from companion.paths import DataFolder
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot

EXAMPLE = "Mon-Fri 10:00-17:00, Sat 22:00-02:00, 2nd,4th Sat 14:00-16:00"
SECRET_NAME = "Sakura Clinic night desk"


@pytest.fixture
def ready(folder, monkeypatch, capsys) -> DataFolder:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert run(folder, "init") == 0
    capsys.readouterr()
    return folder


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


def roles(folder: DataFolder):
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    try:
        return store.roles()
    finally:
        store.close()


def test_the_cheap_parsers_role_kinds_are_the_domains() -> None:
    from companion.boundaries.roles import ROLE_KINDS as DOMAIN_KINDS

    assert ROLE_KINDS == DOMAIN_KINDS


def test_set_without_a_role_makes_the_first_one_with_holidays_off(ready, capsys) -> None:
    assert run(ready, "hours", "set", EXAMPLE) == 0
    # the person speaks Japanese (LANG): the hours come back in their Japanese form
    saved = "Saved: 月〜金 10:00-17:00、土 22:00-02:00、第2・第4土 14:00-16:00"
    assert saved in capsys.readouterr().out
    (role,) = roles(ready)
    assert role.name == "ピアサポート"  # the person speaks Japanese (LANG)
    assert role.hours.text == EXAMPLE and role.zone == "Asia/Tokyo"
    assert role.holidays_off and role.holiday_country == "JP"
    # Again without --role: the only role is changed, not a second one made.
    assert run(ready, "hours", "set", "月-金 9:00-12:00", "--no-holidays-off") == 0
    (role,) = roles(ready)
    assert role.hours.text == "Mon-Fri 09:00-12:00" and not role.holidays_off


def test_several_roles_need_role_and_the_message_names_none(ready, capsys) -> None:
    assert run(ready, "hours", "set", "--role", SECRET_NAME, "--kind", "phone-line", EXAMPLE) == 0
    assert run(ready, "hours", "set", "--role", "group", "2nd,4th Sat 14:00-16:00") == 0
    capsys.readouterr()
    before = snapshot(ready.root)
    for args in (["set", "Mon 10:00-11:00"], ["off", "2026-12-24"], ["show", "--role", "x"]):
        assert run(ready, "hours", *args) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "pass --role NAME" in err or "no role by that name" in err
        assert SECRET_NAME not in err and "group" not in err
    assert snapshot(ready.root) == before
    kinds = {role.name: role.kind for role in roles(ready)}
    assert kinds == {SECRET_NAME: "phone-line", "group": None}


def test_a_bad_schedule_is_refused_naming_the_part_and_nothing_changes(ready, capsys) -> None:
    assert run(ready, "hours", "set", "--role", SECRET_NAME, EXAMPLE) == 0
    capsys.readouterr()
    before = snapshot(ready.root)
    bad = "Mon-Fri 10:00-17:00, Sta 22:00-02:00"
    assert run(ready, "hours", "set", "--role", SECRET_NAME, bad) == 1
    err = capsys.readouterr().err
    assert err == ("companion: hours: part 2 'Sta 22:00-02:00': 'Sta' is not a weekday\n")
    for args in (
        ["off", "2026-02-30"],
        ["extra", "2026-12-24", "25:00-26:00"],
        ["set", "Mon 10:00-11:00", "--country", "XX"],
        ["set", "Mon 10:00-11:00", "--kind", "boss"],
    ):
        assert run(ready, "hours", *args) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and SECRET_NAME not in err
    assert snapshot(ready.root) == before


def test_off_and_extra_and_their_removal(ready, capsys) -> None:
    assert run(ready, "hours", "set", "Mon-Fri 10:00-17:00") == 0
    assert run(ready, "hours", "off", "2026-12-24") == 0
    assert run(ready, "hours", "extra", "2026-12-26", "10:00-12:00") == 0
    (role,) = roles(ready)
    assert role.exceptions == (
        HoursException(date(2026, 12, 24), DAY_OFF),
        HoursException(date(2026, 12, 26), EXTRA_SESSION, time(10), time(12)),
    )
    assert run(ready, "hours", "off", "2026-12-24", "--remove") == 0
    assert run(ready, "hours", "extra", "2026-12-26", "10:00-12:00", "--remove") == 0
    assert roles(ready)[0].exceptions == ()
    capsys.readouterr()
    assert run(ready, "hours", "off", "2026-12-24", "--remove") == 1
    assert "no such day off" in capsys.readouterr().err


def test_show_prints_hours_and_the_next_windows_in_the_local_zone(ready, capsys) -> None:
    assert run(ready, "hours", "show") == 0
    assert "No roles yet" in capsys.readouterr().out
    assert run(ready, "hours", "set", "--role", "staff", "Mon-Fri 10:00-17:00") == 0
    assert run(ready, "hours", "set", "--role", "phone", "Sat 22:00-02:00") == 0
    assert run(ready, "hours", "off", "2099-12-24", "--role", "staff") == 0
    capsys.readouterr()
    assert run(ready, "hours", "show", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "every Monday to Friday, 10:00 to 17:00" in out
    assert "every Saturday, 22:00 to 02:00 the next day" in out
    assert "national holidays (JP) off" in out and "day off 2099-12-24" in out
    assert "Next, in Asia/Tokyo:" in out
    next_lines = out.split("Next, in Asia/Tokyo:\n")[1].splitlines()
    assert len(next_lines) == 5 and all("staff" in line or "phone" in line for line in next_lines)
    assert run(ready, "hours", "show", "--role", "phone", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "staff" not in out and "22:00-Sun 02:00" in out


def test_show_writes_the_hours_in_japanese_for_a_japanese_person(ready, capsys) -> None:
    assert run(ready, "hours", "set", "--role", "staff", "Mon-Fri 10:00-17:00") == 0
    assert run(ready, "hours", "set", "--role", "phone", "隔週水 19:00-21:00 2026-12-02から") == 0
    assert run(ready, "hours", "set", "--role", "night", "Sat 22:00-02:00") == 0
    capsys.readouterr()
    assert run(ready, "hours", "show") == 0  # LANG=ja_JP and no language chosen in the window
    out = capsys.readouterr().out
    assert "\n  月〜金 10:00-17:00\n" in out and "\n  隔週水 19:00-21:00 2026-12-02から\n" in out
    assert "every Monday" not in out and "Mon-Fri" not in out
    assert run(ready, "hours", "show", "--role", "night") == 0
    out = capsys.readouterr().out
    assert "\n  土 22:00-02:00\n" in out
    assert "(土) 22:00-翌02:00" in out and "Sat" not in out and "Sun" not in out


def test_the_window_language_setting_and_lang_choose_the_form(ready, capsys) -> None:
    from companion.preferences import save_language

    assert run(ready, "hours", "set", "Mon-Fri 10:00-17:00") == 0
    assert save_language(ready, "en")  # chosen in the window: it outranks LANG
    capsys.readouterr()
    assert run(ready, "hours", "show") == 0
    assert "every Monday to Friday, 10:00 to 17:00" in capsys.readouterr().out
    assert run(ready, "hours", "show", "--lang", "ja") == 0
    assert "\n  月〜金 10:00-17:00\n" in capsys.readouterr().out


def test_the_export_has_every_role_with_hours_and_exceptions(ready, tmp_path, capsys) -> None:
    assert run(ready, "hours", "set", "--role", "staff", "--kind", "peer-staff", EXAMPLE) == 0
    assert run(ready, "hours", "extra", "2026-12-26", "22:00-24:00", "--role", "staff") == 0
    output = tmp_path / "everything.json"
    assert run(ready, "export", "--output", str(output)) == 0
    (role,) = json.loads(output.read_text(encoding="utf-8"))["roles"]
    assert role["name"] == "staff" and role["kind"] == "peer-staff"
    assert role["zone"] == "Asia/Tokyo" and role["hours"] == EXAMPLE
    assert role["national_holidays_off"] is True and role["holiday_country"] == "JP"
    assert [rule["rrule"] for rule in role["rules"]] == [
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=WEEKLY;BYDAY=SA",
        "FREQ=MONTHLY;BYDAY=2SA,4SA",
    ]
    assert role["rules"][1] == {
        "text": "Sat 22:00-02:00",
        "rrule": "FREQ=WEEKLY;BYDAY=SA",
        "weekdays": ["Sat"],
        "weeks_of_month": [],
        "every_other_week": False,
        "from": None,
        "start": "22:00",
        "end": "02:00",
    }
    assert role["exceptions"] == [
        {"date": "2026-12-26", "kind": "extra", "start": "22:00", "end": "24:00"}
    ]


def test_the_demo_has_three_roles_in_its_language(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    folder = DataFolder(tmp_path / "demo")
    assert run(folder, "demo", "--years", "0.1", "--lang", "ja") == 0
    made = roles(folder)
    assert [role.kind for role in made] == ["peer-staff", "self-help-group", "phone-line"]
    assert "事業所" in made[0].name and made[0].holidays_off and made[0].holiday_country == "JP"
    assert made[1].hours.text == "2nd,4th Sat 14:00-16:30"
    assert made[2].hours.text == "Wed 19:00-22:00"
    assert all(role.zone == "Asia/Tokyo" for role in made)


def test_a_reader_that_stops_early_is_not_a_bug(ready) -> None:
    """`companion hours show | head -1`: the pipe closes, the command stops quietly (exit 141,
    as a shell reports SIGPIPE), and nothing is logged as a bug."""
    import subprocess
    import sys

    assert run(ready, "hours", "set", "Mon-Fri 10:00-17:00") == 0
    script = (
        "import sys\n"
        "from companion.cli import main as cli\n"
        "sys.exit(cli.main(['--data-dir', sys.argv[1], 'hours', 'show']))\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", script, str(ready.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # the reader goes away before anything is written
    code = reader.wait(timeout=120)
    error = reader.stderr.read().decode()
    reader.stderr.close()
    assert code == 141 and error == ""
    log = ready.log_file.read_text(encoding="utf-8") if ready.log_file.exists() else ""
    assert "bug" not in log
