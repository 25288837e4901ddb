"""A short example plan, in English or Japanese, that a person can keep, change or delete."""

from __future__ import annotations

from companion.plan.model import Plan, make_entry
from companion.plan.schema import section

_ITEMS: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {
    "en": {
        ("toolbox", "tools"): ("A walk around the block", "Call a friend", "A warm bath"),
        ("daily", "well"): ("Calm", "Curious", "Laughing easily"),
        ("daily", "every_day"): ("Eat breakfast", "Ten minutes outside"),
        ("triggers", "signs"): ("Being asked to help outside my activity hours",),
        ("triggers", "must_do"): ("Say kindly: I'll reply during my activity hours",),
        ("warning_signs", "signs"): ("Skipping meals", "Checking messages late at night"),
        ("warning_signs", "must_do"): ("Talk to my supervisor this week",),
        ("breaking_down", "signs"): ("Not sleeping for two nights",),
        ("breaking_down", "must_do"): ("Call my doctor", "Cancel non-essential plans"),
        ("post_crisis", "needs"): ("Quiet mornings", "Short visits only"),
    },
    "ja": {
        ("toolbox", "tools"): ("近所を散歩する", "友だちに電話する", "ゆっくりお風呂に入る"),
        ("daily", "well"): ("穏やか", "好奇心がある", "よく笑う"),
        ("daily", "every_day"): ("朝ごはんを食べる", "10分外に出る"),
        ("triggers", "signs"): ("活動時間外に助けを求められる",),
        ("triggers", "must_do"): ("「活動時間内にお返事しますね」とやさしく伝える",),
        ("warning_signs", "signs"): ("食事を抜く", "夜遅くまでメッセージを確認してしまう"),
        ("warning_signs", "must_do"): ("今週中にスーパーバイザーに相談する",),
        ("breaking_down", "signs"): ("2晩続けて眠れない",),
        ("breaking_down", "must_do"): ("主治医に電話する", "急ぎでない予定をキャンセルする"),
        ("post_crisis", "needs"): ("静かな朝", "短い面会だけにする"),
    },
}


def example_plan(language: str) -> Plan:
    plan = Plan()
    for (section_key, list_key), texts in _ITEMS["ja" if language == "ja" else "en"].items():
        list_spec = section(section_key).list_spec(list_key)
        entries = tuple(make_entry(list_spec, {"text": text}) for text in texts)
        plan = plan.with_entries(section_key, list_key, entries)
    return plan
