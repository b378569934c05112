"""The Doctors tab (``ui/doctors.ui``): departments beside doctors, with admin-only edit actions.

Both lists are read on a worker from ``services.clinic``. The edit buttons are hidden for roles that
may not manage doctors; the scheduling service refuses those roles as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.tabs.doctors.dialogs import DepartmentDialog, DoctorDialog, ScheduleDialog
from hms_desktop.gui.tabs.doctors.leave import LeaveDialog
from hms_desktop.gui.tabs.doctors.model import REG_COL, DepartmentTableModel, DoctorTableModel

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.clinic_types import DepartmentInfo, DoctorInfo
    from hms_desktop.services.container import Services


def _setup_table(t: QTableView) -> None:
    t.setAlternatingRowColors(True)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(28)
    t.horizontalHeader().setHighlightSections(False)
    t.horizontalHeader().setStretchLastSection(True)


class DoctorsTab(QWidget):
    def __init__(self, desk: DeskContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._ops, self._services, self._actor = desk.ops, services, desk.actor
        actor = desk.actor
        self.ui = load_form("doctors.ui", self)
        self.table = find(self.ui, QTableView, "tableView")
        self.departments_view = find(self.ui, QTableView, "departmentsView")
        self.count_label = find(self.ui, QLabel, "countLabel")
        self.message = find(self.ui, QLabel, "messageLabel")
        set_message(self.message, "")
        self.model = DoctorTableModel(self)
        self.departments = DepartmentTableModel(self)
        self.table.setModel(self.model)
        self.departments_view.setModel(self.departments)
        _setup_table(self.table)
        _setup_table(self.departments_view)
        splitter = find(self.ui, QSplitter, "splitter")
        outer = self.ui.layout()
        assert isinstance(outer, QBoxLayout), "ui/doctors.ui must have a box layout at the top"  # notr: dev
        outer.setStretchFactor(splitter, 1)  # the lists take the height, not the header
        # departments (a handful of rows) above, doctors (nine columns) below at full width
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([250, 420])
        self.buttons = {
            name: find(self.ui, QPushButton, name)
            for name in (
                "addDepartmentButton",
                "editDepartmentButton",
                "addDoctorButton",
                "editDoctorButton",
                "scheduleButton",
                "leaveButton",
            )
        }
        self.can_manage = allowed(actor.role, Action.DOCTOR_MANAGE)
        for button in self.buttons.values():
            button.setVisible(self.can_manage)
            button.setEnabled(self.can_manage)
        b = self.buttons
        b["addDepartmentButton"].clicked.connect(lambda: self.edit_department(None))
        b["editDepartmentButton"].clicked.connect(lambda: self.edit_department(self.current_department()))
        b["addDoctorButton"].clicked.connect(lambda: self.edit_doctor(None))
        b["editDoctorButton"].clicked.connect(lambda: self.edit_doctor(self.current_doctor()))
        b["scheduleButton"].clicked.connect(self.edit_schedule)
        b["leaveButton"].clicked.connect(self.edit_leave)
        if self.can_manage:
            self.table.doubleClicked.connect(lambda _i: self.edit_doctor(self.current_doctor()))
            self.departments_view.doubleClicked.connect(
                lambda _i: self.edit_department(self.current_department())
            )
        self.dialog: QWidget | None = None  # the open dialog (tests and screenshots reach it here)

    @property
    def scheduling(self):
        return self._services.scheduling

    # --- loading ------------------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()

    def stop(self) -> None:
        pass  # nothing polls here

    def main_control(self) -> QWidget:
        return self.table

    def reconnected(self) -> None:
        if self.model.rowCount() == 0:
            self.refresh()

    def refresh(self) -> None:
        clinic, actor = self._services.clinic, self._actor
        self.count_label.setText(self.tr("Loading…"))
        self._ops.run(
            lambda: (clinic.list_departments(actor), clinic.list_doctors(actor, active_only=False)),
            self._loaded,
            self._failed,
            timeout_s=30,
            what=self.tr("reading the doctors"),
        )

    def _loaded(self, result: tuple[Sequence[DepartmentInfo], Sequence[DoctorInfo]]) -> None:
        departments, doctors = result
        keep_doctor, keep_dept = self.current_doctor(), self.current_department()
        self.departments.set_rows(departments)
        self.model.set_rows(doctors)
        # keep the selection across a reload (after every edit)
        for view, ids, kept_id in (
            (self.table, [d.id for d in doctors], None if keep_doctor is None else keep_doctor.id),
            (
                self.departments_view,
                [d.id for d in departments],
                None if keep_dept is None else keep_dept.id,
            ),
        ):
            row = next((i for i, row_id in enumerate(ids) if kept_id is not None and row_id == kept_id), -1)
            if row >= 0:
                view.setCurrentIndex(view.model().index(row, 0))
        active = sum(1 for d in doctors if d.is_active)
        expired = sum(1 for d in doctors if d.reg_expired)
        parts = [self.tr("{n} departments").format(n=len(departments))]
        if expired == 1:
            parts.append(self.tr("{n} registration EXPIRED").format(n=expired))
        elif expired:
            parts.append(self.tr("{n} registrations EXPIRED").format(n=expired))
        if active == 1:
            parts.append(self.tr("{n} active doctor").format(n=active))
        else:
            parts.append(self.tr("{n} active doctors").format(n=active))
        text = " · ".join(parts)
        self.count_label.setText(text)
        set_message(self.message, "")
        for view in (self.table, self.departments_view):
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for col in range(header.count() - 1):
                widest = 420 if view is self.table and col == REG_COL else 320
                header.resizeSection(col, min(header.sectionSize(col) + 12, widest))

    def _failed(self, error: HmsError) -> None:
        self.count_label.setText("")
        set_message(self.message, error.message)

    def current_doctor(self) -> DoctorInfo | None:
        return self.model.row_at(self.table.currentIndex().row())

    def current_department(self) -> DepartmentInfo | None:
        return self.departments.row_at(self.departments_view.currentIndex().row())

    # --- edits (admin) ------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._closed)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _closed(self, result: int) -> None:
        self.dialog = None
        self.refresh()

    def _ask_to_select(self, text: str) -> None:
        set_message(self.message, text, "info")

    def edit_department(self, dept: DepartmentInfo | None) -> None:
        self._open(DepartmentDialog(self._ops, self.scheduling, self._actor, dept, self))

    def edit_doctor(self, doctor: DoctorInfo | None) -> None:
        self._open(
            DoctorDialog(self._ops, self.scheduling, self._actor, self.departments.rows(), doctor, self)
        )

    def edit_schedule(self) -> None:
        doctor = self.current_doctor()
        if doctor is None:
            self._ask_to_select(self.tr("Select a doctor first, then open the weekly schedule."))
            return
        self._open(ScheduleDialog(self._ops, self.scheduling, self._actor, doctor, self))

    def edit_leave(self) -> None:
        doctor = self.current_doctor()
        if doctor is None:
            self._ask_to_select(self.tr("Select a doctor first, then record the leave."))
            return
        self._open(LeaveDialog(self._ops, self.scheduling, self._actor, doctor, self))
