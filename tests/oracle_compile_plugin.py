"""pytest plugin: every statement the SQLite/PostgreSQL suites execute is also compiled for Oracle.

A ``before_execute`` listener on the ``Engine`` class sees each Core/ORM statement (text, driver SQL,
DDL and catalogue queries are skipped), compiles it under the Oracle dialect (19c: no native BOOLEAN)
and lints it with ``tests.oracle_lint``. Shape checks are cached per statement cache key, so a
statement a test runs a thousand times is compiled once; bind values are checked on every execution.

Problems are collected while a test runs (setup included) and fail that test when its call phase ends
(problems raised during teardown fail the teardown). A test that executes a bad statement on purpose
asks for the ``oracle_lint_problems`` fixture, inspects the list and clears it.

Set ``HMS_ORACLE_LINT=0`` to switch the hook off (e.g. when profiling).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Generator, Mapping, Sequence
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import ClauseElement

from tests.oracle_lint import lint_binds, lint_structure, statement_is_lintable

_LOCK = threading.Lock()
_PROBLEMS: list[str] = []
# cache key -> (lintable, shape problems); None-keyed statements are linted every time
_SHAPE_CACHE: dict[Any, tuple[bool, tuple[str, ...]]] = {}
_MAX_CACHE = 20_000
_ENABLED = os.environ.get("HMS_ORACLE_LINT", "1") != "0"


class OracleLintFailure(AssertionError):
    """Raised into the test that executed statements that would fail on Oracle."""


def _describe(stmt: ClauseElement) -> str:
    try:
        sql = " ".join(str(stmt).split())
    except Exception:
        sql = type(stmt).__name__
    # head and tail: the select list is long, the clause at fault is usually near the end
    return sql if len(sql) <= 260 else f"{sql[:120]} ... {sql[-130:]}"


def _shape(stmt: ClauseElement, key: Any) -> tuple[bool, tuple[str, ...]]:
    if key is not None:
        cached = _SHAPE_CACHE.get(key)
        if cached is not None:
            return cached
    lintable = statement_is_lintable(stmt)
    result = (lintable, tuple(lint_structure(stmt)) if lintable else ())
    if key is not None:
        if len(_SHAPE_CACHE) >= _MAX_CACHE:
            _SHAPE_CACHE.clear()
        _SHAPE_CACHE[key] = result
    return result


def check_statement(
    stmt: Any,
    params: Sequence[Mapping[str, Any]] | Mapping[str, Any] | None = None,
) -> list[str]:
    """The Oracle problems of one executed statement (empty for anything not lintable)."""
    if not isinstance(stmt, ClauseElement) or not (
        getattr(stmt, "is_select", False) or getattr(stmt, "is_dml", False)
    ):
        return []
    cache_key = stmt._generate_cache_key()
    lintable, problems = _shape(stmt, cache_key.key if cache_key is not None else None)
    if not lintable:
        return []
    binds = cache_key.bindparams if cache_key is not None else []
    return [*problems, *lint_binds(stmt, binds, params)]


def _before_execute(
    conn: Connection,
    clauseelement: Any,
    multiparams: Sequence[Mapping[str, Any]],
    params: Mapping[str, Any],
    execution_options: Mapping[str, Any],
) -> None:
    if conn.dialect.name == "oracle" or execution_options.get("hms_oracle_lint") is False:
        return
    found = check_statement(clauseelement, multiparams or params)
    if found:
        where = _describe(clauseelement)
        with _LOCK:
            _PROBLEMS.extend(f"{problem}\n      in: {where}" for problem in found)


def _take_problems() -> list[str]:
    with _LOCK:
        found = list(dict.fromkeys(_PROBLEMS))
        _PROBLEMS.clear()
    return found


def _raise_if_problems(phase: str) -> None:
    found = _take_problems()
    if found:
        listing = "\n".join(f"  - {p}" for p in found)
        raise OracleLintFailure(
            f"{len(found)} statement(s) executed {phase} would fail or behave differently on Oracle "
            f"(checks: tests/oracle_lint.py):\n{listing}"
        )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "oracle: needs a live Oracle server (HMS_TEST_ORACLE_URL)")
    config.addinivalue_line("markers", "postgresql: runs against PostgreSQL (HMS_TEST_PG_URL)")
    if _ENABLED and not event.contains(Engine, "before_execute", _before_execute):
        event.listen(Engine, "before_execute", _before_execute)


def pytest_unconfigure(config: pytest.Config) -> None:
    if event.contains(Engine, "before_execute", _before_execute):
        event.remove(Engine, "before_execute", _before_execute)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    _take_problems()  # anything left over from between tests belongs to no test
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    result = yield  # re-raises the test's own failure, which takes precedence
    _raise_if_problems("by this test or its fixtures")
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    result = yield
    _raise_if_problems("while tearing this test down")
    return result


@pytest.fixture
def oracle_lint_problems() -> Generator[list[str], None, None]:
    """The problems collected so far in this test; clear it after asserting on expected ones."""
    yield _PROBLEMS
