"""App start: process start -> sign-in window shown, vs a bare QApplication + QWidget shown.

The app reports the moment its sign-in dialog is on screen when ``HMS_BENCH_EXIT_ON_LOGIN`` is set
(see ``hms_desktop.gui.app``) and exits at once; the parent takes the time before spawning it.

Both sides start with compiled bytecode, as on a desk: ``pip install`` writes the app's ``.pyc`` files
and a source checkout writes ``__pycache__`` on its first start. Without this, an environment with
``PYTHONDONTWRITEBYTECODE`` (CI containers, this machine) compiled the app's every module from source
on every timed start, while the bare side (stdlib and Qt only) never compiles anything. The bytecode
goes to a cache under ``tmp`` (``PYTHONPYCACHEPREFIX``), written by one untimed start of each side.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

BARE = (
    "import time\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.resize(440, 300); w.show(); app.processEvents()\n"
    "print(f'login-shown {time.time():.6f}', flush=True)\n"
)
APP = "from hms_desktop.gui.app import main; main(['--db', {db!r}])"


def time_to_window(code: str, env: dict[str, str]) -> float:
    started = time.time()
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("login-shown "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no 'login-shown' line (exit {proc.returncode}): {proc.stderr[-2000:]}")


def measure(db: Path, tmp: Path, root: Path) -> tuple[float, float]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HMS_BENCH_EXIT_ON_LOGIN="1",
        HMS_DATA_DIR=str(tmp),
        XDG_CONFIG_HOME=str(tmp / "config"),
        PYTHONPATH=str(root),
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = APP.format(db=str(db))
    if not (tmp / "pycache").is_dir():  # the first start on a desk compiles; it is not timed
        time_to_window(app, env)
        time_to_window(BARE, env)
    return time_to_window(app, env), time_to_window(BARE, env)
