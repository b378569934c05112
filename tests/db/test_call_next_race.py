"""4 doctors in 4 OS processes press "Call next" as fast as they can over one shared queue.

Every patient must be called exactly once: nobody twice (two doctors never get the same patient)
and nobody skipped, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from collections import Counter
from decimal import Decimal

from sqlalchemy import select

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import AuditLog, QueueEntry
from hms_desktop.db.profiles import Profile
from hms_desktop.services.context import Actor
from hms_desktop.services.queue import QueueService
from hms_desktop.services.scheduling_types import DoctorInput, SessionInput
from tests.unit.queue_clinic import build_clinic, doctor_actor

DOCTORS = 4
PATIENTS = 80


def _doctor_loop(profile: Profile, password: str | None, actor: Actor, barrier: object) -> list[int] | str:
    db = Database(make_engine(profile, password), profile)
    queue = QueueService(db)
    seen: list[int] = []
    try:
        barrier.wait()  # type: ignore[attr-defined]
        for _ in range(PATIENTS * 2):  # bounded: a broken call-next fails here rather than hangs
            row = queue.call_next(actor)
            if row is None:
                break
            seen.append(row.id)
            queue.finish(actor, row.id)
        return seen
    except Exception as exc:  # an HmsError may not unpickle in the parent: send it as text
        return f"{type(exc).__name__}: {exc}"
    finally:
        db.dispose()


def test_concurrent_call_next_never_gives_a_patient_twice(db: Database) -> None:
    c = build_clinic(db, cap=200)
    extra = c.sv.scheduling.save_doctor(
        c.admin,
        DoctorInput("Dr. Dinesh Pai", "MBBS", "General Physician", c.gen_id, "KMC-9", None,
                    dt.date(2099, 1, 1), Decimal("300"), daily_cap=200, room="R-3"),
    )  # fmt: skip
    c.sv.scheduling.set_schedule(c.admin, extra.id, [SessionInput(d, "00:00", "24:00", 15) for d in range(7)])
    doctors = [c.gp, c.gp2, c.cardio, doctor_actor(db, "drdinesh", extra.id)]
    ids = [c.walk_in(f"P{i}") for i in range(PATIENTS)]  # no department: any doctor may call them
    password = db.engine.url.password
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(DOCTORS)
        with ctx.Pool(DOCTORS) as pool:
            results = pool.starmap(_doctor_loop, [(db.profile, password, d, barrier) for d in doctors])
    errors = [r for r in results if isinstance(r, str)]
    assert not errors, errors
    lists = [r for r in results if not isinstance(r, str)]
    called = [i for r in lists for i in r]
    assert Counter(called).most_common(1)[0][1] == 1, "a patient was called by two doctors"
    assert sorted(called) == sorted(ids), "a patient was skipped"
    if db.profile.backend.value != "sqlite":  # SQLite serialises writers: one process may take all
        assert sum(1 for r in lists if r) >= 2, "the doctors did not actually race"
    with db.read() as s:
        entries = [e for e in s.scalars(select(QueueEntry)).all() if e.id in set(ids)]
        calls = s.scalars(select(AuditLog.entity_id).where(AuditLog.action == "queue.call_next")).all()
    assert {e.status for e in entries} == {"done"} and {e.call_count for e in entries} == {1}
    assert sorted(int(x or 0) for x in calls) == sorted(ids)
    by_doctor = {d.doctor_id: set(r) for d, r in zip(doctors, lists, strict=True)}
    for e in entries:  # the entry records the doctor whose process called it
        assert e.id in by_doctor[e.doctor_id]
