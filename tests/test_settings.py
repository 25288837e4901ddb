"""Settings are declared once; whatever a row holds, reading gives a value of the declared type."""

from __future__ import annotations

from datetime import date

import pytest

from companion import settings
from companion.errors import InvalidEntry
from companion.journal.nudge import NudgeRule
from companion.services.settings import SettingsService
from companion.store import Store
from companion.store.models import SettingRow


def _store_raw(store: Store, key: str, text: str) -> None:
    """A row as an older version, a hand edit or damage may have left it."""
    with store.transaction(writing=True) as session:
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=text))
        else:
            row.value = text


def _raw(store: Store, key: str) -> str | None:
    with store.transaction() as session:
        row = session.get(SettingRow, key)
        return None if row is None else row.value


def test_every_setting_is_declared_once() -> None:
    assert set(settings.SETTINGS) == {
        "scales",
        "nudge_rule",
        "nudge_dismissed_on",
        "reminders",
        "personal_reminders",
        "reminder_marks",
        "crisis_lines",
        "boundary_rules_seeded",
        "auto_backups_kept",
        "last_outside_backup",
        "plan_owner_name",
    }
    with pytest.raises(ValueError, match="declared twice"):
        settings.declare(settings.Setting("scales", 1, int, int))
    for setting in settings.SETTINGS.values():
        assert setting.read(setting.write(setting.default)) == setting.default


def test_a_store_without_settings_reads_the_defaults(store: Store) -> None:
    assert store.setting(settings.SCALES) == settings.ScaleSizes(7, 7)
    assert store.setting(settings.NUDGE_RULE) == NudgeRule()
    assert store.setting(settings.NUDGE_DISMISSED_ON) is None
    assert SettingsService(store).scales() == (7, 7)


def test_values_round_trip_in_the_format_earlier_versions_wrote(store: Store) -> None:
    store.set_setting(settings.SCALES, settings.ScaleSizes(mood=10, energy=5))
    store.set_setting(settings.NUDGE_RULE, NudgeRule(days=7, min_days=3, kinds=("warning",)))
    store.set_setting(settings.NUDGE_DISMISSED_ON, date(2024, 5, 1))
    # Byte for byte what earlier versions stored, so an older app reads them too.
    assert _raw(store, "scales") == '{"mood": 10, "energy": 5}'
    assert _raw(store, "nudge_rule") == '{"days": 7, "min_days": 3, "kinds": ["warning"]}'
    assert _raw(store, "nudge_dismissed_on") == '"2024-05-01"'
    assert SettingsService(store).scales() == (10, 5)
    assert SettingsService(store).nudge_rule() == NudgeRule(7, 3, ("warning",))
    assert store.setting(settings.NUDGE_DISMISSED_ON) == date(2024, 5, 1)
    store.set_setting(settings.SCALES, settings.ScaleSizes(mood=5, energy=5))  # an update
    assert SettingsService(store).scales() == (5, 5)


@pytest.mark.parametrize(
    ("setting", "text"),
    [
        (settings.SCALES, "{not json"),
        (settings.SCALES, "[5, 7]"),
        (settings.SCALES, '"seven"'),
        (settings.NUDGE_RULE, "null"),
        (settings.NUDGE_RULE, '{"days": 3}'),
        (settings.NUDGE_RULE, '{"days": 40, "min_days": 2, "kinds": ["warning"]}'),
        (settings.NUDGE_RULE, '{"days": 3, "min_days": 4, "kinds": ["warning"]}'),
        (settings.NUDGE_RULE, '{"days": true, "min_days": 1, "kinds": ["warning"]}'),
        (settings.NUDGE_RULE, '{"days": "3", "min_days": 2, "kinds": ["warning"]}'),
        (settings.NUDGE_RULE, '{"days": 3, "min_days": 2, "kinds": []}'),
        (settings.NUDGE_RULE, '{"days": 3, "min_days": 2, "kinds": ["anger"]}'),
        (settings.NUDGE_RULE, '{"days": 3, "min_days": 2, "kinds": "warning"}'),
        (settings.NUDGE_DISMISSED_ON, '"yesterday"'),
        (settings.NUDGE_DISMISSED_ON, "20240501"),
        (settings.NUDGE_DISMISSED_ON, "[" * 100_000),
        (settings.PLAN_OWNER_NAME, "42"),
        (settings.PLAN_OWNER_NAME, '"' + "x" * 101 + '"'),
        (settings.PLAN_OWNER_NAME, '"\\ud800"'),
    ],
)
def test_a_damaged_or_foreign_row_reads_as_the_default(store: Store, setting, text) -> None:
    _store_raw(store, setting.key, text)
    assert store.setting(setting) == setting.default


def test_each_scale_falls_back_on_its_own(store: Store) -> None:
    _store_raw(store, "scales", '{"mood": 10, "energy": 6}')
    assert SettingsService(store).scales() == (10, 7)
    _store_raw(store, "scales", '{"mood": true, "energy": 5.0}')
    assert SettingsService(store).scales() == (7, 7)


def test_only_valid_values_can_be_written(store: Store) -> None:
    with pytest.raises(InvalidEntry):
        SettingsService(store).save_scales(6, 7)
    with pytest.raises(ValueError):
        NudgeRule(days=40)
    assert _raw(store, "scales") is None  # nothing was stored


def test_the_name_on_the_supporters_copy(store: Store) -> None:
    service = SettingsService(store)
    assert service.plan_owner_name() == ""
    service.save_plan_owner_name("  山田\u3000花子 ")
    assert service.plan_owner_name() == "山田 花子"
    assert _raw(store, "plan_owner_name") == '"山田 花子"'
    with pytest.raises(InvalidEntry) as refused:
        service.save_plan_owner_name("y" * 101)
    assert "y" not in str(refused.value)  # the message never quotes the name
    service.save_plan_owner_name("")
    assert service.plan_owner_name() == ""
