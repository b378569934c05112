"""The Queue tab (``ui/queue.ui``): today's queue in call order, the emergency lane above it.

The tab follows the desk's change broadcast (:class:`hms_desktop.gui.live.ChangeHub`: this desk's
writes and the other desks') and re-reads the snapshot on a worker when the queue changed or a filter
changes (once per change: its own actions do not refresh it as well); the model reset keeps the selected
patient and the scroll position, and never takes the focus or touches an open dialog. The Waiting
and Target columns tick on a timer without a refetch.

Buttons follow the role (the service still checks): the desk triages, assigns, transfers and marks
who left; a doctor calls the next patient to their room, starts and finishes the consultation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from hms_desktop.domain.permissions import Action, allowed, sees_triage
from hms_desktop.domain.queue import StillCalled
from hms_desktop.errors import ConcurrentChange, HmsError
from hms_desktop.gui.forms import find, load_form, repolish, set_message
from hms_desktop.gui.live import ChangeSet
from hms_desktop.gui.tabs.consult.drafts import DraftStore
from hms_desktop.gui.tabs.consult.workspace import ConsultationWorkspace
from hms_desktop.gui.tabs.queue.delegates import LevelChipDelegate
from hms_desktop.gui.tabs.queue.dialogs import AssignDialog, LeftDialog, TransferDialog
from hms_desktop.gui.tabs.queue.model import COMPLAINT, DOCTOR, LEVEL, NEWS2, QueueModel
from hms_desktop.gui.tabs.queue.still_called import StillCalledDialog
from hms_desktop.gui.tabs.queue.triage_dialog import TriageDialog
from hms_desktop.gui.widgets.tables import setup_list_view
from hms_desktop.services.changes import ChangeTopic
from hms_desktop.services.queue_types import QueueRow, QueueSnapshot, StillCalledError

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

ALL = -1
MINE = -2
TICK_MS = 15_000
LANE_ROWS_MAX = 5
ROW_HEIGHT = 32
TOPICS = frozenset({ChangeTopic.QUEUE})
WIDTHS = (44, 60, 150, 190, 200, 68, 112, 170, 200, 125)


def initials(name: str) -> str:
    return " ".join(f"{part[0].upper()}." for part in name.split()[:2] if part)


class QueueTab(QWidget):
    print_slip_requested = Signal(int)  # entry id: the main window shows the slip's PDF preview
    refreshed = Signal()  # a snapshot was applied (tests and screenshots wait for it)

    def __init__(self, desk: DeskContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        ops, actor = desk.ops, desk.actor
        self._ops, self._services, self._actor = ops, services, actor
        self.queue = services.queue
        self.tz = desk.clock.zone
        self.ui = load_form("queue.ui", self)
        self.department = find(self.ui, QComboBox, "departmentCombo")
        self.doctor = find(self.ui, QComboBox, "doctorCombo")
        self.status = find(self.ui, QComboBox, "statusCombo")
        self.search = find(self.ui, QLineEdit, "searchEdit")
        self.live = find(self.ui, QLabel, "liveLabel")
        self.count_label = find(self.ui, QLabel, "countLabel")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.offer_frame = find(self.ui, QFrame, "offerFrame")
        self.offer_label = find(self.ui, QLabel, "offerLabel")
        self.lane_frame = find(self.ui, QFrame, "emergencyFrame")
        self.lane_empty = find(self.ui, QLabel, "emergencyEmptyLabel")
        self.lane_view = find(self.ui, QTableView, "emergencyView")
        self.view = find(self.ui, QTableView, "queueView")
        self.lane_header = find(self.ui, QLabel, "emergencyHeader")
        fixed, preferred = QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred
        self.lane_header.setSizePolicy(preferred, fixed)
        self.lane_frame.setSizePolicy(preferred, QSizePolicy.Policy.Maximum)
        set_message(self.message, "")
        self.offer_frame.setVisible(False)
        self.lane_frame.setVisible(False)
        self.lane_empty.setVisible(False)
        names = (
            "triageButton", "assignButton", "callNextButton", "callAgainButton", "startButton",
            "finishButton", "notAnsweredButton", "leftButton", "transferButton", "printButton",
            "promoteButton", "dismissOfferButton",
        )  # fmt: skip
        self.buttons = {n: find(self.ui, QPushButton, n) for n in names}
        role = actor.role
        self.can_manage = allowed(role, Action.QUEUE_MANAGE)
        self.can_triage = allowed(role, Action.TRIAGE_RECORD)
        self.can_call = allowed(role, Action.QUEUE_CALL_NEXT) and actor.doctor_id is not None
        self.lane_model = QueueModel(self.tz, self.queue.clock.now, self)
        self.model = QueueModel(self.tz, self.queue.clock.now, self)
        self._delegate = LevelChipDelegate(self)
        for v, m in ((self.lane_view, self.lane_model), (self.view, self.model)):
            self._setup_view(v, m)
        self._active: QTableView = self.view
        self._restoring = False
        self.snapshot: QueueSnapshot | None = None
        self.departments: list[Any] = []
        self.doctors: list[Any] = []
        self.dialog: Any = None  # the open dialog, for tests and screenshots
        self.menu: QMenu | None = None
        self._in_flight = False
        self._pending = False
        self._offers_in_flight = False
        self.offer: tuple[Any, QueueRow] | None = None
        self._dismissed: set[tuple[int, int]] = set()
        self.hub = ops.changes
        self.hub.changed.connect(self._changes_seen)
        self.hub.connection.connect(self._connection)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self._fill_filters()
        self.department.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.doctor.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.status.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.search.textChanged.connect(lambda _t: self._show())
        self.search.returnPressed.connect(self._search_return)
        self._wire_buttons()
        self._shortcuts()
        self._consult_setup()
        self._update_buttons()

    # --- set-up -----------------------------------------------------------------------------------

    def _setup_view(self, v: QTableView, m: QueueModel) -> None:
        # Minimum necessary: the service blanks the complaint and NEWS2 for a role that does not
        # triage (cashier, administrator); the columns go too, rather than a list of dashes.
        clinical = sees_triage(self._actor.role)
        setup_list_view(v, m, WIDTHS, COMPLAINT if clinical else DOCTOR)
        for col in (COMPLAINT, NEWS2):
            v.setColumnHidden(col, not clinical)
        v.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        v.setItemDelegateForColumn(LEVEL, self._delegate)
        v.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        v.customContextMenuRequested.connect(lambda pos, view=v: self._context_menu(view, pos))
        v.doubleClicked.connect(lambda _i, view=v: self._activated(view))
        v.installEventFilter(self)
        v.selectionModel().currentRowChanged.connect(
            lambda cur, _prev, view=v: self._current_moved(view, cur)
        )

    def _fill_filters(self) -> None:
        for combo in (self.department, self.doctor):
            combo.blockSignals(True)
        self.department.clear()
        self.department.addItem("All departments", ALL)
        for d in self.departments:
            self.department.addItem(d.name, d.id)
        chosen = self.doctor.currentData()
        self.doctor.clear()
        if self._actor.doctor_id is not None:
            self.doctor.addItem("Mine (my list)", MINE)
        self.doctor.addItem("All doctors", ALL)
        for d in self.doctors:
            self.doctor.addItem(f"{d.full_name} · {d.department_name}", d.id)
        index = self.doctor.findData(chosen) if chosen is not None else 0
        self.doctor.setCurrentIndex(max(0, index))
        for combo in (self.department, self.doctor):
            combo.blockSignals(False)

    def _wire_buttons(self) -> None:
        b = self.buttons
        b["triageButton"].clicked.connect(self.triage)
        b["assignButton"].clicked.connect(self.assign)
        b["callNextButton"].clicked.connect(lambda: self.call_next())  # not clicked's bool as the choice
        b["callAgainButton"].clicked.connect(self.call_again)
        b["startButton"].clicked.connect(self.start_consult)
        b["finishButton"].clicked.connect(self.finish)
        b["notAnsweredButton"].clicked.connect(self.not_answered)
        b["leftButton"].clicked.connect(self.mark_left)
        b["transferButton"].clicked.connect(self.transfer)
        b["printButton"].clicked.connect(self.print_slip)
        b["promoteButton"].clicked.connect(self.promote)
        b["dismissOfferButton"].clicked.connect(self.dismiss_offer)
        b["triageButton"].setVisible(self.can_triage)
        b["assignButton"].setVisible(self.can_manage)
        for name in ("callNextButton", "callAgainButton", "startButton", "finishButton"):
            b[name].setVisible(self.can_call)
        b["notAnsweredButton"].setVisible(self.can_call or self.can_manage)
        b["leftButton"].setVisible(self.can_manage)
        b["transferButton"].setVisible(self.can_manage or self.can_call)
        b["promoteButton"].setVisible(self.can_manage)

    def _shortcuts(self) -> None:
        for keys, slot in (
            (("Ctrl+T",), self.triage),
            (("Ctrl+Return", "Ctrl+Enter"), lambda: self.call_next()),
            (("Ctrl+P",), self.print_slip),
            (("Ctrl+F",), self._focus_search),
            (("F5",), self.refresh),
        ):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_return(self) -> None:
        """Enter in the search box: the first patient shown becomes the current one, and the list
        takes the keyboard (Ctrl+T, Enter... act on them next)."""
        for view, model in ((self.lane_view, self.lane_model), (self.view, self.model)):
            first = model.row_at(0) if view.isVisible() and model.rowCount() else None
            if first is not None:
                self._select(first.id)
                view.setFocus()
                self._update_buttons()
                return

    # --- loading ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Read departments and doctors for the filters, then follow the queue live."""
        clinic, actor = self._services.clinic, self._actor
        self._ops.run(
            lambda: (clinic.list_departments(actor, active_only=True), clinic.list_doctors(actor)),
            self._organisation,
            self._failed,
            timeout_s=30,
            what="reading departments and doctors",
        )
        self.hub.follow(self, TOPICS, self._services.changes, self._actor)
        self.refresh()
        self.ticker.start()

    def stop(self) -> None:
        self.hub.unfollow(self)
        self.ticker.stop()

    def main_control(self) -> QWidget:
        return self.view

    def _changes_seen(self, changes: ChangeSet) -> None:
        if changes.touches(TOPICS):
            self.refresh()

    def _organisation(self, result: tuple[Sequence[Any], Sequence[Any]]) -> None:
        self.departments, self.doctors = list(result[0]), list(result[1])
        self._fill_filters()

    def filters(self) -> tuple[int | None, int | None, bool]:
        dept = self.department.currentData()
        doc = self.doctor.currentData()
        if doc == MINE:
            doc = self._actor.doctor_id
        return (
            None if dept in (None, ALL) else dept,
            None if doc in (None, ALL) else doc,
            self.status.currentIndex() == 1,
        )

    def _filter_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-read the snapshot on a worker (one read at a time; a request meanwhile runs after it)."""
        if self._in_flight:
            self._pending = True
            return
        self._in_flight = True
        dept, doc, closed = key = self.filters()
        queue, actor = self.queue, self._actor
        # the doctor filter applies on this side: the emergency lane shows every doctor's red and
        # orange patients (call-next takes any red), only the regular table narrows to one list
        self._ops.run(
            lambda: queue.snapshot(actor, department_id=dept, include_closed=closed, call_order_for=doc),
            lambda snap: self._arrived(key, snap),
            self._read_failed,
            timeout_s=15,
            what="reading the queue",
        )

    def _arrived(self, key: tuple[int | None, int | None, bool], snapshot: QueueSnapshot) -> None:
        self._in_flight = False
        if self._pending or key != self.filters():
            self._pending = False
            self.refresh()  # something changed while this was read: the newer read wins
            if key != self.filters():
                return
        self.snapshot = snapshot
        self._show()
        local = snapshot.taken_at.astimezone(self.tz)
        self._set_live(f"● Live · updated {local:%H:%M:%S}", "on")
        self.refreshed.emit()
        self._check_offers()

    def _read_failed(self, error: HmsError) -> None:
        self._in_flight = False
        if self._pending:
            self._pending = False
            self.refresh()
        self._failed(error)

    def _connection(self, ok: bool) -> None:
        if not ok:
            self._set_live("○ Offline · reconnecting…", "off")
        else:
            self.refresh()

    def _set_live(self, text: str, state: str) -> None:
        self.live.setText(text)
        if self.live.property("state") != state:
            self.live.setProperty("state", state)
            repolish(self.live)

    def tick(self) -> None:
        self.lane_model.tick()
        self.model.tick()

    # --- showing ----------------------------------------------------------------------------------

    def _matches(self, row: QueueRow, text: str) -> bool:
        if not text:
            return True
        t = text.lower().lstrip("#")
        return (
            t == row.token_label.lower()
            or t == str(row.token_no)
            or t in row.patient_name.lower()
            or t in row.patient_mrn.lower()
        )

    def _show(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        text = self.search.text().strip()
        doctor_id = self.filters()[1]
        lane = [r for r in snap.emergency if self._matches(r, text)]
        regular = [
            r
            for r in snap.regular
            if self._matches(r, text) and (doctor_id is None or r.doctor_id == doctor_id)
        ]
        waiting = [r for r in (*snap.emergency, *regular) if r.status == "waiting"]
        # "#n": the place in the order Call next takes for the doctor whose list this is (the
        # service's call order, the one ordering both use), whatever the search hides
        positions = {entry_id: n for n, entry_id in enumerate(snap.call_order, start=1)}
        self.lane_header.setText(
            "■ ▲  EMERGENCY — red and orange" + ("  (every doctor's list)" if doctor_id is not None else "")
        )
        selected = self.current_row()
        scrolls = (self.lane_view.verticalScrollBar().value(), self.view.verticalScrollBar().value())
        self._restoring = True
        try:
            self.lane_model.set_rows(lane, snap.scale, positions)
            self.model.set_rows(regular, snap.scale, positions)
            self.lane_view.verticalScrollBar().setValue(scrolls[0])
            self.view.verticalScrollBar().setValue(scrolls[1])
            if selected is None or not self._select(selected.id, scroll=False):
                self._choose_current()
        finally:
            self._restoring = False
        self._size_lane(len(lane))
        n_wait = len(waiting)
        lane_wait = sum(1 for r in lane if r.status == "waiting")
        self.count_label.setText(
            f"{n_wait} waiting · {lane_wait} emergency"
            + (f" · {len(lane) + len(regular)} shown" if text else "")
        )
        self._update_buttons()

    def _size_lane(self, rows: int) -> None:
        self.lane_frame.setVisible(rows > 0)
        self.lane_empty.setVisible(rows == 0)
        if rows:
            header = self.lane_view.horizontalHeader().sizeHint().height()
            shown = min(rows, LANE_ROWS_MAX)
            self.lane_view.setFixedHeight(header + shown * ROW_HEIGHT + 4)
            self.lane_frame.setFixedHeight(self.lane_view.height() + self.lane_header.sizeHint().height() + 4)

    def _select(self, entry_id: int, *, scroll: bool = True) -> bool:
        """Make ``entry_id`` the current row (without taking the focus)."""
        for v, m in ((self.lane_view, self.lane_model), (self.view, self.model)):
            row = m.find_id(entry_id)
            if row >= 0:
                index = m.index(row, 1)
                v.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                if scroll:
                    v.scrollTo(index)
                self._set_active(v)
                return True
        return False

    def _choose_current(self) -> None:
        """Nothing (still) selected: the doctor's own called or in-consultation patient, else the
        first row, becomes the current, selected row, so the buttons and Ctrl+O act on the row the
        list shows as current (without this a fresh list had no row, or a focus frame on row 1 that
        Qt had made current but not selected, and every row button stayed grey)."""
        me = self._actor.doctor_id
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
                self._select(mine.id, scroll=False)
                return
        for model in (self.model, self.lane_model):
            first = model.row_at(0)
            if first is not None:
                self._select(first.id, scroll=False)
                return

    def select_entry(self, entry_id: int) -> bool:
        ok = self._select(entry_id)
        self._update_buttons()
        return ok

    def _set_active(self, view: QTableView) -> None:
        self._active = view
        other = self.view if view is self.lane_view else self.lane_view
        other.selectionModel().clearSelection()
        other.selectionModel().setCurrentIndex(
            other.model().index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def _current_moved(self, view: QTableView, current: Any) -> None:
        if current.isValid() and not self._restoring:
            self._set_active(view)
            if not view.selectionModel().isRowSelected(current.row(), current.parent()):
                # Qt makes a row current without selecting it when the list takes the focus:
                # the row with the focus frame is the one the buttons act on
                view.selectionModel().select(
                    current,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._update_buttons()

    def current_row(self) -> QueueRow | None:
        v = self._active
        index = v.currentIndex()
        if not index.isValid() or not v.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        model = v.model()
        assert isinstance(model, QueueModel)
        return model.row_at(index.row())

    # --- buttons, keys and the context menu ------------------------------------------------------

    def _update_buttons(self) -> None:
        r = self.current_row()
        me = self._actor.doctor_id
        st = r.status if r is not None else None
        b = self.buttons
        b["triageButton"].setEnabled(self.can_triage and r is not None and r.is_open)
        b["assignButton"].setEnabled(self.can_manage and st == "waiting")
        b["callNextButton"].setEnabled(self.can_call)
        b["callAgainButton"].setEnabled(
            self.can_call and st in ("waiting", "called") and r is not None and r.doctor_id in (None, me)
        )
        b["startButton"].setEnabled(
            self.can_call and st in ("called", "in_consult") and r is not None and r.doctor_id == me
        )
        b["finishButton"].setEnabled(
            self.can_call and st in ("called", "in_consult") and r is not None and r.doctor_id == me
        )
        b["notAnsweredButton"].setEnabled((self.can_call or self.can_manage) and st == "called")
        b["leftButton"].setEnabled(self.can_manage and st in ("waiting", "called"))
        b["transferButton"].setEnabled((self.can_manage or self.can_call) and r is not None and r.is_open)
        b["printButton"].setEnabled(r is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.view, self.lane_view) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                assert isinstance(watched, QTableView)
                self._activated(watched)
                return True
            if event.key() == Qt.Key.Key_Menu:
                assert isinstance(watched, QTableView)
                self._context_menu(watched, watched.visualRect(watched.currentIndex()).center())
                return True
        return super().eventFilter(watched, event)

    def _activated(self, view: QTableView) -> None:
        self._set_active(view)
        if self.can_triage and not self.can_call and self.buttons["triageButton"].isEnabled():
            self.triage()
        else:
            self._context_menu(view, view.visualRect(view.currentIndex()).center())

    def _context_menu(self, view: QTableView, pos: QPoint) -> None:
        if self.current_row() is None:
            return
        menu = QMenu(self)
        for name in (
            "triageButton", "assignButton", "callAgainButton", "startButton", "finishButton",
            "notAnsweredButton", "leftButton", "transferButton", "printButton",
        ):  # fmt: skip
            button = self.buttons[name]
            if not button.isVisible() and not button.isVisibleTo(self):
                continue
            act = menu.addAction(button.text().replace("&", ""))
            act.setEnabled(button.isEnabled())
            act.triggered.connect(button.click)
        self.menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    # --- dialogs ----------------------------------------------------------------------------------

    def _open(self, dialog: Any, done_text: Callable[[Any], str]) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._closed(dialog, result, done_text))
        dialog.open()

    def _closed(self, dialog: Any, result: int, done_text: Callable[[Any], str]) -> None:
        self.dialog = None
        done = dialog.result_value
        if result and done is not None:
            set_message(self.message, done_text(done), "ok")  # the broadcast of the write refreshes
            self._select(done.id)
        self._active.setFocus()

    def triage(self) -> None:
        r = self.current_row()
        if r is None or not self.can_triage or not r.is_open or self.snapshot is None:
            return
        scale = {lv.level: lv for lv in self.snapshot.scale}

        def text(row: QueueRow) -> str:
            info = scale.get(row.triage_level or "")
            level = f"{info.icon} {info.label}" if info else row.triage_level
            news2 = f", NEWS2 {row.news2_score}" if row.news2_score is not None else ""
            return f"Token {row.token_label} triaged: {level}{news2}."

        self._open(TriageDialog(self._ops, self._services, self._actor, r, self.snapshot.scale, self), text)

    def assign(self) -> None:
        r = self.current_row()
        if r is None or not self.can_manage:
            return
        self._open(
            AssignDialog(self._ops, self._services, self._actor, r, self),
            lambda row: f"Token {row.token_label} assigned to {row.doctor_name}.",
        )

    def transfer(self) -> None:
        r = self.current_row()
        if r is None:
            return
        self._open(
            TransferDialog(self._ops, self._services, self._actor, r, self.doctors, self.departments, self),
            lambda row: (
                f"Token {r.token_label} transferred: new token {row.token_label} "
                f"({row.doctor_name or row.department_name})."
            ),
        )

    def mark_left(self) -> None:
        r = self.current_row()
        if r is None:
            return
        self._open(
            LeftDialog(self._ops, self._services, self._actor, r, self),
            lambda row: f"Token {row.token_label} marked as left without being seen.",
        )

    # --- direct actions ---------------------------------------------------------------------------

    def _act(self, call: Callable[[], Any], done_text: Callable[[Any], str], what: str) -> None:
        def done(result: Any) -> None:
            set_message(self.message, done_text(result), "ok" if result is not None else "info")
            if isinstance(result, QueueRow):
                self._select(result.id)

        def failed(error: HmsError) -> None:
            self._failed(error)
            if isinstance(error, ConcurrentChange):
                self.refresh()

        self._ops.run(call, done, failed, timeout_s=30, what=what)

    def call_next(self, choice: StillCalled | None = None) -> None:
        """Call the next patient; while the previous one is still called the service asks first
        (:class:`StillCalledDialog`) and the doctor's choice goes back with the call."""
        if not self.can_call or self.dialog is not None:
            return
        queue, actor = self.queue, self._actor

        def done(row: QueueRow | None) -> None:
            set_message(
                self.message,
                f"Token {row.token_label} called to {row.room or 'your room'}."
                if row is not None
                else "Nobody is waiting for you right now.",
                "ok" if row is not None else "info",
            )
            if row is not None:
                self._select(row.id)

        def failed(error: HmsError) -> None:
            if isinstance(error, StillCalledError):
                self._ask_still_called(error)
                return
            self._failed(error)
            if isinstance(error, ConcurrentChange):
                self.refresh()

        self._ops.run(
            lambda: queue.call_next(actor, choice=choice),
            done,
            failed,
            timeout_s=30,
            what="calling the next patient",
        )

    def _ask_still_called(self, error: StillCalledError) -> None:
        box = StillCalledDialog(error, self)
        self.dialog = box

        def answered(_result: int) -> None:
            self.dialog = None
            chosen = box.choice()
            box.deleteLater()
            self._active.setFocus()
            if chosen is None:
                set_message(
                    self.message, f"Token {error.token} is still called; nobody else was called.", "info"
                )
                return
            self.call_next(chosen)

        box.finished.connect(answered)
        box.open()

    def _row_action(self, method: Callable[..., QueueRow], text: str, what: str) -> None:
        r = self.current_row()
        if r is None:
            return
        actor, entry_id = self._actor, r.id
        self._act(
            lambda: method(actor, entry_id), lambda row: text.format(t=row.token_label, room=row.room), what
        )

    def call_again(self) -> None:
        self._row_action(self.queue.call, "Token {t} called to {room}.", "calling the patient")

    # --- the consultation workspace (doctors) ----------------------------------------------------

    def _consult_setup(self) -> None:
        """ "Consult…" (Ctrl+O) opens the doctor's workspace for the selected called/in-consultation
        row; the workspace's own start moves the entry to in-consultation."""
        self.workspaces: dict[int, ConsultationWorkspace] = {}
        self.consult_drafts: DraftStore | None = None  # None: the user's data folder (tests set one)
        start = self.buttons["startButton"]
        start.setText("Cons&ult… (Ctrl+O)")
        start.setToolTip("Open the consultation: notes, diagnoses, prescription")
        act = QAction(self)
        act.setShortcut(QKeySequence("Ctrl+O"))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(self.start_consult)
        self.addAction(act)

    def start_consult(self) -> None:
        r = self.current_row()
        if r is None or not self.buttons["startButton"].isEnabled():
            return
        open_one = self.workspaces.get(r.id)
        if open_one is not None:
            open_one.show()
            open_one.raise_()
            open_one.activateWindow()
            return
        ws = ConsultationWorkspace(self.desk, self._services, r.id, self, drafts=self.consult_drafts)
        self.workspaces[r.id] = ws
        ws.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        ws.destroyed.connect(lambda _o=None, entry_id=r.id: self.workspaces.pop(entry_id, None))
        ws.show()
        ws.start()
        set_message(self.message, f"Token {r.token_label}: consultation opened.", "info")

    def finish(self) -> None:
        self._row_action(self.queue.finish, "Token {t}: consultation finished.", "finishing")

    def not_answered(self) -> None:
        self._row_action(
            self.queue.back_to_waiting,
            "Token {t} did not answer: back to waiting, keeping their place.",
            "moving back",
        )

    def print_slip(self) -> None:
        r = self.current_row()
        if r is not None:
            self.print_slip_requested.emit(r.id)

    # --- freed capacity ---------------------------------------------------------------------------

    def _check_offers(self) -> None:
        if not self.can_manage or self._offers_in_flight:
            return
        self._offers_in_flight = True
        queue, actor = self.queue, self._actor

        def done(offers: Sequence[tuple[Any, QueueRow]]) -> None:
            self._offers_in_flight = False
            self._show_offer(offers)

        def failed(_error: HmsError) -> None:
            self._offers_in_flight = False

        self._ops.run(
            lambda: queue.capacity_offers(actor), done, failed, timeout_s=15, what="checking freed places"
        )

    def _show_offer(self, offers: Sequence[tuple[Any, QueueRow]]) -> None:
        fresh = [(d, r) for d, r in offers if (d.doctor_id, r.id) not in self._dismissed]
        self.offer = fresh[0] if fresh else None
        if self.offer is None:
            self.offer_frame.setVisible(False)
            return
        d, r = self.offer
        self.offer_label.setText(
            f"ℹ {d.doctor_name} has room from a cancellation — offer it to token {r.token_label} "
            f"({initials(r.patient_name)})?"
        )
        self.offer_frame.setVisible(True)

    def promote(self) -> None:
        if self.offer is None:
            return
        d, r = self.offer
        queue, actor = self.queue, self._actor
        self.offer_frame.setVisible(False)
        self._act(
            lambda: queue.promote(actor, r.id, d.doctor_id),
            lambda row: f"Token {row.token_label} promoted to {d.doctor_name}'s list.",
            "promoting",
        )

    def dismiss_offer(self) -> None:
        if self.offer is not None:
            d, r = self.offer
            self._dismissed.add((d.doctor_id, r.id))
        self.offer = None
        self.offer_frame.setVisible(False)

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)
