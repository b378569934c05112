"""The Doctors tab (``ui/doctors.ui``): the clinic's doctors from ``services.clinic.list_doctors``.

A clinic has tens of doctors, not millions, so the list is read whole on a worker and shown by a
small table model. Registration expiry is flagged in words, not colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from hms_desktop.domain.money import format_inr
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.clinic import DoctorInfo
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Doctor", "Department", "Specialisation", "Qualifications", "Room", "Fee", "Registration")
FEE_COL, REG_COL = 5, 6


def registration_text(d: DoctorInfo) -> str:
    when = d.reg_expiry.strftime("%d %b %Y")
    if d.reg_expired:
        return f"{d.reg_number} — EXPIRED {when}"
    if d.reg_expiring_soon:
        return f"{d.reg_number} — expires {when}"
    return f"{d.reg_number} (to {when})"


class DoctorTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DoctorInfo] = []

    def set_rows(self, rows: Sequence[DoctorInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                d.full_name,
                d.department_name,
                d.specialisation,
                d.qualifications,
                d.room or "",
                format_inr(d.consultation_fee),
                registration_text(d),
            )
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == FEE_COL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == REG_COL:
            if d.reg_expired:
                return QBrush(QColor("#9b1c1c"))
            if d.reg_expiring_soon:
                return QBrush(QColor("#92400e"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DoctorsTab(QWidget):
    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor = ops, services, actor
        self.ui = load_form("doctors.ui", self)
        self.table = find(self.ui, QTableView, "tableView")
        self.count_label = find(self.ui, QLabel, "countLabel")
        self.message = find(self.ui, QLabel, "messageLabel")
        set_message(self.message, "")
        self.model = DoctorTableModel(self)
        t = self.table
        t.setModel(self.model)
        t.setAlternatingRowColors(True)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(28)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for col, width in enumerate((210, 150, 170, 170, 70, 100)):
            t.setColumnWidth(col, width)

    def refresh(self) -> None:
        clinic, actor = self._services.clinic, self._actor
        self.count_label.setText("Loading…")
        self._ops.run(
            lambda: clinic.list_doctors(actor, active_only=False),
            self._loaded,
            self._failed,
            timeout_s=30,
            what="reading the doctors",
        )

    def _loaded(self, rows: Sequence[DoctorInfo]) -> None:
        self.model.set_rows(rows)
        active = sum(1 for d in rows if d.is_active)
        self.count_label.setText(f"{active} active doctor{'' if active == 1 else 's'}")
        set_message(self.message, "")
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(header.count() - 1):
            header.resizeSection(col, min(header.sectionSize(col) + 16, 320))

    def _failed(self, error: HmsError) -> None:
        self.count_label.setText("")
        set_message(self.message, error.message)
