"""A small clinic for queue tests: two departments, three doctors on duty all day, staff accounts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hms_desktop.db.engine import Database
from hms_desktop.db.models import StaffUser
from hms_desktop.domain.enums import Role
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.scheduling_types import DepartmentInput, DoctorInput, SessionInput
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.helpers import make_user


@dataclasses.dataclass
class QueueClinic:
    db: Database
    sv: Services
    admin: Actor
    nurse: Actor
    desk: Actor
    cashier: Actor
    gp: Actor  # doctor actors, linked to their doctor rows
    gp2: Actor
    cardio: Actor
    gen_id: int
    card_id: int

    def walk_in(self, name: str, complaint: str | None = None, department_id: int | None = None) -> int:
        return self.sv.visits.register_walk_in(
            self.desk, WalkInInput(name, "F", 40, None, complaint=complaint, department_id=department_id)
        ).queue_entry_id


def doctor_actor(db: Database, username: str, doctor_id: int) -> Actor:
    actor = make_user(db, username, Role.DOCTOR)
    with db.write() as s:
        user = s.get(StaffUser, actor.user_id)
        assert user is not None
        user.doctor_id = doctor_id
    return dataclasses.replace(actor, doctor_id=doctor_id)


def build_clinic(db: Database, *, cap: int = 12) -> QueueClinic:
    sv = build_services(db)
    admin = make_user(db, "admin", Role.ADMIN)
    sched = sv.scheduling
    gen = sched.save_department(admin, DepartmentInput("General Medicine", "GM", "00:00", "24:00"))
    card = sched.save_department(admin, DepartmentInput("Cardiology", "CARD", "00:00", "24:00"))
    ids = []
    for i, (name, spec, dept, room) in enumerate(
        (
            ("Dr. Asha Rao", "General Physician", gen.id, "R-1"),
            ("Dr. Bala Iyer", "General Physician", gen.id, "R-2"),
            ("Dr. Chitra Menon", "Cardiologist", card.id, "R-9"),
        )
    ):
        doc = sched.save_doctor(
            admin,
            DoctorInput(
                name, "MBBS", spec, dept, f"KMC-{i}", None, dt.date(2099, 1, 1), Decimal("300"),
                daily_cap=cap, room=room,
            ),
        )  # fmt: skip
        sched.set_schedule(admin, doc.id, [SessionInput(d, "00:00", "24:00", 15) for d in range(7)])
        ids.append(doc.id)
    return QueueClinic(
        db=db,
        sv=sv,
        admin=admin,
        nurse=make_user(db, "nurse", Role.NURSE),
        desk=make_user(db, "desk", Role.RECEPTIONIST),
        cashier=make_user(db, "cash", Role.CASHIER),
        gp=doctor_actor(db, "drasha", ids[0]),
        gp2=doctor_actor(db, "drbala", ids[1]),
        cardio=doctor_actor(db, "drchitra", ids[2]),
        gen_id=gen.id,
        card_id=card.id,
    )
