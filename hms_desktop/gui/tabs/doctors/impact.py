"""The table of appointments a doctor's leave hits, with the suggested slot for each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hms_desktop.gui.tabs.appointments.timefmt import day_time

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    str(QT_TRANSLATE_NOOP("ImpactModel", "Patient")),
    str(QT_TRANSLATE_NOOP("ImpactModel", "MRN")),
    str(QT_TRANSLATE_NOOP("ImpactModel", "Booked for")),
    str(QT_TRANSLATE_NOOP("ImpactModel", "Suggested slot")),
    str(QT_TRANSLATE_NOOP("ImpactModel", "Doctor")),
    str(QT_TRANSLATE_NOOP("ImpactModel", "Status")),
)
STATUS_COL = 5


class ImpactModel(QAbstractTableModel):
    def __init__(self, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._rows: list[Any] = []
        self._done: dict[int, Any] = {}  # appointment id -> the rebooked AppointmentInfo
        self._headers = tuple(QCoreApplication.translate("ImpactModel", c) for c in COLUMNS)  # once
        self._words = {
            "no slot": self.tr("No free slot within 30 days"),
            "other": self.tr("Another doctor of the department"),
            "done": self.tr("Rebooked"),
            "to rebook": self.tr("To rebook"),
            "call": self.tr("Call the patient"),
        }

    def set_rows(self, suggestions: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(suggestions)
        self._done = {}
        self.endResetModel()

    @staticmethod
    def choice(s: Any) -> Any:
        return s.same_doctor or s.other_doctor

    def moves(self) -> list[tuple[int, int, dt.datetime]]:
        out = []
        for s in self._rows:
            slot = self.choice(s)
            if slot is not None and s.appointment.id not in self._done:
                out.append((s.appointment.id, slot.doctor_id, slot.starts_at))
        return out

    def mark_rebooked(self, moved: Sequence[Any]) -> None:
        by_old = {m[0]: m for m in self.moves()}
        for info, old_id in zip(moved, list(by_old), strict=False):
            self._done[old_id] = info
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s, col = self._rows[index.row()], index.column()
        a, slot = s.appointment, self.choice(s)
        done = a.id in self._done
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return a.patient_name
            if col == 1:
                return a.patient_mrn
            if col == 2:
                return day_time(a.starts_at, self._tz)
            if col == 3:
                return day_time(slot.starts_at, self._tz) if slot else self._words["no slot"]
            if col == 4:
                if slot is None:
                    return ""
                same = s.same_doctor is not None
                if same:
                    return self.tr("{doctor} (same doctor)").format(doctor=a.doctor_name)
                return self._words["other"]
            if col == STATUS_COL:
                if done:
                    return self._words["done"]
                return self._words["to rebook"] if slot else self._words["call"]
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS_COL:
            if done:
                return QBrush(QColor("#14532d"))
            if slot is None:
                return QBrush(QColor("#9b1c1c"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(COLUMNS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
