"""DESIGN.md rule 1, checked with ast: no PySide6 below the GUI, no SQLAlchemy inside it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "hms_desktop"
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic")


def imported_modules(path: Path) -> set[str]:
    """Every absolute module a file imports, at any depth (function-level imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def offenders(folder: Path, banned: tuple[str, ...]) -> list[str]:
    out = []
    for path in sorted(folder.rglob("*.py")):
        for name in sorted(imported_modules(path)):
            if name.split(".")[0] in banned:
                out.append(f"{path.relative_to(folder).as_posix()}: {name}")
    return out


@pytest.mark.parametrize("layer", ["domain", "db", "services", "reports"])
def test_core_layers_never_import_qt(layer: str) -> None:
    folder = PACKAGE / layer
    if not folder.is_dir():
        pytest.skip(f"hms_desktop/{layer} does not exist yet")
    assert offenders(folder, QT) == []


def test_gui_never_imports_sqlalchemy() -> None:
    assert list((PACKAGE / "gui").rglob("*.py")), "the gui package is missing"
    assert offenders(PACKAGE / "gui", SQL) == []


def test_the_checker_sees_nested_imports(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from sqlalchemy.orm import Session\n    import PySide6.QtCore\n")
    assert offenders(tmp_path, SQL) == ["bad.py: sqlalchemy.orm"]
    assert offenders(tmp_path, QT) == ["bad.py: PySide6.QtCore"]
