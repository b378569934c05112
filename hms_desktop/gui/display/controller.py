"""Feeds the waiting-room screen: re-reads the board when the desk's change broadcast says the queue moved.

The board is also re-read every ``BOARD_REFRESH_MS`` so the waiting list's order (which moves as
patients pass their target times) never goes stale on a quiet afternoon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from hms_desktop.errors import HmsError
from hms_desktop.gui.display.window import DisplayWindow
from hms_desktop.gui.live import ChangeSet, LiveRead
from hms_desktop.gui.ops import Ops
from hms_desktop.services.changes import ChangeTopic
from hms_desktop.services.queue_types import DisplayBoard

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

BOARD_REFRESH_MS = 30_000
TOPICS = frozenset({ChangeTopic.QUEUE})


class DisplayController(QObject):
    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        *,
        time_zone: str = "Asia/Kolkata",  # notr: a time zone's key
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.services, self.actor = ops, services, actor
        self.window = DisplayWindow(time_zone)
        window = self.window
        # the TV window goes with its desk, unless it is gone already (closed and deleted first)
        self.destroyed.connect(lambda *_: window.deleteLater() if isValid(window) else None)
        self.hub = ops.changes
        self.hub.changed.connect(self._changes_seen)
        self.hub.connection.connect(self._online)
        self._timer = QTimer(self)
        self._timer.setInterval(BOARD_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.reads = LiveRead(self._read, parent=self)

    def show(self) -> None:
        self.window.show_on_best_screen()
        self.window.raise_()
        self.hub.follow(self, TOPICS, self.services.changes, self.actor)
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        self.hub.unfollow(self)
        self._timer.stop()
        self.window.close()

    def _changes_seen(self, changes: ChangeSet) -> None:
        if changes.touches(TOPICS):
            self.refresh()

    def _online(self, online: bool) -> None:
        self.window.connection_lost(not online)

    def refresh(self) -> None:
        """Re-read the board (one read at a time, the latest change right after; paced while calls
        stream in)."""
        self.reads.request()

    def _read(self) -> None:
        self.ops.run(
            lambda: self.services.queue.display_board(self.actor),
            self._loaded,
            self._failed,
            timeout_s=10,
            what=self.tr("reading the waiting-room board"),
        )

    def _loaded(self, board: DisplayBoard) -> None:
        again = self.reads.answered()
        self.window.connection_lost(False)
        self.window.set_board(board)
        if again:
            self.refresh()

    def _failed(self, _error: HmsError) -> None:
        self.reads.answered()  # the timer reads again; a change meanwhile waits for it
        self.window.connection_lost(True)
