"""Change topics (services/changes.py): counters move at commit, once per topic; what a write changed is
collected on its thread; every counter is read in one query; and the queue's locks come in one order
(the token lock, a doctor's calling lock, then entries, then the counters at commit) with no write
waiting for a lock it does not need: a triage does not queue behind a walk-in or a doctor's call."""

from __future__ import annotations

import multiprocessing as mp
import time
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, select

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import ChangeCounter
from hms_desktop.db.profiles import Backend
from hms_desktop.errors import ValidationError
from hms_desktop.services.changes import ChangeTopic, collecting, lock_tokens, mark
from hms_desktop.services.container import build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.queue_types import TriageInput
from tests.unit.queue_clinic import QueueClinic, build_clinic


def counters(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t: int(c) for t, c in s.execute(select(ChangeCounter.topic, ChangeCounter.counter))}


def test_a_write_moves_each_marked_counter_once_at_commit_and_says_so(db: Database) -> None:
    before = counters(db)
    with collecting() as got, db.write() as s:
        mark(s, ChangeTopic.QUEUE)
        mark(s, ChangeTopic.QUEUE, ChangeTopic.BILLING)
        assert counters(db) == before  # nothing moves before the commit
    after = counters(db)
    assert after["queue"] == before.get("queue", 0) + 1
    assert after["billing"] == before.get("billing", 0) + 1
    assert got.topics == {ChangeTopic.QUEUE, ChangeTopic.BILLING}
    assert got.versions == {ChangeTopic.QUEUE: after["queue"], ChangeTopic.BILLING: after["billing"]}


def test_a_rolled_back_write_changes_nothing_and_reports_nothing(db: Database) -> None:
    before = counters(db)
    with collecting() as got, pytest.raises(ValidationError), db.write() as s:
        lock_tokens(s)
        mark(s, ChangeTopic.QUEUE)
        raise ValidationError({"x": "no"})
    assert counters(db) == before and not got
    with collecting() as got, db.write() as s:  # the next unit of work starts clean
        lock_tokens(s)
    assert counters(db).get("queue", 0) == before.get("queue", 0)  # a lock alone moves nothing
    assert not got


def test_collecting_is_per_thread_and_nests(db: Database) -> None:
    import threading

    with collecting() as outer:
        with collecting() as inner, db.write() as s:
            mark(s, ChangeTopic.APPOINTMENTS)
        seen: list[bool] = []

        def other_thread() -> None:
            with db.write() as s2:
                mark(s2, ChangeTopic.TRIAGE_RULES)
            seen.append(True)

        t = threading.Thread(target=other_thread)
        t.start()
        t.join()
    assert seen and inner.topics == {ChangeTopic.APPOINTMENTS}
    assert outer.topics == {ChangeTopic.APPOINTMENTS}  # the other thread's write is not ours


def test_versions_reads_every_counter_in_one_query(db: Database) -> None:
    c = build_clinic(db)
    c.walk_in("Asha")
    statements: list[str] = []

    def count(_conn: Any, _cur: Any, statement: str, *_a: Any) -> None:
        statements.append(statement)

    c.sv.changes.versions(c.nurse)  # the first poll tells the accounts' status version...
    c.sv.changes.versions(c.nurse)  # ...and the account status is read once under it
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        got = c.sv.changes.versions(c.nurse)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    queries = [s for s in statements if s.strip().upper() != "BEGIN"]  # SQLite's own BEGIN
    assert len(queries) == 1 and "change_counter" in queries[0]
    assert got[ChangeTopic.QUEUE] == counters(db)["queue"] >= 1


def test_queue_writes_report_their_topics(db: Database) -> None:
    c = build_clinic(db)
    with collecting() as got:
        entry = c.walk_in("Asha", "fever")
    assert got.topics == {ChangeTopic.QUEUE, ChangeTopic.PATIENTS}  # a walk-in registers a patient
    with collecting() as got:
        c.sv.triage.record(c.nurse, entry, TriageInput(chief_complaint="fever", level="green"))
    assert got.topics == {ChangeTopic.QUEUE}
    with collecting() as got:
        assert c.sv.queue.call_next(c.gp) is not None
    assert got.topics == {ChangeTopic.QUEUE}
    with collecting() as got:  # nobody waiting: nothing changed, no desk needs to refresh
        assert c.sv.queue.call_next(c.gp2) is None
    assert not got


# --- the lock order, across processes (PostgreSQL: SQLite serialises writers with BEGIN IMMEDIATE) --


def _desk(profile: Any, password: str | None, what: str, actor: Actor, entry_id: int, doctor_id: int) -> str:
    db = Database(make_engine(profile, password), profile)
    sv = build_services(db)
    try:
        if what == "assign":
            sv.queue.assign(actor, entry_id, doctor_id)
        elif what == "triage":
            sv.triage.record(actor, entry_id, TriageInput(chief_complaint="chest pain", level="orange"))
        elif what == "left":
            sv.queue.mark_left(actor, entry_id, "went home")
        elif what == "call":
            sv.queue.call(actor, entry_id)
        return "ok"
    except Exception as exc:  # an HmsError may not unpickle in the parent: send it as text
        return f"{type(exc).__name__}: {exc}"
    finally:
        db.dispose()


def _dsn(db: Database) -> str:
    url = db.engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def _waiting_on_lock(admin: Any, pid: int) -> bool:
    row = admin.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> %s "
        "AND wait_event_type = 'Lock'",
        (pid,),
    ).fetchone()
    return bool(row and row[0])


def _lock_token_and_doctor(desk_t: Any, doctor_id: int) -> None:
    """Desk T in the middle of a walk-in (the token lock) and of a doctor's call (the doctor's lock)."""
    desk_t.execute("SELECT counter FROM change_counter WHERE topic = 'queue_tokens' FOR UPDATE")
    desk_t.execute("SELECT id FROM doctor WHERE id = %s FOR NO KEY UPDATE", (doctor_id,))


@pytest.mark.parametrize("what", ["assign", "triage", "left"])
def test_a_queue_write_that_hands_out_no_token_waits_for_no_walk_in_and_no_call(
    db: Database, what: str
) -> None:
    """Issue 18: with one queue lock taken first by every queue write, 40 desks queued behind each
    other (call next p95 10 s). Now desk T holds the token lock and the doctor's calling lock (a walk-in
    and a call under way) and desk W, in another process, assigns, triages or ends the same doctor's
    patient: W finishes while T still holds both, because it needs only the entry's row lock (the
    key-share lock of the patient's doctor does not conflict with the calling lock)."""
    if db.backend is not Backend.POSTGRESQL:
        pytest.skip("row locks between desks: PostgreSQL (SQLite serialises writers whole)")
    c: QueueClinic = build_clinic(db)
    entry = c.walk_in("Meera", "fever")
    gp = c.gp.doctor_id or 0
    actor = {"assign": c.desk, "triage": c.nurse, "left": c.desk}[what]
    # on the locked doctor's list, or (assign) moved onto it from another doctor's
    c.sv.queue.assign(c.desk, entry, (c.gp2.doctor_id or 0) if what == "assign" else gp)
    profile, password = db.profile, db.engine.url.password
    with psycopg.connect(_dsn(db)) as desk_t:
        _lock_token_and_doctor(desk_t, gp)
        ctx = mp.get_context("spawn")
        with ctx.Pool(1) as pool:
            result = pool.apply_async(_desk, (profile, password, what, actor, entry, gp)).get(timeout=60)
        assert result == "ok", result
        desk_t.rollback()


def test_a_call_waits_for_its_doctors_lock_before_locking_the_entry(db: Database) -> None:
    """Desk T holds the doctor's calling lock and then wants the patient's entry; desk W calls that
    patient for the same doctor. W must wait for the doctor's lock *without* holding the entry, or T's
    lock on the entry would close a cycle (a deadlock between desks)."""
    if db.backend is not Backend.POSTGRESQL:
        pytest.skip("row locks between desks: PostgreSQL (SQLite serialises writers whole)")
    c: QueueClinic = build_clinic(db)
    entry = c.walk_in("Meera", "fever")
    gp = c.gp.doctor_id or 0
    c.sv.queue.assign(c.desk, entry, gp)
    profile, password = db.profile, db.engine.url.password
    with psycopg.connect(_dsn(db)) as desk_t, psycopg.connect(_dsn(db), autocommit=True) as watch:
        desk_t.execute("SELECT id FROM doctor WHERE id = %s FOR NO KEY UPDATE", (gp,))
        ctx = mp.get_context("spawn")
        with ctx.Pool(1) as pool:
            pending = pool.apply_async(_desk, (profile, password, "call", c.gp, entry, gp))
            deadline = time.monotonic() + 60
            while not _waiting_on_lock(watch, desk_t.info.backend_pid):
                assert not pending.ready(), f"desk W did not wait for the doctor's lock: {pending.get()}"
                assert time.monotonic() < deadline, "desk W never reached its write"
                time.sleep(0.05)
            try:
                desk_t.execute("SELECT id FROM queue_entry WHERE id = %s FOR UPDATE NOWAIT", (entry,))
            except psycopg.errors.LockNotAvailable:
                pytest.fail("call locked the queue entry before the doctor's lock: desks can deadlock")
            desk_t.commit()
            assert pending.get(timeout=60) == "ok"


# --- PostgreSQL: LISTEN/NOTIFY from the writing transaction ----------------------------------------


def test_the_listener_hears_a_commit_and_resubscribes_after_its_connection_is_killed(db: Database) -> None:
    if db.backend is not Backend.POSTGRESQL:
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    import queue as q

    c = build_clinic(db)
    heard: q.Queue[tuple[ChangeTopic, int]] = q.Queue()
    status: q.Queue[bool] = q.Queue()
    assert c.sv.changes.can_listen
    listener = c.sv.changes.listen(c.nurse, lambda t, n: heard.put((t, n)), status.put).start()
    try:
        assert status.get(timeout=10) is True
        with db.write() as s:  # inside the transaction nothing is sent yet
            mark(s, ChangeTopic.BILLING)
            with pytest.raises(q.Empty):
                heard.get(timeout=0.3)
        topic, counter = heard.get(timeout=2)
        assert (topic, counter) == (ChangeTopic.BILLING, counters(db)["billing"])
        with pytest.raises(ValidationError), db.write() as s:  # rolled back: never announced
            mark(s, ChangeTopic.QUEUE)
            raise ValidationError({"x": "no"})
        with pytest.raises(q.Empty):
            heard.get(timeout=0.3)
        pid = listener.backend_pid()
        assert pid is not None
        with psycopg.connect(_dsn(db), autocommit=True) as admin:  # the outage: the server drops it
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert status.get(timeout=10) is False
        assert status.get(timeout=10) is True  # back, subscribed again on a new connection
        assert listener.connects == 2 and listener.backend_pid() not in (None, pid)
        c.walk_in("Ravi", "cough")  # a walk-in announces the new patient and the queue
        assert {heard.get(timeout=2)[0], heard.get(timeout=2)[0]} == {ChangeTopic.PATIENTS, ChangeTopic.QUEUE}
    finally:
        listener.stop()
