"""Query helpers behind PatientService: duplicate candidates, insert and edit, and the rules of search
as you type (its statements are in patient_search, built once and run without the ORM).

Each helper works inside the caller's session (the service owns the unit of work and the permission
check). Every search is an index range scan, never ``LIKE``: names use the normalised ``first_key`` /
``last_key`` columns with ``key >= prefix AND key < prefix_upper_bound(prefix)`` (SQLite's LIKE cannot
use an index, and ``lower()`` would defeat one everywhere); a phone's last digits are a prefix of the
reversed digits in ``phone_rev``. Each query is ordered by a unique key and limited.

A name is also looked up by its phonetic key (``first_phonetic`` / ``last_phonetic``, the same
range scans on their own two indexes), so "ram sharma" finds "राम शर्मा" and "ರಾಮ ಶರ್ಮ", and
"राम शर्मा" typed in Devanagari finds "Ram Sharma". Rows spelt as typed come first; the rows only the
phonetic key found keep at least half the page, so a common Latin name cannot push them off it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Row, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hms_desktop.db.models import ClinicSetting, Patient, StaffUser
from hms_desktop.domain.ages import age_text
from hms_desktop.domain.duplicates import CANONICAL, Existing, Typed, is_candidate, name_tokens, score
from hms_desktop.domain.identifiers import make_mrn
from hms_desktop.domain.text import prefix_upper_bound
from hms_desktop.domain.transliteration import phonetic_key
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.patients_types import (
    DuplicateCandidate,
    HistoryLine,
    PatientChanged,
    PatientHistory,
)

ROW_COLUMNS = (
    Patient.id,
    Patient.mrn,
    Patient.first_name,
    Patient.last_name,
    Patient.sex,
    Patient.date_of_birth,
    Patient.phone,
    Patient.city,
    Patient.created_at,
    Patient.last_key,
    Patient.first_key,
    Patient.first_phonetic,
    Patient.last_phonetic,
)
_R = TypeVar("_R", bound=Sequence[Any])
_NAME_ORDER = (Patient.first_key, Patient.last_key, Patient.id)
_LAST_ORDER = (Patient.last_key, Patient.first_key, Patient.id)
_PHON_ORDER = (Patient.first_phonetic, Patient.last_phonetic, Patient.id)
_PHON_LAST_ORDER = (Patient.last_phonetic, Patient.first_phonetic, Patient.id)


def starts_with(col: InstrumentedAttribute[Any], prefix: str) -> ColumnElement[bool]:
    """``col`` starts with ``prefix``, as an index range (works on every backend and collation-free)."""
    return (col >= prefix) & (col < prefix_upper_bound(prefix))


def _query(
    s: Session,
    where: Sequence[ColumnElement[bool]],
    order: Sequence[InstrumentedAttribute[Any]],
    limit: int,
) -> list[Row[Any]]:
    return list(s.execute(select(*ROW_COLUMNS).where(*where).order_by(*order).limit(limit)))


def merge_phonetic(plain: list[_R], phonetic: list[_R], limit: int) -> list[_R]:
    """The rows spelt as typed, then those only the phonetic key found, which keep at least half of
    a full page ("ram sharma" at a clinic with 200 Ram Sharmas still lists राम शर्मा). Rows start
    with the id (ROW_COLUMNS' order), as a Row or as the driver's tuple."""
    seen = {r[0] for r in plain}
    extra = [r for r in phonetic if r[0] not in seen]
    keep = limit - min(len(extra), limit // 2)
    out = plain[:keep]
    return out + extra[: limit - len(out)]


def unique_rows(rows: list[_R], limit: int) -> list[_R]:
    """The first ``limit`` rows, each patient once, in the order given (rows start with the id)."""
    seen: set[int] = set()
    out = []
    for r in rows:
        pid = r[0]
        if pid not in seen:
            seen.add(pid)
            out.append(r)
            if len(out) == limit:
                break
    return out


# --- duplicates ------------------------------------------------------------------------------


CANDIDATES_PER_QUERY = 200


def _spellings(token: str) -> set[str]:
    """The token and every known spelling variant of it ('laxmi' -> lakshmi, laxmi, lakshmee...)."""
    canon = CANONICAL.get(token)
    if canon is None:
        return {token}
    return {token} | {v for v, c in CANONICAL.items() if c == canon}


def duplicate_candidates(s: Session, typed: Typed, today: dt.date, limit: int) -> list[DuplicateCandidate]:

    first, last = name_tokens(typed.first_name), name_tokens(typed.last_name)
    rows: list[Row[Any]] = []
    if typed.phone:
        rows += _query(s, [Patient.phone_rev == typed.phone[::-1]], [Patient.phone_rev, Patient.id], 50)
    if first and last:
        initials = {v[:1] for v in _spellings(first[0])}
        for p in {v[:3] for v in _spellings(last[-1])}:
            for i in initials:
                rows += _query(
                    s,
                    [starts_with(Patient.last_key, p), starts_with(Patient.first_key, i)],
                    _LAST_ORDER,
                    CANDIDATES_PER_QUERY,
                )
    elif first:
        for p in {v[:3] for v in _spellings(first[0])}:
            rows += _query(s, [starts_with(Patient.first_key, p)], _NAME_ORDER, CANDIDATES_PER_QUERY)
    # the same person registered in another script: "राम शर्मा" typed, "Ram Sharma" on the register
    pfirst, plast = phonetic_key(typed.first_name).split(), phonetic_key(typed.last_name).split()
    if pfirst and plast:
        where = [
            starts_with(Patient.last_phonetic, plast[-1][:3]),
            starts_with(Patient.first_phonetic, pfirst[0][:1]),
        ]
        rows += _query(s, where, _PHON_LAST_ORDER, CANDIDATES_PER_QUERY)
    elif pfirst:
        rows += _query(
            s, [starts_with(Patient.first_phonetic, pfirst[0][:3])], _PHON_ORDER, CANDIDATES_PER_QUERY
        )
    out = []
    for r in unique_rows(rows, len(rows)):
        sc = score(typed, Existing(r.first_name, r.last_name, r.phone, r.date_of_birth, r.sex), today)
        if is_candidate(sc):
            out.append(
                DuplicateCandidate(
                    patient_id=r.id,
                    mrn=r.mrn,
                    display_name=" ".join(p for p in (r.first_name, r.last_name) if p),
                    sex=r.sex,
                    age_text=age_text(r.date_of_birth, today),
                    phone=r.phone,
                    score=sc.score,
                    reasons=sc.reasons,
                )
            )
    out.sort(key=lambda c: (-c.score, c.patient_id))
    return out[:limit]


# --- insert and edit -------------------------------------------------------------------------


def insert_patient(s: Session, actor: Actor, values: dict[str, Any]) -> Patient:
    """Insert validated ``values`` and give the patient an MRN (from their id, with a check character)."""
    prefix = clinic_value(s, ClinicSetting.mrn_prefix) or "HMS"
    # the MRN is derived from the identity value, which exists only after the insert
    p = Patient(mrn=f"TMP-{uuid.uuid4().hex[:16]}", created_by=actor.user_id, **values)
    s.add(p)
    s.flush()
    p.mrn = make_mrn(prefix, p.id)
    s.flush()
    audit.record(
        s,
        actor,
        "patient.register",
        "patient",
        p.id,
        {"mrn": p.mrn, "fields": sorted(k for k, val in values.items() if val is not None)},
    )
    mark(s, ChangeTopic.PATIENTS)  # every desk's patient count follows
    return p


def changed_error(s: Session, p: Patient, values: dict[str, Any]) -> PatientChanged:
    who = "another user"
    if p.updated_by is not None:
        who = s.scalar(select(StaffUser.username).where(StaffUser.id == p.updated_by)) or who
    fields = {k: (getattr(p, k), v) for k, v in values.items() if getattr(p, k) != v}
    return PatientChanged(who, fields, p.row_version)


def apply_changes(p: Patient, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Set the changed columns; returns {field: [old, new]} for the audit row."""
    changes: dict[str, list[Any]] = {}
    for k, v in values.items():
        old = getattr(p, k)
        if old != v:
            changes[k] = [old, v]
            setattr(p, k, v)
    return changes


# --- history for the detail dialog -----------------------------------------------------------


HISTORY_LIMIT = 50


def patient_history(
    s: Session, patient_id: int, tz: dt.tzinfo, clinical: bool, complaints: bool
) -> PatientHistory:
    """``clinical``: the diagnoses (the clinical rule passed); ``complaints``: each visit's chief
    complaint (a role that triages, ``permissions.sees_triage``)."""
    from hms_desktop.db.models import Appointment, Consultation, Diagnosis, Doctor, Invoice, QueueEntry

    appts = s.execute(
        select(Appointment.starts_at, Appointment.status, Doctor.full_name)
        .join(Doctor, Doctor.id == Appointment.doctor_id)
        .where(Appointment.patient_id == patient_id)
        .order_by(Appointment.starts_at.desc(), Appointment.id.desc())
        .limit(HISTORY_LIMIT)
    )
    visits = s.execute(
        select(QueueEntry.visit_date, QueueEntry.token_series, QueueEntry.token_no, QueueEntry.status)
        .add_columns(QueueEntry.chief_complaint, QueueEntry.source)
        .where(QueueEntry.patient_id == patient_id)
        .order_by(QueueEntry.visit_date.desc(), QueueEntry.id.desc())
        .limit(HISTORY_LIMIT)
    )
    invoices = s.execute(
        select(Invoice.invoice_date, Invoice.doc_number, Invoice.grand_total, Invoice.status)
        .where(Invoice.patient_id == patient_id)
        .order_by(Invoice.invoice_date.desc(), Invoice.id.desc())
        .limit(HISTORY_LIMIT)
    )
    diagnoses: tuple[HistoryLine, ...] | None = None
    if clinical:
        diagnoses = tuple(
            HistoryLine(
                r.started_at.astimezone(tz).date(),
                f"{r.icd10_code + ' ' if r.icd10_code else ''}{r.description}",
                "primary" if r.is_primary else "",
            )
            for r in s.execute(
                select(
                    Consultation.started_at, Diagnosis.icd10_code, Diagnosis.description, Diagnosis.is_primary
                )
                .join(Consultation, Consultation.id == Diagnosis.consultation_id)
                .where(Consultation.patient_id == patient_id)
                .order_by(Consultation.started_at.desc(), Diagnosis.id.desc())
                .limit(HISTORY_LIMIT)
            )
        )
    return PatientHistory(
        appointments=tuple(
            HistoryLine(
                r.starts_at.astimezone(tz).date(),
                f"{r.starts_at.astimezone(tz):%H:%M} {r.full_name}",
                r.status,
            )
            for r in appts
        ),
        visits=tuple(
            HistoryLine(
                r.visit_date,
                f"Token {r.token_series}-{r.token_no} ({r.source.replace('_', '-')})"
                + (f": {r.chief_complaint}" if complaints and r.chief_complaint else ""),
                r.status.replace("_", " "),
            )
            for r in visits
        ),
        invoices=tuple(
            HistoryLine(r.invoice_date, f"{r.doc_number}  ₹{r.grand_total}", r.status) for r in invoices
        ),
        diagnoses=diagnoses,
    )
