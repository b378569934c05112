"""A patient's record export (JSON + PDF) for the DPDP access right, and the export of every table."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, Consultation, Diagnosis, Invoice, Patient, StaffUser
from hms_desktop.domain.enums import Role
from hms_desktop.errors import PermissionDenied
from hms_desktop.services.auth import AuthService
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.export import export_all
from hms_desktop.services.patient_export import PatientExportService
from tests.unit.helpers import FAST_HASHER, make_user


@pytest.fixture
def demo(db: Database) -> Database:
    seed_demo(db, patients=60, hasher=FAST_HASHER)
    return db


def _rich_patient(db: Database) -> int:
    """A billed patient, given a consultation with two diagnoses by the demo doctor (the demo clinic
    has visits and bills but no consultations yet)."""
    with db.write() as s:
        pid = s.scalar(select(Invoice.patient_id).order_by(Invoice.id).limit(1))
        doctor_id = s.scalar(select(StaffUser.doctor_id).where(StaffUser.username == "doctor"))
        assert pid is not None and doctor_id is not None
        c = Consultation(
            patient_id=pid,
            doctor_id=doctor_id,
            status="completed",
            chief_complaint="Fever for three days",
            assessment="Viral fever",
            plan="Paracetamol, fluids, review in 3 days",
            row_version=1,
        )
        c.diagnoses.append(Diagnosis(icd10_code="R50.9", description="Fever, unspecified", is_primary=True))
        c.diagnoses.append(Diagnosis(description="Dehydration, mild"))
        s.add(c)
    return int(pid)


def test_admin_exports_a_record_as_json_and_pdf(demo: Database, tmp_path: Path) -> None:
    admin = AuthService(demo).login("admin", DEMO_PASSWORD)
    pid = _rich_patient(demo)
    result = PatientExportService(demo).export(admin, pid, tmp_path / "out")
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["patient"]["id"] == pid and "phone_rev" not in data["patient"]
    assert data["consultations"] and data["invoices"]
    assert [d["code"] for d in data["consultations"][0]["diagnoses"]] == ["R50.9", None]
    text = "\n".join(page.extract_text() or "" for page in PdfReader(result.pdf_path).pages)
    name = data["patient"]["first_name"]
    assert name in text and data["patient"]["mrn"] in text
    for heading in ("Visits and vitals", "Consultations and diagnoses", "Invoices and payments", "Who saw"):
        assert heading in text
    assert data["invoices"][0]["number"] in text and "Page 1 of" in text
    assert "R50.9 Fever, unspecified (primary)" in text
    with demo.read() as s:
        row = s.scalars(
            select(AuditLog).where(AuditLog.action == "patient.export", AuditLog.entity_id == str(pid))
        ).one()
    assert row.outcome == "ok"
    details = json.loads(row.details or "{}")
    assert details["access"] == "admin"
    assert details["pdf_sha256"] == hashlib.sha256(result.pdf_path.read_bytes()).hexdigest()
    again = PatientExportService(demo).record(admin, pid)[0]
    assert any(a["what"] == "patient.export" for a in again["access_log"])  # the export is in the log


def test_only_admin_or_the_patients_doctor(demo: Database, tmp_path: Path) -> None:
    pid = _rich_patient(demo)
    service = PatientExportService(demo)
    doctor = AuthService(demo).login("doctor", DEMO_PASSWORD)
    desk = AuthService(demo).login("reception", DEMO_PASSWORD)
    with demo.read() as s:
        seen_by_doctor = s.scalar(
            select(Consultation.patient_id).where(Consultation.doctor_id == doctor.doctor_id).limit(1)
        )
    if seen_by_doctor is not None:
        assert service.may_export(doctor, seen_by_doctor) == "care"
        assert service.export(doctor, seen_by_doctor, tmp_path / "dr").pdf_path.exists()
    stranger = make_user(demo, "locum", Role.DOCTOR)  # a doctor account that treats nobody
    for actor in (desk, stranger):
        with pytest.raises(PermissionDenied):
            service.export(actor, pid, tmp_path / "no")
    assert not (tmp_path / "no").exists()
    with demo.read() as s:
        denied = s.scalar(
            select(func.count()).where(AuditLog.action == "patient.export", AuditLog.outcome == "denied")
        )
    assert denied == 2


def test_export_everything_with_a_manifest(demo: Database, tmp_path: Path) -> None:
    admin = AuthService(demo).login("admin", DEMO_PASSWORD)
    with demo.write() as s:  # a name a spreadsheet would run: neutralised in the export
        p = s.scalars(select(Patient).order_by(Patient.id).limit(1)).one()
        p.address = '=HYPERLINK("http://evil.example","x")'
        pid = p.id
    manifest = export_all(demo, admin, tmp_path / "exit")
    files = json.loads((tmp_path / "exit" / "manifest.json").read_text(encoding="utf-8"))
    assert files["schema_revision"] == manifest.schema_revision
    by_name = {t["table"]: t for t in files["tables"]}
    assert {"patient", "invoice", "audit_log", "prescription", "backup_run", "import_run"} <= set(by_name)
    with demo.read() as s:
        assert by_name["patient"]["rows"] == s.scalar(select(func.count()).select_from(Patient))
    for t in files["tables"]:
        path = tmp_path / "exit" / t["file_name"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == t["sha256"]
        with path.open(encoding="utf-8", newline="") as fh:
            assert sum(1 for _ in csv.reader(fh)) == t["rows"] + 1
    with (tmp_path / "exit" / "patient.csv").open(encoding="utf-8", newline="") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    assert rows[str(pid)]["address"].startswith("'=HYPERLINK")
    with pytest.raises(Exception, match="already holds an export"):
        export_all(demo, admin, tmp_path / "exit")
    desk = AuthService(demo).login("reception", DEMO_PASSWORD)
    with pytest.raises(PermissionDenied):
        export_all(demo, desk, tmp_path / "desk")
