"""Python's cyclic garbage collector runs on whichever thread happens to allocate when a threshold
is crossed, often a worker running a database call. A Qt object caught in a reference cycle would
then be destroyed on that worker, which Qt does not allow ("Timers cannot be stopped from another
thread") and which crashes the desk now and then. So automatic collection is switched off and the
GUI thread collects on a timer instead (Anki does the same for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> int:
        """Collect if the youngest generation is due, as the automatic collector would have."""
        threshold = gc.get_threshold()[0]
        if gc.get_count()[0] < threshold:
            return 0
        return gc.collect()
