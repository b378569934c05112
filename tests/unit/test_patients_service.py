"""Patient register: keyset paging visits every row once in every order; registration validates."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, Patient
from hms_desktop.domain.ages import age_text
from hms_desktop.domain.enums import Role
from hms_desktop.domain.identifiers import mrn_is_valid
from hms_desktop.errors import ConcurrentChange, PermissionDenied, ValidationError
from hms_desktop.services.context import Actor
from hms_desktop.services.patients import PatientService
from hms_desktop.services.patients_types import PatientChanged, PatientInput, PatientSort
from tests.unit.helpers import make_user

FIRST = ["Asha", "Ravi", "Zoë", "asha", "Imran", "Lakshmi", "Ravi"]
LAST = ["Rao", None, "D'Souza", "rao", "Khan", None, "Iyer", "Rao"]


@pytest.fixture
def clerk(db: Database) -> Actor:
    return make_user(db, "desk", Role.RECEPTIONIST)


@pytest.fixture
def filled(db: Database, clerk: Actor) -> PatientService:
    svc = PatientService(db)
    for i in range(45):
        svc.register(
            clerk,
            PatientInput(
                first_name=FIRST[i % len(FIRST)],
                last_name=LAST[i % len(LAST)],
                sex="MFO"[i % 3],
                age_years=i,
                phone=f"98450{i:05d}",
                city="Bengaluru",
            ),
        )
    # ties in created_at, so the id tiebreak matters
    same = dt.datetime(2025, 5, 1, 10, 0, tzinfo=dt.UTC)
    with db.write() as s:
        s.execute(update(Patient).where(Patient.id % 2 == 0).values(created_at=same))
    return svc


@pytest.mark.parametrize("sort", list(PatientSort))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("limit", [1, 7, 45])
def test_keyset_visits_every_row_once(
    filled: PatientService, clerk: Actor, sort: PatientSort, descending: bool, limit: int
) -> None:
    everything = filled.list_page(clerk, sort, descending, limit=1000)
    assert len(everything) == 45 == filled.count(clerk)
    seen = []
    after = None
    while True:
        page = filled.list_page(clerk, sort, descending, after=after, limit=limit)
        if not page:
            break
        assert len(page) <= limit
        seen += page
        after = page[-1].page_key(sort)
    assert [r.id for r in seen] == [r.id for r in everything]
    assert len({r.id for r in seen}) == 45


def test_name_order_is_the_shown_order_first_then_last(filled: PatientService, clerk: Actor) -> None:
    rows = [r for r in filled.list_page(clerk, PatientSort.NAME, limit=1000) if r.last_key is not None]
    keys = [(r.first_key, r.last_key, r.id) for r in rows]
    assert keys == sorted(keys)


def test_register_assigns_valid_mrn_and_normalises(db: Database, clerk: Actor) -> None:
    svc = PatientService(db)
    p = svc.register(
        clerk,
        PatientInput(
            first_name="  Priya ",
            last_name="Sharma",
            sex="F",
            date_of_birth=dt.date(1990, 2, 3),
            phone="+91 98450 12345",
            pin_code="560011",
            blood_group="o+",
            abha_number="91-5076-4536-2107",
            abha_address="Priya.S@abdm",
        ),
    )
    assert mrn_is_valid(p.mrn) and p.mrn.startswith("HMS-")
    assert p.first_name == "Priya" and p.phone == "9845012345" and p.blood_group == "O+"
    assert p.abha_number == "91507645362107" and p.abha_address == "priya.s@abdm"
    assert p.warnings and "check digit" in p.warnings[0]  # saved anyway, with a warning
    got = svc.get(clerk, p.id)
    assert got.mrn == p.mrn and got.display_name == "Priya Sharma"
    row = svc.list_page(clerk, PatientSort.MRN)[0]
    assert row.mrn == p.mrn and row.sex == "F" and row.age_text.endswith(" y")


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"first_name": " "}, "first_name"),
        ({"sex": "X"}, "sex"),
        ({"age_years": None}, "date_of_birth"),
        ({"age_years": None, "date_of_birth": dt.date(2999, 1, 1)}, "date_of_birth"),
        ({"age_years": 200}, "age_years"),
        ({"phone": "12345"}, "phone"),
        ({"pin_code": "012345"}, "pin_code"),
        ({"email": "nope"}, "email"),
        ({"blood_group": "C+"}, "blood_group"),
        ({"abha_number": "1234"}, "abha_number"),
        ({"abha_address": "x@gmail.com"}, "abha_address"),
        ({"emergency_phone": "555"}, "emergency_phone"),
        ({"last_name": "x" * 81}, "last_name"),
    ],
)
def test_validation_errors_per_field(db: Database, clerk: Actor, fields: dict[str, object], bad: str) -> None:
    base: dict[str, object] = {"first_name": "Asha", "sex": "F", "age_years": 30}
    base.update(fields)
    with pytest.raises(ValidationError) as err:
        PatientService(db).register(clerk, PatientInput(**base))  # type: ignore[arg-type]
    assert set(err.value.errors) == {bad}


def test_several_errors_at_once(db: Database, clerk: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        PatientService(db).register(clerk, PatientInput(first_name="", sex="Q", phone="1"))
    assert {"first_name", "sex", "phone", "date_of_birth"} <= set(err.value.errors)


def test_list_page_with_search_gives_one_page(filled: PatientService, clerk: Actor) -> None:
    assert len(filled.list_page(clerk, search="  ", limit=1000)) == 45  # blank: the whole register
    rows = filled.list_page(clerk, search="asha rao")
    assert rows and all(r.first_key == "asha" and r.last_key == "rao" for r in rows)
    assert filled.list_page(clerk, search="asha rao", after=rows[-1].page_key(PatientSort.NAME)) == []


def _input(**kw: object) -> PatientInput:
    base: dict[str, object] = {"first_name": "Meera", "last_name": "Nair", "sex": "F", "age_years": 40}
    base.update(kw)
    return PatientInput(**base)  # type: ignore[arg-type]


def test_two_desks_editing_second_gets_patient_changed(db: Database, clerk: Actor) -> None:
    other = make_user(db, "desk2", Role.NURSE)
    svc = PatientService(db)
    p = svc.register(clerk, _input(phone="9845012345", city="Kochi"))
    mine = svc.get(clerk, p.id)
    theirs = svc.get(other, p.id)
    saved = svc.update(other, p.id, theirs.row_version, _input(phone="9845012345", city="Thrissur"))
    assert saved.city == "Thrissur" and saved.row_version == p.row_version + 1
    with pytest.raises(PatientChanged) as err:
        svc.update(clerk, p.id, mine.row_version, _input(phone="9000012345", city="Kochi"))
    e = err.value
    assert isinstance(e, ConcurrentChange)
    assert e.changed_by == "desk2"
    assert e.fields == {"city": ("Thrissur", "Kochi"), "phone": ("9845012345", "9000012345")}
    assert e.current_version == saved.row_version
    assert "desk2" in e.message
    # nothing was overwritten; a reload-and-retry succeeds
    assert svc.get(clerk, p.id).city == "Thrissur"
    again = svc.update(clerk, p.id, e.current_version, _input(phone="9000012345", city="Thrissur"))
    assert again.phone == "9000012345"


def test_update_is_audited_with_changes(db: Database, clerk: Actor) -> None:
    svc = PatientService(db)
    p = svc.register(clerk, _input())
    svc.update(clerk, p.id, p.row_version, _input(city="Madurai", pin_code="625001"))
    with db.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.action == "patient.update")).one()
    changes = json.loads(row.details or "{}")["changes"]
    assert changes == {"city": [None, "Madurai"], "pin_code": [None, "625001"]}
    assert row.entity_id == str(p.id) and row.username == "desk"


def test_update_validates_and_keeps_version(db: Database, clerk: Actor) -> None:
    svc = PatientService(db)
    p = svc.register(clerk, _input())
    with pytest.raises(ValidationError) as err:
        svc.update(clerk, p.id, p.row_version, _input(pin_code="012345"))
    assert set(err.value.errors) == {"pin_code"}
    assert svc.get(clerk, p.id).row_version == p.row_version


@pytest.mark.parametrize("role", [Role.DOCTOR, Role.CASHIER])
def test_edit_denied_for_roles_without_patient_edit(db: Database, clerk: Actor, role: Role) -> None:
    svc = PatientService(db)
    p = svc.register(clerk, _input())
    actor = make_user(db, f"u{role.value}", role)
    with pytest.raises(PermissionDenied):
        svc.update(actor, p.id, p.row_version, _input(city="Pune"))
    with db.read() as s:
        denied = s.scalars(select(AuditLog).where(AuditLog.outcome == "denied")).all()
    assert [d.action for d in denied] == ["patient.edit"]


@pytest.mark.parametrize(
    ("dob", "expected"),
    [((1990, 6, 15), "35 y"), ((2025, 2, 1), "8 m"), ((2025, 10, 1), "14 d"), ((2024, 10, 16), "11 m")],
)
def test_age_text(dob: tuple[int, int, int], expected: str) -> None:
    assert age_text(dt.date(*dob), dt.date(2025, 10, 15)) == expected
