"""Made-up roles with hours for `companion demo`: peer staff shifts at a 事業所, a self-help group
on the 2nd and 4th Saturday, phone support one evening a week."""

from __future__ import annotations

from datetime import date, time, timedelta

from companion.boundaries.roles import DAY_OFF, EXTRA_SESSION, HoursException, Role
from companion.boundaries.schedule import parse_schedule

_ROLES = {
    "ja": (
        ("ピアスタッフ（就労継続支援B型事業所）", "peer-staff", "月,火,木 10:00-16:00"),
        ("自助グループの定例会", "self-help-group", "第2・第4土 14:00-16:30"),
        ("電話相談（ボランティア）", "phone-line", "水 19:00-22:00"),
    ),
    "en": (
        ("Peer staff at the day centre", "peer-staff", "Mon,Tue,Thu 10:00-16:00"),
        ("Self-help group meeting", "self-help-group", "2nd,4th Sat 14:00-16:30"),
        ("Phone support line (volunteer)", "phone-line", "Wed 19:00-22:00"),
    ),
}


def demo_roles(language: str, zone: str, holiday_country: str | None, today: date) -> list[Role]:
    """Three roles; the peer staff shifts take national holidays off, and have a day off and
    an extra session in the coming weeks."""
    roles = []
    for index, (name, kind, hours) in enumerate(_ROLES.get(language, _ROLES["en"])):
        exceptions: tuple[HoursException, ...] = ()
        if index == 0:
            next_monday = today + timedelta(days=7 - today.weekday())
            exceptions = (
                HoursException(next_monday + timedelta(days=7), DAY_OFF),
                HoursException(next_monday + timedelta(days=2), EXTRA_SESSION, time(13), time(15)),
            )
        roles.append(
            Role(
                name=name,
                kind=kind,
                zone=zone,
                hours=parse_schedule(hours),
                holidays_off=index == 0 and holiday_country is not None,
                holiday_country=holiday_country,
                exceptions=exceptions,
            )
        )
    return roles
