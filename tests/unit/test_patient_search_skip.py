"""Two name tokens are a skip scan of the (first, last, id) index (services/patient_search.py): the same
rows in the same order as the plain range query, whichever way the distinct first keys fall, and on a
server the opening statements of a name search are one round trip."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from hms_desktop.db.engine import Database
from hms_desktop.db.lookup import Lookup
from hms_desktop.db.models import Patient
from hms_desktop.domain.enums import Role
from hms_desktop.domain.text import prefix_upper_bound
from hms_desktop.services import patient_search
from hms_desktop.services.patients import PatientService
from tests.unit.helpers import make_user

FIRSTS = [f"ra{a}{b}" for a in "abcdefg" for b in "aei"]  # 21 distinct first names starting "ra"
LASTS = ["shah", "sharma", "kumar", "rao", None]


@pytest.fixture
def register(db: Database) -> Database:
    with db.write() as s:
        n = 0
        for i, first in enumerate(FIRSTS):
            for j, last in enumerate(LASTS):
                if (i + j) % 3:  # not every first name has every last name
                    n += 1
                    s.add(Patient(mrn=f"T{n:06d}", first_name=first.title(), last_name=last, sex="M"))
        for last in ("rakesh", "ramesh", "raj"):  # the reverse pairing: "sh..." first, "ra..." last
            n += 1
            s.add(Patient(mrn=f"T{n:06d}", first_name="Shanti", last_name=last.title(), sex="F"))
    return db


def expected(db: Database, a: str, b: str, limit: int) -> list[int]:
    """The plain range query the skip scan replaces."""
    sql = text(
        "SELECT id FROM patient WHERE first_key >= :a AND first_key < :a2 AND last_key >= :b "
        "AND last_key < :b2 ORDER BY first_key, last_key, id"
    )
    params = {"a": a, "a2": prefix_upper_bound(a), "b": b, "b2": prefix_upper_bound(b)}
    with db.read() as s:
        return list(s.scalars(sql, params))[:limit]


@pytest.mark.parametrize("skip_values", [24, 3, 1])
def test_skip_scan_gives_the_range_scans_rows_in_order(
    register: Database, monkeypatch: pytest.MonkeyPatch, skip_values: int
) -> None:
    monkeypatch.setattr(patient_search, "SKIP_VALUES", skip_values)  # 1 and 3: the range-scan rest
    index = patient_search._FIRST_LAST
    pairs = (
        ("ra", "sh"),
        ("rab", "s"),
        ("ra", "ra"),
        ("rag", "kum"),
        ("sh", "ra"),
        ("raz", "sh"),
        ("r", "k"),
    )
    with register.lookup() as conn:
        for a, b in pairs:
            for limit in (1, 4, 15, 200):
                want = expected(register, a, b, limit)
                assert [r[0] for r in patient_search._pair(conn, index, a, b, limit)] == want, (a, b, limit)
    assert len(expected(register, "ra", "sh", 200)) > 20


def test_search_lists_every_pairing(register: Database) -> None:
    clerk = make_user(register, "desk", Role.RECEPTIONIST)
    svc = PatientService(register)
    rows = svc.search(clerk, "ra sh", 200)
    names = [r.display_name for r in rows]
    want = expected(register, "ra", "sh", 200) + expected(register, "sh", "ra", 200)
    assert [r.id for r in rows][: len(want)] == want
    assert names[-3:] == ["Shanti Raj", "Shanti Rakesh", "Shanti Ramesh"]


def test_a_server_opens_a_name_search_in_one_statement(db: Database) -> None:
    if db.backend.value == "sqlite":
        pytest.skip("on SQLite a statement costs no round trip: they run one by one")
    clerk = make_user(db, "desk", Role.RECEPTIONIST)
    svc = PatientService(db)
    svc.search(clerk, "ram sharma")  # the first run of each statement goes through SQLAlchemy
    seen: list[str] = []
    real = Lookup.rows

    def capture(self: Lookup, stmt: Any, params: dict[str, Any]) -> Any:
        seen.append(str(stmt))
        return real(self, stmt, params)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Lookup, "rows", capture)
        svc.search(clerk, "ram sharma")
        assert "UNION ALL" in seen[0] and seen[0].count("FROM patient") >= 4, seen[0]
        seen.clear()
        svc.search(clerk, "98450")  # an old system's id or a phone's last digits: one round trip too
        assert len(seen) == 1 and "UNION ALL" in seen[0], seen


def test_every_union_a_server_may_be_sent_passes_the_oracle_lint() -> None:
    """The UNION ALLs run only on a server (not in a SQLite-only run): each shape compiled for Oracle."""
    from tests.oracle_lint import lint_structure, oracle_dialect

    tokens = ["ab", "cd", "ef"]
    shapes = set()
    for n_plain in (0, 1, 2, 3):  # what run_search opens with, however many tokens each key gives
        for n_phonetic in (0, 1, 2, 3):
            arms = patient_search._opening(tokens[:n_plain], patient_search._PLAIN, 50)
            arms += patient_search._opening(tokens[:n_phonetic], patient_search._PHONETIC, 50)
            shapes.add(tuple(stmt for stmt, _ in arms))
    last = (patient_search._LAST_FIRST.prefix, patient_search._PHON_LAST_FIRST.prefix)
    shapes |= {last, last[:1], last[1:]}
    # the digit lookups (an old id, an ABHA number, a phone or its last digits), as run_search sends them
    old, abha, phone, suffix = (
        patient_search._OLD_ID,
        patient_search._ABHA,
        patient_search._PHONE,
        patient_search._PHONE_PREFIX,
    )
    shapes |= {(old, suffix), (old, phone), (old, abha), (abha, phone), (old, abha, phone)}
    unions = [patient_search._union(s) for s in shapes if len(s) > 1]
    assert len(unions) >= 10
    for union in unions:
        assert lint_structure(union) == [], union
        assert "FETCH FIRST" in str(union.compile(dialect=oracle_dialect()))


def test_a_search_on_connections_the_server_dropped_still_answers(register: Database) -> None:
    """Lookups skip the pool's pre-ping (a round trip a keystroke): a connection that died while the
    desk was idle fails its statement, is invalidated, and read_retry runs the search on a new one."""
    if register.backend.value == "sqlite":
        pytest.skip("needs server connections to kill (PostgreSQL)")
    clerk = make_user(register, "desk", Role.RECEPTIONIST)
    svc = PatientService(register)
    want = [r.id for r in svc.search(clerk, "ra sh", 200)]  # compiles the statements, pools connections
    with register.engine.connect() as dba:
        dba.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    lost: list[BaseException] = []
    real = Lookup._raise

    def spy(self: Lookup, exc: BaseException, *args: Any) -> Any:
        lost.append(exc)
        return real(self, exc, *args)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Lookup, "_raise", spy)
        assert [r.id for r in svc.search(clerk, "ra sh", 200)] == want
    assert len(lost) == 1  # the dead connection was met (and the search ran again on a new one)
    assert [r.id for r in svc.search(clerk, "9845", 5)] == []


def test_every_search_statement_compiles_for_each_drivers_cursor() -> None:
    """Lookup runs the compiled string on the DBAPI cursor: for python-oracledb (no server here) each
    statement must compile to named binds it can be given exactly (no post-compile step, no extra key)."""
    from types import SimpleNamespace

    from sqlalchemy.dialects import postgresql, sqlite

    from hms_desktop.db import lookup
    from tests.oracle_lint import oracle_dialect

    stmts: list[Any] = [patient_search._OLD_ID, patient_search._ABHA, patient_search._PHONE]
    stmts += [patient_search._PHONE_PREFIX, patient_search._MRN]
    for keys in (*patient_search._PLAIN, *patient_search._PHONETIC):
        stmts += [
            keys.prefix,
            keys.first_value,
            keys.next_value,
            keys.first_rows,
            keys.next_rows,
            keys.rest_rows,
        ]
    stmts.append(patient_search._union((patient_search._OLD_ID, patient_search._PHONE_PREFIX)))
    for dialect in (oracle_dialect(), postgresql.psycopg.dialect(), sqlite.dialect()):
        for stmt in stmts:
            c = lookup._compile(stmt, SimpleNamespace(dialect=dialect))  # type: ignore[arg-type]
            if dialect.name == "sqlite":
                assert c.keys is None and c.sql.count("?") == len(c.names)
                continue
            assert c.keys is not None and set(c.names) <= {
                "lo",
                "hi",
                "b",
                "b2",
                "n",
                "v",
                "v_0",
                "lo_1",
                "hi_1",
                "n_0",
                "n_1",
            }
            mark = ":{}" if dialect.name == "oracle" else "%({})s"
            assert all(mark.format(k) in c.sql for k in c.keys), (dialect.name, c.sql)
    # python-oracledb gives a DATE as a datetime: the kept rows go through the dialect's processors
    import datetime as dt

    convert = lookup._converter(patient_search._ROWS, SimpleNamespace(dialect=oracle_dialect()))  # type: ignore[arg-type]
    row = convert(
        (1, "M", "A", None, "F", dt.datetime(1980, 1, 2), None, None, dt.datetime(2026, 1, 2, 3, 4))
    )
    assert row[5] == dt.date(1980, 1, 2) and type(row[5]) is dt.date
    assert row[8] == dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
