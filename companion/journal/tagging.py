"""Tags from the person's plan: the tools, triggers and signs a check-in can be tagged with."""

from __future__ import annotations

from companion.errors import InvalidEntry
from companion.journal.checkin import PLAN_LISTS_FOR_TAGS, Tag
from companion.limits import MAX_TAG_CHARS, fit_tag_label
from companion.plan.model import Plan


def _linkable(plan: Plan) -> list[tuple[Tag, str]]:
    """Each tool, trigger and sign as a tag (its label shortened to fit if the item is longer
    than a tag may be), with the item's whole text."""
    choices = []
    for kind, (section_key, list_key) in PLAN_LISTS_FOR_TAGS.items():
        for entry in plan.entries(section_key, list_key):
            text = entry.text("text")
            if text.strip():
                choices.append((Tag(kind, fit_tag_label(text), entry.id), text))
    return choices


def plan_tag_choices(plan: Plan) -> list[Tag]:
    """Every tool, trigger and sign of the plan, each as the tag a check-in can carry."""
    return [tag for tag, _text in _linkable(plan)]


def resolve_tag(wanted: str, label: str, plan: Plan) -> Tag:
    """A tag for `label`, linked to the plan item of that name where there is one.

    `wanted` is "tag", "tool", "trigger" or "sign" (a sign is looked up among the early warning
    signs, then the breaking-down signs). A name the plan does not have stays a tag of the
    asked kind without a link, so nothing the person wrote is refused unless it is longer
    than a tag can be; InvalidEntry then names the option (`--tool`), not "tag".
    """
    kinds = {"tool": ("tool",), "trigger": ("trigger",), "sign": ("warning", "breaking")}
    folded = " ".join(label.split()).casefold()
    if wanted != "tag":
        choices = _linkable(plan)
        for kind in kinds[wanted]:
            for choice, text in choices:
                if choice.kind == kind and folded in (
                    " ".join(text.split()).casefold(),
                    choice.label.casefold(),
                ):
                    return choice
    if len(" ".join(label.split())) > MAX_TAG_CHARS:
        raise InvalidEntry(
            f"--{wanted}",
            f"at most {MAX_TAG_CHARS} characters, unless it names an item of your plan",
        )
    try:
        return Tag(kinds.get(wanted, ("tag",))[0], label)
    except InvalidEntry as problem:
        raise InvalidEntry(f"--{wanted}", problem.problem) from None
