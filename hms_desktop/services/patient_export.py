"""A patient's own record, for their request under the DPDP access right: one JSON file and one PDF.

Who may: an administrator (the clinic answers the request), or a doctor with the clinical-access
relationship of ``services/clinical_access`` (care or an unexpired break-the-glass grant). Anyone else
is refused, and the refusal is audited like every denial; every export is audited with the files'
checksums. The record holds demographics, visits with their vitals, consultations with diagnoses,
prescriptions with their lines, invoices with lines and payments, and the access log (every audit
row about the patient: who viewed, changed or exported it, when). The JSON and the PDF are built from
the same dictionary, so they say the same thing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    AuditLog,
    Consultation,
    Diagnosis,
    Doctor,
    Invoice,
    InvoiceLine,
    Patient,
    Payment,
    Prescription,
    PrescriptionLine,
    QueueEntry,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AuditOutcome, Role
from hms_desktop.errors import NotFound, PermissionDenied
from hms_desktop.private_files import private_dir, private_file, write_private_text
from hms_desktop.services.audit import record_separately
from hms_desktop.services.clinical_access import clinical_relationship
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import check_account
from hms_desktop.services.patient_export_types import RecordExport

__all__ = ["VITALS", "PatientExportService"]


VITALS = (
    "resp_rate",
    "spo2",
    "on_oxygen",
    "systolic_bp",
    "diastolic_bp",
    "pulse",
    "temperature_c",
    "consciousness",
    "pain_score",
    "glucose_mgdl",
    "weight_kg",
    "news2_score",
)
_PATIENT_SKIP = {"first_key", "last_key", "phone_rev", "row_version", "created_by", "updated_by"}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def _row(obj: Any, skip: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    table = obj.__table__
    assert isinstance(table, Table)
    return {c.name: _plain(getattr(obj, c.key)) for c in table.columns if c.name not in skip}


class PatientExportService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    def may_export(self, actor: Actor, patient_id: int) -> str | None:
        """'admin', 'care', 'glass' or None (no side effects; the screen uses it to show the button).
        A disabled or locked account is refused first, as on every service call."""
        check_account(self._db, actor)
        if actor.role is Role.ADMIN:
            return "admin"
        if actor.role is not Role.DOCTOR:
            return None
        with self._db.read() as s:
            return clinical_relationship(s, actor, patient_id, self.clock.now())

    def record(self, actor: Actor, patient_id: int) -> tuple[dict[str, Any], str]:
        why = self.may_export(actor, patient_id)
        if why is None:
            record_separately(self._db, actor, "patient.export", AuditOutcome.DENIED, "patient", patient_id)
            raise PermissionDenied(
                "Only an administrator or a doctor treating this patient may export the patient's record."
            )
        with self._db.read() as s:
            p = s.get(Patient, patient_id)
            if p is None:
                raise NotFound(f"There is no patient with id {patient_id}.")
            doctors = {d.id: d.full_name for d in s.scalars(select(Doctor))}
            visits = [
                {
                    "date": _plain(q.visit_date),
                    "token": f"{q.token_series}-{q.token_no}",
                    "doctor": doctors.get(q.doctor_id or 0),
                    "status": q.status,
                    "complaint": q.chief_complaint,
                    "triage": q.triage_level,
                    "vitals": {k: _plain(getattr(q, k)) for k in VITALS if getattr(q, k, None) is not None},
                }
                for q in s.scalars(
                    select(QueueEntry).where(QueueEntry.patient_id == patient_id).order_by(QueueEntry.id)
                )
            ]
            consultations = []
            for c in s.scalars(
                select(Consultation).where(Consultation.patient_id == patient_id).order_by(Consultation.id)
            ):
                diagnoses = s.scalars(
                    select(Diagnosis).where(Diagnosis.consultation_id == c.id).order_by(Diagnosis.id)
                )
                consultations.append(
                    {
                        "started": _plain(c.started_at),
                        "doctor": doctors.get(c.doctor_id),
                        "status": c.status,
                        "complaint": c.chief_complaint,
                        "subjective": c.subjective,
                        "objective": c.objective,
                        "assessment": c.assessment,
                        "plan": c.plan,
                        "advice": c.advice,
                        "follow_up_on": _plain(c.follow_up_on),
                        "diagnoses": [
                            {"code": d.icd10_code, "description": d.description, "primary": d.is_primary}
                            for d in diagnoses
                        ],
                    }
                )
            prescriptions = []
            for rx in s.scalars(
                select(Prescription).where(Prescription.patient_id == patient_id).order_by(Prescription.id)
            ):
                lines = s.scalars(
                    select(PrescriptionLine)
                    .where(PrescriptionLine.prescription_id == rx.id)
                    .order_by(PrescriptionLine.line_no)
                )
                prescriptions.append(
                    {
                        "issued": _plain(rx.issued_at),
                        "doctor": doctors.get(rx.doctor_id),
                        "version": rx.version_no,
                        "verify_code": rx.verify_code,
                        "lines": [
                            _row(ln, {"id", "prescription_id", "line_no", "sos_min_hours"}) for ln in lines
                        ],
                    }
                )
            invoices = []
            for inv in s.scalars(
                select(Invoice).where(Invoice.patient_id == patient_id).order_by(Invoice.id)
            ):
                inv_lines = s.scalars(
                    select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.line_no)
                )
                payments = s.scalars(select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.id))
                invoices.append(
                    {
                        "number": inv.doc_number,
                        "date": _plain(inv.invoice_date),
                        "status": inv.status,
                        "total": _plain(inv.grand_total),
                        "lines": [
                            {
                                "description": ln.description,
                                "quantity": _plain(ln.quantity),
                                "total": _plain(ln.line_total),
                            }
                            for ln in inv_lines
                        ],
                        "payments": [
                            {
                                "receipt": py.receipt_number,
                                "paid_at": _plain(py.paid_at),
                                "mode": py.pay_mode,
                                "amount": _plain(py.amount),
                            }
                            for py in payments
                        ],
                    }
                )
            access = [
                {
                    "when": _plain(a.occurred_at),
                    "who": a.username,
                    "what": a.action,
                    "outcome": a.outcome,
                    "workstation": a.workstation,
                }
                for a in s.scalars(
                    select(AuditLog)
                    .where(AuditLog.entity == "patient", AuditLog.entity_id == str(patient_id))
                    .order_by(AuditLog.id)
                )
            ]
            record = {
                "generated_at": self.clock.local(self.clock.now()).isoformat(timespec="seconds"),
                "generated_by": actor.username,
                "patient": _row(p, _PATIENT_SKIP),
                "visits": visits,
                "consultations": consultations,
                "prescriptions": prescriptions,
                "invoices": invoices,
                "access_log": access,
            }
        return record, why

    def export(self, actor: Actor, patient_id: int, folder: Path | str) -> RecordExport:
        """Write ``<MRN>-record.json`` and ``<MRN>-record.pdf`` into ``folder``; audited."""
        from hms_desktop.reports.patient_record import build_patient_record

        record, why = self.record(actor, patient_id)
        out = private_dir(folder)
        mrn = str(record["patient"]["mrn"])
        json_path = out / f"{mrn}-record.json"
        pdf_path = out / f"{mrn}-record.pdf"
        write_private_text(json_path, json.dumps(record, indent=2, ensure_ascii=False))
        private_file(pdf_path)
        with pdf_path.open("wb") as fh:
            build_patient_record(record, fh)
        record_separately(
            self._db,
            actor,
            "patient.export",
            AuditOutcome.OK,
            "patient",
            patient_id,
            {
                "access": why,
                "json_sha256": hashlib.sha256(json_path.read_bytes()).hexdigest(),
                "pdf_sha256": hashlib.sha256(pdf_path.read_bytes()).hexdigest(),
            },
        )
        return RecordExport(json_path, pdf_path, record)
