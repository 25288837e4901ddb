"""The desktop bundle (build.spec): it builds, and its programs start a fresh store and the window.

Slow (a PyInstaller build takes minutes), so left out of the default run; CI selects it with
`-m "not slow or bundle"` (.ci/run).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion import __version__
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def _run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("COMPANION_")
    }
    environment.update(COMPANION_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=1500,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return work / "dist" / "companion"


@pytest.mark.slow
@pytest.mark.bundle
def test_the_bundled_command_line_creates_a_store_and_the_window_opens_on_it(
    bundle: Path, tmp_path: Path
) -> None:
    command_line = bundle / f"companion{EXE_SUFFIX}"
    data = tmp_path / "data"

    version = _run(command_line, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"companion {__version__}"

    created = _run(command_line, "init", "--data-dir", str(data))
    assert created.returncode == 0, created.stderr
    assert "Recovery code" in created.stdout

    for language in ("en", "ja"):
        smoke = _run(command_line, "--data-dir", str(data), "--smoke", "--lang", language)
        assert smoke.returncode == 0, smoke.stderr
        assert "Traceback" not in smoke.stderr

    # numpy and matplotlib (Agg, SVG) through a chart, Qt's PDF writer through a report.
    logged = _run(command_line, "checkin", "--data-dir", str(data), "--mood", "3", "--energy", "4")
    assert logged.returncode == 0, logged.stderr
    for output in ("chart.png", "chart.svg"):
        chart = _run(
            command_line,
            "chart",
            "mood-energy",
            "--data-dir",
            str(data),
            "--output",
            str(tmp_path / output),
        )
        assert chart.returncode == 0, chart.stderr
        assert (tmp_path / output).stat().st_size > 1000
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "</svg>" in svg


@pytest.mark.slow
@pytest.mark.bundle
def test_the_bundle_holds_both_programs_our_resources_and_nothing_excluded(bundle: Path) -> None:
    assert (bundle / f"companion-app{EXE_SUFFIX}").is_file()
    internal = bundle / "_internal"
    assert (internal / "resources" / "i18n" / "companion_ja.qm").is_file()
    assert (internal / "resources" / "icons" / "companion-256.png").is_file()
    assert (internal / "companion" / "store" / "migrations" / "env.py").is_file()
    names = [path.relative_to(internal).as_posix() for path in internal.rglob("*")]
    assert any("sqlcipher3" in name for name in names)
    qt_translations = [name for name in names if "/translations/" in name and name.endswith(".qm")]
    assert qt_translations
    assert all(name.endswith(("_ja.qm", "_en.qm")) for name in qt_translations)
    assert not [path for path in internal.rglob("*") if path.is_symlink() and not path.exists()]
    for unwanted in ("Qt6Network", "Qt6Qml", "Qt6Quick", "WebEngine", "tkinter", "libqvnc"):
        assert not [name for name in names if unwanted in name], unwanted
    size = sum(path.stat().st_size for path in internal.rglob("*") if not path.is_symlink())
    size += sum(
        path.stat().st_size for path in bundle.iterdir() if path.is_file() and not path.is_symlink()
    )
    # docs/install.md gives the size; a bundle that grows past this is worth a look.
    assert size < 300_000_000, f"{size / 1_000_000:.0f} MB"
