"""Quick walk-in: patient + today's queue entry + token in one transaction, safe with two desks."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import ChangeCounter, ClinicSetting, Department, Patient, QueueEntry
from hms_desktop.domain.enums import Role
from hms_desktop.errors import PermissionDenied, ValidationError
from hms_desktop.services.context import Actor
from hms_desktop.services.visits import VisitService
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.helpers import make_user


@pytest.fixture
def clerk(db: Database) -> Actor:
    return make_user(db, "desk", Role.RECEPTIONIST)


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Patient)) or 0,
            s.scalar(select(func.count()).select_from(QueueEntry)) or 0,
        )


def test_walk_in_registers_and_queues(db: Database, clerk: Actor) -> None:
    svc = VisitService(db)
    a = svc.register_walk_in(clerk, WalkInInput("Ramesh", "M", 45, "9845012345", complaint="Fever"))
    b = svc.register_walk_in(clerk, WalkInInput("Sita", "F", 30, None, last_name="Devi"))
    assert (a.token_no, b.token_no) == (1, 2)
    assert a.token_series == "ALL" and a.patient.dob_estimated
    with db.read() as s:
        e = s.get(QueueEntry, a.queue_entry_id)
        assert e is not None
        assert (e.source, e.status, e.chief_complaint, e.patient_id) == (
            "walk_in",
            "waiting",
            "Fever",
            a.patient.id,
        )
        assert e.visit_date == svc.clock.today()
        counter = s.get(ChangeCounter, "queue")
        assert counter is not None and counter.counter == 2
    assert counts(db) == (2, 2)


def test_walk_in_is_atomic(db: Database, clerk: Actor) -> None:
    svc = VisitService(db)
    with pytest.raises(ValidationError) as err:
        svc.register_walk_in(clerk, WalkInInput("Ramesh", "M", 45, "12345"))
    assert set(err.value.errors) == {"phone"}
    with pytest.raises(ValidationError):
        svc.register_walk_in(clerk, WalkInInput("Ramesh", "M", None))
    # a failure after the patient insert (unknown department) leaves no patient behind
    with pytest.raises(Exception, match="department"):
        svc.register_walk_in(clerk, WalkInInput("Ramesh", "M", 45, department_id=999))
    assert counts(db) == (0, 0)


def test_token_per_department(db: Database, clerk: Actor) -> None:
    with db.write() as s:
        s.add(ClinicSetting(id=1, legal_name="Clinic", token_per_dept=True))
        s.add(Department(name="General Medicine", code="GM", opens_min=540, closes_min=1020))
        s.add(Department(name="Paediatrics", code="PED", opens_min=540, closes_min=1020))
        s.flush()
        gm, ped = (s.scalar(select(Department.id).where(Department.code == c)) for c in ("GM", "PED"))
    svc = VisitService(db)
    t = [
        svc.register_walk_in(clerk, WalkInInput("A", "M", 5, department_id=ped)),
        svc.register_walk_in(clerk, WalkInInput("B", "F", 50, department_id=gm)),
        svc.register_walk_in(clerk, WalkInInput("C", "F", 6, department_id=ped)),
        svc.register_walk_in(clerk, WalkInInput("D", "M", 70)),
    ]
    assert [(r.token_series, r.token_no) for r in t] == [("PED", 1), ("GM", 1), ("PED", 2), ("ALL", 1)]


def test_two_desks_at_once_get_distinct_tokens(db: Database, clerk: Actor) -> None:
    svc = VisitService(db)
    results: list[int] = []
    errors: list[BaseException] = []

    def desk(n: int) -> None:
        try:
            for i in range(5):
                results.append(svc.register_walk_in(clerk, WalkInInput(f"P{n}x{i}", "M", 30)).token_no)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert sorted(results) == list(range(1, 21))
    assert counts(db) == (20, 20)


def test_walk_in_denied_for_doctor(db: Database) -> None:
    doctor = make_user(db, "doc", Role.DOCTOR)
    with pytest.raises(PermissionDenied):
        VisitService(db).register_walk_in(doctor, WalkInInput("A", "M", 5))
    assert counts(db) == (0, 0)
