"""The Queue tab's small dialogs: assign a doctor, transfer, and the optional note when a patient
left without being seen; and their base class (the triage form is in ``triage_dialog``).

Every service call runs on a worker through ``ops``; ValidationError messages appear next to the
field they are about, and nothing typed is lost when a save fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from hms_desktop.gui.forms import find
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.gui.widgets.field_inputs import say_when_full
from hms_desktop.gui.widgets.service_dialog import ServiceDialog
from hms_desktop.services.queue_types import STATUS_NOTE_MAX, QueueRow

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def patient_line(row: QueueRow) -> str:
    who = f"{row.patient_name} ({row.age_sex})" if row.age_sex else row.patient_name
    return QCoreApplication.translate("QueueDialog", "Token {token} · {who} · {mrn}").format(
        token=row.token_label, who=who, mrn=row.patient_mrn
    )


class QueueDialog(ServiceDialog):
    """The queue dialogs' base: each ``title`` is marked in its own class's context and shown in the
    desk's language here (the base dialog puts the English one in the window title)."""

    busy_text = "Saving…"  # notr: the base's English; self.tr below

    def __init__(
        self, ops: Ops, services: Services, actor: Actor, row: QueueRow, parent: QWidget | None
    ) -> None:
        super().__init__(ops, services, actor, parent)
        self.busy_text = self.tr("Saving…")
        title = QCoreApplication.translate(type(self).__name__, self.title)
        self.setWindowTitle(self.tr("{title} — HMS Desktop").format(title=title))
        self.row = row
        self.label("patientLabel").setText(patient_line(row))


# --- assign -----------------------------------------------------------------------------------------


def suggestion_text(s: Any, first: bool) -> str:
    name = s.doctor_name
    if first:
        name = QCoreApplication.translate("AssignDialog", "★ Suggested — {doctor}").format(doctor=name)
    parts = [name, f"{s.specialisation}, {s.department_name}"]
    if s.matches_specialisation:
        parts.append(QCoreApplication.translate("AssignDialog", "✓ specialisation matches"))
    parts.append(QCoreApplication.translate("AssignDialog", "{n} waiting").format(n=s.waiting))
    parts.append(
        QCoreApplication.translate("AssignDialog", "seen {seen}/{cap} today").format(
            seen=s.seen_today, cap=s.daily_cap
        )
    )
    if s.room:
        parts.append(QCoreApplication.translate("AssignDialog", "room {room}").format(room=s.room))
    else:
        parts.append(QCoreApplication.translate("AssignDialog", "no room set"))
    return " · ".join(parts)


class AssignDialog(QueueDialog):
    """The doctors who can see the patient now, the suggestion first; Enter accepts the highlighted one."""

    form, title = "assign_doctor.ui", str(QT_TRANSLATE_NOOP("AssignDialog", "Assign doctor"))

    def __init__(
        self, ops: Ops, services: Services, actor: Actor, row: QueueRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, services, actor, row, parent)
        self.doctors = find(self.ui, QListWidget, "doctorList")
        self.empty = self.label("emptyLabel")
        self.empty.setVisible(False)
        self.errors = FieldErrors({"doctor_id": self.label("doctorError")}, self.message)
        self.ok_button.setText(self.tr("&Assign"))
        self.ok_button.setEnabled(False)
        self.doctors.itemActivated.connect(lambda _i: self.submit())
        self.loaded = False
        self.resize(760, 440)
        queue, entry_id = services.queue, row.id
        self._ops.run(
            lambda: queue.suggest_doctors(actor, entry_id),
            self._listed,
            self.errors.show,
            timeout_s=30,
            what=self.tr("finding doctors on duty"),
        )

    def _listed(self, suggestions: Sequence[Any]) -> None:
        self.loaded = True
        self.doctors.clear()
        for i, s in enumerate(suggestions):
            item = QListWidgetItem(suggestion_text(s, i == 0))
            item.setData(ITEM_ROLE, s.doctor_id)
            self.doctors.addItem(item)
        self.empty.setVisible(not suggestions)
        self.doctors.setVisible(bool(suggestions))
        if suggestions:
            self.doctors.setCurrentRow(0)
            self.doctors.setFocus()
            self.ok_button.setEnabled(True)

    def doctor_id(self) -> int | None:
        item = self.doctors.currentItem()
        return item.data(ITEM_ROLE) if item is not None else None

    def submit(self) -> None:
        doctor_id = self.doctor_id()
        if doctor_id is None:
            self.errors.show({"doctor_id": self.tr("Pick a doctor from the list.")})
            return
        queue, actor, entry_id, version = self._services.queue, self._actor, self.row.id, self.row.row_version
        self.run(
            lambda: queue.assign(actor, entry_id, doctor_id, expected_version=version), self.tr("assigning")
        )


# --- transfer ---------------------------------------------------------------------------------------


class TransferDialog(QueueDialog):
    """To another doctor, or to a department's shared queue, with a reason."""

    form, title = "transfer.ui", str(QT_TRANSLATE_NOOP("TransferDialog", "Transfer patient"))

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        row: QueueRow,
        doctors: Sequence[Any],
        departments: Sequence[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, services, actor, row, parent)
        self.doctor = find(self.ui, QComboBox, "doctorCombo")
        self.department = find(self.ui, QComboBox, "departmentCombo")
        self.reason = find(self.ui, QLineEdit, "reasonEdit")
        self.doctor.addItem(self.tr("— any doctor of the department —"), None)
        for d in doctors:
            if d.id != row.doctor_id and getattr(d, "is_active", True):
                self.doctor.addItem(f"{d.full_name} · {d.specialisation} · {d.department_name}", d.id)
        self.department.addItem(self.tr("— the doctor's department —"), None)
        for dept in departments:
            self.department.addItem(dept.name, dept.id)
        self.errors = FieldErrors(
            {
                "doctor_id": self.label("doctorError"),
                "department_id": self.label("departmentError"),
                "reason": self.label("reasonError"),
            },
            self.message,
        )
        say_when_full(self.reason, STATUS_NOTE_MAX, self.label("reasonError").setText)
        self.ok_button.setText(self.tr("&Transfer"))
        self.resize(680, 360)
        self.doctor.setFocus()

    def submit(self) -> None:
        doctor_id, dept_id = self.doctor.currentData(), self.department.currentData()
        reason = self.reason.text()
        queue, actor, entry_id = self._services.queue, self._actor, self.row.id
        self.run(
            lambda: queue.transfer(
                actor, entry_id, doctor_id=doctor_id, department_id=dept_id, reason=reason
            ),
            self.tr("transferring"),
        )


class LeftDialog(QueueDialog):
    """Left without being seen, with an optional note."""

    form, title = "left_queue.ui", str(QT_TRANSLATE_NOOP("LeftDialog", "Left without being seen"))

    def __init__(
        self, ops: Ops, services: Services, actor: Actor, row: QueueRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, services, actor, row, parent)
        self.note = find(self.ui, QLineEdit, "noteEdit")
        self.errors = FieldErrors({"note": self.label("noteError")}, self.message)
        say_when_full(self.note, STATUS_NOTE_MAX, self.label("noteError").setText)
        self.ok_button.setText(self.tr("&Mark as left"))
        self.resize(620, 230)
        self.note.setFocus()

    def submit(self) -> None:
        queue, actor, entry_id, note = self._services.queue, self._actor, self.row.id, self.note.text()
        self.run(lambda: queue.mark_left(actor, entry_id, note or None), self.tr("marking as left"))
