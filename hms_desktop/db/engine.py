"""Engines per backend and the unit of work.

SQLite: WAL, foreign keys, busy timeout, and ``BEGIN IMMEDIATE`` for write units so two desks
writing at once queue on the busy timeout instead of failing on a lock upgrade.
Server backends: a small pool with pre-ping so a dead connection is replaced on checkout; the
profile's way of reaching the server (Easy Connect, TNS alias, wallet, PostgreSQL sslmode) goes to the
driver as connect arguments, the files it names are checked before each connect, and a profile with a
``schema`` enters it on every new connection.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

# registers the checks every flushed row passes (no silent truncation, no control characters)
from hms_desktop.db import input_guard  # noqa: F401
from hms_desktop.db.lookup import Lookup, StatementCache
from hms_desktop.db.profiles import (
    PEM_WALLET,
    Backend,
    Profile,
    check_tns_folder,
    check_wallet_folder,
    wallet_needs_password,
)
from hms_desktop.errors import CannotConnect, HmsError, ValidationError
from hms_desktop.private_files import private_dir, private_file

SQLITE_BUSY_MS = 10_000


def make_engine(
    profile: Profile,
    password: str | None = None,
    *,
    wallet_password: str | None = None,
    echo: bool = False,
) -> Engine:
    """The engine for ``profile``. An Oracle wallet's password is ``wallet_password`` when given,
    else the one stored in the keychain for the profile's wallet (looked up when connecting)."""
    url = profile.url(password)
    if profile.backend is Backend.SQLITE:
        if profile.database not in ("", ":memory:"):
            # the file holds the clinic's patients: the user's alone (its WAL/SHM take its mode)
            private_dir(Path(profile.database).parent)
            private_file(profile.database)
        engine = create_engine(
            url,
            echo=echo,
            hide_parameters=True,  # no names, phones or allergies in error messages and logs
            poolclass=NullPool if profile.database in ("", ":memory:") else None,
            connect_args={"timeout": SQLITE_BUSY_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    kwargs: dict[str, Any] = {
        "echo": echo,
        "hide_parameters": True,  # no patient data in error messages and logs
        "pool_size": 2,
        "max_overflow": 3,
        "pool_pre_ping": True,
        "pool_recycle": 1800,
    }
    if profile.backend is Backend.ORACLE:
        kwargs["connect_args"] = {"tcp_connect_timeout": 10, "expire_time": 2, **profile.driver_args()}
    else:
        kwargs["connect_args"] = {
            "connect_timeout": 10,
            "application_name": "hms-desktop",
            **profile.driver_args(),
        }
    engine = create_engine(url, **kwargs)
    _configure_server(engine, profile, wallet_password)
    return engine


def _configure_server(engine: Engine, profile: Profile, wallet_password: str | None) -> None:
    @event.listens_for(engine, "do_connect")
    def _before_connect(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        # checked on every connect, not once: a folder can be unmounted or a wallet replaced later
        check_connect_files(profile)
        if profile.wallet_location:
            secret = wallet_password
            if secret is None and wallet_needs_password(profile.wallet_location):
                secret = _stored_wallet_password(profile)  # the keychain only when the wallet needs it
            check_wallet_password(profile, secret)
            if secret:
                cparams["wallet_password"] = secret

    statement = profile.session_sql()
    if statement is None:
        return
    backend = profile.backend

    # insert=True: before the dialect's first-connect initialisation reads the default schema
    @event.listens_for(engine, "connect", insert=True)
    def _enter_schema(dbapi_conn: Any, _record: Any) -> None:
        if backend is Backend.POSTGRESQL:
            # outside a transaction, so a later rollback cannot undo the SET
            autocommit = dbapi_conn.autocommit
            dbapi_conn.autocommit = True
            try:
                with dbapi_conn.cursor() as cur:
                    cur.execute(statement)
            finally:
                dbapi_conn.autocommit = autocommit
        else:
            cur = dbapi_conn.cursor()
            try:
                cur.execute(statement)
            finally:
                cur.close()


def _refusal(exc: ValidationError, code: str) -> CannotConnect:
    field, text = next(iter(exc.errors.items()))
    err = CannotConnect(text, code=code)
    err.field = field
    err.reason = code  # type: ignore[attr-defined]
    return err


def check_connect_files(profile: Profile) -> None:
    """Before connecting: the TNS folder and wallet a profile names are there and readable.

    python-oracledb reads them only once the server answers (the wallet) or reports them with the
    folder's path only (tnsnames.ora); checking first gives the admin the field to fix.
    """
    try:
        if profile.wallet_location:
            check_wallet_folder(profile.wallet_location)
        if profile.config_dir:
            check_tns_folder(profile.config_dir, "tns_admin" if profile.tns_admin else "wallet")
    except ValidationError as exc:
        raise _refusal(exc, "HMS-TNS-FILES") from None


def check_wallet_password(profile: Profile, password: str | None) -> None:
    """A password-protected wallet has its password, and the password opens it.

    Needed because python-oracledb ignores a wallet key it cannot decrypt (the server then drops the
    TLS handshake with no word about the password), and without a password OpenSSL would prompt for
    one on the console, which a desk never sees.
    """
    folder = profile.wallet_location
    if not wallet_needs_password(folder):
        return
    if not password:
        raise _refusal(
            ValidationError(
                {
                    "wallet_password": "This wallet is protected by a password: enter the wallet "
                    "password (the DBA chose it when downloading the wallet)."
                }
            ),
            "HMS-WALLET-PASSWORD",
        )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.load_cert_chain(str(Path(folder).expanduser() / PEM_WALLET), password=password)
    except ssl.SSLError:
        raise _refusal(
            ValidationError(
                {"wallet_password": "The wallet password is wrong: it does not open this wallet."}
            ),
            "HMS-WALLET-PASSWORD",
        ) from None


def _stored_wallet_password(profile: Profile) -> str | None:
    # the keychain, imported only for a wallet that needs it; no keychain raises KeychainUnavailable,
    # whose message says how to get one (better than "the wallet needs a password")
    from hms_desktop import secrets

    return secrets.get_wallet_password(profile)


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


def _lookup_engine(engine: Engine, profile: Profile) -> Engine:
    """The engine :meth:`Database.lookup` checks connections out of.

    SQLite: the engine itself (read-only: no ``BEGIN IMMEDIATE``). A server: a pool of its own (same
    connect arguments and connect events), in autocommit and without pre-ping. The ping is a round
    trip on every checkout, as long as a search's own statement; a lookup on a connection that died
    while idle fails instead, Lookup invalidates it (SQLAlchemy's disconnect test) and ``read_retry``
    runs the search once more on a new one. Its connections do nothing but autocommit lookups.
    """
    if profile.backend is Backend.SQLITE:
        return engine.execution_options(hms_readonly=True)
    pool = engine.pool.recreate()
    pool._pre_ping = False  # no public setter: the pool copies the engine's, this one only pings less
    if profile.backend is Backend.POSTGRESQL:
        event.listen(pool, "connect", _generic_plans)
    own = Engine(pool, engine.dialect, engine.url, hide_parameters=True)
    return own.execution_options(hms_readonly=True, isolation_level="AUTOCOMMIT")


def _generic_plans(dbapi_conn: Any, _record: Any) -> None:
    """PostgreSQL: plan a lookup's prepared statement once (psycopg prepares from the 5th run).

    Left to choose, the server keeps planning each run with its values, because a range on a prefix
    estimates cheaper that way: about 0.15-0.4 ms of planning a keystroke for the UNION ALLs, more than
    their execution. Every lookup statement is an index range or equality ordered by that index with
    a LIMIT, whose generic plan is the same index scan (checked on 10M patients for each statement
    and UNION shape); the setting is this pool's alone, never the units of work's.
    """
    if dbapi_conn.info.server_version >= 120000:  # plan_cache_mode is PostgreSQL 12+
        dbapi_conn.execute("SET plan_cache_mode = force_generic_plan")
        dbapi_conn.commit()


class Database:
    """The engine plus short-lived sessions: ``with db.write() as s:`` is one unit of work."""

    def __init__(self, engine: Engine, profile: Profile) -> None:
        self.engine = engine
        self.profile = profile
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(engine.execution_options(hms_readonly=True), expire_on_commit=False)
        self._lookup = _lookup_engine(engine, profile)
        self._statements = StatementCache()

    @property
    def backend(self) -> Backend:
        return self.profile.backend

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A read-write unit of work: commits when the block ends, rolls back on any exception.

        Driver errors leave as mapped ``hms_desktop.errors`` exceptions (duplicate, locked...). An
        exception with an ``after_rollback`` callable (a refusal to audit, services/guard.py) has it
        run once the transaction is rolled back and its connection returned: on SQLite a second
        writer would otherwise wait behind this one's lock.
        """
        try:
            with _mapped_errors(), self._write() as session, session.begin():
                yield session
        except BaseException as exc:
            after = getattr(exc, "after_rollback", None)
            if callable(after):
                exc.after_rollback = None  # type: ignore[attr-defined]  # once, however deep it nests
                after()
            raise

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (never commits; on SQLite it takes no write lock)."""
        # closing (not rolling back) ends the transaction without expiring what was loaded
        with _mapped_errors(), self._read() as session:
            yield session

    @contextlib.contextmanager
    def lookup(self) -> Iterator[Lookup]:
        """Statements that each stand alone, run on the driver's cursor (search as you type; see
        db/lookup.py).

        On a server, in autocommit: no BEGIN and ROLLBACK round trips around the statements, and
        each statement sees the committed data as it starts, which is what READ COMMITTED (PostgreSQL's
        and Oracle's default) gives each statement of a transaction anyway. On SQLite the same: each
        statement is its own read (the driver runs in autocommit; this module's BEGIN is only sent
        by SQLAlchemy), which spares the BEGIN and ROLLBACK that cost more than the seek itself.
        """
        with _mapped_errors(), self._lookup.connect() as conn:
            lookup = Lookup(conn, self._statements)
            try:
                yield lookup
            finally:
                lookup.close()

    def dispose(self) -> None:
        if self._lookup.pool is not self.engine.pool:
            self._lookup.pool.dispose()
        self.engine.dispose()
