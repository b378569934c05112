"""The Appointments tab (``ui/appointments.ui``): pick a department and a doctor (or the whole
department), a day or a week, and work the slot grid from the keyboard.

Arrow keys move over the slots; Enter on a free slot opens the booking dialog, on a booked one the
menu of follow-ups (check in, reschedule, no-show, cancel), which :class:`~.actions.SlotActions`
carries out. All reads and writes run on workers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)

from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.tabs.appointments.actions import SlotActions
from hms_desktop.gui.tabs.appointments.columns import WHOLE_DEPARTMENT, column_reader
from hms_desktop.gui.tabs.appointments.model import SlotGridModel, legend_html

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.clinic_types import DepartmentInfo, DoctorInfo
    from hms_desktop.services.container import Services


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class AppointmentsTab(QWidget):
    checked_in = Signal(int)  # queue entry id of a patient just checked in

    def __init__(self, desk: DeskContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._ops, self._services, self._actor = desk.ops, services, desk.actor
        actor = desk.actor
        self.scheduling = services.scheduling
        self.tz = desk.clock.zone
        self.ui = load_form("appointments.ui", self)
        self.department = find(self.ui, QComboBox, "departmentCombo")
        self.doctor = find(self.ui, QComboBox, "doctorCombo")
        self.date = find(self.ui, QDateEdit, "dateEdit")
        self.day_radio = find(self.ui, QRadioButton, "dayRadio")
        self.week_radio = find(self.ui, QRadioButton, "weekRadio")
        self.view = find(self.ui, QTableView, "slotView")
        self.count_label = find(self.ui, QLabel, "countLabel")
        self.message = find(self.ui, QLabel, "messageLabel")
        find(self.ui, QLabel, "legendLabel").setText(legend_html())
        set_message(self.message, "")
        self.buttons = {
            n: find(self.ui, QPushButton, n)
            for n in ("bookButton", "checkInButton", "rescheduleButton", "noShowButton", "cancelButton")
        }
        self.can_book = allowed(actor.role, Action.APPOINTMENT_BOOK)
        self.can_cancel = allowed(actor.role, Action.APPOINTMENT_CANCEL)
        self.model = SlotGridModel(self.tz, self)
        v = self.view
        v.setModel(self.model)
        v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setTabKeyNavigation(False)
        v.verticalHeader().setDefaultSectionSize(30)
        v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        v.horizontalHeader().setMinimumSectionSize(150)
        v.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        v.installEventFilter(self)
        v.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.departments: list[DepartmentInfo] = []
        self.doctors: list[DoctorInfo] = []
        self.today = self.scheduling.clock.today()
        self.date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.department.currentIndexChanged.connect(lambda _i: self._fill_doctors())
        self.doctor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.week_radio.toggled.connect(lambda _on: self.refresh())
        find(self.ui, QPushButton, "prevButton").clicked.connect(lambda: self.step(-1))
        find(self.ui, QPushButton, "nextButton").clicked.connect(lambda: self.step(1))
        find(self.ui, QPushButton, "todayButton").clicked.connect(self.go_today)
        steps = (("Alt+Left", lambda: self.step(-1)), ("Alt+Right", lambda: self.step(1)))  # notr: keys
        for key, slot in steps:
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        self.slot_actions = SlotActions(
            desk, services, self.tz, v, self.buttons, self.message, self.current_slot, lambda: self.doctors,
            self.doctor_name, self.refresh, self._failed, self.checked_in.emit, self.can_book, self,
        )  # fmt: skip
        v.customContextMenuRequested.connect(self.slot_actions.context_menu)
        v.doubleClicked.connect(lambda _i: self.slot_actions.activate())
        b = self.buttons
        b["bookButton"].clicked.connect(self.slot_actions.book_current)
        b["checkInButton"].clicked.connect(self.slot_actions.check_in)
        b["rescheduleButton"].clicked.connect(self.slot_actions.reschedule)
        b["noShowButton"].clicked.connect(self.slot_actions.no_show)
        b["cancelButton"].clicked.connect(self.slot_actions.cancel)
        self._loading = False
        self._seq = 0
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------------

    def stop(self) -> None:
        pass  # nothing polls here

    def main_control(self) -> QWidget:
        return self.view

    @property
    def dialog(self) -> Any:
        """The open dialog (book, cancel, reschedule), or None: for tests and screenshots."""
        return self.slot_actions.dialog

    def book_current(self) -> None:
        self.slot_actions.book_current()

    def reschedule(self) -> None:
        self.slot_actions.reschedule()

    def reconnected(self) -> None:
        if not self.departments:
            self.start()

    def start(self) -> None:
        clinic, actor = self._services.clinic, self._actor
        self._ops.run(
            lambda: (clinic.list_departments(actor, active_only=True), clinic.list_doctors(actor)),
            self._organisation,
            self._failed,
            timeout_s=30,
            what=self.tr("reading departments and doctors"),
        )

    def _organisation(self, result: tuple[Sequence[DepartmentInfo], Sequence[DoctorInfo]]) -> None:
        self.departments, self.doctors = list(result[0]), list(result[1])
        self._loading = True
        self.department.clear()
        for d in self.departments:
            self.department.addItem(f"{d.name}  ({d.hours_text})", d.id)
        self._loading = False
        self._fill_doctors()

    def _fill_doctors(self) -> None:
        dept_id = self.department.currentData()
        self._loading = True
        self.doctor.clear()
        self.doctor.addItem(self.tr("Whole department"), WHOLE_DEPARTMENT)
        for d in self.doctors:
            if d.department_id == dept_id:
                text = d.full_name
                if d.reg_expiring_soon:
                    text = self.tr("{doctor} — registration expires soon").format(doctor=d.full_name)
                elif d.reg_expired:
                    text = self.tr("{doctor} — registration EXPIRED, cannot be booked").format(
                        doctor=d.full_name
                    )
                self.doctor.addItem(text, d.id)
        self.doctor.setCurrentIndex(1 if self.doctor.count() > 1 else 0)
        self._loading = False
        self.refresh()

    def doctor_name(self, doctor_id: int) -> str:
        known = next((d.full_name for d in self.doctors if d.id == doctor_id), None)
        return known if known is not None else self.tr("doctor {id}").format(id=doctor_id)

    def select(self, department_id: int, doctor_id: int | None = None) -> None:
        """Show ``department_id``, and ``doctor_id`` (None: the whole department)."""
        self.department.setCurrentIndex(self.department.findData(department_id))
        self.doctor.setCurrentIndex(
            self.doctor.findData(WHOLE_DEPARTMENT if doctor_id is None else doctor_id)
        )

    def set_day(self, day: dt.date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def step(self, direction: int) -> None:
        self.date.setDate(self.date.date().addDays(direction * (7 if self.week_radio.isChecked() else 1)))

    def go_today(self) -> None:
        self.set_day(self.today)

    def refresh(self) -> None:
        if self._loading or self.department.currentData() is None:
            return
        fetch = column_reader(
            self.scheduling,
            self._actor,
            self.doctors,
            self.doctor_name,
            self.department.currentData(),
            self.doctor.currentData(),
            _pydate(self.date.date()),
            self.week_radio.isChecked(),
        )
        self._seq += 1
        seq = self._seq
        self.count_label.setText(self.tr("Loading…"))
        self._ops.run(
            fetch,
            lambda cols: self._shown(seq, cols),
            self._failed,
            timeout_s=30,
            what=self.tr("reading slots"),
        )

    def _shown(self, seq: int, columns: Sequence[tuple[str, Sequence[Any]]]) -> None:
        if seq != self._seq:
            return  # the user moved on while this was loading
        current = self.view.currentIndex()
        self.model.set_columns(columns)
        counts = self.model.counts()
        how_many = self._counted()
        parts = [how_many[s].format(n=counts[s]) for s in how_many if counts.get(s)]
        if parts:
            summary = ", ".join(parts)
        else:
            summary = self.tr("No slots left on this day") if counts.get("past") else self.tr("No sessions")
        self.count_label.setText(summary)
        if self.message.property("level") != "ok":
            none = self.tr("No sessions on this day: the doctor does not work then or is on leave.")
            set_message(self.message, "" if self.model.rowCount() else none, "info")
        if (
            current.isValid()
            and current.row() < self.model.rowCount()
            and current.column() < self.model.columnCount()
        ):
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        else:
            first = self.model.find(lambda s: s.status == "free")
            self.view.setCurrentIndex(first if first.isValid() else self.model.index(0, 0))
        self._update_buttons()

    def _counted(self) -> dict[str, str]:
        """How the count line says each status (the past slots are not counted)."""
        return {
            "free": self.tr("{n} free"),
            "booked": self.tr("{n} booked"),
            "checked_in": self.tr("{n} checked in"),
            "completed": self.tr("{n} completed"),
            "no_show": self.tr("{n} no-show"),
        }

    def _failed(self, error: HmsError) -> None:
        self.count_label.setText("")
        set_message(self.message, error.message)

    # --- the current slot and its actions ---------------------------------------------------------

    def current_slot(self) -> Any:
        idx = self.view.currentIndex()
        return self.model.slot_at(idx.row(), idx.column()) if idx.isValid() else None

    def _update_buttons(self) -> None:
        s = self.current_slot()
        status = s.status if s is not None else None
        b = self.buttons
        booked = self.can_book and status == "booked"
        # the service refuses both otherwise: check-in is for today's appointments, a no-show
        # once the appointment's time has begun
        clock = self.scheduling.clock
        today = booked and clock.local_date(s.starts_at) == clock.today()
        begun = booked and clock.local(s.starts_at) <= clock.now()
        b["bookButton"].setEnabled(self.can_book and status == "free")
        b["checkInButton"].setEnabled(bool(today))
        b["rescheduleButton"].setEnabled(booked)
        b["noShowButton"].setEnabled(bool(begun))
        b["cancelButton"].setEnabled(self.can_cancel and status == "booked")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.slot_actions.activate()
                return True
            if event.key() == Qt.Key.Key_Menu:
                self.slot_actions.context_menu(self.view.visualRect(self.view.currentIndex()).center())
                return True
        return super().eventFilter(watched, event)
