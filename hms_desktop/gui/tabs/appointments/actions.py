"""What the Appointments tab does with the current slot: the booking, cancelling and rescheduling
dialogs, the direct calls (check in, no-show), each on a worker with its outcome on the message line,
and the menu of a booked slot's follow-ups (Enter, the Menu key or a right click).

After a dialog closes the grid is read again and has the keyboard back. Its words are the tab's:
marked and translated in the "AppointmentsTab" context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QTableView, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import set_message
from hms_desktop.gui.tabs.appointments.dialogs import BookDialog, CancelDialog, RescheduleDialog
from hms_desktop.gui.tabs.appointments.timefmt import day_time

if TYPE_CHECKING:
    import datetime as dt

    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.clinic_types import DoctorInfo
    from hms_desktop.services.container import Services

ACTIVE = ("booked", "checked_in")


class SlotActions:
    """The tab's slot actions; ``current_slot`` and ``doctors`` read the tab's grid and organisation,
    ``refresh`` reads the grid again, ``failed`` shows a refusal, ``checked_in`` gets the queue entry
    of a patient just checked in; ``can_book``: the role books (the service still checks). No
    reference to the tab is kept; ``parent`` (the tab) owns the dialogs and the menu."""

    def __init__(
        self,
        desk: DeskContext,
        services: Services,
        tz: dt.tzinfo,
        view: QTableView,
        buttons: dict[str, QPushButton],
        message: QLabel,
        current_slot: Callable[[], Any],
        doctors: Callable[[], list[DoctorInfo]],
        doctor_name: Callable[[int], str],
        refresh: Callable[[], None],
        failed: Callable[[HmsError], None],
        checked_in: Callable[[int], None],
        can_book: bool,
        parent: QWidget,
    ) -> None:
        self._ops, self._services, self._actor, self.tz = desk.ops, services, desk.actor, tz
        self.view, self.buttons, self.message, self.parent = view, buttons, message, parent
        self.current_slot, self.doctors, self.doctor_name = current_slot, doctors, doctor_name
        self.refresh, self.failed, self.checked_in = refresh, failed, checked_in
        self.can_book = can_book
        self.dialog: Any = None  # the open dialog, for tests and screenshots
        self.menu: QMenu | None = None

    def activate(self) -> None:
        s = self.current_slot()
        if s is None:
            return
        if s.status == "free":
            self.book_current()
        elif s.status in ACTIVE:
            self.context_menu(self.view.visualRect(self.view.currentIndex()).center())

    def context_menu(self, pos: QPoint) -> None:
        s = self.current_slot()
        if s is None or s.status not in ACTIVE:
            return
        menu = QMenu(self.parent)
        for name, text in (
            ("checkInButton", QCoreApplication.translate("AppointmentsTab", "Check in")),
            ("rescheduleButton", QCoreApplication.translate("AppointmentsTab", "Reschedule…")),
            ("noShowButton", QCoreApplication.translate("AppointmentsTab", "Mark no-show")),
            ("cancelButton", QCoreApplication.translate("AppointmentsTab", "Cancel appointment…")),
        ):
            act = menu.addAction(text)
            act.setEnabled(self.buttons[name].isEnabled())
            act.triggered.connect(self.buttons[name].click)
        self.menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # --- the dialogs ------------------------------------------------------------------------------

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._closed(dialog, result))
        dialog.open()

    def _closed(self, dialog: Any, result: int) -> None:
        self.dialog = None
        done = dialog.result_value
        if result and done is not None and hasattr(done, "starts_at"):
            said = {
                "BookDialog": QCoreApplication.translate(
                    "AppointmentsTab", "Booked: {patient} with {doctor}, {when}."
                ),
                "CancelDialog": QCoreApplication.translate(
                    "AppointmentsTab", "Cancelled: {patient} with {doctor}, {when}."
                ),
                "RescheduleDialog": QCoreApplication.translate(
                    "AppointmentsTab", "Moved to: {patient} with {doctor}, {when}."
                ),
            }
            text = said.get(
                type(dialog).__name__,
                QCoreApplication.translate("AppointmentsTab", "Saved: {patient} with {doctor}, {when}."),
            )
            set_message(
                self.message,
                text.format(
                    patient=done.patient_name, doctor=done.doctor_name, when=day_time(done.starts_at, self.tz)
                ),
                "ok",
            )
        self.refresh()
        self.view.setFocus()

    def book_current(self) -> None:
        s = self.current_slot()
        if s is None or s.status != "free" or not self.can_book:
            return
        self._open(
            BookDialog(
                self._ops, self._services, self._actor, self.tz, s, self.doctor_name(s.doctor_id), self.parent
            )
        )

    def cancel(self) -> None:
        s = self.current_slot()
        if s is not None and s.appointment_id:
            self._open(
                CancelDialog(
                    self._ops,
                    self._services,
                    self._actor,
                    self.tz,
                    s,
                    self.doctor_name(s.doctor_id),
                    self.parent,
                )
            )

    def reschedule(self) -> None:
        s = self.current_slot()
        if s is None or not s.appointment_id:
            return
        dept = next((d.department_id for d in self.doctors() if d.id == s.doctor_id), None)
        doctors = [d for d in self.doctors() if d.department_id == dept]
        self._open(
            RescheduleDialog(
                self._ops,
                self._services,
                self._actor,
                self.tz,
                s,
                self.doctor_name(s.doctor_id),
                doctors,
                self.parent,
            )
        )

    # --- the direct calls -------------------------------------------------------------------------

    def _act(self, call: Any, done_text: Any, what: str) -> None:
        def done(result: Any) -> None:
            set_message(self.message, done_text(result), "ok")
            self.refresh()

        self._ops.run(
            call,
            done,
            self.failed,
            timeout_s=30,
            what=what,
        )

    def no_show(self) -> None:
        s = self.current_slot()
        if s is None or not s.appointment_id:
            return
        svc, actor = self._services.scheduling, self._actor
        self._act(
            lambda: svc.mark_no_show(actor, s.appointment_id),
            lambda _r: QCoreApplication.translate(
                "AppointmentsTab", "{patient} marked as no-show ({when})."
            ).format(patient=s.patient_name, when=day_time(s.starts_at, self.tz)),
            QCoreApplication.translate("AppointmentsTab", "marking a no-show"),
        )

    def check_in(self) -> None:
        s = self.current_slot()
        if s is None or not s.appointment_id:
            return
        svc, queue, actor, appointment_id = (
            self._services.scheduling,
            self._services.queue,
            self._actor,
            s.appointment_id,
        )

        def call() -> Any:
            svc.check_in(actor, appointment_id)
            return queue.for_appointment(actor, appointment_id)

        def text(row: Any) -> str:
            if row is not None:
                self.checked_in(row.id)  # the main window opens the token slip to hand over
            return QCoreApplication.translate(
                "AppointmentsTab", "{patient} checked in: queue token {token}."
            ).format(patient=s.patient_name, token=row.token_label if row else "?")

        self._act(call, text, QCoreApplication.translate("AppointmentsTab", "checking in"))
