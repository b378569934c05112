"""The oracle-grammar tool's capture plugin, one output file per test process.

``scripts/test.sh`` loads this (``-p tests.ora_capture``) when ``../shared/tools/oracle-grammar`` is
beside the checkout: every statement the suite executes is compiled with the app's Oracle dialect and
recorded, so the independent grammar can parse all of them after the run. The tool's own plugin writes
one file per process at exit and reads its path at import; under pytest-xdist each worker gets its own
file (xdist sets ``PYTEST_XDIST_WORKER`` before plugins load), and scripts/ora_merge.py joins them.

One class of statement is not passed on: the catalogue queries SQLAlchemy's PostgreSQL dialect sends
when it reflects a schema (pg_catalog, for Alembic's version-table check and the models-vs-migrations
comparison). They are the dialect's own plumbing, like SQLite's PRAGMAs (which the tool already leaves
out as driver SQL): on Oracle the Oracle dialect sends its own catalogue queries instead. How many were
left out is written next to each output file (``.catalogue.json``).

Statements a service runs on one backend only, marked ``execution_options(hms_oracle_lint=False)`` (the
audit seal's single PostgreSQL statement; Oracle runs the portable pair instead, which SQLite's run
records), are left out the same way, and counted.

Likewise DDL elements that Alembic builds for one backend only (``alembic.ddl.postgresql``'s
``ALTER COLUMN ... TYPE``, ``alembic.ddl.sqlite``'s): for Oracle the same migration step is Alembic's
Oracle construct, and the Oracle script it makes (sql/oracle/schema.sql, offline) is parsed whole by
the phase's ``check ddl``.

Without ``HMS_ORA_CAPTURE_DIR`` this module does nothing.
"""

from __future__ import annotations

import atexit
import json
import os
from typing import Any

import pytest

_DIR = os.environ.get("HMS_ORA_CAPTURE_DIR")
_SKIPPED: dict[str, int] = {}

if _DIR:
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    _OUT = os.path.join(_DIR, f"statements-{_worker}-{os.getpid()}.jsonl")
    os.environ["ORA_CAPTURE_OUT"] = _OUT
    # the project's 19c dialect (it moved to tests/ with the lint; the tool still looks in hms_desktop)
    os.environ.setdefault("ORA_CAPTURE_DIALECT", "tests.oracle_lint:oracle_dialect")

    import ora_capture_plugin as _tool
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.sql.elements import ClauseElement

    from tests.oracle_lint import touches_system_catalogue

    _OTHER_DDL = ("alembic.ddl.postgresql", "alembic.ddl.sqlite", "sqlalchemy.dialects.postgresql",
                  "sqlalchemy.dialects.sqlite")  # fmt: skip

    def _backend_only_ddl(element: Any) -> bool:
        parts = [element, getattr(element, "column", None), getattr(element, "type_", None)]
        parts += [getattr(p, "type_", None) for p in parts if p is not None]
        return any(type(p).__module__.startswith(_OTHER_DDL) for p in parts if p is not None)

    def _before_execute(conn: Any, clauseelement: Any, *args: Any) -> None:
        if isinstance(clauseelement, ClauseElement) and touches_system_catalogue(clauseelement):
            key = conn.dialect.name
            _SKIPPED[key] = _SKIPPED.get(key, 0) + 1
            return
        if _backend_only_ddl(clauseelement):
            key = f"{conn.dialect.name} ddl"
            _SKIPPED[key] = _SKIPPED.get(key, 0) + 1
            return
        options = args[-1] if args and isinstance(args[-1], dict) else {}
        if options.get("hms_oracle_lint") is False:  # one backend's statement; Oracle runs another
            key = f"{conn.dialect.name} only"
            _SKIPPED[key] = _SKIPPED.get(key, 0) + 1
            return
        _tool._before_execute(conn, clauseelement, *args)

    def _dump_skipped() -> None:
        with open(_OUT + ".catalogue.json", "w", encoding="utf-8") as fh:
            json.dump({"catalogue_queries_left_out": _SKIPPED}, fh)

    def pytest_configure(config: pytest.Config) -> None:
        if not event.contains(Engine, "before_execute", _before_execute):
            event.listen(Engine, "before_execute", _before_execute)
        atexit.register(_tool._dump)
        atexit.register(_dump_skipped)

    def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
        _tool._dump()
        _dump_skipped()
