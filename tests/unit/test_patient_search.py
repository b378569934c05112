"""Search as you type: names in any order, phone or its end, MRN with or without check, ABHA number."""

from __future__ import annotations

from typing import Any

import pytest

from hms_desktop.db.engine import Database
from hms_desktop.domain.enums import Role
from hms_desktop.domain.identifiers import format_abha
from hms_desktop.errors import PermissionDenied
from hms_desktop.services.context import Actor
from hms_desktop.services.patients import PatientService
from hms_desktop.services.patients_types import PatientDetail, PatientInput, PatientRow
from tests.unit.helpers import make_user

ABHA = "91507645362107"  # 14 digits (the Luhn result does not matter for search)


@pytest.fixture
def clerk(db: Database) -> Actor:
    return make_user(db, "desk", Role.RECEPTIONIST)


@pytest.fixture
def reg(db: Database, clerk: Actor) -> dict[str, PatientDetail]:
    svc = PatientService(db)
    people = {
        "zoe": PatientInput(first_name="Zoë", last_name="D'Souza", sex="F", age_years=30, phone="9845012345"),
        "asha": PatientInput(first_name="Asha", last_name="Rao", sex="F", age_years=41, phone="9000011111"),
        "rao": PatientInput(first_name="Rao", last_name="Bahadur", sex="M", age_years=60, phone="8000022345"),
        "ravi": PatientInput(
            first_name="Ravi",
            last_name="Kumar",
            sex="M",
            age_years=25,
            phone="+91 70000 33333",
            abha_number=ABHA,
        ),
        "sri": PatientInput(first_name="Sri Devi", last_name="Iyer", sex="F", age_years=50),
        "imran": PatientInput(first_name="Imran", sex="M", age_years=35, phone="9988776655"),
    }
    return {k: svc.register(clerk, v) for k, v in people.items()}


def names(rows: list[PatientRow]) -> list[str]:
    return [r.display_name for r in rows]


def test_name_prefix_of_first_or_last(db: Database, clerk: Actor, reg: dict[str, PatientDetail]) -> None:
    svc = PatientService(db)
    # first-name matches come first (in name order), then last-name matches
    assert names(svc.search(clerk, "rao")) == ["Rao Bahadur", "Asha Rao"]
    assert names(svc.search(clerk, "RA")) == ["Rao Bahadur", "Ravi Kumar", "Asha Rao"]
    assert names(svc.search(clerk, "kum")) == ["Ravi Kumar"]
    assert svc.search(clerk, "xyz") == []


def test_tokens_in_any_order(db: Database, clerk: Actor, reg: dict[str, PatientDetail]) -> None:
    svc = PatientService(db)
    assert names(svc.search(clerk, "asha rao")) == ["Asha Rao"]
    assert names(svc.search(clerk, "rao asha")) == ["Asha Rao"]
    assert names(svc.search(clerk, "ku ra")) == ["Ravi Kumar"]
    assert names(svc.search(clerk, "sri devi")) == ["Sri Devi Iyer"]
    assert names(svc.search(clerk, "iyer sri")) == ["Sri Devi Iyer"]


def test_case_and_accent_insensitive(db: Database, clerk: Actor, reg: dict[str, PatientDetail]) -> None:
    svc = PatientService(db)
    for text in ("zoe", "ZOË", "Zoe dsouza", "d'souza", "DSOUZA zo"):
        assert names(svc.search(clerk, text)) == ["Zoë D'Souza"], text


def test_phone_full_and_suffix(db: Database, clerk: Actor, reg: dict[str, PatientDetail]) -> None:
    svc = PatientService(db)
    assert names(svc.search(clerk, "9845012345")) == ["Zoë D'Souza"]
    assert names(svc.search(clerk, "+91 98450-12345")) == ["Zoë D'Souza"]
    assert names(svc.search(clerk, "09845012345")) == ["Zoë D'Souza"]
    assert names(svc.search(clerk, "33333")) == ["Ravi Kumar"]
    # last four digits shared by two patients: both, in phone_rev order
    assert sorted(names(svc.search(clerk, "2345"))) == ["Rao Bahadur", "Zoë D'Souza"]
    assert svc.search(clerk, "345") == []  # fewer than four digits: too vague


def test_mrn_with_or_without_check(db: Database, clerk: Actor, reg: dict[str, PatientDetail]) -> None:
    svc = PatientService(db)
    mrn = reg["imran"].mrn  # HMS-000000N-C
    prefix, number, check = mrn.split("-")
    for text in (mrn, mrn.lower(), f"{prefix}{number}{check}", f"{prefix}-{number}", f"{prefix}{number}"):
        assert names(svc.search(clerk, text)) == ["Imran"], text
    wrong = "0" if check != "0" else "1"
    assert svc.search(clerk, f"{prefix}-{number}-{wrong}") == []


def test_abha_with_or_without_dashes(db: Database, clerk: Actor, reg: dict[str, PatientDetail]) -> None:
    svc = PatientService(db)
    assert names(svc.search(clerk, ABHA)) == ["Ravi Kumar"]
    assert names(svc.search(clerk, format_abha(ABHA))) == ["Ravi Kumar"]


def test_limit_and_order(db: Database, clerk: Actor) -> None:
    svc = PatientService(db)
    for i in range(12):
        svc.register(clerk, PatientInput(first_name="Anil", last_name=f"Shah{i:02d}", sex="M", age_years=30))
    rows = svc.search(clerk, "anil", limit=5)
    assert [r.display_name for r in rows] == [f"Anil Shah{i:02d}" for i in range(5)]


def test_search_needs_patient_view(db: Database, reg: dict[str, PatientDetail]) -> None:
    # every role may view patients today; an unknown role would be denied by require()
    doctor = make_user(db, "doc", Role.DOCTOR)
    assert names(PatientService(db).search(doctor, "imran")) == ["Imran"]


def test_search_denied_is_audited(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from hms_desktop.domain import permissions

    cashier = make_user(db, "cash", Role.CASHIER)
    monkeypatch.setitem(permissions.MATRIX, Role.CASHIER, frozenset())
    with pytest.raises(PermissionDenied):
        PatientService(db).search(cashier, "asha")


def test_every_search_query_is_an_index_search_on_sqlite(sqlite_db: Database) -> None:
    """EXPLAIN QUERY PLAN of each statement a search runs: SEARCH using an index, never a SCAN."""
    from sqlalchemy import event

    clerk = make_user(sqlite_db, "desk", Role.RECEPTIONIST)
    svc = PatientService(sqlite_db)
    mrn = svc.register(clerk, PatientInput(first_name="Asha", last_name="Rao", sex="F", age_years=3)).mrn
    seen: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM patient" in statement:
            seen.append((statement, params))

    event.listen(sqlite_db.engine, "before_cursor_execute", capture)
    try:
        for text in ("asha", "rao asha", "2345", "9845012345", mrn, ABHA):
            svc.search(clerk, text)
        svc.find_duplicates(clerk, "Laxmi", "Rao", "9845012345", None, 30, "F")
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", capture)
    assert len(seen) >= 10
    with sqlite_db.engine.connect() as conn:
        for statement, params in seen:
            plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params))
            assert "SEARCH patient USING" in plan and "SCAN patient" not in plan, (statement, plan)
            assert "TEMP B-TREE" not in plan, (statement, plan)  # rows come in index order


def test_search_rows_are_the_rows_the_list_gives(
    db: Database, clerk: Actor, reg: dict[str, PatientDetail]
) -> None:
    """Search reads the driver's tuples and converts only what it keeps (db/lookup.py); the list pages
    through the ORM's result processing. Every field must agree: dates, the UTC stamp, the local day."""
    svc = PatientService(db)
    listed = {r.id: r for r in svc.list_page(clerk, limit=200)}
    found = [
        r
        for text in ("a", "r", "i", "z", "9845", "70000 33333", ABHA, reg["asha"].mrn)
        for r in svc.search(clerk, text)
    ]
    assert len({r.id for r in found}) == len(reg)
    for r in found:
        assert r == listed[r.id] and r.created_at.tzinfo is not None
        assert type(r.registered_on) is type(listed[r.id].registered_on)


def test_a_built_row_is_a_plain_patient_row() -> None:
    import dataclasses
    import datetime as dt

    fields = dataclasses.fields(PatientRow)
    assert all(f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING for f in fields)
    assert not hasattr(PatientRow, "__post_init__")
    stamp = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    values = (7, "BEN0000007X", "Asha Rao", "F", "41 y", None, "Mysuru", stamp.date(), "rao", "asha", stamp)
    built, plain = PatientRow.built(*values), PatientRow(*values)
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.city = "Hosur"  # type: ignore[misc]
