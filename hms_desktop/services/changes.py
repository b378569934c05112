"""Change topics: what a write changed, for the other desks and for this desk's own screens.

Every write marks the topics it changed (``mark(s, ChangeTopic.QUEUE)``). The marks become counter
bumps when the unit of work commits (``before_commit``: one ``change_counter`` row per topic, in the
fixed order of :data:`ORDER`, after every other lock the write took), and on PostgreSQL the same
statement sends ``NOTIFY hms_changes, 'queue:42'`` inside the writing transaction, so a listening desk
hears of it the moment it commits and never before (``gui/live.py``). After the commit the topics and
their new counter values go to whoever collects them on this thread (:func:`collecting`: ``gui/ops.py``
wraps every background call in it and broadcasts what the call changed, Anki's
``operation_did_execute``), so a screen refreshes once after its own write, not once for its write
and again when the poll sees the counter move.

Locks, in one order for every writer: the token lock (:func:`lock_tokens`, only writes that hand
out a queue token), one doctor's calling lock (:func:`lock_doctor`, only calls and opening a
consultation), then business rows (queue entries, appointments, consultations), then at commit the
audit chain head and the topic counters in the fixed order of :data:`ORDER`. A triage, an assignment
or a status move locks only its entry, so it never queues behind a walk-in being registered or a
doctor's call (issue 18: with one queue lock for every queue write, 40 desks waited up to 10 s).

Other desks learn of changes from :meth:`ChangeService.versions`: every counter in one query.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, event, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import ChangeCounter, Doctor
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import accounts_feed_live, accounts_version_heard, check_account, read_retry

CHANNEL = "hms_changes"  # PostgreSQL LISTEN/NOTIFY channel; payload 'topic:counter'


class ChangeTopic(StrEnum):
    """What a desk may need to re-read. The value is the ``change_counter.topic`` key."""

    QUEUE = "queue"
    APPOINTMENTS = "appointments"
    BILLING = "billing"
    TRIAGE_RULES = "triage_rules"
    PATIENTS = "patients"  # a patient registered (the desks' patient counts)
    ACCOUNTS = "accounts"  # an account's status or role changed: the status version (services/guard.py)


ORDER: tuple[ChangeTopic, ...] = tuple(ChangeTopic)  # the bumps' one order: no two commits deadlock
_BY_VALUE = {t.value: t for t in ChangeTopic}

_PENDING = "hms_changes_pending"  # Session.info: set of topics marked in this transaction
_LOCKED = "hms_changes_locked"  # Session.info: names of the locks held (lock_tokens, lock_doctor)
_DONE = "hms_changes_done"  # Session.info: topic -> counter after the bump (set in before_commit)


def topic_of(value: str) -> ChangeTopic | None:
    return _BY_VALUE.get(value)


def mark(s: Session, *topics: ChangeTopic) -> None:
    """Record that this unit of work changes ``topics``; the counters move when it commits."""
    pending: set[ChangeTopic] = s.info.setdefault(_PENDING, set())
    pending.update(ChangeTopic(t) for t in topics)


TOKEN_LOCK = "queue_tokens"  # a change_counter row that is only ever locked: no topic, never polled


def lock_tokens(s: Session) -> None:
    """Take the token lock: the first thing a write that hands out a queue token does.

    Row-locks the 'queue_tokens' row of ``change_counter`` until commit (creating it on first use),
    which makes ``max(token) + 1`` safe (walk-in, check-in, transfer). Only token writers take it:
    a triage, an assignment or a call does not wait for a walk-in being registered. It is not a
    topic (the poll ignores it and nothing bumps it), so the 'queue' counter row is locked only by
    the bump at commit, the last lock of every write. Calling it again in the same unit of work is
    a no-op.
    """
    if not _first_time(s, TOKEN_LOCK):
        return
    stmt = select(ChangeCounter.topic).where(ChangeCounter.topic == TOKEN_LOCK).with_for_update()
    if s.execute(stmt).scalar() is None:
        try:
            with s.begin_nested():
                s.add(ChangeCounter(topic=TOKEN_LOCK, counter=0, changed_at=utcnow()))
        except IntegrityError:  # another desk created it first
            pass
        s.execute(stmt).scalar_one()


def lock_doctor(s: Session, doctor_id: int) -> None:
    """Take one doctor's calling lock: call, call next and opening a consultation for that doctor.

    The doctor's row, locked ``FOR NO KEY UPDATE`` on PostgreSQL (``FOR UPDATE`` on Oracle), so one
    doctor's "still called" and "already in consultation" checks hold while two doctors call at the
    same time; the conditional claim (``status = 'waiting'``) keeps two doctors from taking the same
    patient. It does not conflict with the key-share lock a new queue entry takes on its doctor.
    Taken before any queue entry's row lock."""
    if _first_time(s, f"doctor:{doctor_id}"):
        s.execute(select(Doctor.id).where(Doctor.id == doctor_id).with_for_update(key_share=True))


def _first_time(s: Session, lock: str) -> bool:
    """Record that this unit of work takes ``lock``; False when it already holds it."""
    held: set[str] = s.info.setdefault(_LOCKED, set())
    if lock in held:
        return False
    held.add(lock)
    return True


# --- commit: the bumps, the notification, and who hears of them on this thread ------------------

_PG_BUMP = (
    "WITH bumped AS (UPDATE change_counter SET counter = counter + 1, changed_at = %(now)s "
    "WHERE topic = ANY(%(topics)s) RETURNING topic, counter) "
    "SELECT topic, counter, pg_notify('" + CHANNEL + "', topic || ':' || counter) FROM bumped"
)


_COUNTERS = cast(Table, ChangeCounter.__table__)
_BUMP = (  # built once: every write bumps at least one counter
    update(_COUNTERS)
    .where(_COUNTERS.c.topic == bindparam("bump_topic"))
    .values(counter=_COUNTERS.c.counter + 1, changed_at=bindparam("bump_at"))
)
_BUMP_RETURNING = _BUMP.returning(_COUNTERS.c.counter)


def _bump_portable(s: Session, topics: list[ChangeTopic]) -> dict[ChangeTopic, int]:
    now = utcnow()
    conn = s.connection()
    returning = conn.dialect.update_returning  # SQLite 3.35+, Oracle: the new value in the same trip
    done: dict[ChangeTopic, int] = {}
    for topic in topics:
        params = {"bump_topic": topic.value, "bump_at": now}
        if returning:
            got = conn.execute(_BUMP_RETURNING, params).scalar()
            if got is not None:
                done[topic] = int(got)
                continue
        elif cast(CursorResult[Any], conn.execute(_BUMP, params)).rowcount:
            continue
        try:
            with s.begin_nested():
                s.add(ChangeCounter(topic=topic.value, counter=1, changed_at=now))
        except IntegrityError:  # another desk created it first
            conn.execute(_BUMP, params)
    if returning and len(done) == len(topics):
        return done
    wanted = set(topics)
    rows = s.execute(select(ChangeCounter.topic, ChangeCounter.counter)).all()
    return {t: int(c) for name, c in rows if (t := _BY_VALUE.get(name)) in wanted and t is not None}


def _bump_postgresql(s: Session, topics: list[ChangeTopic]) -> dict[ChangeTopic, int]:
    # one round trip: the bumps, their new values and the NOTIFY (sent when this transaction commits)
    conn = s.connection()
    params = {"now": utcnow(), "topics": [t.value for t in topics]}
    rows = conn.exec_driver_sql(_PG_BUMP, params).all()
    done = {t: int(c) for name, c, _ in rows if (t := _BY_VALUE.get(name)) is not None}
    missing = [t for t in topics if t not in done]
    if missing:  # first use of a topic: create its row the portable way, then announce it
        created = _bump_portable(s, missing)
        for topic, counter in created.items():
            conn.exec_driver_sql(
                "SELECT pg_notify('" + CHANNEL + "', %(p)s)", {"p": f"{topic.value}:{counter}"}
            )
        done.update(created)
    return done


@event.listens_for(Session, "before_commit")
def _before_commit(s: Session) -> None:
    pending: set[ChangeTopic] | None = s.info.pop(_PENDING, None)
    s.info.pop(_LOCKED, None)
    if not pending:
        return
    topics = [t for t in ORDER if t in pending]
    bind = s.get_bind()
    if bind.dialect.name == "postgresql":
        s.info[_DONE] = _bump_postgresql(s, topics)
    else:
        s.info[_DONE] = _bump_portable(s, topics)


@event.listens_for(Session, "after_commit")
def _after_commit(s: Session) -> None:
    done: dict[ChangeTopic, int] | None = s.info.pop(_DONE, None)
    if done:
        for collector in _collectors():
            collector.add(done)


@event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(s: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the unit of work ended (committed: already consumed; or rolled back)
        for key in (_PENDING, _LOCKED, _DONE):
            s.info.pop(key, None)


@dataclasses.dataclass
class Changed:
    """What the writes committed on this thread inside :func:`collecting` changed."""

    versions: dict[ChangeTopic, int] = dataclasses.field(default_factory=dict)

    @property
    def topics(self) -> frozenset[ChangeTopic]:
        return frozenset(self.versions)

    def add(self, versions: Mapping[ChangeTopic, int]) -> None:
        for topic, counter in versions.items():
            self.versions[topic] = max(counter, self.versions.get(topic, counter))

    def __bool__(self) -> bool:
        return bool(self.versions)


_LOCAL = threading.local()


def _collectors() -> list[Changed]:
    found: list[Changed] | None = getattr(_LOCAL, "stack", None)
    return found or []


@contextmanager
def collecting() -> Iterator[Changed]:
    """Collect the topics (and new counter values) that writes committed on this thread change."""
    stack: list[Changed] | None = getattr(_LOCAL, "stack", None)
    if stack is None:
        stack = _LOCAL.stack = []
    got = Changed()
    stack.append(got)
    try:
        yield got
    finally:
        stack.remove(got)


# --- reading: every counter in one query ---------------------------------------------------------


class ChangeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def can_listen(self) -> bool:
        """PostgreSQL pushes changes (LISTEN/NOTIFY); SQLite and Oracle desks poll :meth:`versions`."""
        return can_listen(self._db)

    def listen(self, actor: Actor, on_change: Any, on_status: Any) -> ChangeListener:
        """This desk's listening connection (see :class:`ChangeListener`); ``start()`` it."""
        check_account(self._db, actor, "changes.watch")
        return ChangeListener(self._db, on_change, on_status)

    @read_retry
    def versions(self, actor: Actor) -> dict[ChangeTopic, int]:
        """Every topic's counter (one query over a handful of rows): what a desk polls.

        The counters say only that something changed, nothing about what, so any signed-in account
        may read them (the account itself is still checked: a disabled one is signed out)."""
        check_account(self._db, actor, "changes.watch")
        with self._db.read() as s:
            rows = s.execute(select(ChangeCounter.topic, ChangeCounter.counter)).all()
        found = {t: int(c or 0) for name, c in rows if (t := _BY_VALUE.get(name)) is not None}
        accounts_version_heard(self._db, found.get(ChangeTopic.ACCOUNTS, 0))
        return found


# --- PostgreSQL: pushed, not polled ----------------------------------------------------------------

LISTEN_RETRY_S = (0.5, 1.0, 2.0, 5.0)  # back-off between reconnects (the last repeats)


class ChangeListener:
    """One listening connection per desk (PostgreSQL): ``LISTEN hms_changes`` on a daemon thread.

    ``on_change(topic, counter)`` is called on the listener's thread for every notification;
    ``on_status(True)`` once listening (again: after an outage it reconnects and subscribes again, and
    the caller should re-read the counters, since notifications sent meanwhile are lost) and
    ``on_status(False)`` when the connection failed. The connection is the engine's own (its TLS and
    time-outs), detached from the pool so it never serves a query.
    """

    def __init__(self, db: Database, on_change: Any, on_status: Any) -> None:
        self._db = db
        self._on_change = on_change
        self._on_status = on_status
        self._stop = threading.Event()
        self._conn: Any = None
        self._lock = threading.Lock()
        self.connects = 0  # successful subscriptions, for tests and diagnostics
        self._thread = threading.Thread(target=self._run, name="hms-listen", daemon=True)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.drop_connection()
        accounts_feed_live(self._db, False)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def drop_connection(self) -> None:
        """Close the listening connection (tests: an outage); the thread reconnects unless stopped."""
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def backend_pid(self) -> int | None:
        with self._lock:
            conn = self._conn
        return int(conn.info.backend_pid) if conn is not None and not conn.closed else None

    def _connect(self) -> Any:
        raw = self._db.engine.raw_connection()
        conn = raw.driver_connection
        raw.detach()  # ours for good: the pool opens another when it needs one
        assert conn is not None
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception:
                self._status(False)
                self._stop.wait(LISTEN_RETRY_S[min(failures, len(LISTEN_RETRY_S) - 1)])
                failures += 1
                continue
            with self._lock:
                if self._stop.is_set():
                    conn.close()
                    return
                self._conn = conn
            failures = 0
            self.connects += 1
            accounts_feed_live(self._db, True)
            self._status(True)
            try:
                while not self._stop.is_set():
                    for note in conn.notifies(timeout=1.0):
                        topic, _, counter = note.payload.partition(":")
                        found = _BY_VALUE.get(topic)
                        if found is not None and counter.isdigit():
                            if found is ChangeTopic.ACCOUNTS:  # before the desk hears of it
                                accounts_version_heard(self._db, int(counter))
                            self._on_change(found, int(counter))
                    if conn.closed:
                        break
            except Exception:  # the server went away or the connection was dropped
                pass
            self.drop_connection()
            accounts_feed_live(self._db, False)
            if not self._stop.is_set():
                self._status(False)
                self._stop.wait(LISTEN_RETRY_S[0])

    def _status(self, ok: bool) -> None:
        with contextlib.suppress(Exception):
            self._on_status(ok)


def can_listen(db: Database) -> bool:
    return db.engine.dialect.name == "postgresql"
