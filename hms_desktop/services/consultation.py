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

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    BillableItem,
    Consultation,
    Diagnosis,
    Doctor,
    Patient,
    PendingCharge,
    Prescription,
    QueueEntry,
    StaffUser,
)
from hms_desktop.domain import prescribing as rx
from hms_desktop.domain.ages import age_text
from hms_desktop.domain.allergies import AllergyRecord, AllergyStatus
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, QueueStatus
from hms_desktop.domain.identifiers import format_abha
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import (
    ConcurrentChange,
    NotFound,
    ValidationError,
)
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, lock_doctor, mark
from hms_desktop.services.clinical_access import ClinicalGate
from hms_desktop.services.consultation_record import apply, snapshot, vitals_of, warm_codes
from hms_desktop.services.consultation_types import (
    PAPER_SIZES,
    CompleteResult,
    ConsultationInput,
    ConsultationView,
    DiagnosisInfo,
    DrugLineInput,
    PatientSummary,
    PrescriptionInfo,
    VisitInfo,
)
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import refuse, require
from hms_desktop.services.prescription_lines import checked_lines, drug_line, line_docs
from hms_desktop.services.prescriptions import CONSULT_ITEM, PrescriptionDesk


class ConsultationService:
    """The doctor's service. It composes the clinical gate (who may read, break the glass, the audit
    of views) and the prescription desk, which share the clinic's clock, and exposes their methods."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()
        self.access = ClinicalGate(db, self.clock)
        self.prescriptions = PrescriptionDesk(db, self.clock, self.access)
        # who may read
        self.can_view = self.access.can_view
        self.break_glass = self.access.break_glass
        # prescriptions
        self.amend_prescription = self.prescriptions.amend_prescription
        self.prescription_doc = self.prescriptions.prescription_doc
        self.verify = self.prescriptions.verify
        self.procedures = self.prescriptions.procedures
        self.drugs = self.prescriptions.drugs

    # --- reading ------------------------------------------------------------------------------------

    def summary(self, actor: Actor, patient_id: int) -> PatientSummary:
        """Allergies, past diagnoses, recent prescriptions, last vitals and visits, at a glance."""
        why = self.access.why(actor, patient_id)
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
            self.access.viewed(s, actor, patient_id, "patient", why, patient_id)
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
                last_vitals=vitals_of(last) if last else {},
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
                line_docs(p),
                p.id in replaced,
            )
            for p, name in rows
        ]

    def _view(self, s: Session, c: Consultation, issued: Prescription | None = None) -> ConsultationView:
        """The consultation as the doctor's screen shows it; ``issued``: the prescription this unit
        of work has just issued (the newest version, so it is not read back)."""
        entry = s.get(QueueEntry, c.queue_entry_id) if c.queue_entry_id else None
        current = (
            issued
            or s.scalars(
                select(Prescription)
                .where(Prescription.consultation_id == c.id)
                .order_by(Prescription.version_no.desc())
                .limit(1)
            ).first()
        )
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
                line_docs(current),
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
            vitals=vitals_of(entry) if entry else {},
            prescription=info,
            row_version=c.row_version,
        )

    def get(self, actor: Actor, consultation_id: int) -> ConsultationView:
        require(self._db, actor, Action.CLINICAL_VIEW, "consultation", consultation_id)  # before any read
        patient_id = self.access.patient_of(
            Consultation.patient_id, Consultation.id == consultation_id, f"consultation {consultation_id}"
        )
        why = self.access.why(actor, patient_id)
        with self._db.write() as s:
            c = s.get(Consultation, consultation_id)
            assert c is not None  # consultations are never deleted
            self.access.viewed(s, actor, c.patient_id, "consultation", why, c.id)
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
                self.access.viewed(s, actor, existing.patient_id, "consultation", "care", existing.id)
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

    def save_draft(
        self, actor: Actor, consultation_id: int, data: ConsultationInput, expected_version: int | None = None
    ) -> ConsultationView:
        require(self._db, actor, Action.CLINICAL_WRITE, "consultation", consultation_id)
        warm_codes(data)
        with self._db.write() as s:
            c = self._load(s, actor, consultation_id, expected_version)
            before = snapshot(s, c)
            apply(s, c, data, self.clock.local_date(self.clock.now()))
            s.flush()
            audit.record(
                s, actor, "consultation.save", "consultation", c.id,
                {"patient_id": c.patient_id, "changes": audit.changes(before, snapshot(s, c))},
            )  # fmt: skip
            return self._view(s, c)

    def check(self, actor: Actor, patient_id: int, lines: Sequence[DrugLineInput]) -> list[rx.LineCheck]:
        """The warnings and errors of the drug lines for this patient (allergies), for the form.

        Only for the doctor treating the patient (the allergy list is clinical): the same gate as the
        record itself, so nobody can sweep the allergies of every patient through it."""
        require(self._db, actor, Action.CLINICAL_WRITE, "patient", patient_id)
        with self._db.read() as s:
            if self.access.relationship(s, actor, patient_id) is None:
                raise refuse(
                    self._db, actor, "clinical.check",
                    "Only a doctor treating this patient can check their drugs.", "patient", patient_id,
                )  # fmt: skip
            allergies = s.scalar(select(Patient.allergies).where(Patient.id == patient_id))
        return rx.check_lines([drug_line(line) for line in lines], allergies)

    def complete(
        self, actor: Actor, consultation_id: int, data: ConsultationInput, expected_version: int | None = None
    ) -> CompleteResult:
        """One transaction: notes and diagnoses, the prescription (if any lines), the charges for the
        cashier, the queue entry done and the appointment completed."""
        require(self._db, actor, Action.CLINICAL_WRITE, "consultation", consultation_id)
        if data.paper_size not in PAPER_SIZES:
            raise ValidationError({"paper_size": "A5 or A4."})
        warm_codes(data)
        with self._db.write() as s:
            c = self._load(s, actor, consultation_id, expected_version)
            patient = s.get(Patient, c.patient_id)
            doctor = s.get(Doctor, c.doctor_id)
            if patient is None or doctor is None:
                raise NotFound("The patient or doctor of this consultation is gone.")
            before = snapshot(s, c)
            apply(s, c, data, self.clock.local_date(self.clock.now()))
            if not c.diagnoses:
                raise ValidationError({"diagnoses": "Record at least one diagnosis before completing."})
            lines = checked_lines(patient, data)
            hits = rx.allergy_hits(rx.check_lines([drug_line(x) for x in data.lines], patient.allergies))
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
            prescription = self.prescriptions.issue(s, c, lines, data.paper_size, None) if lines else None
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
                    "changes": audit.changes(before, snapshot(s, c)),
                },
            )
            mark(s, ChangeTopic.QUEUE, ChangeTopic.BILLING)
            return CompleteResult(
                self._view(s, c, prescription),
                prescription.id if prescription else None,
                prescription.verify_code if prescription else None,
                charges,
            )

    def _charges(self, s: Session, c: Consultation, doctor: Doctor, procedures: Sequence[str]) -> list[str]:
        codes = sorted({CONSULT_ITEM, *procedures})  # one read for the consultation and the procedures
        by_code = {
            item.code: item for item in s.scalars(select(BillableItem).where(BillableItem.code.in_(codes)))
        }
        consult = by_code.get(CONSULT_ITEM)
        if consult is None:
            raise NotFound("The price list has no 'CONSULT' item; ask the administrator to restore it.")
        items = [(consult, f"Consultation — {doctor.full_name}", doctor.consultation_fee)]
        for code in procedures:
            item = by_code.get(code)
            if item is None or not item.is_active:
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
