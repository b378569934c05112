"""Cross-cutting records: the append-only audit trail and the outbound e-mail queue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.db.models._common import created, one_of, pk
from hms_desktop.domain.enums import AuditOutcome, OutboxStatus


class AuditLog(Base):
    """Who did what to which record, when, and whether it was allowed. Never updated or deleted
    (triggers refuse it, migration 0007).

    Rows form a hash chain: ``seq_no`` counts 1, 2, 3 ... without gaps and ``row_sha256`` covers the
    row's content and the previous row's digest (``hms_desktop.domain.audit_chain``), so a deleted row
    leaves a gap and a rewritten row breaks its own digest or the next one. ``occurred_at`` is the
    database server's clock, not the desk's. Rows are written only by ``services.audit.record``.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        one_of("outcome", tuple(o.value for o in AuditOutcome), "outcome"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_occurred_at", "occurred_at"),
        Index("ix_audit_log_patient", "patient_id", "id"),
    )

    id: Mapped[int] = pk()
    seq_no: Mapped[int] = mapped_column(Integer, unique=True)
    row_sha256: Mapped[str] = mapped_column(Str(64))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    username: Mapped[str | None] = mapped_column(Str(60))
    action: Mapped[str] = mapped_column(Str(60))
    entity: Mapped[str | None] = mapped_column(Str(40))
    entity_id: Mapped[str | None] = mapped_column(Str(40))
    outcome: Mapped[str] = mapped_column(Str(8), default=AuditOutcome.OK.value)
    workstation: Mapped[str | None] = mapped_column(Str(100))
    # JSON of what changed: written once, shown, never searched or compared
    details: Mapped[str | None] = mapped_column(Text)
    # migration 0011: the patient the row is about (for the patient's access log), when there is one;
    # derived from entity/details by ``services.audit.record`` (the details it comes from are chained)
    patient_id: Mapped[int | None] = mapped_column(Integer)


class AuditHead(Base):
    """The one row that says where the audit chain ends (last sequence number and digest).

    Taken FOR UPDATE as the last lock of every writing unit of work, so concurrent desks append to
    one chain in commit order and cannot fork it. A trigger lets ``last_seq`` only grow and refuses
    DELETE; verification still recomputes everything from the rows, the head only reveals rows cut
    off the end of the chain.
    """

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_sha256: Mapped[str] = mapped_column(Str(64))


class EmailOutbox(Base):
    __tablename__ = "email_outbox"
    __table_args__ = (
        one_of("status", tuple(s.value for s in OutboxStatus), "status"),
        Index("ix_email_outbox_due", "status", "next_try_at"),
    )

    id: Mapped[int] = pk()
    created_at: Mapped[dt.datetime] = created()
    to_addr: Mapped[str] = mapped_column(Str(254))
    subject: Mapped[str] = mapped_column(Str(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Str(8), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Str(1000))
    next_try_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    ref_entity: Mapped[str | None] = mapped_column(Str(40))
    ref_id: Mapped[int | None] = mapped_column(Integer)
