"""'Export record…' on the patient's page: the patient's own record as PDF + JSON (DPDP access right).

Shown to an administrator and to doctors; the service decides (the patient's own doctor or a
break-the-glass grant) and audits every export and every refusal. The files go to a folder the user
picks; writing them runs on an Ops worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from hms_desktop.domain.enums import Role
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.services.patient_export import PatientExportService
from hms_desktop.services.patient_export_types import RecordExport

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor

EXPORT_TIMEOUT_S = 120


class RecordExportButton(QPushButton):
    def __init__(
        self,
        ops: Ops,
        service: PatientExportService,
        actor: Actor,
        patient_id: int,
        message: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("E&xport record…"))
        self.ops, self.service, self.actor, self.patient_id, self.message = (
            ops,
            service,
            actor,
            patient_id,
            message,
        )
        self.setToolTip(self.tr("The patient's record as a PDF and a JSON file, for their request (audited)"))
        self.clicked.connect(self.choose_folder)
        self.result: RecordExport | None = None

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the patient's record in"))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: str) -> None:
        service, actor, pid = self.service, self.actor, self.patient_id
        set_message(self.message, self.tr("Writing the record…"), "info")
        self.setEnabled(False)
        self.ops.run(
            lambda: service.export(actor, pid, folder),
            self._done,
            self._failed,
            timeout_s=EXPORT_TIMEOUT_S,
            what=self.tr("exporting the patient's record"),
        )

    def _done(self, result: RecordExport) -> None:
        self.result = result
        self.setEnabled(True)
        set_message(
            self.message,
            self.tr("Saved {pdf} and {json} in {folder}.").format(
                pdf=result.pdf_path.name, json=result.json_path.name, folder=result.pdf_path.parent
            ),
            "ok",
        )

    def _failed(self, error: HmsError) -> None:
        self.setEnabled(True)
        set_message(self.message, error.message)


def add_export_button(
    dialog: QWidget,
    ops: Ops,
    service: PatientExportService | None,
    actor: Actor,
    patient_id: int,
    message: QLabel,
) -> RecordExportButton | None:
    """Put the button into the dialog's button row for the roles that may ever export."""
    if service is None or actor.role not in (Role.ADMIN, Role.DOCTOR):
        return None
    button = RecordExportButton(ops, service, actor, patient_id, message, dialog)
    row = dialog.findChild(QHBoxLayout, "buttonLayout")
    if row is not None:
        row.insertWidget(1, button)
    return button
