"""The Queue tab's live feed: the snapshot re-read on a worker when the queue changed.

It follows the desk's change broadcast (:class:`hms_desktop.gui.live.ChangeHub`: this desk's writes
and the other desks'), once per change: the tab's own actions do not refresh it as well. One read
runs at a time; a change or a filter move meanwhile reads again right after (paced by
``live.ReadPacer`` while changes stream in), and the newer read wins. The "Live" label says when
the board was read, or that the desk is reconnecting; the Waiting and Target columns tick on a
timer without a refetch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import repolish
from hms_desktop.gui.live import ChangeSet, LiveRead
from hms_desktop.gui.tabs.queue.filters import Filters
from hms_desktop.services.changes import ChangeTopic
from hms_desktop.services.queue_types import QueueSnapshot

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

TICK_MS = 15_000
TOPICS = frozenset({ChangeTopic.QUEUE})


class QueueFeed(QObject):
    arrived = Signal()  # a new snapshot is in ``snapshot``
    failed = Signal(object)  # HmsError reading it
    ticked = Signal()  # the clock columns move on

    def __init__(
        self,
        desk: DeskContext,
        services: Services,
        filters: Callable[[], Filters],
        live: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._services, self._filters, self.live = desk, services, filters, live
        self.snapshot: QueueSnapshot | None = None
        self.reads = LiveRead(self._read, parent=self)
        self.hub = desk.ops.changes
        self.hub.changed.connect(self._changes_seen)
        self.hub.connection.connect(self._connection)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.ticked.emit)

    def start(self) -> None:
        self.hub.follow(self, TOPICS, self._services.changes, self._desk.actor)
        self.refresh()
        self.ticker.start()

    def stop(self) -> None:
        self.hub.unfollow(self)
        self.ticker.stop()

    def _changes_seen(self, changes: ChangeSet) -> None:
        if changes.touches(TOPICS):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the snapshot on a worker (one read at a time; a request meanwhile runs after it)."""
        self.reads.request()

    def _read(self) -> None:
        dept, doc, closed = key = self._filters()
        queue, actor = self._services.queue, self._desk.actor
        # the doctor filter applies on this side: the emergency lane shows every doctor's red and
        # orange patients (call-next takes any red), only the regular table narrows to one list
        self._desk.ops.run(
            lambda: queue.snapshot(actor, department_id=dept, include_closed=closed, call_order_for=doc),
            lambda snap: self._arrived(key, snap),
            self._read_failed,
            timeout_s=15,
            what=self.tr("reading the queue"),
        )

    def _arrived(self, key: Filters, snapshot: QueueSnapshot) -> None:
        if self.reads.answered() or key != self._filters():
            self.refresh()  # something changed while this was read: the newer read wins
            if key != self._filters():
                return
        self.snapshot = snapshot
        self.arrived.emit()

    def said_live(self) -> None:
        """After the snapshot is shown: the time it was read."""
        if self.snapshot is not None:
            local = self.snapshot.taken_at.astimezone(self._desk.clock.zone)
            self._set_live(self.tr("● Live · updated {time}").format(time=f"{local:%H:%M:%S}"), "on")

    def _read_failed(self, error: HmsError) -> None:
        if self.reads.answered():
            self.refresh()
        self.failed.emit(error)

    def _connection(self, ok: bool) -> None:
        if not ok:
            self._set_live(self.tr("○ Offline · reconnecting…"), "off")
        else:
            self.refresh()

    def _set_live(self, text: str, state: str) -> None:
        self.live.setText(text)
        if self.live.property("state") != state:
            self.live.setProperty("state", state)
            repolish(self.live)
