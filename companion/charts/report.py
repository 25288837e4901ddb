"""The monthly report as HTML for QTextDocument: the month's charts (PNG, embedded), their
summaries in words, what of the plan was used, and the boundary review. Every piece of the
person's text is escaped; no alias, reflection or review text ever appears."""

from __future__ import annotations

import base64
import html
import io
from datetime import date

from companion.charts.kinds import Chart, ChartOptions, chart_kinds
from companion.charts.style import LIGHT
from companion.charts.wording import day_text
from companion.stats.boundaries import BoundaryReview, boundary_review
from companion.stats.report import PlanUse, ReportSource, plan_use

# Drawn in the report: every kind but the single mood and energy charts (mood-energy has both).
LEFT_OUT = ("mood", "energy")
FIRST, LAST = "mood-energy", "boundaries"
IMAGE_WIDTH_PX = 640  # at 96 px per inch: 6.7 in, inside A4's and Letter's printable width
CHART_DPI = 150
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Monthly report: {month}", "月次レポート：{month}"),
    "intro": (
        "A look back at the month from what I logged in Companion. It is my own record, "
        "to share if I choose; it is not a diagnosis or an assessment.",
        "Companionに記録したことから、この1か月をふりかえります。自分のための記録で、"
        "共有するかどうかは自分で決めます。診断や評価ではありません。",
    ),
    "nothing": (
        "Nothing was logged this month, and that is fine. Months without entries are part "
        "of the story too.",
        "この月の記録はありません。それで大丈夫です。記録のない月も、歩みの一部です。",
    ),
    "checkins": ("Check-ins", "チェックイン"),
    "more": ("More patterns", "そのほかの傾向"),
    "plan": ("What I used from my plan", "プランから使ったこと"),
    "plan_none": (
        "No tools or signs from my plan were tagged on check-ins this month.",
        "この月のチェックインに、プランの道具やサインのタグはありませんでした。",
    ),
    "days": ("{label} ({days} days)", "{label}（{days}日）"),
    "one_day": ("{label} (1 day)", "{label}（1日）"),
    "noticed": ("Noticed: {signs}", "気づいたこと：{signs}"),
    "must_do": ("My action plan, I must do:", "行動プラン（必ずすること）："),
    "might_do": ("My action plan, I might do:", "行動プラン（できればすること）："),
    "supporting": ("Supporting others", "支援と境界線"),
    "supporting_none": (
        "No contacts, supervision talks or weekly reviews were logged this month.",
        "この月は、コンタクト、スーパービジョン・相談、週のふりかえりの記録はありませんでした。",
    ),
    "talks": ("Supervision and consultation talks: {talks}.", "スーパービジョン・相談：{talks}。"),
    "talk": ("{day} (with {whom})", "{day}（{whom}）"),
    "heavy": (
        "Heavier contacts: {heavy}, of which {through} talked through in supervision.",
        "重めのコンタクト：{heavy}件（うちスーパービジョンで話せたもの：{through}件）。",
    ),
    "reviews": ("Weekly reviews", "週のふりかえり"),
    "week": ("Week of {day}", "{day}からの週"),
    "rested": ("rest taken", "休息をとれた"),
    "not_rested": ("little rest", "休息は少なめ"),
    "made": (
        "Made with Companion on {date}. This file is not encrypted; keep it private.",
        "{date}にCompanionで作成。このファイルは暗号化されていません。大切に保管してください。",
    ),
    "supervisor": ("a supervisor", "スーパーバイザー"),
    "fellow-supporter": ("a fellow supporter", "仲間のサポーター"),
    "professional": ("a professional", "専門職"),
    "group": ("the group", "グループ"),
    "other": ("someone else", "その他"),
    "yes": ("heavy contacts talked through", "重いコンタクトを話せた"),
    "partly": ("heavy contacts partly talked through", "重いコンタクトを一部話せた"),
    "not-yet": ("heavy contacts not talked through yet", "重いコンタクトはまだ話せていない"),
    "no-heavy-contacts": ("no heavy contacts", "重いコンタクトはなかった"),
}
_MUTED = "color:#555555;"
_SMALL = "font-size:8.5pt; " + _MUTED


def _say(key: str, language: str, **values: object) -> str:
    english, japanese = _WORDS[key]
    chosen = japanese if language == "ja" else english
    return chosen.format(**values) if values else chosen


def _h(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def month_text(first: date, language: str) -> str:
    if language == "ja":
        return f"{first.year}年{first.month}月"
    return f"{MONTH_NAMES[first.month - 1]} {first.year:04d}"


def chart_png(chart: Chart) -> bytes:
    """A drawn chart as PNG bytes."""
    out = io.BytesIO()
    chart.figure.savefig(out, format="png")
    return out.getvalue()


def _image(chart: Chart) -> str:
    data = base64.b64encode(chart_png(chart)).decode("ascii")
    return f'<p><img src="data:image/png;base64,{data}" width="{IMAGE_WIDTH_PX}"></p>'


def _chart_block(chart: Chart, heading: str | None) -> list[str]:
    out = [f"<h3>{_h(heading)}</h3>"] if heading else []
    if not chart.empty:
        out.append(_image(chart))
    out.append(f"<p>{_h(chart.summary)}</p>")
    return out


def _counted(items: tuple[tuple[str, int], ...], language: str) -> list[str]:
    return [
        _say("one_day" if days == 1 else "days", language, label=label, days=days)
        for label, days in items
    ]


def _plan_part(use: PlanUse, language: str) -> list[str]:
    out = [f"<h2>{_h(_say('plan', language))}</h2>"]
    if use.empty:
        return [*out, f"<p>{_h(_say('plan_none', language))}</p>"]
    if use.tools:
        out.append(f"<h3>{_h(use.toolbox_heading)}</h3><ul>")
        out += [f"<li>{_h(item)}</li>" for item in _counted(use.tools, language)]
        out.append("</ul>")
    separator = "、" if language == "ja" else ", "
    for noticed in use.signs:
        out.append(f"<h3>{_h(noticed.heading)}</h3>")
        signs = separator.join(_counted(noticed.signs, language))
        out.append(f"<p>{_h(_say('noticed', language, signs=signs))}</p>")
        for key, items in (("must_do", noticed.must_do), ("might_do", noticed.might_do)):
            if items:
                out.append(f"<p>{_h(_say(key, language))}</p><ul>")
                out += [f"<li>{_h(item)}</li>" for item in items]
                out.append("</ul>")
    return out


def _review_lines(review: BoundaryReview, language: str) -> list[str]:
    out: list[str] = []
    separator = "、" if language == "ja" else ", "
    if review.talks:
        talks = separator.join(
            _say(
                "talk",
                language,
                day=day_text(talk.day, language),
                whom=_say_whom(talk.with_whom, language),
            )
            for talk in review.talks
        )
        out.append(f"<p>{_h(_say('talks', language, talks=talks))}</p>")
    if review.heavy:
        words = _say("heavy", language, heavy=review.heavy, through=review.heavy_talked_through)
        out.append(f"<p>{_h(words)}</p>")
    if review.reviews:
        out.append(f"<h3>{_h(_say('reviews', language))}</h3><ul>")
        for week in review.reviews:
            parts = [_say("week", language, day=day_text(week.monday, language))]
            if week.rested is not None:
                parts.append(_say("rested" if week.rested else "not_rested", language))
            if week.talked_through in _WORDS:
                parts.append(_say(week.talked_through, language))
            out.append(f"<li>{_h(separator.join(parts))}</li>")
        out.append("</ul>")
    return out


def _say_whom(with_whom: str, language: str) -> str:
    return _say(with_whom if with_whom in _WORDS else "other", language)


def report_html(source: ReportSource, language: str, generated_on: date) -> str:
    """The report of `source.month` as HTML, charts embedded as PNG; a month without any data
    gives a short, kind page."""
    first, last = source.days
    kinds = chart_kinds()
    options = ChartOptions(first, last, language, LIGHT, width=8.0, height=4.5, dpi=CHART_DPI)
    title = _say("title", language, month=month_text(first, language))
    out = [f"<h1>{_h(title)}</h1>", f'<p style="{_SMALL}">{_h(_say("intro", language))}</p>']
    if not source.has_data():
        out.append(f"<p>{_h(_say('nothing', language))}</p>")
    else:
        out.append(f"<h2>{_h(_say('checkins', language))}</h2>")
        out += _chart_block(kinds[FIRST].draw(source.data, options), None)
        more = [
            (kind, chart)
            for name, kind in kinds.items()
            if name not in (*LEFT_OUT, FIRST, LAST)
            and not (chart := kind.draw(source.data, options)).empty
        ]
        if more:
            out.append(f"<h2>{_h(_say('more', language))}</h2>")
            for _kind, chart in more:
                out += _chart_block(chart, chart.title)
        out += _plan_part(plan_use(source.plan, source.tags, language), language)
        data = source.data
        review = boundary_review(data.contacts, data.talks, data.reviews, first, last)
        out.append(f"<h2>{_h(_say('supporting', language))}</h2>")
        if not review.contacts and not review.talks and not review.reviews:
            out.append(f"<p>{_h(_say('supporting_none', language))}</p>")
        else:
            if review.contacts:
                out += _chart_block(kinds[LAST].draw(data, options), None)
            out += _review_lines(review, language)
    made = _say("made", language, date=day_text(generated_on, language))
    out.append(f'<p style="margin-top:24px; {_SMALL}">{_h(made)}</p>')
    lang = "ja" if language == "ja" else "en"
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{_h(title)}</title></head>'
        "<body>\n" + "\n".join(out) + "\n</body></html>\n"
    )
