"""The database server's clock, as one SQL expression compiled per backend.

Audit rows take their time from the server, not from the desk: a desk's clock can be wrong or set
back on purpose, the server's is the one the DBA keeps right (NTP) and the same for every desk.

- PostgreSQL: ``clock_timestamp()`` (the moment of the call, not the transaction's start, so rows
  sealed after waiting for the chain head are stamped in chain order), converted to UTC;
- Oracle: ``SYS_EXTRACT_UTC(SYSTIMESTAMP)`` (the server's clock in UTC, whatever the session's
  time zone);
- SQLite: the embedded database has no server; ``strftime('%Y-%m-%d %H:%M:%f', 'now')`` is the
  desk's own clock in UTC, with milliseconds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from hms_desktop.db.base import UtcDateTime

__all__ = ["server_utc_now", "utc_now"]


class utc_now(FunctionElement[dt.datetime]):  # noqa: N801 - reads like the SQL function it is
    """The server's current time in UTC, read back as an aware UTC datetime."""

    type = UtcDateTime()
    inherit_cache = True
    name = "utc_now"


@compiles(utc_now)
def _default(element: utc_now, compiler: Any, **kw: Any) -> str:
    return "CURRENT_TIMESTAMP"


@compiles(utc_now, "postgresql")
def _postgresql(element: utc_now, compiler: Any, **kw: Any) -> str:
    return "CAST(clock_timestamp() AT TIME ZONE 'UTC' AS TIMESTAMP)"


@compiles(utc_now, "oracle")
def _oracle(element: utc_now, compiler: Any, **kw: Any) -> str:
    return "SYS_EXTRACT_UTC(SYSTIMESTAMP)"


@compiles(utc_now, "sqlite")
def _sqlite(element: utc_now, compiler: Any, **kw: Any) -> str:
    return "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def server_utc_now(session: Session) -> dt.datetime:
    """The server's clock now (aware, UTC, whole microseconds)."""
    value = session.scalar(select(utc_now()))
    if not isinstance(value, dt.datetime):
        raise RuntimeError(f"the database returned {value!r} for the current time")
    return value
