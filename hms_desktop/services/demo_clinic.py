"""Seeding step one: the demo clinic's settings, organisation, price list, drugs, staff and patients."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any, cast

from faker import Faker
from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from hms_desktop.db.models import (
    BillableItem,
    ClinicSetting,
    Department,
    Doctor,
    DoctorLeave,
    DoctorSchedule,
    Drug,
    Patient,
    StaffUser,
)
from hms_desktop.domain.enums import (
    Role,
    Sex,
    UserStatus,
)
from hms_desktop.domain.identifiers import make_gstin, make_mrn
from hms_desktop.domain.text import digits_reversed, search_key
from hms_desktop.services.demo_data import (
    BLOOD,
    CITIES,
    CLINIC_STATE,
    DEPARTMENTS,
    DOCTORS,
    DRUG_LIST,
    MRN_PREFIX,
    PRICE_LIST,
    abha,
    allergy_fields,
    mobile,
)
from hms_desktop.services.demo_types import DEMO_TIME_ZONE


class ClinicSeeder:
    """What the clinic is before its first day: one instance per seeding unit of work."""

    def __init__(self, s: Session, rng: random.Random, fake: Faker, today: dt.date, now: dt.datetime) -> None:
        self.s, self.rng, self.fake, self.today, self.now = s, rng, fake, today, now

    # --- organisation -----------------------------------------------------------------------

    def clinic(self) -> None:
        self.s.add(
            ClinicSetting(
                id=1,
                legal_name="Sanjeevini Family Clinic LLP",
                trade_name="Sanjeevini Family Clinic",
                address_line1="No. 42, 4th Cross, 7th Main Road",
                address_line2="Jayanagar 4th Block",
                city="Bengaluru",
                state_name="Karnataka",
                state_code=CLINIC_STATE,
                pin_code="560011",
                phone="+91 80 2663 4521",
                email="frontdesk@sanjeevini-clinic.example",
                gstin=make_gstin("29", "AAKFS4821M", "1"),
                mrn_prefix=MRN_PREFIX,
                time_zone=DEMO_TIME_ZONE,
                updated_at=self.now,
            )
        )

    def organisation(self) -> list[Doctor]:
        depts = {}
        for name, code, opens, closes in DEPARTMENTS:
            depts[code] = Department(name=name, code=code, opens_min=opens, closes_min=closes)
            self.s.add(depts[code])
        doctors: list[Doctor] = []
        for i, (name, quals, spec, code, fee) in enumerate(DOCTORS):
            expiry = self.today + dt.timedelta(days=365 + 97 * i)
            if i == 4:
                expiry = self.today + dt.timedelta(days=12)  # renew soon: the doctors tab warns
            elif i == 9:
                expiry = self.today - dt.timedelta(days=20)  # lapsed: flagged
            doc = Doctor(
                full_name=name,
                qualifications=quals,
                specialisation=spec,
                department=depts[code],
                reg_number=f"KMC-{104233 + 7919 * i}",
                reg_council="Karnataka Medical Council",
                reg_expiry=expiry,
                consultation_fee=Decimal(fee),
                daily_cap=24 if code == "GM" else 16,
                room=f"R-{101 + i}",
                phone=mobile(self.rng),
            )
            morning = (9 * 60, 13 * 60) if code != "DERM" else (10 * 60, 13 * 60)
            for wd in range(6):
                doc.schedules.append(
                    DoctorSchedule(weekday=wd, start_min=morning[0], end_min=morning[1], slot_minutes=15)
                )
                if i % 3 == 0 and wd < 5:
                    doc.schedules.append(
                        DoctorSchedule(weekday=wd, start_min=17 * 60, end_min=20 * 60, slot_minutes=20)
                    )
            if code == "GM":
                doc.schedules.append(
                    DoctorSchedule(weekday=6, start_min=9 * 60, end_min=12 * 60, slot_minutes=15)
                )
            self.s.add(doc)
            doctors.append(doc)
        self.s.flush()
        self.s.add(
            DoctorLeave(
                doctor_id=doctors[7].id,
                from_date=self.today + dt.timedelta(days=3),
                to_date=self.today + dt.timedelta(days=7),
                reason="Conference",
            )
        )
        return doctors

    def drug_list(self) -> None:
        for generic, strength, form, route in DRUG_LIST:
            self.s.add(Drug(generic_name=generic, strength=strength, dosage_form=form, route=route))
        self.s.flush()

    def billing_tables(self) -> dict[str, BillableItem]:
        # the GST rates themselves come with the schema (migration 0005)
        items = {}
        for code, name, kind, tax_class, price, unit in PRICE_LIST:
            items[code] = BillableItem(
                code=code,
                name=name,
                kind=kind.value,
                tax_class=tax_class,
                unit_price=Decimal(price),
                unit=unit,
            )
            self.s.add(items[code])
        self.s.flush()
        return items

    def users(self, password_hash: str, doctor: Doctor) -> dict[str, StaffUser]:
        spec = (
            ("admin", "Clinic Administrator", Role.ADMIN, None),
            ("reception", "Divya Reddy", Role.RECEPTIONIST, None),
            ("nurse", "Sister Mary Thomas", Role.NURSE, None),
            ("doctor", doctor.full_name, Role.DOCTOR, doctor.id),
            ("cashier", "Manjunath K", Role.CASHIER, None),
        )
        users = {}
        for username, full, role, doc_id in spec:
            users[username] = StaffUser(
                username=username,
                full_name=full,
                password_hash=password_hash,
                role=role.value,
                status=UserStatus.ACTIVE.value,
                failed_logins=0,
                doctor_id=doc_id,
                pw_changed_at=self.now,
            )
            self.s.add(users[username])
        self.s.flush()
        return users

    # --- patients ---------------------------------------------------------------------------

    def patients(self, count: int, nurse_id: int | None = None) -> list[int]:
        rng, fake = self.rng, self.fake
        cities = [c for c in CITIES for _ in range(c[2])]
        start = self.now - dt.timedelta(days=3 * 365)
        span = int((self.now - start).total_seconds())
        stamps = sorted(start + dt.timedelta(seconds=rng.randrange(span)) for _ in range(count))
        rows: list[dict[str, Any]] = []
        for i, created in enumerate(stamps):
            sex = Sex.FEMALE if rng.random() < 0.5 else Sex.MALE
            first = fake.first_name_female() if sex is Sex.FEMALE else fake.first_name_male()
            last = None if rng.random() < 0.04 else fake.last_name()  # some people have one name only
            age_days = rng.randrange(20, 90 * 365)
            city, pin3, _ = rng.choice(cities)
            phone = mobile(rng)
            rows.append(
                {
                    "mrn": f"TMP-{i:016d}",
                    "first_name": first,
                    "last_name": last,
                    "first_key": search_key(first) or None,
                    "last_key": search_key(last) or None,
                    "date_of_birth": self.today - dt.timedelta(days=age_days),
                    "dob_estimated": rng.random() < 0.1,
                    "sex": sex.value,
                    "phone": phone,
                    "phone_rev": digits_reversed(phone),
                    "email": f"{search_key(first).replace(' ', '')}.{i}@example.in"
                    if rng.random() < 0.3
                    else None,
                    "address": f"{rng.randrange(1, 400)}, {fake.street_name()}",
                    "city": city,
                    "pin_code": f"{pin3}{rng.randrange(1, 100):03d}",
                    "blood_group": rng.choice(BLOOD) if rng.random() < 0.4 else None,
                    "abha_number": abha(rng) if rng.random() < 0.15 else None,
                    "created_at": created,
                    "row_version": 1,
                    # by position, not from rng (the rest of the demo stays as it was): a tenth with an
                    # allergy list, half asked and confirmed none, the rest never asked (DOMAIN.md s.6)
                    **allergy_fields(i, created, nurse_id),
                }
            )
        table = cast(Table, Patient.__table__)
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = list(self.s.scalars(stmt, rows)) if rows else []
        if ids:
            self.s.execute(
                update(table).where(table.c.id == bindparam("pid")).values(mrn=bindparam("new_mrn")),
                [{"pid": pid, "new_mrn": make_mrn(MRN_PREFIX, pid)} for pid in ids],
            )
        return ids
