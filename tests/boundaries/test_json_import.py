"""Reading the boundaries sections of an export: problems are named by place, never by text."""

from __future__ import annotations

import json

import pytest

from companion.boundaries.json_import import SectionProblem, parse_boundaries
from tests.journal.test_import_fuzz import BOUNDARY_SECTIONS


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        ("Mon-Fri 10:00-17:00, 職場 9-5", "roles[0].hours: part 2: no times"),
        ("職場 Mon 10:00-12:00", "roles[0].hours: part 1: something is not a weekday"),
        ("Mon's 10:00-12:00", "roles[0].hours: part 1: something is not a weekday"),
        ("Mon 10:00-12:00 職場です", "part 1: something after the times is not understood"),
        ("every other Mon 10:00-12:00", "'every other' needs a start: add 'from YYYY-MM-DD'"),
    ],
)
def test_bad_hours_name_the_part_without_quoting_it(hours: str, expected: str) -> None:
    document = json.loads(json.dumps(BOUNDARY_SECTIONS))
    document["roles"][0]["hours"] = hours
    with pytest.raises(SectionProblem) as refused:
        parse_boundaries(document)
    assert expected in refused.value.problem
    assert "職場" not in refused.value.problem and "Mon's" not in refused.value.problem


def test_every_reference_must_be_in_the_file() -> None:
    document = json.loads(json.dumps(BOUNDARY_SECTIONS))
    document["contacts"][0]["talked_through_in"] = 7
    document["contacts"][0]["rules"] = [{"rule_id": 9, "how": "broken"}]
    document["weekly_reviews"].append({**document["weekly_reviews"][0], "id": 2})
    with pytest.raises(SectionProblem) as refused:
        parse_boundaries(document)
    assert refused.value.problem == (
        "contacts[0].rules[0].rule_id: no rule with that id; "
        "contacts[0].talked_through_in: no talk with that id in the file; "
        "weekly_reviews[1].week: another review has the same week"
    )


def test_sections_a_file_leaves_out_are_none() -> None:
    found = parse_boundaries({"roles": []})
    assert found.roles == () and found.contacts is None and found.empty
