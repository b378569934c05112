"""The embedded database's automatic backups and the administrator's "last backup" status label.

:class:`AutoBackup` makes the daily backup when a desk opens the embedded database (the first start
of the day; later starts find today's and skip) and the quit backup when the app closes, and holds
the "in use" lock that makes ``backup restore`` refuse while the app is open. Both backups run as the
system (they are the clinic's, not a user's), the daily one on an Ops worker, the quit one on the
way out. :class:`BackupStatusLabel` shows the last good backup's age; past two days it turns amber
and says what to do.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from hms_desktop.db.inuse import InUse
from hms_desktop.db.profiles import Backend
from hms_desktop.errors import HmsError
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.services.backup import BackupService
from hms_desktop.services.backup_types import BackupStatus
from hms_desktop.services.context import SYSTEM

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

log = logging.getLogger(__name__)
REFRESH_MS = 10 * 60_000
AMBER = (  # a style sheet
    "QLabel { background: #fff4d6; color: #7a4a00; border: 1px solid #e0b050; border-radius: 3px;"  # notr
    " padding: 0 6px; }"
)


class AutoBackup:
    """Daily backup on open, quit backup on close, and the in-use lock, for one embedded database."""

    def __init__(self, ops: Ops, services: Services) -> None:
        self.ops, self.services = ops, services
        self.lock: InUse | None = None
        self.service = BackupService(services.db)
        if services.db.backend is Backend.SQLITE:
            self.lock = InUse(Path(services.db.profile.database))

    def daily(self) -> None:
        if self.services.db.backend is not Backend.SQLITE:
            return
        service = self.service
        self.ops.run(
            lambda: service.auto(SYSTEM, "daily"),
            None,
            lambda err: log.warning("daily backup failed: %s", err.message),
            what=QCoreApplication.translate("AutoBackup", "making the daily backup"),
            report_connection=False,
        )

    def at_quit(self) -> None:
        """The quit backup, on the closing thread (the app is going; a worker might not finish)."""
        if self.services.db.backend is Backend.SQLITE:
            try:
                self.service.auto(SYSTEM, "quit")
            except HmsError as err:
                log.warning("backup at quit failed: %s", err.message)
        if self.lock is not None:
            self.lock.release()
            self.lock = None


class BackupStatusLabel(QLabel):
    """'Last backup 3 h ago' in the status bar; amber with advice when the last good one is old."""

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.actor = ops, actor
        self.service = BackupService(services.db)
        self.status: BackupStatus | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        service, actor = self.service, self.actor
        self.ops.run(lambda: service.status(actor), self.show_status, lambda _e: None, timeout_s=15, what="")

    def show_status(self, status: BackupStatus) -> None:
        self.status = status
        self.setText(service_text(status.text))
        self.setStyleSheet(AMBER if status.warn else "")
        how = self.tr(
            "Backups of the embedded database are made at the first start of each day and at quit, "
            "and kept 14 days and 12 months. Settings → Back up now makes one at once."
        )
        if status.warn:
            advice = self.tr(
                "The automatic backups have not worked for a while: check that the backup folder's drive "
                "or network folder is connected, then use Settings → Back up now."
            )
            how = f"{advice}\n{how}"
        self.setToolTip(how)
