"""The safety net at the database boundary: no row is written with a value its column cannot keep.

The services check their input first and name the form's field (``hms_desktop.domain.validation``).
This net catches whatever a service forgot, on every insert and update the ORM flushes, with the same
rules: text longer than its ``Str(n)`` column (PostgreSQL and Oracle would refuse it with a driver
error, SQLite would keep it whole and a later copy to a server would fail), control characters and NUL
bytes (PostgreSQL raises DataError, SQLite stores them), lone surrogates (an encoding error deep in the
driver), numbers that are not finite or have more digits or decimals than the ``Numeric`` column keeps
(PostgreSQL would round 0.001 to 0.00 silently), text or floats in an integer column (SQLite stores
them as they are), and a datetime in a date column. It raises ``ValidationError({attribute: message})``
before any statement is sent, so nothing is ever truncated or rounded without the user being told.

Importing this module registers the checks (``hms_desktop.db.engine`` does).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Numeric, String, Text, event, inspect
from sqlalchemy.orm import Mapper
from sqlalchemy.sql import ClauseElement
from sqlalchemy.types import TypeDecorator, TypeEngine

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.domain.validation import decimal_problem, int_problem, text_problem
from hms_desktop.errors import ValidationError

__all__ = ["column_problem"]

# a CLOB holds far more; this bounds what one field of a desk form may put in a row
TEXT_LIMIT = 100_000


def _impl(type_: TypeEngine[Any]) -> TypeEngine[Any]:
    if isinstance(type_, TypeDecorator) and not isinstance(type_, Str | UtcDateTime):
        return _impl(type_.impl_instance)
    return type_


def column_problem(type_: TypeEngine[Any], value: Any) -> str | None:
    """What is wrong with ``value`` for a column of ``type_``, or None (None values are fine here:
    NOT NULL is the database's to enforce)."""
    if value is None or isinstance(value, ClauseElement):
        return None
    kind = _impl(type_)
    if isinstance(kind, Str):
        if not isinstance(value, str):
            return "Enter text."
        length = kind.impl_instance.length or TEXT_LIMIT  # type: ignore[attr-defined]
        return text_problem(value.strip(), length, multiline=True)
    if isinstance(kind, Text):
        if not isinstance(value, str):
            return "Enter text."
        return text_problem(value, TEXT_LIMIT, multiline=True)
    if isinstance(kind, String):
        if not isinstance(value, str):
            return "Enter text."
        return text_problem(value, kind.length or TEXT_LIMIT, multiline=True)
    if isinstance(kind, Numeric) and not isinstance(kind, Integer):
        digits, places = kind.precision, kind.scale
        if digits is None:
            return decimal_problem(value, digits=38, places=10)
        return decimal_problem(value, digits=digits, places=places or 0)
    if isinstance(kind, Integer):
        return int_problem(value) if not isinstance(value, float) else "Enter a whole number."
    if isinstance(kind, Boolean):
        return None if isinstance(value, bool) or value in (0, 1) else "Choose yes or no."
    if isinstance(kind, Date):
        return None if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else "Enter a date."
    if isinstance(kind, UtcDateTime):
        if not isinstance(value, dt.datetime):
            return "Enter a date and time."
        return None if value.tzinfo is not None else "A time without its time zone."
    return None


def _check(mapper: Mapper[Any], target: Any, keys: Any) -> None:
    errors: dict[str, str] = {}
    values = target.__dict__
    for attr in mapper.column_attrs:
        if keys is not None and attr.key not in keys:
            continue
        if attr.key not in values:
            continue
        problem = column_problem(attr.columns[0].type, values[attr.key])
        if problem is not None:
            errors[attr.key] = problem
    if errors:
        raise ValidationError(errors)


def _before_insert(mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    _check(mapper, target, None)


def _before_update(mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    # only what this unit of work changed: a row stored before these rules is not refused for a
    # value nobody touched
    _check(mapper, target, inspect(target).committed_state)


event.listen(Base, "before_insert", _before_insert, propagate=True)
event.listen(Base, "before_update", _before_update, propagate=True)
