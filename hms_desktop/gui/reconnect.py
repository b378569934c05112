"""The connection-lost banner's other half: Retry probes the database, and once it answers (the probe
or any other call that succeeds) the banner goes and every tab re-reads what the lost connection left
empty (its ``reconnected()``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.widgets.banner import ConnectionBanner

if TYPE_CHECKING:
    from hms_desktop.gui.ops import Ops
    from hms_desktop.services.clinic import ClinicService

PROBE_TIMEOUT_S = 15


class Reconnect:
    """Wires ``banner`` to ``ops``: shown on a connection problem, cleared when a call succeeds."""

    def __init__(
        self, ops: Ops, clinic: ClinicService, banner: ConnectionBanner, pages: Mapping[str, QWidget]
    ) -> None:
        self.ops, self.clinic, self.banner, self.pages = ops, clinic, banner, pages
        banner.retry_requested.connect(self.retry)
        ops.connection_problem.connect(banner.show_problem)
        ops.connection_restored.connect(self._restored)  # any call that succeeds clears the banner

    def retry(self) -> None:
        self.ops.run(
            self.clinic.settings,
            lambda _info: self._reconnected(),
            self._still_lost,
            timeout_s=PROBE_TIMEOUT_S,
            what=QCoreApplication.translate("Reconnect", "checking the database connection"),
            report_connection=False,
        )

    def _restored(self) -> None:
        if self.banner.isVisible():
            self._reconnected()

    def _reconnected(self) -> None:
        self.ops.connection_lost = False
        self.banner.hide()
        for page in self.pages.values():
            reconnected = getattr(page, "reconnected", None)
            if reconnected is not None:
                reconnected()  # each tab re-reads what the lost connection left empty

    def _still_lost(self, error: HmsError) -> None:
        self.banner.show_problem(error.message)
