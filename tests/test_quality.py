"""Code quality gates: the layer rule (DESIGN.md rule 1), Oracle-safe boolean filters, ruff and mypy.

`make test` / CI run ruff and mypy once, as their own phases in scripts/test.sh, and set HMS_LINT_DONE=1
so the two tests here skip; a plain `pytest` run still checks them.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "hms_desktop"
BIN = Path(sys.executable).parent

# Layer -> imports it must not make (a prefix matches the module and its submodules).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "hms_desktop.db",
        "hms_desktop.services",
        "hms_desktop.gui",
        "hms_desktop.reports",
    ),
    "db": ("PySide6", "shiboken6", "hms_desktop.services", "hms_desktop.gui", "hms_desktop.reports"),
    "services": ("PySide6", "shiboken6", "hms_desktop.gui"),
    "reports": (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "hms_desktop.db",
        "hms_desktop.services",
        "hms_desktop.gui",
    ),
    "gui": ("sqlalchemy", "alembic"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _violations(layer: str) -> list[str]:
    banned = FORBIDDEN[layer]
    out = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in sorted(_imports(path)):
            if any(name == b or name.startswith(b + ".") for b in banned):
                out.append(f"{path.relative_to(ROOT)} imports {name}")
    return out


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_only_depend_inward(layer: str) -> None:
    """gui -> services -> db -> domain; domain/db/services/reports never import Qt, gui never SQL."""
    if not (PACKAGE / layer).is_dir():
        pytest.skip(f"hms_desktop/{layer} does not exist yet")
    assert _violations(layer) == []


def boolean_is_calls(source: str, filename: str = "<source>") -> list[str]:
    """``x.is_(True)`` / ``x.is_not(False)`` and the like: without a native BOOLEAN (Oracle 19c) SQLAlchemy
    renders them ``IS 1`` / ``IS NOT 0``, which Oracle rejects (ORA-00908). ``x == true()`` is portable."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("is_", "is_not", "isnot")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, bool)
        ):
            call = f".{node.func.attr}({node.args[0].value})"
            found.append(f"{filename}:{node.lineno}: {call} renders IS 0/1 on Oracle")
    return found


def test_no_boolean_is_comparisons_in_the_package() -> None:
    found = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        for hit in boolean_is_calls(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == [], "write == true() / == false() instead:\n" + "\n".join(found)


def test_the_boolean_check_catches_a_reintroduced_is_true() -> None:
    bad = "q = select(Doctor).where(Doctor.is_active.is_(True), Doctor.x.is_not(False))\n"
    good = "q = select(Doctor).where(Doctor.is_active == true(), Doctor.email.is_(None))\n"
    assert len(boolean_is_calls(bad)) == 2
    assert boolean_is_calls(good) == []


def _tool(name: str) -> str:
    exe = BIN / (name + (".exe" if os.name == "nt" else ""))
    if not exe.exists():
        pytest.skip(f"{name} is not installed next to {sys.executable} (pip install -e '.[dev]')")
    return str(exe)


lint_done = pytest.mark.skipif(
    os.environ.get("HMS_LINT_DONE") == "1", reason="ran as its own phase of scripts/test.sh"
)


@lint_done
def test_ruff() -> None:
    proc = subprocess.run(
        [_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@lint_done
@pytest.mark.slow
def test_mypy() -> None:
    proc = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
