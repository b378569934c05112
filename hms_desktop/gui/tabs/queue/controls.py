"""The Queue tab's buttons, keys and context menu: which buttons the role sees, which act on the
current row, the shortcuts (Ctrl+T, Ctrl+Enter, Ctrl+O, Ctrl+P, Ctrl+F, F5), and the menu a right
click, the Menu key or Enter opens on a row (Enter triages at once for a nurse who does not call)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QTableView, QWidget

from hms_desktop.gui.forms import find
from hms_desktop.gui.tabs.queue.actions import QueueRoles
from hms_desktop.services.queue_types import QueueRow

if TYPE_CHECKING:
    from hms_desktop.gui.tabs.queue.lanes import QueueLanes

BUTTONS = (
    "triageButton", "assignButton", "callNextButton", "callAgainButton", "startButton",
    "finishButton", "notAnsweredButton", "leftButton", "transferButton", "printButton",
    "promoteButton", "dismissOfferButton",
)  # fmt: skip
MENU = (
    "triageButton", "assignButton", "callAgainButton", "startButton", "finishButton",
    "notAnsweredButton", "leftButton", "transferButton", "printButton",
)  # fmt: skip
SHORTCUTS = (
    (("Ctrl+T",), "triage"),  # notr: key sequences
    (("Ctrl+Return", "Ctrl+Enter"), "call_next"),  # notr: key sequences
    (("Ctrl+P",), "print_slip"),  # notr: key sequences
    (("Ctrl+F",), "focus_search"),  # notr: key sequences
    (("F5",), "refresh"),
    (("Ctrl+O",), "start_consult"),  # notr: key sequences
)


class QueueControls(QObject):
    """``slots``: what each button (by name) and each shortcut (``triage``, ``call_next`` ...) does."""

    def __init__(
        self,
        ui: QWidget,
        host: QWidget,
        roles: QueueRoles,
        doctor_id: int | None,
        lanes: QueueLanes,
        slots: Mapping[str, Callable[[], object]],
    ) -> None:
        super().__init__(host)
        self._host, self.roles, self._me, self._lanes = host, roles, doctor_id, lanes
        self.buttons = {n: find(ui, QPushButton, n) for n in BUTTONS}
        self.menu: QMenu | None = None
        self._triage = slots["triageButton"]
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, slot=slots[name]: slot())  # not clicked's bool
        self._show_for_role()
        start = self.buttons["startButton"]
        start.setText(self.tr("Cons&ult… (Ctrl+O)"))
        start.setToolTip(self.tr("Open the consultation: notes, diagnoses, prescription"))
        for keys, name in SHORTCUTS:
            act = QAction(host)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False, slot=slots[name]: slot())
            host.addAction(act)
        lanes.activated.connect(self._activated)
        lanes.menu_requested.connect(self.context_menu)

    def _show_for_role(self) -> None:
        b, r = self.buttons, self.roles
        b["triageButton"].setVisible(r.can_triage)
        b["assignButton"].setVisible(r.can_manage)
        for name in ("callNextButton", "callAgainButton", "startButton", "finishButton"):
            b[name].setVisible(r.can_call)
        b["notAnsweredButton"].setVisible(r.can_call or r.can_manage)
        b["leftButton"].setVisible(r.can_manage)
        b["transferButton"].setVisible(r.can_manage or r.can_call)
        b["promoteButton"].setVisible(r.can_manage)

    def update(self, r: QueueRow | None) -> None:
        """Enable the buttons that can act on ``r`` (the current row, or none)."""
        me, roles, b = self._me, self.roles, self.buttons
        st = r.status if r is not None else None
        can_call = roles.can_call
        mine_now = can_call and st in ("called", "in_consult") and r is not None and r.doctor_id == me
        b["triageButton"].setEnabled(roles.can_triage and r is not None and r.is_open)
        b["assignButton"].setEnabled(roles.can_manage and st == "waiting")
        b["callNextButton"].setEnabled(can_call)
        b["callAgainButton"].setEnabled(
            can_call and st in ("waiting", "called") and r is not None and r.doctor_id in (None, me)
        )
        b["startButton"].setEnabled(mine_now)
        b["finishButton"].setEnabled(mine_now)
        b["notAnsweredButton"].setEnabled((can_call or roles.can_manage) and st == "called")
        b["leftButton"].setEnabled(roles.can_manage and st in ("waiting", "called"))
        b["transferButton"].setEnabled((roles.can_manage or can_call) and r is not None and r.is_open)
        b["printButton"].setEnabled(r is not None)

    def _activated(self, view: QTableView) -> None:
        self._lanes.set_active(view)
        if self.roles.can_triage and not self.roles.can_call and self.buttons["triageButton"].isEnabled():
            self._triage()
        else:
            self.context_menu(view, self._lanes.current_point(view))

    def context_menu(self, view: QTableView, pos: QPoint) -> None:
        if self._lanes.current_row() is None:
            return
        menu = QMenu(self._host)
        for name in MENU:
            button = self.buttons[name]
            if not button.isVisible() and not button.isVisibleTo(self._host):
                continue
            act = menu.addAction(button.text().replace("&", ""))
            act.setEnabled(button.isEnabled())
            act.triggered.connect(button.click)
        self.menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))
