"""What a desktop shows of Companion: the icon, the .desktop entry and the AppStream metadata."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from companion.resources import icon_files, resources_root

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
METAINFO = LINUX / "org.companion.Companion.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "companion.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_every_icon_size_is_there_and_square() -> None:
    from PySide6.QtGui import QImage

    assert (resources_root() / "icons" / "companion.svg").is_file()
    for path in icon_files():
        image = QImage(str(path))
        size = int(path.stem.rsplit("-", 1)[1])
        assert (image.width(), image.height()) == (size, size), path.name
        assert image.hasAlphaChannel()


def test_the_window_carries_the_app_icon(qapp) -> None:
    from companion.ui.app import app_icon

    icon = app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {48, 64, 128, 256} <= sizes
    assert not icon.pixmap(48, 48).isNull()


def test_the_desktop_entry_names_the_app_in_both_languages_and_matches_its_window() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Companion"
    assert entry["Name[ja]"] and entry["Comment[ja]"] and entry["Comment"]
    assert entry["Exec"].split()[0] == "companion-app"
    assert entry["Icon"] == "companion"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].rstrip(";").split(";")
    assert "Utility" in categories
    # X11 matches the window to this entry by WM_CLASS, which Qt takes from the application name.
    assert entry["StartupWMClass"] == "Companion"


def test_the_window_is_the_application_the_desktop_entry_describes() -> None:
    # In a fresh process: the tests' own QApplication is not the one Companion makes.
    script = (
        "from companion.ui.app import make_application; app = make_application(); "
        "print(app.applicationName(), app.desktopFileName())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    name, desktop_file = result.stdout.split()
    assert name == _desktop_entry()["StartupWMClass"]
    assert f"{desktop_file}.desktop" == "companion.desktop"
    assert METAINFO.read_text(encoding="utf-8").count(f"{desktop_file}.desktop") == 1


def test_the_appstream_metadata_has_what_software_centres_need() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    for required in ("name", "summary", "metadata_license", "project_license", "description"):
        assert component.find(required) is not None, required
    assert component.findtext("launchable") == "companion.desktop"
    assert component.findtext("icon") == _desktop_entry()["Icon"]
    japanese = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(name.get(japanese) == "ja" for name in component.findall("name"))


def test_appstreamcli_finds_nothing_to_fix() -> None:
    if shutil.which("appstreamcli") is None:
        return  # the XML checks above still ran
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
