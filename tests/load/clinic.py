"""The clinic a load run plays in: a fresh database, the demo clinic, one account per desk.

The demo clinic (``seed_demo``: departments, 12 doctors, the price list, 3,000 patients, past
appointments and bills) is seeded as of a month ago, so today's queue starts empty and today's work
is the desks' own. Every doctor then sits all day every day (a run may happen at any hour), and each
desk gets its own account (doctors linked to their doctor rows), so the audit trail says which desk
did what. The first walk-ins are registered through the service, so the doctors have patients to
call from the first second.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import create_engine, delete, select, text, true, update
from sqlalchemy.engine import make_url

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.migrate import upgrade
from hms_desktop.db.models import Doctor, DoctorSchedule, StaffUser
from hms_desktop.db.profiles import Backend, Profile, profile_from_url
from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.services.container import build_services
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.helpers import FAST_HASHER

PASSWORD = "load-desk-pass"
ROLES = ("receptionist", "nurse", "doctor", "cashier")


@dataclasses.dataclass(frozen=True)
class DeskAccount:
    index: int
    role: str  # one of ROLES
    username: str
    rank: int  # 0.. among the desks of its role
    peers: int  # desks of its role
    doctor_id: int | None = None


@dataclasses.dataclass(frozen=True)
class LoadClinic:
    profile: Profile
    password: str | None  # the database password (None: SQLite, or trust auth)
    admin_url: str | None  # PostgreSQL: the server's maintenance database, for the statistics
    desks: tuple[DeskAccount, ...]
    doctor_ids: tuple[int, ...]


def role_mix(desks: int) -> list[str]:
    """Desks by role: 30% reception, 20% nurses, 30% doctors (at most the 12 demo doctors), the
    rest cashiers; at least one of each."""
    doctors = max(1, min(12, round(desks * 0.3)))
    reception = max(1, round(desks * 0.3))
    nurses = max(1, round(desks * 0.2))
    cashiers = max(1, desks - doctors - reception - nurses)
    roles = ["receptionist"] * reception + ["nurse"] * nurses + ["doctor"] * doctors + ["cashier"] * cashiers
    return roles[:desks] if len(roles) > desks else roles


def create_database(target: str, folder: Path) -> tuple[Profile, str | None, str | None]:
    """A new empty database: a file in ``folder`` for 'sqlite', else a new database on the
    PostgreSQL server ``target`` names."""
    if target == "sqlite":
        path = folder / "load.db"
        path.unlink(missing_ok=True)
        return Profile("load", Backend.SQLITE, database=str(path)), None, None
    url = make_url(target)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"hms_load_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    profile, password = profile_from_url(str(url.set(database=name).render_as_string(False)))
    return profile, password, url.render_as_string(False)


def drop_database(clinic: LoadClinic) -> None:
    if clinic.admin_url is None:
        return
    admin = create_engine(make_url(clinic.admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{clinic.profile.database}" WITH (FORCE)'))
    admin.dispose()


def build(target: str, folder: Path, desks: int, patients: int = 3000, walk_ins: int = 40) -> LoadClinic:
    profile, password, admin_url = create_database(target, folder)
    db = Database(make_engine(profile, password), profile)
    try:
        upgrade(db.engine)
        accounts, doctor_ids = populate(db, desks, patients, walk_ins)
        return LoadClinic(profile, password, admin_url, tuple(accounts), doctor_ids)
    finally:
        db.dispose()


def populate(
    db: Database, desks: int, patients: int, walk_ins: int
) -> tuple[list[DeskAccount], tuple[int, ...]]:
    """The demo clinic as of a month ago, doctors on duty all day, an account per desk, walk-ins."""
    services = build_services(db)
    month_ago = services.clock.today() - dt.timedelta(days=30)
    seed_demo(db, patients=patients, today=month_ago, hasher=FAST_HASHER)
    services = build_services(db)  # the clock in the clinic's zone, now that the settings exist
    with db.write() as s:
        doctor_ids = tuple(s.scalars(select(Doctor.id).where(Doctor.is_active == true()).order_by(Doctor.id)))
        # the demo's lapsed and soon-due registrations would refuse or warn on every booking
        s.execute(update(Doctor).values(reg_expiry=services.clock.today() + dt.timedelta(days=365)))
        s.execute(delete(DoctorSchedule))  # every doctor sits all day, every day
        s.add_all(
            DoctorSchedule(doctor_id=d, weekday=wd, start_min=0, end_min=24 * 60, slot_minutes=15)
            for d in doctor_ids
            for wd in range(7)
        )
    accounts = _accounts(db, role_mix(desks), doctor_ids)
    reception = services.auth.login("reception", DEMO_PASSWORD)
    for i in range(walk_ins):
        services.visits.register_walk_in(
            reception, WalkInInput(f"Early{i}", "F" if i % 2 else "M", 20 + i % 50, complaint="Fever")
        )
    return accounts, doctor_ids


def _accounts(db: Database, roles: list[str], doctor_ids: tuple[int, ...]) -> list[DeskAccount]:
    counts = {r: roles.count(r) for r in ROLES}
    seen = dict.fromkeys(ROLES, 0)
    out = []
    # one hash for all (the desks share the password, not the account), at the production cost: a
    # cheap hash would be rehashed at each desk's first sign-in, doubling the argon2 work
    digest = PasswordHasher().hash(PASSWORD)
    with db.write() as s:
        for i, role in enumerate(roles):
            rank = seen[role]
            seen[role] += 1
            doctor_id = doctor_ids[rank] if role == "doctor" else None
            username = f"{role[:4]}{rank + 1:02d}"
            s.add(
                StaffUser(
                    username=username,
                    full_name=f"Load {role} {rank + 1}",
                    password_hash=digest,
                    role=Role(role).value,
                    status=UserStatus.ACTIVE.value,
                    failed_logins=0,
                    doctor_id=doctor_id,
                )
            )
            out.append(DeskAccount(i, role, username, rank, counts[role], doctor_id))
    return out
