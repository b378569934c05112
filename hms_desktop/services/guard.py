"""Permission checks and the read retry shared by every service (``Database`` maps driver errors)."""

from __future__ import annotations

import functools
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import event, select
from sqlalchemy.engine import Connection, Engine

from hms_desktop.db.engine import Database
from hms_desktop.db.models import StaffUser
from hms_desktop.domain.enums import AuditOutcome, UserStatus
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.errors import ConnectionLost, PermissionDenied, SessionEnded
from hms_desktop.services.audit import record_separately
from hms_desktop.services.context import Actor

# The account status a desk read is trusted while the accounts' status version (the ``accounts``
# change counter, bumped by every change of an account's status or role) has not moved. The change
# feed tells the version: pushed on PostgreSQL (LISTEN/NOTIFY, within milliseconds), else each poll of
# the counters. So a desk reads an account's row again only after some account changed, not per call.
# A process the feed does not reach (the CLI), or whose feed went quiet for FEED_QUIET_S, trusts what
# it read for ACCOUNT_STATUS_TTL_S instead. Within the process that made a change, at once
# (``forget_account``, and the ORM event below).
ACCOUNT_STATUS_TTL_S = 1.0
FEED_QUIET_S = 5.0  # a poll older than this no longer vouches for the status version


class _AccountStatus:
    """The status and role each signed-in account had when last read (with the status version then),
    and the status version as the change feed last told, per database."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[int, tuple[float, int | None, str, str]] = {}
        self._version: int | None = None  # None: no feed has spoken (or it broke off)
        self._heard_at = float("-inf")
        self._live = False  # a push listener is subscribed: its silence means nothing changed

    def version(self) -> int | None:
        """The status version to stamp on a row about to be read (taken before the read)."""
        with self._lock:
            return self._version

    def get(self, user_id: int, ttl: float) -> tuple[str, str] | None:
        now = time.monotonic()
        with self._lock:
            entry = self._seen.get(user_id)
            fed = self._version is not None and (self._live or now - self._heard_at <= FEED_QUIET_S)
            version = self._version
        if entry is None:
            return None
        read_at, read_version, status, role = entry
        if fed:  # read before the feed spoke (no version) or before a change: read it again
            return (status, role) if read_version == version else None
        return (status, role) if now - read_at <= ttl else None

    def put(self, user_id: int, status: str, role: str, version: int | None) -> None:
        with self._lock:
            self._seen[user_id] = (time.monotonic(), version, status, role)

    def forget(self, user_id: int | None = None) -> None:
        with self._lock:
            if user_id is None:
                self._seen.clear()
            else:
                self._seen.pop(user_id, None)

    def heard(self, version: int) -> None:
        with self._lock:
            self._version, self._heard_at = version, time.monotonic()

    def set_live(self, live: bool) -> None:
        with self._lock:
            self._live = live
            if not live:  # notifications sent while nobody listens are lost: trust the TTL again
                self._version = None  # until the counters are read (the desk does on resubscribing)


_STATUS: weakref.WeakKeyDictionary[Engine, _AccountStatus] = weakref.WeakKeyDictionary()
_STATUS_LOCK = threading.Lock()


def _status_for(engine: Engine) -> _AccountStatus:
    with _STATUS_LOCK:
        found = _STATUS.get(engine)
        if found is None:
            found = _STATUS[engine] = _AccountStatus()
        return found


def _status_of(db: Database) -> _AccountStatus:
    return _status_for(db.engine)


def forget_account(db: Database, user_id: int | None = None) -> None:
    """Make the next call of ``user_id`` (or of everybody) read the account again."""
    _status_of(db).forget(user_id)


def accounts_version_heard(db: Database, version: int) -> None:
    """The change feed read or was told the accounts' status version (``changes``)."""
    _status_of(db).heard(version)


def accounts_feed_live(db: Database, live: bool) -> None:
    """A push listener (PostgreSQL) subscribed (True) or lost its connection (False)."""
    _status_of(db).set_live(live)


@event.listens_for(StaffUser, "after_update")
def _account_changed(_mapper: Any, connection: Connection, target: StaffUser) -> None:
    """Any change to an account row (status, role, password) in this process: its next call re-reads."""
    _status_for(connection.engine).forget(target.id)


def check_account(db: Database, actor: Actor, action: str = "session.check") -> None:
    """Raise SessionEnded (audited) unless the actor's account is still active with the same role.

    The system actor (user_id None: first-run set-up, the CLI's own bootstrap) has no account row.
    """
    if actor.user_id is None:
        return
    cache = _status_of(db)
    seen = cache.get(actor.user_id, ACCOUNT_STATUS_TTL_S)
    if seen is None:
        version = cache.version()  # before the read: a change during it leaves the entry stale
        with db.read() as s:
            row = s.execute(
                select(StaffUser.status, StaffUser.role).where(StaffUser.id == actor.user_id)
            ).first()
        if row is None:
            seen = ("removed", actor.role.value)
        else:
            seen = (str(row.status), str(row.role))
            cache.put(actor.user_id, *seen, version)
    status, role = seen
    if status == UserStatus.ACTIVE.value and role == actor.role.value:
        return
    if status == UserStatus.DISABLED.value:
        message = "Your account has been disabled by an administrator, so this desk has signed you out."
    elif status == UserStatus.LOCKED.value:
        message = (
            "Your account is locked after too many failed sign-ins, so this desk has signed you out. "
            "An administrator can unlock it."
        )
    elif status == "removed":
        message = "Your account no longer exists, so this desk has signed you out."
    else:
        message = (
            f"Your role was changed (now {role}) since you signed in. Sign in again to continue "
            "with the new role."
        )
    record_separately(
        db, actor, action, AuditOutcome.DENIED, "staff_user", actor.user_id,
        {"reason": "session_ended", "status": status, "role": role},
    )  # fmt: skip
    raise SessionEnded(message)


def refuse(
    db: Database,
    actor: Actor,
    action: Action | str,
    message: str,
    entity: str | None = None,
    entity_id: object = None,
    *,
    in_transaction: bool = False,
) -> PermissionDenied:
    """The PermissionDenied to raise for a refusal decided in a service, audited.

    Outside a unit of work the denial is recorded at once; raised from inside ``db.write()`` it is
    recorded after that transaction rolled back (a denial written in the same transaction would be
    rolled back with it, and a second writer on SQLite would wait behind the first).
    """
    name = action.value if isinstance(action, Action) else action
    error = PermissionDenied(message)

    def audit() -> None:
        record_separately(db, actor, name, AuditOutcome.DENIED, entity, entity_id, {"reason": message})

    if in_transaction:
        error.after_rollback = audit  # type: ignore[attr-defined]  # run by Database.write
    else:
        audit()
    return error


def require(
    db: Database, actor: Actor, action: Action, entity: str | None = None, entity_id: object = None
) -> None:
    """Raise PermissionDenied (and audit the attempt) unless the actor's account is still active and
    its role allows ``action`` (SessionEnded when the account was disabled, locked or changed)."""
    check_account(db, actor, action.value)
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
    audit rows of denials and of views (``clinical.view``: a view run twice after a lost commit
    reply is at worst recorded twice, never lost), so running them twice is harmless. Writes that
    change records are never retried.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except ConnectionLost:
            return fn(*args, **kwargs)

    return wrapper
