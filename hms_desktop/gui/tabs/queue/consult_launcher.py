"""The doctor's way from the queue into the consultation: "Consult…" (Ctrl+O) opens the workspace
for the selected called or in-consultation row, one window per patient; the workspace's own start
moves the entry to in-consultation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from hms_desktop.gui.forms import set_message
from hms_desktop.gui.tabs.consult.drafts import DraftStore
from hms_desktop.gui.tabs.consult.workspace import ConsultationWorkspace
from hms_desktop.services.queue_types import QueueRow

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services


class ConsultLauncher(QObject):
    def __init__(
        self,
        desk: DeskContext,
        services: Services,
        current_row: Callable[[], QueueRow | None],
        may_start: Callable[[], bool],
        message: QLabel,
        host: QWidget,
    ) -> None:
        super().__init__(host)
        self._desk, self._services, self._host, self.message = desk, services, host, message
        self._current_row, self._may_start = current_row, may_start
        self.workspaces: dict[int, ConsultationWorkspace] = {}
        self.drafts: DraftStore | None = None  # None: the user's data folder (tests set one)

    def start_consult(self) -> None:
        r = self._current_row()
        if r is None or not self._may_start():
            return
        open_one = self.workspaces.get(r.id)
        if open_one is not None:
            open_one.show()
            open_one.raise_()
            open_one.activateWindow()
            return
        ws = ConsultationWorkspace(self._desk, self._services, r.id, self._host, drafts=self.drafts)
        self.workspaces[r.id] = ws
        ws.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        ws.destroyed.connect(lambda _o=None, entry_id=r.id: self.workspaces.pop(entry_id, None))
        ws.show()
        ws.start()
        set_message(
            self.message, self.tr("Token {token}: consultation opened.").format(token=r.token_label), "info"
        )
