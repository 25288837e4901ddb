"""The words on charts and in their summaries, in English and Japanese.

Charts are drawn without Qt (the command line draws them too), so their text lives here, one
entry per message, like the seeded rules and scale names."""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "ja")
# Month names spelled out here: strftime("%b") follows the C locale, which Qt changes.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_TEXT: dict[str, tuple[str, str]] = {
    "mood": ("Mood", "気分"),
    "energy": ("Energy", "エネルギー"),
    "mood_energy_title": ("Mood and energy", "気分とエネルギー"),
    "rolling": ("7-day mean", "7日間の平均"),
    "daily": ("daily", "日ごと"),
    "weekly": ("weekly mean", "週ごとの平均"),
    "monthly": ("monthly mean", "月ごとの平均"),
    "no_checkins": (
        "No check-ins in this range yet. The chart fills in as you check in.",
        "この期間のチェックインはまだありません。チェックインすると、ここにグラフが表示されます。",
    ),
    "range": ("{start} to {end}", "{start}〜{end}"),
    "mood_energy_summary": (
        "{range}: {days} days with a check-in ({checkins} check-ins). Mean mood {mood} "
        "of {mood_steps}, mean energy {energy} of {energy_steps}.",
        "{range}：チェックインした日は{days}日（{checkins}件）。気分の平均は{mood_steps}段階中"
        "{mood}、エネルギーの平均は{energy_steps}段階中{energy}。",
    ),
    "energy_missing": ("not recorded", "記録なし"),
    "rolling_end": (
        " Over the last seven days the mean mood was {mood} of {steps}.",
        "直近7日間の気分の平均は{steps}段階中{mood}。",
    ),
    # The boundaries chart (kind "boundaries").
    "boundaries_title": ("Supporting others", "支援の負担と境界線"),
    "contacts_per_week": ("Contacts per week", "週ごとのコンタクト"),
    "contacts_per_month": ("Contacts per month", "月ごとのコンタクト"),
    "no_role": ("No role", "役割なし"),
    "other_roles": ("Other roles", "その他の役割"),
    "outside_share_axis": ("Outside your hours", "活動時間外の割合"),
    "load_energy_axis": ("Energy by the day's load", "負担の重さとエネルギー"),
    "load_axis": ("Heaviest load that day", "その日の一番重い負担"),
    "same_day": ("same day", "当日"),
    "next_day": ("next day", "翌日"),
    "supervision_talk": ("supervision talk", "スーパービジョン・相談"),
    "weekly_review": ("week reviewed", "週のふりかえり"),
    "no_contacts": (
        "No contacts logged in this range. When you log contacts in Boundaries, "
        "their weekly rhythm appears here.",
        "この期間に記録したコンタクトはありません。「境界線」でコンタクトを記録すると、"
        "週ごとの様子がここに表示されます。",
    ),
    "no_pairs": (
        "Energy appears here on days you log a contact and check in.",
        "コンタクトを記録した日にチェックインすると、ここにエネルギーが表示されます。",
    ),
    "boundaries_summary": (
        "{range}: {contacts} over {weeks} weeks ({hours} hours in all).",
        "{range}：{weeks}週間で{contacts}（合計{hours}時間）。",
    ),
    "contact_count": ("{count} contacts", "{count}件のコンタクト"),
    "contact_count_one": ("1 contact", "1件のコンタクト"),
    "boundaries_roles": (" By role: {roles}.", "役割ごと：{roles}。"),
    "role_count": ("{role} {count}", "{role} {count}件"),
    "boundaries_outside": (
        " Of the contacts in roles with set hours, {outside} of {known} were outside your "
        "activity hours ({share}). That happens; your hours are there to protect your own rest.",
        "活動時間が決まっている役割のコンタクト{known}件のうち{outside}件（{share}）は、"
        "活動時間の外でした。そういうこともあります。活動時間は、あなた自身の休息を守るためのものです。",
    ),
    "boundaries_inside": (
        " Every contact in roles with set hours was within your activity hours.",
        "活動時間が決まっている役割のコンタクトは、すべて活動時間内でした。",
    ),
    "boundaries_energy": (
        " On days after a heavier contact, your energy was {heavy} of {steps} on average "
        "({heavy_days} days); after lighter ones, {light} ({light_days} days). A pattern "
        "to notice, not a proof.",
        "重めのコンタクトがあった日の翌日のエネルギーは平均{steps}段階中{heavy}（{heavy_days}日）、"
        "軽めの日の翌日は{light}（{light_days}日）でした。傾向の一つで、因果を示すものではありません。",
    ),
    "boundaries_talks": (
        " Supervision or consultation talks: {talks}.",
        "スーパービジョン・相談：{talks}回。",
    ),
    "boundaries_reviews": (
        " Weeks you looked back on: {reviews} (rest taken in {rested}).",
        "ふりかえりをした週：{reviews}週（うち休息をとれた週：{rested}）。",
    ),
    "percent": ("{value}%", "{value}%"),
}


def text(key: str, language: str, **values: object) -> str:
    """The message `key` in `language` ("en" or "ja"; anything else is English)."""
    english, japanese = _TEXT[key]
    chosen = japanese if language == "ja" else english
    return chosen.format(**values) if values else chosen


def day_text(day: date, language: str) -> str:
    """A date as people read it: "3 Nov 2026" or "2026年11月3日" (four-digit years always)."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year:04d}"


def range_text(start: date, end: date, language: str) -> str:
    return text("range", language, start=day_text(start, language), end=day_text(end, language))


def step_text(normalised: float | None, steps: int, language: str) -> str:
    """A normalised value as a step of a scale of `steps` steps, to one decimal ("4.2")."""
    if normalised is None:
        return text("energy_missing", language)
    return f"{1 + normalised * (steps - 1):.1f}"
