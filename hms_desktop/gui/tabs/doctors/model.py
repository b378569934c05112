"""Table models of the Doctors tab: departments and doctors, read whole (a clinic has tens of each).

Registration expiry is flagged with colour AND words: expired in red ("EXPIRED"), within 30 days in
amber ("expires in N days").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hms_desktop.domain.money import format_inr
from hms_desktop.gui.i18n import named_date

if TYPE_CHECKING:
    from hms_desktop.services.clinic_types import DepartmentInfo, DoctorInfo


Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

EXPIRED_FG, EXPIRED_BG = QColor("#9b1c1c"), QColor("#fdecec")
SOON_FG, SOON_BG = QColor("#92400e"), QColor("#fff4e5")
INACTIVE_FG = QColor("#7b8794")


def registration_text(d: DoctorInfo, today: dt.date | None = None) -> str:
    when, number = named_date(d.reg_expiry, "dd MMM yyyy", "%d %b %Y"), d.reg_number
    if d.reg_expired:
        return QCoreApplication.translate("DoctorTableModel", "{number} — EXPIRED {date}").format(
            number=number, date=when
        )
    if d.reg_expiring_soon:
        days = (d.reg_expiry - (today or dt.date.today())).days
        if days <= 0:
            text = QCoreApplication.translate("DoctorTableModel", "{number} — expires today ({date})")
        elif days == 1:
            text = QCoreApplication.translate("DoctorTableModel", "{number} — expires in {days} day ({date})")
        else:
            text = QCoreApplication.translate(
                "DoctorTableModel", "{number} — expires in {days} days ({date})"
            )
        return text.format(number=number, days=days, date=when)
    return QCoreApplication.translate("DoctorTableModel", "{number} (to {date})").format(
        number=number, date=when
    )


class _RowsModel(QAbstractTableModel, Generic[T]):
    columns: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP in the subclass's own context

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        # looked up once here: headerData and data only read them
        context = type(self).__name__
        self._headers = tuple(QCoreApplication.translate(context, c) for c in self.columns)
        self._status = {
            True: QCoreApplication.translate("DoctorTableModel", "Active"),
            False: QCoreApplication.translate("DoctorTableModel", "Inactive"),
        }

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DepartmentTableModel(_RowsModel["DepartmentInfo"]):
    columns = (
        str(QT_TRANSLATE_NOOP("DepartmentTableModel", "Department")),
        str(QT_TRANSLATE_NOOP("DepartmentTableModel", "Code")),
        str(QT_TRANSLATE_NOOP("DepartmentTableModel", "Hours")),
        str(QT_TRANSLATE_NOOP("DepartmentTableModel", "Status")),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d: DepartmentInfo = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (d.name, d.code, d.hours_text, self._status[d.is_active])[col]
        if role == Qt.ItemDataRole.ForegroundRole and not d.is_active:
            return QBrush(INACTIVE_FG)
        return None


COLUMNS = (
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Doctor")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Department")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Registration")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Fee")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Daily cap")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Status")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Specialisation")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Room")),
    str(QT_TRANSLATE_NOOP("DoctorTableModel", "Qualifications")),
)
REG_COL, FEE_COL, CAP_COL, STATUS_COL = 2, 3, 4, 5


class DoctorTableModel(_RowsModel["DoctorInfo"]):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                d.full_name,
                d.department_name,
                registration_text(d, self.today),
                format_inr(d.consultation_fee),
                str(d.daily_cap),
                self._status[d.is_active],
                d.specialisation,
                d.room or "",
                d.qualifications,
            )
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (FEE_COL, CAP_COL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == REG_COL and d.reg_expired:
                return QBrush(EXPIRED_FG)
            if col == REG_COL and d.reg_expiring_soon:
                return QBrush(SOON_FG)
            if not d.is_active:
                return QBrush(INACTIVE_FG)
        if role == Qt.ItemDataRole.BackgroundRole and col == REG_COL:
            if d.reg_expired:
                return QBrush(EXPIRED_BG)
            if d.reg_expiring_soon:
                return QBrush(SOON_BG)
        return None
