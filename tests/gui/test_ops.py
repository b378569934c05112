"""Background operations: callbacks on the GUI thread, error mapping, deadlines, connection alerts."""

from __future__ import annotations

import gc
import logging
import threading
import time

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from hms_desktop.errors import CannotConnect, HmsError, NotFound
from hms_desktop.gui.ops import Ops, TimedOut


def run(qtbot: QtBot, ops: Ops, fn: object, **kwargs: object) -> tuple[list[object], list[HmsError]]:
    ok: list[object] = []
    failed: list[HmsError] = []
    op = ops.run(fn, ok.append, failed.append, **kwargs)  # type: ignore[arg-type]
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    return ok, failed


def test_success_arrives_on_the_gui_thread(qtbot: QtBot, ops: Ops) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    op = ops.run(work, lambda r: seen.update(result=r, gui=threading.current_thread()))
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert seen["result"] == 42
    assert seen["gui"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_expected_errors_pass_through(qtbot: QtBot, ops: Ops) -> None:
    def work() -> None:
        raise NotFound("There is no patient with id 7.")

    ok, failed = run(qtbot, ops, work)
    assert ok == []
    assert isinstance(failed[0], NotFound)
    assert failed[0].message == "There is no patient with id 7."


def test_unexpected_errors_become_a_short_message_and_a_log(
    qtbot: QtBot, ops: Ops, caplog: pytest.LogCaptureFixture
) -> None:
    def work() -> None:
        raise ZeroDivisionError("boom")

    with caplog.at_level(logging.ERROR, logger="hms_desktop.gui.ops"):
        _ok, failed = run(qtbot, ops, work, what="adding up")
    assert "Something went wrong while adding up (ZeroDivisionError)" in failed[0].message
    assert "Traceback" not in failed[0].message
    assert any(r.exc_info for r in caplog.records), "the traceback goes to the log"


def test_a_deadline_reports_failure_and_drops_the_late_result(qtbot: QtBot, ops: Ops) -> None:
    release = threading.Event()
    done = threading.Event()

    def slow() -> str:
        release.wait(10)
        done.set()
        return "too late"

    ok, failed = run(qtbot, ops, slow, timeout_s=0.05, report_connection=False)
    assert ok == [] and isinstance(failed[0], TimedOut)
    assert "No answer from the database within 0.05 seconds" in failed[0].message
    release.set()
    qtbot.waitUntil(done.is_set)
    qtbot.waitUntil(lambda: not ops.busy)
    assert ok == []


def test_connection_failures_raise_the_alarm(qtbot: QtBot, ops: Ops) -> None:
    def work() -> None:
        raise CannotConnect("Cannot reach the database server.")

    with qtbot.waitSignal(ops.connection_problem, timeout=10_000) as alarm:
        run(qtbot, ops, work)
    assert alarm.args == ["Cannot reach the database server."]


def test_busy_follows_running_operations(qtbot: QtBot, ops: Ops) -> None:
    gate = threading.Event()
    with qtbot.waitSignal(ops.busy_changed) as started:
        op = ops.run(lambda: gate.wait(10))
    assert started.args == [True] and ops.busy
    with qtbot.waitSignal(ops.busy_changed) as stopped:
        gate.set()
    assert stopped.args == [False] and not ops.busy
    assert op is not None


class _Widgetish(QObject):
    """A QObject with a running timer: destroying it on another thread is what crashed Qt."""

    def __init__(self, seen: list[int]) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.destroyed.connect(
            lambda *_: seen.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
        )


@pytest.mark.parametrize("fails", [False, True])
def test_what_the_callable_captured_dies_on_the_gui_thread(qtbot: QtBot, ops: Ops, fails: bool) -> None:
    seen: list[int] = []
    owner = _Widgetish(seen)

    def call(o: _Widgetish = owner) -> int:  # holds the only reference once the test lets go
        time.sleep(0.05)
        if fails:
            raise NotFound(f"{o.objectName()} is gone")
        return 1

    done: list[object] = []
    ops.run(call, done.append, lambda e: done.append(e.message))  # not the error: its traceback holds o
    del owner, call
    gc.collect()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    gc.collect()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [threading.get_ident()]


def test_cycles_are_collected_by_the_gui_thread_timer(qtbot: QtBot) -> None:
    from hms_desktop.gui.gc_guard import GuiThreadCollector

    assert not gc.isenabled()  # the GUI suite runs like the app: no collection on worker threads
    seen: list[int] = []

    class Cyclic(_Widgetish):
        pass

    owner = Cyclic(seen)
    owner.me = owner  # type: ignore[attr-defined]  # a reference cycle only the collector frees
    del owner
    keep: list[list[int]] = [
        [] for _ in range(gc.get_threshold()[0] + 10)
    ]  # live allocations make generation 0 due
    collector = GuiThreadCollector(interval_ms=10)
    collector._timer.start()  # the session collector already disabled automatic collection
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    collector._timer.stop()
    assert seen == [threading.get_ident()] and keep
