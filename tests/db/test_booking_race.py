"""8 OS processes x 200 booking attempts at the same few slots of one doctor's day.

Each process books and sometimes cancels through ``SchedulingService``. Whatever the interleaving,
every slot holds at most one active booking and the doctor never has more than the daily cap.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import random
from collections import Counter
from decimal import Decimal

from sqlalchemy import select

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import Appointment, Patient
from hms_desktop.db.profiles import Profile
from hms_desktop.domain import scheduling as dom
from hms_desktop.domain.enums import Role
from hms_desktop.errors import ValidationError
from hms_desktop.services.context import Actor
from hms_desktop.services.scheduling import SchedulingService
from hms_desktop.services.scheduling_types import DepartmentInput, DoctorInput, SessionInput, SlotTaken
from tests.unit.helpers import make_user

WORKERS = 8
ATTEMPTS = 200
CAP = 6
PATIENTS_PER_WORKER = 5


def _race(
    profile: Profile,
    password: str | None,
    actor: Actor,
    doctor_id: int,
    patients: list[int],
    slots: list[dt.datetime],
    seed: int,
    barrier: object,
) -> dict[str, int]:
    db = Database(make_engine(profile, password), profile)
    svc = SchedulingService(db)
    rng = random.Random(seed)
    outcome: Counter[str] = Counter()
    mine: list[int] = []
    try:
        barrier.wait()  # type: ignore[attr-defined]
        for _ in range(ATTEMPTS):
            if mine and rng.random() < 0.25:
                svc.cancel(actor, mine.pop(rng.randrange(len(mine))), "race test")
                outcome["cancelled"] += 1
                continue
            try:
                # the desk confirmed a second booking of a patient that day: the race is for slots
                info = svc.book(
                    actor, rng.choice(patients), doctor_id, rng.choice(slots), confirm_same_day=True
                )
                mine.append(info.id)
                outcome["booked"] += 1
            except SlotTaken:
                outcome["taken"] += 1
            except ValidationError as exc:
                outcome["cap" if "starts_at" in exc.errors else "overlap"] += 1
        return dict(outcome)
    finally:
        db.dispose()


def test_processes_racing_for_slots_respect_slot_and_cap(db: Database) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    desk = make_user(db, "desk", Role.RECEPTIONIST)
    svc = SchedulingService(db)
    dept = svc.save_department(admin, DepartmentInput("General Medicine", "GEN", "00:00", "24:00"))
    doc = svc.save_doctor(
        admin,
        DoctorInput(
            "Dr Asha Rao", "MBBS", "General Medicine", dept.id, "KMC-1", None,
            dt.date(2099, 1, 1), Decimal("300"), daily_cap=CAP,
        ),
    )  # fmt: skip
    svc.set_schedule(admin, doc.id, [SessionInput(d, "09:00", "11:30", 15) for d in range(7)])
    day = svc.clock.today() + dt.timedelta(days=1)
    slots = [s.starts_at for s in svc.day_slots(desk, doc.id, day)]
    assert len(slots) == 10
    with db.write() as s:
        pats = [
            Patient(mrn=f"R-{i}", first_name=f"R{i}", sex="F") for i in range(WORKERS * PATIENTS_PER_WORKER)
        ]
        s.add_all(pats)
        s.flush()
        pids = [p.id for p in pats]
    groups = [pids[i * PATIENTS_PER_WORKER : (i + 1) * PATIENTS_PER_WORKER] for i in range(WORKERS)]
    password = db.engine.url.password
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(WORKERS)
        with ctx.Pool(WORKERS) as pool:
            results = pool.starmap(
                _race,
                [(db.profile, password, desk, doc.id, groups[i], slots, i, barrier) for i in range(WORKERS)],
            )
    total: Counter[str] = Counter()
    for r in results:
        total.update(r)
    assert sum(total.values()) == WORKERS * ATTEMPTS
    assert total["booked"] >= CAP and total["taken"] > 0 and total["cap"] > 0
    lo, hi = dom.day_bounds(day, svc.clock.zone)
    with db.read() as s:
        active = s.execute(
            select(Appointment.starts_at, Appointment.patient_id)
            .where(Appointment.doctor_id == doc.id, Appointment.slot_key.is_not(None))
            .where(Appointment.starts_at >= lo, Appointment.starts_at < hi)
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
        every = s.scalars(select(Appointment.id).order_by(Appointment.id)).all()
    per_slot = Counter(start for start, _ in active)
    assert all(n == 1 for n in per_slot.values())
    assert len(active) <= CAP
    assert len(active) == total["booked"] - total["cancelled"]
    assert len(every) == total["booked"]
    # a patient never holds two active bookings at the same time
    assert len(set(active)) == len(active)
