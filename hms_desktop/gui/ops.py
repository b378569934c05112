"""Background operations: run a service call on a worker thread, report back on the GUI thread.

``ops.run(fn, on_success, on_failure, timeout_s=...)`` starts ``fn()`` on a worker and returns an
:class:`Op`. Exactly one of the callbacks runs, on the GUI thread:

- ``on_success(result)`` when ``fn`` returns;
- ``on_failure(error)`` with an :class:`HmsError` otherwise. Expected errors arrive as raised (their
  message is fit for the desk: show it inline). Driver errors are mapped to their HmsError. Anything
  else is logged with its traceback and replaced by a short "something went wrong" HmsError: the
  user never sees a traceback dialog.
- With a deadline, :class:`TimedOut` is reported when ``fn`` has not finished in time. The worker is
  abandoned (a thread cannot be killed); its late result is dropped.

Workers are daemon Python threads rather than a QThreadPool: an abandoned worker stuck in a TCP
connect must not block quitting, and QThreadPool's destructor waits for every runnable.

Every connection failure (CannotConnect, ConnectionLost, TimedOut) is also announced through
``Ops.connection_problem`` so the main window can show its banner, unless the caller handles the
connection itself (``report_connection=False``: the connection dialog, start-up). After a reported
problem, the first call that succeeds emits ``Ops.connection_restored`` once: the server is back,
so the banner goes without anyone pressing Retry.

What the writes of ``fn`` committed (``services.changes.collecting``) is broadcast after the
callbacks through ``Ops.changes`` (:class:`hms_desktop.gui.live.ChangeHub`), so every screen showing
one of those topics refreshes once, whichever screen made the change.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from hms_desktop.errors import CannotConnect, ConnectionLost, HmsError, SessionEnded
from hms_desktop.gui.i18n import localize

if TYPE_CHECKING:
    from hms_desktop.gui.live import ChangeHub

log = logging.getLogger(__name__)

SuccessFn = Callable[[Any], None]
FailureFn = Callable[[HmsError], None]


class TimedOut(CannotConnect):
    """The operation did not finish before its deadline (the worker was abandoned)."""


def as_hms_error(exc: BaseException, what: str) -> HmsError:
    """The HmsError to show for ``exc``: itself, its mapped driver error, or a short generic one."""
    if isinstance(exc, HmsError):
        return exc
    log.error("unexpected error while %s", what or "working", exc_info=exc)
    # the desk's own words (the caller's ``what`` is already in the desk's language)
    if what:
        text = QCoreApplication.translate(
            "Ops",
            "Something went wrong while {what} ({error}). The details are in the log; try again, "
            "and tell the administrator if it keeps happening.",
        ).format(what=what, error=type(exc).__name__)
    else:
        text = QCoreApplication.translate(
            "Ops",
            "Something went wrong ({error}). The details are in the log; try again, "
            "and tell the administrator if it keeps happening.",
        ).format(error=type(exc).__name__)
    err = HmsError(text)
    err.__cause__ = exc
    return err


def is_connection_problem(err: BaseException) -> bool:
    return isinstance(err, CannotConnect | ConnectionLost)


class _Relay(QObject):
    """Carries results from workers to the GUI thread; one per process and never deleted.

    A worker only knows its token and this relay, never its Op: an Op may be gone (deadline
    passed, window closed) by the time the worker finishes, and emitting on a deleted QObject from
    another thread would crash. A late token finds no route and is dropped.

    Only the integer token crosses threads in the signal; the result waits in ``results`` under a
    lock. Python objects in a queued signal are reference-counted by Qt's marshalling on the
    worker thread, which crashed the desk now and then (segfaults under load in the GUI suite).
    """

    done = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.routes: dict[int, Op] = {}
        self.next_token = 0
        self.results: dict[int, list[Any]] = {}
        self.lock = threading.Lock()
        self.done.connect(self.route)

    def store(self, token: int, bundle: list[Any]) -> None:
        """Called on the worker thread: ``[callable, result, error, changes]``, handed over whole."""
        with self.lock:
            self.results[token] = bundle

    def notify(self, token: int) -> None:
        """Called on the worker thread after it dropped every reference of its own."""
        self.done.emit(token)

    @Slot(int)
    def route(self, token: int) -> None:
        with self.lock:
            bundle = self.results.pop(token, None)
        # the callable (and whatever it captured: often a widget), the result and the error die
        # here, on the GUI thread: a QObject destroyed on a worker thread crashes Qt
        _fn, result, error, changed = bundle if bundle is not None else (None, None, None, None)
        op = self.routes.pop(token, None)
        if op is None:
            return
        try:
            op._deliver(result, error, changed)
        except RuntimeError:  # the Op's owner was deleted while it ran
            log.debug("result of a deleted operation dropped")


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay  # one process-wide relay: workers may outlive every window and Ops
    if _relay is None:
        _relay = _Relay()
    return _relay


class Op(QObject):
    """One background call. ``finished`` fires once on the GUI thread, whatever the outcome."""

    finished = Signal()

    def __init__(
        self,
        ops: Ops,
        fn: Callable[[], Any],
        on_success: SuccessFn | None,
        on_failure: FailureFn | None,
        what: str,
        report_connection: bool,
    ) -> None:
        super().__init__(ops)
        self._ops = ops
        self._fn: Callable[[], Any] | None = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self.what = what
        self._report_connection = report_connection
        self.done = False
        self.error: HmsError | None = None
        self._token = -1
        self._timer: QTimer | None = None
        self._changed: Any = None  # topic -> counter committed by fn's writes

    def start(self, timeout_s: float | None) -> None:
        if timeout_s is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._expire)
            self._timer.start(max(1, int(timeout_s * 1000)))
        relay = _the_relay()
        relay.next_token += 1
        token = self._token = relay.next_token
        relay.routes[token] = self
        assert self._fn is not None, "an Op starts once"  # notr: a programmer's check
        box: list[Any] = [self._fn]
        self._fn = None  # the worker holds the callable; the Op holds nothing of the worker

        def work() -> None:
            # imported here, on the worker: services.changes brings SQLAlchemy and every model, most
            # of the start-up time, and the sign-in window must not wait for it (issue 18)
            from hms_desktop.services.changes import collecting

            # Every reference the worker has goes into the bundle, which is handed to the GUI thread
            # before the signal: the last reference to the callable, what it captured, the result
            # and the error (whose traceback holds frames) is always dropped on the GUI thread.
            bundle: list[Any] = [box.pop()]
            with collecting() as changed:
                try:
                    bundle += [bundle[0](), None]
                except BaseException as exc:
                    bundle += [None, exc]
            bundle.append(dict(changed.versions))
            with contextlib.suppress(RuntimeError):  # interpreter shutting down
                relay.store(token, bundle)
                del bundle
                relay.notify(token)

        threading.Thread(target=work, name=f"hms-op:{self.what or 'work'}", daemon=True).start()

    @Slot()
    def _expire(self) -> None:
        seconds = self._timer.interval() / 1000 if self._timer else 0
        self._finish(
            None,
            TimedOut(
                self.tr(
                    "No answer from the database within {seconds} seconds. "
                    "Check the network and that the server is running, then try again."
                ).format(seconds=f"{seconds:g}")
            ),
        )

    def _deliver(self, result: object, error: object, changed: Any = None) -> None:
        self._changed = changed or None
        if isinstance(error, BaseException):
            self._finish(None, as_hms_error(error, self.what))
        else:
            self._finish(result, None)

    def _finish(self, result: object, error: HmsError | None) -> None:
        if self.done:
            return  # the deadline already reported (or the worker answered first)
        self.done = True
        self.error = error
        _the_relay().routes.pop(self._token, None)  # a late worker result now finds no route
        if self._timer is not None:
            self._timer.stop()
        try:
            if error is None:
                if self._report_connection:
                    self._ops._succeeded()
                if self._on_success is not None:
                    self._on_success(result)
            else:
                error = localize(error)  # the services speak English; the desk may not
                if self._report_connection and is_connection_problem(error):
                    self._ops.connection_lost = True
                    self._ops.connection_problem.emit(error.message)
                if isinstance(error, SessionEnded):
                    self._ops.session_ended.emit(error.message)
                if self._on_failure is not None:
                    self._on_failure(error)
                elif not (self._report_connection and is_connection_problem(error)):
                    log.warning("%s failed: %s", self.what or "operation", error.message)
        except Exception:
            log.exception("callback of %s failed", self.what or "operation")
        finally:
            changed, self._changed = self._changed, None
            if changed:  # after the callbacks: the screen shows its message, then everyone refreshes
                try:
                    self._ops.changes.publish_local(changed)
                except Exception:
                    log.exception("broadcasting the changes of %s failed", self.what or "operation")
            self._ops._forget(self)
            self.finished.emit()


class Ops(QObject):
    """Starts background operations; one per application, passed down through constructors."""

    connection_problem = Signal(str)
    # a call succeeded after a reported connection problem: the database answers again
    connection_restored = Signal()
    # the signed-in account was disabled, locked or changed role: the desk signs out (gui/app.py)
    session_ended = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Op] = set()
        self._changes: ChangeHub | None = None
        self.connection_lost = False  # a connection problem was reported and nothing succeeded since

    def _succeeded(self) -> None:
        if self.connection_lost:
            self.connection_lost = False
            self.connection_restored.emit()

    @property
    def changes(self) -> ChangeHub:
        """This desk's change broadcast (made on first use)."""
        if self._changes is None:
            from hms_desktop.gui.live import ChangeHub  # live imports this module

            self._changes = ChangeHub(self, self)
        return self._changes

    def run(
        self,
        fn: Callable[[], Any],
        on_success: SuccessFn | None = None,
        on_failure: FailureFn | None = None,
        *,
        timeout_s: float | None = None,
        what: str = "",
        report_connection: bool = True,
    ) -> Op:
        op = Op(self, fn, on_success, on_failure, what, report_connection)
        was_idle = not self._running
        self._running.add(op)
        if was_idle:
            self.busy_changed.emit(True)
        op.start(timeout_s)
        return op

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _forget(self, op: Op) -> None:
        self._running.discard(op)
        # Hand the finished Op to Python instead of deleteLater(): its C++ object then dies with
        # its last Python reference, on this thread, after the slot that finished it returned.
        # DeferredDelete of Ops crashed in ~QObject now and then (seen with gdb in the GUI suite).
        op.setParent(None)
        if not self._running:
            self.busy_changed.emit(False)
