"""Data in and out of the doctor's workstation: consultations, diagnoses, prescriptions, the printout."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

# the printout's data lives in domain.documents (reports take it from there); re-exported here
from hms_desktop.domain.documents import PrescriptionDoc as PrescriptionDoc
from hms_desktop.domain.documents import PrescriptionLineDoc as PrescriptionLineDoc

GLASS_HOURS = 4  # how long a break-the-glass grant lasts
GLASS_REASON_MAX = 500  # clinical_access.reason; the break-the-glass box takes at most this many
AMEND_REASON_MAX = 300  # kept in the audit row; the amend dialog takes at most this many
PAPER_SIZES = ("A5", "A4")


@dataclasses.dataclass(frozen=True)
class DiagnosisInput:
    description: str
    icd10_code: str | None = None  # None: free text (allowed, flagged)
    is_primary: bool = False


@dataclasses.dataclass(frozen=True)
class ConsultationInput:
    """What the doctor's form holds. Vitals edited here update the visit's triage vitals."""

    chief_complaint: str | None = None
    subjective: str | None = None
    objective: str | None = None
    assessment: str | None = None
    plan: str | None = None
    advice: str | None = None
    follow_up_on: dt.date | None = None
    diagnoses: tuple[DiagnosisInput, ...] = ()
    lines: tuple[DrugLineInput, ...] = ()
    procedures: tuple[str, ...] = ()  # billable item codes done in the room (e.g. 'NEB')
    vitals: dict[str, object] | None = None  # TriageInput field -> value, only the ones changed
    paper_size: str = "A5"
    confirmed: bool = False  # the doctor saw the warnings (allergy, duplicate, dose style) and confirms
    allergy_override_reason: str | None = None  # why a drug is given despite a recorded allergy (audited)


@dataclasses.dataclass(frozen=True)
class DrugLineInput:
    generic_name: str
    strength: str | None = None
    dosage_form: str | None = None
    dose: str | None = None
    route: str | None = None
    frequency: str | None = None
    sos_min_hours: int | None = None
    duration_days: int | None = None
    quantity: Decimal | None = None  # None: computed from dose x frequency x duration when possible
    instructions: str | None = None
    brand_name: str | None = None


@dataclasses.dataclass(frozen=True)
class DiagnosisInfo:
    icd10_code: str | None
    description: str
    is_primary: bool
    is_free_text: bool
    on: dt.date | None = None  # the visit's date, in the patient summary


@dataclasses.dataclass(frozen=True)
class PrescriptionInfo:
    id: int
    consultation_id: int
    version_no: int
    verify_code: str
    issued_at: dt.datetime
    doctor_name: str
    lines: list[PrescriptionLineDoc]
    superseded: bool


@dataclasses.dataclass(frozen=True)
class VisitInfo:
    consultation_id: int
    started_at: dt.datetime
    doctor_name: str
    chief_complaint: str | None
    status: str


@dataclasses.dataclass(frozen=True)
class PatientSummary:
    patient_id: int
    name: str
    age_sex: str
    mrn: str
    abha: str | None
    allergies: str | None
    blood_group: str | None
    last_vitals: dict[str, object]  # field -> value, from the latest triage
    last_vitals_at: dt.datetime | None
    diagnoses: list[DiagnosisInfo]  # past, latest first
    prescriptions: list[PrescriptionInfo]  # recent, latest first
    visits: list[VisitInfo]
    allergy_status: str = "unknown"  # 'unknown' (not recorded) / 'nkda' (confirmed none) / 'listed'
    allergy_confirmed: str | None = None  # 'confirmed by Sister Mary Thomas, 2 Dec 2026'


@dataclasses.dataclass(frozen=True)
class ConsultationView:
    id: int
    queue_entry_id: int | None
    patient_id: int
    doctor_id: int
    status: str
    chief_complaint: str | None
    subjective: str | None
    objective: str | None
    assessment: str | None
    plan: str | None
    advice: str | None
    follow_up_on: dt.date | None
    diagnoses: list[DiagnosisInfo]
    vitals: dict[str, object]
    prescription: PrescriptionInfo | None  # the current version, once issued
    row_version: int


@dataclasses.dataclass(frozen=True)
class CompleteResult:
    consultation: ConsultationView
    prescription_id: int | None
    verify_code: str | None
    charges: list[str]  # 'Consultation — Dr. X ₹500.00'
