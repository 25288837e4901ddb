"""Made-up roles with hours for `companion demo`: peer staff shifts at a 事業所, a self-help group
on the 2nd and 4th Saturday, phone support one evening a week; and contacts in and after those
hours, supervision talks and weekly reviews."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from companion.boundaries.hours import windows_between
from companion.boundaries.log import (
    HEAVY_LOAD,
    HELD,
    PRESSURE,
    Contact,
    RuleMark,
    SupervisionTalk,
    WeeklyReview,
    week_of,
)
from companion.boundaries.roles import DAY_OFF, EXTRA_SESSION, HoursException, Role
from companion.boundaries.rules import BoundaryRule
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


# --- the contact log, supervision and weekly reviews ------------------------------------------
# (after: minutes after the window's end, or None for 40 minutes into it; minutes; channel;
#  load; flags; seeds of rules under pressure; reflection; bring to supervision; alias)
_CONTACTS: tuple[
    tuple[int | None, int, str, int, tuple[str, ...], tuple[str, ...], int, bool], ...
] = (
    (None, 45, "in-person", 2, (), (), 0, False),
    (95, 20, "message", 4, ("too-deep",), ("outside-hours",), 1, True),
    (None, 30, "phone", 3, (), (), 2, False),
    (None, 50, "in-person", 4, ("money",), ("money",), 3, True),
    (None, 25, "in-person", 1, (), (), -1, False),
    (800, 15, "message", 3, ("alone",), ("outside-hours", "not-alone"), 4, True),
    (None, 60, "online", 2, (), ("me-is-me",), 5, False),
    (None, 35, "phone", 5, ("at-risk",), ("not-alone",), 6, True),
)
_REFLECTIONS = {
    "ja": (
        "話を聞けてよかった。帰り道は少し疲れていた。",
        "夜遅くにメッセージに返信してしまった。次は翌日に返すと伝えたい。",
        "同じ経験の話が出て、自分の昔のことを思い出した。",
        "お金を貸してほしいと言われた。断れたけれど、気持ちが重い。",
        "一人で抱えている気がする。誰かに話したい。",
        "自分の考えを押しつけそうになった。相手が決めることだと思い出した。",
        "危ないかもしれないと感じた。すぐにスタッフに伝えた。",
    ),
    "en": (
        "Glad I could listen. I was a bit tired on the way home.",
        "I answered a message late at night. Next time I'll say I'll reply tomorrow.",
        "Their story was close to mine and brought back my own past.",
        "I was asked to lend money. I said no, but it sits heavily with me.",
        "I feel I'm carrying this on my own. I want to talk to someone.",
        "I almost pushed my own view. I remembered it is theirs to decide.",
        "I felt someone might be at risk. I told the staff straight away.",
    ),
}
_ALIASES = {"ja": ("Aさん", "Bさん", ""), "en": ("A.", "B.", "")}
_TALKS = {
    "ja": (
        ("fellow-supporter", "夜の連絡への返し方について仲間と話した。", "返信は翌日にする。"),
        (
            "supervisor",
            "お金の相談と、夜遅くの連絡。一人で抱え込まないこと。",
            "断るときの言葉を準備しておく。週に一度は休む日を決める。",
        ),
    ),
    "en": (
        (
            "fellow-supporter",
            "Talked with a fellow supporter about answering late messages.",
            "Reply the next day.",
        ),
        (
            "supervisor",
            "The request for money and the late-night messages; not carrying it alone.",
            "Have my words ready for saying no. Keep one day a week for rest.",
        ),
    ),
}
_REVIEWS = {
    "ja": (
        ("夜の連絡に返してしまったこと。", "日曜は家でゆっくりした。"),
        ("お金の話を断ったあと、気持ちが沈んだ。", "散歩と早寝。"),
        ("特になし。落ち着いた一週間だった。", "友だちとお茶をした。"),
    ),
    "en": (
        ("Answering a message late at night.", "A quiet Sunday at home."),
        ("Feeling low after saying no about money.", "Walks and early nights."),
        ("Nothing much; a calm week.", "Tea with a friend."),
    ),
}


def demo_contacts(
    language: str,
    roles: list[Role],
    rules: list[BoundaryRule],
    now: datetime,
    *,
    count: int | None = None,
    days: int = 35,
) -> list[Contact]:
    """About ten contacts over the past five weeks in the roles' windows, a few of them after
    hours; some with flags, rules under pressure and marked for supervision. With `count`,
    that many spread over the past `days` (a benchmark's ten years: 10,000 over 3,653 days),
    several in one window when there are more contacts than windows."""
    reflections = _REFLECTIONS.get(language, _REFLECTIONS["en"])
    aliases = _ALIASES.get(language, _ALIASES["en"])
    by_seed = {rule.seed: rule.id for rule in rules if rule.seed is not None and rule.id}
    windows = windows_between(roles, now - timedelta(days=days), now - timedelta(hours=20))
    if count is None:
        chosen = [(window, 0) for window in windows[::2][:10]]
    elif windows:
        chosen = [
            (windows[number * len(windows) // count], number * len(windows) % count * 7 // count)
            for number in range(count)
        ]
    else:
        chosen = []
    contacts = []
    for number, (window, later) in enumerate(chosen):
        after, minutes, channel, load, flags, seeds, reflection, supervise = _CONTACTS[
            number % len(_CONTACTS)
        ]
        if after is None:
            at = window.start + timedelta(minutes=40 + 7 * later)
        else:
            at = window.end + timedelta(minutes=after + 7 * later)
        if window.role.kind == "phone-line" and channel == "in-person":
            channel = "phone"
        contacts.append(
            Contact(
                at=min(at, now - timedelta(hours=1)),
                zone=window.role.zone,
                minutes=minutes,
                channel=channel,
                load=load,
                role_id=window.role.id,
                alias=aliases[number % len(aliases)],
                rules=tuple(RuleMark(by_seed[seed], PRESSURE) for seed in seeds if seed in by_seed),
                flags=flags,
                reflection="" if reflection < 0 else reflections[reflection],
                for_supervision=supervise,
            )
        )
    return contacts


def demo_talks(language: str, contacts: list[Contact], today: date) -> list[SupervisionTalk]:
    """A talk with a fellow supporter a month ago, and one with a supervisor two weeks ago
    that talks through the contacts marked for supervision before it; the next in ten days."""
    (first_whom, first_topics, first_next), (whom, topics, next_) = _TALKS.get(
        language, _TALKS["en"]
    )
    talk_day = today - timedelta(days=14)
    talked = tuple(
        contact.id
        for contact in contacts
        if contact.for_supervision
        and contact.id is not None
        and talk_day - timedelta(days=35) <= contact.local_time().date() < talk_day
    )
    return [
        SupervisionTalk(today - timedelta(days=30), first_whom, first_topics, first_next),
        SupervisionTalk(talk_day, whom, topics, next_, today + timedelta(days=10), talked),
    ]


def demo_reviews(
    language: str, rules: list[BoundaryRule], contacts: list[Contact], zone: str, now: datetime
) -> list[WeeklyReview]:
    """Reviews of the three weeks before this one: a rule named in a contact that week was
    under pressure, the others held."""
    texts = _REVIEWS.get(language, _REVIEWS["en"])
    reviews = []
    for back, (hard, rest) in enumerate(texts, start=1):
        week = week_of(now - timedelta(days=7 * back), zone)
        that_week = [contact for contact in contacts if week_of(contact.at, zone) == week]
        pressed = {mark.rule_id for contact in that_week for mark in contact.rules}
        heavy = [contact for contact in that_week if contact.load >= HEAVY_LOAD]
        talked = sum(contact.talked_through for contact in heavy)
        if not heavy:
            talked_through = "no-heavy-contacts"
        else:
            talked_through = ("not-yet", "partly", "yes")[(talked > 0) + (talked == len(heavy))]
        outcomes = tuple(
            (rule.id, PRESSURE if rule.id in pressed else HELD)
            for rule in rules
            if rule.id is not None and rule.enabled
        )
        reviews.append(
            WeeklyReview(
                week=week,
                rule_outcomes=outcomes,
                hard=hard,
                energy=(2, 3, 4)[back - 1],
                rested=True,
                rest=rest,
                talked_through=talked_through,
            )
        )
    return reviews
