"""The Patients tab while the desk types: the longest UI-thread stall and the time to the results.

``python -m tests.bench.bench_typing TARGET [REPEAT]`` (TARGET a SQLite file or a PostgreSQL URL) opens
the database the way the app does (``bootstrap.open_database``, ``build_services``), builds the real
``PatientsTab`` offscreen as the main window does, waits for its first page, then types each query of
``QUERIES`` into the search box one character at a time (``QTest.keyClicks``, ``KEY_INTERVAL_MS``
apart, the event loop running in between). A ``QTimer`` ticking every ``TICK_MS`` records the longest
gap between two ticks from the first keystroke until the results are shown ("stall": how long the UI
thread could not answer). "refresh" is the time from the last keystroke until the model holds the
results of the full text (it includes the tab's ``SEARCH_DELAY_MS`` debounce). The box is cleared, and
the full list shown again, between runs. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

TICK_MS = 5
KEY_INTERVAL_MS = 80
RESULT_TIMEOUT_MS = 30_000
# (label, text): a name as the desk types it, and the last digits of a phone
QUERIES = (("typing 'lakshmi ra'", "lakshmi ra"), ("typing '54321'", "54321"))


class StallMeter:
    """The longest gap between ticks of a ``TICK_MS`` timer while running."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self.last = 0
        self.timer.start()

    def stop(self) -> float:
        self._tick()  # a stall at the very end counts too
        self.timer.stop()
        return float(self.worst)


def _pump(ms: int) -> None:
    """Run the real event loop for ``ms`` (QTest.qWait would sleep the UI thread in 10 ms slices)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_until(done: Any, timeout_ms: int = RESULT_TIMEOUT_MS) -> bool:
    deadline = time.perf_counter() + timeout_ms / 1000
    while not done():
        if time.perf_counter() > deadline:
            return False
        _pump(TICK_MS)
    return True


def measure(target: str, repeat: int) -> dict[str, Any]:
    from hms_desktop.bootstrap import open_database
    from hms_desktop.db.profiles import Backend, Profile, profile_from_url
    from hms_desktop.domain.enums import Role
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.gui.tabs.patients.view import PatientsTab
    from hms_desktop.services.container import build_services
    from hms_desktop.services.context import Actor

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    if "://" in target:
        profile, password = profile_from_url(target, "bench")
    else:
        profile, password = Profile("bench", Backend.SQLITE, database=target), None
    db = open_database(profile, password)
    services = build_services(db)
    services.clinic.settings()  # as the desk does before the main window exists
    actor = Actor(None, "bench", "Bench", Role.RECEPTIONIST)  # no account row in the bench database
    ops = Ops()
    tmp = tempfile.mkdtemp(prefix="hms-bench-typing-")
    settings = Settings(Path(tmp) / "desk.ini")
    tab = PatientsTab(DeskContext.of(ops, services, actor, settings), services)  # as MainWindow builds it
    tab.resize(1280, 700)
    state = {"loaded": 0}
    tab.model.page_loaded.connect(lambda _n: state.__setitem__("loaded", state["loaded"] + 1))
    tab.show()
    tab.model.reload()
    if not _wait_until(lambda: state["loaded"] > 0 and tab.model.rowCount() > 0):
        return {"error": "the Patients tab showed no rows"}
    tab.focus_search()
    meter = StallMeter()
    out: dict[str, Any] = {}
    for label, text in QUERIES:
        stalls, refreshes, rows = [], [], 0
        for _ in range(repeat):
            meter.start()
            for ch in text:
                QTest.keyClicks(tab.search_edit, ch)
                last_key = time.perf_counter()
                _pump(KEY_INTERVAL_MS)
            seen = state["loaded"]

            def shown(seen: int = seen, text: str = text) -> bool:
                return tab.model.search_text == text and state["loaded"] > seen

            ok = _wait_until(shown)
            refreshed = time.perf_counter() - last_key
            _pump(50)  # paint the results and select the first row
            stalls.append(meter.stop())
            if not ok:
                return {"error": f"no results for {text!r} within {RESULT_TIMEOUT_MS} ms"}
            refreshes.append(refreshed * 1000)
            rows = tab.model.rowCount()
            # back to the full list for the next run
            loaded = state["loaded"]
            tab.search_edit.clear()
            _wait_until(lambda loaded=loaded: not tab.model.search_text and state["loaded"] > loaded)
            _pump(50)
        out[label] = {
            "stall_max_ms": max(stalls),
            "stall_med_ms": statistics.median(stalls),
            "refresh_med_ms": statistics.median(refreshes),
            "refresh_max_ms": max(refreshes),
            "rows": rows,
        }
    return {"queries": out}


if __name__ == "__main__":
    result = measure(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    print(json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)  # skip teardown (worker threads, pooled connections): not part of the measurement
