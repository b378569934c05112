"""The demo clinic's fixed tables (departments, doctors, rates, prices, drugs) and random details.

Plain data and small pure helpers for the seeding steps (``demo_clinic``, ``demo_day``).
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from typing import Any

from hms_desktop.domain.enums import (
    ItemKind,
    TriageLevel,
)
from hms_desktop.domain.identifiers import luhn_mod_n_check_char, mobile_problem
from hms_desktop.services.demo_types import DEMO_TIME_ZONE

IST = zoneinfo.ZoneInfo(DEMO_TIME_ZONE)
MRN_PREFIX = "SFC"

CLINIC_STATE = "29"  # Karnataka


def local_time(day: dt.date, minutes: int) -> dt.datetime:
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


def mobile(rng: random.Random) -> str:
    """A random number in India's mobile ranges (ten digits from 6-9 can also be a landline with its
    STD code, e.g. 80 xxxx xxxx in Bengaluru: those are drawn again)."""
    while True:
        number = str(rng.choice("6789")) + "".join(str(rng.randrange(10)) for _ in range(9))
        if mobile_problem(number) is None:
            return number


ALLERGENS = ("Penicillin (rash)", "Sulfa drugs", "Aspirin (wheeze)", "Ibuprofen", "Peanuts")


def allergy_fields(i: int, at: dt.datetime, by: int | None) -> dict[str, Any]:
    if i % 10 == 3:
        return {"allergy_status": "listed", "allergies": ALLERGENS[i // 10 % len(ALLERGENS)],
                "allergy_by": by, "allergy_at": at}  # fmt: skip
    if i % 2 == 0:
        return {"allergy_status": "nkda", "allergies": None, "allergy_by": by, "allergy_at": at}
    return {"allergy_status": "unknown", "allergies": None, "allergy_by": None, "allergy_at": None}


def abha(rng: random.Random) -> str:
    body = "91" + "".join(str(rng.randrange(10)) for _ in range(11))
    return body + luhn_mod_n_check_char(body, "0123456789")
