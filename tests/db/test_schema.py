"""The migrations produce exactly the models' schema, and the schema's guards hold on every backend."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import literal, select

from hms_desktop.db.engine import Database
from hms_desktop.db.migrate import current_revision, head_revision
from hms_desktop.db.models import Appointment, Base, Department, Doctor, Patient
from hms_desktop.domain.enums import AppointmentStatus
from hms_desktop.errors import ConnectionLost, DuplicateRecord, HmsError
from hms_desktop.services.guard import read_retry

T0 = dt.datetime(2026, 11, 24, 4, 30, tzinfo=dt.UTC)


def test_migrations_match_models(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # type-only noise is filtered by alembic's defaults; anything left is real drift
    assert diff == [], f"models and migrations differ; add a migration: {diff}"


def _doctor_and_patient(db: Database) -> tuple[int, int]:
    with db.write() as s:
        dep = Department(name="General Medicine", code="GEN", opens_min=540, closes_min=1080)
        doc = Doctor(
            full_name="Dr Asha Rao",
            qualifications="MBBS, MD",
            specialisation="General Medicine",
            department=dep,
            reg_number="KMC-100001",
            reg_expiry=dt.date(2030, 1, 1),
            consultation_fee=Decimal("400.00"),
        )
        pat = Patient(mrn="T-1", first_name="Ravi", last_name="Kumar", sex="M")
        s.add_all([dep, doc, pat])
        s.flush()
        return doc.id, pat.id


def _book(db: Database, doctor_id: int, patient_id: int, start: dt.datetime) -> int:
    with db.write() as s:
        appt = Appointment(
            patient_id=patient_id,
            doctor_id=doctor_id,
            starts_at=start,
            ends_at=start + dt.timedelta(minutes=15),
            slot_key=Appointment.make_slot_key(doctor_id, start),
        )
        s.add(appt)
        s.flush()
        return appt.id


def test_one_active_booking_per_slot(db: Database) -> None:
    doctor_id, patient_id = _doctor_and_patient(db)
    first = _book(db, doctor_id, patient_id, T0)
    with pytest.raises(DuplicateRecord):
        _book(db, doctor_id, patient_id, T0)
    # cancelling releases the slot (slot_key NULL); many cancelled rows may share the slot
    for _ in range(2):
        with db.write() as s:
            appt = s.get_one(Appointment, first)
            appt.status = AppointmentStatus.CANCELLED.value
            appt.slot_key = None
        first = _book(db, doctor_id, patient_id, T0)
    with db.read() as s:
        rows = s.execute(select(Appointment.status).where(Appointment.doctor_id == doctor_id)).all()
    assert sorted(r[0] for r in rows) == ["booked", "cancelled", "cancelled"]


def test_blank_strings_are_stored_as_null(db: Database) -> None:
    with db.write() as s:
        s.add(Patient(mrn="T-2", first_name="Meena", last_name="  ", email="", sex="F"))
    with db.read() as s:
        p = s.scalars(select(Patient).where(Patient.mrn == "T-2")).one()
    assert p.last_name is None and p.email is None
    assert p.first_key == "meena"


def test_timestamps_round_trip_as_utc_with_microseconds(db: Database) -> None:
    stamp = dt.datetime(2026, 3, 1, 23, 59, 59, 123456, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    with db.write() as s:
        s.add(Patient(mrn="T-3", first_name="Zoë", sex="F", created_at=stamp))
    with db.read() as s:
        got = s.scalars(select(Patient.created_at).where(Patient.mrn == "T-3")).one()
    assert got == stamp and got.tzinfo is not None and got.utcoffset() == dt.timedelta(0)


def test_department_hours_checked_by_database(db: Database) -> None:
    with pytest.raises(HmsError), db.write() as s:
        s.add(Department(name="Night", code="NGT", opens_min=1000, closes_min=900))


def test_read_is_retried_once_after_a_lost_connection(db: Database) -> None:
    """A server connection killed between checkout and query: the read runs again on a new one."""
    if db.backend.value != "postgresql":
        pytest.skip("needs a server connection to kill (PostgreSQL)")
    calls: list[int] = []

    @read_retry
    def read() -> int:
        calls.append(1)
        with db.read() as session:
            if len(calls) == 1:
                pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
                with db.engine.connect() as other:  # another pooled connection plays the DBA
                    other.exec_driver_sql("SELECT pg_terminate_backend(%(pid)s)", {"pid": pid})
                    other.commit()
            return int(session.execute(select(literal(42))).scalar_one())

    assert read() == 42
    assert len(calls) == 2


def test_writes_are_not_retried_and_report_a_lost_connection(db: Database) -> None:
    if db.backend.value != "postgresql":
        pytest.skip("needs a server connection to kill (PostgreSQL)")
    with pytest.raises(ConnectionLost), db.write() as session:
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        with db.engine.connect() as other:
            other.exec_driver_sql("SELECT pg_terminate_backend(%(pid)s)", {"pid": pid})
            other.commit()
        session.add(Patient(mrn="T-9", first_name="Lost", sex="F"))
    with db.read() as session:
        assert session.scalars(select(Patient).where(Patient.mrn == "T-9")).first() is None
