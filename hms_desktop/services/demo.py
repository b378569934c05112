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
import zoneinfo
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any, cast

from argon2 import PasswordHasher
from faker import Faker
from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    BillableItem,
    ClinicSetting,
    Department,
    DocSeries,
    Doctor,
    DoctorLeave,
    DoctorSchedule,
    Drug,
    Invoice,
    InvoiceLine,
    Patient,
    Payment,
    PendingCharge,
    QueueEntry,
    StaffUser,
)
from hms_desktop.domain.billing_math import LineIn, compute_bill
from hms_desktop.domain.enums import (
    AppointmentStatus,
    DocType,
    InvoiceStatus,
    ItemKind,
    PaymentMode,
    QueueStatus,
    Role,
    Sex,
    TriageLevel,
    UserStatus,
    VisitSource,
)
from hms_desktop.domain.gst import STATE_NAMES, financial_year
from hms_desktop.domain.identifiers import luhn_mod_n_check_char, make_gstin, make_mrn, mobile_problem
from hms_desktop.domain.text import digits_reversed, search_key
from hms_desktop.domain.triage import Vitals, news2_score
from hms_desktop.errors import HmsError
from hms_desktop.services import audit
from hms_desktop.services.context import SYSTEM
from hms_desktop.services.doc_numbers import PREFIXES, format_number
from hms_desktop.services.invoice_seal import content_hash

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo1234"
DEMO_USERS = ("admin", "reception", "nurse", "doctor", "cashier")
DEFAULT_SEED = 20250401
DEMO_TIME_ZONE = "Asia/Kolkata"  # the demo clinic is in Bengaluru: its settings row says so
IST = zoneinfo.ZoneInfo(DEMO_TIME_ZONE)
PAISE = Decimal("0.01")
MRN_PREFIX = "SFC"


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    patients: int
    doctors: int
    departments: int
    appointments: int
    queue_entries: int
    invoices: int
    users: tuple[str, ...]
    password: str = DEMO_PASSWORD

    def describe(self) -> str:
        return (
            f"Demo clinic seeded: {self.patients} patients, {self.doctors} doctors, "
            f"{self.appointments} appointments and {self.queue_entries} queue entries today, "
            f"{self.invoices} invoices. DEMO sign-ins: {', '.join(self.users)} "
            f"with password {self.password!r} (demo only; never use in a real clinic)."
        )


CLINIC_STATE = "29"  # Karnataka


def _money(x: Decimal) -> Decimal:
    return x.quantize(PAISE, rounding=ROUND_HALF_UP)


def _local(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), IST).astimezone(dt.UTC)


DEPARTMENTS = (  # name, code, opens, closes (minutes after local midnight)
    ("General Medicine", "GM", 8 * 60, 20 * 60),
    ("Paediatrics", "PAED", 9 * 60, 18 * 60),
    ("Orthopaedics", "ORTHO", 9 * 60, 17 * 60),
    ("Dermatology", "DERM", 10 * 60, 18 * 60),
    ("ENT", "ENT", 9 * 60, 17 * 60),
    ("Obstetrics and Gynaecology", "OBG", 9 * 60, 17 * 60),
    ("Cardiology", "CARD", 9 * 60, 16 * 60),
)

DOCTORS = (  # name, qualifications, specialisation, dept code, fee
    ("Dr. Ananya Hegde", "MBBS, MD (General Medicine)", "General Physician", "GM", "500"),
    ("Dr. Suresh Gowda", "MBBS, DNB (Family Medicine)", "Family Physician", "GM", "400"),
    ("Dr. Farah Qureshi", "MBBS", "General Practitioner", "GM", "300"),
    ("Dr. Kavya Nair", "MBBS, MD (Paediatrics)", "Paediatrician", "PAED", "600"),
    ("Dr. Rahul Shetty", "MBBS, DCH", "Paediatrician", "PAED", "500"),
    ("Dr. Vikram Rao", "MBBS, MS (Orthopaedics)", "Orthopaedic Surgeon", "ORTHO", "800"),
    ("Dr. Meera Iyer", "MBBS, MD (Dermatology, Venereology and Leprosy)", "Dermatologist", "DERM", "700"),
    ("Dr. Arjun Kulkarni", "MBBS, MS (ENT)", "ENT Surgeon", "ENT", "600"),
    ("Dr. Lakshmi Prasad", "MBBS, MS (Obstetrics and Gynaecology)", "Gynaecologist", "OBG", "700"),
    ("Dr. Nandini Bhat", "MBBS, DGO", "Gynaecologist", "OBG", "600"),
    ("Dr. Sanjay Menon", "MBBS, MD (Medicine), DM (Cardiology)", "Cardiologist", "CARD", "900"),
    ("Dr. Priya Deshpande", "MBBS, MD (General Medicine)", "Diabetologist", "GM", "600"),
)

GST_RATES = (  # tax class, SAC/HSN, from, rate %, exempt, note: as seeded by migration 0005
    (
        "HEALTH",
        "999312",
        dt.date(2017, 7, 1),
        "0",
        True,
        "Health care services by a clinical establishment: exempt (Notification 12/2017-CT(R) entry 74)",
    ),
    ("MEDICINE", "3004", dt.date(2017, 7, 1), "12", False, "Medicaments, out-patient sale"),
    ("MEDICINE", "3004", dt.date(2025, 9, 22), "5", False, "Rate rationalisation from 22 Sep 2025"),
    ("COSMETIC", "999319", dt.date(2017, 7, 1), "18", False, "Cosmetic procedures (rate unconfirmed)"),
)

PRICE_LIST = (  # code, name, kind, tax class, price, unit
    ("CONS-GEN", "Consultation - general", ItemKind.SERVICE, "HEALTH", "400", "VISIT"),
    ("CONS-SPL", "Consultation - specialist", ItemKind.SERVICE, "HEALTH", "700", "VISIT"),
    ("DRESS", "Wound dressing", ItemKind.PROCEDURE, "HEALTH", "250", "NOS"),
    ("NEB", "Nebulisation", ItemKind.PROCEDURE, "HEALTH", "200", "NOS"),
    ("ECG", "ECG, 12-lead", ItemKind.SERVICE, "HEALTH", "350", "NOS"),
    ("MED-PCM", "Paracetamol 500 mg tablets (strip of 10)", ItemKind.MEDICINE, "MEDICINE", "20.00", "STRIP"),
    (
        "MED-AMOX",
        "Amoxicillin 500 mg capsules (strip of 10)",
        ItemKind.MEDICINE,
        "MEDICINE",
        "95.50",
        "STRIP",
    ),
    ("MED-CTZ", "Cetirizine 10 mg tablets (strip of 10)", ItemKind.MEDICINE, "MEDICINE", "18.75", "STRIP"),
    ("MED-ORS", "Oral rehydration salts sachet", ItemKind.MEDICINE, "MEDICINE", "21.00", "SACHET"),
    ("COS-PEEL", "Chemical peel (cosmetic)", ItemKind.PROCEDURE, "COSMETIC", "2500", "NOS"),
)

# the clinic's drug list the doctor's drug cell completes from ("parac" -> PARACETAMOL); a real
# clinic's grows as its doctors prescribe (services/prescriptions.py adds every new drug)
DRUG_LIST = (  # generic name, strength, form, route
    ("PARACETAMOL", "500 mg", "tablet", "oral"),
    ("PARACETAMOL", "650 mg", "tablet", "oral"),
    ("PARACETAMOL", "250 mg/5 ml", "syrup", "oral"),
    ("AMOXICILLIN", "500 mg", "capsule", "oral"),
    ("AZITHROMYCIN", "500 mg", "tablet", "oral"),
    ("CETIRIZINE", "10 mg", "tablet", "oral"),
    ("PANTOPRAZOLE", "40 mg", "tablet", "oral"),
    ("ONDANSETRON", "4 mg", "tablet", "oral"),
    ("IBUPROFEN", "400 mg", "tablet", "oral"),
    ("METFORMIN", "500 mg", "tablet", "oral"),
    ("AMLODIPINE", "5 mg", "tablet", "oral"),
    ("SALBUTAMOL", "100 mcg", "inhaler", "inhaled"),
    ("ORAL REHYDRATION SALTS", "20.5 g", "sachet", "oral"),
)

VITALS = {  # chief complaint, rr, spo2, sbp, dbp, pulse, temp, acvpu, pain
    TriageLevel.RED: ("Crushing chest pain, sweating", 27, 90, 88, 58, 132, "36.9", "A", 9),
    TriageLevel.ORANGE: ("Breathless since morning, wheeze", 24, 92, 104, 70, 112, "38.4", "A", 5),
    TriageLevel.YELLOW: ("High fever and vomiting for 2 days", 20, 96, 112, 74, 104, "39.2", "A", 4),
    TriageLevel.GREEN: ("Sore throat and cough", 16, 98, 122, 80, 84, "37.6", "A", 2),
    TriageLevel.BLUE: ("Follow-up, prescription refill", 14, 99, 126, 82, 76, "36.7", "A", 0),
}

CITIES = (  # city, PIN prefix, weight
    ("Bengaluru", "560", 70),
    ("Mysuru", "570", 8),
    ("Tumakuru", "572", 5),
    ("Mandya", "571", 4),
    ("Hosur", "635", 4),
    ("Ramanagara", "562", 5),
    ("Kolar", "563", 4),
)
BLOOD = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")


def _mobile(rng: random.Random) -> str:
    """A random number in India's mobile ranges (ten digits from 6-9 can also be a landline with its
    STD code, e.g. 80 xxxx xxxx in Bengaluru: those are drawn again)."""
    while True:
        number = str(rng.choice("6789")) + "".join(str(rng.randrange(10)) for _ in range(9))
        if mobile_problem(number) is None:
            return number


ALLERGENS = ("Penicillin (rash)", "Sulfa drugs", "Aspirin (wheeze)", "Ibuprofen", "Peanuts")


def _allergy_fields(i: int, at: dt.datetime, by: int | None) -> dict[str, Any]:
    if i % 10 == 3:
        return {"allergy_status": "listed", "allergies": ALLERGENS[i // 10 % len(ALLERGENS)],
                "allergy_by": by, "allergy_at": at}  # fmt: skip
    if i % 2 == 0:
        return {"allergy_status": "nkda", "allergies": None, "allergy_by": by, "allergy_at": at}
    return {"allergy_status": "unknown", "allergies": None, "allergy_by": None, "allergy_at": None}


def _abha(rng: random.Random) -> str:
    body = "91" + "".join(str(rng.randrange(10)) for _ in range(11))
    return body + luhn_mod_n_check_char(body, "0123456789")


def _is_empty(s: Session) -> bool:
    users = s.scalar(select(func.count()).select_from(StaffUser)) or 0
    settings = s.scalar(select(func.count()).select_from(ClinicSetting)) or 0
    patients = s.scalar(select(func.count()).select_from(Patient)) or 0
    return users == 0 and settings == 0 and patients == 0


class _Seeder:
    def __init__(self, s: Session, rng: random.Random, fake: Faker, today: dt.date, now: dt.datetime) -> None:
        self.s, self.rng, self.fake, self.today, self.now = s, rng, fake, today, now
        self.series: dict[tuple[DocType, str], int] = {}

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
                phone=_mobile(self.rng),
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
            phone = _mobile(rng)
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
                    "abha_number": _abha(rng) if rng.random() < 0.15 else None,
                    "created_at": created,
                    "row_version": 1,
                    # by position, not from rng (the rest of the demo stays as it was): a tenth with an
                    # allergy list, half asked and confirmed none, the rest never asked (DOMAIN.md s.6)
                    **_allergy_fields(i, created, nurse_id),
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

    # --- today ------------------------------------------------------------------------------

    def appointments(
        self, doctors: list[Doctor], patient_ids: list[int], booked_by: int
    ) -> list[Appointment]:
        weekday = self.today.weekday()
        appts: list[Appointment] = []
        for doc in doctors:
            sessions = [sch for sch in doc.schedules if sch.weekday == weekday]
            if not sessions or len(appts) >= 30:
                continue
            sch = sessions[0]
            slots = list(range(sch.start_min, sch.end_min, sch.slot_minutes))
            for start in sorted(self.rng.sample(slots, min(4, len(slots)))):
                starts = _local(self.today, start)
                appts.append(
                    Appointment(
                        patient_id=self.rng.choice(patient_ids),
                        doctor_id=doc.id,
                        starts_at=starts,
                        ends_at=starts + dt.timedelta(minutes=sch.slot_minutes),
                        status=AppointmentStatus.BOOKED.value,
                        slot_key=Appointment.make_slot_key(doc.id, starts),
                        reason="Review" if self.rng.random() < 0.5 else None,
                        booked_by=booked_by,
                    )
                )
        if len(appts) > 3:
            cancelled = appts[-1]
            cancelled.status = AppointmentStatus.CANCELLED.value
            cancelled.slot_key = None
            cancelled.cancel_reason = "Patient called to cancel"
        self.s.add_all(appts)
        self.s.flush()
        return appts

    def queue(
        self, doctors: list[Doctor], patient_ids: list[int], appts: list[Appointment], nurse_id: int
    ) -> list[QueueEntry]:
        plan = (  # status, level
            (QueueStatus.DONE, TriageLevel.GREEN),
            (QueueStatus.DONE, TriageLevel.YELLOW),
            (QueueStatus.DONE, TriageLevel.BLUE),
            (QueueStatus.DONE, TriageLevel.GREEN),
            (QueueStatus.IN_CONSULT, TriageLevel.YELLOW),
            (QueueStatus.CALLED, TriageLevel.GREEN),
            (QueueStatus.WAITING, TriageLevel.RED),
            (QueueStatus.WAITING, TriageLevel.ORANGE),
            (QueueStatus.WAITING, TriageLevel.YELLOW),
            (QueueStatus.WAITING, TriageLevel.GREEN),
            (QueueStatus.WAITING, TriageLevel.BLUE),
            (QueueStatus.WAITING, TriageLevel.GREEN),
            (QueueStatus.WAITING, TriageLevel.YELLOW),
            (QueueStatus.WAITING, TriageLevel.BLUE),
        )
        usable = [a for a in appts if a.slot_key is not None]
        entries: list[QueueEntry] = []
        for token, (status, level) in enumerate(plan, start=1):
            complaint, rr, spo2, sbp, dbp, pulse, temp, acvpu, pain = VITALS[level]
            appt = usable.pop(0) if token % 3 == 0 and usable else None
            general = doctors[token % 3]  # walk-ins go to the three general physicians
            doctor = next((d for d in doctors if appt and d.id == appt.doctor_id), general)
            arrived = self.now - dt.timedelta(minutes=15 * (len(plan) - token) + 5)
            q = QueueEntry(
                visit_date=self.today,
                token_series="ALL",
                token_no=token,
                patient_id=appt.patient_id if appt else self.rng.choice(patient_ids),
                department_id=doctor.department_id,
                doctor_id=doctor.id,
                appointment_id=appt.id if appt else None,
                source=(VisitSource.APPOINTMENT if appt else VisitSource.WALK_IN).value,
                status=status.value,
                chief_complaint=complaint,
                triage_level=level.value,
                suggested_level=level.value,
                arrived_at=arrived,
                resp_rate=rr,
                spo2=spo2,
                on_oxygen=False,
                hypercapnic=False,
                systolic_bp=sbp,
                diastolic_bp=dbp,
                pulse=pulse,
                temperature_c=Decimal(temp),
                consciousness=acvpu,
                pain_score=pain,
                news2_score=news2_score(Vitals(rr, spo2, False, sbp, pulse, acvpu, float(temp))),
                triaged_by=nurse_id,
                triaged_at=arrived + dt.timedelta(minutes=3),
                room=doctor.room if status is not QueueStatus.WAITING else None,
            )
            if status in (QueueStatus.CALLED, QueueStatus.IN_CONSULT, QueueStatus.DONE):
                q.called_at = arrived + dt.timedelta(minutes=8)
            if status in (QueueStatus.IN_CONSULT, QueueStatus.DONE):
                q.consult_at = arrived + dt.timedelta(minutes=10)
            if status is QueueStatus.DONE:
                q.done_at = arrived + dt.timedelta(minutes=22)
            if appt is not None:
                appt.status = (
                    AppointmentStatus.COMPLETED
                    if status is QueueStatus.DONE
                    else AppointmentStatus.CHECKED_IN
                ).value
            entries.append(q)
        self.s.add_all(entries)
        self.s.flush()
        return entries

    # --- billing ----------------------------------------------------------------------------

    def _next(self, doc_type: DocType, day: dt.date) -> str:
        fy = financial_year(day)
        n = self.series.get((doc_type, fy), 0) + 1
        self.series[(doc_type, fy)] = n
        return format_number(PREFIXES[doc_type], day, n)  # as the billing service numbers them

    def _rate(self, tax_class: str, day: dt.date) -> tuple[Decimal, bool, str]:
        rows = [r for r in GST_RATES if r[0] == tax_class and r[2] <= day]
        _, code, _, rate, exempt, _ = max(rows, key=lambda r: r[2])
        return Decimal(rate), exempt, code

    def _issue_time(self, day: dt.date) -> dt.datetime:
        if day < self.today:
            return _local(day, 11 * 60 + self.rng.randrange(300))
        return max(_local(day, 0), self.now - dt.timedelta(minutes=self.rng.randrange(5, 60)))

    def invoice(
        self,
        day: dt.date,
        patient_id: int,
        doctor: Doctor,
        cashier_id: int,
        lines: list[tuple[BillableItem, Decimal]],
        pay: PaymentMode | None,
    ) -> Invoice:
        # the billing service's own arithmetic (domain.billing_math): same taxes, round-off, document type
        priced = []
        for item, qty in lines:
            rate, exempt, code = self._rate(item.tax_class, day)
            price = doctor.consultation_fee if item.code.startswith("CONS") else item.unit_price
            goods = item.kind == ItemKind.MEDICINE.value
            priced.append((item, qty, price, code, LineIn(qty, price, Decimal("0.00"), rate, exempt, goods)))
        bill = compute_bill([p[-1] for p in priced], CLINIC_STATE)
        inv_lines = [
            InvoiceLine(
                line_no=no,
                item_id=item.id,
                description=item.name,
                sac_hsn=code,
                quantity=qty,
                unit=item.unit,
                unit_price=price,
                discount=t.discount,
                taxable_value=t.taxable,
                gst_rate=t.rate,
                is_exempt=t.exempt,
                cgst=t.cgst,
                sgst=t.sgst,
                igst=t.igst,
                line_total=t.total,
            )
            for no, ((item, qty, price, code, _), t) in enumerate(
                zip(priced, bill.lines, strict=True), start=1
            )
        ]
        grand, doc_type = bill.grand_total, bill.doc_type
        patient = self.s.get(Patient, patient_id)
        assert patient is not None
        inv = Invoice(
            doc_type=doc_type.value,
            doc_number=self._next(doc_type, day),
            fin_year=financial_year(day),
            invoice_date=day,
            issued_at=self._issue_time(day),
            patient_id=patient_id,
            doctor_id=doctor.id,
            cashier_id=cashier_id,
            recipient_name=patient.display_name,
            patient_name=patient.display_name,
            recipient_address=None,
            supply_state=STATE_NAMES[bill.place_code],
            supply_state_code=bill.place_code,
            intra_state=bill.intra_state,
            exempt_value=bill.exempt_value,
            taxable_value=bill.taxable_value,
            cgst=bill.cgst,
            sgst=bill.sgst,
            igst=bill.igst,
            round_off=bill.round_off,
            grand_total=grand,
            status=InvoiceStatus.ISSUED.value,
        )
        inv.lines.extend(inv_lines)
        inv.content_sha256 = content_hash(inv)  # sealed as the billing service seals it
        if pay is not None:
            tendered = (
                (grand / 500).to_integral_value(rounding=ROUND_CEILING) * 500
                if pay is PaymentMode.CASH
                else None
            )
            inv.payments.append(
                Payment(
                    receipt_number=self._next(DocType.RECEIPT, day),
                    fin_year=financial_year(day),
                    paid_at=inv.issued_at + dt.timedelta(minutes=2),
                    business_date=day,
                    pay_mode=pay.value,
                    amount=grand,
                    tendered=tendered,
                    change_given=(tendered - grand) if tendered is not None else None,
                    reference=None if pay is PaymentMode.CASH else f"TXN{self.rng.randrange(10**9, 10**10)}",
                    cashier_id=cashier_id,
                )
            )
        self.s.add(inv)
        return inv

    def invoices(
        self,
        entries: list[QueueEntry],
        doctors: list[Doctor],
        items: dict[str, BillableItem],
        patient_ids: list[int],
        cashier_id: int,
    ) -> int:
        by_id = {d.id: d for d in doctors}
        done = [q for q in entries if q.status == QueueStatus.DONE.value]
        bills = (
            ([("CONS-GEN", "1")], PaymentMode.CASH),
            ([("CONS-GEN", "1"), ("MED-PCM", "2"), ("MED-CTZ", "1")], PaymentMode.UPI),
            ([("CONS-SPL", "1"), ("ECG", "1")], None),  # unpaid
            ([("CONS-GEN", "1"), ("NEB", "1"), ("MED-AMOX", "1.5")], PaymentMode.CARD),
        )
        count = 0
        for q, (lines, pay) in zip(done, bills, strict=False):
            doctor = by_id[q.doctor_id] if q.doctor_id else doctors[0]
            self.invoice(
                self.today, q.patient_id, doctor, cashier_id, [(items[c], Decimal(n)) for c, n in lines], pay
            )
            count += 1
        # earlier days: a medicines-only sale, a cosmetic procedure, an unpaid consultation
        for back, lines, pay in (
            (1, [("MED-ORS", "4"), ("MED-PCM", "1")], PaymentMode.CASH),
            (2, [("COS-PEEL", "1")], PaymentMode.CARD),
            (3, [("CONS-SPL", "1")], None),
        ):
            self.invoice(
                self.today - dt.timedelta(days=back),
                self.rng.choice(patient_ids),
                doctors[6],
                cashier_id,
                [(items[c], Decimal(n)) for c, n in lines],
                pay,
            )
            count += 1
        # waiting for the cashier: charges recorded by the in-consult visit
        consult = next(q for q in entries if q.status == QueueStatus.IN_CONSULT.value)
        for code in ("CONS-GEN", "MED-PCM"):
            item = items[code]
            self.s.add(
                PendingCharge(
                    patient_id=consult.patient_id,
                    queue_entry_id=consult.id,
                    doctor_id=consult.doctor_id,
                    item_id=item.id,
                    description=item.name,
                    quantity=Decimal("1"),
                    unit_price=item.unit_price,
                )
            )
        for (doc_type, fy), last in sorted(self.series.items()):
            self.s.add(
                DocSeries(doc_type=doc_type.value, fin_year=fy, prefix=PREFIXES[doc_type], next_no=last + 1)
            )
        return count


def seed_demo(
    db: Database,
    patients: int = 3000,
    today: dt.date | None = None,
    rng_seed: int = DEFAULT_SEED,
    hasher: PasswordHasher | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo clinic; raises HmsError when it already has data."""
    # a given day makes the run deterministic: "now" is 2 p.m. that day; else the real clock
    now = _local(today, 14 * 60) if today else utcnow()
    day = today or now.astimezone(IST).date()
    rng = random.Random(rng_seed)
    fake = Faker("en_IN")
    fake.seed_instance(rng_seed)
    # one hash for the five demo accounts: they share the demo password anyway
    password_hash = (hasher or PasswordHasher()).hash(DEMO_PASSWORD)
    with db.write() as s:
        if not _is_empty(s):
            raise HmsError("The database already has data; demo data goes only into an empty database.")
        seeder = _Seeder(s, rng, fake, day, now)
        seeder.clinic()
        doctors = seeder.organisation()
        items = seeder.billing_tables()
        seeder.drug_list()
        users = seeder.users(password_hash, doctors[0])
        patient_ids = seeder.patients(patients, users["nurse"].id)
        if not patient_ids:
            patient_ids = seeder.patients(20)
        appts = seeder.appointments(doctors, patient_ids, users["reception"].id)
        entries = seeder.queue(doctors, patient_ids, appts, users["nurse"].id)
        invoices = seeder.invoices(entries, doctors, items, patient_ids, users["cashier"].id)
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
