"""`companion chart KIND` for every kind (PNG and SVG) and `companion report` (PDF, both
languages and page sizes, a month with data and an empty one); every refusal is one line on
stderr with exit 1, writes nothing and leaves the store's files byte-identical."""

from __future__ import annotations

import os
import re
import struct
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from companion.boundaries import Role, parse_schedule
from companion.boundaries.log import Contact, SupervisionTalk, WeeklyReview
from companion.charts.kinds import chart_kinds
from companion.cli import main as cli
from companion.cli.charts import chart_range
from companion.errors import InvalidEntry
from companion.journal.checkin import Tag, new_checkin
from companion.paths import DataFolder
from companion.plan.examples import example_plan
from companion.services.boundaries import BoundaryService
from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot
from tests.store.test_disk_trouble import _command, _environment, _without_root_override

NOW = datetime.now(UTC)
TODAY = NOW.date()


@pytest.fixture
def filled(folder: DataFolder, monkeypatch, capsys) -> DataFolder:
    """A store with check-ins (tools and signs from the plan), contacts, a talk and a review
    over the last two months."""
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert cli.main(["--data-dir", str(folder.root), "init"]) == 0
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    plan = example_plan("ja")
    store.save_plan(plan, version_id=None)
    tool = next(entry for key, _l, entry in plan.all_entries() if key == "toolbox")
    tags = (Tag("tool", tool.text("text"), tool.id), Tag("tool", "🚶 散歩"))
    for days in range(1, 60):
        moment = NOW - timedelta(days=days)
        store.add_checkin(
            new_checkin(
                at=moment, zone="Asia/Tokyo", mood=1 + days % 7, energy=1 + days * 3 % 7,
                sleep_hours=6.5, tags=tags if days % 3 else (), now=NOW,
            )
        )  # fmt: skip
    role = store.save_role(
        Role(name="ピアスタッフ", zone="Asia/Tokyo", hours=parse_schedule("Mon-Fri 10:00-17:00"))
    )
    boundaries = BoundaryService(store, "ja")
    for days in range(1, 50, 2):
        boundaries.save_contact(
            Contact(
                at=NOW - timedelta(days=days, hours=days % 12), zone="Asia/Tokyo", minutes=25,
                channel="phone", load=1 + days % 5, role_id=role.id, alias="秘密の人",
            ),
            NOW,
        )  # fmt: skip
    boundaries.save_talk(SupervisionTalk(TODAY - timedelta(days=10), "supervisor"))
    week = (TODAY - timedelta(days=14)).isocalendar()
    boundaries.save_review(WeeklyReview(f"{week[0]:04d}-W{week[1]:02d}", rested=True))
    store.close()
    capsys.readouterr()
    return folder


def run(folder: DataFolder, *args: str) -> int:
    return cli.main(["--data-dir", str(folder.root), *args])


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("kind", list(chart_kinds()))
@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_kind_writes_a_png_and_an_svg(filled, tmp_path, capsys, kind, language) -> None:
    png, svg = tmp_path / f"{kind}.png", tmp_path / f"{kind}.SVG"
    assert run(filled, "chart", kind, "--output", str(png), "--lang", language) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    assert png_size(png.read_bytes()) == (1200, 675)
    assert png.stat().st_mode & 0o777 == 0o600
    start = (TODAY - timedelta(days=20)).isoformat()
    assert run(filled, "chart", kind, "--output", str(svg), "--from", start) == 0
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "秘密" not in text and "<dc:date>" not in text


def test_the_default_range_is_the_last_three_months() -> None:
    assert chart_range(None, None, date(2026, 11, 29)) == (date(2026, 8, 31), date(2026, 11, 29))
    assert chart_range(None, "2026-03-31", date(2026, 11, 29))[0] == date(2025, 12, 31)
    assert chart_range("2026-11-01", None, date(2026, 11, 29)) == (
        date(2026, 11, 1),
        date(2026, 11, 29),
    )
    with pytest.raises(InvalidEntry):
        chart_range("2026-12-01", None, date(2026, 11, 29))


def _refusals(tmp_path: Path, data: Path) -> list[tuple[list[str], str]]:
    (tmp_path / "folder.png").mkdir()
    os.mkfifo(tmp_path / "pipe.png")
    ok = str(tmp_path / "ok.png")
    return [
        (["chart", "moods", "--output", ok], "KIND: one of mood-energy"),
        (["chart", "mood", "--output", str(tmp_path / "x.jpg")], "PNG or SVG"),
        (["chart", "mood", "--output", ok, "--from", "2026-02-30"], "--from: not a date"),
        (["chart", "mood", "--output", ok, "--to", "tomorrow"], "--to: not a date"),
        (["chart", "mood", "--output", ok, "--from", "2026-05-02", "--to", "2026-05-01"], "--from"),
        (["chart", "mood", "--output", str(data / "chart.png")], "data folder"),
        (["chart", "mood", "--output", str(tmp_path / "folder.png")], "that is a folder"),
        (["chart", "mood", "--output", str(tmp_path / "pipe.png")], "not a regular file"),
        (["chart", "mood", "--output", str(tmp_path / "nowhere" / "c.png")], "does not exist"),
        (["report", "--month", "2026-13", "--output", str(tmp_path / "r.pdf")], "--month"),
        (["report", "--month", "26-11", "--output", str(tmp_path / "r.pdf")], "--month"),
        (["report", "--month", "2026-11", "--output", str(tmp_path / "r.png")], "a PDF"),
        (["report", "--month", "2026-11", "--output", str(data / "r.pdf")], "data folder"),
        (["report", "--month", "2026-11", "--output", str(tmp_path / "pipe.png")], "a PDF"),
        (["report", "--month", "2026-11", "--output", str(tmp_path / "r.pdf"), "--page-size",
          "A5"], "invalid choice"),
    ]  # fmt: skip


def test_refusals_write_nothing_and_leave_the_store_alone(filled, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    refusals = _refusals(out, filled.root)
    before, outside = snapshot(filled.root), sorted(path.name for path in out.iterdir())
    for args, needle in refusals:
        assert run(filled, *args) == 1, args
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and err.startswith("companion: "), args
        assert needle in err, (args, err)
        assert sorted(path.name for path in out.iterdir()) == outside
        assert snapshot(filled.root) == before


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_folder_without_permission_is_refused(filled, tmp_path) -> None:
    prefix = _without_root_override()
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o500)
    before = snapshot(filled.root)
    try:
        for args in (["chart", "boundaries"], ["report", "--month", TODAY.strftime("%Y-%m")]):
            suffix = ".png" if args[0] == "chart" else ".pdf"
            done = subprocess.run(
                [*prefix, *_command(filled.root, *args, "--output", str(closed / f"x{suffix}"))],
                capture_output=True, text=True, env=_environment(), check=False, timeout=120,
            )  # fmt: skip
            assert done.returncode == 1, done.stderr
            assert "could not write the file" in done.stderr
            assert len(done.stderr.splitlines()) == 1
    finally:
        closed.chmod(0o700)
    assert list(closed.iterdir()) == []
    assert snapshot(filled.root) == before


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize(("language", "size"), [("en", "A4"), ("ja", "Letter")])
def test_report_of_a_month_with_data(filled, tmp_path, capsys, language, size) -> None:
    month = (TODAY.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    target = tmp_path / "report.pdf"
    assert run(
        filled, "report", "--month", month, "--output", str(target), "--lang", language,
        "--page-size", size,
    ) == 0  # fmt: skip
    assert "NOT encrypted" in capsys.readouterr().err
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF") and _pages(pdf) >= 2
    width = b"595" if size == "A4" else b"612"
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+" + width, pdf)
    assert target.stat().st_mode & 0o777 == 0o600
    assert "秘密".encode() not in pdf


@pytest.mark.parametrize(("language", "size"), [("en", "Letter"), ("ja", "A4")])
def test_report_of_an_empty_month_is_short_and_kind(
    filled, tmp_path, capsys, language, size
) -> None:
    target = tmp_path / "empty.pdf"
    assert run(
        filled, "report", "--month", "2001-02", "--output", str(target), "--lang", language,
        "--page-size", size,
    ) == 0  # fmt: skip
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF") and _pages(pdf) == 1
