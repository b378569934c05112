"""Leave of a doctor (Doctors tab): record and remove leave, and when it covers booked days the impact
dialog lists each appointment with a suggested slot and rebooks them all in one go."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QWidget,
)

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.doctors.form_dialog import FormDialog, pydate, qdate
from hms_desktop.gui.tabs.doctors.impact import ImpactModel

if TYPE_CHECKING:
    from hms_desktop.services.clinic_types import DoctorInfo
    from hms_desktop.services.context import Actor


class LeaveDialog(FormDialog):
    """Record leave; when it covers booked days the impact dialog offers to rebook everybody."""

    form, title = "leave_dialog.ui", str(QT_TRANSLATE_NOOP("LeaveDialog", "Leave"))
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
        self.errors = self.field_errors(
            {"from_date": date_error, "to_date": date_error, "reason": self.label("reasonError")},
        )
        find(self.ui, QLabel, "doctorLabel").setText(f"{doctor.full_name} — {doctor.department_name}")
        today = qdate(self.today())
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
            self.leave_list.addItem(self.tr("No leave recorded."))

    def remove_selected(self) -> None:
        item = self.leave_list.currentItem()
        leave_id = item.data(256) if item else None
        if leave_id is None:
            set_message(self.message, self.tr("Select the leave to remove."), "info")
            return
        svc, actor = self._service, self._actor
        self._ops.run(lambda: svc.remove_leave(actor, leave_id), lambda _r: self.reload(), self.errors.show)

    def save(self) -> None:
        start, end = pydate(self.from_date.date()), pydate(self.to_date.date())
        reason = self.reason.text().strip()
        problems = {}
        if end < start:
            problems["to_date"] = self.tr("The last day must be on or after the first day.")
        if not reason:
            problems["reason"] = self.tr("Give a reason (it is shown to the desk).")
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
            what=self.tr("recording the leave"),
        )

    def _added(self, impact: Any) -> None:
        self.save_button().setEnabled(True)
        self.errors.clear()
        self.result_value = impact
        self.reason.clear()
        self.reload()
        if not impact.affected:
            set_message(self.message, self.tr("Leave recorded. No booked appointments fall in it."), "ok")
            return
        text = self.tr("Leave recorded. {n} booked appointment(s) need rebooking.")
        set_message(self.message, text.format(n=len(impact.affected)), "info")
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
        self.setWindowTitle(self.tr("Appointments affected by leave — HMS Desktop"))
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
            self.tr(
                "{n} appointment(s) fall in the leave; {movable} have a suggested slot. "
                "Same doctor's next free slot first, otherwise another doctor of the department."
            ).format(n=len(impact.affected), movable=movable)
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
        set_message(self.message, self.tr("Rebooking…"), "info")
        self._ops.run(
            lambda: svc.rebook(actor, moves),
            self._rebooked,
            self._failed,
            timeout_s=60,
            what=self.tr("rebooking"),
        )

    def _rebooked(self, moved: Sequence[Any]) -> None:
        self.model.mark_rebooked(moved)
        self.view.resizeColumnsToContents()
        text = self.tr("Rebooked {n} appointment(s); the patients are notified.")
        set_message(self.message, text.format(n=len(moved)), "ok")

    def _failed(self, error: HmsError) -> None:
        self.rebook_button.setEnabled(True)
        set_message(self.message, error.message)
