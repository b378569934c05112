"""The dialogs the main window opens over itself: the administrator's screens (Settings menu), the
e-mail settings and outbox, the triage scale, and the token slip after a walk-in or a check-in.

Each opens window-modal, deletes itself when closed and reads and writes through :class:`Ops`; the
services check the permission as well as the menu that shows them only to an administrator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from hms_desktop.errors import HmsError

if TYPE_CHECKING:
    from hms_desktop.gui.desk import Clock
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor


class WindowScreens:
    """Opens each dialog with what it needs over ``parent``, the main window (given at each call, so
    this part keeps no reference to the window)."""

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        settings: Settings,
        clock: Clock,
    ) -> None:
        self.ops, self.services, self.actor, self.settings = ops, services, actor, settings
        self.clock = clock  # the clinic's zone follows its settings
        self.admin_dialog: QDialog | None = None
        self.slip_dialog: QDialog | None = None

    def admin(self, which: str, parent: QMainWindow) -> QDialog:
        """One of the administrator's screens (issue 13); the services check the permission too."""
        from hms_desktop.gui.admin import screens

        dialog = screens.build(which, self.ops, self.services, self.actor, self.settings, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()  # type: ignore[attr-defined]
        self.admin_dialog = dialog
        return dialog

    def smtp(self, parent: QMainWindow) -> QDialog:
        from hms_desktop.gui.dialogs.smtp import SmtpDialog

        dialog = SmtpDialog(self.ops, self.services.smtp, self.actor, self.settings, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        return dialog

    def outbox(self, parent: QMainWindow) -> QDialog:
        from hms_desktop.gui.dialogs.outbox import OutboxDialog

        dialog = OutboxDialog(
            self.ops, self.services.outbox, self.actor, self.clock.zone, self.settings, parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        return dialog

    def triage(self, parent: QMainWindow) -> QDialog:
        from hms_desktop.gui.dialogs.triage_settings import TriageSettingsDialog

        dialog = TriageSettingsDialog(self.ops, self.services, self.actor, parent, self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        return dialog

    def print_token_slip(self, entry_id: int, parent: QMainWindow) -> None:
        """The queue token slip of ``entry_id``, made on a worker and shown for printing."""
        services, actor = self.services, self.actor

        def build() -> bytes:
            from hms_desktop.reports.token_slip import token_slip_pdf

            return token_slip_pdf(services.queue.token_slip(actor, entry_id))

        def failed(error: HmsError) -> None:
            text = QCoreApplication.translate("MainWindow", "The token slip could not be made: {}")
            parent.statusBar().showMessage(text.format(error), 10_000)

        self.ops.run(
            build,
            lambda pdf: self._show_slip(pdf, parent),
            failed,
            timeout_s=20,
            what=QCoreApplication.translate("MainWindow", "making the token slip"),
        )

    def _show_slip(self, pdf: bytes, parent: QMainWindow) -> None:
        from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

        title = QCoreApplication.translate("MainWindow", "Token slip")
        dialog = PdfPreviewDialog(pdf, title, parent, self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.slip_dialog = dialog
