"""Local only: no module of Companion imports a network library (import-linter checks the
Python ones; Qt's network module is a sub-package it cannot name, so it is checked here)."""

from __future__ import annotations

import ast
from pathlib import Path

import companion

NETWORK_MODULES = ("PySide6.QtNetwork", "PySide6.QtWebSockets", "PySide6.QtWebEngineCore")


def imported_modules(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_imports_qt_network() -> None:
    package = Path(companion.__file__).parent
    offenders = {
        str(source.relative_to(package))
        for source in package.rglob("*.py")
        if any(
            name == banned or name.startswith(banned + ".")
            for name in imported_modules(source)
            for banned in NETWORK_MODULES
        )
    }
    assert offenders == set()


def test_the_check_sees_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6 import QtNetwork\nfrom PySide6.QtNetwork import QLocalSocket\n")
    assert "PySide6.QtNetwork" in imported_modules(sample)
