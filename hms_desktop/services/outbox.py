"""The outbound e-mail queue: writers add messages inside their own unit of work, a sender delivers them.

Queuing in the same transaction as the booking means a message exists exactly when the booking does;
delivery happens later (``hms_desktop.services.mailer``) so a dead mail server never blocks the desk.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import EmailOutbox
from hms_desktop.domain.enums import OutboxStatus
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.outbox_types import OutboxMessage

__all__ = ["OutboxService", "queue_email"]


def queue_email(
    session: Session,
    to: str,
    subject: str,
    body: str,
    ref_entity: str | None = None,
    ref_id: int | None = None,
) -> EmailOutbox:
    """Add a pending message to the caller's unit of work (it commits or rolls back with the caller)."""
    msg = EmailOutbox(
        to_addr=to.strip()[:254],
        subject=subject[:200],
        body=body,
        status=OutboxStatus.PENDING.value,
        attempts=0,
        next_try_at=utcnow(),
        ref_entity=ref_entity,
        ref_id=ref_id,
    )
    session.add(msg)
    return msg


def _message(m: EmailOutbox) -> OutboxMessage:
    return OutboxMessage(
        m.id,
        m.created_at,
        m.to_addr,
        m.subject,
        m.status,
        m.attempts,
        m.last_error,
        m.next_try_at,
        m.sent_at,
        m.ref_entity,
        m.ref_id,
    )


class OutboxService:
    """What is pending, sent or failed, and sending a failed message again (admin screens)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @read_retry
    def list(self, actor: Actor, status: str | None = None, limit: int = 200) -> list[OutboxMessage]:
        require(self._db, actor, Action.SETTINGS_MANAGE)
        if status is not None and status not in tuple(OutboxStatus):
            raise ValidationError({"status": "Choose pending, sent or failed."})
        with self._db.read() as s:
            q = select(EmailOutbox).order_by(EmailOutbox.id.desc()).limit(max(1, min(limit, 1000)))
            if status is not None:
                q = q.where(EmailOutbox.status == status)
            return [_message(m) for m in s.scalars(q)]

    def retry(self, actor: Actor, id: int) -> OutboxMessage:
        """Put a failed (or pending) message back at the front of the queue with fresh attempts."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "email_outbox", id)
        with self._db.write() as s:
            m = s.get(EmailOutbox, id, with_for_update=True)
            if m is None:
                raise NotFound("That message no longer exists.")
            if m.status == OutboxStatus.SENT.value:
                raise ValidationError({"status": "This message has already been sent."})
            m.status = OutboxStatus.PENDING.value
            m.attempts = 0
            m.next_try_at = utcnow()
            audit.record(s, actor, "outbox.retry", "email_outbox", id)
            s.flush()
            return _message(m)
