"""Code quality gates: the layer rule (DESIGN.md rule 1), ruff and mypy.

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
