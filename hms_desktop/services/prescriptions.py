"""Prescriptions: checking the drug lines, issuing a version with its digest and verification code,
amending, the printout's data, verifying a code, and the clinic's drug list and procedures.

A mixin of :class:`~hms_desktop.services.consultation.ConsultationService` (which provides the
access gate and the audit of views); split out so each module reads in one sitting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

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
from hms_desktop.domain.validation import clean_decimal, clean_int, clean_text
from hms_desktop.errors import (
    ConfirmationNeeded,
    DuplicateRecord,
    NotFound,
    ValidationError,
)
from hms_desktop.services import audit
from hms_desktop.services.clinic_row import clinic_row
from hms_desktop.services.consultation_types import (
    ConsultationInput,
    DrugLineInput,
    PrescriptionDoc,
    PrescriptionInfo,
    PrescriptionLineDoc,
)
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import refuse, require

CONSULT_ITEM = "CONSULT"
AMEND_REASON_MAX = 300  # kept in the audit row; the amend dialog takes at most this many


def _clean(text: str | None, limit: int | None = None) -> str | None:
    """Stripped text, None when blank. Lengths are checked first (``line_errors``): never cut here."""
    value = (text or "").strip() or None
    if value is not None and limit is not None and len(value) > limit:
        raise ValidationError({"text": f"At most {limit} characters."})  # a caller skipped the check
    return value


# the prescription line's text columns and their lengths (models/clinical.py)
LINE_TEXT = {
    "generic_name": 120, "brand_name": 120, "strength": 40, "dosage_form": 40, "dose": 40,
    "route": 40, "frequency": 40, "instructions": 255,
}  # fmt: skip


def line_errors(lines: Sequence[DrugLineInput]) -> dict[str, str]:
    """The shared input rules for each drug line (``line3.instructions`` -> message): text without
    control characters and within its column, whole days and hours, a quantity the column keeps."""
    errors: dict[str, str] = {}
    for n, x in enumerate(lines, start=1):
        if not isinstance(x, DrugLineInput):
            errors[f"line{n}"] = "Not a drug line."
            continue
        for name, limit in LINE_TEXT.items():
            field, multiline = f"line{n}.{name}", name == "instructions"
            required = "Enter the medicine's generic name." if name == "generic_name" else None
            clean_text(getattr(x, name), field, limit, errors, multiline=multiline, required=required)
        clean_int(x.sos_min_hours, f"line{n}.sos_min_hours", errors, minimum=1, maximum=72)
        clean_int(x.duration_days, f"line{n}.duration_days", errors, minimum=1, maximum=3650)
        quantity = f"line{n}.quantity"
        clean_decimal(x.quantity, quantity, errors, digits=10, places=2, minimum=0, allow_zero=False)
    return errors


def _qty(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.01"))


class PrescriptionMixin:
    _db: Database
    clock: Clock

    if TYPE_CHECKING:  # provided by ConsultationService

        def _gate(self, actor: Actor, patient_id: int, action: Action = Action.CLINICAL_VIEW) -> str: ...
        def _viewed(
            self, s: Session, actor: Actor, patient_id: int, what: str, why: str, entity_id: object
        ) -> None: ...
        def _patient_of(self, column: Any, where: Any, what: str) -> int: ...

    def _line_docs(self, p: Prescription) -> list[PrescriptionLineDoc]:
        return [
            PrescriptionLineDoc(
                ln.line_no,
                ln.generic_name,
                ln.brand_name,
                ln.strength,
                ln.dosage_form,
                ln.dose,
                ln.route,
                ln.frequency,
                ln.sos_min_hours,
                ln.duration_days,
                ln.quantity,
                ln.instructions,
            )
            for ln in sorted(p.lines, key=lambda x: x.line_no)
        ]

    def _checked_lines(self, s: Session, patient: Patient, data: ConsultationInput) -> list[PrescriptionLine]:
        errors = line_errors(data.lines)
        if errors:
            raise ValidationError(errors)
        checks = rx.check_lines([_drug(x) for x in data.lines], patient.allergies)
        errors = {f"line{c.line_no}.{c.field}": c.message for c in checks if c.severity == "error"}
        if errors:
            raise ValidationError(errors)
        warnings = {f"line{c.line_no}.{c.field}": c.message for c in checks if c.severity == "warning"}
        if warnings and not data.confirmed:
            raise ConfirmationNeeded(warnings)
        lines = []
        for n, x in enumerate(data.lines, start=1):
            qty = (
                x.quantity
                if x.quantity is not None
                else rx.quantity(x.dose, x.frequency, x.duration_days, x.sos_min_hours, x.dosage_form)
            )
            lines.append(
                PrescriptionLine(
                    line_no=n,
                    generic_name=" ".join(x.generic_name.split()).upper(),
                    brand_name=_clean(x.brand_name, 120),
                    strength=_clean(x.strength, 40),
                    dosage_form=_clean(x.dosage_form, 40),
                    dose=_clean(x.dose, 40),
                    route=_clean(x.route, 40),
                    frequency=_clean(
                        (x.frequency or "").upper()
                        if (x.frequency or "").upper() in rx.FREQUENCIES
                        else x.frequency,
                        40,
                    ),
                    sos_min_hours=x.sos_min_hours,
                    duration_days=x.duration_days,
                    quantity=_qty(qty),
                    instructions=_clean(x.instructions, 255),
                )
            )
        return lines

    def _content(
        self, s: Session, p: Prescription, c: Consultation, lines: Sequence[PrescriptionLine]
    ) -> dict[str, Any]:
        """The canonical content the digest covers: what the printout says, and who for."""
        patient = s.get(Patient, p.patient_id)
        doctor = s.get(Doctor, p.doctor_id)
        previous = s.get(Prescription, p.supersedes_id) if p.supersedes_id else None
        return {
            "patient": [
                patient.mrn if patient else None,
                patient.first_name if patient else None,
                patient.last_name if patient else None,
            ],
            "doctor": [doctor.full_name if doctor else None, doctor.reg_number if doctor else None],
            "issued_at": p.issued_at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "version": p.version_no,
            "supersedes": previous.verify_code if previous else None,
            "diagnoses": [
                [d.icd10_code, d.description]
                for d in sorted(c.diagnoses, key=lambda d: (not d.is_primary, d.id or 0))
            ],
            "advice": c.advice,
            "follow_up_on": c.follow_up_on.isoformat() if c.follow_up_on else None,
            "allergies": patient.allergies if patient else None,
            # printed since 0008; only a confirmed "none" adds a key, so earlier digests still verify
            **({"allergy_status": "nkda"} if patient and patient.allergy_status == "nkda" else {}),
            "lines": [
                [
                    ln.line_no,
                    ln.generic_name,
                    ln.brand_name,
                    ln.strength,
                    ln.dosage_form,
                    ln.dose,
                    ln.route,
                    ln.frequency,
                    ln.sos_min_hours,
                    ln.duration_days,
                    None if ln.quantity is None else str(_qty(ln.quantity)),
                    ln.instructions,
                ]
                for ln in sorted(lines, key=lambda x: x.line_no)
            ],
        }

    def _issue(
        self,
        s: Session,
        c: Consultation,
        lines: list[PrescriptionLine],
        paper: str,
        supersedes: Prescription | None,
    ) -> Prescription:
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
        digest = rx.content_digest(self._content(s, p, c, lines))
        p.content_sha256, p.verify_code = digest, rx.verify_code(digest)
        s.add(p)
        s.flush()
        for ln in lines:
            ln.prescription_id = p.id
            s.add(ln)
            self._remember_drug(s, ln)
        s.flush()
        return p

    def _remember_drug(self, s: Session, ln: PrescriptionLine) -> None:
        """The clinic's drug list grows as doctors prescribe."""
        key = Drug.make_key(ln.generic_name, ln.strength, ln.dosage_form)
        if s.scalar(select(Drug.id).where(Drug.drug_key == key)) is None:
            try:
                with s.begin_nested():
                    s.add(
                        Drug(
                            generic_name=ln.generic_name,
                            brand_name=ln.brand_name,
                            strength=ln.strength,
                            dosage_form=ln.dosage_form,
                            route=ln.route,
                            drug_key=key,
                        )
                    )
            except DuplicateRecord:  # another doctor added it at the same moment
                pass

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
            new_lines = self._checked_lines(
                s, patient, ConsultationInput(lines=tuple(lines), confirmed=confirmed)
            )
            if not new_lines:
                raise ValidationError({"lines": "A prescription needs at least one drug line."})
            new = self._issue(s, c, new_lines, paper_size or old.paper_size, old)
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
                self._line_docs(new),
                False,
            )

    def prescription_doc(self, actor: Actor, prescription_id: int) -> PrescriptionDoc:
        """Everything the printout shows, from the stored rows only (a reprint is identical)."""
        require(self._db, actor, Action.CLINICAL_VIEW, "prescription", prescription_id)  # before any read
        patient_id = self._patient_of(
            Prescription.patient_id, Prescription.id == prescription_id, f"prescription {prescription_id}"
        )
        why = self._gate(actor, patient_id)
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
            self._viewed(s, actor, p.patient_id, "prescription", why, p.id)
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
                lines=self._line_docs(p),
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
        wanted = code.strip().upper().replace(" ", "")
        if len(wanted) == 8:
            wanted = f"{wanted[:4]}-{wanted[4:]}"
        patient_id = self._patient_of(
            Prescription.patient_id,
            Prescription.verify_code == wanted,
            f"prescription with the code {code.strip()}",
        )
        why = self._gate(actor, patient_id)
        with self._db.write() as s:
            p = s.scalar(select(Prescription).where(Prescription.verify_code == wanted))
            assert p is not None
            c = s.get(Consultation, p.consultation_id)
            assert c is not None
            intact = rx.content_digest(self._content(s, p, c, p.lines)) == p.content_sha256
            replaced = s.scalar(select(Prescription.id).where(Prescription.supersedes_id == p.id)) is not None
            doctor = s.get(Doctor, p.doctor_id)
            self._viewed(s, actor, p.patient_id, "prescription", why, p.id)
            info = PrescriptionInfo(
                p.id,
                c.id,
                p.version_no,
                p.verify_code,
                p.issued_at,
                doctor.full_name if doctor else "",
                self._line_docs(p),
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
        q = " ".join(query.split()).upper()
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


def _drug(x: DrugLineInput) -> rx.DrugLine:
    return rx.DrugLine(
        x.generic_name,
        x.strength,
        x.dosage_form,
        x.dose,
        x.route,
        x.frequency,
        x.sos_min_hours,
        x.duration_days,
        x.quantity,
        x.instructions,
        x.brand_name,
    )


def postal_address(street: str | None, city: str | None, pin: str | None) -> str | None:
    """'7 Temple Street, Mysuru 570001' from what was registered (None when nothing was)."""
    place = ", ".join(x.strip() for x in (street, city) if x and x.strip())
    return " ".join(x for x in (place, (pin or "").strip()) if x) or None
