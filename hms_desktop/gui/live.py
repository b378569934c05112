"""Live refresh: what changed, from this desk's own writes and from the other desks.

One :class:`ChangeHub` per desk (``Ops.changes``) broadcasts a :class:`ChangeSet` on the GUI thread:

- after a background call of this desk committed writes: ``Ops`` collects the topics and counter
  values the call changed (``services.changes.collecting``) and publishes them (Anki's
  ``operation_did_execute``); a screen refreshes once, from the broadcast, not from its own callback
  and again from the poll;
- when another desk changed something: on PostgreSQL the desk's one listening connection
  (``ChangeService.listen``: LISTEN/NOTIFY, the notification sent inside the writing transaction)
  hears of it within milliseconds of the commit; it reconnects and subscribes again after an outage,
  then re-reads the counters. The poll stays as the fallback: every counter in one query
  (``ChangeService.versions``) once a second on SQLite and Oracle and while the listener is down,
  every ``FALLBACK_POLL_MS`` while it listens. The hub emits the topics that moved past what this
  desk already knew (its own writes included, so they are not announced twice).

A screen says which topics it shows (``hub.follow(...)`` while it is started) and refreshes when one
of them is in the set. A poll never starts while the previous one is still out, so a slow or dead
server costs one abandoned worker at a time, not a pile of them.

A screen re-reads at once after a quiet spell, and while changes stream in ``REFRESH_GAP_MS`` after
its previous read answered (:class:`ReadPacer`): the changes that arrive meanwhile are read together. In the
load test (40 desks, one 2-core server, a busy clinic's several changes a second) every desk
re-reading on every change kept the machine saturated, and each action's p95 was 1-5 s; a 250 ms
gap brought them to ~150 ms, and a change still reaches the other desks within the gap and one read.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from hms_desktop.errors import HmsError
from hms_desktop.gui.ops import Ops, is_connection_problem
from hms_desktop.services.changes import ChangeTopic

if TYPE_CHECKING:
    from hms_desktop.services.changes import ChangeListener, ChangeService
    from hms_desktop.services.context import Actor

log = logging.getLogger(__name__)

POLL_TIMEOUT_S = 5.0
REFRESH_GAP_MS = 250  # while changes stream in: from a screen's read answering to its next read


class ReadPacer(QObject):
    """Paces one screen's re-reads (see the module doc): ``ready()`` says whether it may read now;
    when not, ``read`` is called once the gap has passed since the last read ended (``finished()``,
    called when its answer or its error arrives; until then, since it began)."""

    def __init__(self, read: Callable[[], None], gap_ms: int = REFRESH_GAP_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.gap_ms = gap_ms
        self._last: float | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(read)

    def ready(self) -> bool:
        now = time.monotonic()
        if self._last is not None:
            wait_ms = self.gap_ms - (now - self._last) * 1000
            if wait_ms > 0:
                if not self._later.isActive():
                    self._later.start(math.ceil(wait_ms))
                return False
        self._later.stop()
        self._last = now
        return True

    def finished(self) -> None:
        """The read that ``ready()`` allowed has answered: the gap counts from now."""
        self._last = time.monotonic()

    @property
    def waiting(self) -> bool:
        """A read is due when the gap has passed."""
        return self._later.isActive()


class LiveRead(QObject):
    """One live screen's re-read: one read at a time, paced by a :class:`ReadPacer`, and a request
    that arrives while a read is out read once more after it (the newer read wins).

    ``start`` launches the read (on a worker); the screen calls :meth:`answered` from its answer and
    its error handlers and, if it returns True, :meth:`request` again when it has used the answer."""

    def __init__(
        self, start: Callable[[], None], gap_ms: int = REFRESH_GAP_MS, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._start = start
        self._in_flight = False
        self._again = False
        self.pacer = ReadPacer(self.request, gap_ms, parent=self)

    @property
    def in_flight(self) -> bool:
        return self._in_flight

    def request(self) -> None:
        """Read now, or after the read that is out, or when the pacer's gap has passed."""
        if self._in_flight:
            self._again = True
            return
        if not self.pacer.ready():
            return  # changes are streaming in: read them together a moment later
        self._in_flight = True
        self._start()

    def answered(self) -> bool:
        """The read's answer (or its error) arrived: True when another read was asked for meanwhile."""
        self._in_flight = False
        self.pacer.finished()
        again, self._again = self._again, False
        return again


class QueuePoller(QObject):
    """Emits ``changed(version)`` once at start and whenever the counter moves; ``connection(ok)``
    when polling starts failing with a connection problem (False) and when it recovers (True)."""

    changed = Signal(object)  # the value fetched (an int, or every counter for the ChangeHub)
    connection = Signal(bool)

    def __init__(
        self,
        ops: Ops,
        fetch_version: Callable[[], Any],
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
        self.last_version: Any = None
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
            self._fetch,
            self._answered,
            self._failed,
            timeout_s=self._timeout_s,
            what=self.tr("checking the queue"),
        )

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def _answered(self, version: Any) -> None:
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


@dataclasses.dataclass(frozen=True)
class ChangeSet:
    """Topics that changed and their counters after the change; ``local``: this desk's own write."""

    versions: Mapping[ChangeTopic, int]
    local: bool = False

    @property
    def topics(self) -> frozenset[ChangeTopic]:
        return frozenset(self.versions)

    def __contains__(self, topic: object) -> bool:
        return topic in self.versions

    def touches(self, topics: frozenset[ChangeTopic] | set[ChangeTopic]) -> bool:
        return not self.topics.isdisjoint(topics)


POLL_MS = 1000
FALLBACK_POLL_MS = 15_000  # while LISTEN works: a safety net, not the way changes arrive


class _Inbox(QObject):
    """Carries notifications from the listener's thread to the GUI thread: only a bare signal crosses
    threads (see ops._Relay); the payloads wait in a locked deque."""

    arrived = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = threading.Lock()
        self.items: collections.deque[tuple[str, Any]] = collections.deque()

    def put(self, kind: str, value: Any) -> None:  # on the listener's thread
        with self.lock:
            self.items.append((kind, value))
        self.arrived.emit()

    def take(self) -> list[tuple[str, Any]]:
        with self.lock:
            out = list(self.items)
            self.items.clear()
        return out


class ChangeHub(QObject):
    """Broadcasts what changed (``changed(ChangeSet)``) to this desk's screens; ``connection(ok)``
    when watching the other desks starts failing (False) and when it recovers (True)."""

    changed = Signal(object)
    connection = Signal(bool)

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._seen: dict[ChangeTopic, int] = {}
        self._baseline = False
        self._followers: dict[int, frozenset[ChangeTopic]] = {}
        self._service: ChangeService | None = None
        self._actor: Actor | None = None
        self.poller: QueuePoller | None = None
        self.listener: ChangeListener | None = None
        self.listening = False  # the listener is connected and subscribed
        self._inbox = _Inbox(self)
        self._inbox.arrived.connect(self._drain)
        self.broadcasts = 0  # ChangeSets emitted, for tests and diagnostics

    # --- this desk's writes ----------------------------------------------------------------------

    def publish_local(self, versions: Mapping[ChangeTopic, int]) -> None:
        """A background call committed these changes (called by Ops on the GUI thread)."""
        if not versions:
            return
        for topic, counter in versions.items():
            self._seen[topic] = max(counter, self._seen.get(topic, counter))
        self._emit(ChangeSet(dict(versions), local=True))

    # --- the other desks -------------------------------------------------------------------------

    def follow(
        self, owner: object, topics: frozenset[ChangeTopic], service: ChangeService, actor: Actor
    ) -> None:
        """``owner`` shows ``topics``: watch the other desks while anyone follows."""
        self._followers[id(owner)] = topics
        if self.poller is not None and self.poller.running:
            return
        self._service, self._actor = service, actor
        if self.poller is None:
            self.poller = QueuePoller(self._ops, self._fetch, POLL_MS, self)
            self.poller.changed.connect(self._answered)
            self.poller.connection.connect(self._connection)
        self._baseline = False
        self.poller.set_interval(POLL_MS)
        self.poller.start()
        if service.can_listen and self.listener is None:
            inbox = self._inbox  # the listener's thread sees only the inbox, never the hub
            self.listener = service.listen(
                actor, lambda t, c: inbox.put("change", (t, c)), lambda ok: inbox.put("status", ok)
            ).start()

    def unfollow(self, owner: object) -> None:
        self._followers.pop(id(owner), None)
        if not self._followers:
            if self.poller is not None:
                self.poller.stop()
            if self.listener is not None:
                self.listener.stop()
                self.listener = None
                self.listening = False

    def _drain(self) -> None:
        moved: dict[ChangeTopic, int] = {}
        for kind, value in self._inbox.take():
            if kind == "status":
                self._listening(bool(value))
            elif self._baseline:
                topic, counter = value
                if counter > self._seen.get(topic, -1):
                    self._seen[topic] = counter
                    moved[topic] = max(counter, moved.get(topic, counter))
        if moved and self.listener is not None:
            self._emit(ChangeSet(moved, local=False))

    def _listening(self, ok: bool) -> None:
        if self.listener is None or self.poller is None:
            return
        self.listening = ok
        # listening: the poll is only a safety net; down: poll every second until it is back. After
        # (re)subscribing, read the counters once: what was sent while nobody listened is lost.
        self.poller.set_interval(FALLBACK_POLL_MS if ok else POLL_MS)
        if ok:
            self.poller.poll()

    @property
    def watching(self) -> bool:
        return self.poller is not None and self.poller.running

    def _fetch(self) -> dict[ChangeTopic, int]:
        service, actor = self._service, self._actor
        assert service is not None and actor is not None
        return service.versions(actor)

    def _answered(self, versions: Mapping[ChangeTopic, int]) -> None:
        if not self._baseline:  # the first answer only says where the counters stand
            self._baseline = True
            for topic, counter in versions.items():
                self._seen[topic] = max(counter, self._seen.get(topic, counter))
            return
        moved = {t: c for t, c in versions.items() if c > self._seen.get(t, -1)}
        if moved:
            self._seen.update(moved)
            self._emit(ChangeSet(moved, local=False))

    def _connection(self, ok: bool) -> None:
        self.connection.emit(ok)

    def _emit(self, changes: ChangeSet) -> None:
        self.broadcasts += 1
        self.changed.emit(changes)
