"""The prescription lines as a Qt table model: the text typed in each cell, the computed quantity in
grey, and the marks (cell -> tone, message) from the live checks and the service."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hms_desktop.domain import prescribing as rx
from hms_desktop.gui.tabs.consult.rx_line import COLUMNS, FIELDS, NUMBERS, RxLine, quantity_text
from hms_desktop.services.consultation_types import DrugLineInput

Index = QModelIndex | QPersistentModelIndex

AUTO_INK = QColor("#7b8794")
TONES = {"error": QColor("#fde2e1"), "allergy": QColor("#fde2e1"), "warning": QColor("#fff1d6")}


class RxModel(QAbstractTableModel):
    """The lines being written; marks (cell -> tone, message) come from checks and the service."""

    edited = Signal()  # the doctor changed a cell or added/removed a line (not: marks repainted)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[RxLine] = []
        self.marks: dict[tuple[int, str], tuple[str, str]] = {}
        self.drugs: dict[str, DrugLineInput] = {}  # completer text -> drug

    # --- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("RxModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = FIELDS[index.column()]
        line = self.lines[index.row()]
        if field == "sos_min_hours" and line.frequency.strip().upper() != "SOS" and not line.sos_min_hours:
            return base  # only for SOS
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        field = FIELDS[index.column()]
        own = getattr(line, field)
        auto = field == "quantity" and not own.strip()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if auto:
                return quantity_text(line.computed_quantity()) if role == Qt.ItemDataRole.DisplayRole else ""
            if field == "generic_name" and role == Qt.ItemDataRole.DisplayRole:
                return own.upper()
            return own
        if role == Qt.ItemDataRole.ForegroundRole and auto:
            return QBrush(AUTO_INK)
        if role == Qt.ItemDataRole.FontRole and auto:
            font = QFont()
            font.setItalic(True)
            return font
        mark = self.marks.get((index.row(), field))
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(TONES.get(mark[0], TONES["warning"]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark is not None:
                return mark[1]
            if auto:
                return self.tr("Computed from dose × frequency × days; type a number to change it")
        if role == Qt.ItemDataRole.TextAlignmentRole and field in (*NUMBERS, "quantity"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), FIELDS[index.column()]
        line = self.lines[row]
        text = "" if value is None else str(value).strip()
        drug = self.drugs.get(text) if field == "generic_name" else None
        if drug is not None:
            line.generic_name = drug.generic_name
            line.brand_name = drug.brand_name or ""
            for name in ("strength", "dosage_form", "route"):
                if getattr(drug, name):
                    setattr(line, name, getattr(drug, name))
        elif field in NUMBERS and text and not text.isdigit():
            return False
        elif field == "quantity" and text:
            try:
                if Decimal(text) <= 0:
                    return False
            except InvalidOperation:
                return False
            line.quantity = text
        else:
            if field == "frequency" and text.upper() in rx.FREQUENCIES:
                text = text.upper()
            setattr(line, field, text)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.edited.emit()
        return True

    # --- lines ----------------------------------------------------------------------------------

    def add_line(self, line: RxLine | None = None) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line or RxLine())
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.marks = {}
            self.edited.emit()

    def set_lines(self, lines: Sequence[RxLine]) -> None:
        self.beginResetModel()
        self.lines = [dataclasses.replace(x) for x in lines]
        self.marks = {}
        self.endResetModel()

    def filled(self) -> list[RxLine]:
        return [x for x in self.lines if not x.is_blank()]

    def set_marks(self, marks: dict[tuple[int, str], tuple[str, str]]) -> None:
        # only the colours and tooltips change: a dataChanged without roles would also make the view
        # reload an open cell editor from the model, wiping what the doctor is typing there
        self.marks = dict(marks)
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.lines) - 1, len(COLUMNS) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )
