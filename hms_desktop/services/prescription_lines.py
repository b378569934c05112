"""A prescription's drug lines: the input rules every form and service shares, the rows stored for
one version, and the canonical content its digest covers (what the printout says, and who for).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.models import Consultation, Doctor, Drug, Patient, Prescription, PrescriptionLine
from hms_desktop.domain import prescribing as rx
from hms_desktop.domain.validation import clean_decimal, clean_int, clean_text
from hms_desktop.errors import ConfirmationNeeded, DuplicateRecord, ValidationError
from hms_desktop.services.consultation_types import ConsultationInput, DrugLineInput, PrescriptionLineDoc


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


def line_docs(p: Prescription) -> list[PrescriptionLineDoc]:
    """The stored lines of one version, in order, as the DTOs show them."""
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


def checked_lines(patient: Patient, data: ConsultationInput) -> list[PrescriptionLine]:
    """The drug lines as rows to store, or the field errors (and, unconfirmed, the warnings)."""
    errors = line_errors(data.lines)
    if errors:
        raise ValidationError(errors)
    checks = rx.check_lines([drug_line(x) for x in data.lines], patient.allergies)
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


def content(
    s: Session, p: Prescription, c: Consultation, lines: Sequence[PrescriptionLine]
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


def remember_drugs(s: Session, lines: Sequence[PrescriptionLine]) -> None:
    """The clinic's drug list grows as doctors prescribe: the lines' drugs it does not know yet are
    added (one read for all the lines, not one per line)."""
    wanted = {Drug.make_key(ln.generic_name, ln.strength, ln.dosage_form): ln for ln in lines}
    if not wanted:
        return
    known = set(s.scalars(select(Drug.drug_key).where(Drug.drug_key.in_(wanted))))
    for key, ln in wanted.items():
        if key in known:
            continue
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


def drug_line(x: DrugLineInput) -> rx.DrugLine:
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
