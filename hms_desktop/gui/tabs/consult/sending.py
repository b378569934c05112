"""Saving the draft and completing the consultation, on a worker, and the printout after completing.

Completing may come back with warnings (allergy, the same drug twice, error-prone dose writing):
they are shown in amber (allergies in red) under the table and "Warnings checked — complete anyway"
appears; completing again sends the confirmation. An allergy override asks why (audited).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from hms_desktop.domain.prescribing import ALLERGY_WARNING, OVERRIDE_REASON_MAX
from hms_desktop.errors import ConfirmationNeeded, HmsError, ValidationError
from hms_desktop.gui.forms import find, repolish, set_message
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.consult.consult_form import VITALS, ConsultForm, vital_name
from hms_desktop.gui.tabs.consult.draft_keeper import DraftKeeper
from hms_desktop.gui.tabs.consult.state import WorkspaceState, WorkspaceStatus
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.consultation_types import CompleteResult, ConsultationInput, ConsultationView

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
    from hms_desktop.services.consultation import ConsultationService


class Sending(QObject):
    """Save draft and Complete & print for the ``window``; reports in its message label."""

    saved = Signal()  # a server draft was saved
    completed = Signal(object)  # CompleteResult
    failed = Signal(str)  # any failed call
    preview_opened = Signal(object)  # the PdfPreviewDialog

    def __init__(
        self,
        window: QWidget,
        ui: QWidget,
        desk: DeskContext,
        consult: ConsultationService,
        form: ConsultForm,
        keeper: DraftKeeper,
        status: WorkspaceStatus,
    ) -> None:
        super().__init__(window)
        self._window, self._desk, self._consult = window, desk, consult
        self._form, self._keeper, self._status = form, keeper, status
        self.message = find(ui, QLabel, "messageLabel")
        self.confirm = find(ui, QCheckBox, "confirmCheck")
        # why a drug is given despite a recorded allergy (audited)
        self.override_reason = find(ui, QLineEdit, "overrideReasonEdit")
        self.override_reason.setMaxLength(OVERRIDE_REASON_MAX)
        self.override_reason.setVisible(False)
        self.override_error = find(ui, QLabel, "overrideReasonError")
        set_message(self.override_error, "")
        self.override_reason.textEdited.connect(lambda _t: set_message(self.override_error, ""))
        self.confirm.setVisible(False)
        self.completion: CompleteResult | None = None
        self.preview: PdfPreviewDialog | None = None
        self.patient_name = ""  # for the printout's title

    def say(self, text: str, tone: str = "error") -> None:
        set_message(self.message, text, tone)

    def lines_changed(self) -> None:
        if self.confirm.isChecked():
            self.confirm.setChecked(False)  # the lines changed after the warnings were checked

    def form_input(self, confirmed: bool = False) -> ConsultationInput:
        reason = self.override_reason.text() if self.override_reason.isVisible() else None
        return self._form.form_input(confirmed, reason)

    def _begin(self, state: WorkspaceState, text: str) -> bool:
        if not self._status.can_send:
            return False
        self._form.rx.commit_editing()
        _vitals, bad = self._form.changed_vitals()
        if bad:
            self._form.show_vitals_errors(bad)
            return False
        self._form.clear_errors()
        set_message(self.override_error, "")
        self.say("")
        self._status.begin(state)
        self.say(text, "info")
        return True

    # --- save -----------------------------------------------------------------------------------

    def save_draft(self) -> None:
        if not self._begin(WorkspaceState.SAVING, self.tr("Saving…")):
            return
        assert self._status.view is not None
        consult, actor, cid, version, data = (
            self._consult,
            self._desk.actor,
            self._status.view.id,
            self._status.version,
            self.form_input(),
        )
        self._desk.ops.run(
            lambda: consult.save_draft(actor, cid, data, expected_version=version),
            self._saved,
            self._save_failed,
            timeout_s=30,
            what=self.tr("saving the consultation"),
        )

    def _saved(self, view: ConsultationView) -> None:
        typed = self._form.form_state()
        self._form.rebase(view, typed)
        kept = self._keeper.after_save(view, typed)
        self._status.saved(view, kept_locally=kept)
        at = f"{self._desk.clock.now():%H:%M}"
        if kept:
            text = self.tr(
                "Draft saved at {time}. The prescription lines are kept on this computer until you complete."
            )
        else:
            text = self.tr("Draft saved at {time}.")
        self.say(text.format(time=at), "ok")
        self.saved.emit()

    def _save_failed(self, error: HmsError) -> None:
        self._status.send_failed()
        self._keeper.save_local()
        self._show_error(error)

    # --- complete -------------------------------------------------------------------------------

    def complete(self) -> None:
        confirmed = self.confirm.isVisible() and self.confirm.isChecked()
        if not self._begin(WorkspaceState.COMPLETING, self.tr("Completing…")):
            return
        assert self._status.view is not None
        consult, actor = self._consult, self._desk.actor
        cid, version = self._status.view.id, self._status.version
        data = self.form_input(confirmed)
        self._desk.ops.run(
            lambda: consult.complete(actor, cid, data, expected_version=version),
            self._completed,
            self._complete_failed,
            timeout_s=30,
            what=self.tr("completing the consultation"),
        )

    def _completed(self, result: CompleteResult) -> None:
        self.completion = result
        self._keeper.forget(result.consultation.id)
        self._status.completed(result.consultation)
        self.confirm.setVisible(False)
        self.override_reason.setVisible(False)
        set_message(self.override_error, "")
        said = [self.tr("Consultation completed.")]  # then each of its own sentences
        if result.verify_code:
            said.append(self.tr("Prescription {code}.").format(code=result.verify_code))
        if result.charges:
            charges = "; ".join(service_text(c) for c in result.charges)
            said.append(self.tr("For the cashier: {charges}.").format(charges=charges))
        self.say(" ".join(said), "ok")
        self.completed.emit(result)
        if result.prescription_id is not None:
            self.print_prescription(result.prescription_id)

    def _complete_failed(self, error: HmsError) -> None:
        self._status.send_failed()
        self._keeper.save_local()
        if isinstance(error, ConfirmationNeeded):
            self._form.rx.show_server(
                {k: v for k, v in error.errors.items() if k.startswith("line")}, "warning"
            )
            others = [v for k, v in error.errors.items() if not k.startswith("line")]
            self.confirm.setChecked(False)
            self.confirm.setVisible(True)
            # the errors arrive in the desk's language (Ops): the warning's words in English or translated
            warned = {ALLERGY_WARNING, service_text(ALLERGY_WARNING)}
            allergy = any(v.startswith(w) for v in error.errors.values() for w in warned if w)
            self.override_reason.setVisible(allergy)
            self.say(
                " ".join(
                    [
                        *others,
                        self.tr(
                            "Check the warnings under the prescription, tick "
                            "“Warnings checked — complete anyway” and complete again."
                        ),
                    ]
                ),
                "info",
            )
            self.confirm.setFocus()
            self.failed.emit(error.message)
            return
        self._show_error(error)
        if isinstance(error, ValidationError) and "allergy_override_reason" in error.errors:
            self.override_reason.setVisible(True)
            self.override_reason.setFocus()

    # --- the printout ---------------------------------------------------------------------------

    def print_prescription(self, prescription_id: int) -> None:
        consult, actor = self._consult, self._desk.actor

        def build() -> bytes:
            from hms_desktop.reports.prescription import prescription_pdf

            return prescription_pdf(consult.prescription_doc(actor, prescription_id))

        self._desk.ops.run(
            build, self._show_pdf, self._pdf_failed, timeout_s=60, what=self.tr("building the prescription")
        )

    def _show_pdf(self, pdf: bytes) -> None:
        code = self.completion.verify_code if self.completion else ""
        title = self.tr("Prescription {code} — {patient}").format(code=code, patient=self.patient_name)
        # Qt PDF (pdfium) is loaded when the first preview opens, not with the Queue tab
        from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog(pdf, title, self._window, self._desk.settings)
        self.preview.show()
        self.preview_opened.emit(self.preview)

    def _pdf_failed(self, error: HmsError) -> None:
        self.say(
            self.tr("The consultation is completed, but the printout failed: {error}").format(
                error=error.message
            )
        )
        self.failed.emit(error.message)

    # --- errors ---------------------------------------------------------------------------------

    def _show_error(self, error: HmsError) -> None:
        if not isinstance(error, ValidationError):
            self.say(self.tr("{error} Your notes are kept on this computer.").format(error=error.message))
            self.failed.emit(error.message)
            return
        errors = error.errors
        form = self._form
        # the prescription's rows, procedures and the prescription as a whole: listed under the table
        table = {
            k: v for k, v in errors.items() if k.startswith("line") or k in ("procedures", "prescription")
        }
        if table:
            form.rx.show_server(table, "error")
        vitals = {k for k in errors if k in VITALS or k in ("on_oxygen", "consciousness")}
        fields = {
            k: (f"{vital_name(k)}: {v}" if k in vitals else v) for k, v in errors.items() if k not in table
        }
        labels = {"follow_up_on": form.follow_error, "allergy_override_reason": self.override_error}
        labels |= {k: form.picker.error for k in fields if k.startswith("diagnos")}
        labels |= dict.fromkeys(vitals, form.vitals_error)
        if "allergy_override_reason" in errors:
            self.override_reason.setVisible(True)
        summary = self.tr("Please correct what is marked in red.")
        FieldErrors(labels, self.message, paint=_paint, summary=summary).show(fields)
        if "allergy_override_reason" in errors:  # under its box, and said in the line as before
            self.say(errors["allergy_override_reason"])
        self.failed.emit(error.message)


def _paint(label: QLabel, text: str) -> None:
    """The vitals' line keeps its place (an error tone); the other labels hide while empty."""
    if label.objectName() == "vitalsError":
        label.setProperty("tone", "error")
        repolish(label)
        label.setText(text)
    else:
        set_message(label, text)
