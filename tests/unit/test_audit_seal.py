"""The audit seal holds the chain head for as few round trips as it can (issue 18: the head was the
load test's convoy). The head and the server's clock come in one statement; on PostgreSQL the rows
and the moved head in one more; the chain still verifies, its times never run backwards, and a
process that waits for the head stamps its rows after the one that held it."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from typing import Any

from sqlalchemy import event, select

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import AuditHead, AuditLog
from hms_desktop.db.models.admin import patient_of
from hms_desktop.db.profiles import Profile
from hms_desktop.domain.enums import AuditOutcome, Role
from hms_desktop.services import audit
from hms_desktop.services.audit_verify import check_chain
from hms_desktop.services.context import Actor

ACTOR = Actor(None, "system", "Test", Role.ADMIN, workstation="test")


def _statements_of_commit(db: Database, rows: int) -> list[str]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(" ".join(statement.split()))

    with db.write() as s:
        for n in range(rows):
            audit.record(s, ACTOR, "test.seal", "patient", 40 + n, {"n": n})
        s.flush()
        event.listen(db.engine, "before_cursor_execute", note)
    event.remove(db.engine, "before_cursor_execute", note)
    return [x for x in seen if not x.upper().startswith(("COMMIT", "RELEASE", "SAVEPOINT"))]


def test_the_head_is_held_for_two_statements_on_a_server_three_on_sqlite(db: Database) -> None:
    statements = _statements_of_commit(db, rows=3)
    seal = [x for x in statements if "audit_head" in x or "audit_log" in x]
    assert "FOR UPDATE" in seal[0] or db.engine.dialect.name == "sqlite"
    assert "audit_head" in seal[0] and ("clock_timestamp" in seal[0] or "strftime" in seal[0])
    if db.engine.dialect.name == "postgresql":
        assert len(seal) == 2
        assert seal[1].startswith("WITH moved AS (UPDATE audit_head") and "INSERT INTO audit_log" in seal[1]
    else:
        assert len(seal) == 3  # the lock and clock, the head, the rows (executemany)
    with db.read() as s:
        count, _head, broken = check_chain(s)
        logged = s.execute(select(AuditLog.seq_no, AuditLog.patient_id).order_by(AuditLog.seq_no)).all()
        last = s.execute(select(AuditHead.last_seq)).scalar_one()
    assert broken is None and count == len(logged) == last == 3
    # the access log's index is filled as the ORM's hook filled it
    assert (
        [p for _, p in logged] == [patient_of("patient", str(40 + n), None) for n in range(3)] == [40, 41, 42]
    )


def _writer(profile: Profile, password: str | None, n: int) -> None:
    db = Database(make_engine(profile, password), profile)
    try:
        for i in range(n):
            with db.write() as s:
                audit.record(s, ACTOR, "test.race", "patient", i, None, AuditOutcome.OK)
    finally:
        db.dispose()


def test_desks_racing_for_the_head_keep_one_chain_in_time_order(db: Database) -> None:
    context = multiprocessing.get_context("spawn")
    args = (db.profile, db.engine.url.password, 15)
    procs = [context.Process(target=_writer, args=args) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with db.read() as s:
        count, _head, broken = check_chain(s)
        stamps = s.execute(select(AuditLog.occurred_at).order_by(AuditLog.seq_no)).scalars().all()
    assert broken is None and count == 60
    assert all(isinstance(t, dt.datetime) for t in stamps)
    assert stamps == sorted(stamps)  # the clock was read with the head held: never backwards
