"""Cross-cutting records: the append-only audit trail and the outbound e-mail queue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.db.models._common import created, one_of, pk
from hms_desktop.domain.enums import AuditOutcome, OutboxStatus


class AuditLog(Base):
    """Who did what to which record, when, and whether it was allowed. Never updated or deleted."""

    __tablename__ = "audit_log"
    __table_args__ = (
        one_of("outcome", tuple(o.value for o in AuditOutcome), "outcome"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
    )

    id: Mapped[int] = pk()
    occurred_at: Mapped[dt.datetime] = created()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    username: Mapped[str | None] = mapped_column(Str(60))
    action: Mapped[str] = mapped_column(Str(60))
    entity: Mapped[str | None] = mapped_column(Str(40))
    entity_id: Mapped[str | None] = mapped_column(Str(40))
    outcome: Mapped[str] = mapped_column(Str(8), default=AuditOutcome.OK.value)
    workstation: Mapped[str | None] = mapped_column(Str(100))
    # JSON of what changed: written once, shown, never searched or compared
    details: Mapped[str | None] = mapped_column(Text)


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
