"""The append-only audit trail: every service write and every denied action leaves a row.

Rows are chained (``domain.audit_chain``): ``record()`` only queues the row on the unit of work, and
when that unit commits, ``_seal`` takes the chain head row FOR UPDATE, reads the database server's
clock, numbers and digests the queued rows after the current head, inserts them and moves the head,
all inside the same transaction as the change. The head is the *last* lock a unit of work takes
(after the business rows, the document series and the change counter), so it cannot deadlock with
them, and it is held only for the moment of the commit; concurrent desks queue on it and append in
commit order, so the chain cannot fork.

Rows must not be added in a savepoint that may roll back (nothing does today): the queue lives on
the session, not on the savepoint.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, insert, select, update
from sqlalchemy.orm import Session

from hms_desktop.db.clock import utc_now
from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditHead, AuditLog
from hms_desktop.db.models.admin import patient_of
from hms_desktop.domain.audit_chain import ChainFields, row_digest, stored_text
from hms_desktop.domain.enums import AuditOutcome
from hms_desktop.errors import HmsError
from hms_desktop.services.context import Actor


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str | None = None,
    entity_id: object = None,
    details: Mapping[str, Any] | None = None,
    outcome: AuditOutcome = AuditOutcome.OK,
) -> None:
    """Add an audit row to the caller's unit of work (it commits or rolls back with the change).

    The row is numbered, stamped with the server's clock and chained when the unit commits.
    """
    text = json.dumps(_jsonable(details), ensure_ascii=False, sort_keys=True) if details else None
    row = AuditLog(
        user_id=actor.user_id,
        username=stored_text(actor.username),
        action=stored_text(action),
        entity=stored_text(entity),
        entity_id=None if entity_id is None else stored_text(str(entity_id)),
        outcome=outcome.value,
        workstation=stored_text(actor.workstation[:100]),
        details=text or None,
    )
    session.info.setdefault(_PENDING, []).append(row)


_PENDING = "hms_audit_pending"


@event.listens_for(Session, "before_commit")
def _seal(session: Session) -> None:
    """Chain and insert the unit's queued audit rows, just before it commits (see the module doc).

    The head is held from its SELECT ... FOR UPDATE to the COMMIT, and every round trip in between is
    time the other desks wait (on a loaded machine, a desk process waits for a CPU before each one):
    so the head and the server's clock come in one statement, and on PostgreSQL the rows and the new
    head go in one more (a data-modifying WITH). The clock is read once the lock is held: a statement
    that waited for the head re-reads the row the holder updated, and its select list with it
    (PostgreSQL's EvalPlanQual, Oracle's restart), so the chain's times never run backwards.
    """
    pending: list[AuditLog] = session.info.pop(_PENDING, [])
    if not pending:
        return
    session.flush()  # the business rows first: the head is the last lock
    conn = session.connection()
    head = conn.execute(_HEAD).one_or_none()
    if head is None:
        raise HmsError(
            "The audit trail's chain head is missing, so nothing can be recorded. Tell the database "
            "administrator (run `hms-desktop-admin audit verify`)."
        )
    seq, previous, now = int(head[0]), str(head[1]), head[2]
    if not isinstance(now, dt.datetime):
        raise RuntimeError(f"the database returned {now!r} for the current time")
    rows: list[dict[str, Any]] = []
    for row in pending:
        seq += 1
        row.seq_no, row.occurred_at = seq, now
        row.row_sha256 = previous = row_digest(chain_fields(row), previous)
        rows.append(_values(row))
    if conn.dialect.name == "postgresql":
        # one round trip: WITH moved AS (UPDATE audit_head ...) INSERT INTO audit_log ... VALUES (...), (...)
        moved = {"head_seq": seq, "head_sha": previous}
        if len(rows) == 1:  # nearly every unit: the statement built once
            conn.execute(_PG_ONE, rows[0] | moved)
        else:  # the rows as one multi-VALUES insert behind the same moved head
            conn.execute(_PG_ONE.values(rows), moved)
    else:  # Core statements built once (the ORM's bulk path costs more than SQLite's round trip)
        conn.execute(_HEAD_MOVES, {"head_seq": seq, "head_sha": previous})
        conn.execute(_INSERT_LOG, rows)


_LOG = cast(Table, AuditLog.__table__)
_HEAD = (
    select(AuditHead.last_seq, AuditHead.last_sha256, utc_now()).where(AuditHead.id == 1).with_for_update()
)
_HEAD_MOVES = (
    update(AuditHead)
    .where(AuditHead.id == 1)
    .values(last_seq=bindparam("head_seq"), last_sha256=bindparam("head_sha"))
)
_INSERT_LOG = insert(_LOG)
_PG_ONE = (
    insert(_LOG)
    .add_cte(_HEAD_MOVES.returning(AuditHead.id).cte("moved"))
    .execution_options(hms_oracle_lint=False)  # PostgreSQL's statement; Oracle runs the two above
)


def _values(row: AuditLog) -> dict[str, Any]:
    """The row's columns for a Core INSERT (the ORM's before_insert hook does not run for one)."""
    values = {
        column.key: getattr(row, column.key) for column in AuditLog.__table__.columns if column.key != "id"
    }
    if values.get("patient_id") is None:
        values["patient_id"] = patient_of(row.entity, row.entity_id, row.details)
    if values.get("outcome") is None:
        values["outcome"] = AuditOutcome.OK.value
    return values


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


def chain_fields(row: AuditLog) -> ChainFields:
    return ChainFields(
        row.seq_no,
        row.occurred_at,
        row.user_id,
        row.username,
        row.action,
        row.entity,
        row.entity_id,
        row.outcome,
        row.workstation,
        row.details,
    )


def record_separately(
    db: Database,
    actor: Actor,
    action: str,
    outcome: AuditOutcome,
    entity: str | None = None,
    entity_id: object = None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Write an audit row in its own transaction: for denials and failures whose unit rolls back."""
    with db.write() as session:
        record(session, actor, action, entity, entity_id, details, outcome)


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for the fields that differ."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
