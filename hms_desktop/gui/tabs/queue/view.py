"""The Queue tab (``ui/queue.ui``): today's queue in call order, the emergency lane above it.

The tab wires its parts, each given the services it calls and the :class:`DeskContext`:

- :class:`~.filters.QueueFilters` — department, doctor, open/all and the search box;
- :class:`~.feed.QueueFeed` — the live snapshot, re-read on a worker when the queue changed (this
  desk's writes and the other desks'), once per change; it never takes the focus or touches an
  open dialog;
- :class:`~.lanes.QueueLanes` — the two tables (columns for the role, :mod:`.columns`), keeping the
  selected patient and the scroll position across a refresh;
- :class:`~.actions.QueueActions` — the dialogs and the calls the buttons make;
- :class:`~.controls.QueueControls` — the buttons the role sees, the keys and the row menu;
- :class:`~.offers.QueueOffers` — the freed-place offer; :class:`~.consult_launcher.ConsultLauncher`
  — the doctor's consultation windows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from hms_desktop.domain.queue import StillCalled
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.tabs.queue.actions import QueueActions, QueueRoles
from hms_desktop.gui.tabs.queue.consult_launcher import ConsultLauncher
from hms_desktop.gui.tabs.queue.controls import QueueControls
from hms_desktop.gui.tabs.queue.feed import QueueFeed
from hms_desktop.gui.tabs.queue.filters import QueueFilters
from hms_desktop.gui.tabs.queue.lanes import QueueLanes
from hms_desktop.gui.tabs.queue.offers import QueueOffers
from hms_desktop.services.queue_types import QueueRow, QueueSnapshot

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.gui.tabs.consult.drafts import DraftStore
    from hms_desktop.gui.tabs.consult.workspace import ConsultationWorkspace
    from hms_desktop.services.container import Services


class QueueTab(QWidget):
    print_slip_requested = Signal(int)  # entry id: the main window shows the slip's PDF preview
    refreshed = Signal()  # a snapshot was applied (tests and screenshots wait for it)

    def __init__(self, desk: DeskContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = load_form("queue.ui", self)
        self.message = find(self.ui, QLabel, "messageLabel")
        set_message(self.message, "")
        self.filters = QueueFilters(self.ui, desk, services, self)
        self.status, self.doctor, self.search = self.filters.status, self.filters.doctor, self.filters.search
        self.feed = QueueFeed(desk, services, self.filters.values, find(self.ui, QLabel, "liveLabel"), self)
        self.hub = self.feed.hub
        self.lanes = QueueLanes(self.ui, desk, services.queue.clock.now, self)
        self.view, self.model = self.lanes.view, self.lanes.model
        self.lane_view, self.lane_model = self.lanes.lane_view, self.lanes.lane_model
        self.lane_frame, self.lane_empty = self.lanes.frame, self.lanes.empty
        roles = QueueRoles.of(desk.actor)
        self.queue_actions = QueueActions(
            desk, services, roles, self.lanes, self.filters, lambda: self.feed.snapshot,
            self.feed.refresh, self.message, self,
        )  # fmt: skip
        self.offers = QueueOffers(self.ui, desk, services, roles.can_manage, self.queue_actions.act, self)
        self.offer_frame, self.offer_label = self.offers.frame, self.offers.label
        self.consult = ConsultLauncher(
            desk, services, self.lanes.current_row, lambda: self.buttons["startButton"].isEnabled(),
            self.message, self,
        )  # fmt: skip
        a = self.queue_actions
        self.controls = QueueControls(
            self.ui, self, roles, desk.actor.doctor_id, self.lanes,
            {
                "triageButton": a.triage, "assignButton": a.assign, "callNextButton": a.call_next,
                "callAgainButton": a.call_again, "startButton": self.consult.start_consult,
                "finishButton": a.finish, "notAnsweredButton": a.not_answered,
                "leftButton": a.mark_left, "transferButton": a.transfer, "printButton": self.print_slip,
                "promoteButton": self.offers.promote, "dismissOfferButton": self.offers.dismiss,
                "triage": a.triage, "call_next": a.call_next, "print_slip": self.print_slip,
                "focus_search": self.filters.focus_search, "refresh": self.refresh,
                "start_consult": self.consult.start_consult,
            },
        )  # fmt: skip
        self.buttons = self.controls.buttons
        self.lanes.current_changed.connect(self._update_buttons)
        self.filters.changed.connect(self.refresh)
        self.filters.search_changed.connect(self._show)
        self.filters.search.returnPressed.connect(self.lanes.focus_first_shown)
        self.filters.failed.connect(self.queue_actions.failed)
        self.feed.arrived.connect(self._arrived)
        self.feed.failed.connect(self.queue_actions.failed)
        self.feed.ticked.connect(self.tick)
        self._update_buttons()

    # --- what the main window, the tests and the screenshots use ----------------------------------

    def start(self) -> None:
        """Read departments and doctors for the filters, then follow the queue live."""
        self.filters.load()
        self.feed.start()

    def stop(self) -> None:
        self.feed.stop()

    def main_control(self) -> QWidget:
        return self.view

    def refresh(self) -> None:
        self.feed.refresh()

    def tick(self) -> None:
        self.lanes.tick()

    @property
    def snapshot(self) -> QueueSnapshot | None:
        return self.feed.snapshot

    @property
    def dialog(self) -> Any:
        """The open dialog (triage, assign, transfer, left, still called), or None."""
        return self.queue_actions.dialog

    @property
    def doctors(self) -> list[Any]:
        return self.filters.doctors

    @property
    def workspaces(self) -> dict[int, ConsultationWorkspace]:
        return self.consult.workspaces

    @property
    def consult_drafts(self) -> DraftStore | None:
        return self.consult.drafts

    @consult_drafts.setter
    def consult_drafts(self, drafts: DraftStore | None) -> None:
        self.consult.drafts = drafts

    def current_row(self) -> QueueRow | None:
        return self.lanes.current_row()

    def select_entry(self, entry_id: int) -> bool:
        ok = self.lanes.select(entry_id)
        self._update_buttons()
        return ok

    def triage(self) -> None:
        self.queue_actions.triage()

    def call_next(self, choice: StillCalled | None = None) -> None:
        self.queue_actions.call_next(choice)

    def start_consult(self) -> None:
        self.consult.start_consult()

    def print_slip(self) -> None:
        r = self.current_row()
        if r is not None:
            self.print_slip_requested.emit(r.id)

    # --- wiring -----------------------------------------------------------------------------------

    def _arrived(self) -> None:
        self._show()
        self.feed.said_live()
        self.refreshed.emit()
        self.offers.check()

    def _show(self) -> None:
        snap = self.feed.snapshot
        if snap is not None:
            self.lanes.show(snap, self.filters.text(), self.filters.values()[1])

    def _update_buttons(self) -> None:
        self.controls.update(self.current_row())
