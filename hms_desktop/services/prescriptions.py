"""Prescriptions: issuing a version with its digest and verification code, amending, the printout's
data, verifying a code, and the clinic's drug list and procedures (the lines' own rules are in
``prescription_lines``).

:class:`PrescriptionDesk` is a part of
:class:`~hms_desktop.services.consultation.ConsultationService`, which builds it with the clinic's
clock and the one :class:`~hms_desktop.services.clinical_access.ClinicalGate` (who may read, and the
audit of every view) and exposes its methods; the consultation's completion issues the first version
through :meth:`PrescriptionDesk.issue`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    BillableItem,
    Consultation,
    Doctor,
    Drug,
    Patient,
    Prescription,
    PrescriptionLine,
    QueueEntry,
    StaffUser,
)
from hms_desktop.domain import prescribing as rx
from hms_desktop.domain.ages import age_text
from hms_desktop.domain.allergies import AllergyRecord, AllergyStatus
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.identifiers import format_abha
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import (
    NotFound,
    ValidationError,
)
from hms_desktop.services import audit
from hms_desktop.services.clinic_row import clinic_row
from hms_desktop.services.clinical_access import ClinicalGate
from hms_desktop.services.consultation_types import (
    AMEND_REASON_MAX,
    ConsultationInput,
    DrugLineInput,
    PrescriptionDoc,
    PrescriptionInfo,
)
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import refuse, require
from hms_desktop.services.prescription_lines import checked_lines, content, line_docs, remember_drugs

CONSULT_ITEM = "CONSULT"


class PrescriptionDesk:
    """Issuing, amending, printing and verifying prescriptions; the drug list and procedures."""

    def __init__(self, db: Database, clock: Clock, access: ClinicalGate) -> None:
        self._db = db
        self.clock = clock
        self._access = access

    def issue(
        self,
        s: Session,
        c: Consultation,
        lines: list[PrescriptionLine],
        paper: str,
        supersedes: Prescription | None,
    ) -> Prescription:
        """A new version of the consultation's prescription with its digest and code (rows flushed)."""
        version = 1 + int(
            s.scalar(select(func.max(Prescription.version_no)).where(Prescription.consultation_id == c.id))
            or 0
        )
        p = Prescription(
            consultation_id=c.id,
            patient_id=c.patient_id,
            doctor_id=c.doctor_id,
            version_no=version,
            supersedes_id=supersedes.id if supersedes else None,
            issued_at=self.clock.now(),
            paper_size=paper,
        )
        digest = rx.content_digest(content(s, p, c, lines))
        p.content_sha256, p.verify_code = digest, rx.verify_code(digest)
        remember_drugs(s, lines)
        p.lines = sorted(lines, key=lambda ln: ln.line_no)  # set while pending: the view needs no read
        s.add(p)
        s.flush()  # the prescription, then its lines in one batch
        return p

    # --- prescriptions ------------------------------------------------------------------------------

    def amend_prescription(
        self,
        actor: Actor,
        prescription_id: int,
        lines: Sequence[DrugLineInput],
        reason: str,
        *,
        confirmed: bool = False,
        paper_size: str | None = None,
    ) -> PrescriptionInfo:
        """A new version replacing ``prescription_id`` (which stays as issued)."""
        require(self._db, actor, Action.CLINICAL_WRITE, "prescription", prescription_id)
        reason = clean_text(reason, "reason", AMEND_REASON_MAX) or ""  # text only, refused not cut
        if len(reason) < 3:
            raise ValidationError({"reason": "Say why the prescription is amended."})
        with self._db.write() as s:
            old = s.get(Prescription, prescription_id, with_for_update=True)
            if old is None:
                raise NotFound(f"There is no prescription {prescription_id}.")
            if s.scalar(select(Prescription.id).where(Prescription.supersedes_id == old.id)) is not None:
                raise ValidationError(
                    {"prescription": "This version was already amended; amend the newest one."}
                )
            if old.doctor_id != actor.doctor_id:
                raise refuse(
                    self._db, actor, "prescription.amend",
                    "Only the prescribing doctor can amend this prescription.",
                    "prescription", prescription_id, in_transaction=True,
                )  # fmt: skip
            c = s.get(Consultation, old.consultation_id)
            patient = s.get(Patient, old.patient_id)
            assert c is not None and patient is not None
            new_lines = checked_lines(patient, ConsultationInput(lines=tuple(lines), confirmed=confirmed))
            if not new_lines:
                raise ValidationError({"lines": "A prescription needs at least one drug line."})
            new = self.issue(s, c, new_lines, paper_size or old.paper_size, old)
            audit.record(
                s,
                actor,
                "prescription.amend",
                "prescription",
                new.id,
                {"supersedes": old.verify_code, "code": new.verify_code, "reason": reason},
            )
            doctor = s.get(Doctor, new.doctor_id)
            return PrescriptionInfo(
                new.id,
                c.id,
                new.version_no,
                new.verify_code,
                new.issued_at,
                doctor.full_name if doctor else "",
                line_docs(new),
                False,
            )

    def prescription_doc(self, actor: Actor, prescription_id: int) -> PrescriptionDoc:
        """Everything the printout shows, from the stored rows only (a reprint is identical)."""
        require(self._db, actor, Action.CLINICAL_VIEW, "prescription", prescription_id)  # before any read
        patient_id = self._access.patient_of(
            Prescription.patient_id, Prescription.id == prescription_id, f"prescription {prescription_id}"
        )
        why = self._access.why(actor, patient_id)
        with self._db.write() as s:
            p = s.get(Prescription, prescription_id)
            assert p is not None  # prescriptions are never deleted
            c, patient, doctor = (
                s.get(Consultation, p.consultation_id),
                s.get(Patient, p.patient_id),
                s.get(Doctor, p.doctor_id),
            )
            clinic = clinic_row(s)
            assert c is not None and patient is not None and doctor is not None
            previous = s.get(Prescription, p.supersedes_id) if p.supersedes_id else None
            entry = s.get(QueueEntry, c.queue_entry_id) if c.queue_entry_id else None
            issued_local = p.issued_at.astimezone(self.clock.zone)
            age = age_text(patient.date_of_birth, issued_local.date())
            child = (
                patient.date_of_birth is not None
                and (issued_local.date() - patient.date_of_birth).days < 12 * 365
            )
            self._access.viewed(s, actor, p.patient_id, "prescription", why, p.id)
            address = None
            if clinic is not None:
                address = (
                    ", ".join(
                        x
                        for x in (
                            clinic.address_line1,
                            clinic.address_line2,
                            clinic.city,
                            clinic.state_name,
                            clinic.pin_code,
                        )
                        if x
                    )
                    or None
                )
            allergy = AllergyRecord(
                AllergyStatus(patient.allergy_status or AllergyStatus.UNKNOWN.value),
                patient.allergies,
                s.scalar(select(StaffUser.full_name).where(StaffUser.id == patient.allergy_by))
                if patient.allergy_by is not None
                else None,
                patient.allergy_at,
            )
            return PrescriptionDoc(
                clinic_name=(clinic.trade_name or clinic.legal_name) if clinic else "Clinic",
                clinic_address=address,
                clinic_phone=clinic.phone if clinic else None,
                clinic_email=clinic.email if clinic else None,
                logo_path=clinic.logo_path if clinic else None,
                doctor_name=doctor.full_name,
                doctor_qualifications=doctor.qualifications,
                doctor_reg_number=doctor.reg_number,
                doctor_reg_council=doctor.reg_council,
                doctor_specialisation=doctor.specialisation,
                patient_name=f"{patient.first_name} {patient.last_name}"
                if patient.last_name
                else patient.first_name,
                patient_age_sex=" / ".join(x for x in (age, patient.sex) if x),
                patient_mrn=patient.mrn,
                patient_abha=format_abha(patient.abha_number) if patient.abha_number else None,
                patient_weight_kg=entry.weight_kg if child and entry is not None else None,
                issued_at=issued_local,
                allergies=patient.allergies,
                allergy_status=allergy.status.value,
                allergy_confirmed=allergy.confirmation_text(self.clock.zone),
                diagnoses=[
                    f"{d.icd10_code} — {d.description}" if d.icd10_code else d.description
                    for d in sorted(c.diagnoses, key=lambda d: (not d.is_primary, d.id))
                ],
                lines=line_docs(p),
                advice=c.advice,
                follow_up_on=c.follow_up_on,
                verify_code=p.verify_code,
                content_sha256=p.content_sha256,
                version_no=p.version_no,
                supersedes_code=previous.verify_code if previous else None,
                paper_size=p.paper_size,
                patient_language=patient.preferred_language,
                patient_address=postal_address(patient.address, patient.city, patient.pin_code),
            )

    def verify(self, actor: Actor, code: str) -> tuple[PrescriptionInfo, bool, bool]:
        """A pharmacist calls with the printed code: (the prescription, whether its stored content
        still matches its digest, whether a newer version replaced it)."""
        require(self._db, actor, Action.CLINICAL_VIEW, "prescription")
        wanted = (clean_text(code, "code", 40) or "").upper().replace(" ", "")
        if not wanted:  # never a '' bound (Oracle reads it as NULL): nothing was typed
            raise ValidationError({"code": "Type the code printed under the QR, e.g. 7KQ2-M9TX."})
        if len(wanted) == 8:
            wanted = f"{wanted[:4]}-{wanted[4:]}"
        patient_id = self._access.patient_of(
            Prescription.patient_id,
            Prescription.verify_code == wanted,
            f"prescription with the code {wanted}",
        )
        why = self._access.why(actor, patient_id)
        with self._db.write() as s:
            p = s.scalar(select(Prescription).where(Prescription.verify_code == wanted))
            assert p is not None
            c = s.get(Consultation, p.consultation_id)
            assert c is not None
            intact = rx.content_digest(content(s, p, c, p.lines)) == p.content_sha256
            replaced = s.scalar(select(Prescription.id).where(Prescription.supersedes_id == p.id)) is not None
            doctor = s.get(Doctor, p.doctor_id)
            self._access.viewed(s, actor, p.patient_id, "prescription", why, p.id)
            info = PrescriptionInfo(
                p.id,
                c.id,
                p.version_no,
                p.verify_code,
                p.issued_at,
                doctor.full_name if doctor else "",
                line_docs(p),
                replaced,
            )
            return info, intact, replaced

    def procedures(self, actor: Actor) -> list[tuple[str, str, Decimal]]:
        """The price list's procedures and services a doctor may record (code, name, price); the
        consultation itself is charged on its own at the doctor's fee."""
        require(self._db, actor, Action.CLINICAL_WRITE, "billable_item")
        with self._db.read() as s:
            rows = s.execute(
                select(BillableItem.code, BillableItem.name, BillableItem.unit_price)
                .where(
                    BillableItem.is_active == true(),
                    BillableItem.kind.in_(("procedure", "service")),
                    BillableItem.code != CONSULT_ITEM,
                    ~BillableItem.code.like("CONS-%"),
                )
                .order_by(BillableItem.name)
            ).all()
            return [(code, name, price) for code, name, price in rows]

    def drugs(self, actor: Actor, query: str, limit: int = 20) -> list[DrugLineInput]:
        """The clinic's drug list, by the start of the generic or brand name."""
        require(self._db, actor, Action.CLINICAL_WRITE, "drug")
        q = " ".join((clean_text(query, "query", 120) or "").split()).upper()  # refused when not text
        if len(q) < 2:
            return []
        with self._db.read() as s:
            rows = s.scalars(
                select(Drug)
                .where(
                    Drug.is_active == true(),
                    Drug.drug_key.like(f"{_escape(q)}%", escape="\\")
                    | func.upper(Drug.brand_name).like(f"{_escape(q)}%", escape="\\"),
                )
                .order_by(Drug.drug_key)
                .limit(limit)
            ).all()
            return [
                DrugLineInput(
                    d.generic_name, d.strength, d.dosage_form, route=d.route, brand_name=d.brand_name
                )
                for d in rows
            ]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def postal_address(street: str | None, city: str | None, pin: str | None) -> str | None:
    """'7 Temple Street, Mysuru 570001' from what was registered (None when nothing was)."""
    place = ", ".join(x.strip() for x in (street, city) if x and x.strip())
    return " ".join(x for x in (place, (pin or "").strip()) if x) or None
