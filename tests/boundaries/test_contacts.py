"""The contact log's outside-hours flag (edges, midnight, days off, extra sessions, national
holidays, DST, several roles), its limits, the seed rules and ISO weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from companion.boundaries import DAY_OFF, EXTRA_SESSION, HoursException, Role, parse_schedule
from companion.boundaries.log import (
    CHANNELS,
    FLAGS,
    LOAD_SCALE,
    Contact,
    RuleMark,
    SupervisionTalk,
    WeeklyReview,
    check_contact,
    check_review,
    check_talk,
    parse_week,
    week_days,
    week_of,
)
from companion.boundaries.rules import (
    OUTSIDE_HOURS,
    SEED_KEYS,
    BoundaryRule,
    check_rule,
    seed_rules,
)
from companion.cli.arguments import CONTACT_CHANNELS, CONTACT_FLAGS
from companion.errors import InvalidEntry
from companion.limits import MAX_ALIAS_CHARS, MAX_CONTACT_MINUTES, MAX_REFLECTION_CHARS
from companion.services.boundaries import outside_hours

TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def role(hours: str, zone: str = "Asia/Tokyo", role_id: int = 1, **more) -> Role:
    return Role(name=f"role {role_id}", zone=zone, hours=parse_schedule(hours), id=role_id, **more)


def at(zone: ZoneInfo, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=zone).astimezone(UTC)


def contact(moment: datetime, role_id: int | None = 1, zone: str = "Asia/Tokyo", **more) -> Contact:
    return Contact(
        at=moment, zone=zone, minutes=30, channel="phone", load=2, role_id=role_id, **more
    )


def flag(moment: datetime, *roles: Role, role_id: int | None = 1) -> bool | None:
    return outside_hours(contact(moment, role_id), roles)


def test_the_cheap_parsers_choices_are_the_domains() -> None:
    assert CONTACT_CHANNELS == CHANNELS and CONTACT_FLAGS == FLAGS


def test_outside_hours_at_the_window_edges() -> None:
    shifts = role("Mon-Fri 10:00-17:00")  # 2026-11-09 is a Monday
    assert flag(at(TOKYO, 2026, 11, 9, 9, 59, 59), shifts) is True
    assert flag(at(TOKYO, 2026, 11, 9, 10, 0), shifts) is False  # the start is within
    assert flag(at(TOKYO, 2026, 11, 9, 16, 59, 59), shifts) is False
    assert flag(at(TOKYO, 2026, 11, 9, 17, 0), shifts) is True  # the end is not
    assert flag(at(TOKYO, 2026, 11, 14, 12, 0), shifts) is True  # a Saturday


def test_a_window_across_midnight() -> None:
    night = role("Sat 22:00-02:00")  # 2026-11-07 is a Saturday
    assert flag(at(TOKYO, 2026, 11, 7, 21, 59), night) is True
    assert flag(at(TOKYO, 2026, 11, 7, 23, 30), night) is False
    assert flag(at(TOKYO, 2026, 11, 8, 1, 59), night) is False  # Sunday morning: still Saturday's
    assert flag(at(TOKYO, 2026, 11, 8, 2, 0), night) is True
    assert flag(at(TOKYO, 2026, 11, 7, 1, 0), night) is True  # Saturday morning: Friday had none


def test_days_off_extra_sessions_and_national_holidays() -> None:
    shifts = role(
        "Mon-Fri 10:00-17:00",
        holidays_off=True,
        holiday_country="JP",
        exceptions=(
            HoursException(date(2026, 11, 5), DAY_OFF),
            HoursException(date(2026, 11, 7), EXTRA_SESSION, time(13), time(15)),
        ),
    )
    assert flag(at(TOKYO, 2026, 11, 3, 12, 0), shifts) is True  # 文化の日, a national holiday
    assert flag(at(TOKYO, 2026, 11, 4, 12, 0), shifts) is False
    assert flag(at(TOKYO, 2026, 11, 5, 12, 0), shifts) is True  # the day off
    assert flag(at(TOKYO, 2026, 11, 7, 14, 0), shifts) is False  # the extra Saturday session
    assert flag(at(TOKYO, 2026, 11, 7, 15, 0), shifts) is True
    working = role("Mon-Fri 10:00-17:00", holidays_off=False, holiday_country="JP")
    assert flag(at(TOKYO, 2026, 11, 3, 12, 0), working) is False  # this role works holidays


def test_across_dst_in_berlin_and_new_york() -> None:
    night = role("Sun 01:30-03:30", zone="Europe/Berlin")
    # Spring forward (2026-03-29): 01:30 CET to 03:30 CEST is one real hour.
    assert flag(datetime(2026, 3, 29, 0, 29, tzinfo=UTC), night) is True
    assert flag(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), night) is False
    assert flag(datetime(2026, 3, 29, 1, 29, tzinfo=UTC), night) is False
    assert flag(datetime(2026, 3, 29, 1, 30, tzinfo=UTC), night) is True
    # Fall back (2026-10-25): 01:30 CEST to 03:30 CET is three.
    assert flag(datetime(2026, 10, 24, 23, 30, tzinfo=UTC), night) is False
    assert flag(datetime(2026, 10, 25, 2, 29, tzinfo=UTC), night) is False
    assert flag(datetime(2026, 10, 25, 2, 30, tzinfo=UTC), night) is True
    office = role("Mon-Fri 09:00-17:00", zone="America/New_York")
    assert flag(datetime(2026, 3, 6, 13, 30, tzinfo=UTC), office) is True  # 08:30 EST
    assert flag(datetime(2026, 3, 9, 13, 30, tzinfo=UTC), office) is False  # 09:30 EDT
    assert flag(at(NEW_YORK, 2026, 3, 9, 16, 59), office) is False
    assert flag(at(NEW_YORK, 2026, 3, 9, 17, 0), office) is True


def test_several_roles_each_by_its_own_hours() -> None:
    staff = role("Mon,Tue,Thu 10:00-16:00", role_id=1)
    phone = role("Wed 19:00-22:00", role_id=2)
    evening = at(TOKYO, 2026, 11, 11, 20, 0)  # a Wednesday evening
    assert flag(evening, staff, phone, role_id=2) is False
    assert flag(evening, staff, phone, role_id=1) is True  # inside the phone line's, not these
    assert flag(at(TOKYO, 2026, 11, 10, 11, 0), staff, phone, role_id=1) is False


def test_no_role_or_no_hours_is_neither_inside_nor_outside() -> None:
    shifts = role("Mon-Fri 10:00-17:00")
    assert flag(at(TOKYO, 2026, 11, 9, 3, 0), shifts, role_id=None) is None
    assert flag(at(TOKYO, 2026, 11, 9, 3, 0), shifts, role_id=7) is None  # a role since deleted
    empty = Role(name="no hours yet", zone="Asia/Tokyo", id=1)
    assert flag(at(TOKYO, 2026, 11, 9, 3, 0), empty) is None
    only_extra = Role(
        name="extra only",
        zone="Asia/Tokyo",
        id=1,
        exceptions=(HoursException(date(2026, 11, 9), EXTRA_SESSION, time(10), time(11)),),
    )
    assert flag(at(TOKYO, 2026, 11, 9, 3, 0), only_extra) is True


def test_a_contact_within_the_limits_passes() -> None:
    fine = contact(
        at(TOKYO, 2026, 11, 9, 12),
        alias="A.",
        flags=FLAGS,
        rules=(RuleMark(1, "pressure"), RuleMark(2, "broken")),
        reflection="x" * MAX_REFLECTION_CHARS,
    )
    assert check_contact(fine, NOW) is fine


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"minutes": 0}, "minutes"),
        ({"minutes": MAX_CONTACT_MINUTES + 1}, "minutes"),
        ({"minutes": True}, "minutes"),
        ({"load": 0}, "load"),
        ({"load": LOAD_SCALE.steps + 1}, "load"),
        ({"channel": "letter"}, "channel"),
        ({"alias": "x" * (MAX_ALIAS_CHARS + 1)}, "alias"),
        ({"alias": "\ud800"}, "alias"),
        ({"reflection": "x" * (MAX_REFLECTION_CHARS + 1)}, "reflection"),
        ({"reflection": "ok \udfff"}, "reflection"),
        ({"flags": ("money", "money")}, "flag"),
        ({"flags": ("gossip",)}, "flag"),
        ({"rules": (RuleMark(1, "pressure"), RuleMark(1, "broken"))}, "rule"),
        ({"rules": (RuleMark(1, "bent"),)}, "rule"),
        ({"at": datetime(1899, 12, 30, tzinfo=UTC)}, "at"),
        ({"at": datetime(2026, 12, 1, 12, tzinfo=UTC)}, "at"),  # more than a day ahead
        ({"zone": ""}, "zone"),
    ],
)
def test_a_contact_beyond_the_limits_is_refused_naming_the_field(change, field) -> None:
    base = contact(at(TOKYO, 2026, 11, 9, 12))
    values = {**base.__dict__, **change}
    with pytest.raises(InvalidEntry) as refused:
        check_contact(Contact(**values), NOW)
    assert refused.value.field == field
    assert "\ud800" not in str(refused.value) and "gossip" not in str(refused.value)


def test_seed_rules_in_both_languages() -> None:
    japanese, english = seed_rules("ja"), seed_rules("en")
    assert [rule.seed for rule in japanese] == list(SEED_KEYS) == [r.seed for r in english]
    texts = [rule.text for rule in japanese]
    assert texts[0] == "活動時間外の個人的な連絡は控える"
    assert texts[1] == "金銭の貸し借りはしない"
    assert texts[2] == "プライベートな領域に深入りしすぎない"
    assert texts[3].startswith("自分は自分、相手は相手")
    assert texts[4].startswith("一人で抱え込まない")
    assert all(rule.phrase and rule.enabled and not rule.why for rule in japanese + english)
    assert english[0].seed == OUTSIDE_HOURS and "hours" in english[0].text
    assert seed_rules("de") == english
    for rule in japanese + english:
        assert check_rule(rule) is rule


def test_rule_limits() -> None:
    with pytest.raises(InvalidEntry, match="rule"):
        check_rule(BoundaryRule(text="  "))
    with pytest.raises(InvalidEntry, match="why"):
        check_rule(BoundaryRule(text="ok", why="\ud800"))
    with pytest.raises(InvalidEntry, match="phrase"):
        check_rule(BoundaryRule(text="ok", phrase="x" * 2_001))
    with pytest.raises(InvalidEntry, match="rule"):
        check_rule(BoundaryRule(text="x" * 301))


def test_iso_weeks_in_the_persons_zone() -> None:
    sunday_night_utc = datetime(2026, 11, 29, 16, tzinfo=UTC)  # Monday 01:00 in Tokyo
    assert week_of(sunday_night_utc, "Asia/Tokyo") == "2026-W49"
    assert week_of(sunday_night_utc, "Europe/Berlin") == "2026-W48"
    assert week_of(datetime(2027, 1, 1, 12, tzinfo=UTC), "UTC") == "2026-W53"
    assert week_days("2026-W48") == (date(2026, 11, 23), date(2026, 11, 30))
    assert parse_week("2026-W53") == (2026, 53)
    for bad in ("2025-W53", "2026-48", "2026-W4", "x", "1800-W01"):
        with pytest.raises(InvalidEntry, match="week"):
            parse_week(bad)


def test_talk_and_review_limits() -> None:
    with pytest.raises(InvalidEntry, match="with whom"):
        check_talk(SupervisionTalk(date(2026, 11, 1), "Dr. Tanaka"))
    with pytest.raises(InvalidEntry, match="next date"):
        check_talk(SupervisionTalk(date(2026, 11, 1), "supervisor", next_day=date(2026, 10, 1)))
    with pytest.raises(InvalidEntry, match="topics"):
        check_talk(SupervisionTalk(date(2026, 11, 1), "supervisor", topics="\ud800"))
    with pytest.raises(InvalidEntry, match="energy"):
        check_review(WeeklyReview("2026-W48", energy=6))
    with pytest.raises(InvalidEntry, match="rules"):
        check_review(WeeklyReview("2026-W48", rule_outcomes=((1, "failed"),)))
    with pytest.raises(InvalidEntry, match="talked through"):
        check_review(WeeklyReview("2026-W48", talked_through="never"))
    with pytest.raises(InvalidEntry, match="what was hard"):
        check_review(WeeklyReview("2026-W48", hard="\udc00"))
