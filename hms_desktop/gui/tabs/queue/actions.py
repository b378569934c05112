"""What the Queue tab's buttons do: the dialogs (triage, assign, transfer, left) and the direct calls
(call next, call again, finish, not answered), each on a worker, the outcome on the message line.

Buttons follow the role (the service still checks): the desk triages, assigns, transfers and marks
who left; a doctor calls the next patient to their room, starts and finishes the consultation.
After a dialog closes the patient it was about stays the current row and the table has the keyboard
again, so Ctrl+T, Enter... act on the next patient without a click.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.domain.queue import StillCalled
from hms_desktop.errors import ConcurrentChange, HmsError
from hms_desktop.gui.forms import set_message
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.queue.dialogs import AssignDialog, LeftDialog, TransferDialog
from hms_desktop.gui.tabs.queue.still_called import StillCalledDialog
from hms_desktop.gui.tabs.queue.triage_dialog import TriageDialog
from hms_desktop.services.queue_types import QueueRow, QueueSnapshot, StillCalledError

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.gui.tabs.queue.filters import QueueFilters
    from hms_desktop.gui.tabs.queue.lanes import QueueLanes
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor


@dataclasses.dataclass(frozen=True)
class QueueRoles:
    """What the signed-in role may do on the queue (the buttons shown; the service still checks)."""

    can_manage: bool
    can_triage: bool
    can_call: bool

    @classmethod
    def of(cls, actor: Actor) -> QueueRoles:
        return cls(
            can_manage=allowed(actor.role, Action.QUEUE_MANAGE),
            can_triage=allowed(actor.role, Action.TRIAGE_RECORD),
            can_call=allowed(actor.role, Action.QUEUE_CALL_NEXT) and actor.doctor_id is not None,
        )


def triaged_text(snapshot: QueueSnapshot) -> Callable[[QueueRow], str]:
    scale = {lv.level: lv for lv in snapshot.scale}

    def text(row: QueueRow) -> str:
        info = scale.get(row.triage_level or "")
        level = f"{info.icon} {service_text(info.label)}" if info else row.triage_level
        if row.news2_score is None:
            return QCoreApplication.translate("QueueActions", "Token {token} triaged: {level}.").format(
                token=row.token_label, level=level
            )
        return QCoreApplication.translate(
            "QueueActions", "Token {token} triaged: {level}, NEWS2 {score}."
        ).format(token=row.token_label, level=level, score=row.news2_score)

    return text


class QueueActions(QObject):
    def __init__(
        self,
        desk: DeskContext,
        services: Services,
        roles: QueueRoles,
        lanes: QueueLanes,
        filters: QueueFilters,
        snapshot: Callable[[], QueueSnapshot | None],
        refresh: Callable[[], None],
        message: QLabel,
        host: QWidget,
    ) -> None:
        super().__init__(host)
        self._desk, self._services, self.roles = desk, services, roles
        self._lanes, self._filters, self._snapshot, self._refresh = lanes, filters, snapshot, refresh
        self.message, self._host = message, host
        self.dialog: Any = None  # the open dialog, for tests and screenshots

    def failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)

    def give_back_focus(self) -> None:
        """The table takes the keyboard again after a dialog; its window too when no window is
        active (a closed dialog does not always hand the activation back, and without it a
        shortcut such as Ctrl+T finds no focus widget and does nothing)."""
        if QApplication.activeWindow() is None and self._host.isVisible():
            self._host.window().activateWindow()
        self._lanes.active.setFocus()

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
            self._lanes.select(done.id)
        self.give_back_focus()

    def triage(self) -> None:
        r, snapshot = self._lanes.current_row(), self._snapshot()
        if r is None or not self.roles.can_triage or not r.is_open or snapshot is None:
            return
        d = self._desk
        dialog = TriageDialog(d.ops, self._services, d.actor, r, snapshot.scale, self._host)
        self._open(dialog, triaged_text(snapshot))

    def assign(self) -> None:
        r = self._lanes.current_row()
        if r is None or not self.roles.can_manage:
            return
        self._open(
            AssignDialog(self._desk.ops, self._services, self._desk.actor, r, self._host),
            lambda row: self.tr("Token {token} assigned to {doctor}.").format(
                token=row.token_label, doctor=row.doctor_name
            ),
        )

    def transfer(self) -> None:
        r = self._lanes.current_row()
        if r is None:
            return
        f, d = self._filters, self._desk
        self._open(
            TransferDialog(d.ops, self._services, d.actor, r, f.doctors, f.departments, self._host),
            lambda row: self.tr("Token {token} transferred: new token {new_token} ({to}).").format(
                token=r.token_label, new_token=row.token_label, to=row.doctor_name or row.department_name
            ),
        )

    def mark_left(self) -> None:
        r = self._lanes.current_row()
        if r is None:
            return
        self._open(
            LeftDialog(self._desk.ops, self._services, self._desk.actor, r, self._host),
            lambda row: self.tr("Token {token} marked as left without being seen.").format(
                token=row.token_label
            ),
        )

    # --- direct actions ---------------------------------------------------------------------------

    def act(self, call: Callable[[], Any], done_text: Callable[[Any], str], what: str) -> None:
        def done(result: Any) -> None:
            set_message(self.message, done_text(result), "ok" if result is not None else "info")
            if isinstance(result, QueueRow):
                self._lanes.select(result.id)

        def failed(error: HmsError) -> None:
            self.failed(error)
            if isinstance(error, ConcurrentChange):
                self._refresh()

        self._desk.ops.run(call, done, failed, timeout_s=30, what=what)

    def call_next(self, choice: StillCalled | None = None) -> None:
        """Call the next patient; while the previous one is still called the service asks first
        (:class:`StillCalledDialog`) and the doctor's choice goes back with the call."""
        if not self.roles.can_call or self.dialog is not None:
            return
        queue, actor = self._services.queue, self._desk.actor

        def done(row: QueueRow | None) -> None:
            if row is None:
                set_message(self.message, self.tr("Nobody is waiting for you right now."), "info")
                return
            if row.room:
                text = self.tr("Token {t} called to {room}.").format(t=row.token_label, room=row.room)
            else:
                text = self.tr("Token {t} called to your room.").format(t=row.token_label)
            set_message(self.message, text, "ok")
            self._lanes.select(row.id)

        def failed(error: HmsError) -> None:
            if isinstance(error, StillCalledError):
                self._ask_still_called(error)
                return
            self.failed(error)
            if isinstance(error, ConcurrentChange):
                self._refresh()

        self._desk.ops.run(
            lambda: queue.call_next(actor, choice=choice),
            done,
            failed,
            timeout_s=30,
            what=self.tr("calling the next patient"),
        )

    def _ask_still_called(self, error: StillCalledError) -> None:
        box = StillCalledDialog(error, self._host)
        self.dialog = box

        def answered(_result: int) -> None:
            self.dialog = None
            chosen = box.choice()
            box.deleteLater()
            self.give_back_focus()
            if chosen is None:
                set_message(
                    self.message,
                    self.tr("Token {token} is still called; nobody else was called.").format(
                        token=error.token
                    ),
                    "info",
                )
                return
            self.call_next(chosen)

        box.finished.connect(answered)
        box.open()

    def _row_action(self, method: Callable[..., QueueRow], text: str, what: str) -> None:
        r = self._lanes.current_row()
        if r is None:
            return
        actor, entry_id = self._desk.actor, r.id
        self.act(
            lambda: method(actor, entry_id), lambda row: text.format(t=row.token_label, room=row.room), what
        )

    def call_again(self) -> None:
        self._row_action(
            self._services.queue.call, self.tr("Token {t} called to {room}."), self.tr("calling the patient")
        )

    def finish(self) -> None:
        self._row_action(
            self._services.queue.finish, self.tr("Token {t}: consultation finished."), self.tr("finishing")
        )

    def not_answered(self) -> None:
        self._row_action(
            self._services.queue.back_to_waiting,
            self.tr("Token {t} did not answer: back to waiting, keeping their place."),
            self.tr("moving back"),
        )
