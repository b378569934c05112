"""The doctor's workstation: consultations, coded diagnoses, prescriptions, and who may read them.

Confidentiality: clinical content (notes, diagnoses, prescriptions) is shown only to a doctor who
has an appointment or a visit with the patient, or who has "broken the glass" with a stated reason
(a grant that expires after a few hours). Every view is audited, and so is every refusal. Other roles
see that a visit happened (the queue) but never its contents: the matrix does not even give them
CLINICAL_VIEW.

Prescriptions are never edited: an amendment is a new version that points at the one it replaces.
Each version stores the SHA-256 of its canonical content and a short verification code derived from
it; the printout is built from the stored rows only, so a reprint is identical.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    BillableItem,
    ClinicalAccess,
    Consultation,
    Diagnosis,
    Doctor,
    Patient,
    PendingCharge,
    Prescription,
    QueueEntry,
    StaffUser,
)
from hms_desktop.domain import icd10
from hms_desktop.domain import prescribing as rx
from hms_desktop.domain import triage as td
from hms_desktop.domain.ages import age_text
from hms_desktop.domain.allergies import AllergyRecord, AllergyStatus
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, AuditOutcome, QueueStatus
from hms_desktop.domain.identifiers import format_abha
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.domain.validation import DateKind, as_decimal, clean_date, clean_text
from hms_desktop.errors import (
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from hms_desktop.services import audit
from hms_desktop.services.audit import record_separately
from hms_desktop.services.changes import ChangeTopic, lock_doctor, mark
from hms_desktop.services.clinical_access import clinical_relationship
from hms_desktop.services.consultation_types import (
    CompleteResult,
    ConsultationInput,
    ConsultationView,
    DiagnosisInfo,
    DiagnosisInput,
    DrugLineInput,
    PatientSummary,
    PrescriptionInfo,
    VisitInfo,
)
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import check_account, refuse, require
from hms_desktop.services.prescriptions import CONSULT_ITEM, PrescriptionMixin, _drug, line_errors

GLASS_HOURS = 4
GLASS_REASON_MAX = 500  # clinical_access.reason; the break-the-glass box takes at most this many
# the consultation's note columns and their lengths (Text columns: what a form can sensibly hold)
NOTE_LIMITS = {
    "chief_complaint": 500, "subjective": 20_000, "objective": 20_000, "assessment": 20_000,
    "plan": 20_000, "advice": 2000,
}  # fmt: skip

VITAL_FIELDS = (
    "resp_rate",
    "spo2",
    "on_oxygen",
    "hypercapnic",
    "systolic_bp",
    "diastolic_bp",
    "pulse",
    "temperature_c",
    "consciousness",
    "pain_score",
    "glucose_mgdl",
    "weight_kg",
)
PAPER_SIZES = ("A5", "A4")
CODE_ATTEMPTS = 4


class ConsultationService(PrescriptionMixin):
    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
    ) -> None:
        self._db = db
        self.clock = clock or Clock()

    # --- who may read -----------------------------------------------------------------------------

    def _relationship(self, s: Session, actor: Actor, patient_id: int) -> str | None:
        return clinical_relationship(s, actor, patient_id, self.clock.now())

    def _gate(self, actor: Actor, patient_id: int, action: Action = Action.CLINICAL_VIEW) -> str:
        """Why ``actor`` may read this patient's record, or PermissionDenied (audited).

        Checked before the caller's own unit of work: a refusal is audited in its own transaction,
        which on SQLite must not wait behind the caller's open write."""
        require(self._db, actor, action, "patient", patient_id)
        with self._db.read() as s:
            why = self._relationship(s, actor, patient_id)
        if why is None:
            record_separately(
                self._db, actor, f"{action.value}.no_relationship", AuditOutcome.DENIED, "patient", patient_id
            )
            raise PermissionDenied(
                "This patient's records are confidential to the doctors treating them. In an emergency, "
                "use 'Break the glass' and give the reason: the access is recorded."
            )
        return why

    def can_view(self, actor: Actor, patient_id: int) -> bool:
        """Whether opening the record would be allowed (no audit row; for enabling a button)."""
        check_account(self._db, actor, "clinical.can_view")
        if not allowed(actor.role, Action.CLINICAL_VIEW):
            return False
        with self._db.read() as s:
            return self._relationship(s, actor, patient_id) is not None

    def break_glass(self, actor: Actor, patient_id: int, reason: str) -> dt.datetime:
        """Emergency access to another doctor's patient for ``GLASS_HOURS``; the reason is audited."""
        require(self._db, actor, Action.CLINICAL_BREAK_GLASS, "patient", patient_id)
        reason = clean_text(reason, "reason", GLASS_REASON_MAX) or ""
        if len(reason) < 10:
            raise ValidationError({"reason": "Say why you need this record (at least 10 characters)."})
        with self._db.write() as s:
            if s.get(Patient, patient_id) is None:
                raise NotFound(f"There is no patient {patient_id}.")
            expires = self.clock.now() + dt.timedelta(hours=GLASS_HOURS)
            s.add(
                ClinicalAccess(
                    user_id=actor.user_id, patient_id=patient_id, reason=reason, expires_at=expires
                )
            )
            s.flush()
            audit.record(
                s,
                actor,
                "clinical.break_glass",
                "patient",
                patient_id,
                {"reason": reason, "expires_at": expires},
            )
            return expires

    def _viewed(
        self, s: Session, actor: Actor, patient_id: int, what: str, why: str, entity_id: object
    ) -> None:
        audit.record(s, actor, "clinical.view", what, entity_id, {"patient_id": patient_id, "access": why})

    # --- reading ------------------------------------------------------------------------------------

    def summary(self, actor: Actor, patient_id: int) -> PatientSummary:
        """Allergies, past diagnoses, recent prescriptions, last vitals and visits, at a glance."""
        why = self._gate(actor, patient_id)
        with self._db.write() as s:  # a write: the view itself is audited in the same unit
            p = s.get(Patient, patient_id)
            if p is None:
                raise NotFound(f"There is no patient {patient_id}.")
            today = self.clock.local_date(self.clock.now())
            last = s.scalars(
                select(QueueEntry)
                .where(QueueEntry.patient_id == patient_id, QueueEntry.triaged_at.is_not(None))
                .order_by(QueueEntry.triaged_at.desc())
                .limit(1)
            ).first()
            visits = s.execute(
                select(Consultation, Doctor.full_name)
                .join(Doctor, Doctor.id == Consultation.doctor_id)
                .where(Consultation.patient_id == patient_id)
                .order_by(Consultation.started_at.desc(), Consultation.id.desc())
                .limit(20)
            ).all()
            diagnoses = s.execute(
                select(Diagnosis, Consultation.started_at)
                .join(Consultation, Consultation.id == Diagnosis.consultation_id)
                .where(Consultation.patient_id == patient_id, Consultation.status == "completed")
                .order_by(Consultation.started_at.desc(), Diagnosis.id)
                .limit(30)
            ).all()
            prescriptions = self._prescriptions(s, patient_id, limit=10)
            self._viewed(s, actor, patient_id, "patient", why, patient_id)
            allergy = AllergyRecord(
                AllergyStatus(p.allergy_status or AllergyStatus.UNKNOWN.value),
                p.allergies,
                s.scalar(select(StaffUser.full_name).where(StaffUser.id == p.allergy_by))
                if p.allergy_by is not None
                else None,
                p.allergy_at,
            )
            return PatientSummary(
                patient_id=p.id,
                name=f"{p.first_name} {p.last_name}" if p.last_name else p.first_name,
                age_sex=" / ".join(x for x in (age_text(p.date_of_birth, today), p.sex) if x),
                mrn=p.mrn,
                abha=format_abha(p.abha_number) if p.abha_number else None,
                allergies=p.allergies,
                allergy_status=allergy.status.value,
                allergy_confirmed=allergy.confirmation_text(self.clock.zone),
                blood_group=p.blood_group,
                last_vitals=self._vitals(last) if last else {},
                last_vitals_at=last.triaged_at if last else None,
                diagnoses=[
                    DiagnosisInfo(
                        d.icd10_code, d.description, d.is_primary, d.is_free_text, self.clock.local_date(at)
                    )
                    for d, at in diagnoses
                ],
                prescriptions=prescriptions,
                visits=[
                    VisitInfo(c.id, c.started_at, name, c.chief_complaint, c.status) for c, name in visits
                ],
            )

    def _vitals(self, entry: QueueEntry) -> dict[str, object]:
        values = {f: getattr(entry, f) for f in VITAL_FIELDS}
        return {k: v for k, v in values.items() if v is not None} | (
            {"news2_score": entry.news2_score} if entry.news2_score is not None else {}
        )

    def _prescriptions(self, s: Session, patient_id: int, limit: int) -> list[PrescriptionInfo]:
        rows = s.execute(
            select(Prescription, Doctor.full_name)
            .join(Doctor, Doctor.id == Prescription.doctor_id)
            .where(Prescription.patient_id == patient_id)
            .order_by(Prescription.issued_at.desc(), Prescription.id.desc())
            .limit(limit)
        ).all()
        replaced = set(
            s.scalars(
                select(Prescription.supersedes_id).where(
                    Prescription.patient_id == patient_id, Prescription.supersedes_id.is_not(None)
                )
            )
        )
        return [
            PrescriptionInfo(
                p.id,
                p.consultation_id,
                p.version_no,
                p.verify_code,
                p.issued_at,
                name,
                self._line_docs(p),
                p.id in replaced,
            )
            for p, name in rows
        ]

    def _view(self, s: Session, c: Consultation) -> ConsultationView:
        entry = s.get(QueueEntry, c.queue_entry_id) if c.queue_entry_id else None
        current = s.scalars(
            select(Prescription)
            .where(Prescription.consultation_id == c.id)
            .order_by(Prescription.version_no.desc())
            .limit(1)
        ).first()
        info = None
        if current is not None:
            doctor = s.get(Doctor, current.doctor_id)
            info = PrescriptionInfo(
                current.id,
                c.id,
                current.version_no,
                current.verify_code,
                current.issued_at,
                doctor.full_name if doctor else "",
                self._line_docs(current),
                False,
            )
        return ConsultationView(
            id=c.id,
            queue_entry_id=c.queue_entry_id,
            patient_id=c.patient_id,
            doctor_id=c.doctor_id,
            status=c.status,
            chief_complaint=c.chief_complaint,
            subjective=c.subjective,
            objective=c.objective,
            assessment=c.assessment,
            plan=c.plan,
            advice=c.advice,
            follow_up_on=c.follow_up_on,
            diagnoses=[
                DiagnosisInfo(d.icd10_code, d.description, d.is_primary, d.is_free_text)
                for d in sorted(c.diagnoses, key=lambda d: (not d.is_primary, d.id))
            ],
            vitals=self._vitals(entry) if entry else {},
            prescription=info,
            row_version=c.row_version,
        )

    def _patient_of(self, column: Any, where: Any, what: str) -> int:
        with self._db.read() as s:
            patient_id = s.scalar(select(column).where(where))
        if patient_id is None:
            raise NotFound(f"There is no {what}.")
        return int(patient_id)

    def get(self, actor: Actor, consultation_id: int) -> ConsultationView:
        require(self._db, actor, Action.CLINICAL_VIEW, "consultation", consultation_id)  # before any read
        patient_id = self._patient_of(
            Consultation.patient_id, Consultation.id == consultation_id, f"consultation {consultation_id}"
        )
        why = self._gate(actor, patient_id)
        with self._db.write() as s:
            c = s.get(Consultation, consultation_id)
            assert c is not None  # consultations are never deleted
            self._viewed(s, actor, c.patient_id, "consultation", why, c.id)
            return self._view(s, c)

    # --- the consultation ---------------------------------------------------------------------------

    def start(self, actor: Actor, queue_entry_id: int) -> ConsultationView:
        """Open (or resume) the consultation for a called patient: the queue entry moves to 'in
        consultation', and the complaint comes from triage (no retyping)."""
        require(self._db, actor, Action.CLINICAL_WRITE, "queue_entry", queue_entry_id)
        if actor.doctor_id is None:
            raise ValidationError({"doctor_id": "This account is not linked to a doctor."})
        with self._db.write() as s:
            lock_doctor(s, actor.doctor_id)  # before the entry, as call and call next
            entry = s.get(QueueEntry, queue_entry_id, with_for_update=True)
            if entry is None:
                raise NotFound(f"There is no queue entry {queue_entry_id}.")
            existing = s.scalars(select(Consultation).where(Consultation.queue_entry_id == entry.id)).first()
            if existing is not None:
                if existing.doctor_id != actor.doctor_id:
                    raise ValidationError({"doctor_id": "Another doctor is seeing this patient."})
                self._viewed(s, actor, existing.patient_id, "consultation", "care", existing.id)
                return self._view(s, existing)
            if entry.doctor_id not in (None, actor.doctor_id):
                raise ValidationError({"doctor_id": "This patient is on another doctor's list."})
            if entry.status not in (
                QueueStatus.CALLED.value,
                QueueStatus.IN_CONSULT.value,
                QueueStatus.WAITING.value,
            ):
                raise ValidationError({"status": "This visit has ended."})
            now = self.clock.now()
            entry.doctor_id = actor.doctor_id
            if entry.status != QueueStatus.IN_CONSULT.value:
                entry.status = QueueStatus.IN_CONSULT.value
                entry.called_at = entry.called_at or now
                entry.consult_at = now
            c = Consultation(
                queue_entry_id=entry.id,
                patient_id=entry.patient_id,
                doctor_id=actor.doctor_id,
                status="draft",
                chief_complaint=entry.chief_complaint,
                started_at=now,
            )
            s.add(c)
            s.flush()
            audit.record(
                s,
                actor,
                "consultation.start",
                "consultation",
                c.id,
                {"queue_entry_id": entry.id, "patient_id": entry.patient_id},
            )
            mark(s, ChangeTopic.QUEUE)
            return self._view(s, c)

    def _load(
        self, s: Session, actor: Actor, consultation_id: int, expected_version: int | None
    ) -> Consultation:
        c = s.get(Consultation, consultation_id, with_for_update=True)
        if c is None:
            raise NotFound(f"There is no consultation {consultation_id}.")
        if c.doctor_id != actor.doctor_id:
            raise refuse(
                self._db, actor, "consultation.write",
                "Only the doctor seeing the patient can write this consultation.",
                "consultation", consultation_id, in_transaction=True,
            )  # fmt: skip
        if c.status == "completed":
            raise ValidationError(
                {"status": "This consultation is completed; amend the prescription instead."}
            )
        if expected_version is not None and c.row_version != expected_version:
            raise ConcurrentChange("This consultation was saved from another window a moment ago; reopen it.")
        return c

    def _diagnoses(self, items: Sequence[DiagnosisInput]) -> list[Diagnosis]:
        out: list[Diagnosis] = []
        errors: dict[str, str] = {}
        for n, d in enumerate(items, start=1):
            described = clean_text(d.description, f"diagnosis{n}", 300, errors)
            if f"diagnosis{n}" in errors:
                continue
            text = " ".join((described or "").split())
            code = None
            if d.icd10_code is not None and not isinstance(d.icd10_code, str):
                errors[f"diagnosis{n}"] = "The ICD-10 code must be text, e.g. J06.9."
                continue
            if d.icd10_code and d.icd10_code.strip():
                found = icd10.lookup(d.icd10_code)
                if found is None:
                    errors[f"diagnosis{n}"] = f"{d.icd10_code} is not an ICD-10 code."
                    continue
                code, text = found.code, text or found.description
            if not text:
                errors[f"diagnosis{n}"] = "Describe the diagnosis or pick an ICD-10 code."
                continue
            out.append(
                Diagnosis(
                    icd10_code=code,
                    description=text[:300],  # checked above: at most 300 before the lookup's
                    is_primary=d.is_primary,
                    is_free_text=code is None,
                )
            )
        if sum(1 for d in out if d.is_primary) > 1:
            errors["diagnoses"] = "Only one diagnosis can be the primary one."
        if errors:
            raise ValidationError(errors)
        if out and not any(d.is_primary for d in out):
            out[0].is_primary = True
        return out

    def _apply(self, s: Session, c: Consultation, data: ConsultationInput) -> None:
        # the shared input rules: every field named at once, nothing cut to fit
        errors: dict[str, str] = {}
        notes = {
            name: clean_text(getattr(data, name), name, limit, errors, multiline=True)
            for name, limit in NOTE_LIMITS.items()
        }
        today = self.clock.local_date(self.clock.now())
        follow_up = clean_date(data.follow_up_on, "follow_up_on", DateKind.FOLLOW_UP, today, errors)
        errors.update(line_errors(data.lines))
        if errors:
            raise ValidationError(errors)
        for name, value in notes.items():
            setattr(c, name, value)
        c.follow_up_on = follow_up
        c.diagnoses = self._diagnoses(data.diagnoses)
        if data.vitals and c.queue_entry_id:
            entry = s.get(QueueEntry, c.queue_entry_id)
            if entry is not None:
                self._update_vitals(entry, data.vitals)

    _NOTE_FIELDS = ("chief_complaint", "subjective", "objective", "assessment", "plan", "advice")

    def _snapshot(self, s: Session, c: Consultation) -> dict[str, object]:
        """The clinical values a save can overwrite (notes, follow-up, diagnoses, the visit's vitals):
        the audit row keeps each one that changed, old and new (issue 12)."""
        values: dict[str, object] = {name: getattr(c, name) for name in self._NOTE_FIELDS}
        values["follow_up_on"] = c.follow_up_on
        values["diagnoses"] = [
            f"{'*' if d.is_primary else ''}{d.icd10_code or ''} {d.description}".strip() for d in c.diagnoses
        ]
        entry = s.get(QueueEntry, c.queue_entry_id) if c.queue_entry_id else None
        if entry is not None:
            values.update({f"vitals.{f}": getattr(entry, f) for f in VITAL_FIELDS})
        return values

    def _update_vitals(self, entry: QueueEntry, values: dict[str, object]) -> None:
        unknown = set(values) - set(VITAL_FIELDS)
        if unknown:
            raise ValidationError({k: "Not a vital sign." for k in unknown})
        # every value is checked (text in a pulse is refused, not stored as text)
        errors, _warnings = td.check_vitals(values)
        for flag in ("on_oxygen", "hypercapnic"):
            if flag in values and not isinstance(values[flag], bool):
                errors[flag] = "Choose yes or no."
        consciousness = values.get("consciousness")
        if consciousness is not None and consciousness not in td.CONSCIOUSNESS:
            errors["consciousness"] = "Choose A, C, V, P or U (ACVPU)."
        if errors:
            raise ValidationError(errors)
        for k, v in values.items():
            if v is not None and k in td.DECIMAL_VITALS:
                v = as_decimal(v)
            elif v is not None and k in td.WHOLE_VITALS:
                v = int(v)  # type: ignore[call-overload]  # checked whole above
            setattr(entry, k, v)
        if all(
            getattr(entry, f) is not None
            for f in ("resp_rate", "spo2", "systolic_bp", "pulse", "temperature_c", "consciousness")
        ):
            entry.news2_score = td.news2_score(
                td.Vitals(
                    entry.resp_rate or 0,
                    entry.spo2 or 0,
                    bool(entry.on_oxygen),
                    entry.systolic_bp or 0,
                    entry.pulse or 0,
                    entry.consciousness or "A",
                    float(entry.temperature_c or 0),
                    bool(entry.hypercapnic),
                )
            )

    def save_draft(
        self, actor: Actor, consultation_id: int, data: ConsultationInput, expected_version: int | None = None
    ) -> ConsultationView:
        require(self._db, actor, Action.CLINICAL_WRITE, "consultation", consultation_id)
        with self._db.write() as s:
            c = self._load(s, actor, consultation_id, expected_version)
            before = self._snapshot(s, c)
            self._apply(s, c, data)
            s.flush()
            audit.record(
                s, actor, "consultation.save", "consultation", c.id,
                {"patient_id": c.patient_id, "changes": audit.changes(before, self._snapshot(s, c))},
            )  # fmt: skip
            return self._view(s, c)

    def check(self, actor: Actor, patient_id: int, lines: Sequence[DrugLineInput]) -> list[rx.LineCheck]:
        """The warnings and errors of the drug lines for this patient (allergies), for the form.

        Only for the doctor treating the patient (the allergy list is clinical): the same gate as the
        record itself, so nobody can sweep the allergies of every patient through it."""
        require(self._db, actor, Action.CLINICAL_WRITE, "patient", patient_id)
        with self._db.read() as s:
            if self._relationship(s, actor, patient_id) is None:
                raise refuse(
                    self._db, actor, "clinical.check",
                    "Only a doctor treating this patient can check their drugs.", "patient", patient_id,
                )  # fmt: skip
            allergies = s.scalar(select(Patient.allergies).where(Patient.id == patient_id))
        return rx.check_lines([_drug(line) for line in lines], allergies)

    def complete(
        self, actor: Actor, consultation_id: int, data: ConsultationInput, expected_version: int | None = None
    ) -> CompleteResult:
        """One transaction: notes and diagnoses, the prescription (if any lines), the charges for the
        cashier, the queue entry done and the appointment completed."""
        require(self._db, actor, Action.CLINICAL_WRITE, "consultation", consultation_id)
        if data.paper_size not in PAPER_SIZES:
            raise ValidationError({"paper_size": "A5 or A4."})
        with self._db.write() as s:
            c = self._load(s, actor, consultation_id, expected_version)
            patient = s.get(Patient, c.patient_id)
            doctor = s.get(Doctor, c.doctor_id)
            if patient is None or doctor is None:
                raise NotFound("The patient or doctor of this consultation is gone.")
            before = self._snapshot(s, c)
            self._apply(s, c, data)
            if not c.diagnoses:
                raise ValidationError({"diagnoses": "Record at least one diagnosis before completing."})
            lines = self._checked_lines(s, patient, data)
            hits = rx.allergy_hits(rx.check_lines([_drug(x) for x in data.lines], patient.allergies))
            override = None
            if hits:  # confirmed (else _checked_lines asked): the doctor says why, for the record
                problem = rx.override_reason_error(data.allergy_override_reason)
                if problem:
                    raise ValidationError({"allergy_override_reason": problem})
                override = {
                    "reason": (data.allergy_override_reason or "").strip(),
                    "warnings": [f"line {c.line_no}: {c.message}" for c in hits],
                }
            now = self.clock.now()
            c.status, c.completed_at = "completed", now
            s.flush()
            prescription = self._issue(s, c, lines, data.paper_size, None) if lines else None
            charges = self._charges(s, c, doctor, data.procedures)
            entry = s.get(QueueEntry, c.queue_entry_id) if c.queue_entry_id else None
            if entry is not None and entry.status in (QueueStatus.CALLED.value, QueueStatus.IN_CONSULT.value):
                entry.status, entry.done_at = QueueStatus.DONE.value, now
                if entry.appointment_id:
                    appt = s.get(Appointment, entry.appointment_id)
                    if appt is not None and appt.status == AppointmentStatus.CHECKED_IN.value:
                        appt.status = AppointmentStatus.COMPLETED.value
                        mark(s, ChangeTopic.APPOINTMENTS)
            s.flush()
            audit.record(
                s,
                actor,
                "consultation.complete",
                "consultation",
                c.id,
                {
                    "patient_id": c.patient_id,
                    "diagnoses": [d.icd10_code or d.description for d in c.diagnoses],
                    "prescription": prescription.verify_code if prescription else None,
                    "charges": charges,
                    "warnings_confirmed": data.confirmed,
                    "allergy_override": override,
                    "changes": audit.changes(before, self._snapshot(s, c)),
                },
            )
            mark(s, ChangeTopic.QUEUE, ChangeTopic.BILLING)
            return CompleteResult(
                self._view(s, c),
                prescription.id if prescription else None,
                prescription.verify_code if prescription else None,
                charges,
            )

    def _charges(self, s: Session, c: Consultation, doctor: Doctor, procedures: Sequence[str]) -> list[str]:
        consult = s.scalar(select(BillableItem).where(BillableItem.code == CONSULT_ITEM))
        if consult is None:
            raise NotFound("The price list has no 'CONSULT' item; ask the administrator to restore it.")
        items = [(consult, f"Consultation — {doctor.full_name}", doctor.consultation_fee)]
        for code in procedures:
            item = s.scalar(
                select(BillableItem).where(BillableItem.code == code, BillableItem.is_active == true())
            )
            if item is None:
                raise ValidationError({"procedures": f"There is no active price-list item {code}."})
            items.append((item, item.name, item.unit_price))
        out = []
        for item, text, price in items:
            s.add(
                PendingCharge(
                    patient_id=c.patient_id,
                    queue_entry_id=c.queue_entry_id,
                    doctor_id=doctor.id,
                    item_id=item.id,
                    description=text[:200],
                    quantity=Decimal("1"),
                    unit_price=price,
                )
            )
            out.append(f"{text} ₹{price:,.2f}")
        return out
