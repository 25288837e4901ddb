"""The parser stays cheap: parsing imports no command module, no store, no Qt."""

from __future__ import annotations

import subprocess
import sys

from companion.cli import main as cli
from companion.cli.arguments import PLAN_SECTION_KEYS
from companion.plan.schema import SECTION_BY_KEY

HEAVY = (
    "sqlalchemy",
    "alembic",
    "sqlcipher3",
    "PySide6",
    "matplotlib",
    "companion.store",
    "companion.services",
    "companion.ui",
    "companion.cli.store",
    "companion.cli.checkin",
    "companion.cli.journal",
    "companion.cli.plan",
    "companion.cli.terminal",
    "companion.cli.charts",
    "companion.charts",
    "companion.stats",
)

PARSE_EVERY_COMMAND = """
import sys
from companion.cli import main
for line in (
    ["init", "--remember"],
    ["checkin", "--mood", "3", "--energy", "4", "--tool", "walk"],
    ["export", "--output", "out.json"],
    ["import", "file.csv", "--yes"],
    ["demo", "--years", "1"],
    ["verify"],
    ["plan", "export", "--output", "plan.pdf", "--supporter-copy"],
    ["plan", "import", "plan.json"],
    ["chart", "boundaries", "--output", "c.svg", "--from", "2026-01-01", "--lang", "ja"],
    ["report", "--month", "2026-11", "--output", "r.pdf", "--page-size", "Letter"],
):
    main.build_parser().parse_args(line)
heavy = %r
print("\\n".join(sorted(
    name for name in sys.modules if any(name == h or name.startswith(h + ".") for h in heavy)
)))
"""


def _loaded_after(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.split()


def test_parsing_every_command_imports_nothing_heavy() -> None:
    assert _loaded_after(PARSE_EVERY_COMMAND % (HEAVY,)) == []


def test_a_domain_module_imports_no_qt() -> None:
    code = "import sys, companion.plan.files, companion.journal.files\n" + (
        "print('\\n'.join(n for n in sys.modules if n.startswith(('PySide6', 'companion.ui'))))"
    )
    assert _loaded_after(code) == []


def test_the_commands_table_names_real_functions() -> None:
    for name in cli.COMMANDS:
        assert callable(cli.command(name)), name


def test_plan_export_lists_the_plans_own_section_keys() -> None:
    assert tuple(SECTION_BY_KEY) == PLAN_SECTION_KEYS


def test_background_is_a_flag_of_the_window_start(monkeypatch, tmp_path) -> None:
    started: list[dict[str, object]] = []
    monkeypatch.setattr(
        "companion.ui.app.run_app", lambda folder, **options: started.append(options) or 0
    )
    assert cli.main(["--data-dir", str(tmp_path), "--background"]) == 0
    assert started == [{"smoke": False, "language": None, "background": True}]
    assert cli.build_parser().parse_args([]).background is False
