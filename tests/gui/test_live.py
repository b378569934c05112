"""The queue poller: one desk's write shows up at another desk within two seconds; polls never stack;
connection problems are reported once and the recovery too."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.errors import ConnectionLost
from hms_desktop.gui.live import ChangeSet, QueuePoller
from hms_desktop.gui.ops import Ops
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.queue_types import TriageInput

pytestmark = pytest.mark.gui


@pytest.fixture
def desk_b(demo_db: Database) -> Iterator[Services]:
    """A second desk: its own engine and sessions over the same SQLite file."""
    other = Database(make_engine(demo_db.profile), demo_db.profile)
    yield build_services(other)
    other.dispose()


def test_a_write_at_desk_a_reaches_desk_b_within_two_seconds(
    qtbot: QtBot, ops: Ops, services: Services, desk_b: Services
) -> None:
    nurse_a = services.auth.login("nurse", DEMO_PASSWORD)
    nurse_b = desk_b.auth.login("nurse", DEMO_PASSWORD)
    poller = QueuePoller(ops, lambda: desk_b.queue.version(nurse_b), 1000)
    with qtbot.waitSignal(poller.changed, timeout=5000) as first:
        poller.start()
    start_version = first.args[0] if first.args else None
    assert start_version == desk_b.queue.version(nurse_b)
    entry = next(r for r in services.queue.snapshot(nurse_a).rows if r.status == "waiting")
    with qtbot.waitSignal(poller.changed, timeout=2000) as moved:
        services.triage.record(
            nurse_a,
            entry.id,
            TriageInput(
                entry.chief_complaint, level=entry.triage_level, override_reason="re-triage at desk A"
            ),
            expected_version=entry.row_version,
        )
    assert moved.args is not None and moved.args[0] > start_version
    poller.stop()


def test_no_change_no_signal_and_polls_never_stack(qtbot: QtBot, ops: Ops) -> None:
    gate = threading.Event()
    calls: list[int] = []

    def slow_version() -> int:
        calls.append(1)
        gate.wait(5)
        return 7

    poller = QueuePoller(ops, slow_version, 20)
    seen: list[int] = []
    poller.changed.connect(seen.append)
    poller.start()
    qtbot.wait(200)  # ten intervals pass while the first poll is still out
    assert len(calls) == 1 and poller.in_flight
    gate.set()
    qtbot.waitUntil(lambda: poller.polls >= 3, timeout=5000)
    assert seen == [7]  # once at start, then silence while the counter stays put
    poller.stop()


def test_connection_lost_then_back(qtbot: QtBot, ops: Ops) -> None:
    state = {"down": True}

    def version() -> int:
        if state["down"]:
            raise ConnectionLost("The connection to the database was lost.")
        return 3

    poller = QueuePoller(ops, version, 30)
    problems: list[str] = []
    ops.connection_problem.connect(problems.append)
    with qtbot.waitSignal(poller.connection, timeout=3000) as lost:
        poller.start()
    assert lost.args == [False] and not poller.online and problems
    qtbot.wait(150)
    with qtbot.waitSignal(poller.connection, timeout=3000) as back:
        state["down"] = False
    assert back.args == [True]
    qtbot.waitUntil(lambda: poller.last_version == 3, timeout=3000)
    poller.stop()


# --- the desk's change broadcast (ChangeHub): own writes once, other desks' from one watcher -------


def test_own_write_is_broadcast_once_and_the_tab_reads_the_queue_once(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    from hms_desktop.gui.tabs.queue.view import QueueTab
    from hms_desktop.services.changes import ChangeTopic

    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    from tests.gui.desk import desk_of

    tab = QueueTab(desk_of(ops, services, doctor), services)
    qtbot.addWidget(tab)
    tab.show()
    tab.start()
    qtbot.waitUntil(lambda: tab.snapshot is not None and not ops.busy, timeout=10_000)
    qtbot.waitUntil(lambda: ops.changes.poller is not None and ops.changes.poller.polls >= 1, timeout=5000)
    reads: list[int] = []
    real = services.queue.snapshot

    def counted(*a: object, **k: object) -> object:
        reads.append(1)
        return real(*a, **k)  # type: ignore[arg-type]

    services.queue.snapshot = counted  # type: ignore[assignment]
    sets: list[object] = []
    ops.changes.changed.connect(sets.append)
    try:
        from hms_desktop.domain.queue import StillCalled

        tab.call_next(StillCalled.NOT_ANSWERED)  # the demo doctor's patient is still called: as they'd answer
        qtbot.waitUntil(lambda: bool(sets), timeout=5000)
        polls = ops.changes.poller.polls if ops.changes.poller else 0
        qtbot.waitUntil(  # the watcher has seen the counter this write moved, twice over
            lambda: ops.changes.poller is not None and ops.changes.poller.polls >= polls + 2, timeout=5000
        )
        qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    finally:
        services.queue.snapshot = real
        tab.stop()
    assert len(sets) == 1, sets
    first = sets[0]
    assert isinstance(first, ChangeSet) and first.local and ChangeTopic.QUEUE in first
    assert len(reads) == 1  # not from the callback, the broadcast and the poll: once


def test_another_desks_write_reaches_the_hub_from_one_query_for_all_topics(
    qtbot: QtBot, ops: Ops, services: Services, desk_b: Services
) -> None:
    from hms_desktop.services.changes import ChangeTopic

    nurse_a = services.auth.login("nurse", DEMO_PASSWORD)
    nurse_b = desk_b.auth.login("nurse", DEMO_PASSWORD)
    hub = ops.changes
    owner = object()
    hub.follow(owner, frozenset({ChangeTopic.QUEUE}), desk_b.changes, nurse_b)
    qtbot.waitUntil(lambda: hub.poller is not None and hub.poller.polls >= 1, timeout=5000)
    entry = next(r for r in services.queue.snapshot(nurse_a).rows if r.status == "waiting")
    with qtbot.waitSignal(hub.changed, timeout=3000) as got:
        services.triage.record(nurse_a, entry.id, TriageInput(entry.chief_complaint, level="orange"))
    changes = got.args[0]
    assert not changes.local and changes.topics == {ChangeTopic.QUEUE}
    assert changes.versions[ChangeTopic.QUEUE] == desk_b.queue.version(nurse_b)
    hub.unfollow(owner)
    assert not hub.watching
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)


def test_postgresql_desk_hears_another_desks_commit_without_polling(
    qtbot: QtBot, ops: Ops, db: Database
) -> None:
    """LISTEN/NOTIFY: desk B's hub announces desk A's commit in well under the 1 s poll; the poll drops
    to a slow safety net while listening, and after the listening connection is killed the hub polls
    every second until it has resubscribed."""
    import time

    import psycopg

    from hms_desktop.db.profiles import Backend
    from hms_desktop.gui.live import FALLBACK_POLL_MS, POLL_MS
    from hms_desktop.services.changes import ChangeTopic
    from tests.unit.queue_clinic import build_clinic

    if db.backend is not Backend.POSTGRESQL:
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    c = build_clinic(db)
    other = Database(make_engine(db.profile, db.engine.url.password), db.profile)
    desk_b = build_services(other)
    hub, owner = ops.changes, object()
    try:
        hub.follow(owner, frozenset({ChangeTopic.QUEUE}), desk_b.changes, c.nurse)
        qtbot.waitUntil(
            lambda: hub.listening and hub.poller is not None and hub.poller.polls >= 1, timeout=10_000
        )
        assert hub.poller is not None and hub.poller._timer.interval() == FALLBACK_POLL_MS
        times = []
        for name in ("Asha", "Bala", "Chitra"):
            with qtbot.waitSignal(hub.changed, timeout=2000) as got:
                c.walk_in(name, "fever")  # desk A commits
                committed = time.perf_counter()
            times.append(time.perf_counter() - committed)
            assert not got.args[0].local and ChangeTopic.QUEUE in got.args[0]
        # heard within the second after each commit, where the safety-net poll comes every 15 s: the
        # notification brought it. Timed from the commit, not from the walk-in's start: on a loaded CI
        # machine the walk-in itself took most of a second (0.96 s), and that is not the hub's latency
        assert max(times) < POLL_MS / 1000, times
        assert hub.listener is not None
        pid = hub.listener.backend_pid()
        url = db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        qtbot.waitUntil(lambda: not hub.listening or hub.listener.connects >= 2, timeout=5000)  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: hub.listening and hub.listener.connects >= 2, timeout=10_000)  # type: ignore[union-attr]
        with qtbot.waitSignal(hub.changed, timeout=2000):
            c.walk_in("Deepa", "cough")
    finally:
        hub.unfollow(owner)
        qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
        other.dispose()
    assert POLL_MS == 1000


def test_a_screen_reads_at_once_then_at_most_every_gap(qtbot: QtBot) -> None:
    """ReadPacer: the first request after a quiet spell reads at once; requests within the gap are
    folded into one read when it has passed (issue 18: forty desks re-reading on every change)."""
    import time

    from hms_desktop.gui.live import ReadPacer

    reads: list[float] = []
    host = QObject()

    def read() -> None:
        if pacer.ready():
            reads.append(time.monotonic())

    pacer = ReadPacer(read, gap_ms=200, parent=host)
    read()
    assert len(reads) == 1 and not pacer.waiting  # at once
    for _ in range(5):  # a burst of changes inside the gap
        read()
    assert len(reads) == 1 and pacer.waiting
    qtbot.waitUntil(lambda: len(reads) == 2, timeout=2000)
    assert reads[1] - reads[0] >= 0.19  # one read for the whole burst, after the gap
    qtbot.wait(400)
    assert len(reads) == 2 and not pacer.waiting  # nothing more was asked: nothing more is read
    read()  # after a quiet spell: at once again
    assert len(reads) == 3
    qtbot.wait(150)
    pacer.finished()  # that read answered only now (a slow server): the gap counts from its answer
    read()
    assert len(reads) == 3 and pacer.waiting
    qtbot.waitUntil(lambda: len(reads) == 4, timeout=2000)
    assert reads[3] - reads[2] >= 0.33


def test_a_live_read_is_one_at_a_time_and_a_request_meanwhile_reads_once_more(qtbot: QtBot) -> None:
    """LiveRead (the queue, the cashier's lists, the waiting-room board): while a read is out, any
    number of requests make exactly one more read, started when the screen has used the answer."""
    from hms_desktop.gui.live import LiveRead

    started: list[int] = []
    host = QObject()
    reads = LiveRead(lambda: started.append(len(started)), gap_ms=50, parent=host)
    reads.request()
    assert started == [0] and reads.in_flight
    for _ in range(3):  # changes arrive while the first read is out
        reads.request()
    assert started == [0]  # not a second read beside the first
    assert reads.answered() is True and not reads.in_flight  # the answer: one more is owed
    assert reads.answered() is False  # owed once, not once per request
    reads.request()  # the screen asks for it after using the answer: paced, 50 ms after the answer
    assert started == [0]
    qtbot.waitUntil(lambda: started == [0, 1], timeout=2000)
    assert reads.in_flight
    assert reads.answered() is False  # nothing came meanwhile: nothing more is read
    qtbot.wait(150)
    assert started == [0, 1]
