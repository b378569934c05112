"""Demo data: a believable Bengaluru clinic with doctors, a price list, patients and today's work.

Deterministic for a given ``rng_seed`` and ``today``. Runs in one unit of work and only on an empty
database. The staff accounts it creates all use the password ``demo1234``: these are DEMO
credentials, printed and logged as such; a real clinic starts from ``create_first_admin`` instead.

Patients are inserted with Core ``insert()`` executemany (the ORM would build 3,000 objects), so the
search keys the Patient model's event keeps are computed here with the same functions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import random

from argon2 import PasswordHasher
from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    ClinicSetting,
    Patient,
    StaffUser,
)
from hms_desktop.errors import HmsError
from hms_desktop.services import audit
from hms_desktop.services.context import SYSTEM
from hms_desktop.services.demo_clinic import ClinicSeeder
from hms_desktop.services.demo_data import DEPARTMENTS, IST, local_time
from hms_desktop.services.demo_day import DayWorkSeeder
from hms_desktop.services.demo_types import (
    DEFAULT_SEED,
    DEMO_PASSWORD,
    DEMO_USERS,
    DemoSummary,
)

__all__ = ["seed_demo"]

log = logging.getLogger(__name__)


def _is_empty(s: Session) -> bool:
    users = s.scalar(select(func.count()).select_from(StaffUser)) or 0
    settings = s.scalar(select(func.count()).select_from(ClinicSetting)) or 0
    patients = s.scalar(select(func.count()).select_from(Patient)) or 0
    return users == 0 and settings == 0 and patients == 0


def seed_demo(
    db: Database,
    patients: int = 3000,
    today: dt.date | None = None,
    rng_seed: int = DEFAULT_SEED,
    hasher: PasswordHasher | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo clinic; raises HmsError when it already has data."""
    # a given day makes the run deterministic: "now" is 2 p.m. that day; else the real clock
    now = local_time(today, 14 * 60) if today else utcnow()
    day = today or now.astimezone(IST).date()
    rng = random.Random(rng_seed)
    fake = Faker("en_IN")
    fake.seed_instance(rng_seed)
    # one hash for the five demo accounts: they share the demo password anyway
    password_hash = (hasher or PasswordHasher()).hash(DEMO_PASSWORD)
    with db.write() as s:
        if not _is_empty(s):
            raise HmsError("The database already has data; demo data goes only into an empty database.")
        seeder = ClinicSeeder(s, rng, fake, day, now)
        work = DayWorkSeeder(s, rng, day, now)
        seeder.clinic()
        doctors = seeder.organisation()
        items = seeder.billing_tables()
        seeder.drug_list()
        users = seeder.users(password_hash, doctors[0])
        patient_ids = seeder.patients(patients, users["nurse"].id)
        if not patient_ids:
            patient_ids = seeder.patients(20)
        appts = work.appointments(doctors, patient_ids, users["reception"].id)
        entries = work.queue(doctors, patient_ids, appts, users["nurse"].id)
        invoices = work.invoices(entries, doctors, items, patient_ids, users["cashier"].id)
        summary = DemoSummary(
            patients=len(patient_ids),
            doctors=len(doctors),
            departments=len(DEPARTMENTS),
            appointments=len(appts),
            queue_entries=len(entries),
            invoices=invoices,
            users=DEMO_USERS,
        )
        audit.record(
            s,
            SYSTEM,
            "demo.seed",
            None,
            None,
            {k: v for k, v in dataclasses.asdict(summary).items() if k != "password"},
        )
    log.warning(
        "DEMO credentials created: users %s, password %r. Not for a real clinic.",
        ", ".join(DEMO_USERS),
        DEMO_PASSWORD,
    )
    return summary
