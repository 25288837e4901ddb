"""Tags from the person's plan: the tools, triggers and signs a check-in can be tagged with."""

from __future__ import annotations

from companion.journal import PLAN_LISTS_FOR_TAGS, Tag
from companion.plan import Plan


def plan_tag_choices(plan: Plan) -> list[Tag]:
    """Every tool, trigger and sign of the plan, each as the tag a check-in can carry."""
    choices = []
    for kind, (section_key, list_key) in PLAN_LISTS_FOR_TAGS.items():
        for entry in plan.entries(section_key, list_key):
            if entry.text("text").strip():
                choices.append(Tag(kind, entry.text("text"), entry.id))
    return choices


def resolve_tag(wanted: str, label: str, plan: Plan) -> Tag:
    """A tag for `label`, linked to the plan item of that name where there is one.

    `wanted` is "tag", "tool", "trigger" or "sign" (a sign is looked up among the early warning
    signs, then the breaking-down signs). A name the plan does not have stays a tag of the
    asked kind without a link, so nothing the person wrote is refused.
    """
    kinds = {"tool": ("tool",), "trigger": ("trigger",), "sign": ("warning", "breaking")}
    if wanted == "tag":
        return Tag("tag", label)
    folded = " ".join(label.split()).casefold()
    choices = plan_tag_choices(plan)
    for kind in kinds[wanted]:
        for choice in choices:
            if choice.kind == kind and choice.label.casefold() == folded:
                return choice
    return Tag(kinds[wanted][0], label)
