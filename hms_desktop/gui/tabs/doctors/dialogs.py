"""Admin dialogs of the Doctors tab: department, doctor and weekly schedule (leave: leave.py).

Each dialog saves through the scheduling service on a worker; a ValidationError is shown next to the
fields it names, anything else in the message label under the form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QWidget,
)

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, repolish, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.doctors.form_dialog import FormDialog, hhmm, pydate, qdate, qtime

if TYPE_CHECKING:
    from hms_desktop.services.clinic_types import DepartmentInfo, DoctorInfo
    from hms_desktop.services.context import Actor


SESSION_KEY = re.compile(r"sessions\[(\d+)\]")  # a row of the weekly schedule, as the service counts
WEEKDAYS = (
    str(QT_TRANSLATE_NOOP("ScheduleDialog", "Monday")),
    str(QT_TRANSLATE_NOOP("ScheduleDialog", "Tuesday")),
    str(QT_TRANSLATE_NOOP("ScheduleDialog", "Wednesday")),
    str(QT_TRANSLATE_NOOP("ScheduleDialog", "Thursday")),
    str(QT_TRANSLATE_NOOP("ScheduleDialog", "Friday")),
    str(QT_TRANSLATE_NOOP("ScheduleDialog", "Saturday")),
    str(QT_TRANSLATE_NOOP("ScheduleDialog", "Sunday")),
)


def weekday_name(day: int) -> str:
    """The weekday ``day`` (0 is Monday) in the desk's language."""
    return QCoreApplication.translate("ScheduleDialog", WEEKDAYS[day])


class DepartmentDialog(FormDialog):
    form, title = "department_form.ui", str(QT_TRANSLATE_NOOP("DepartmentDialog", "Department"))
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
        self.errors = self.field_errors(
            {
                "name": self.label("nameError"),
                "code": self.label("codeError"),
                "opens": hours,
                "closes": hours,
                "hours": hours,
            },
        )
        find(self.ui, QLabel, "titleLabel").setText(
            self.tr("Edit department") if dept else self.tr("New department")
        )
        if dept is not None:
            self.name.setText(dept.name)
            self.code.setText(dept.code)
            self.opens.setTime(qtime(dept.opens_min))
            self.closes.setTime(qtime(dept.closes_min))
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
        self.label("hoursError").setText("" if ok else self.tr("Closing time must be after opening time."))
        return ok

    def save(self) -> None:
        from hms_desktop.services.scheduling_types import DepartmentInput

        if not self.check_hours():
            return
        inp = DepartmentInput(
            name=self.name.text().strip(),
            code=self.code.text().strip().upper(),
            opens=hhmm(self.opens.time()),
            closes=hhmm(self.closes.time()),
            is_active=self.active.isChecked(),
            id=self.dept.id if self.dept else None,
            row_version=self.row_version,
        )
        svc, actor = self._service, self._actor
        self.run_save(lambda: svc.save_department(actor, inp), self.tr("saving the department"))


class DoctorDialog(FormDialog):
    form, title = "doctor_form.ui", str(QT_TRANSLATE_NOOP("DoctorDialog", "Doctor"))
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
        self.errors = self.field_errors(labels)
        for dept in departments:
            self.department.addItem(f"{dept.name} ({dept.code})", dept.id)
        title = self.tr("Edit {name}").format(name=doctor.full_name) if doctor else self.tr("New doctor")
        find(self.ui, QLabel, "titleLabel").setText(title)
        if doctor is None:
            self.expiry.setDate(qdate(self.today() + dt.timedelta(days=365 * 5)))
            self.cap.setValue(12)
            self.active.setChecked(True)
            return
        for field, edit in self.edits.items():
            edit.setText(str(getattr(doctor, field, "") or ""))
        self.department.setCurrentIndex(max(0, self.department.findData(doctor.department_id)))
        self.expiry.setDate(qdate(doctor.reg_expiry))
        self.fee.setValue(float(doctor.consultation_fee))
        self.cap.setValue(doctor.daily_cap)
        self.active.setChecked(doctor.is_active)
        self._load_version(lambda svc, actor: svc.get_doctor(actor, doctor.id))

    def _detail(self, detail: Any) -> None:
        super()._detail(detail)
        self.edits["email"].setText(detail.email or "")

    def save(self) -> None:
        from hms_desktop.services.scheduling_types import DoctorInput

        text = {field: edit.text().strip() for field, edit in self.edits.items()}
        if self.department.currentIndex() < 0:
            self.errors.show(
                {"department_id": self.tr("Pick the doctor's department (add one first if none).")}
            )
            return
        inp = DoctorInput(
            full_name=text["full_name"],
            qualifications=text["qualifications"],
            specialisation=text["specialisation"],
            department_id=int(self.department.currentData()),
            reg_number=text["reg_number"],
            reg_council=text["reg_council"] or None,
            reg_expiry=pydate(self.expiry.date()),
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
        self.run_save(lambda: svc.save_doctor(actor, inp), self.tr("saving the doctor"))


class ScheduleDialog(FormDialog):
    """Sessions per weekday: one row each with weekday, start, end and slot length."""

    form, title = "schedule_editor.ui", str(QT_TRANSLATE_NOOP("ScheduleDialog", "Weekly schedule"))
    default_size = (660, 520)

    def __init__(
        self, ops: Ops, service: Any, actor: Actor, doctor: DoctorInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, service, actor, parent)
        self.doctor = doctor
        self.table = find(self.ui, QTableWidget, "sessionsTable")
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Weekday"), self.tr("Start"), self.tr("End"), self.tr("Slot length")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors = self.field_errors({})
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
            what=self.tr("reading the schedule"),
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
        day.addItems([weekday_name(d) for d in range(len(WEEKDAYS))])
        day.setCurrentIndex(weekday)
        start_edit, end_edit = QTimeEdit(qtime(start)), QTimeEdit(qtime(end))
        for edit in (start_edit, end_edit):
            edit.setDisplayFormat("HH:mm")
        length = QSpinBox()
        length.setRange(5, 240)
        length.setSingleStep(5)
        length.setSuffix(self.tr(" min"))
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
            out.append((day.currentIndex(), hhmm(start.time()), hhmm(end.time()), length.value()))
        return out

    def row_text(self, row: int) -> str:
        """How the message names row ``row``: 'Tuesday 09:00–13:00'."""
        day, start, end, _length = self.sessions()[row]
        return f"{weekday_name(day)} {start}–{end}"

    def _failed(self, error: HmsError) -> None:
        """A refused session ('sessions[2]') is selected, its reason on its weekday, and the message
        names the row (the service counts the rows as sent, from 0)."""
        super()._failed(error)
        for row in range(self.table.rowCount()):
            self._mark_row(row, "")
        errors = error.errors if isinstance(error, ValidationError) else {}
        found = [(int(m.group(1)), text) for key, text in errors.items() if (m := SESSION_KEY.fullmatch(key))]
        found = [(row, text) for row, text in found if row < self.table.rowCount()]
        if not found:
            return
        for row, text in found:
            self._mark_row(row, text)
        self.table.selectRow(found[0][0])
        self.table.scrollTo(self.table.model().index(found[0][0], 0))
        others = [text for key, text in errors.items() if not SESSION_KEY.fullmatch(key)]
        lines = [f"{self.row_text(row)}: {text}" for row, text in found]
        set_message(self.message, " ".join([*lines, *others]))

    def _mark_row(self, row: int, text: str) -> None:
        """The row's weekday box in red with ``text`` as its tooltip ('' clears both)."""
        day = self.table.cellWidget(row, 0)
        if day is not None:
            day.setToolTip(text)
            day.setProperty("tone", "error" if text else "")
            repolish(day)

    def save(self) -> None:
        from hms_desktop.services.scheduling_types import SessionInput

        rows = self.sessions()
        bad = [f"{weekday_name(d)} {s}-{e}" for d, s, e, _ in rows if e <= s]
        if bad:
            text = self.tr("A session must end after it starts: {sessions}.")
            set_message(self.message, text.format(sessions=", ".join(bad)))
            return
        sessions = [SessionInput(weekday=d, start=s, end=e, slot_minutes=n) for d, s, e, n in rows]
        svc, actor, doctor_id = self._service, self._actor, self.doctor.id
        self.run_save(lambda: svc.set_schedule(actor, doctor_id, sessions), self.tr("saving the schedule"))
