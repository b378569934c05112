"""The Queue tab's board: the emergency lane above the regular queue, two tables of one model class.

A new snapshot resets both models and keeps the selected patient and each scroll position; with
nothing (still) selected the doctor's own called patient, else the first row, becomes current. The
row the buttons act on is the selected row of the table used last (:meth:`QueueLanes.current_row`).
Enter and the Menu key on a table, a double click and a right click are passed on as signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QTableView, QWidget

from hms_desktop.gui.forms import find
from hms_desktop.gui.tabs.queue.columns import ROW_HEIGHT, setup_queue_view
from hms_desktop.gui.tabs.queue.delegates import LevelChipDelegate
from hms_desktop.gui.tabs.queue.model import QueueModel
from hms_desktop.services.queue_types import QueueRow, QueueSnapshot

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext

LANE_ROWS_MAX = 5


def matches(row: QueueRow, text: str) -> bool:
    """The search box: a token ('#12', 'A-12', '12') exactly, or part of the name or MRN."""
    if not text:
        return True
    t = text.lower().lstrip("#")
    return (
        t == row.token_label.lower()
        or t == str(row.token_no)
        or t in row.patient_name.lower()
        or t in row.patient_mrn.lower()
    )


class QueueLanes(QObject):
    current_changed = Signal()  # the row the buttons act on may have changed
    activated = Signal(QTableView)  # Enter or a double click on a row
    menu_requested = Signal(QTableView, QPoint)  # a right click or the Menu key, at this point

    def __init__(self, ui: QWidget, desk: DeskContext, now: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._me = desk.actor.doctor_id
        self.frame = find(ui, QFrame, "emergencyFrame")
        self.empty = find(ui, QLabel, "emergencyEmptyLabel")
        self.header = find(ui, QLabel, "emergencyHeader")
        self.count_label = find(ui, QLabel, "countLabel")
        self.lane_view = find(ui, QTableView, "emergencyView")
        self.view = find(ui, QTableView, "queueView")
        self.frame.setVisible(False)
        self.empty.setVisible(False)
        self.lane_model = QueueModel(desk.clock.zone, now, self)
        self.model = QueueModel(desk.clock.zone, now, self)
        self._chip = LevelChipDelegate(self)
        for v, m in self.pairs():
            self._setup_view(v, m, desk)
        self.active: QTableView = self.view
        self._restoring = False
        self._header_height: tuple[str, int] | None = None  # (font, the lane header's height)

    def pairs(self) -> tuple[tuple[QTableView, QueueModel], tuple[QTableView, QueueModel]]:
        return (self.lane_view, self.lane_model), (self.view, self.model)

    def _setup_view(self, v: QTableView, m: QueueModel, desk: DeskContext) -> None:
        setup_queue_view(v, m, desk.actor.role, self._chip)
        v.customContextMenuRequested.connect(lambda pos, view=v: self.menu_requested.emit(view, pos))
        v.doubleClicked.connect(lambda _i, view=v: self.activated.emit(view))
        v.installEventFilter(self)
        v.selectionModel().currentRowChanged.connect(
            lambda cur, _prev, view=v: self._current_moved(view, cur)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.view, self.lane_view) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent) and isinstance(watched, QTableView)
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.activated.emit(watched)
                return True
            if event.key() == Qt.Key.Key_Menu:
                self.menu_requested.emit(watched, self.current_point(watched))
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def current_point(view: QTableView) -> QPoint:
        return view.visualRect(view.currentIndex()).center()

    # --- showing ----------------------------------------------------------------------------------

    def show(self, snap: QueueSnapshot, text: str, doctor_id: int | None) -> None:
        """Put ``snap`` in both tables (the search ``text`` and the doctor filter applied here)."""
        emergency = snap.emergency
        lane_ids = {r.id for r in emergency}
        rest = [r for r in snap.rows if r.id not in lane_ids]  # snap.regular, the lane found once
        lane = [r for r in emergency if matches(r, text)] if text else emergency
        if text or doctor_id is not None:
            regular = [
                r for r in rest if matches(r, text) and (doctor_id is None or r.doctor_id == doctor_id)
            ]
        else:
            regular = rest
        waiting = [r for r in (*emergency, *regular) if r.status == "waiting"]
        # "#n": the place in the order Call next takes for the doctor whose list this is (the
        # service's call order, the one ordering both use), whatever the search hides
        positions = {entry_id: n for n, entry_id in enumerate(snap.call_order, start=1)}
        if doctor_id is not None:
            self.header.setText(self.tr("■ ▲  EMERGENCY — red and orange  (every doctor's list)"))
        else:
            self.header.setText(self.tr("■ ▲  EMERGENCY — red and orange"))
        selected = self.current_row()
        scrolls = (self.lane_view.verticalScrollBar().value(), self.view.verticalScrollBar().value())
        self._restoring = True
        try:
            self.lane_model.set_rows(lane, snap.scale, positions)
            self.model.set_rows(regular, snap.scale, positions)
            self.lane_view.verticalScrollBar().setValue(scrolls[0])
            self.view.verticalScrollBar().setValue(scrolls[1])
            if selected is None or not self.select(selected.id, scroll=False):
                self._choose_current()
        finally:
            self._restoring = False
        self._size_lane(len(lane))
        lane_wait = sum(1 for r in lane if r.status == "waiting")
        if text:
            count = self.tr("{waiting} waiting · {emergency} emergency · {shown} shown")
        else:
            count = self.tr("{waiting} waiting · {emergency} emergency")
        shown = len(lane) + len(regular)
        self.count_label.setText(count.format(waiting=len(waiting), emergency=lane_wait, shown=shown))
        self.current_changed.emit()

    def _size_lane(self, rows: int) -> None:
        self.frame.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        if rows:
            # the header's size hint asks the model for every title: once per font, not per refresh
            titles = self.lane_view.horizontalHeader()
            if self._header_height is None or self._header_height[0] != titles.font().key():
                self._header_height = (titles.font().key(), titles.sizeHint().height())
            header = self._header_height[1]
            shown = min(rows, LANE_ROWS_MAX)
            self.lane_view.setFixedHeight(header + shown * ROW_HEIGHT + 4)
            self.frame.setFixedHeight(self.lane_view.height() + self.header.sizeHint().height() + 4)

    def tick(self) -> None:
        self.lane_model.tick()
        self.model.tick()

    # --- the current row --------------------------------------------------------------------------

    def select(self, entry_id: int, *, scroll: bool = True) -> bool:
        """Make ``entry_id`` the current row (without taking the focus)."""
        for v, m in self.pairs():
            row = m.find_id(entry_id)
            if row >= 0:
                index = m.index(row, 1)
                v.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                if scroll:
                    v.scrollTo(index)
                self.set_active(v)
                return True
        return False

    def _choose_current(self) -> None:
        """Nothing (still) selected: the doctor's own called or in-consultation patient, else the
        first row, becomes the current, selected row, so the buttons and Ctrl+O act on the row the
        list shows as current (without this a fresh list had no row, or a focus frame on row 1 that
        Qt had made current but not selected, and every row button stayed grey)."""
        me = self._me
        for model in (self.lane_model, self.model):
            mine = next(
                (
                    r
                    for r in model.rows
                    if me is not None and r.doctor_id == me and r.status in ("called", "in_consult")
                ),
                None,
            )
            if mine is not None:
                self.select(mine.id, scroll=False)
                return
        for model in (self.model, self.lane_model):
            first = model.row_at(0)
            if first is not None:
                self.select(first.id, scroll=False)
                return

    def focus_first_shown(self) -> None:
        """The first patient shown becomes the current one and its table takes the keyboard."""
        for view, model in self.pairs():
            first = model.row_at(0) if view.isVisible() and model.rowCount() else None
            if first is not None:
                self.select(first.id)
                view.setFocus()
                self.current_changed.emit()
                return

    def set_active(self, view: QTableView) -> None:
        self.active = view
        other = self.view if view is self.lane_view else self.lane_view
        other.selectionModel().clearSelection()
        other.selectionModel().setCurrentIndex(
            other.model().index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def _current_moved(self, view: QTableView, current: Any) -> None:
        if current.isValid() and not self._restoring:
            self.set_active(view)
            if not view.selectionModel().isRowSelected(current.row(), current.parent()):
                # Qt makes a row current without selecting it when the list takes the focus:
                # the row with the focus frame is the one the buttons act on
                view.selectionModel().select(
                    current,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.current_changed.emit()

    def current_row(self) -> QueueRow | None:
        v = self.active
        index = v.currentIndex()
        if not index.isValid() or not v.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        model = v.model()
        assert isinstance(model, QueueModel)
        return model.row_at(index.row())
