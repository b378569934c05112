"""The Doctors tab over the demo clinic: lists, expiry flags, admin-only edits and their forms."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database
from hms_desktop.errors import PermissionDenied
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.doctors import DoctorsTab
from hms_desktop.gui.tabs.doctors.dialogs import DepartmentDialog, DoctorDialog, ScheduleDialog
from hms_desktop.gui.tabs.doctors.impact import ImpactModel
from hms_desktop.gui.tabs.doctors.model import REG_COL
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.scheduling_types import DepartmentInput
from tests.gui.desk import desk_of
from tests.unit.helpers import FAST_HASHER

TODAY = dt.datetime.now(zoneinfo.ZoneInfo("Asia/Kolkata")).date()


@pytest.fixture
def desk(sqlite_db: Database) -> Services:
    seed_demo(sqlite_db, patients=200, today=TODAY, hasher=FAST_HASHER)
    return build_services(sqlite_db)


def login(desk: Services, user: str) -> Actor:
    return desk.auth.login(user, DEMO_PASSWORD)


def open_tab(qtbot: QtBot, ops: Ops, desk: Services, actor: Actor) -> DoctorsTab:
    tab = DoctorsTab(desk_of(ops, desk, actor), desk)
    qtbot.addWidget(tab)
    tab.resize(1280, 640)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: not ops.busy and tab.model.rowCount() > 0, timeout=10_000)
    return tab


def test_lists_and_registration_flags(qtbot: QtBot, ops: Ops, desk: Services, qtmodeltester: object) -> None:
    tab = open_tab(qtbot, ops, desk, login(desk, "admin"))
    assert tab.departments.rowCount() == len(desk.clinic.list_departments(login(desk, "admin")))
    hours = tab.departments.data(tab.departments.index(0, 2))
    assert len(hours) == 11 and hours[2] == ":" and hours[5] == "-"
    texts = [tab.model.data(tab.model.index(r, REG_COL)) for r in range(tab.model.rowCount())]
    assert sum("EXPIRED" in t for t in texts) == 1
    assert sum("expires in" in t for t in texts) == 1
    assert "1 registration EXPIRED" in tab.count_label.text()
    assert tab.count_label.text().endswith("active doctors")
    for model in (tab.model, tab.departments, ImpactModel(dt.UTC)):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_non_admin_sees_no_edit_buttons_and_the_service_refuses(
    qtbot: QtBot, ops: Ops, desk: Services
) -> None:
    reception = login(desk, "reception")
    tab = open_tab(qtbot, ops, desk, reception)
    assert not tab.can_manage
    assert all(not b.isVisible() and not b.isEnabled() for b in tab.buttons.values())
    with pytest.raises(PermissionDenied):
        desk.scheduling.save_department(reception, DepartmentInput("Dental", "DENT", "09:00", "17:00"))
    admin_tab = open_tab(qtbot, ops, desk, login(desk, "admin"))
    assert all(b.isVisible() and b.isEnabled() for b in admin_tab.buttons.values())


def test_department_form_checks_hours_and_saves(qtbot: QtBot, ops: Ops, desk: Services) -> None:
    tab = open_tab(qtbot, ops, desk, login(desk, "admin"))
    before = tab.departments.rowCount()
    tab.buttons["addDepartmentButton"].click()
    dialog = tab.dialog
    assert isinstance(dialog, DepartmentDialog)
    dialog.name.setText("Dental")
    dialog.code.setText("dent")
    dialog.opens.setTime(QTime(17, 0))
    dialog.closes.setTime(QTime(9, 0))
    assert dialog.label("hoursError").text() == "Closing time must be after opening time."
    dialog.save()
    assert tab.dialog is dialog  # nothing sent while the hours are wrong
    dialog.opens.setTime(QTime(9, 0))
    dialog.closes.setTime(QTime(17, 30))
    assert dialog.label("hoursError").text() == ""
    dialog.save()
    qtbot.waitUntil(lambda: tab.dialog is None and not ops.busy, timeout=10_000)
    qtbot.waitUntil(lambda: tab.departments.rowCount() == before + 1, timeout=10_000)
    dental = next(d for d in tab.departments.rows() if d.name == "Dental")
    assert (dental.code, dental.hours_text) == ("DENT", "09:00-17:30")


def test_doctor_form_shows_service_errors_next_to_fields(qtbot: QtBot, ops: Ops, desk: Services) -> None:
    tab = open_tab(qtbot, ops, desk, login(desk, "admin"))
    tab.buttons["addDoctorButton"].click()
    dialog = tab.dialog
    assert isinstance(dialog, DoctorDialog)
    assert dialog.cap.value() == 12 and dialog.fee.prefix() == "₹ "
    first = tab.model.row_at(0)
    assert first is not None
    taken = first.reg_number
    for field, text in (
        ("full_name", "Dr. Meera Iyer"),
        ("qualifications", "MBBS, MS (ENT)"),
        ("specialisation", "ENT"),
        ("reg_number", taken),
        ("reg_council", "Karnataka Medical Council"),
    ):
        dialog.edits[field].setText(text)
    dialog.fee.setValue(600)
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.errors.field_text("reg_number")), timeout=10_000)
    assert "registration number" in dialog.errors.field_text("reg_number")
    dialog.edits["reg_number"].setText("KMC-999001")
    dialog.save()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: any(d.full_name == "Dr. Meera Iyer" for d in tab.model.rows()), timeout=10_000)


def test_schedule_editor_loads_and_saves_sessions(qtbot: QtBot, ops: Ops, desk: Services) -> None:
    admin = login(desk, "admin")
    tab = open_tab(qtbot, ops, desk, admin)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    doctor = tab.current_doctor()
    assert doctor is not None
    tab.buttons["scheduleButton"].click()
    dialog = tab.dialog
    assert isinstance(dialog, ScheduleDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    before = dialog.sessions()
    assert before == [
        (s.weekday, s.start, s.end, s.slot_minutes) for s in desk.scheduling.get_schedule(admin, doctor.id)
    ]
    dialog.table.selectRow(len(before) - 1)
    dialog.remove_row()
    dialog.save()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    assert len(desk.scheduling.get_schedule(admin, doctor.id)) == len(before) - 1
