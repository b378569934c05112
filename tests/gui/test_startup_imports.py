"""What the sign-in window costs (issue 18): it is on screen before anything the desk needs later is loaded.

A fresh interpreter builds what ``gui/app.main`` builds up to the sign-in dialog on screen (without the
database open that main starts next on a worker, which imports SQLAlchemy on purpose) and reports what
it has loaded. Each entry of ``NOT_AT_SIGN_IN`` was once on this path or is large enough to matter.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SIGN_IN = """
import json, linecache, sys
from hms_desktop.gui import app as A
from hms_desktop import logsetup
logsetup.configure()
qapp = A.QApplication([])
settings = A.Settings()
from hms_desktop.gui import fit_screen, i18n
i18n.install(qapp, i18n.resolve(settings.get(A.LANGUAGE)))
A.apply_style(qapp)
fit_screen.install(qapp)
desk = A.DeskApp(A.parse_args([]), A.Ops(qapp), settings)
desk.login.show()
qapp.processEvents()
maps = open("/proc/self/maps", encoding="ascii", errors="replace").read() if sys.platform == "linux" else ""
print(json.dumps({
    "modules": sorted(sys.modules),
    "source_cached": sorted(  # PySide6 reads its own two __init__ files before the hook is adjusted
        f for f in linecache.cache if "hms_desktop" in f or ("site-packages" in f and "PySide6" not in f
        and "shiboken6" not in f)
    ),
    "webengine": "libQt6WebEngineCore" in maps,
    "quick": "libQt6Quick.so" in maps,
}))
"""

NOT_AT_SIGN_IN = (
    "sqlalchemy",  # the worker imports it while the window is up
    "alembic",
    "reportlab",
    "uharfbuzz",
    "pypdf",
    "matplotlib",
    "oracledb",
    "psycopg",
    "keyring",
    "argon2",
    "rapidfuzz",
    "hms_desktop.db",
    "hms_desktop.services",
    "hms_desktop.reports",
    "hms_desktop.gui.main_window",
    "hms_desktop.gui.tabs",
    "hms_desktop.domain.icd10",
)


def _sign_in_state(tmp_path: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HMS_DATA_DIR=str(tmp_path))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    proc = subprocess.run(
        [sys.executable, "-c", SIGN_IN], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_the_sign_in_window_loads_nothing_the_desk_needs_later(tmp_path: Path) -> None:
    state = _sign_in_state(tmp_path)
    modules = state["modules"]
    assert isinstance(modules, list)
    loaded = sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_SIGN_IN))
    assert loaded == []
    assert "hms_desktop.gui.dialogs.login" in modules  # the probe did build the window
    # forms._loader builds QUiLoader without Designer plugins: no Qt WebEngine or Qt Quick
    assert state["webengine"] is False and state["quick"] is False
    # gui/feature_hook: PySide6's import hook no longer keeps the source of every later module
    assert state["source_cached"] == []


def test_the_app_never_switches_a_pyside_feature() -> None:
    """gui/feature_hook answers PySide6's "does this module use PySide?" from the module's globals,
    which is only safe while no module switches a feature (snake_case, true_property) on."""
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "hms_desktop").rglob("*.py")
        if re.search(r"^\s*(from|import) __feature__", p.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def test_the_feature_hook_tells_a_qt_module_from_a_plain_one() -> None:
    import types

    import PySide6.QtCore

    from hms_desktop.gui import feature_hook

    qt_user = types.ModuleType("qt_user")
    qt_user.QObject = PySide6.QtCore.QObject  # type: ignore[attr-defined]
    plain = types.ModuleType("plain")
    plain.x = 1  # type: ignore[attr-defined]
    qt_module_holder = types.ModuleType("holder")
    qt_module_holder.QtCore = PySide6.QtCore  # type: ignore[attr-defined]
    assert feature_hook.uses_pyside(qt_user) and feature_hook.uses_pyside(qt_module_holder)
    assert not feature_hook.uses_pyside(plain)
    assert sys.modules["PySide6.support.feature"]._mod_uses_pyside is feature_hook.uses_pyside


MAIN_WINDOW = """
import json, pkgutil, importlib, sys
import hms_desktop.gui.main_window
import hms_desktop.gui.tabs as tabs
for info in pkgutil.walk_packages(tabs.__path__, tabs.__name__ + "."):
    importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""

NOT_WITH_THE_TABS = (
    "PySide6.QtPdf",  # with the first PDF preview (gui/dialogs/pdf_preview)
    "PySide6.QtPdfWidgets",
    "hms_desktop.domain.icd10",  # with the first coded diagnosis or ICD-10 search
    "rapidfuzz",
)


def test_the_tabs_load_neither_qt_pdf_nor_icd10_until_first_used(tmp_path: Path) -> None:
    """Every tab's module imported (as the main window builds them at sign-in): Qt PDF (pdfium) and
    the ICD-10 index's module stay out until a preview or a coded diagnosis asks for them."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HMS_DATA_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-c", MAIN_WINDOW], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    modules = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "hms_desktop.gui.tabs.consult" in modules or any(
        m.startswith("hms_desktop.gui.tabs.") for m in modules
    )
    loaded = sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_WITH_THE_TABS))
    assert loaded == []
