"""Permission checks shared by every service (driver errors are mapped by ``Database`` itself)."""

from __future__ import annotations

from hms_desktop.db.engine import Database
from hms_desktop.domain.enums import AuditOutcome
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.errors import PermissionDenied
from hms_desktop.services.audit import record_separately
from hms_desktop.services.context import Actor


def require(
    db: Database, actor: Actor, action: Action, entity: str | None = None, entity_id: object = None
) -> None:
    """Raise PermissionDenied (and audit the attempt) unless the actor's role allows ``action``."""
    if allowed(actor.role, action):
        return
    record_separately(db, actor, action.value, AuditOutcome.DENIED, entity, entity_id)
    raise PermissionDenied(f"Your role ({actor.role.value}) may not do this: {action.value}.")
