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
    """gui -> services -> db -> domain; domain/db/services/reports never import Qt, gui never SQL
    (imports inside functions included: the one layer test of the suite)."""
    if not (PACKAGE / layer).is_dir():
        pytest.skip(f"hms_desktop/{layer} does not exist yet")
    assert _violations(layer) == []


def test_the_layer_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    """A lazy import breaks a layer as surely as a top-level one (was tests/gui/test_layering.py)."""
    bad = tmp_path / "bad.py"
    source = "def f():\n    from sqlalchemy.orm import Session\n    import PySide6.QtCore\n"
    bad.write_text(source, encoding="utf-8")
    assert {"sqlalchemy.orm", "PySide6.QtCore"} <= _imports(bad)


# Issue 11: no file over ~400 lines in gui/ and ~500 in services/ (a screen or a service a new
# engineer reads in one sitting); the limits below are the "~". Generated migrations are not here, nor
# the translators' catalogue of the services' messages (scripts/i18n.py update writes it).
MAX_LINES = {"gui": 420, "services": 520}
GENERATED = {PACKAGE / "gui" / "service_messages.py"}


@pytest.mark.parametrize("layer", sorted(MAX_LINES))
def test_no_module_outgrows_its_layer(layer: str) -> None:
    too_long = {
        str(path.relative_to(ROOT)): n
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if path not in GENERATED
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES[layer]
    }
    assert too_long == {}, f"split by responsibility (a panel, a part, a query object): {too_long}"


# What the GUI may take from the services layer: each area's DTOs (``<area>_types``), the composition
# root (``container``), the actor (``context``) and the change topics (``changes``); from any other
# services module only its service class (issue 11's DTO homes: no model row, query or helper function).
GUI_OPEN_SERVICES = {"container", "context", "changes"}
GUI_SERVICE_CLASSES = ("Service", "AuditReader")


def gui_service_imports(folder: Path) -> list[str]:
    """Names the GUI imports from a services module that is neither a DTO home nor open to it."""
    out = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                out += [
                    f"{path.name}: import {a.name}"
                    for a in node.names
                    if a.name.startswith("hms_desktop.services")
                ]
                continue
            if not (isinstance(node, ast.ImportFrom) and node.module and node.level == 0):
                continue
            parts = node.module.split(".")
            if parts[:2] != ["hms_desktop", "services"]:
                continue
            module = parts[2] if len(parts) > 2 else ""
            if module.endswith("_types") or module in GUI_OPEN_SERVICES:
                continue
            out += [
                f"{path.name}: {node.module}.{a.name}"
                for a in node.names
                if not a.name.endswith(GUI_SERVICE_CLASSES)
            ]
    return out


def test_the_gui_imports_only_dtos_and_service_classes() -> None:
    assert gui_service_imports(PACKAGE / "gui") == []


def test_the_gui_import_check_finds_a_helper_and_a_dto_outside_its_home(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from hms_desktop.services.patients import PatientService, PatientRow\n"
        "from hms_desktop.services.patients_types import PatientDetail\n"
        "def f():\n    from hms_desktop.services.mailer import deliver_pending\n",
        encoding="utf-8",
    )
    assert gui_service_imports(tmp_path) == [
        "a.py: hms_desktop.services.patients.PatientRow",
        "a.py: hms_desktop.services.mailer.deliver_pending",
    ]


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


# --- the services layer's shape (issue 11) -------------------------------------------------------


def _runtime_service_imports(path: Path, modules: set[str]) -> set[str]:
    """The services modules ``path`` imports when it runs: top-level and lazy (inside functions)
    imports count, ``if TYPE_CHECKING:`` blocks do not (they never execute)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for n in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped or not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        if node.module.startswith("hms_desktop.services."):
            found.add(node.module.split(".")[2])
        elif node.module == "hms_desktop.services":
            found.update(alias.name for alias in node.names)
    return found & modules


def service_import_cycles(folder: Path) -> list[list[str]]:
    """Every cycle (strongly connected set of two or more modules) in ``folder``'s import graph."""
    paths = {p.stem: p for p in folder.glob("*.py") if p.stem != "__init__"}
    graph = {m: _runtime_service_imports(p, set(paths)) for m, p in paths.items()}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        order[module] = low[module] = len(order)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in order:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], order[target])
        if low[module] == order[module]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return cycles


def test_the_services_import_graph_is_acyclic() -> None:
    """No services module imports, even lazily, one that imports it back (audit<->guard and
    patients<->patient_records were the last two: the reader moved out of audit, age_text to domain)."""
    assert service_import_cycles(PACKAGE / "services") == []


def test_the_cycle_finder_finds_a_lazy_cycle(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from hms_desktop.services.b import x\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("def f():\n    from hms_desktop.services.a import y\n", encoding="utf-8")
    (tmp_path / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from hms_desktop.services.a import y\n",
        encoding="utf-8",
    )
    assert service_import_cycles(tmp_path) == [["a", "b"]]


def _mixins(folder: Path) -> list[str]:
    """Classes that are mixins: named so, or declaring under TYPE_CHECKING the methods a host provides."""
    found = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            stubs = any(
                isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
                for node in cls.body
            )
            if "Mixin" in cls.name or stubs:
                found.append(f"{path.name}:{cls.name}")
    return found


def test_no_mixins_in_services() -> None:
    """Services are composed from parts that receive what they share (BillingService around one
    InvoiceLedger, ConsultationService with its ClinicalGate and PrescriptionDesk, QueueService with
    its QueueReader and QueueBoard): the last two mixins named their host's private methods."""
    assert _mixins(PACKAGE / "services") == []


def test_the_mixin_check_finds_a_host_stub(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from typing import TYPE_CHECKING\nclass Part:\n    if TYPE_CHECKING:\n"
        "        def _host(self) -> int: ...\nclass FooMixin:\n    pass\nclass Fine:\n    pass\n",
        encoding="utf-8",
    )
    assert _mixins(tmp_path) == ["a.py:Part", "a.py:FooMixin"]
