"""The Queue tab's filters: department, doctor (or "Mine" for a doctor), open or all today, and the
search box; the departments and doctors are read once on a worker when the tab starts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hms_desktop.gui.forms import find

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

ALL = -1
MINE = -2

Filters = tuple[int | None, int | None, bool]  # department id, doctor id, closed visits too


class QueueFilters(QObject):
    changed = Signal()  # a combo moved: the snapshot is read again
    search_changed = Signal()  # the search text: the same snapshot shown again
    failed = Signal(object)  # HmsError reading the departments and doctors

    def __init__(
        self, ui: QWidget, desk: DeskContext, services: Services, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._desk, self._services = desk, services
        self.department = find(ui, QComboBox, "departmentCombo")
        self.doctor = find(ui, QComboBox, "doctorCombo")
        self.status = find(ui, QComboBox, "statusCombo")
        self.search = find(ui, QLineEdit, "searchEdit")
        self.departments: list[Any] = []
        self.doctors: list[Any] = []
        self.fill()
        for combo in (self.department, self.doctor, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.search.textChanged.connect(lambda _t: self.search_changed.emit())

    def load(self) -> None:
        clinic, actor = self._services.clinic, self._desk.actor
        self._desk.ops.run(
            lambda: (clinic.list_departments(actor, active_only=True), clinic.list_doctors(actor)),
            self._organisation,
            self.failed.emit,
            timeout_s=30,
            what=self.tr("reading departments and doctors"),
        )

    def _organisation(self, result: tuple[Sequence[Any], Sequence[Any]]) -> None:
        self.departments, self.doctors = list(result[0]), list(result[1])
        self.fill()

    def fill(self) -> None:
        for combo in (self.department, self.doctor):
            combo.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), ALL)
        for d in self.departments:
            self.department.addItem(d.name, d.id)
        chosen = self.doctor.currentData()
        self.doctor.clear()
        if self._desk.actor.doctor_id is not None:
            self.doctor.addItem(self.tr("Mine (my list)"), MINE)
        self.doctor.addItem(self.tr("All doctors"), ALL)
        for d in self.doctors:
            self.doctor.addItem(f"{d.full_name} · {d.department_name}", d.id)
        index = self.doctor.findData(chosen) if chosen is not None else 0
        self.doctor.setCurrentIndex(max(0, index))
        for combo in (self.department, self.doctor):
            combo.blockSignals(False)

    def values(self) -> Filters:
        dept = self.department.currentData()
        doc = self.doctor.currentData()
        if doc == MINE:
            doc = self._desk.actor.doctor_id
        return (
            None if dept in (None, ALL) else dept,
            None if doc in (None, ALL) else doc,
            self.status.currentIndex() == 1,
        )

    def text(self) -> str:
        return self.search.text().strip()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
