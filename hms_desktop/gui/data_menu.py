"""The administrator's data actions on the main window: Settings → Import…, Back up now, and the
last-backup status label (kept here so the main window only says where they go)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from hms_desktop.db.profiles import Backend
from hms_desktop.errors import HmsError
from hms_desktop.gui.backup_status import BackupStatusLabel
from hms_desktop.gui.i18n import service_text
from hms_desktop.services.backup import BackupService
from hms_desktop.services.backup_types import SERVER_ADVICE, BackupInfo

if TYPE_CHECKING:
    from hms_desktop.gui.main_window import MainWindow

BACKUP_TIMEOUT_S = 600


def install(window: MainWindow, menu: QMenu) -> BackupStatusLabel:
    """Add the actions to ``menu`` and the backup label to the status bar; returns the label."""
    menu.addSeparator()
    act = QAction(QCoreApplication.translate("DataMenu", "&Import patients, doctors or prices…"), window)
    act.triggered.connect(lambda: open_import(window))
    menu.addAction(act)
    act = QAction(QCoreApplication.translate("DataMenu", "&Back up now"), window)
    act.triggered.connect(lambda: back_up_now(window))
    menu.addAction(act)
    label = BackupStatusLabel(window.ops, window.services, window.actor, window)
    window.statusBar().insertPermanentWidget(0, label)
    return label


def open_import(window: MainWindow) -> QDialog:
    from hms_desktop.gui.dialogs.import_wizard import ImportDialog

    dialog = ImportDialog(window.ops, window.services.importer, window.actor, window.settings, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def back_up_now(window: MainWindow) -> None:
    db = window.services.db
    if db.backend is not Backend.SQLITE:
        QMessageBox.information(
            window, QCoreApplication.translate("DataMenu", "Backups"), service_text(SERVER_ADVICE[db.backend])
        )
        return
    service, actor = BackupService(db), window.actor
    window.statusBar().showMessage(QCoreApplication.translate("DataMenu", "Backing up…"))

    def done(info: BackupInfo) -> None:
        done_text = QCoreApplication.translate("DataMenu", "Backed up and verified: {path}").format(
            path=info.path
        )
        window.statusBar().showMessage(done_text, 15000)
        if window.backup_status is not None:
            window.backup_status.refresh()

    def failed(err: HmsError) -> None:
        window.statusBar().clearMessage()
        QMessageBox.warning(window, QCoreApplication.translate("DataMenu", "Backup failed"), err.message)
        if window.backup_status is not None:
            window.backup_status.refresh()

    window.ops.run(
        lambda: service.create(actor, "manual"),
        done,
        failed,
        timeout_s=BACKUP_TIMEOUT_S,
        what=QCoreApplication.translate("DataMenu", "backing up"),
    )
