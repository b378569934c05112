"""The queue poller: one desk's write shows up at another desk within two seconds; polls never stack;
connection problems are reported once and the recovery too."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.errors import ConnectionLost
from hms_desktop.gui.live import QueuePoller
from hms_desktop.gui.ops import Ops
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.demo import DEMO_PASSWORD
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
