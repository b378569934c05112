"""Live refresh: poll a cheap change counter and say when it moved.

Every desk polls ``QueueService.version`` (one indexed row) about once a second on a worker; when
the number differs from the last one seen, :class:`QueuePoller` emits ``changed`` and the screen
re-reads what it shows. A poll never starts while the previous one is still out, so a slow or dead
server costs one abandoned worker at a time, not a pile of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hms_desktop.errors import HmsError
from hms_desktop.gui.ops import Ops, is_connection_problem

log = logging.getLogger(__name__)

POLL_TIMEOUT_S = 5.0


class QueuePoller(QObject):
    """Emits ``changed(version)`` once at start and whenever the counter moves; ``connection(ok)``
    when polling starts failing with a connection problem (False) and when it recovers (True)."""

    changed = Signal(int)
    connection = Signal(bool)

    def __init__(
        self,
        ops: Ops,
        fetch_version: Callable[[], int],
        interval_ms: int = 1000,
        parent: QObject | None = None,
        *,
        timeout_s: float = POLL_TIMEOUT_S,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._fetch = fetch_version
        self._timeout_s = timeout_s
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._in_flight = False
        self._running = False
        self._online = True
        self.last_version: int | None = None
        self.polls = 0  # answered polls, for tests and diagnostics

    @property
    def running(self) -> bool:
        return self._running

    @property
    def online(self) -> bool:
        return self._online

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    def start(self) -> None:
        """Poll now and then every interval; the first answer always emits ``changed``."""
        self._running = True
        self.last_version = None
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def poll(self) -> None:
        if not self._running or self._in_flight:
            return  # never stack polls: a slow answer delays the next one instead
        self._in_flight = True
        self._ops.run(
            self._fetch, self._answered, self._failed, timeout_s=self._timeout_s, what="checking the queue"
        )

    def _answered(self, version: int) -> None:
        self._in_flight = False
        self.polls += 1
        if not self._running:
            return
        if not self._online:
            self._online = True
            self.connection.emit(True)
        if version != self.last_version:
            self.last_version = version
            self.changed.emit(version)

    def _failed(self, error: HmsError) -> None:
        self._in_flight = False
        if is_connection_problem(error):
            if self._online:  # Ops has announced it too (the main window's banner)
                self._online = False
                self.connection.emit(False)
        else:
            log.warning("queue poll failed: %s", error.message)
