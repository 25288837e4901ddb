"""Boundary rules the person owns: the seed's five rules in Japanese or English, editable,
switchable, deletable, each with the person's own words for why and a prepared phrase."""

from __future__ import annotations

from dataclasses import dataclass

from companion.errors import InvalidEntry
from companion.limits import MAX_RULE_NOTE_CHARS, MAX_RULE_TEXT_CHARS, check_text

# The seed rule whose prepared phrase is the kind prompt for a contact outside activity hours.
OUTSIDE_HOURS = "outside-hours"
SEED_KEYS = (OUTSIDE_HOURS, "money", "too-deep", "me-is-me", "not-alone")


@dataclass(frozen=True)
class BoundaryRule:
    """One rule. `seed` names the seed it started as (None for the person's own rules); it
    stays when the text is edited, so the outside-hours prompt still finds its phrase."""

    text: str
    enabled: bool = True
    why: str = ""  # the person's own words for why it matters
    phrase: str = ""  # what to say when it is tested
    seed: str | None = None
    id: int | None = None


def check_rule(rule: BoundaryRule) -> BoundaryRule:
    """`rule` if its fields are within the limits, else InvalidEntry naming the field."""
    check_text(rule.text, "rule", MAX_RULE_TEXT_CHARS)
    if not rule.text.strip():
        raise InvalidEntry("rule", "must not be empty")
    check_text(rule.why, "why it matters", MAX_RULE_NOTE_CHARS)
    check_text(rule.phrase, "prepared phrase", MAX_RULE_NOTE_CHARS)
    if rule.seed is not None and rule.seed not in SEED_KEYS:
        raise InvalidEntry("seed", "not a known seed rule")
    return rule


_SEEDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # (key, text, prepared phrase); "why" is left for the person's own words.
    "ja": (
        (
            OUTSIDE_HOURS,
            "活動時間外の個人的な連絡は控える",
            "連絡をくれてありがとう。今は活動時間外なので、続きは次の活動日に聞かせてね。"
            "急ぎで危ないときは、相談窓口や119・110に連絡してね。",
        ),
        (
            "money",
            "金銭の貸し借りはしない",
            "困っているのは伝わってきたよ。でも、お金の貸し借りはしないと決めているの。"
            "使える制度や相談先を一緒に考えよう。",
        ),
        (
            "too-deep",
            "プライベートな領域に深入りしすぎない",
            "そこはわたしが立ち入りすぎないほうがいいと思う。話せる範囲で聞かせてね。",
        ),
        (
            "me-is-me",
            "自分は自分、相手は相手（相手の問題と自分の問題を混同しない）",
            "それは自分で決めていいことだと思うよ。わたしは隣で話を聞くね。",
        ),
        (
            "not-alone",
            "一人で抱え込まない（スーパーバイザーや仲間のサポーターに相談する）",
            "大事なことなので、わたし一人ではなく、チームやスーパーバイザーにも相談させてね。",
        ),
    ),
    "en": (
        (
            OUTSIDE_HOURS,
            "No personal contact outside activity hours",
            "Thank you for reaching out. I'm outside my hours now, so let's pick this up at "
            "our next session. If it is urgent or someone is in danger, please call a crisis "
            "line or the emergency number.",
        ),
        (
            "money",
            "No lending or borrowing money",
            "I can hear things are hard right now. I don't lend or borrow money, but I'd like "
            "to look with you for help you could use.",
        ),
        (
            "too-deep",
            "Not going too deep into the other person's private life",
            "I think that's somewhere I shouldn't step too far into. Share only what you want to.",
        ),
        (
            "me-is-me",
            "Me is me, you are you: not mixing their problems with mine",
            "That's yours to decide. I'm here beside you and I'll listen.",
        ),
        (
            "not-alone",
            "Not carrying it alone: talk to a supervisor or a fellow supporter",
            "This matters, so I'd like to talk it over with my team or supervisor too, not "
            "carry it on my own.",
        ),
    ),
}


def seed_rules(language: str) -> list[BoundaryRule]:
    """The five rules a new list starts with, in `language` (English unless "ja")."""
    seeds = _SEEDS.get(language, _SEEDS["en"])
    return [BoundaryRule(text=text, phrase=phrase, seed=key) for key, text, phrase in seeds]


__all__ = ["OUTSIDE_HOURS", "SEED_KEYS", "BoundaryRule", "check_rule", "seed_rules"]
