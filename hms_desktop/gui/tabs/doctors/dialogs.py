"""Admin dialogs of the Doctors tab: department, doctor, weekly schedule, leave and its impact.

Each dialog saves through the scheduling service on a worker; a ValidationError is shown next to the
fields it names, anything else in the message label under the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTimeEdit,
    QWidget,
)

from hms_desktop.domain.clock import Clock
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.doctors.impact import ImpactModel
from hms_desktop.gui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from hms_desktop.services.clinic import DepartmentInfo, DoctorInfo
    from hms_desktop.services.context import Actor

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _hhmm(t: QTime) -> str:
    return t.toString("HH:mm")


def _qtime(value: Any) -> QTime:
    """A QTime from 'HH:MM', minutes after midnight, or a datetime.time."""
    if isinstance(value, int):
        return QTime(value // 60, value % 60)
    if isinstance(value, dt.time):
        return QTime(value.hour, value.minute)
    return QTime.fromString(str(value)[:5], "HH:mm")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class FormDialog(QDialog):
    """A dialog whose content is ``ui/<form>``; Save runs ``save_call`` on a worker."""

    form = ""
    title = ""
    default_size = (640, 320)

    def __init__(self, ops: Ops, service: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(*self.default_size)
        self._ops, self._service, self._actor = ops, service, actor
        self.setWindowTitle(f"{self.title} — HMS Desktop")
        self.ui = load_form(self.form, self)
        self.message = find(self.ui, QLabel, "messageLabel")
        self.button_box = find(self.ui, QDialogButtonBox, "buttonBox")
        self.button_box.rejected.connect(self.reject)
        self.button_box.accepted.connect(self.save)
        self.result_value: Any = None
        self.row_version: int | None = None  # of the record being edited, for optimistic locking
        set_message(self.message, "")

    def today(self) -> dt.date:
        return _clinic_today(self._service)

    def _load_version(self, read: Any) -> None:
        """Read the full record (with its row_version) to edit; Save waits until it is here."""
        svc, actor = self._service, self._actor
        self.save_button().setEnabled(False)
        self._ops.run(lambda: read(svc, actor), self._detail, self._failed, timeout_s=30, what="reading")

    def _detail(self, detail: Any) -> None:
        self.row_version = detail.row_version
        self.save_button().setEnabled(True)

    def label(self, name: str) -> QLabel:
        return find(self.ui, QLabel, name)

    def save_button(self) -> QPushButton:
        button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        return button or self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def run_save(self, call: Any, what: str) -> None:
        self.save_button().setEnabled(False)
        set_message(self.message, "Saving…", "info")
        self._ops.run(call, self._saved, self._failed, timeout_s=30, what=what)

    def _saved(self, result: Any) -> None:
        self.save_button().setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.save_button().setEnabled(True)
        self.errors.show(error)

    def save(self) -> None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    errors: FieldErrors


def _clinic_today(service: Any) -> dt.date:
    """The clinic's day from the service's clock (a default date is the clinic's, not this computer's)."""
    clock = getattr(service, "clock", None)
    return clock.today() if isinstance(clock, Clock) else Clock().today()


class DepartmentDialog(FormDialog):
    form, title = "department_form.ui", "Department"
    default_size = (640, 330)

    def __init__(
        self, ops: Ops, service: Any, actor: Actor, dept: DepartmentInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, service, actor, parent)
        self.dept = dept
        self.name = find(self.ui, QLineEdit, "nameEdit")
        self.code = find(self.ui, QLineEdit, "codeEdit")
        self.opens = find(self.ui, QTimeEdit, "opensEdit")
        self.closes = find(self.ui, QTimeEdit, "closesEdit")
        self.active = find(self.ui, QCheckBox, "activeCheck")
        hours = self.label("hoursError")
        self.errors = FieldErrors(
            {
                "name": self.label("nameError"),
                "code": self.label("codeError"),
                "opens": hours,
                "closes": hours,
                "hours": hours,
            },
            self.message,
        )
        find(self.ui, QLabel, "titleLabel").setText("Edit department" if dept else "New department")
        if dept is not None:
            self.name.setText(dept.name)
            self.code.setText(dept.code)
            self.opens.setTime(_qtime(dept.opens_min))
            self.closes.setTime(_qtime(dept.closes_min))
            self.active.setChecked(dept.is_active)
            self._load_version(lambda svc, actor: svc.get_department(actor, dept.id))
        else:
            self.opens.setTime(QTime(9, 0))
            self.closes.setTime(QTime(18, 0))
            self.active.setChecked(True)
        self.opens.timeChanged.connect(self.check_hours)
        self.closes.timeChanged.connect(self.check_hours)

    def check_hours(self) -> bool:
        ok = self.closes.time() > self.opens.time()
        self.label("hoursError").setText("" if ok else "Closing time must be after opening time.")
        return ok

    def save(self) -> None:
        from hms_desktop.services.scheduling import DepartmentInput

        if not self.check_hours():
            return
        inp = DepartmentInput(
            name=self.name.text().strip(),
            code=self.code.text().strip().upper(),
            opens=_hhmm(self.opens.time()),
            closes=_hhmm(self.closes.time()),
            is_active=self.active.isChecked(),
            id=self.dept.id if self.dept else None,
            row_version=self.row_version,
        )
        svc, actor = self._service, self._actor
        self.run_save(lambda: svc.save_department(actor, inp), "saving the department")


class DoctorDialog(FormDialog):
    form, title = "doctor_form.ui", "Doctor"
    default_size = (780, 620)

    def __init__(
        self,
        ops: Ops,
        service: Any,
        actor: Actor,
        departments: Sequence[DepartmentInfo],
        doctor: DoctorInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, service, actor, parent)
        self.doctor = doctor
        edits = {
            "full_name": "fullNameEdit",
            "qualifications": "qualificationsEdit",
            "specialisation": "specialisationEdit",
            "reg_number": "regNumberEdit",
            "reg_council": "regCouncilEdit",
            "room": "roomEdit",
            "phone": "phoneEdit",
            "email": "emailEdit",
        }
        self.edits = {field: find(self.ui, QLineEdit, name) for field, name in edits.items()}
        self.department = find(self.ui, QComboBox, "departmentCombo")
        self.expiry = find(self.ui, QDateEdit, "regExpiryEdit")
        self.fee = find(self.ui, QDoubleSpinBox, "feeSpin")
        self.cap = find(self.ui, QSpinBox, "dailyCapSpin")
        self.active = find(self.ui, QCheckBox, "activeCheck")
        labels = {field: self.label(name.replace("Edit", "Error")) for field, name in edits.items()}
        labels |= {
            "department_id": self.label("departmentError"),
            "reg_expiry": self.label("regExpiryError"),
            "consultation_fee": self.label("feeError"),
            "daily_cap": self.label("dailyCapError"),
        }
        self.errors = FieldErrors(labels, self.message)
        for dept in departments:
            self.department.addItem(f"{dept.name} ({dept.code})", dept.id)
        find(self.ui, QLabel, "titleLabel").setText(f"Edit {doctor.full_name}" if doctor else "New doctor")
        if doctor is None:
            self.expiry.setDate(_qdate(self.today() + dt.timedelta(days=365 * 5)))
            self.cap.setValue(12)
            self.active.setChecked(True)
            return
        for field, edit in self.edits.items():
            edit.setText(str(getattr(doctor, field, "") or ""))
        self.department.setCurrentIndex(max(0, self.department.findData(doctor.department_id)))
        self.expiry.setDate(_qdate(doctor.reg_expiry))
        self.fee.setValue(float(doctor.consultation_fee))
        self.cap.setValue(doctor.daily_cap)
        self.active.setChecked(doctor.is_active)
        self._load_version(lambda svc, actor: svc.get_doctor(actor, doctor.id))

    def _detail(self, detail: Any) -> None:
        super()._detail(detail)
        self.edits["email"].setText(detail.email or "")

    def save(self) -> None:
        from hms_desktop.services.scheduling import DoctorInput

        text = {field: edit.text().strip() for field, edit in self.edits.items()}
        if self.department.currentIndex() < 0:
            self.errors.show({"department_id": "Pick the doctor's department (add one first if none)."})
            return
        inp = DoctorInput(
            full_name=text["full_name"],
            qualifications=text["qualifications"],
            specialisation=text["specialisation"],
            department_id=int(self.department.currentData()),
            reg_number=text["reg_number"],
            reg_council=text["reg_council"] or None,
            reg_expiry=_pydate(self.expiry.date()),
            consultation_fee=Decimal(f"{self.fee.value():.2f}"),
            daily_cap=self.cap.value(),
            room=text["room"] or None,
            phone=text["phone"] or None,
            email=text["email"] or None,
            is_active=self.active.isChecked(),
            id=self.doctor.id if self.doctor else None,
            row_version=self.row_version,
        )
        svc, actor = self._service, self._actor
        self.run_save(lambda: svc.save_doctor(actor, inp), "saving the doctor")


class ScheduleDialog(FormDialog):
    """Sessions per weekday: one row each with weekday, start, end and slot length."""

    form, title = "schedule_editor.ui", "Weekly schedule"
    default_size = (660, 520)

    def __init__(
        self, ops: Ops, service: Any, actor: Actor, doctor: DoctorInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, service, actor, parent)
        self.doctor = doctor
        self.table = find(self.ui, QTableWidget, "sessionsTable")
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(["Weekday", "Start", "End", "Slot length"])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors = FieldErrors({}, self.message)
        find(self.ui, QLabel, "doctorLabel").setText(f"{doctor.full_name} — {doctor.department_name}")
        find(self.ui, QPushButton, "addButton").clicked.connect(lambda: self.add_row(0, "09:00", "13:00", 15))
        find(self.ui, QPushButton, "removeButton").clicked.connect(self.remove_row)
        self.save_button().setEnabled(False)
        svc = service
        ops.run(
            lambda: svc.get_schedule(actor, doctor.id),
            self._loaded,
            self.errors.show,
            timeout_s=30,
            what="reading the schedule",
        )

    def _loaded(self, sessions: Sequence[Any]) -> None:
        for s in sessions:
            start = getattr(s, "start", None) or getattr(s, "start_min", 0)
            end = getattr(s, "end", None) or getattr(s, "end_min", 0)
            self.add_row(s.weekday, start, end, s.slot_minutes)
        self.save_button().setEnabled(True)

    def add_row(self, weekday: int, start: Any, end: Any, slot: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        day = QComboBox()
        day.addItems(WEEKDAYS)
        day.setCurrentIndex(weekday)
        start_edit, end_edit = QTimeEdit(_qtime(start)), QTimeEdit(_qtime(end))
        for edit in (start_edit, end_edit):
            edit.setDisplayFormat("HH:mm")
        length = QSpinBox()
        length.setRange(5, 240)
        length.setSingleStep(5)
        length.setSuffix(" min")
        length.setValue(slot)
        for col, widget in enumerate((day, start_edit, end_edit, length)):
            self.table.setCellWidget(row, col, widget)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def sessions(self) -> list[tuple[int, str, str, int]]:
        out = []
        for row in range(self.table.rowCount()):
            day, start, end, length = (self.table.cellWidget(row, c) for c in range(4))
            assert isinstance(day, QComboBox) and isinstance(length, QSpinBox)
            assert isinstance(start, QTimeEdit) and isinstance(end, QTimeEdit)
            out.append((day.currentIndex(), _hhmm(start.time()), _hhmm(end.time()), length.value()))
        return out

    def save(self) -> None:
        from hms_desktop.services.scheduling import SessionInput

        rows = self.sessions()
        bad = [f"{WEEKDAYS[d]} {s}-{e}" for d, s, e, _ in rows if e <= s]
        if bad:
            set_message(self.message, f"A session must end after it starts: {', '.join(bad)}.")
            return
        sessions = [SessionInput(weekday=d, start=s, end=e, slot_minutes=n) for d, s, e, n in rows]
        svc, actor, doctor_id = self._service, self._actor, self.doctor.id
        self.run_save(lambda: svc.set_schedule(actor, doctor_id, sessions), "saving the schedule")


class LeaveDialog(FormDialog):
    """Record leave; when it covers booked days the impact dialog offers to rebook everybody."""

    form, title = "leave_dialog.ui", "Leave"
    default_size = (680, 500)

    def __init__(
        self, ops: Ops, service: Any, actor: Actor, doctor: DoctorInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, service, actor, parent)
        self.doctor = doctor
        self.from_date = find(self.ui, QDateEdit, "fromDateEdit")
        self.to_date = find(self.ui, QDateEdit, "toDateEdit")
        self.reason = find(self.ui, QLineEdit, "reasonEdit")
        self.leave_list = find(self.ui, QListWidget, "leaveList")
        date_error = self.label("dateError")
        self.errors = FieldErrors(
            {"from_date": date_error, "to_date": date_error, "reason": self.label("reasonError")},
            self.message,
        )
        find(self.ui, QLabel, "doctorLabel").setText(f"{doctor.full_name} — {doctor.department_name}")
        today = _qdate(self.today())
        self.from_date.setDate(today)
        self.to_date.setDate(today)
        find(self.ui, QPushButton, "removeLeaveButton").clicked.connect(self.remove_selected)
        self.impact_dialog: LeaveImpactDialog | None = None
        self.reload()

    def reload(self) -> None:
        svc, actor, doctor_id = self._service, self._actor, self.doctor.id
        self._ops.run(lambda: svc.list_leave(actor, doctor_id), self._listed, self.errors.show, timeout_s=30)

    def _listed(self, leaves: Sequence[Any]) -> None:
        self.leave_list.clear()
        for leave in leaves:
            text = f"{leave.from_date:%d %b %Y} – {leave.to_date:%d %b %Y}   {leave.reason or ''}"
            item = QListWidgetItem(text)
            item.setData(256, leave.id)
            self.leave_list.addItem(item)
        if not leaves:
            self.leave_list.addItem("No leave recorded.")

    def remove_selected(self) -> None:
        item = self.leave_list.currentItem()
        leave_id = item.data(256) if item else None
        if leave_id is None:
            set_message(self.message, "Select the leave to remove.", "info")
            return
        svc, actor = self._service, self._actor
        self._ops.run(lambda: svc.remove_leave(actor, leave_id), lambda _r: self.reload(), self.errors.show)

    def save(self) -> None:
        start, end = _pydate(self.from_date.date()), _pydate(self.to_date.date())
        reason = self.reason.text().strip()
        problems = {}
        if end < start:
            problems["to_date"] = "The last day must be on or after the first day."
        if not reason:
            problems["reason"] = "Give a reason (it is shown to the desk)."
        if problems:
            self.errors.show(problems)
            return
        svc, actor, doctor_id = self._service, self._actor, self.doctor.id
        self.save_button().setEnabled(False)
        self._ops.run(
            lambda: svc.add_leave(actor, doctor_id, start, end, reason),
            self._added,
            self._failed,
            timeout_s=30,
            what="recording the leave",
        )

    def _added(self, impact: Any) -> None:
        self.save_button().setEnabled(True)
        self.errors.clear()
        self.result_value = impact
        self.reason.clear()
        self.reload()
        if not impact.affected:
            set_message(self.message, "Leave recorded. No booked appointments fall in it.", "ok")
            return
        n = len(impact.affected)
        set_message(self.message, f"Leave recorded. {n} booked appointment(s) need rebooking.", "info")
        self.impact_dialog = LeaveImpactDialog(self._ops, self._service, self._actor, impact, self)
        self.impact_dialog.open()


class LeaveImpactDialog(QDialog):
    """The appointments a leave hits, each with a suggested slot; "Rebook all" moves them in one go."""

    def __init__(
        self, ops: Ops, service: Any, actor: Actor, impact: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from hms_desktop.gui.tabs.appointments.timefmt import clinic_zone

        self._ops, self._service, self._actor, self.impact = ops, service, actor, impact
        self.setWindowTitle("Appointments affected by leave — HMS Desktop")
        self.ui = load_form("leave_impact.ui", self)
        self.message = find(self.ui, QLabel, "messageLabel")
        set_message(self.message, "")
        self.model = ImpactModel(clinic_zone(service), self)
        self.model.set_rows(impact.affected)
        self.view = find(self.ui, QTableView, "impactView")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        movable = len(self.model.moves())
        find(self.ui, QLabel, "summaryLabel").setText(
            f"{len(impact.affected)} appointment(s) fall in the leave; {movable} have a suggested slot. "
            "Same doctor's next free slot first, otherwise another doctor of the department."
        )
        self.rebook_button = find(self.ui, QPushButton, "rebookButton")
        self.rebook_button.setEnabled(movable > 0)
        self.rebook_button.clicked.connect(self.rebook_all)
        find(self.ui, QPushButton, "closeButton").clicked.connect(self.accept)
        self.resize(960, 440)

    def rebook_all(self) -> None:
        moves = self.model.moves()
        svc, actor = self._service, self._actor
        self.rebook_button.setEnabled(False)
        set_message(self.message, "Rebooking…", "info")
        self._ops.run(
            lambda: svc.rebook(actor, moves), self._rebooked, self._failed, timeout_s=60, what="rebooking"
        )

    def _rebooked(self, moved: Sequence[Any]) -> None:
        self.model.mark_rebooked(moved)
        self.view.resizeColumnsToContents()
        set_message(self.message, f"Rebooked {len(moved)} appointment(s); the patients are notified.", "ok")

    def _failed(self, error: HmsError) -> None:
        self.rebook_button.setEnabled(True)
        set_message(self.message, error.message)
