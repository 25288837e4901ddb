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
        "{range}: {days} with a check-in ({checkins}). Mean mood {mood} "
        "of {mood_steps}, mean energy {energy} of {energy_steps}.",
        "{range}：チェックインした日は{days}（{checkins}）。気分の平均は{mood_steps}段階中"
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
        "活動時間の外でした。そういうこともあります。活動時間は、自分自身の休息を守るためのものです。",
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
    # The calendar, sleep, weekday and "what seems to help" kinds (helper "charts").
    "pattern_note": (
        " A pattern in your own records, not proof of a cause.",
        "これは記録に見られる傾向で、原因を示すものではありません。",
    ),
    "n_days": ("n = {n}", "{n}日"),
    "n_checkins": ("n = {n}", "{n}件"),
    "mean_mood": ("Mean mood", "気分の平均"),
    "weekday_0": ("Mon", "月"),
    "weekday_1": ("Tue", "火"),
    "weekday_2": ("Wed", "水"),
    "weekday_3": ("Thu", "木"),
    "weekday_4": ("Fri", "金"),
    "weekday_5": ("Sat", "土"),
    "weekday_6": ("Sun", "日"),
    "weekdays_0": ("Mondays", "月曜日"),
    "weekdays_1": ("Tuesdays", "火曜日"),
    "weekdays_2": ("Wednesdays", "水曜日"),
    "weekdays_3": ("Thursdays", "木曜日"),
    "weekdays_4": ("Fridays", "金曜日"),
    "weekdays_5": ("Saturdays", "土曜日"),
    "weekdays_6": ("Sundays", "日曜日"),
    "calendar_title": ("Mood calendar", "気分カレンダー"),
    "calendar_month": ("{month}", "{month}月"),
    "calendar_month_year": ("{month} {year}", "{year}年{month}月"),
    "calendar_month_means": ("Monthly mean", "月の平均"),
    "calendar_no_checkin": ("no check-in", "記録なし"),
    "calendar_key": (
        "Colour and dot size: mood step (small dot lower third, large dot upper third)",
        "色と点の大きさ：気分の段階（小さい点は下の3分の1、大きい点は上の3分の1）",
    ),
    "calendar_summary": (
        "{range}: a check-in on {days} of {total} days.",
        "{range}：{total}日のうち{days}日にチェックイン。",
    ),
    "calendar_months": (" Mean mood by month: {months}.", "月ごとの気分の平均：{months}。"),
    "calendar_month_item": ("{month} {mood} (n = {days})", "{month} {mood}（{days}日）"),
    "calendar_month_empty": ("{month} no check-ins", "{month} 記録なし"),
    "calendar_highest": (
        " The highest monthly mean was in {high} ({high_mood} of {steps}), the lowest in "
        "{low} ({low_mood}).",
        "月の平均がいちばん高かったのは{high}（{steps}段階中{high_mood}）、いちばん低かったのは"
        "{low}（{low_mood}）。",
    ),
    "list_separator": ("; ", "、"),
    "sleep_title": ("Sleep and mood", "睡眠と気分"),
    "sleep_hours": ("Hours of sleep the night before", "前の晩の睡眠時間"),
    "sleep_each_day": ("each day", "日ごと"),
    "sleep_band_mean": ("mean per band of hours", "睡眠時間の帯ごとの平均"),
    "no_sleep": (
        "No hours of sleep recorded in this range yet. When a check-in has them, this shows "
        "how sleep and mood go together.",
        "この期間の睡眠時間の記録はまだありません。チェックインに睡眠時間を入れると、"
        "睡眠と気分の関係がここに表示されます。",
    ),
    "sleep_under": ("under {high:g} hours", "{high:g}時間未満"),
    "sleep_between": ("{low:g}–{high:g} hours", "{low:g}〜{high:g}時間"),
    "sleep_over": ("{low:g} hours or more", "{low:g}時間以上"),
    "sleep_summary": (
        "{range}: {days} with hours of sleep and mood.",
        "{range}：睡眠時間と気分を記録した日は{days}。",
    ),
    "sleep_band_sentence": (
        " On days after {band} of sleep, mood averaged {mood} of {steps} (n = {n}).",
        "睡眠が{band}の日は、気分の平均が{steps}段階中{mood}（{n}日）。",
    ),
    "sleep_few": (
        " Too few days in each band of hours to put into words yet.",
        "睡眠時間の帯ごとの日数が少ないため、まだ言葉ではまとめていません。",
    ),
    "weekday_title": ("Mood by weekday and time of day", "曜日・時間帯ごとの気分"),
    "by_weekday": ("By weekday (each day once)", "曜日ごと（1日を1回として）"),
    "by_time": ("By time of day (each check-in)", "時間帯ごと（チェックインごと）"),
    "time_0": ("Morning\n5–11", "朝\n5〜11時"),
    "time_1": ("Afternoon\n12–16", "昼\n12〜16時"),
    "time_2": ("Evening\n17–21", "夕方\n17〜21時"),
    "time_3": ("Night\n22–4", "夜\n22〜4時"),
    "time_word_0": ("morning", "朝"),
    "time_word_1": ("afternoon", "昼"),
    "time_word_2": ("evening", "夕方"),
    "time_word_3": ("night", "夜"),
    "weekday_summary": (
        "{range}: {days} with a check-in ({checkins}).",
        "{range}：チェックインした日は{days}（{checkins}）。",
    ),
    "count_day": ("{n} day", "{n}日"),
    "count_days": ("{n} days", "{n}日"),
    "count_checkin": ("{n} check-in", "{n}件"),
    "count_checkins": ("{n} check-ins", "{n}件"),
    "weekday_highlow": (
        " By weekday, mood averaged highest on {high} ({high_mood} of {steps}, {high_n} days) "
        "and lowest on {low} ({low_mood}, {low_n} days).",
        "曜日ごとでは、気分の平均がいちばん高いのは{high}（{steps}段階中{high_mood}、{high_n}日）、"
        "いちばん低いのは{low}（{low_mood}、{low_n}日）。",
    ),
    "time_highlow": (
        " By time of day, highest in {high} check-ins ({high_mood}, n = {high_n}) and lowest "
        "in {low} check-ins ({low_mood}, n = {low_n}).",
        "時間帯ごとでは、いちばん高いのは{high}のチェックイン（{high_mood}、{high_n}件）、"
        "いちばん低いのは{low}のチェックイン（{low_mood}、{low_n}件）。",
    ),
    "helps_title": ("What seems to help", "役に立っていそうなこと"),
    "helps_used": ("days you used it", "使った日"),
    "helps_other": ("other days", "ほかの日"),
    "helps_counts": ("{with_n} / {without_n} days", "{with_n}日 / {without_n}日"),
    "helps_counts_head": ("used / other", "使った日 / ほかの日"),
    "helps_no_tools": (
        "No toolbox tools tagged on check-ins in this range yet. Tag the tools you use on a "
        "check-in; after a few weeks this compares mood on days with and without each tool.",
        "この期間、チェックインに道具箱の道具のタグはまだありません。使った道具をタグで付けると、"
        "数週間後に、道具を使った日とほかの日の気分をここで比べられます。",
    ),
    "helps_not_enough": (
        "Not enough days yet to see a pattern. A tool appears here once it was used on at "
        "least {with_min} days and not used on at least {without_min} days with a check-in. "
        "The nearest tool needs {missing} more days.",
        "傾向を見るには、まだ日数が足りません。道具は、使った日が{with_min}日以上、使わなかった日"
        "（チェックインした日）が{without_min}日以上になると表示されます。いちばん近い道具は、"
        "あと{missing}日分です。",
    ),
    "helps_summary": (
        "{range}: {days} with a check-in.",
        "{range}：チェックインした日は{days}。",
    ),
    "helps_sentence": (
        " On days you used “{tool}”, mood averaged {with_mood} of {steps} ({with_n} days), "
        "against {without_mood} on other days ({without_n} days).",
        "「{tool}」を使った日の気分の平均は{steps}段階中{with_mood}（{with_n}日）、"
        "ほかの日は{without_mood}（{without_n}日）。",
    ),
    "helps_waiting": (
        " {n} more tools need more days before they are compared.",
        "ほかに{n}個の道具は、比べるにはまだ日数が足りません。",
    ),
    "helps_cut": (
        " The chart shows the {n} most used tools.",
        "グラフには、よく使った{n}個の道具を表示しています。",
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


def count_text(count: int, unit: str, language: str) -> str:
    """A count with its unit, "1 day" or "3 days" ("1日", "3日"); `unit` is "day" or "checkin"."""
    return text(f"count_{unit}" if count == 1 else f"count_{unit}s", language, n=count)
