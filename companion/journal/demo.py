"""Synthetic demo data: a filled-in plan and years of believable check-ins, made up from a seed."""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from companion.clock import localize, zone_exists
from companion.errors import InvalidEntry
from companion.journal.checkin import PLAN_LISTS_FOR_TAGS, CheckIn, Tag, new_checkin
from companion.journal.scales import DEFAULT_STEPS
from companion.plan.examples import example_plan
from companion.plan.model import Plan, make_entry
from companion.plan.schema import section

Pair = tuple[str, str]  # the same words in English and in Japanese

# Added after the example plan's own items, so each list used for tags has several.
_MORE_ITEMS: dict[tuple[str, str], tuple[Pair, ...]] = {
    ("toolbox", "tools"): (
        ("Tea by the window, phone in another room", "携帯を別の部屋に置いて、窓辺でお茶を飲む"),
        ("Write three lines in my notebook", "ノートに3行だけ書く"),
        ("Ten minutes of stretching", "10分ストレッチをする"),
        ("Listen to my calm playlist", "落ち着く音楽を聴く"),
        ("In bed before eleven", "23時までに布団に入る"),
    ),
    ("triggers", "signs"): (
        ("Hearing a story close to my own", "自分の体験に近い話を聞く"),
        ("Too many sessions in one week", "1週間に活動を詰め込みすぎる"),
        ("The anniversary of a hard time", "つらかった時期の記念日"),
        ("Being asked to lend money", "お金を貸してほしいと頼まれる"),
    ),
    ("warning_signs", "signs"): (
        ("Thinking about someone's troubles all evening", "相手の悩みを一晩中考えてしまう"),
        ("Finding it hard to say no", "断れなくなる"),
        ("Small things irritate me", "小さなことにイライラする"),
    ),
    ("breaking_down", "signs"): (
        ("Wanting to cancel everything and hide", "すべての予定をやめて隠れたくなる"),
        ("Not answering anyone for days", "何日も誰にも返事ができない"),
    ),
}

# Crisis plan entries: each text field is a Pair; the phone numbers are reserved for fiction.
_SUPPORTERS: tuple[dict[str, Pair], ...] = (
    {
        "name": ("Robin", "あおいさん"),
        "relationship": ("Friend from my peer group", "ピアグループの仲間"),
        "phone": ("555-0134", "090-0000-0134"),
        "helps_with": ("Stays with me, calls my doctor with me", "そばにいて主治医に連絡する"),
    },
    {
        "name": ("Sam", "ゆう"),
        "relationship": ("My sister", "姉"),
        "phone": ("555-0178", "090-0000-0178"),
        "helps_with": ("Looks after my cat and my bills", "猫の世話と支払い"),
    },
)
_NOT_INVOLVED: dict[str, Pair] = {
    "name": ("My former manager", "以前の職場の上司"),
    "reason": ("Contact with them makes things harder", "連絡を取るとかえってつらくなる"),
}
_MEDICATIONS: tuple[tuple[Pair, str, Pair], ...] = (
    (
        ("My current medicine, as prescribed", "今飲んでいる薬（処方どおり）"),
        "current",
        ("It helps me sleep and I know how it feels", "眠りを助けてくれて、自分に合っている"),
    ),
    (
        ("Anything too sedating to care for my cat", "眠気が強すぎて猫の世話ができない薬"),
        "unacceptable",
        ("I want to keep looking after myself", "自分のことは自分でできる状態でいたい"),
    ),
)
_TASK: Pair = ("Feed my cat and change her water", "猫にごはんと水をあげる")

_NOTES: dict[str, tuple[Pair, ...]] = {
    "good": (
        ("Good session. I listened more than I talked.", "良い活動だった。話すより聴けた。"),
        ("Walked in the park after lunch.", "お昼のあと公園を歩いた。"),
        ("Felt like myself today.", "今日はいい感じの自分でいられた。"),
        ("Laughed a lot at peer group.", "ピアグループでたくさん笑った。"),
        ("Kept to my activity hours and it felt fine.", "活動時間を守れて、気持ちがよかった。"),
    ),
    "ok": (
        ("An ordinary day.", "ふつうの一日。"),
        ("A bit tired, but steady.", "少し疲れたけれど、落ち着いている。"),
        ("Many messages; replied in my hours only.", "連絡が多かった。返信は活動時間内だけ。"),
        ("Cooked a simple dinner.", "簡単な夕ごはんを作った。"),
        ("Said no to an extra shift. It was okay.", "追加の当番を断った。大丈夫だった。"),
    ),
    "low": (
        ("Heavy day. Me is me, they are they.", "重い一日。自分は自分、相手は相手。"),
        ("Couldn't stop thinking about someone's story.", "ある人の話が頭から離れない。"),
        ("Slept badly. Going easy on myself.", "よく眠れなかった。無理はしない。"),
        ("Told my supervisor I'm struggling.", "スーパーバイザーに、しんどいと伝えた。"),
        ("Cancelled plans and stayed in.", "予定をキャンセルして家で過ごした。"),
    ),
    "recovering": (
        ("A little lighter today.", "今日は少し気持ちが軽い。"),
        ("Back to short walks.", "短い散歩を再開した。"),
        ("One thing at a time.", "一つずつやっていく。"),
        ("Thanked my supporters.", "サポーターにお礼を伝えた。"),
    ),
}
_WORK: Pair = ("work", "仕事")
_SUPERVISION: Pair = ("supervision", "スーパービジョン")
_PEER_GROUP: Pair = ("peer group", "ピアグループ")

# How likely each kind of plan tag is on one check-in, by phase of the stretch it falls in.
_TAG_CHANCES: dict[str, dict[str, float]] = {
    "well": {"tool": 0.22, "trigger": 0.04, "warning": 0.02},
    "before": {"tool": 0.3, "trigger": 0.35, "warning": 0.35},
    "hard": {"tool": 0.45, "trigger": 0.2, "warning": 0.55},
    "recovery": {"tool": 0.75, "trigger": 0.03, "warning": 0.12},
}
_SLOTS = {"morning": (390, 570), "afternoon": (720, 960), "evening": (1140, 1379)}
_SLOTS_FOR_COUNT = {1: ("morning",), 2: ("morning", "evening"), 3: tuple(_SLOTS)}
_LEAD_IN_DAYS = 5
_RECOVERY_DAYS = 14


@dataclass(frozen=True)
class _Day:
    """What one demo day is like: its phase, how deep the dip is (0 to 1) and its mood level."""

    phase: str
    depth: float
    level: float


def _stable_id(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def _demo_plan(language: str, today: date, rng: random.Random) -> Plan:
    index = 1 if language == "ja" else 0
    plan = example_plan(language)
    for (section_key, list_key), pairs in _MORE_ITEMS.items():
        spec = section(section_key).list_spec(list_key)
        extra = tuple(make_entry(spec, {"text": pair[index]}) for pair in pairs)
        plan = plan.with_entries(section_key, list_key, plan.entries(section_key, list_key) + extra)
    crisis = section("crisis")
    agreed = (today - timedelta(days=200)).isoformat()
    supporters = tuple(
        make_entry(
            crisis.list_spec("supporters"),
            {**{key: pair[index] for key, pair in values.items()}, "consent": True,
             "consent_date": agreed},
        )
        for values in _SUPPORTERS
    )  # fmt: skip
    excluded = make_entry(
        crisis.list_spec("not_involved"), {key: pair[index] for key, pair in _NOT_INVOLVED.items()}
    )
    choices = crisis.list_spec("medications")
    medications = tuple(
        make_entry(choices, {"name": name[index], "stance": stance, "why": why[index]})
        for name, stance, why in _MEDICATIONS
    )
    who = _SUPPORTERS[1]["name"][index]
    task = make_entry(crisis.list_spec("tasks"), {"task": _TASK[index], "who": who})
    plan = plan.with_entries("crisis", "supporters", supporters)
    plan = plan.with_entries("crisis", "not_involved", (excluded,))
    plan = plan.with_entries("crisis", "medications", medications)
    plan = plan.with_entries("crisis", "tasks", (task,))
    # make_entry draws random ids; the demo's must follow the seed so runs compare equal.
    lists = {
        key: tuple(replace(entry, id=_stable_id(rng)) for entry in entries)
        for key, entries in plan.lists.items()
    }
    return Plan(headings=plan.headings, lists=lists)


def _days(first: date, count: int, rng: random.Random) -> list[_Day]:
    """Slow waves: a weekly rhythm, a winter dip, a drifting baseline and a few hard stretches,
    each with a few lead-in days of warning signs and two weeks of recovery after it."""
    phases = ["well"] * count
    depths = [0.0] * count
    start = rng.randint(20, 120)
    while start < count:
        length, severity = rng.randint(7, 21), rng.uniform(0.75, 1.0)
        for lead_in in range(max(0, start - _LEAD_IN_DAYS), min(start, count)):
            phases[lead_in], depths[lead_in] = "before", 0.12
        for offset in range(length):
            if start + offset < count:
                phases[start + offset] = "hard"
                depths[start + offset] = severity * math.sin(math.pi * (offset + 0.5) / length)
        for offset in range(_RECOVERY_DAYS):
            if start + length + offset < count:
                phases[start + length + offset] = "recovery"
                depths[start + length + offset] = 0.3 * severity * (1 - offset / _RECOVERY_DAYS)
        start += length + rng.randint(90, 200)
    days: list[_Day] = []
    drift = 0.0
    for number in range(count):
        day = first + timedelta(days=number)
        drift = 0.9 * drift + rng.gauss(0.0, 0.045)
        weekly = 0.035 * math.cos(2 * math.pi * (day.weekday() - 5.5) / 7)
        seasonal = -0.07 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)
        level = 0.62 + weekly + seasonal + drift - 0.45 * depths[number]
        days.append(_Day(phases[number], depths[number], level))
    return days


def _step(normalised: float) -> int:
    return max(1, min(DEFAULT_STEPS, round(normalised * (DEFAULT_STEPS - 1)) + 1))


def _spread_slots(per_day: int, rng: random.Random) -> list[tuple[str, int]]:
    """`per_day` check-in times (slot, minute of the day) spread from 07:00 to 22:00."""
    width = 900 / per_day
    times = []
    for number in range(per_day):
        minute = 420 + int(width * number + rng.uniform(0.0, width * 0.8))
        slot = "morning" if minute < 720 else "afternoon" if minute < 1080 else "evening"
        times.append((slot, minute))
    return times


def demo_data(
    years: float,
    *,
    today: date,
    zone: str,
    language: str,
    seed: int = 7,
    per_day: int | None = None,
) -> tuple[Plan, list[CheckIn]]:
    """A demo plan and check-ins for the `years` up to and including `today` in `zone`,
    the same every time for the same seed. Nothing here is about a real person.
    With `per_day`, every day has exactly that many check-ins (a benchmark's ten years of
    36,500 is `per_day=10`); without it, one to three on most days."""
    if not math.isfinite(years) or years <= 0:
        raise ValueError("years must be a positive number")
    if per_day is not None and per_day < 1:
        raise ValueError("per_day must be at least 1")
    if not zone_exists(zone):
        raise InvalidEntry("zone", "not a known IANA time zone")
    rng = random.Random(seed)  # noqa: S311 - made-up demo data, not a secret
    index = 1 if language == "ja" else 0
    tz = ZoneInfo(zone)
    plan = _demo_plan(language, today, rng)
    pools = {
        kind: [
            Tag(kind, entry.text("text"), plan_entry_id=entry.id) for entry in plan.entries(*lists)
        ]
        for kind, lists in PLAN_LISTS_FOR_TAGS.items()
    }
    favourites = [len(pools["tool"]) - position for position in range(len(pools["tool"]))]
    work, supervision, peer_group = (
        Tag("tag", pair[index]) for pair in (_WORK, _SUPERVISION, _PEER_GROUP)
    )
    count = max(1, round(years * 365.25))
    first = today - timedelta(days=count - 1)
    checkins: list[CheckIn] = []
    for number, shape in enumerate(_days(first, count, rng)):
        day = first + timedelta(days=number)
        times: list[tuple[str, int]] = []
        if per_day is not None:
            times = _spread_slots(per_day, rng)
        elif rng.random() < (0.18 if shape.phase == "hard" else 0.09):
            continue  # a day without a check-in
        else:
            slots = _SLOTS_FOR_COUNT[rng.choices((1, 2, 3), weights=(12, 48, 40))[0]]
            if len(slots) == 1 and rng.random() < 0.5:
                slots = ("evening",)
            times = [(slot, -1) for slot in slots]
        weekend = day.weekday() >= 5
        sleep = rng.gauss(7.1, 0.6) + (0.4 if weekend else 0.0) - 1.3 * shape.depth
        sleep = round(max(3.5, min(10.0, sleep)) * 2) / 2
        second_or_fourth_tuesday = day.weekday() == 1 and (day.day - 1) // 7 in (1, 3)
        for position, (slot, spread_minute) in enumerate(times):
            if spread_minute >= 0:
                minute = spread_minute
            else:
                low, high = _SLOTS[slot]
                minute = rng.randint(low, high) + (60 if weekend and slot == "morning" else 0)
            try:
                at = localize(datetime.combine(day, time(minute // 60, minute % 60)), tz)
            except InvalidEntry:
                continue  # the clocks skipped that time
            mood = _step(shape.level + rng.gauss(0.0, 0.09))
            lift = {"morning": 0.05, "afternoon": 0.0, "evening": -0.07}[slot]
            energy_level = 0.56 + 0.8 * (shape.level - 0.62) + 0.04 * (sleep - 7) + lift
            energy = _step(energy_level + rng.gauss(0.0, 0.09))
            chances = _TAG_CHANCES[shape.phase]
            tags: list[Tag] = []
            if rng.random() < chances["tool"]:
                many = 2 if shape.phase == "recovery" and rng.random() < 0.4 else 1
                tags += rng.choices(pools["tool"], weights=favourites, k=many)
            for kind in ("trigger", "warning"):
                if rng.random() < chances[kind]:
                    tags.append(rng.choice(pools[kind]))
            if shape.phase == "hard" and shape.depth > 0.6 and rng.random() < 0.5:
                tags.append(rng.choice(pools["breaking"]))
            if not weekend and rng.random() < 0.25:
                tags.append(work)
            if (second_or_fourth_tuesday and position == 0) or (
                shape.phase in ("before", "hard", "recovery") and rng.random() < 0.05
            ):
                tags.append(supervision)
            if day.weekday() == 3 and position == len(times) - 1 and rng.random() < 0.8:
                tags.append(peer_group)
            note = ""
            if rng.random() < 0.3:
                if shape.phase == "recovery" and rng.random() < 0.5:
                    band = "recovering"
                else:
                    band = "low" if mood <= 3 else "ok" if mood <= 5 else "good"
                note = rng.choice(_NOTES[band])[index]
            checkins.append(
                new_checkin(
                    at=at,
                    zone=zone,
                    mood=mood,
                    energy=energy,
                    sleep_hours=None if rng.random() < 0.15 else sleep,
                    note=note,
                    tags=tuple(tags),
                )
            )
    checkins.sort(key=lambda checkin: checkin.at)
    return plan, checkins
