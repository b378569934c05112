"""Delivers queued e-mail (appointment confirmations) in the background while the desk is open."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from hms_desktop.errors import HmsError
from hms_desktop.gui.ops import Ops
from hms_desktop.services.container import Services

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000


class MailPump(QObject):
    """Every minute, sends what the outbox holds on a worker; failures stay in the outbox for retry
    and never interrupt the desk (they are listed on the outbox screen)."""

    def __init__(self, ops: Ops, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops, self._services = ops, services
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.pump)

    def start(self) -> None:
        self.timer.start()
        self.pump()

    def pump(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._ops.run(
            self._services.smtp.deliver_pending,
            self._done,
            self._failed,
            what=self.tr("sending e-mail"),
            report_connection=False,
        )

    def _done(self, sent: object) -> None:
        self._busy = False
        if sent:
            log.info("sent %s queued e-mail(s)", sent)

    def _failed(self, error: HmsError) -> None:
        self._busy = False
        log.warning("e-mail delivery paused: %s", error)
