"""Several OS processes race for the same slot: the database lets exactly one booking through."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp

from sqlalchemy import select

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import Appointment
from hms_desktop.db.profiles import Profile
from hms_desktop.errors import DuplicateRecord
from tests.db.test_schema import T0, _doctor_and_patient

WORKERS = 6


def _race(profile: Profile, password: str | None, doctor_id: int, patient_id: int, barrier: object) -> str:
    db = Database(make_engine(profile, password), profile)
    try:
        barrier.wait()  # type: ignore[attr-defined]
        with db.write() as s:
            s.add(
                Appointment(
                    patient_id=patient_id,
                    doctor_id=doctor_id,
                    starts_at=T0,
                    ends_at=T0 + dt.timedelta(minutes=15),
                    slot_key=Appointment.make_slot_key(doctor_id, T0),
                )
            )
        return "booked"
    except DuplicateRecord:
        return "taken"
    finally:
        db.dispose()


def test_processes_racing_for_one_slot(db: Database) -> None:
    doctor_id, patient_id = _doctor_and_patient(db)
    password = db.engine.url.password
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(WORKERS)
        with ctx.Pool(WORKERS) as pool:
            results = pool.starmap(_race, [(db.profile, password, doctor_id, patient_id, barrier)] * WORKERS)
    assert sorted(results) == ["booked"] + ["taken"] * (WORKERS - 1)
    with db.read() as s:
        assert len(s.scalars(select(Appointment.id)).all()) == 1
