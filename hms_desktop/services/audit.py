"""The append-only audit trail: every service write and every denied action leaves a row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog
from hms_desktop.domain.enums import AuditOutcome
from hms_desktop.domain.permissions import Action
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
    """Add an audit row to the caller's unit of work (it commits or rolls back with the change)."""
    session.add(
        AuditLog(
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            outcome=outcome.value,
            workstation=actor.workstation[:100],
            details=json.dumps(_jsonable(details), ensure_ascii=False, sort_keys=True) if details else None,
        )
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


@dataclasses.dataclass(frozen=True)
class AuditEntry:
    id: int
    occurred_at: dt.datetime
    username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    outcome: str
    workstation: str | None
    details: str | None


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def recent(self, actor: Actor, limit: int = 200, before_id: int | None = None) -> list[AuditEntry]:
        from hms_desktop.services.guard import require

        require(self._db, actor, Action.AUDIT_VIEW)
        with self._db.read() as s:
            q = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
            if before_id is not None:
                q = q.where(AuditLog.id < before_id)
            return [
                AuditEntry(
                    a.id,
                    a.occurred_at,
                    a.username,
                    a.action,
                    a.entity,
                    a.entity_id,
                    a.outcome,
                    a.workstation,
                    a.details,
                )
                for a in s.scalars(q)
            ]
