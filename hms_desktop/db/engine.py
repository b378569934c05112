"""Engines per backend and the unit of work.

SQLite: WAL, foreign keys, busy timeout, and ``BEGIN IMMEDIATE`` for write units so two desks
writing at once queue on the busy timeout instead of failing on a lock upgrade.
Server backends: a small pool with pre-ping so a dead connection is replaced on checkout.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.errors import HmsError

SQLITE_BUSY_MS = 10_000


def make_engine(profile: Profile, password: str | None = None, *, echo: bool = False) -> Engine:
    url = profile.url(password)
    if profile.backend is Backend.SQLITE:
        engine = create_engine(
            url,
            echo=echo,
            poolclass=NullPool if profile.database in ("", ":memory:") else None,
            connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    kwargs: dict[str, Any] = {
        "echo": echo,
        "pool_size": 2,
        "max_overflow": 3,
        "pool_pre_ping": True,
        "pool_recycle": 1800,
    }
    if profile.backend is Backend.ORACLE:
        kwargs["connect_args"] = {"tcp_connect_timeout": 10, "expire_time": 2}
    else:
        kwargs["connect_args"] = {"connect_timeout": 10, "application_name": "hms-desktop"}
    return create_engine(url, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # let SQLAlchemy's begin event issue BEGIN itself (pysqlite's own is deferred and too late)
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("hms_readonly"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextlib.contextmanager
def _mapped_errors() -> Iterator[None]:
    try:
        yield
    except HmsError:
        raise
    except Exception as exc:
        from hms_desktop.db.errors import map_db_error

        mapped = map_db_error(exc)
        if mapped is None:
            raise
        raise mapped from exc


class Database:
    """The engine plus short-lived sessions: ``with db.write() as s:`` is one unit of work."""

    def __init__(self, engine: Engine, profile: Profile) -> None:
        self.engine = engine
        self.profile = profile
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(engine.execution_options(hms_readonly=True), expire_on_commit=False)

    @property
    def backend(self) -> Backend:
        return self.profile.backend

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A read-write unit of work: commits when the block ends, rolls back on any exception.

        Driver errors leave as mapped ``hms_desktop.errors`` exceptions (duplicate, locked...).
        """
        with _mapped_errors(), self._write() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never commits; on SQLite it takes no write lock)."""
        # closing (not rolling back) ends the transaction without expiring what was loaded
        with _mapped_errors(), self._read() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
