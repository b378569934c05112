"""Patient register: keyset paging visits every row once in every order; registration validates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.domain.enums import Role
from hms_desktop.domain.identifiers import mrn_is_valid
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.services.context import Actor
from hms_desktop.services.patients import PatientInput, PatientService, PatientSort, age_text
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


def test_search_not_yet(db: Database, clerk: Actor) -> None:
    svc = PatientService(db)
    assert svc.list_page(clerk, search="  ") == []
    with pytest.raises(HmsError):
        svc.list_page(clerk, search="asha")


@pytest.mark.parametrize(
    ("dob", "expected"),
    [((1990, 6, 15), "35 y"), ((2025, 2, 1), "8 m"), ((2025, 10, 1), "14 d"), ((2024, 10, 16), "11 m")],
)
def test_age_text(dob: tuple[int, int, int], expected: str) -> None:
    assert age_text(dt.date(*dob), dt.date(2025, 10, 15)) == expected
