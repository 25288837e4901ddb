"""Supporting others: contacts per week by role, the share outside activity hours, energy by
the day's load, supervision talks and reviewed weeks on the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from companion.charts.dates import as_number, use_date_axis
from companion.charts.kinds import Chart, ChartOptions
from companion.charts.style import (
    draw_message,
    drawable,
    new_figure,
    set_margins,
    style_axes,
    text_columns,
)
from companion.charts.wording import range_text, step_text, text
from companion.stats.boundaries import (
    LOAD_STEPS,
    BoundaryReview,
    ContactPeriod,
    boundary_review,
    contacts_by_period,
    in_range,
    load_against_energy,
    roles_in,
)
from companion.stats.ranges import unit_for
from companion.stats.trend_input import TrendInput

# Okabe–Ito without vermillion (no red), one per role, each with its own hatching so that
# colour is never the only cue; roles are stacked in the same order as the legend.
KEY_INCHES_PER_COLUMN = 0.058  # the key's 7.5-point text, per column (a wide character: two)
ROLE_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#56b4e9", "#cc79a7", "#f0e442")
ROLE_HATCHES = ("", "//", "..", "xx", "\\\\", "--")


def _role_label(role: str | None, language: str) -> str:
    if role is None:
        return text("no_role", language)
    if role == "":
        return text("other_roles", language)
    return role


def _middle(period: ContactPeriod) -> float:
    return (as_number(period.start) + as_number(period.end)) / 2


def _width(period: ContactPeriod) -> float:
    return ((period.end - period.start).days + 1) * 0.8


def _periods_panel(
    axes: Axes,
    periods: Sequence[ContactPeriod],
    roles: Sequence[str | None],
    data: TrendInput,
    options: ChartOptions,
) -> None:
    theme = options.theme
    language = options.language
    style_axes(axes, theme)
    middles = [_middle(period) for period in periods]
    widths = [_width(period) for period in periods]
    bottoms = [0] * len(periods)
    for index, role in enumerate(roles):
        heights = [period.by_role[index] for period in periods]
        axes.bar(
            middles,
            heights,
            width=widths,
            bottom=bottoms,
            color=ROLE_COLOURS[index % len(ROLE_COLOURS)],
            hatch=ROLE_HATCHES[index % len(ROLE_HATCHES)],
            edgecolor=theme.background,
            linewidth=0.5,
            label=drawable(_role_label(role, language)),
        )
        bottoms = [bottom + height for bottom, height in zip(bottoms, heights, strict=True)]
    top = max([*bottoms, 1])
    talks = [talk.day for talk in data.talks if options.start <= talk.day <= options.end]
    if talks:
        axes.plot(
            [as_number(day) for day in talks],
            [top * 1.12] * len(talks),
            linestyle="none",
            marker="v",
            markersize=7,
            color=theme.accent,
            label=drawable(text("supervision_talk", language)),
        )
        for day in talks:
            axes.axvline(as_number(day), color=theme.accent, linewidth=0.8, linestyle=":")
    first = periods[0].start
    reviewed = [review.monday for review in data.reviews if first <= review.monday <= options.end]
    if reviewed:
        axes.plot(
            [as_number(monday) + 3.0 for monday in reviewed],
            [-top * 0.07] * len(reviewed),
            linestyle="none",
            marker="s",
            markersize=5,
            markerfacecolor="none",
            markeredgecolor=theme.foreground,
            label=drawable(text("weekly_review", language)),
        )
    axes.set_ylim(-top * 0.14, top * 1.2)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    weekly = periods[0].end - periods[0].start < timedelta(days=8)
    title = text("contacts_per_week" if weekly else "contacts_per_month", language)
    axes.set_title(drawable(title), fontsize=10, loc="left")
    use_date_axis(axes, options.start, options.end, language)
    legend = axes.legend(
        loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7.5, frameon=False, ncols=1
    )
    for item in legend.get_texts():
        item.set_color(theme.muted)


def _outside_panel(axes: Axes, periods: Sequence[ContactPeriod], options: ChartOptions) -> None:
    theme = options.theme
    style_axes(axes, theme)
    known = [(period, share) for period in periods if (share := period.outside_share) is not None]
    axes.bar(
        [_middle(period) for period, _ in known],
        [share * 100 for _, share in known],
        width=[_width(period) for period, _ in known],
        color=theme.soft,
        edgecolor=theme.mood,
        hatch="//",
        linewidth=0.6,
    )
    # A week whose contacts were all within hours gets a small mark on the baseline, so it
    # reads apart from a week without contacts in roles with hours.
    within = [_middle(period) for period, share in known if share == 0]
    axes.plot(
        within, [1.5] * len(within), linestyle="none", marker="_", markersize=9,
        markeredgewidth=2, color=theme.mood,
    )  # fmt: skip
    axes.set_ylim(0, 105)
    axes.set_yticks([0, 50, 100])
    axes.set_yticklabels([text("percent", options.language, value=v) for v in (0, 50, 100)])
    axes.set_title(drawable(text("outside_share_axis", options.language)), fontsize=10, loc="left")
    use_date_axis(axes, options.start, options.end, options.language)
    for label in axes.get_xticklabels():
        label.set_fontsize(7.5)


def _load_panel(axes: Axes, data: TrendInput, options: ChartOptions) -> None:
    theme = options.theme
    language = options.language
    style_axes(axes, theme)
    days = [day for day in data.days if options.start <= day.day <= options.end + timedelta(1)]
    pairs = load_against_energy(in_range(data.contacts, options.start, options.end), days)
    axes.set_title(drawable(text("load_energy_axis", language)), fontsize=10, loc="left")
    axes.set_xlim(0.5, LOAD_STEPS + 0.5)
    axes.set_xticks(range(1, LOAD_STEPS + 1))
    axes.set_xlabel(drawable(text("load_axis", language)), fontsize=8.5)
    axes.set_ylim(-0.06, 1.06)
    steps = data.energy_steps
    axes.set_yticks([step / (steps - 1) for step in range(steps)])
    axes.set_yticklabels([str(step + 1) for step in range(steps)])
    if not pairs.same_day and not pairs.next_day:
        axes.text(
            0.5,
            0.5,
            drawable(text("no_pairs", language)),
            transform=axes.transAxes,
            ha="center",
            va="center",
            wrap=True,
            fontsize=8,
            color=theme.muted,
        )
        return
    for which, offset, marker, style, colour, above in (
        ("same", -0.12, "o", "-", theme.energy, 6),
        ("next", 0.12, "s", "--", theme.mood, -11),
    ):
        found = pairs.pairs(which)
        xs = [step + offset for step in found]
        ys = [mean for mean, _ in found.values()]
        axes.plot(
            xs,
            ys,
            linestyle=style,
            marker=marker,
            color=colour,
            linewidth=1.2,
            markersize=5,
            label=drawable(text("same_day" if which == "same" else "next_day", language)),
        )
        for x, (mean, count) in zip(xs, found.values(), strict=True):
            axes.annotate(
                f"n={count}",
                (x, mean),
                textcoords="offset points",
                xytext=(0, above),
                ha="center",
                fontsize=6.5,
                color=theme.muted,
            )
    legend = axes.legend(loc="best", fontsize=7.5, frameon=False)
    for item in legend.get_texts():
        item.set_color(theme.muted)


def summary(data: TrendInput, review: BoundaryReview, options: ChartOptions) -> str:
    """The chart in words: contacts, roles, outside hours stated kindly, load and energy as a
    pattern, talks and reviewed weeks. No score, no streak."""
    language = options.language
    chosen = in_range(data.contacts, options.start, options.end)
    words = text(
        "boundaries_summary",
        language,
        range=range_text(options.start, options.end, language),
        contacts=text(
            "contact_count_one" if review.contacts == 1 else "contact_count",
            language,
            count=review.contacts,
        ),
        weeks=len(contacts_by_period((), options.start, options.end)),
        hours=f"{review.minutes / 60:.1f}",
    )
    roles = roles_in(chosen)
    if len(roles) > 1:
        counts = [
            text(
                "role_count",
                language,
                role=_role_label(role, language),
                count=sum((point.role if point.role in roles else "") == role for point in chosen),
            )
            for role in roles
        ]
        words += text(
            "boundaries_roles", language, roles=("、" if language == "ja" else ", ").join(counts)
        )
    if review.known:
        if review.outside:
            share = text("percent", language, value=round(100 * review.outside / review.known))
            words += text(
                "boundaries_outside",
                language,
                outside=review.outside,
                known=review.known,
                share=share,
            )
        else:
            words += text("boundaries_inside", language)
    days = [day for day in data.days if options.start <= day.day <= options.end + timedelta(1)]
    heavy, light = load_against_energy(chosen, days).heavy_and_light("next")
    if heavy is not None and light is not None:
        words += text(
            "boundaries_energy",
            language,
            heavy=step_text(heavy[0], data.energy_steps, language),
            heavy_days=heavy[1],
            light=step_text(light[0], data.energy_steps, language),
            light_days=light[1],
            steps=data.energy_steps,
        )
    if review.talks:
        words += text("boundaries_talks", language, talks=len(review.talks))
    if review.reviews:
        words += text(
            "boundaries_reviews", language, reviews=len(review.reviews), rested=review.rested_weeks
        )
    return words


def draw_boundaries(data: TrendInput, options: ChartOptions) -> Chart:
    """Contacts per week (per month beyond two years) above; the share outside hours and
    energy by load below."""
    title = text("boundaries_title", options.language)
    figure = new_figure(options.theme, options.width, options.height, options.dpi)
    chosen = in_range(data.contacts, options.start, options.end)
    if not chosen:
        message = text("no_contacts", options.language)
        draw_message(figure, options.theme, message)
        return Chart(figure, title, message, empty=True)
    unit = "week" if unit_for(options.start, options.end) != "month" else "month"
    periods = contacts_by_period(data.contacts, options.start, options.end, unit)
    roles = roles_in(chosen)
    grid = figure.add_gridspec(2, 2, height_ratios=(1.35, 1.0), width_ratios=(1.5, 1.0))
    _periods_panel(figure.add_subplot(grid[0, :]), periods, roles, data, options)
    _outside_panel(figure.add_subplot(grid[1, 0]), periods, options)
    _load_panel(figure.add_subplot(grid[1, 1]), data, options)
    # Fixed margins, the right one wide enough for the key beside the bars (estimated from its
    # words): tight_layout would draw every label once more to measure it.
    labels = [_role_label(role, options.language) for role in roles]
    labels += [text(key, options.language) for key in ("supervision_talk", "weekly_review")]
    key_width = 0.35 + KEY_INCHES_PER_COLUMN * max(text_columns(label) for label in labels)
    set_margins(
        figure,
        left=0.6,
        bottom=0.5,
        top=0.3,
        right=min(key_width, options.width * 0.35),
        between=0.7,
    )
    review = boundary_review(data.contacts, data.talks, data.reviews, options.start, options.end)
    return Chart(figure, title, summary(data, review, options))
