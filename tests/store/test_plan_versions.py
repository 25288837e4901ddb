"""Plan versions in the store: one per editing session, restore adds one, none is erased."""

from __future__ import annotations

from companion.plan.model import Plan, make_entry
from companion.plan.schema import section
from companion.services.plan import PlanService
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE

TOOLS = section("toolbox").list_spec("tools")


def _with_tool(plan: Plan, text: str) -> Plan:
    entry = make_entry(TOOLS, {"text": text})
    return plan.inserted("toolbox", "tools", 99, entry)


def test_an_editing_session_is_one_version(store) -> None:
    first = _with_tool(Plan(), "walk")
    version = store.save_plan(first, version_id=None)
    second = _with_tool(first, "tea")
    assert store.save_plan(second, version_id=version) == version
    assert [v.id for v in store.plan_versions()] == [version]
    assert store.current_plan().plan == second


def test_a_new_session_makes_a_new_version_and_keeps_the_old(store, folder) -> None:
    first = store.save_plan(_with_tool(Plan(), "walk"), version_id=None)
    store.close()
    again = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    plan = PlanService(again).current()
    second = again.save_plan(_with_tool(plan, "music 🎵"), version_id=None)
    assert second != first
    versions = again.plan_versions()
    assert [len(v.plan.entries("toolbox", "tools")) for v in versions] == [1, 2]
    again.close()


def test_restore_adds_a_version_and_erases_nothing(store) -> None:
    old = store.save_plan(_with_tool(Plan(), "walk"), version_id=None)
    newer = store.save_plan(_with_tool(Plan(), "bath"), version_id=None)
    restored = PlanService(store).restore(old)
    versions = store.plan_versions()
    assert [v.id for v in versions][:2] == [old, newer] and len(versions) == 3
    assert versions[-1].reason == "restore" and versions[-1].plan == restored
    assert store.current_plan().plan.entries("toolbox", "tools")[0].text("text") == "walk"


def test_saving_into_an_older_version_starts_a_new_one(store) -> None:
    old = store.save_plan(_with_tool(Plan(), "walk"), version_id=None)
    store.save_plan(_with_tool(Plan(), "bath"), version_id=None)
    third = store.save_plan(_with_tool(Plan(), "tea"), version_id=old)
    assert (
        third != old
        and store.plan_version(old).plan.entries("toolbox", "tools")[0].text("text") == "walk"
    )


def test_no_plan_yet_reads_as_an_empty_plan(store) -> None:
    assert store.current_plan() is None
    assert PlanService(store).current().is_empty()
