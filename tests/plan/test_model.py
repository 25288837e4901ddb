"""The plan as a value: JSON round trips of every list, located import errors, and differences."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.errors import InvalidEntry
from companion.plan.diff import diff_plans
from companion.plan.examples import example_plan
from companion.plan.json_format import PlanFileError, parse_plan_file, plan_bytes, plan_json
from companion.plan.model import Plan, make_entry
from companion.plan.schema import ENTRY_FIELDS, SECTIONS, all_lists, section

TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
    max_size=40,
) | st.sampled_from(["いい感じの自分 🌸", "line one\nline two", '"quotes", commas', "  "])


def _values_for(list_spec, draw_text, draw_bool):
    values = {}
    for spec in ENTRY_FIELDS[list_spec.kind]:
        if spec.kind == "bool":
            values[spec.key] = draw_bool
        elif spec.kind == "date":
            values[spec.key] = "2026-11-29"
        elif spec.kind == "stance":
            values[spec.key] = list_spec.stances[0]
        else:
            values[spec.key] = draw_text
    return values


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_section_list_and_crisis_part_round_trips(data) -> None:
    plan = Plan()
    for spec, list_spec in all_lists():
        count = data.draw(st.integers(min_value=0, max_value=2))
        entries = tuple(
            make_entry(
                list_spec, _values_for(list_spec, data.draw(TEXTS), data.draw(st.booleans()))
            )
            for _ in range(count)
        )
        plan = plan.with_entries(spec.key, list_spec.key, entries)
    renamed_key = data.draw(st.sampled_from([spec.key for spec in SECTIONS]))
    plan = plan.renamed(renamed_key, data.draw(st.sampled_from(["Daily Plan", "日々のプラン 🌿"])))
    assert parse_plan_file(plan_bytes(plan)) == plan


def test_the_crisis_plan_has_all_nine_parts() -> None:
    crisis = section("crisis")
    numbers = {spec.title.en.split(".")[0] for spec in crisis.lists}
    assert numbers == {str(n) for n in range(1, 10)}
    kinds = {spec.key: spec.kind for spec in crisis.lists}
    assert kinds["supporters"] == "supporter" and kinds["not_involved"] == "excluded"
    assert kinds["medications"] == kinds["treatments"] == kinds["facilities"] == "choice"
    assert kinds["tasks"] == "task"


def test_headings_rename_and_reset_in_both_languages() -> None:
    plan = Plan().renamed("daily", "Daily Plan")
    assert plan.heading("daily", "en") == "Daily Plan" == plan.heading("daily", "ja")
    assert plan.renamed("daily", "").heading("daily", "ja") == "日常生活管理プラン"
    assert plan.renamed("triggers", "引き金").is_renamed("triggers") is False  # the default


@pytest.mark.parametrize(
    ("mangle", "where"),
    [
        (lambda d: d.update(format="something"), "format"),
        (lambda d: d["sections"].update(extra={}), "sections.extra"),
        (lambda d: d["sections"]["crisis"]["lists"].update(pets=[]), "sections.crisis.lists.pets"),
        (
            lambda d: d["sections"]["crisis"]["lists"]["supporters"].append(
                {"id": "x1", "name": "A", "consent": "yes"}
            ),
            "sections.crisis.lists.supporters[0].consent",
        ),
        (
            lambda d: d["sections"]["crisis"]["lists"]["facilities"].append(
                {"id": "x2", "name": "B", "stance": "current"}
            ),
            "sections.crisis.lists.facilities[0].stance",
        ),
        (
            lambda d: d["sections"]["toolbox"]["lists"]["tools"].append({"text": "no id"}),
            "sections.toolbox.lists.tools[3].id",
        ),
    ],
)
def test_a_wrong_plan_file_names_the_field(mangle, where) -> None:
    document = plan_json(example_plan("en"))
    mangle(document)
    with pytest.raises(PlanFileError) as raised:
        parse_plan_file(json.dumps(document).encode())
    assert raised.value.where == where


def test_broken_json_names_the_line() -> None:
    with pytest.raises(PlanFileError) as raised:
        parse_plan_file(b'{\n  "format": "companion-plan",\n  oops\n}')
    assert raised.value.where.startswith("line 3")


def test_values_are_checked() -> None:
    supporters = section("crisis").list_spec("supporters")
    with pytest.raises(InvalidEntry):
        make_entry(supporters, {"consent_date": "29/11/2026"})
    with pytest.raises(InvalidEntry):
        make_entry(supporters, {"favourite_colour": "blue"})


def test_differences_between_two_versions() -> None:
    old = example_plan("en")
    tools = old.entries("toolbox", "tools")
    new = (
        old.removed(tools[0].id)
        .updated(tools[1].with_values(text="Call a friend or my sister"))
        .inserted("toolbox", "tools", 9, make_entry(section("toolbox").lists[0], {"text": "Tea"}))
        .renamed("daily", "Daily Plan")
    )
    changes = {change.section: change for change in diff_plans(old, new)}
    assert set(changes) == {"toolbox", "daily"}
    (tool_change,) = changes["toolbox"].lists
    assert [e.text("text") for e in tool_change.added] == ["Tea"]
    assert [e.text("text") for e in tool_change.removed] == ["A walk around the block"]
    assert [(a.text("text"), b.text("text")) for a, b in tool_change.changed] == [
        ("Call a friend", "Call a friend or my sister")
    ]
    assert changes["daily"].renamed and not changes["daily"].lists
    assert diff_plans(new, new) == []


def test_reordering_is_a_difference_too() -> None:
    old = example_plan("ja")
    first = old.entries("toolbox", "tools")[0]
    changes = diff_plans(old, old.moved(first.id, 2))
    assert changes[0].lists[0].reordered and not changes[0].lists[0].added
