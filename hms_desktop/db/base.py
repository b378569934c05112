"""Declarative base, Oracle-safe naming convention and the column types every model uses.

Constraint and index names are generated and kept at most 30 bytes (Oracle before 12.2), shortened
with a stable hash when the natural name would be longer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy import TIMESTAMP, Dialect, MetaData, String, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapper
from sqlalchemy.sql.schema import Constraint, Table

MAX_NAME = 30
# Oracle's reserved words (SQL Language Reference, 'Oracle SQL Reserved Words'): never a name of ours
_RESERVED_WORDS = """
ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN COLUMN_VALUE COMMENT
COMPRESS CONNECT CREATE CURRENT DATE DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE EXCLUSIVE EXISTS
FILE FLOAT FOR FROM GRANT GROUP HAVING IDENTIFIED IMMEDIATE IN INCREMENT INDEX INITIAL INSERT INTEGER
INTERSECT INTO IS LEVEL LIKE LOCK LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NESTED_TABLE_ID NOAUDIT
NOCOMPRESS NOT NOWAIT NULL NUMBER OF OFFLINE ON ONLINE OPTION OR ORDER PCTFREE PRIOR PRIVILEGES PUBLIC
RAW RENAME RESOURCE REVOKE ROW ROWID ROWNUM ROWS SELECT SESSION SET SHARE SIZE SMALLINT START
SUCCESSFUL SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION UNIQUE UPDATE USER VALIDATE VALUES VARCHAR
VARCHAR2 VIEW WHENEVER WHERE WITH
"""
ORACLE_RESERVED = frozenset(_RESERVED_WORDS.split())


def short_name(name: str, limit: int = MAX_NAME) -> str:
    """Return ``name`` unchanged when it fits, else a prefix plus an 8-hex-digit hash."""
    if len(name.encode()) <= limit:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    return f"{name[: limit - 9]}_{digest}"


def _cols(constraint: Constraint) -> str:
    return "_".join(c.name for c in constraint.columns)  # type: ignore[attr-defined]


def _ix(constraint: Any, table: Table) -> str:
    return short_name(f"ix_{table.name}_{'_'.join(c.name for c in constraint.columns)}")


def _uq(constraint: Constraint, table: Table) -> str:
    return short_name(f"uq_{table.name}_{_cols(constraint)}")


def _fk(constraint: Any, table: Table) -> str:
    return short_name(f"fk_{table.name}_{'_'.join(c.parent.name for c in constraint.elements)}")


def _pk(constraint: Constraint, table: Table) -> str:
    return short_name(f"pk_{table.name}")


def _ck(constraint: Constraint, table: Table) -> str:
    return short_name(f"ck_{table.name}_{constraint.name}")


NAMING: dict[str, Any] = {
    "ix_n": _ix,
    "uq_n": _uq,
    "fk_n": _fk,
    "pk_n": _pk,
    "ck_n": _ck,
    "ix": "%(ix_n)s",
    "uq": "%(uq_n)s",
    "fk": "%(fk_n)s",
    "pk": "%(pk_n)s",
    # "constraint_name" must appear for SQLAlchemy to apply the convention to named check
    # constraints; the zero-width format keeps it out of the result.
    "ck": "%(ck_n)s%(constraint_name).0s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Str(TypeDecorator[str]):
    """VARCHAR with a mandatory length; blank strings are stored as NULL on every backend.

    Oracle stores '' as NULL anyway, so normalising everywhere keeps the three backends equal.
    """

    impl = String
    cache_ok = True

    def __init__(self, length: int) -> None:
        if not 0 < length <= 1000:
            # VARCHAR2(n CHAR) takes up to 4n bytes in AL32UTF8 and VARCHAR2 holds 4000: longer text
            # that is never sorted or compared belongs in a Text (CLOB) column
            raise ValueError("string length must be 1..1000 (Oracle VARCHAR2 at 4 bytes a character)")
        super().__init__(length)

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        value = value.strip()
        return value or None

    # no process_result_value: values come back as the driver gives them, with no per-value call


def _blank_strings_to_none(_mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    """Blank ``Str`` attributes become None on the object before the ORM builds its parameters.

    ``Str.process_bind_param`` already sends NULL, but only after the statement's parameters were
    built: a statement logged, captured or checked for Oracle would still show ``''`` (which Oracle
    stores as NULL, so ``= ''`` never matches). Normalising on the object keeps the parameters, the
    object and the stored row the same on every backend.
    """
    state = target.__dict__
    for attr in _mapper.column_attrs:
        value = state.get(attr.key)
        if isinstance(value, str) and not value.strip() and isinstance(attr.columns[0].type, Str):
            setattr(target, attr.key, None)


event.listen(Base, "before_insert", _blank_strings_to_none, propagate=True)
event.listen(Base, "before_update", _blank_strings_to_none, propagate=True)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A TIMESTAMP holding UTC. Accepts aware datetimes only; returns aware UTC datetimes.

    TIMESTAMP rather than DateTime because Oracle's DATE loses fractions of a second.
    """

    impl = TIMESTAMP
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        stamp: dt.datetime = (
            dt.datetime.fromisoformat(value) if isinstance(value, str) else value  # SQLite raw text
        )
        if stamp.tzinfo is None:
            return stamp.replace(tzinfo=dt.UTC)
        return stamp.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
