"""'Export record…' on the patient's page: for the administrator (and doctors), writes PDF + JSON."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.detail import PatientDetailDialog
from hms_desktop.services.auth import AuthService
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.patient_export import PatientExportService
from hms_desktop.services.patients import PatientService


def _dialog(qtbot: QtBot, ops: Ops, db: Database, username: str) -> PatientDetailDialog:
    actor = AuthService(db).login(username, DEMO_PASSWORD)
    with db.read() as s:
        pid = s.scalars(select(Patient.id).order_by(Patient.id).limit(1)).one()
    dialog = PatientDetailDialog(ops, PatientService(db), actor, pid, exporter=PatientExportService(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    return dialog


def test_admin_exports_from_the_patient_page(
    qtbot: QtBot, ops: Ops, demo_db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ops, demo_db, "admin")
    button = dialog.export_button
    assert button is not None and button.isVisible()
    button.export_to(str(tmp_path))
    qtbot.waitUntil(lambda: button.result is not None, timeout=30_000)
    assert button.result is not None
    assert button.result.pdf_path.exists() and button.result.json_path.exists()
    assert "Saved" in dialog.message.text()


def test_the_front_desk_has_no_export_button(qtbot: QtBot, ops: Ops, demo_db: Database) -> None:
    assert _dialog(qtbot, ops, demo_db, "reception").export_button is None
