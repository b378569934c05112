"""Core statements run straight on the driver's cursor: the hot path of search as you type.

``Connection.execute`` costs a search tens of microseconds per statement in Python (execution context,
result metadata, a ``Row`` per row, the result processors on every column of every row read, even of
rows a later step drops) — more than the indexed query itself on SQLite. A :class:`Lookup` compiles each
statement once per engine (the SQL string in the driver's own paramstyle: qmark for sqlite3, pyformat
for psycopg, named for python-oracledb, and the order of its parameters), runs it on the DBAPI cursor
and hands back the driver's plain tuples. The caller converts only the rows it keeps, with SQLAlchemy's
own result processors for the dialect (:meth:`Lookup.converter`): a DATE that python-oracledb gives as
a datetime, or SQLite's TIMESTAMP text, comes back as the ORM would give it.

The first run of each statement on an engine goes through SQLAlchemy as usual, so the engine's
``before_execute`` listeners (the Oracle lint in the tests, the oracle-grammar capture) see every
statement once; later runs are the compiled string on the cursor. A driver error is wrapped the way
SQLAlchemy wraps it (a lost connection invalidated first), so ``Database``'s error mapping and
``read_retry`` treat it like any other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, NoReturn, cast

from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc
from sqlalchemy.sql import Executable

Converter = Callable[[Sequence[Any]], list[Any]]


class _Compiled(NamedTuple):
    sql: str
    names: tuple[str, ...]  # the caller's parameter for each placeholder (positional) or key (named)
    keys: tuple[str, ...] | None  # the key each goes under for a named paramstyle; None: positional
    fixed: dict[str, Any]  # parameters with a value of their own (none of ours has one, but be exact)
    processors: dict[str, Callable[[Any], Any]]  # bind processors the dialect asks for, by name


class StatementCache:
    """Per engine (one per ``Database``): each statement's :class:`_Compiled` and its row converter."""

    def __init__(self) -> None:
        self.compiled: dict[Executable, _Compiled] = {}
        self.converters: dict[Executable, Converter] = {}
        self.lock = threading.Lock()


def _compile(stmt: Executable, conn: Connection) -> _Compiled:
    dialect = conn.dialect
    compiled: Any = cast(Any, stmt).compile(dialect=dialect)
    if compiled.post_compile_params or compiled.literal_execute_params:
        raise ValueError("a lookup statement must not need the post-compile step (IN lists, literal LIMIT)")
    binds = compiled.binds
    names = tuple(compiled.positiontup) if compiled.positional else tuple(binds)
    escaped = compiled.escaped_bind_names or {}
    keys = None if compiled.positional else tuple(escaped.get(n, n) for n in names)
    fixed = {n: b.effective_value for n, b in binds.items() if not b.required and b.value is not None}
    processors = dict(compiled._bind_processors)
    return _Compiled(compiled.string, names, keys, fixed, processors)


def _converter(stmt: Any, conn: Connection) -> Converter:
    dialect = conn.dialect
    procs = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in stmt.selected_columns]
    only = [(i, p) for i, p in enumerate(procs) if p is not None]
    if not only:
        return list

    def convert(row: Sequence[Any]) -> list[Any]:
        out = list(row)
        for i, p in only:
            out[i] = p(out[i])
        return out

    return convert


class Lookup:
    """Statements on one pooled connection, for the length of one ``Database.lookup()`` block."""

    def __init__(self, conn: Connection, cache: StatementCache) -> None:
        self._conn = conn
        self._cache = cache
        self._cursor: Any = None

    @property
    def dialect_name(self) -> str:
        return self._conn.dialect.name

    def rows(self, stmt: Executable, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """The rows of ``stmt`` as the driver's tuples (unconverted: see :meth:`converter`)."""
        c = self._cache.compiled.get(stmt)
        if c is None:
            c = self._first_run(stmt, params)
        if c.fixed:
            params = {**c.fixed, **params}
        if c.processors:
            params = {k: (c.processors[k](v) if k in c.processors else v) for k, v in params.items()}
        args: Any = (
            tuple(params[n] for n in c.names)
            if c.keys is None
            else {k: params[n] for n, k in zip(c.names, c.keys, strict=True)}
        )
        cur = self._cursor
        if cur is None:
            cur = self._cursor = self._conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cur.execute(c.sql, args)
            return list(cur.fetchall())
        except self._conn.dialect.loaded_dbapi.Error as exc:
            self._raise(exc, c.sql, args, cur)

    def scalar(self, stmt: Executable, params: dict[str, Any]) -> Any:
        got = self.rows(stmt, params)
        return got[0][0] if got else None

    def converter(self, stmt: Any) -> Converter:
        """A function from one of ``stmt``'s driver rows to the values the ORM would give."""
        fn = self._cache.converters.get(stmt)
        if fn is None:
            fn = self._cache.converters[stmt] = _converter(stmt, self._conn)
        return fn

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()
            self._cursor = None

    def _first_run(self, stmt: Executable, params: dict[str, Any]) -> _Compiled:
        """Once per engine: through SQLAlchemy, whose listeners see the statement (its rows, already
        converted, are not used: the caller gets the driver's), then compiled for the cursor."""
        compiled = _compile(stmt, self._conn)
        names = set(compiled.names)
        self._conn.execute(stmt, {k: v for k, v in params.items() if k in names}).close()
        if self._conn.in_transaction():
            self._conn.rollback()  # SQLite's read transaction: the later statements run as the server's do
        with self._cache.lock:
            self._cache.compiled[stmt] = compiled
        return compiled

    def _raise(self, exc: BaseException, sql: str, args: Any, cursor: Any) -> NoReturn:
        dialect = self._conn.dialect
        dbapi_conn = self._conn.connection.dbapi_connection
        lost = dialect.is_disconnect(exc, dbapi_conn, cursor)  # type: ignore[arg-type]
        if lost:
            self._cursor = None
            self._conn.invalidate(exc)
        raise sa_exc.DBAPIError.instance(
            sql, args, exc, dialect.loaded_dbapi.Error, hide_parameters=True, connection_invalidated=lost
        ) from exc
