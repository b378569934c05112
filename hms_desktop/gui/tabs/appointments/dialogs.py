"""Booking, cancelling and rescheduling dialogs of the Appointments tab.

Every call goes through ``ops`` on a worker. A slot taken by another desk in the meantime
(SlotTaken) is said plainly — "That slot was just taken" — with the doctor's next free slots to pick
from instead; ValidationError messages appear next to the field they are about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.appointments.timefmt import day_time, hhmm
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.gui.widgets.field_inputs import say_when_full
from hms_desktop.gui.widgets.service_dialog import ServiceDialog
from hms_desktop.services.scheduling_types import CANCEL_REASON_MAX, SameDayBooking, SlotTaken

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SEARCH_DELAY_MS = 250


class _Dialog(ServiceDialog):
    """Each dialog's ``title`` and ``discard_what`` are marked in its own context: ServiceDialog says
    them with ``self.tr``, which looks through the class hierarchy."""

    def __init__(
        self, ops: Ops, services: Services, actor: Actor, tz: dt.tzinfo, parent: QWidget | None
    ) -> None:
        super().__init__(ops, services, actor, parent)
        self._tz = tz


def _slot_item(slot: Any, tz: dt.tzinfo, doctor_name: str = "") -> QListWidgetItem:
    who = f"  —  {doctor_name}" if doctor_name else ""
    item = QListWidgetItem(f"{day_time(slot.starts_at, tz)}–{hhmm(slot.ends_at, tz)}{who}")
    item.setData(ITEM_ROLE, slot)
    return item


class BookDialog(_Dialog):
    """Pick a patient (search as you type) and a reason, then book ``slot``."""

    form, title = "book_appointment.ui", str(QT_TRANSLATE_NOOP("BookDialog", "Book appointment"))
    discard_what = str(QT_TRANSLATE_NOOP("BookDialog", "booking"))

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        tz: dt.tzinfo,
        slot: Any,
        doctor_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, services, actor, tz, parent)
        self.slot, self.doctor_name = slot, doctor_name
        self.search = find(self.ui, QLineEdit, "searchEdit")
        self.patients = find(self.ui, QListWidget, "patientList")
        self.reason = find(self.ui, QLineEdit, "reasonEdit")
        self.alternatives = find(self.ui, QListWidget, "alternativesList")
        self.alternatives_label = self.label("alternativesLabel")
        slot_error = self.label("slotError")  # the slot line names the doctor and the time
        self.errors = FieldErrors(
            {
                "patient_id": self.label("patientError"),
                "reason": self.label("reasonError"),
                "starts_at": slot_error,
                "doctor_id": slot_error,
            },
            self.message,
        )
        self.ok_button.setText(self.tr("&Book"))
        self._show_alternatives([])
        self._show_slot()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.patients.itemActivated.connect(lambda _i: self.submit())
        self.alternatives.currentItemChanged.connect(self._alternative_picked)
        self._search_seq = 0
        self._searched_text: str | None = None  # the text of the list shown
        self._submit_when_found = False
        self._booking_patient = 0
        self.resize(780, 580)
        self.search.setFocus()
        self.run_search()

    def _show_slot(self, instead: bool = False) -> None:
        s = self.slot
        text = "{doctor} — {start}–{end}"  # notr: values only
        if instead:
            text = self.tr("{doctor} — {start}–{end}  (instead of the taken slot)")
        self.label("slotLabel").setText(
            text.format(
                doctor=self.doctor_name, start=day_time(s.starts_at, self._tz), end=hhmm(s.ends_at, self._tz)
            )
        )

    def _show_alternatives(self, slots: Sequence[Any]) -> None:
        blocked = self.alternatives.blockSignals(True)
        self.alternatives.clear()
        for slot in slots:
            self.alternatives.addItem(_slot_item(slot, self._tz))
        self.alternatives.setCurrentRow(-1)
        self.alternatives.blockSignals(blocked)
        self.alternatives.setVisible(bool(slots))
        self.alternatives_label.setVisible(bool(slots))

    def _alternative_picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.slot = item.data(ITEM_ROLE)
            self._show_slot(instead=True)

    # --- patient search -------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        patients, actor = self._services.patients, self._actor
        self._search_seq += 1
        seq = self._search_seq

        def fetch() -> Any:
            return patients.list_page(actor, search=text or None, limit=30)

        self._ops.run(
            fetch, lambda rows: self._found(seq, text, rows), self.errors.show, timeout_s=30,
            what=self.tr("searching"),
        )  # fmt: skip

    def _found(self, seq: int, text: str, rows: Sequence[Any]) -> None:
        if seq != self._search_seq:
            return  # an older search answered late
        self._searched_text = text
        self.patients.clear()
        for p in rows:
            phone = f" · {p.phone}" if p.phone else ""
            item = QListWidgetItem(f"{p.display_name} · {p.mrn} · {p.sex} {p.age_text}{phone}")
            item.setData(ITEM_ROLE, p.id)
            self.patients.addItem(item)
        if rows:
            self.patients.setCurrentRow(0)
        elif self.search.text().strip():
            self.patients.addItem(self.tr("No patient matches. Register them in the Patients tab first."))
        if self._submit_when_found:
            self._submit_when_found = False
            self.submit()

    def patient_id(self) -> int | None:
        item = self.patients.currentItem()
        return item.data(ITEM_ROLE) if item is not None else None

    # --- booking -------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._searched_text != self.search.text().strip():
            # Enter typed before the list caught up with the search: book from the list of what
            # was typed, not the patient the older list had selected
            self._submit_when_found = True
            self.run_search()
            return
        patient_id = self.patient_id()
        if patient_id is None:
            self.errors.show({"patient_id": self.tr("Pick the patient (search by name, phone or MRN).")})
            self.search.setFocus()
            return
        self._book(patient_id, confirm_same_day=False)

    def _book(self, patient_id: int, confirm_same_day: bool) -> None:
        svc, actor, slot = self._services.scheduling, self._actor, self.slot
        reason = self.reason.text().strip() or None
        self._booking_patient = patient_id
        self.run(
            lambda: svc.book(
                actor, patient_id, slot.doctor_id, slot.starts_at, reason, confirm_same_day=confirm_same_day
            ),
            self.tr("booking"),
        )

    def confirm_same_day(self, error: SameDayBooking) -> bool:
        """The second booking of the day with this doctor: asked, 'Do not book' the default."""
        box = QMessageBox(self)
        box.setObjectName("sameDayQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Already booked that day — HMS Desktop"))
        box.setText(error.message)
        box.setInformativeText(self.tr("Book only if the doctor asked to see the patient twice that day."))
        book = box.addButton(self.tr("Book &anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Do not book"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is book

    def _failed(self, error: HmsError) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, SameDayBooking):
            set_message(self.message, "")
            if self.confirm_same_day(error):
                self._book(self._booking_patient, confirm_same_day=True)  # audited by the service
            else:
                set_message(
                    self.message, self.tr("Not booked: the patient already has a booking that day."), "info"
                )
            return
        if isinstance(error, SlotTaken):
            self.errors.clear()
            self._show_alternatives(error.alternatives)
            if error.alternatives:
                set_message(
                    self.message,
                    self.tr(
                        "That slot was just taken by another desk. "
                        "Pick one of the next free slots below, then press Book."
                    ),
                )
                self.alternatives.setFocus()
            else:
                set_message(
                    self.message,
                    self.tr(
                        "That slot was just taken by another desk. "
                        "The doctor has no free slot in the next 30 days."
                    ),
                )
            return
        self.errors.show(error)


class CancelDialog(_Dialog):
    form, title = "cancel_appointment.ui", str(QT_TRANSLATE_NOOP("CancelDialog", "Cancel appointment"))

    def __init__(
        self, ops: Ops, services: Services, actor: Actor, tz: dt.tzinfo, slot: Any, doctor_name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(ops, services, actor, tz, parent)
        self.slot = slot
        self.reason = find(self.ui, QLineEdit, "reasonEdit")
        self.errors = FieldErrors({"reason": self.label("reasonError")}, self.message)
        say_when_full(self.reason, CANCEL_REASON_MAX, self.label("reasonError").setText)
        self.ok_button.setText(self.tr("Cancel &appointment"))
        self.resize(660, 250)
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Keep it"))
        self.label("appointmentLabel").setText(
            self.tr("{patient} with {doctor}, {when}").format(
                patient=slot.patient_name, doctor=doctor_name, when=day_time(slot.starts_at, self._tz)
            )
        )
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.errors.show({"reason": self.tr("A reason is required (e.g. patient called to cancel).")})
            return
        svc, actor, appt_id = self._services.scheduling, self._actor, self.slot.appointment_id
        self.run(lambda: svc.cancel(actor, appt_id, reason), self.tr("cancelling the appointment"))


class RescheduleDialog(_Dialog):
    """Pick a doctor of the same department, a day and one of its free slots."""

    form, title = (
        "reschedule_appointment.ui",
        str(QT_TRANSLATE_NOOP("RescheduleDialog", "Reschedule appointment")),
    )

    def __init__(
        self, ops: Ops, services: Services, actor: Actor, tz: dt.tzinfo, slot: Any, doctor_name: str,
        doctors: Sequence[Any], parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(ops, services, actor, tz, parent)
        self.slot = slot
        self.doctor = find(self.ui, QComboBox, "doctorCombo")
        self.day = find(self.ui, QDateEdit, "dayEdit")
        self.slots = find(self.ui, QListWidget, "slotList")
        slot_error = self.label("slotError")
        self.errors = FieldErrors(
            {"starts_at": slot_error, "new_starts_at": slot_error, "doctor_id": self.label("doctorError")},
            self.message,
        )
        self.ok_button.setText(self.tr("&Reschedule"))
        self.label("appointmentLabel").setText(
            self.tr("{patient} with {doctor}, now {when}").format(
                patient=slot.patient_name, doctor=doctor_name, when=day_time(slot.starts_at, self._tz)
            )
        )
        for d in doctors:
            if d.is_active and not d.reg_expired:
                self.doctor.addItem(d.full_name, d.id)
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(slot.doctor_id)))
        start = slot.starts_at.astimezone(tz).date()
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.doctor.currentIndexChanged.connect(lambda _i: self.load_slots())
        self.day.dateChanged.connect(lambda _d: self.load_slots())
        self.slots.itemActivated.connect(lambda _i: self.submit())
        self.resize(720, 540)
        self.load_slots()

    def load_slots(self) -> None:
        doctor_id = self.doctor.currentData()
        q = self.day.date()
        day = dt.date(q.year(), q.month(), q.day())
        if doctor_id is None:
            return
        svc, actor = self._services.scheduling, self._actor
        self.slots.clear()
        self._ops.run(
            lambda: svc.day_slots(actor, doctor_id, day),
            self._listed,
            self.errors.show,
            what=self.tr("reading slots"),
        )

    def _listed(self, slots: Sequence[Any]) -> None:
        self.slots.clear()
        for s in slots:
            if s.status == "free":
                self.slots.addItem(_slot_item(s, self._tz))
        if self.slots.count():
            self.slots.setCurrentRow(0)
            self.label("slotError").setText("")
        else:
            self.label("slotError").setText(self.tr("No free slot that day: try another day or doctor."))

    def submit(self) -> None:
        item = self.slots.currentItem()
        new = item.data(ITEM_ROLE) if item is not None else None
        if new is None:
            self.errors.show({"starts_at": self.tr("Pick the new slot.")})
            return
        svc, actor, appt_id = self._services.scheduling, self._actor, self.slot.appointment_id
        new_doctor = new.doctor_id if new.doctor_id != self.slot.doctor_id else None
        self.run(lambda: svc.reschedule(actor, appt_id, new.starts_at, new_doctor), self.tr("rescheduling"))

    def _failed(self, error: HmsError) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, SlotTaken):
            self.errors.show(
                {"starts_at": self.tr("That slot was just taken by another desk. Pick another one.")}
            )
            self.load_slots()
            return
        self.errors.show(error)
