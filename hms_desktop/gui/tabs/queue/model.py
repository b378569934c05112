"""The queue table: one row per QueueRow, in the order the service gives.

Every cell says what it means in words; colour only repeats it. The level column reads
"▲ Very urgent" (the delegate paints it as a chip in the level's colour), overdue rows say
"⚠ overdue" as well as turning bold and amber. ``tick()`` re-reads the clock for the Waiting and
Target columns only (dataChanged on two columns, no refetch).

A new snapshot is applied in place (issue 18): rows that left are removed, rows that arrived are
inserted, rows that moved are moved and rows that changed get a dataChanged, so the view repaints
what changed and keeps its selection and scroll position; a model reset only when most of the list
changed at once (cheaper then) or the triage scale changed. The words the cells say, in the desk's
language, are :mod:`.words`.

Painting is what a refresh costs the desk, and in Python its price is the number of calls Qt makes
into the model, not the work each does: a cell's paint roles (text, font, colours) are made once per
entry id and column, kept across moves, and handed to the delegate in one ``multiData`` call per
cell; ``flags`` is Qt's own (selectable, enabled, no children), not a Python override per cell.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.queue.words import Words, level_text, minutes, status_text
from hms_desktop.services.queue_types import QueueRow, ScaleLevelInfo

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
LEVEL_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the row's ScaleLevelInfo, None until triaged
OVERDUE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
CHIP_ROLE = int(Qt.ItemDataRole.UserRole) + 4  # (text, fill, ink) of the level chip, made per scale

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("QueueModel", "Token"),
    QT_TRANSLATE_NOOP("QueueModel", "Level"),
    QT_TRANSLATE_NOOP("QueueModel", "Patient"),
    QT_TRANSLATE_NOOP("QueueModel", "Complaint"),
    "NEWS2",
    QT_TRANSLATE_NOOP("QueueModel", "Waiting"),
    QT_TRANSLATE_NOOP("QueueModel", "Target"),
    QT_TRANSLATE_NOOP("QueueModel", "Doctor / room"),
    QT_TRANSLATE_NOOP("QueueModel", "Status"),
)
POS, TOKEN, LEVEL, PATIENT, COMPLAINT, NEWS2, WAITING, TARGET, DOCTOR, STATUS = range(len(COLUMNS))

PENDING_COLOURS = ("#CBD2D9", "#1F2933")  # grey chip, dark text
OVERDUE_BG, OVERDUE_FG = "#FFF1E0", "#9A3412"
CLOSED_FG = "#7B8794"

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_STYLE_ROLES = frozenset({_FONT, _BACKGROUND, _FOREGROUND, _ALIGN})
_CELL_ROLES = _STYLE_ROLES | {
    _DISPLAY,
    int(Qt.ItemDataRole.CheckStateRole.value),  # asked by the delegate, never set here
    int(Qt.ItemDataRole.DecorationRole.value),
}
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_BOLD: list[QFont] = []  # made on first use: a QFont wants the QGuiApplication to exist


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


_OVERDUE_BG = QBrush(QColor(OVERDUE_BG))
_OVERDUE_FG = QBrush(QColor(OVERDUE_FG))
_CLOSED_FG = QBrush(QColor(CLOSED_FG))


# a row's fields as one tuple, made in C and kept per entry id: comparing 500 rows a refresh with
# the dataclass's own __eq__ (two tuples built in Python per row) was a third of the model update
_fields = operator.attrgetter(*(f.name for f in dataclasses.fields(QueueRow)))


def _minute(when: dt.datetime) -> int:
    return int(when.timestamp() // 60)


def _runs(indexes: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending indexes as (first, last) runs of consecutive ones: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    out: list[tuple[int, int]] = []
    for i in indexes:
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


class QueueModel(QAbstractTableModel):
    def __init__(self, tz: dt.tzinfo, clock: Callable[[], dt.datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._clock = clock
        self._rows: list[QueueRow] = []
        self._scale: dict[str, ScaleLevelInfo] = {}
        self._positions: Mapping[int, int] = {}
        self._now = clock()
        self._minute = _minute(self._now)
        # (entry id, column) -> {role: value} of the paint roles, made on a cell's first paint
        self._cells: dict[tuple[int, int], dict[int, Any]] = {}
        self._fields: dict[int, tuple[Any, ...]] = {}  # entry id -> the shown row's fields
        self.words = Words(COLUMNS)  # the desk's language is chosen before any window is built
        self._level_texts: dict[str, str] = {}  # level -> "▲ Very urgent", made when the scale is set
        self._chips: dict[str, tuple[str, str, str]] = {}  # level -> (text, fill, ink), the same
        self._pending_chip = (self.words.pending, *PENDING_COLOURS)
        self.resets = 0  # model resets (set_rows), for tests and the benchmark

    # --- content --------------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[QueueRow],
        scale: Sequence[ScaleLevelInfo],
        positions: Mapping[int, int] | None = None,
    ) -> None:
        """Show ``rows`` in this order; ``positions``: entry id -> place among the waiting. Applied
        in place where rows only arrive, leave, move or change; a reset when that is most of them."""
        new = list(rows)
        levels = {lv.level: lv for lv in scale}
        places = dict(positions or {})
        if levels != self._scale or not self._rows or not new or not self._patch(new, places):
            self.beginResetModel()
            self._rows = new
            if levels != self._scale or not self._level_texts:
                self._level_texts = {lv: level_text(info, self.words) for lv, info in levels.items()}
                self._chips = {
                    lv: (self._level_texts[lv], info.colour, info.text_colour) for lv, info in levels.items()
                }
            self._scale = levels
            self._positions = places
            self._fields = {r.id: _fields(r) for r in new}
            self._now = self._clock()
            self._minute = _minute(self._now)
            self._cells = {}
            self.resets += 1
            self.endResetModel()
            return
        if _minute(self._clock()) != self._minute:
            self.tick()

    def _patch(self, new: list[QueueRow], places: dict[int, int]) -> bool:
        """Turn the shown rows into ``new`` by removes, moves and inserts, then dataChanged on the
        rows whose content or place number changed. False (nothing done) when that would take more
        steps than a reset is worth."""
        cur = self._rows
        wanted = {r.id for r in new}
        shown = {r.id for r in cur}
        gone = [i for i, r in enumerate(cur) if r.id not in wanted]
        steps = len(gone) + sum(1 for r in new if r.id not in shown)
        if steps > max(8, len(new) // 4):
            return False
        root = QModelIndex()
        for i in gone:  # a row that comes back later is new again: no text of its old state
            for col in range(len(COLUMNS)):
                self._cells.pop((cur[i].id, col), None)
        for start, end in reversed(_runs(gone)):  # bottom up: the indexes above stay valid
            self.beginRemoveRows(root, start, end)
            del cur[start : end + 1]
            self.endRemoveRows()
        moves = 0
        where = {r.id: i for i, r in enumerate(new)}
        limit = max(8, len(new) // 4)
        for i, row in enumerate(new):
            if i < len(cur) and cur[i].id == row.id:
                continue
            if i + 1 < len(cur) and cur[i + 1].id == row.id and where[cur[i].id] > i:
                # the row here went down the list (triaged to a lower level): one move down, not
                # one move up for every row it passed
                moves += 1
                if moves > limit:
                    return False
                dest = min(where[cur[i].id], len(cur) - 1)
                self.beginMoveRows(root, i, i, root, dest + 1)
                cur.insert(dest, cur.pop(i))
                self.endMoveRows()
                continue
            j = next((k for k in range(i + 1, len(cur)) if cur[k].id == row.id), -1)
            if j < 0:
                self.beginInsertRows(root, i, i)
                cur.insert(i, row)
                self.endInsertRows()
                continue
            moves += 1
            if moves > limit:  # a reshuffle: finish with a reset (the rows are consistent so far)
                return False
            self.beginMoveRows(root, j, j, root, i)
            cur.insert(i, cur.pop(j))
            self.endMoveRows()
        changed = []
        shown_fields, fields, old_places = self._fields, {}, self._positions
        for i, row in enumerate(new):
            rid = row.id
            fields[rid] = sig = _fields(row)  # kept: the next refresh compares with it, not rebuilt
            if shown_fields.get(rid) != sig:
                for col in range(len(COLUMNS)):
                    self._cells.pop((rid, col), None)
                changed.append(i)
            elif places.get(rid) != old_places.get(rid):
                self._cells.pop((rid, POS), None)
                changed.append(i)
            cur[i] = row
        self._fields = fields
        self._positions = places
        last = len(COLUMNS) - 1
        for start, end in _runs(changed):
            self.dataChanged.emit(self.index(start, 0), self.index(end, last))
        return True

    def tick(self) -> None:
        """The clock moved: repaint the Waiting and Target columns only."""
        self._now = self._clock()
        self._minute = _minute(self._now)
        self._cells = {k: v for k, v in self._cells.items() if k[1] not in (WAITING, TARGET)}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, WAITING),
                self.index(len(self._rows) - 1, TARGET),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole],
            )

    @property
    def rows(self) -> list[QueueRow]:
        return list(self._rows)

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_id(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), -1)

    def level_info(self, level: str | None) -> ScaleLevelInfo | None:
        return self._scale.get(level) if level else None

    def is_overdue(self, row: QueueRow) -> bool:
        return row.status == "waiting" and row.overdue_minutes(self._now) > 0

    # --- texts ----------------------------------------------------------------------------------

    def _hhmm(self, when: dt.datetime) -> str:
        return when.astimezone(self._tz).strftime("%H:%M")

    def waiting_text(self, row: QueueRow) -> str:
        if row.status == "waiting":
            return self.words.duration(minutes(self._now - row.arrived_at))
        if row.called_at is not None:
            waited = self.words.duration(minutes(row.called_at - row.arrived_at))
            return self.words.waited.format(duration=waited)
        return "—"

    def target_text(self, row: QueueRow) -> str:
        if row.status != "waiting":
            return "—"
        over = row.overdue_minutes(self._now)
        if over > 0:
            if over < 1:  # red has a target of 0: it is due this minute, not late yet
                return self.words.due_now
            return self.words.overdue.format(duration=self.words.duration(int(over)))
        return self.words.due.format(time=self._hhmm(row.due_at))

    def doctor_text(self, row: QueueRow) -> str:
        who = row.doctor_name or self.words.unassigned
        where = row.room or row.department_name
        return f"{who} · {where}" if where else who

    def text(self, row: QueueRow, column: int) -> str:
        if column == POS:
            pos = self._positions.get(row.id)
            return f"#{pos}" if pos else ""
        if column == TOKEN:
            return row.token_label
        if column == LEVEL:
            info = self.level_info(row.triage_level)
            if info is None:
                return self.words.pending
            return self._level_texts.get(info.level) or level_text(info, self.words)
        if column == PATIENT:
            return f"{row.patient_name}  ({row.age_sex})" if row.age_sex else row.patient_name
        if column == COMPLAINT:
            return row.chief_complaint or "—"
        if column == NEWS2:
            return "—" if row.news2_score is None else str(row.news2_score)
        if column == WAITING:
            return self.waiting_text(row)
        if column == TARGET:
            return self.target_text(row)
        if column == DOCTOR:
            return self.doctor_text(row)
        return status_text(row, self.words)

    # --- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        row, col = self._rows[r], index.column()
        if role in _CELL_ROLES:
            return self._cell(row, col).get(role)
        if role == _TOOLTIP:
            return self._tooltip(row, col)
        return self._value(row, col, role, col in (WAITING, TARGET) and self.is_overdue(row))

    def multiData(self, index: Index, span: Any) -> None:
        # the views' delegates ask for a cell's seven paint roles in one call here, not seven
        # calls to data(): each call from Qt into Python costs more than the cell's own work, and
        # a refresh repaints every visible cell (issue 18); the answers are kept per cell
        r = index.row()
        if not 0 <= r < len(self._rows):
            return
        row, col = self._rows[r], index.column()
        cell = self._cell(row, col)
        for item in span:
            role = item.role()
            value = cell.get(role) if role in _CELL_ROLES else self.data(index, role)
            if value is not None:
                item.setData(value)
            else:  # Qt reuses the span from cell to cell: a role with no answer must be cleared
                item.clearData()

    def _cell(self, row: QueueRow, col: int) -> dict[int, Any]:
        key = (row.id, col)
        cell = self._cells.get(key)
        if cell is None:
            overdue = col in (WAITING, TARGET) and self.is_overdue(row)
            cell = {_DISPLAY: self.text(row, col)}
            for role in _STYLE_ROLES:
                value = self._value(row, col, role, overdue)
                if value is not None:
                    cell[role] = value
            self._cells[key] = cell
        return cell

    def _value(self, row: QueueRow, col: int, role: int, overdue: bool) -> Any:
        """Every role but the display text and the tooltip: shared brushes and fonts, plain ints."""
        if role == ROW_ROLE:
            return row
        if role == CHIP_ROLE:
            return self._chips.get(row.triage_level or "") or self._pending_chip
        if role == LEVEL_ROLE:
            return self.level_info(row.triage_level)
        if role == OVERDUE_ROLE:
            return self.is_overdue(row)
        if role not in _STYLE_ROLES:
            return None
        if role == _FONT and (overdue or col == TOKEN):
            return _bold()
        if role == _BACKGROUND and overdue:
            return _OVERDUE_BG
        if role == _FOREGROUND:
            if overdue:
                return _OVERDUE_FG
            if not row.is_open:
                return _CLOSED_FG
        if role == _ALIGN and col in (POS, NEWS2):
            return _CENTER
        return None

    def _tooltip(self, row: QueueRow, col: int) -> str | None:
        if col == LEVEL:
            info = self.level_info(row.triage_level)
            if info is None:
                return self.words.not_triaged
            text = self.words.within.format(level=service_text(info.label), minutes=info.target_min)
            if row.override_reason:
                suggested = self.level_info(row.suggested_level)
                level = service_text(suggested.label) if suggested else row.suggested_level
                text += "\n" + self.words.changed_from.format(level=level, reason=row.override_reason)
            return text
        if col == PATIENT:
            return f"{row.patient_name} · {row.patient_mrn}"
        if col == DOCTOR:
            return " · ".join(x for x in (row.doctor_name, row.department_name, row.room) if x) or None
        if col == COMPLAINT and row.chief_complaint:
            return row.chief_complaint
        if col == TARGET and row.status == "waiting":
            arrived, due = self._hhmm(row.arrived_at), self._hhmm(row.due_at)
            return self.words.arrived.format(arrived=arrived, minutes=row.target_min, due=due)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.words.headers[section] if 0 <= section < len(COLUMNS) else None
        return None
