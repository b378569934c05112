"""The Oracle compile-and-lint hook: bad statements executed on SQLite/PostgreSQL are caught, good ones
pass, and the collected problems fail the test that ran them.

Bad statements are handed to the hook without being executed: every statement the suite really
executes must itself be Oracle-correct (the independent grammar check in scripts/test.sh reads them all).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import (
    bindparam,
    delete,
    desc,
    event,
    false,
    func,
    insert,
    literal,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Engine

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, CreditNote, Department, Invoice, Patient
from hms_desktop.services import audit
from hms_desktop.services.context import SYSTEM
from tests import oracle_compile_plugin as plugin
from tests.oracle_lint import lint_sql_text, lint_statement

T0 = dt.datetime(2026, 11, 24, 4, 30, tzinfo=dt.UTC)


def _seed(db: Database) -> None:
    with db.write() as s:
        s.add(Department(name="General Medicine", code="GEN", opens_min=540, closes_min=1080))
        s.add(Patient(mrn="T-1", first_name="Ravi", last_name="Kumar", sex="M"))
        audit.record(s, SYSTEM, "test", details={"a": 1})  # chained at commit, through the hook too


def _taken(problems: list[str]) -> list[str]:
    found = list(problems)
    problems.clear()
    return found


def test_hook_is_installed_on_every_engine() -> None:
    assert event.contains(Engine, "before_execute", plugin._before_execute)


def _hand_to_hook(db: Database, stmt: object, params: dict[str, object] | None = None) -> None:
    """What the hook does when ``stmt`` is executed on ``db``, without executing it."""
    with db.engine.connect() as conn:
        plugin._before_execute(conn, stmt, [], params or {}, {})


def test_clob_in_order_by_is_caught(db: Database, oracle_lint_problems: list[str]) -> None:
    _seed(db)
    assert _taken(oracle_lint_problems) == []
    _hand_to_hook(db, select(AuditLog).order_by(AuditLog.details))
    found = _taken(oracle_lint_problems)
    assert len(found) == 1
    assert "LOB audit_log.details in ORDER BY" in found[0]
    assert "ORDER BY audit_log.details" in found[0]  # names the statement


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: select(AuditLog.id).order_by(desc(AuditLog.details)), "in ORDER BY"),
        (lambda: select(AuditLog.id).order_by(func.lower(AuditLog.details)), "lower(audit_log.details)"),
        (lambda: select(AuditLog.id).where(AuditLog.details == "x"), "comparison"),
        (lambda: select(AuditLog.id).where(AuditLog.details.in_(["x"])), "comparison"),
        (lambda: select(AuditLog.details).distinct(), "DISTINCT"),
        (lambda: select(AuditLog.details, func.count()).group_by(AuditLog.details), "GROUP BY"),
        (lambda: select(AuditLog.details).union(select(AuditLog.details)), "DISTINCT/UNION"),
        (lambda: select(func.group_concat(Patient.first_name)), "group_concat"),
        (lambda: select(func.coalesce(Patient.email, "")), "'' bound"),
        (lambda: select(Patient.id).offset(10).limit(5), "OFFSET without ORDER BY"),
        (lambda: select(Patient.id).order_by(Patient.last_key).offset(10), "non-unique key"),
        # the classes the independent Oracle grammar found in the app (issue 10)
        (lambda: select(Department.id).where(Department.is_active.is_(True)), "IS 0 / IS 1"),
        (lambda: select(CreditNote.id).where(CreditNote.is_void.is_(False)), "IS 0 / IS 1"),
        (lambda: select(CreditNote.invoice_id, CreditNote.refund_mode.is_not(None)), "select list"),
        (
            lambda: select(CreditNote.invoice_id, func.sum(CreditNote.total)).group_by(
                CreditNote.invoice_id, CreditNote.refund_mode.is_not(None)
            ),
            "GROUP BY",
        ),
        (lambda: select(func.sum(Invoice.grand_total > 0)), "sum() argument"),
        (lambda: select(Invoice.id).order_by(Invoice.igst == 0), "ORDER BY"),
        (lambda: update(Invoice).values(intra_state=Invoice.igst == 0), "SET/VALUES"),
        (lambda: select(Invoice.id).where(Invoice.id.in_([1, 2, 3])), "ORA-01795"),
        (lambda: select(Invoice.id).where(Invoice.patient_id.not_in([1, 2])), "ORA-01795"),
        (lambda: select(Patient.id).where(Patient.id == bindparam("x" * 31)), "31 bytes"),
        (lambda: select(Patient.id).where(Patient.id == bindparam("level")), "reserved word"),
        (
            lambda: (
                sqlite_dialect.insert(Department)
                .values(name="X", code="X", opens_min=0, closes_min=60, row_version=1)
                .on_conflict_do_nothing()
            ),
            "ON CONFLICT",
        ),
    ],
)
def test_lint_statement_detects(build: object, expected: str) -> None:
    stmt = build()  # type: ignore[operator]
    problems = lint_statement(stmt)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    "build",
    [
        lambda: (
            select(Patient).where(Patient.last_key.startswith("kum")).order_by(Patient.last_key, Patient.id)
        ),
        lambda: select(Patient.id).order_by(Patient.last_key, Patient.id).offset(20).limit(10),
        lambda: select(Patient.id).order_by(Patient.mrn).offset(20).limit(10),  # mrn is unique
        lambda: select(Patient.id).where(Patient.first_name.ilike("ra%")).limit(1),
        lambda: select(AuditLog.details).where(AuditLog.details.is_not(None)),
        lambda: select(AuditLog.id).where(AuditLog.details.like("%x%")),
        lambda: select(Patient.id).where(Patient.first_name == ""),  # Str turns '' into NULL everywhere
        lambda: select(func.count()).select_from(Patient),
        lambda: select(func.aggregate_strings(Patient.first_name, ", ")),  # LISTAGG on Oracle
        lambda: update(Patient).where(Patient.id == 1).values(first_name="A"),
        lambda: delete(Patient).where(Patient.id == 1),
        lambda: insert(AuditLog).values(action="x", details="long text", occurred_at=T0),
        lambda: select(Department.id).where(Department.is_active == true()),
        lambda: select(CreditNote.id).where(CreditNote.is_void == false()),
        lambda: select(Invoice.id).where(Invoice.id.in_(select(Invoice.id).where(Invoice.igst > 0))),
        lambda: select(Invoice.id).where(Invoice.doc_type.in_(["INV", "BOS"])),  # a fixed set, not keys
        lambda: select(func.sum(Invoice.grand_total)).where(Invoice.igst > 0),
        lambda: select(Patient.id).where(Patient.id == bindparam("x" * 30)),
    ],
)
def test_lint_statement_accepts(build: object) -> None:
    assert lint_statement(build()) == []  # type: ignore[operator]


def test_good_orm_work_passes_the_hook(db: Database, oracle_lint_problems: list[str]) -> None:
    _seed(db)
    with db.write() as s:
        p = s.scalars(select(Patient).where(Patient.mrn == "T-1")).one()
        p.first_name = "Ravi Shankar"
        audit.record(s, SYSTEM, "edit", details={"text": "x" * 5000})
    with db.read() as s:
        page = s.scalars(select(Patient).order_by(Patient.last_key, Patient.id).offset(0).limit(50)).all()
        assert [x.first_name for x in page] == ["Ravi Shankar"]
        s.execute(text("SELECT count(*) FROM patient"))  # raw text is not linted
    with db.write() as s:
        s.execute(delete(Department).where(Department.code == "NONE"))
    assert oracle_lint_problems == []


def test_blank_bound_through_a_plain_parameter_is_caught(
    sqlite_db: Database, oracle_lint_problems: list[str]
) -> None:
    blank = select(Patient.id).where(Patient.email == func.coalesce(literal(""), Patient.email))
    _hand_to_hook(sqlite_db, blank)
    assert any("'' bound" in p for p in _taken(oracle_lint_problems))


def test_statement_can_opt_out(sqlite_db: Database, oracle_lint_problems: list[str]) -> None:
    with sqlite_db.engine.connect() as conn:
        opts = {"hms_oracle_lint": False}
        plugin._before_execute(conn, select(AuditLog.id).order_by(AuditLog.details), [], {}, opts)
    assert oracle_lint_problems == []


def test_collected_problems_fail_the_test(sqlite_db: Database, oracle_lint_problems: list[str]) -> None:
    _hand_to_hook(sqlite_db, select(AuditLog.id).order_by(AuditLog.details))
    assert oracle_lint_problems
    with pytest.raises(plugin.OracleLintFailure, match=r"1 statement\(s\) .* Oracle.*\n.*audit_log.details"):
        plugin._raise_if_problems("by this test")
    assert oracle_lint_problems == []  # taken by the failure


def test_shape_checks_are_cached(sqlite_db: Database, oracle_lint_problems: list[str]) -> None:
    stmt = select(Patient.id).where(Patient.mrn == "A").order_by(Patient.id)
    plugin.check_statement(stmt)
    key = stmt._generate_cache_key()
    assert key is not None and key.key in plugin._SHAPE_CACHE
    # same shape, other value: served from the cache, value checks still run
    again = select(Patient.id).where(Patient.mrn == "B").order_by(Patient.id)
    assert plugin.check_statement(again) == []


def test_sql_text_checks() -> None:
    assert lint_sql_text("SELECT a FROM t ORDER BY a OFFSET 10 ROWS FETCH FIRST 5 ROWS ONLY") == []
    assert lint_sql_text("SELECT 'it''s' FROM dual") == []
    assert any("''" in p for p in lint_sql_text("UPDATE t SET a = '' WHERE b = 1"))
    assert any("OFFSET without ORDER BY" in p for p in lint_sql_text("SELECT a FROM t OFFSET 5 ROWS"))
    assert any("group_concat" in p for p in lint_sql_text("SELECT group_concat(a) FROM t"))
    assert any("ON CONFLICT" in p for p in lint_sql_text("INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING"))
    assert any("LIMIT" in p for p in lint_sql_text("SELECT a FROM t LIMIT 5"))
