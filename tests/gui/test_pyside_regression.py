"""PySide6 6.12.0 on Python < 3.12 drops a reference to None on every Qt call that returns nothing and
aborts the interpreter after a few thousand calls ("Fatal Python error: none_dealloc"). pyproject.toml
excludes that release there; these tests catch a regression of the pin or of PySide6 itself.

The calls run in a child process, so an abort fails this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib import metadata

import pytest

CALLS = 30_000

CHILD = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QObject, QSortFilterProxyModel, QStringListModel
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    model = QStringListModel(["a", "b", "c"])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    obj = QObject()
    refs = sys.getrefcount(None)
    for i in range({CALLS}):
        label.setText("x")          # void
        obj.setObjectName("o")      # void
        if i % 10 == 0:
            model.beginResetModel()  # void, protected in C++
            model.endResetModel()
            proxy.invalidate()
    label.deleteLater()
    app.processEvents()
    print("ok", {CALLS})
    """
)


@pytest.mark.gui
def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, (
        f"the interpreter died after void Qt calls (exit {proc.returncode}); PySide6 "
        f"{metadata.version('PySide6')} on Python {sys.version.split()[0]}:\n{proc.stderr[-2000:]}"
    )
    assert proc.stdout.split() == ["ok", str(CALLS)]


def test_pyside6_6_12_0_is_not_installed_on_python_below_3_12() -> None:
    version = metadata.version("PySide6")
    if sys.version_info < (3, 12):
        assert not version.startswith("6.12.0"), (
            f"PySide6 {version} aborts the interpreter on Python {sys.version.split()[0]}; "
            "reinstall with the pin in pyproject.toml (pip install -e '.[dev]')"
        )
    # The pure-Python packages must agree, or a half-upgraded install mixes ABIs.
    assert metadata.version("shiboken6") == version
    assert metadata.version("PySide6_Essentials") == version
