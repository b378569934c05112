"""Reading the audit trail: filtered keyset pages, the changes in words, CSV export, a patient's
access log.

Pages are keyset pages on the primary key, newest first (``id < last id seen``), so the millionth row
costs what the first did; each filter is a column with an index (``occurred_at``, ``user_id``,
``entity``, ``patient_id``) or a prefix of ``action``. Only administrators read the whole trail
(``AUDIT_VIEW``); a patient's access log is also open to that patient's own doctors. Reading is
itself not audited here except the access log and exports, which say who looked.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, Patient, StaffUser
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import Role
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import NotFound, PermissionDenied, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.audit_reader_types import (
    ACTION_WORDS,
    COUNT_CAP,
    EXPORT_BATCH,
    PAGE,
    AuditEntry,
    AuditFilter,
    AuditRow,
)
from hms_desktop.services.clinical_access import clinical_relationship
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import check_account, read_retry, require

__all__ = ["AuditReader", "AuditService", "describe_changes", "summary_of"]


def _words(value: Any) -> str:
    if value is None or value == "":
        return "blank"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe_changes(details: str | None) -> str:
    """The stored details in words: 'price: 300.00 → 350.00; name: ...' or 'key: value; ...'."""
    if not details:
        return ""
    try:
        data = json.loads(details)
    except ValueError:
        return details[:300]
    if not isinstance(data, dict):
        return _words(data)
    out: list[str] = []
    changes = data.get("changes")
    if isinstance(changes, dict):
        for field, pair in changes.items():
            if isinstance(pair, list) and len(pair) == 2:
                out.append(f"{field}: {_words(pair[0])} → {_words(pair[1])}")
            else:
                out.append(f"{field}: {_words(pair)}")
    for key, value in data.items():
        if key != "changes":
            out.append(f"{key}: {_words(value)}")
    return "; ".join(out)


# the columns a page reads: plain rows, no ORM identity map (a page is 200 rows a scroll)
_COLS = (
    AuditLog.id,
    AuditLog.seq_no,
    AuditLog.occurred_at,
    AuditLog.username,
    AuditLog.action,
    AuditLog.entity,
    AuditLog.entity_id,
    AuditLog.outcome,
    AuditLog.workstation,
    AuditLog.patient_id,
    AuditLog.details,
)


def summary_of(row: Any) -> str:
    who = row.username or "system"
    what = ACTION_WORDS.get(row.action, row.action)
    target = f" ({row.entity} {row.entity_id})" if row.entity and row.entity_id else ""
    outcome = "" if row.outcome == "ok" else f" — {row.outcome.upper()}"
    return f"{who} {what}{target}{outcome}"


class AuditReader:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    # --- filters -------------------------------------------------------------------------------

    def _query(self, s: Session, f: AuditFilter) -> Select[*tuple[Any, ...]]:
        _check_filter(f)
        q: Select[*tuple[Any, ...]] = select(*_COLS)
        if f.since is not None:
            q = q.where(AuditLog.occurred_at >= self.clock.day_bounds(f.since)[0])
        if f.until is not None:
            q = q.where(AuditLog.occurred_at < self.clock.day_bounds(f.until)[1])
        if f.since and f.until and f.until < f.since:
            raise ValidationError({"until": "The end date is before the start date."})
        if f.username:
            name = f.username.strip().lower()
            user_id = s.scalar(select(StaffUser.id).where(StaffUser.username == name))
            q = (
                q.where(AuditLog.user_id == user_id)
                if user_id is not None
                else q.where(AuditLog.username == name)
            )
        if f.action:
            action = f.action.strip().lower()
            if action.endswith(("*", ".")):
                prefix = action.rstrip("*")
                q = q.where(AuditLog.action >= prefix, AuditLog.action < prefix + "\uffff")
            else:
                q = q.where(AuditLog.action == action)
        if f.entity:
            q = q.where(AuditLog.entity == f.entity.strip().lower())
        if f.outcome:
            q = q.where(AuditLog.outcome == f.outcome.strip().lower())
        if f.patient_mrn:
            mrn = f.patient_mrn.strip().upper()
            patient_id = s.scalar(select(Patient.id).where(Patient.mrn == mrn))
            if patient_id is None:
                raise ValidationError({"patient": f"There is no patient with MRN {mrn}."})
            q = q.where(AuditLog.patient_id == patient_id)
        return q

    def _row(self, a: Any) -> AuditRow:
        at = a.occurred_at if a.occurred_at.tzinfo else a.occurred_at.replace(tzinfo=dt.UTC)
        return AuditRow(
            a.id,
            a.seq_no,
            at,
            at.astimezone(self.clock.zone).strftime("%d %b %Y %H:%M:%S"),
            a.username,
            a.action,
            a.entity,
            a.entity_id,
            a.outcome,
            a.workstation,
            a.patient_id,
            summary_of(a),
            describe_changes(a.details),
            a.details,
        )

    # --- reading -------------------------------------------------------------------------------

    @read_retry
    def page(
        self, actor: Actor, f: AuditFilter, after_id: int | None = None, limit: int = PAGE
    ) -> list[AuditRow]:
        """The next ``limit`` rows matching ``f``, newest first, after the row ``after_id``."""
        require(self._db, actor, Action.AUDIT_VIEW, "audit_log")
        with self._db.read() as s:
            q = self._query(s, f).order_by(AuditLog.id.desc()).limit(max(1, min(limit, 5000)))
            if after_id is not None:
                q = q.where(AuditLog.id < after_id)
            return [self._row(a) for a in s.execute(q)]

    @read_retry
    def count(self, actor: Actor, f: AuditFilter, cap: int = COUNT_CAP) -> tuple[int, bool]:
        """(matching rows up to ``cap``, whether there are more than ``cap``)."""
        require(self._db, actor, Action.AUDIT_VIEW, "audit_log")
        with self._db.read() as s:
            sub = self._query(s, f).with_only_columns(AuditLog.id).limit(cap + 1).subquery()
            n = int(s.scalar(select(func.count()).select_from(sub)) or 0)
        return min(n, cap), n > cap

    def iter_rows(self, actor: Actor, f: AuditFilter) -> Iterator[AuditRow]:
        after: int | None = None
        while True:
            rows = self.page(actor, f, after, EXPORT_BATCH)
            yield from rows
            if len(rows) < EXPORT_BATCH:
                return
            after = rows[-1].id

    def export_csv(self, actor: Actor, f: AuditFilter, path: str | Path) -> int:
        """Write the filtered rows to a CSV (UTF-8 with BOM, which Excel opens); returns the count.
        The export itself is audited with its filter."""
        require(self._db, actor, Action.AUDIT_VIEW, "audit_log")
        target = Path(path)
        n = 0
        tmp = target.with_name(target.name + ".part")
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(
                (
                    "seq",
                    "time (local)",
                    "time (UTC)",
                    "user",
                    "action",
                    "what",
                    "entity",
                    "entity id",
                    "outcome",
                    "workstation",
                    "changes",
                    "details",
                )
            )
            for r in self.iter_rows(actor, f):
                w.writerow(
                    (
                        r.seq_no,
                        r.local_time,
                        r.occurred_at.isoformat(),
                        r.username or "",
                        r.action,
                        r.summary,
                        r.entity or "",
                        r.entity_id or "",
                        r.outcome,
                        r.workstation or "",
                        r.changes,
                        r.details or "",
                    )
                )
                n += 1
        tmp.replace(target)
        with self._db.write() as s:
            audit.record(s, actor, "audit.export", "audit_log", None, {"filter": f.describe(), "rows": n})
        return n

    def access_log(
        self, actor: Actor, patient_id: int, after_id: int | None = None, limit: int = PAGE
    ) -> list[AuditRow]:
        """Every recorded access to a patient's record (views, changes, emergency access), newest
        first: for administrators and the patient's own doctors. Reading it is audited."""
        check_account(self._db, actor, "audit.access_log")  # before anything is read
        with self._db.read() as s:
            if s.get(Patient, patient_id) is None:
                raise NotFound(f"There is no patient {patient_id}.")
            own_doctor = actor.role is Role.DOCTOR and (
                clinical_relationship(s, actor, patient_id, self.clock.now()) is not None
            )
            if not allowed(actor.role, Action.AUDIT_VIEW) and not own_doctor:
                require(self._db, actor, Action.AUDIT_VIEW, "patient", patient_id)
                raise PermissionDenied("Only administrators and the patient's doctors see this.")
            q = (
                select(*_COLS)
                .where(AuditLog.patient_id == patient_id)
                .order_by(AuditLog.id.desc())
                .limit(max(1, min(limit, 5000)))
            )
            if after_id is not None:
                q = q.where(AuditLog.id < after_id)
            rows = [self._row(a) for a in s.execute(q)]
        if after_id is None:
            with self._db.write() as s:
                audit.record(s, actor, "audit.access_log", "patient", patient_id, {"patient_id": patient_id})
        return rows


# --- the newest rows, unfiltered (the container's ``audit`` service) ------------------------------


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def recent(self, actor: Actor, limit: int = 200, before_id: int | None = None) -> list[AuditEntry]:
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


def _check_filter(f: AuditFilter) -> None:
    """Dates that are dates and text that is text (a NUL or a number through the API is refused at its
    field, not a TypeError deep in the query)."""
    errors: dict[str, str] = {}
    for name in ("since", "until"):
        value = getattr(f, name)
        if value is not None and not isinstance(value, dt.date):
            errors[name] = "Choose a date."
    for name in ("username", "action", "entity", "patient_mrn", "outcome"):
        clean_text(getattr(f, name), name, 120, errors)
    if errors:
        raise ValidationError(errors)
