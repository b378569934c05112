"""The e-mail outbox's DTO (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt


@dataclasses.dataclass(frozen=True)
class OutboxMessage:
    id: int
    created_at: dt.datetime
    to_addr: str
    subject: str
    status: str
    attempts: int
    last_error: str | None
    next_try_at: dt.datetime | None
    sent_at: dt.datetime | None
    ref_entity: str | None
    ref_id: int | None
