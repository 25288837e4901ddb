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
