"""Set-up entry point: `python3 dev.py app` launches Companion, `python3 dev.py test` checks it.

Only the standard library is used here, so it runs on a machine that has nothing but python3.
On first use it creates `.venv`, installs Companion with the versions pinned in
`constraints.txt`, and reinstalls whenever `pyproject.toml` or `constraints.txt` change.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".companion-installed"
INPUTS = (ROOT / "pyproject.toml", ROOT / "constraints.txt")

USAGE = """usage:
  python3 dev.py app [ARGS...]    launch Companion (ARGS go to `companion`, e.g. --data-dir DIR)
  python3 dev.py test [ARGS...]   lint, type-check, check layers, run every test (ARGS: pytest)
  python3 dev.py bundle [ARGS...] build the desktop bundle into dist/companion/ (PyInstaller;
                                  ARGS go to pyinstaller, e.g. --distpath DIR --workpath DIR)
  python3 dev.py lock             re-pin constraints.txt from the current .venv
  python3 dev.py bench [NAMES...] run the benchmarks in bench/ (all, or those named) and print
                                  their figures (bench/README.md has the latest)
"""

# In this order: the ten-year store first (the others reuse it), then the cheap ones.
BENCHES = (
    "tenyear", "startup", "pages", "journal", "trends", "encryption", "memory", "boundaries",
    "import_memory",
)  # fmt: skip


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def inputs_digest() -> str:
    digest = hashlib.sha256()
    for path in INPUTS:
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):
        sys.exit("Companion needs Python 3.11 or newer; this is " + sys.version.split()[0])
    python = venv_python()
    if not python.exists():
        print("Creating .venv (first run only) ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = inputs_digest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing Companion and its pinned dependencies into .venv ...", flush=True)
        command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        constraints = ROOT / "constraints.txt"
        if constraints.exists():
            command += ["-c", str(constraints)]
        command += ["-e", f"{ROOT}[dev]"]
        subprocess.run(command, check=True, cwd=ROOT)
        STAMP.write_text(wanted)
    return python


def run(python: Path, *args: str, env: dict[str, str] | None = None) -> int:
    return subprocess.run([str(python), *args], cwd=ROOT, env=env, check=False).returncode


def run_tests(python: Path, pytest_args: list[str]) -> int:
    checks = [
        ("ruff check", ["-m", "ruff", "check", "."]),
        ("ruff format", ["-m", "ruff", "format", "--check", "."]),
        ("mypy", ["-m", "mypy"]),
        (
            "import-linter",
            ["-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        ),
    ]
    failed = []
    for name, args in checks:
        print(f"== {name}", flush=True)
        if run(python, *args) != 0:
            failed.append(name)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print("== pytest", flush=True)
    code = run(python, "-m", "pytest", *pytest_args, env=env)
    if failed:
        print("failed checks: " + ", ".join(failed), file=sys.stderr)
        return code or 1
    return code


def bundle(python: Path, pyinstaller_args: list[str]) -> int:
    """Build the one-folder bundle (build.spec); print where it is and how big."""
    args = ["-m", "PyInstaller", "build.spec", "--noconfirm", "--log-level", "WARN"]
    code = run(python, *args, *pyinstaller_args)
    if code == 0:
        dist = ROOT / "dist"
        if "--distpath" in pyinstaller_args:
            dist = Path(pyinstaller_args[pyinstaller_args.index("--distpath") + 1])
        folder = dist / "companion"
        files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
        size = sum(path.stat().st_size for path in files)
        print(f"Built {folder} ({size / 1_000_000:.0f} MB)")
    return code


def lock(python: Path) -> int:
    frozen = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--exclude-editable", "--disable-pip-version-check"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line for line in frozen.splitlines() if line and not line.startswith("-e ")]
    header = "# Versions CI tested. Regenerate with `python3 dev.py lock`.\n"
    (ROOT / "constraints.txt").write_text(header + "\n".join(sorted(lines, key=str.lower)) + "\n")
    STAMP.write_text(inputs_digest())
    return 0


def load_average() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def machine() -> str:
    """Cores, CPU model, Python and Qt versions, and the load, for the figures' heading."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores, {model}; load average {load_average()}"


def run_benches(python: Path, names: list[str]) -> int:
    unknown = [name for name in names if name not in BENCHES]
    if unknown:
        print("unknown benchmark: " + ", ".join(unknown), file=sys.stderr)
        return 1
    versions = subprocess.run(
        [
            str(python),
            "-c",
            "import sys, PySide6; print(sys.version.split()[0], PySide6.__version__)",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    print(f"Machine: {machine()}")
    if len(versions) == 2:
        print(f"Python {versions[0]}, PySide6/Qt {versions[1]}")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    failed = []
    for name in names or BENCHES:
        print(f"\n== bench/{name}.py (load average {load_average()})", flush=True)
        if run(python, str(ROOT / "bench" / f"{name}.py"), env=env) != 0:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "bench", "bundle", "lock"}:
        print(USAGE, file=sys.stderr)
        return 1
    python = ensure_venv()
    command, rest = argv[0], argv[1:]
    if command == "app":
        return run(python, "-m", "companion", *rest)
    if command == "test":
        return run_tests(python, rest)
    if command == "bench":
        return run_benches(python, rest)
    if command == "bundle":
        return bundle(python, rest)
    return lock(python)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
