"""Freed capacity on the Queue tab: when a cancellation frees a place on a doctor's list, the desk is
offered to give it to the next patient waiting (Promote), or to let it be (Not now, for that pair)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find
from hms_desktop.services.queue_types import QueueRow

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

Act = Callable[[Callable[[], Any], Callable[[Any], str], str], None]


def initials(name: str) -> str:
    return " ".join(f"{part[0].upper()}." for part in name.split()[:2] if part)


class QueueOffers(QObject):
    def __init__(
        self,
        ui: QWidget,
        desk: DeskContext,
        services: Services,
        can_manage: bool,
        act: Act,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._services, self._can_manage, self._act = desk, services, can_manage, act
        self.frame = find(ui, QFrame, "offerFrame")
        self.label = find(ui, QLabel, "offerLabel")
        self.frame.setVisible(False)
        self.offer: tuple[Any, QueueRow] | None = None
        self._dismissed: set[tuple[int, int]] = set()
        self._in_flight = False

    def check(self) -> None:
        if not self._can_manage or self._in_flight:
            return
        self._in_flight = True
        queue, actor = self._services.queue, self._desk.actor

        def done(offers: Sequence[tuple[Any, QueueRow]]) -> None:
            self._in_flight = False
            self.show(offers)

        def failed(_error: HmsError) -> None:
            self._in_flight = False

        self._desk.ops.run(
            lambda: queue.capacity_offers(actor),
            done,
            failed,
            timeout_s=15,
            what=self.tr("checking freed places"),
        )

    def show(self, offers: Sequence[tuple[Any, QueueRow]]) -> None:
        fresh = [(d, r) for d, r in offers if (d.doctor_id, r.id) not in self._dismissed]
        self.offer = fresh[0] if fresh else None
        if self.offer is None:
            self.frame.setVisible(False)
            return
        d, r = self.offer
        self.label.setText(
            self.tr(
                "ℹ {doctor} has room from a cancellation — offer it to token {token} ({initials})?"
            ).format(doctor=d.doctor_name, token=r.token_label, initials=initials(r.patient_name))
        )
        self.frame.setVisible(True)

    def promote(self) -> None:
        if self.offer is None:
            return
        d, r = self.offer
        queue, actor = self._services.queue, self._desk.actor
        self.frame.setVisible(False)
        self._act(
            lambda: queue.promote(actor, r.id, d.doctor_id),
            lambda row: self.tr("Token {token} promoted to {doctor}'s list.").format(
                token=row.token_label, doctor=d.doctor_name
            ),
            self.tr("promoting"),
        )

    def dismiss(self) -> None:
        if self.offer is not None:
            d, r = self.offer
            self._dismissed.add((d.doctor_id, r.id))
        self.offer = None
        self.frame.setVisible(False)
