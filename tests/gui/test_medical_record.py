"""The doctor's view of a patient's medical record, and breaking the glass for someone else's patient."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hms_desktop.gui.dialogs.medical_record import MedicalRecordDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.detail import PatientDetailDialog
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.visits_types import WalkInInput


def test_treating_doctor_reads_it_others_break_the_glass(qtbot: QtBot, ops: Ops, services: Services) -> None:
    desk = services.auth.login("reception", DEMO_PASSWORD)
    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    walk_in = services.visits.register_walk_in(desk, WalkInInput("Kiran", "F", 36, None, complaint="Rash"))
    pid = walk_in.patient.id
    detail = services.patients.get(desk, pid)
    services.patients.update(
        desk,
        pid,
        detail.row_version,
        PatientInput(first_name="Kiran", sex="F", age_years=36, allergies="Sulfa drugs"),
    )
    page = PatientDetailDialog(ops, services.patients, doctor, pid, consultation=services.consultation)
    qtbot.addWidget(page)
    assert page.record_button is not None
    as_desk = PatientDetailDialog(ops, services.patients, desk, pid, consultation=services.consultation)
    qtbot.addWidget(as_desk)
    assert as_desk.record_button is None  # the desk never gets the button (and the service refuses anyway)

    stranger = MedicalRecordDialog(ops, services.consultation, doctor, pid)
    qtbot.addWidget(stranger)
    qtbot.waitUntil(lambda: stranger.glass_button.isVisibleTo(stranger), timeout=5000)
    assert "confidential" in stranger.message.text() and stranger.summary is None
    stranger.ask_reason = lambda: "short"  # type: ignore[method-assign]
    stranger.break_glass()
    qtbot.waitUntil(lambda: "at least 10 characters" in stranger.message.text(), timeout=5000)
    stranger.ask_reason = lambda: "Fainted at the pharmacy counter, need allergies"  # type: ignore[method-assign]
    stranger.break_glass()
    qtbot.waitUntil(lambda: stranger.summary is not None, timeout=5000)
    assert "ALLERGIES: Sulfa drugs" in stranger.browser.toPlainText()
    assert not stranger.glass_button.isVisibleTo(stranger)
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)


def test_record_dates_are_the_clinics_days() -> None:
    """Issue 15 #12: a prescription written at 00:30 in the clinic is that day, not yesterday in UTC."""
    import datetime as dt
    import zoneinfo

    from hms_desktop.gui.dialogs.medical_record import on_day

    ist = zoneinfo.ZoneInfo("Asia/Kolkata")
    stored = dt.datetime(2026, 12, 1, 19, 0)  # naive UTC, as the database returns it
    assert f"{on_day(stored, ist):%d %b %Y}" == "02 Dec 2026"
    assert f"{on_day(stored.replace(tzinfo=dt.UTC), ist):%H:%M}" == "00:30"
