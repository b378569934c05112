"""The printed documents' data: what a token slip and a prescription show.

Built by the services from the database, drawn by ``hms_desktop.reports`` (which sits below the
services and so takes these plain dataclasses rather than importing anything from them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal


@dataclasses.dataclass(frozen=True)
class TokenSlip:
    """The printed token slip (80 mm thermal roll)."""

    clinic_name: str
    clinic_address: str | None
    clinic_phone: str | None
    token_label: str
    patient_initials: str
    department_name: str | None
    doctor_name: str | None
    room: str | None
    issued_at: dt.datetime  # local (clinic zone) time, timezone-aware
    level: str | None  # None when not yet triaged
    level_label: str | None  # 'Urgent'
    target_min: int | None
    waiting_ahead: int


@dataclasses.dataclass(frozen=True)
class PrescriptionLineDoc:
    """One numbered drug line as printed."""

    line_no: int
    generic_name: str  # printed in CAPITALS
    brand_name: str | None
    strength: str | None  # '500 mg'
    dosage_form: str | None  # 'tablet'
    dose: str | None  # '1 tablet'
    route: str | None  # 'oral'
    frequency: str | None  # 'BD' / 'TDS' / 'SOS' / custom text
    sos_min_hours: int | None  # for SOS: 'not more often than every 6 hours'
    duration_days: int | None
    quantity: Decimal | None
    instructions: str | None  # 'after food'


@dataclasses.dataclass(frozen=True)
class PrescriptionDoc:
    """Everything a printed prescription shows; built by the consultation service, drawn by reports."""

    clinic_name: str
    clinic_address: str | None
    clinic_phone: str | None
    clinic_email: str | None
    logo_path: str | None
    doctor_name: str
    doctor_qualifications: str
    doctor_reg_number: str
    doctor_reg_council: str | None
    doctor_specialisation: str | None
    patient_name: str
    patient_age_sex: str  # '34 y / F'
    patient_mrn: str
    patient_abha: str | None  # 'XX-XXXX-XXXX-XXXX'
    patient_weight_kg: Decimal | None  # printed for children
    issued_at: dt.datetime  # aware, clinic local time
    allergies: str | None
    diagnoses: list[str]  # 'J06.9 — Acute upper respiratory infection, unspecified'
    lines: list[PrescriptionLineDoc]
    advice: str | None
    follow_up_on: dt.date | None
    verify_code: str  # short code printed and carried by the QR code
    content_sha256: str
    version_no: int
    supersedes_code: str | None  # the verification code of the version this one amends
    paper_size: str  # 'A5' or 'A4'
