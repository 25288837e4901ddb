"""`companion screenshot`: a page as PNG at the size asked for, readable only by its owner;
a wrong size, page or suffix is one line on stderr with exit 1, and nothing is written."""

from __future__ import annotations

import pytest

from companion.cli import main as cli
from companion.cli.screenshot import parse_size
from companion.errors import InvalidEntry
from companion.paths import DataFolder
from tests.cli.test_charts import png_size
from tests.conftest import PASSPHRASE, run_companion, snapshot


@pytest.fixture
def initialised(folder: DataFolder, monkeypatch) -> DataFolder:
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder.root), "init"]) == 0
    assert (
        cli.main(["--data-dir", str(folder.root), "checkin", "--mood", "4", "--energy", "5"]) == 0
    )
    return folder


@pytest.mark.parametrize(
    ("page", "theme", "language"), [("today", "dark", "ja"), ("trends", "light", "en")]
)
def test_a_page_is_written_as_png_at_the_size_asked(
    initialised, tmp_path, page, theme, language
) -> None:
    output = tmp_path / f"{page}.png"
    result = run_companion(
        initialised, "screenshot", "--page", page, "--output", str(output),
        "--theme", theme, "--lang", language, "--size", "900x600",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert png_size(output.read_bytes()) == (900, 600)
    assert output.stat().st_mode & 0o777 == 0o600


def test_sizes_are_read_and_bounded() -> None:
    assert parse_size("1280x800") == (1280, 800)
    assert parse_size("900×600") == (900, 600)
    for wrong in ("big", "100x100", "9000x600", "1280*800"):
        with pytest.raises(InvalidEntry):
            parse_size(wrong)


@pytest.mark.parametrize(
    "wrong",
    [
        ["--page", "today", "--output", "shot.jpg"],
        ["--page", "today", "--output", "shot.png", "--size", "tiny"],
    ],
)
def test_a_refusal_writes_nothing(initialised, tmp_path, capsys, monkeypatch, wrong) -> None:
    monkeypatch.chdir(tmp_path)
    before = snapshot(initialised.root)
    assert cli.main(["--data-dir", str(initialised.root), "screenshot", *wrong]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not (tmp_path / "shot.png").exists() and not (tmp_path / "shot.jpg").exists()
    assert snapshot(initialised.root) == before
