"""What a consultation's save writes: the notes, the coded diagnoses and the visit's vitals (each
field checked, every error named at once), and the snapshot the audit row compares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from hms_desktop.db.models import Consultation, Diagnosis, QueueEntry
from hms_desktop.domain import triage as td
from hms_desktop.domain.validation import DateKind, as_decimal, clean_date, clean_text
from hms_desktop.errors import ValidationError
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput
from hms_desktop.services.prescription_lines import line_errors

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


def vitals_of(entry: QueueEntry) -> dict[str, object]:
    values = {f: getattr(entry, f) for f in VITAL_FIELDS}
    return {k: v for k, v in values.items() if v is not None} | (
        {"news2_score": entry.news2_score} if entry.news2_score is not None else {}
    )


def coded_diagnoses(items: Sequence[DiagnosisInput]) -> list[Diagnosis]:
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
            from hms_desktop.domain import icd10  # with its first code: rapidfuzz is not every desk's

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


def warm_codes(data: ConsultationInput) -> None:
    """Build the ICD-10 index (once per process, about half a second of CPU) before a unit of work
    takes its locks, not inside it: a desk's first coded diagnosis held the write lock (SQLite) or the
    consultation's rows (a server) for as long, and under load for seconds."""
    diagnoses = getattr(data, "diagnoses", None)
    if isinstance(diagnoses, list | tuple) and any(
        isinstance(code := getattr(d, "icd10_code", None), str) and code.strip() for d in diagnoses
    ):
        from hms_desktop.domain import icd10

        icd10.warm()


def apply(s: Session, c: Consultation, data: ConsultationInput, today: dt.date) -> None:
    """Write what the doctor typed onto the consultation (and the visit's vitals), or every field's error."""
    # the shared input rules: every field named at once, nothing cut to fit
    errors: dict[str, str] = {}
    notes = {
        name: clean_text(getattr(data, name), name, limit, errors, multiline=True)
        for name, limit in NOTE_LIMITS.items()
    }
    follow_up = clean_date(data.follow_up_on, "follow_up_on", DateKind.FOLLOW_UP, today, errors)
    errors.update(line_errors(data.lines))
    if errors:
        raise ValidationError(errors)
    for name, value in notes.items():
        setattr(c, name, value)
    c.follow_up_on = follow_up
    c.diagnoses = coded_diagnoses(data.diagnoses)
    if data.vitals and c.queue_entry_id:
        entry = s.get(QueueEntry, c.queue_entry_id)
        if entry is not None:
            update_vitals(entry, data.vitals)


def snapshot(s: Session, c: Consultation) -> dict[str, object]:
    """The clinical values a save can overwrite (notes, follow-up, diagnoses, the visit's vitals):
    the audit row keeps each one that changed, old and new (issue 12)."""
    values: dict[str, object] = {name: getattr(c, name) for name in NOTE_LIMITS}
    values["follow_up_on"] = c.follow_up_on
    values["diagnoses"] = [
        f"{'*' if d.is_primary else ''}{d.icd10_code or ''} {d.description}".strip() for d in c.diagnoses
    ]
    entry = s.get(QueueEntry, c.queue_entry_id) if c.queue_entry_id else None
    if entry is not None:
        values.update({f"vitals.{f}": getattr(entry, f) for f in VITAL_FIELDS})
    return values


def update_vitals(entry: QueueEntry, values: dict[str, object]) -> None:
    """The visit's vitals from a consultation's save: each value checked, NEWS2 when complete."""
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
