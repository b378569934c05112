"""The slot grid: rows are local start times, columns are doctors (department day) or days (week).

Every cell says its status in words ("Free", "Booked · Asha Rao") and is coloured by it too: colour
is never the only signal. ``SLOT_ROLE`` returns the cell's Slot (or None where nobody sits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hms_desktop.gui.tabs.appointments.timefmt import hhmm

Index = QModelIndex | QPersistentModelIndex
SLOT_ROLE = int(Qt.ItemDataRole.UserRole) + 1

# the words of each status, in English; status_text() says them in the desk's language
STATUS_TEXT = {
    "free": str(QT_TRANSLATE_NOOP("SlotGridModel", "Free")),
    "booked": str(QT_TRANSLATE_NOOP("SlotGridModel", "Booked")),
    "checked_in": str(QT_TRANSLATE_NOOP("SlotGridModel", "Checked in")),
    "completed": str(QT_TRANSLATE_NOOP("SlotGridModel", "Completed")),
    "no_show": str(QT_TRANSLATE_NOOP("SlotGridModel", "No-show")),
    "past": str(QT_TRANSLATE_NOOP("SlotGridModel", "Past")),
}
# background, text
STATUS_COLOURS = {
    "free": ("#e7f6ec", "#14532d"),
    "booked": ("#dbeafe", "#1e3a8a"),
    "checked_in": ("#fef3c7", "#78350f"),
    "completed": ("#e5e7eb", "#374151"),
    "no_show": ("#fdecec", "#9b1c1c"),
    "past": ("#f4f6f8", "#7b8794"),
}
NO_SESSION = "—"


def status_text(status: str) -> str:
    """A slot's status in words, in the desk's language."""
    if status in STATUS_TEXT:
        return QCoreApplication.translate("SlotGridModel", STATUS_TEXT[status])
    return status.replace("_", " ").capitalize()


def legend_html() -> str:
    parts = []
    for status in STATUS_TEXT:
        bg, fg = STATUS_COLOURS[status]
        text = status_text(status)
        parts.append(f'<span style="background:{bg}; color:{fg};">&nbsp;{text}&nbsp;</span>')  # notr: markup
    return " ".join(parts)


def slot_text(slot: Any) -> str:
    label = status_text(slot.status)
    return f"{label} · {slot.patient_name}" if slot.patient_name else label


class SlotGridModel(QAbstractTableModel):
    def __init__(self, tz: dt.tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._columns: list[str] = []
        self._rows: list[str] = []
        self._cells: dict[tuple[int, int], Any] = {}

    def set_columns(self, columns: Sequence[tuple[str, Sequence[Any]]]) -> None:
        """``columns``: (header, slots) pairs; rows are the union of the slots' local start times."""
        times = sorted({hhmm(s.starts_at, self._tz) for _, slots in columns for s in slots})
        row_of = {t: i for i, t in enumerate(times)}
        cells = {}
        for c, (_, slots) in enumerate(columns):
            for s in slots:
                cells[(row_of[hhmm(s.starts_at, self._tz)], c)] = s
        self.beginResetModel()
        self._columns = [h for h, _ in columns]
        self._rows = times
        self._cells = cells
        self.endResetModel()

    def slot_at(self, row: int, col: int) -> Any:
        return self._cells.get((row, col))

    def slots(self) -> list[Any]:
        return list(self._cells.values())

    def find(self, predicate: Any) -> QModelIndex:
        for (r, c), s in sorted(self._cells.items()):
            if predicate(s):
                return self.index(r, c)
        return QModelIndex()

    def counts(self) -> Mapping[str, int]:
        out: dict[str, int] = {}
        for s in self._cells.values():
            out[s.status] = out.get(s.status, 0) + 1
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)
        ):
            return None
        slot = self._cells.get((index.row(), index.column()))
        if role == SLOT_ROLE:
            return slot
        if role == Qt.ItemDataRole.DisplayRole:
            return NO_SESSION if slot is None else slot_text(slot)
        if role == Qt.ItemDataRole.ToolTipRole and slot is not None:
            span = f"{hhmm(slot.starts_at, self._tz)}–{hhmm(slot.ends_at, self._tz)}"
            return f"{self._columns[index.column()]}, {span}: {slot_text(slot)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("No session at this time")
        if slot is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#9aa5b1"))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        bg, fg = STATUS_COLOURS.get(slot.status, ("#ffffff", "#1f2933"))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(bg))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(fg))
        if role == Qt.ItemDataRole.FontRole and slot.status in ("booked", "checked_in"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
