"""The Appointments tab over the demo clinic: book from the grid, double-booking, cancel, reschedule,
leave-driven rebooking, and the slot grid model."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database
from hms_desktop.domain.clock import Clock
from hms_desktop.errors import ValidationError
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.appointments.dialogs import BookDialog, CancelDialog, RescheduleDialog
from hms_desktop.gui.tabs.appointments.model import SlotGridModel
from hms_desktop.gui.tabs.appointments.view import AppointmentsTab
from hms_desktop.gui.tabs.doctors.leave import LeaveDialog, LeaveImpactDialog
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.scheduling import SchedulingService
from hms_desktop.services.scheduling_types import Slot
from tests.gui.desk import desk_of
from tests.unit.helpers import FAST_HASHER

IST = zoneinfo.ZoneInfo("Asia/Kolkata")
TODAY = dt.datetime.now(IST).date()
NOW = dt.datetime.combine(TODAY, dt.time(10, 30), IST).astimezone(dt.UTC)
CLOCK = [NOW]  # the scheduling service's clock; a test may move it on


def next_weekday(after: dt.date, days: int = 1) -> dt.date:
    day = after + dt.timedelta(days=days)
    while day.weekday() >= 5:  # Monday to Friday: every demo doctor works then
        day += dt.timedelta(days=1)
    return day


@pytest.fixture
def desk(sqlite_db: Database) -> Services:
    """The demo clinic with 200 patients, its scheduling clock fixed at 10:30 today."""
    seed_demo(sqlite_db, patients=200, today=TODAY, hasher=FAST_HASHER)
    services = build_services(sqlite_db)
    CLOCK[0] = NOW
    return dataclasses.replace(
        services, scheduling=SchedulingService(sqlite_db, clock=Clock(source=lambda: CLOCK[0]))
    )


@pytest.fixture
def admin_actor(desk: Services) -> Actor:
    return desk.auth.login("admin", DEMO_PASSWORD)


@pytest.fixture
def reception(desk: Services) -> Actor:
    return desk.auth.login("reception", DEMO_PASSWORD)


def a_doctor(desk: Services, actor: Actor) -> tuple[int, int]:
    """(department id, doctor id) of a bookable doctor with no leave coming up."""
    leave_doctors = set()
    doctors = desk.clinic.list_doctors(actor)
    for d in doctors:
        if desk.scheduling.list_leave(actor, d.id):
            leave_doctors.add(d.id)
    d = next(d for d in doctors if not d.reg_expired and d.id not in leave_doctors)
    return d.department_id, d.id


def open_tab(
    qtbot: QtBot, ops: Ops, desk: Services, actor: Actor, day: dt.date
) -> tuple[AppointmentsTab, int]:
    tab = AppointmentsTab(desk_of(ops, desk, actor), desk)
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    tab.start()
    qtbot.waitUntil(lambda: tab.department.count() > 0, timeout=10_000)
    dept_id, doctor_id = a_doctor(desk, actor)
    tab.select(dept_id, doctor_id)
    tab.set_day(day)
    wait_grid(qtbot, ops, tab)
    return tab, doctor_id


def wait_grid(qtbot: QtBot, ops: Ops, tab: AppointmentsTab) -> None:
    qtbot.waitUntil(lambda: not ops.busy and tab.model.rowCount() > 0, timeout=10_000)


def go_to(tab: AppointmentsTab, predicate: Callable[[Slot], bool]) -> Slot:
    index = tab.model.find(predicate)
    assert index.isValid()
    tab.view.setCurrentIndex(index)
    return cast(Slot, tab.model.slot_at(index.row(), index.column()))


def first_patient(desk: Services, actor: Actor, skip: int = 0) -> int:
    return desk.patients.list_page(actor, limit=skip + 1)[skip].id


def test_book_a_free_slot_with_enter_and_the_dialog(
    qtbot: QtBot, ops: Ops, desk: Services, reception: Actor
) -> None:
    day = next_weekday(TODAY, 2)
    tab, doctor_id = open_tab(qtbot, ops, desk, reception, day)
    slot = go_to(tab, lambda s: s.status == "free")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, BookDialog)
    qtbot.waitUntil(lambda: dialog.patients.count() > 0, timeout=10_000)
    patient = desk.patients.list_page(reception, limit=1)[0]
    qtbot.keyClicks(dialog.search, patient.mrn)
    qtbot.waitUntil(lambda: dialog.patient_id() == patient.id, timeout=10_000)
    dialog.reason.setText("Fever for three days")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    wait_grid(qtbot, ops, tab)
    booked = tab.model.find(lambda s: s.starts_at == slot.starts_at)
    cell = tab.model.slot_at(booked.row(), booked.column())
    assert cell.status == "booked" and cell.patient_id == patient.id
    assert tab.model.data(booked).startswith("Booked · ")
    assert tab.message.text().startswith("Booked: ")
    appts = desk.scheduling.list_appointments(reception, day, doctor_id=doctor_id)
    assert any(a.patient_id == patient.id and a.reason == "Fever for three days" for a in appts)


def test_double_booking_is_refused_with_the_next_free_slots(
    qtbot: QtBot, ops: Ops, desk: Services, reception: Actor
) -> None:
    tab, doctor_id = open_tab(qtbot, ops, desk, reception, next_weekday(TODAY, 2))
    slot = go_to(tab, lambda s: s.status == "free")
    tab.book_current()
    dialog = tab.dialog
    assert isinstance(dialog, BookDialog)
    qtbot.waitUntil(lambda: dialog.patient_id() is not None, timeout=10_000)
    # another desk books the same slot while this one is still choosing
    desk.scheduling.book(reception, first_patient(desk, reception, 5), doctor_id, slot.starts_at)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "just taken" in dialog.message.text(), timeout=10_000)
    assert dialog.message.text().startswith("That slot was just taken")
    assert dialog.alternatives.isVisibleTo(dialog) and dialog.alternatives.count() > 0
    # picking an alternative books that one instead
    dialog.alternatives.setCurrentRow(0)
    alternative = dialog.slot
    assert alternative.starts_at != slot.starts_at
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    patient_id = dialog.patient_id()
    assert patient_id is not None
    assert any(
        a.starts_at == alternative.starts_at and a.status == "booked"
        for a in desk.scheduling.patient_appointments(reception, patient_id)
    )


def test_cancel_needs_a_reason_and_frees_the_slot(
    qtbot: QtBot, ops: Ops, desk: Services, reception: Actor
) -> None:
    day = next_weekday(TODAY, 3)
    _, doctor_id = a_doctor(desk, reception)
    free = next(s for s in desk.scheduling.day_slots(reception, doctor_id, day) if s.status == "free")
    desk.scheduling.book(reception, first_patient(desk, reception), doctor_id, free.starts_at)
    tab, _ = open_tab(qtbot, ops, desk, reception, day)
    go_to(tab, lambda s: s.starts_at == free.starts_at)
    assert tab.buttons["cancelButton"].isEnabled() and not tab.buttons["bookButton"].isEnabled()
    tab.buttons["cancelButton"].click()
    dialog = tab.dialog
    assert isinstance(dialog, CancelDialog)
    dialog.ok_button.click()
    assert dialog.errors.field_text("reason").startswith("A reason is required")
    dialog.reason.setText("Patient called: travelling")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    wait_grid(qtbot, ops, tab)
    index = tab.model.find(lambda s: s.starts_at == free.starts_at)
    assert tab.model.data(index) == "Free"
    assert tab.message.text().startswith("Cancelled: ")


def test_check_in_and_no_show_wait_for_the_day_and_time(
    qtbot: QtBot, ops: Ops, desk: Services, reception: Actor
) -> None:
    """Issue 15 #10: a later day's appointment cannot be checked in nor marked a no-show."""
    day = next_weekday(TODAY, 1)
    _, doctor_id = a_doctor(desk, reception)
    free = next(s for s in desk.scheduling.day_slots(reception, doctor_id, day) if s.status == "free")
    appt = desk.scheduling.book(reception, first_patient(desk, reception, 3), doctor_id, free.starts_at)
    tab, _ = open_tab(qtbot, ops, desk, reception, day)
    go_to(tab, lambda s: s.starts_at == free.starts_at)
    b = tab.buttons
    assert b["cancelButton"].isEnabled() and b["rescheduleButton"].isEnabled()
    assert not b["checkInButton"].isEnabled() and not b["noShowButton"].isEnabled()
    for refused in (desk.scheduling.check_in, desk.scheduling.mark_no_show):  # the service refuses too
        with pytest.raises(ValidationError):
            refused(reception, appt.id)
    CLOCK[0] = free.starts_at + dt.timedelta(minutes=5)  # that day came and the time has begun
    tab.today = day
    tab.refresh()
    wait_grid(qtbot, ops, tab)
    go_to(tab, lambda s: s.starts_at == free.starts_at)
    assert b["checkInButton"].isEnabled() and b["noShowButton"].isEnabled()


def test_a_second_booking_that_day_with_the_doctor_is_confirmed_first(
    qtbot: QtBot, ops: Ops, desk: Services, reception: Actor
) -> None:
    """Issue 15 #5: the desk asks before the same patient is booked twice with the doctor that day."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    day = next_weekday(TODAY, 2)
    _, doctor_id = a_doctor(desk, reception)
    free = [s for s in desk.scheduling.day_slots(reception, doctor_id, day) if s.status == "free"]
    patient = desk.patients.list_page(reception, limit=5)[4]
    desk.scheduling.book(reception, patient.id, doctor_id, free[0].starts_at)
    tab, _ = open_tab(qtbot, ops, desk, reception, day)

    def book_again(answer: str) -> list[str]:
        go_to(tab, lambda s: s.starts_at == free[2].starts_at and s.status == "free")
        tab.book_current()
        dialog = tab.dialog
        assert isinstance(dialog, BookDialog)
        qtbot.keyClicks(dialog.search, patient.mrn)
        qtbot.waitUntil(lambda: dialog.patient_id() == patient.id, timeout=10_000)
        seen: list[str] = []

        def press() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.objectName() == "sameDayQuestion":
                seen.append(box.text())
                next(b for b in box.buttons() if b.text().replace("&", "") == answer).click()
            else:
                QTimer.singleShot(25, press)

        QTimer.singleShot(0, press)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
        return seen

    seen = book_again("Do not book")
    assert "already has an appointment" in seen[0]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    assert len([a for a in desk.scheduling.list_appointments(reception, day, doctor_id=doctor_id)
                if a.patient_id == patient.id]) == 1  # fmt: skip
    dialog = tab.dialog
    assert isinstance(dialog, BookDialog) and dialog.message.text().startswith("Not booked")
    dialog.discard_guard = None
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    book_again("Book anyway")
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    mine = [a for a in desk.scheduling.list_appointments(reception, day, doctor_id=doctor_id)
            if a.patient_id == patient.id]  # fmt: skip
    assert len(mine) == 2


def test_reschedule_moves_the_appointment(qtbot: QtBot, ops: Ops, desk: Services, reception: Actor) -> None:
    day = next_weekday(TODAY, 2)
    _, doctor_id = a_doctor(desk, reception)
    free = [s for s in desk.scheduling.day_slots(reception, doctor_id, day) if s.status == "free"]
    appt = desk.scheduling.book(reception, first_patient(desk, reception, 2), doctor_id, free[0].starts_at)
    tab, _ = open_tab(qtbot, ops, desk, reception, day)
    go_to(tab, lambda s: s.appointment_id == appt.id)
    tab.reschedule()
    dialog = tab.dialog
    assert isinstance(dialog, RescheduleDialog)
    qtbot.waitUntil(lambda: dialog.slots.count() > 1, timeout=10_000)
    dialog.slots.setCurrentRow(2)
    target = dialog.slots.currentItem().data(Qt.ItemDataRole.UserRole + 1)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    wait_grid(qtbot, ops, tab)
    mine = [
        a for a in desk.scheduling.patient_appointments(reception, appt.patient_id) if a.status == "booked"
    ]
    assert [a.starts_at for a in mine if a.doctor_id == doctor_id] == [target.starts_at]
    old = tab.model.find(lambda s: s.starts_at == free[0].starts_at)
    assert tab.model.data(old) == "Free"
    assert tab.message.text().startswith("Moved to: ")


def test_week_and_department_views(qtbot: QtBot, ops: Ops, desk: Services, reception: Actor) -> None:
    tab, _ = open_tab(qtbot, ops, desk, reception, next_weekday(TODAY, 2))
    tab.week_radio.setChecked(True)
    qtbot.waitUntil(lambda: not ops.busy and tab.model.columnCount() == 7, timeout=10_000)
    tab.day_radio.setChecked(True)
    tab.doctor.setCurrentIndex(0)  # the whole department
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    dept_doctors = [d for d in tab.doctors if d.department_id == tab.department.currentData()]
    assert tab.model.columnCount() == len(dept_doctors)
    tab.week_radio.setChecked(True)  # the whole department's week: a column per working day and doctor
    qtbot.waitUntil(lambda: not ops.busy and tab.model.columnCount() > len(dept_doctors), timeout=10_000)
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert all(any(d.full_name in str(h) for d in dept_doctors) for h in headers)
    assert {str(h).split()[0] for h in headers} >= {"Mon", "Tue", "Wed", "Thu", "Fri"}


def test_leave_over_booked_days_rebooks_everybody(
    qtbot: QtBot, ops: Ops, desk: Services, admin_actor: Actor
) -> None:
    day = next_weekday(TODAY, 2)
    _, doctor_id = a_doctor(desk, admin_actor)
    free = [s for s in desk.scheduling.day_slots(admin_actor, doctor_id, day) if s.status == "free"]
    booked = desk.scheduling.book(
        admin_actor, first_patient(desk, admin_actor, 3), doctor_id, free[0].starts_at
    )
    doctor = next(d for d in desk.clinic.list_doctors(admin_actor) if d.id == doctor_id)
    dialog = LeaveDialog(ops, desk.scheduling, admin_actor, doctor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.from_date.setDate(QDate(day.year, day.month, day.day))
    dialog.to_date.setDate(QDate(day.year, day.month, day.day))
    dialog.reason.setText("Medical conference")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.impact_dialog is not None, timeout=10_000)
    impact = dialog.impact_dialog
    assert isinstance(impact, LeaveImpactDialog)
    ids = [s.appointment.id for s in impact.impact.affected]
    assert booked.id in ids
    assert impact.model.rowCount() == len(ids)
    assert impact.rebook_button.isEnabled()
    impact.rebook_button.click()
    qtbot.waitUntil(lambda: impact.message.text().startswith("Rebooked"), timeout=10_000)
    moved = desk.scheduling.get_appointment(admin_actor, booked.id)
    on_day = moved.starts_at.astimezone(IST).date() == day and moved.doctor_id == doctor_id
    assert moved.status != "booked" or not on_day
    now_booked = [
        a
        for a in desk.scheduling.patient_appointments(admin_actor, booked.patient_id)
        if a.status == "booked"
    ]
    assert any(a.starts_at.astimezone(IST).date() != day or a.doctor_id != doctor_id for a in now_booked)
    status = impact.model.index(ids.index(booked.id), 5)
    assert impact.model.data(status) == "Rebooked"


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, ops: Ops, desk: Services, reception: Actor
) -> None:
    tab, _ = open_tab(qtbot, ops, desk, reception, next_weekday(TODAY, 2))
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    empty = SlotGridModel(IST)
    qtmodeltester.check(empty)  # type: ignore[attr-defined]


def test_check_in_and_no_show_from_the_grid(qtbot: QtBot, ops: Ops, desk: Services, reception: Actor) -> None:
    # General Medicine works every day (Sunday mornings too), so today has slots after 10:30
    gm = next(
        d
        for d in desk.clinic.list_doctors(reception)
        if d.department_name == "General Medicine"
        and not d.reg_expired
        and not desk.scheduling.list_leave(reception, d.id)
    )
    free = [s for s in desk.scheduling.day_slots(reception, gm.id, TODAY) if s.status == "free"]
    first = desk.scheduling.book(reception, first_patient(desk, reception, 7), gm.id, free[0].starts_at)
    second = desk.scheduling.book(reception, first_patient(desk, reception, 8), gm.id, free[1].starts_at)
    tab = AppointmentsTab(desk_of(ops, desk, reception), desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.start()
    qtbot.waitUntil(lambda: tab.department.count() > 0, timeout=10_000)
    tab.select(gm.department_id, gm.id)
    wait_grid(qtbot, ops, tab)
    go_to(tab, lambda s: s.appointment_id == first.id)
    with qtbot.waitSignal(tab.checked_in, timeout=10_000) as checked:  # the main window prints the slip
        tab.buttons["checkInButton"].click()
    entry = desk.queue.get(reception, checked.args[0])
    assert (entry.source, entry.patient_name, entry.doctor_id) == ("appointment", first.patient_name, gm.id)
    assert f"queue token {entry.token_label}." in tab.message.text()
    wait_grid(qtbot, ops, tab)
    index = tab.model.find(lambda s: s.appointment_id == first.id)
    assert tab.model.data(index).startswith("Checked in · ")
    go_to(tab, lambda s: s.appointment_id == second.id)
    tab.buttons["noShowButton"].click()  # too early: the appointment has not started yet
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    assert desk.scheduling.get_appointment(reception, second.id).status == "booked"
    CLOCK[0] = NOW + dt.timedelta(hours=2)
    tab.refresh()
    wait_grid(qtbot, ops, tab)
    go_to(tab, lambda s: s.appointment_id == second.id)
    tab.buttons["noShowButton"].click()
    qtbot.waitUntil(lambda: "no-show" in tab.message.text(), timeout=10_000)
    wait_grid(qtbot, ops, tab)
    assert desk.scheduling.get_appointment(reception, second.id).status == "no_show"
