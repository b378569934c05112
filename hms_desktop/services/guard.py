"""Permission checks and the read retry shared by every service (``Database`` maps driver errors)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from hms_desktop.db.engine import Database
from hms_desktop.domain.enums import AuditOutcome
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.errors import ConnectionLost, PermissionDenied
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


P = ParamSpec("P")
R = TypeVar("R")


def read_retry(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a read-only service call again, once, if the connection died under it.

    Pool pre-ping replaces connections that died while idle; this covers one that dies between
    checkout and the query (server restart, network blip). Only for methods that write nothing but
    audit rows of denials, so running them twice is harmless. Writes are never retried.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except ConnectionLost:
            return fn(*args, **kwargs)

    return wrapper
