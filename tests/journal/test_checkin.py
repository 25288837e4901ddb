"""Check-in rules: scales keep their size, sleep and notes are checked, nothing naive."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.errors import InvalidEntry
from companion.journal.checkin import Tag, new_checkin, parse_sleep_hours
from companion.journal.scales import MOOD_SCALE, SCALES, ScaleValue, find_step

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def checkin(**overrides):
    values = dict(at=NOW, zone="Asia/Tokyo", mood=4, energy=4)
    values.update(overrides)
    return new_checkin(**values)


def test_values_keep_their_scale_and_normalise() -> None:
    assert ScaleValue(1, 7).normalised == 0.0
    assert ScaleValue(7, 7).normalised == 1.0
    assert ScaleValue(3, 5).normalised == ScaleValue(4, 7).normalised == 0.5
    assert ScaleValue(10, 10).normalised == 1.0


@pytest.mark.parametrize(("field", "value"), [("mood", 0), ("mood", 8), ("energy", -1)])
def test_steps_outside_the_scale_name_their_field(field, value) -> None:
    with pytest.raises(InvalidEntry) as raised:
        checkin(**{field: value})
    assert raised.value.field == field


def test_unknown_scale_sizes_are_refused() -> None:
    with pytest.raises(InvalidEntry):
        checkin(mood_steps=6)


@pytest.mark.parametrize(
    ("text", "hours"),
    [("", None), ("7", 7.0), ("7.5", 7.5), ("6,5", 6.5), (" 0 ", 0.0), ("24", 24.0)],
)
def test_sleep_parsing(text, hours) -> None:
    assert parse_sleep_hours(text) == hours


@pytest.mark.parametrize("text", ["abc", "25", "-1", "nan", "inf", "7h"])
def test_bad_sleep_is_refused(text) -> None:
    with pytest.raises(InvalidEntry) as raised:
        parse_sleep_hours(text)
    assert raised.value.field == "sleep"


def test_notes_keep_their_text_and_normalise_line_ends() -> None:
    assert checkin(note="一行目\r\n二行目 🌸").note == "一行目\n二行目 🌸"
    assert checkin(note="   \n ").note == ""


def test_a_five_megabyte_note_is_refused_without_quoting_it() -> None:
    with pytest.raises(InvalidEntry) as raised:
        checkin(note="x" * 5_000_000)
    assert raised.value.field == "note" and len(str(raised.value)) < 100


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(InvalidEntry):
        checkin(zone="Mars/Olympus")


def test_every_default_step_has_both_names() -> None:
    for step in range(1, 8):
        name = MOOD_SCALE.name_of(step)
        assert name.en and name.ja and name.in_language("ja") == name.ja


def test_every_scale_names_every_step_in_both_languages() -> None:
    for (kind, steps), scale in SCALES.items():
        assert len(scale.names) == steps
        assert len({name.en for name in scale.names}) == steps, (kind, steps)
        assert len({name.ja for name in scale.names}) == steps, (kind, steps)
        assert all(name.en and name.ja for name in scale.names)


def test_step_names_are_found_in_either_language() -> None:
    assert find_step("mood", 5, "good") == 4
    assert find_step("mood", 7, "ふつう") == 4
    assert find_step("energy", 10, "元気いっぱい") == 10
    assert find_step("mood", 7, "rad") is None


def test_tags_are_tidied_and_deduplicated() -> None:
    entry = checkin(tags=(Tag("tag", "  work   day "), Tag("tag", "work day"), Tag("tool", "散歩")))
    assert entry.tags == (Tag("tag", "work day"), Tag("tool", "散歩"))
    with pytest.raises(InvalidEntry):
        Tag("mystery", "x")
    with pytest.raises(InvalidEntry):
        Tag("tag", "   ")
