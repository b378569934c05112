"""The doctor's consultation window (``ui/consultation.ui``): patient banner with the allergies, the
summary on the left, vitals and SOAP notes, ICD-10 diagnoses, the prescription, and the printout.

Every service call runs on a worker through :class:`hms_desktop.gui.ops.Ops`: opening (start +
summary), saving the draft, completing, the drug list, and building the prescription PDF. The window
composes its parts, each given what it needs: :class:`.banner.PatientBanner`, the form
(:class:`.consult_form.ConsultForm`: vitals, notes, advice, follow-up, paper, procedures), the
diagnoses (:class:`.icd_picker.IcdPicker`), the prescription (:class:`.rx_table.RxTable`,
:class:`.favourites.Favourites`), the local draft (:class:`.draft_keeper.DraftKeeper`) and saving
and completing (:class:`.sending.Sending`). Where the window is (opening, editing, saving,
completing, completed) is one :class:`.state.WorkspaceState`, moved only by
:class:`.state.WorkspaceStatus`; the buttons follow it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QDialog, QPushButton, QSplitter, QToolButton, QWidget
from shiboken6 import isValid

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.settings import PRESCRIPTION_PAPER
from hms_desktop.gui.tabs.consult.banner import PatientBanner
from hms_desktop.gui.tabs.consult.consult_form import NOTES, PAPERS, VITALS, ConsultForm
from hms_desktop.gui.tabs.consult.draft_keeper import AUTOSAVE_MS, DraftKeeper
from hms_desktop.gui.tabs.consult.drafts import DraftStore
from hms_desktop.gui.tabs.consult.favourites import Favourites
from hms_desktop.gui.tabs.consult.icd_picker import IcdPicker
from hms_desktop.gui.tabs.consult.rx_table import RxTable
from hms_desktop.gui.tabs.consult.sending import Sending
from hms_desktop.gui.tabs.consult.state import WorkspaceState, WorkspaceStatus
from hms_desktop.services.consultation_types import (
    CompleteResult,
    ConsultationInput,
    ConsultationView,
    DrugLineInput,
    PatientSummary,
)

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
    from hms_desktop.services.container import Services

__all__ = ["AUTOSAVE_MS", "NOTES", "PAPERS", "RX_ROWS_SHOWN", "VITALS", "ConsultationWorkspace"]

RX_ROWS_SHOWN = 6  # drug lines the prescription shows without scrolling, when the screen allows
Loaded = tuple[ConsultationView, PatientSummary, list[tuple[str, str, Any]]]


class ConsultationWorkspace(PreserveGeometry, QDialog):
    """One consultation; non-modal, so the doctor can keep the Queue tab beside it."""

    geometry_name = "consultation"
    default_size = (1400, 900)

    opened = Signal()  # the consultation and summary arrived and the form is filled
    saved = Signal()  # a server draft was saved
    completed = Signal(object)  # CompleteResult
    failed = Signal(str)  # any failed call (tests wait for it)
    preview_opened = Signal(object)  # the PdfPreviewDialog

    def __init__(
        self,
        desk: DeskContext,
        services: Services,
        queue_entry_id: int,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._ops, self._services, self._actor = desk.ops, services, desk.actor
        self.consult = services.consultation
        self.queue_entry_id = queue_entry_id
        self.settings = desk.settings  # saved geometry (PreserveGeometry) and the PDF folder
        self.drafts = drafts or DraftStore(user=desk.actor.username)
        self.tz = desk.clock.zone
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.setWindowTitle(self.tr("Consultation — HMS Desktop"))
        self.ui = u = load_form("consultation.ui", self)
        self.summary: PatientSummary | None = None
        self.status = WorkspaceStatus(self)
        self.banner = PatientBanner(self, u, self.tz)
        self.picker = IcdPicker(find(u, QWidget, "diagnosisHost"))
        self.rx = RxTable(find(u, QWidget, "rxHost"))
        self.form = ConsultForm(u, self.picker, self.rx, desk.clock, self.settings.get(PRESCRIPTION_PAPER))
        self.keeper = DraftKeeper(u, self.drafts, self.form, self.status, desk.clock)
        self.sending = Sending(self, u, desk, self.consult, self.form, self.keeper, self.status)
        self.favourites = Favourites(
            self,
            self._ops,
            services.rx_favourites,
            self._actor,
            self.rx,
            self.sending.say,
            find(u, QToolButton, "favouritesButton"),
        )
        self._bind_widgets()
        self.main_splitter.setSizes([300, 1080])
        self.main_splitter.setStretchFactor(1, 1)
        self.work_splitter.setSizes([400, 330])
        self.work_splitter.setStretchFactor(1, 1)  # a taller window gives the prescription the room
        self._splitter_dragged = False
        self.work_splitter.splitterMoved.connect(self._splitter_moved)
        for b in (self.save_button, self.complete_button, self.close_button):
            b.setAutoDefault(False)
        self.keeper.restore_button.setAutoDefault(False)
        self.keeper.discard_button.setAutoDefault(False)
        self.sending.say("")
        self._wire()
        self._tab_order()
        self._state_changed(self.status.state)
        self.restore_geometry(self.settings)

    def _bind_widgets(self) -> None:
        """The widgets by the names the tests and other screens have always used."""
        u, b, f, k, s = self.ui, self.banner, self.form, self.keeper, self.sending
        self.name_label, self.details_label = b.name_label, b.details_label
        self.status_label, self.allergy_label = b.status_label, b.allergy_label
        self.summary_browser = b.summary_browser
        self.vital_edits, self.vitals_error, self.complaint = f.vital_edits, f.vitals_error, f.complaint
        self.notes, self.advice = f.notes, f.advice
        self.follow_check, self.follow_date, self.paper = f.follow_check, f.follow_date, f.paper
        self.procedures_button, self.procedures_menu = f.procedures_button, f.procedures_menu
        self.restore_frame, self.restore_label = k.frame, k.label
        self.restore_button, self.discard_button = k.restore_button, k.discard_button
        self._autosave = k.timer
        self.confirm, self.override_reason, self.message = s.confirm, s.override_reason, s.message
        self.save_button = find(u, QPushButton, "saveDraftButton")
        self.complete_button = find(u, QPushButton, "completeButton")
        self.close_button = find(u, QPushButton, "closeButton")
        self.main_splitter = find(u, QSplitter, "mainSplitter")
        self.work_splitter = find(u, QSplitter, "workSplitter")

    def _tab_order(self) -> None:
        """Tab goes over the form's fields and buttons, then Procedures, the override reason, the
        diagnoses, the prescription and Favourites (as when those were added to the window in code)."""
        p, rx = self.picker, self.rx
        after_close = (
            self.procedures_button,
            self.override_reason,
            *(p.search, p.free_button, p.results, p.chosen, p.primary_button, p.remove_button),
            *(rx.view, rx.add_button, rx.remove_button, self.favourites.button),
        )
        for moved in reversed(after_close):  # each goes straight after Close: the last named first
            QWidget.setTabOrder(self.close_button, moved)

    # --- the state, as the tests and the queue read it -----------------------------------------

    @property
    def view(self) -> ConsultationView | None:
        return self.status.view

    @property
    def version(self) -> int | None:
        return self.status.version

    @property
    def dirty(self) -> bool:
        return self.status.dirty

    @property
    def is_completed(self) -> bool:
        return self.status.is_completed

    @property
    def completion(self) -> CompleteResult | None:
        return self.sending.completion

    @property
    def preview(self) -> PdfPreviewDialog | None:
        return self.sending.preview

    @property
    def procedure_actions(self) -> dict[str, QAction]:
        return self.form.procedure_actions

    def _state_changed(self, state: WorkspaceState) -> None:
        """The buttons and the banner's status follow the state (the only place that sets them)."""
        can_send = self.status.can_send
        self.save_button.setEnabled(can_send)
        self.complete_button.setEnabled(can_send)
        self.favourites.button.setEnabled(self.status.is_open)
        if state is WorkspaceState.COMPLETED:
            self.status_label.setText(self.tr("Completed"))
        elif self.status.is_open:
            self.status_label.setText(self.tr("Draft — in consultation"))

    # --- fitting a desk screen (issue 15, defect 7) -------------------------------------------------

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._splitter_dragged = True  # the doctor's own split stays

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.balance_lines)  # after the layout has placed the splitter

    def balance_lines(self) -> None:
        """Give the prescription room for :data:`RX_ROWS_SHOWN` lines, taken from the notes above
        while they keep their minimum (a 1366x768 screen showed three lines with empty notes over them)."""
        if self._splitter_dragged:
            return
        upper_h, rx_h = self.work_splitter.sizes()
        row_h = self.rx.view.verticalHeader().defaultSectionSize()
        body = self.rx.view.viewport().height()
        missing = RX_ROWS_SHOWN * row_h + 4 - body
        upper = self.work_splitter.widget(0)
        if upper is None:
            return
        upper_min = upper.minimumSizeHint().height()
        take = min(missing, upper_h - upper_min)
        if take > 0:
            self.work_splitter.setSizes([upper_h - take, rx_h + take])

    def _wire(self) -> None:
        self.status.changed.connect(self._state_changed)
        self.form.edited.connect(self.keeper.typed)
        self.rx.changed.connect(self._lines_changed)
        self.rx.drugs_needed.connect(self._read_drugs)
        for ours, theirs in (
            (self.saved, self.sending.saved),
            (self.completed, self.sending.completed),
            (self.failed, self.sending.failed),
            (self.preview_opened, self.sending.preview_opened),
        ):
            theirs.connect(ours.emit)
        self.save_button.clicked.connect(self.save_draft)
        self.complete_button.clicked.connect(self.complete)
        self.close_button.clicked.connect(self.close)
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        for keys, slot in (
            (("Ctrl+S",), self.save_draft),  # notr: keys
            (("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), self.complete),  # notr: keys
            (("Ctrl+D",), self.picker.search.setFocus),  # notr: keys
            (("Ctrl+L",), self._focus_lines),  # notr: keys
        ):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        self.picker.search.setToolTip("Ctrl+D")  # notr: the key that comes here

    def _focus_lines(self) -> None:
        if not self.rx.model.lines:
            self.rx.add_line()
        else:
            self.rx.view.setFocus()

    def _lines_changed(self) -> None:
        self.sending.lines_changed()
        self.form.note_change()

    # --- opening ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Open (or resume) the consultation for the queue entry, with the patient's summary."""
        consult, actor, entry_id = self.consult, self._actor, self.queue_entry_id

        def load() -> Loaded:
            view = consult.start(actor, entry_id)
            return view, consult.summary(actor, view.patient_id), consult.procedures(actor)

        self.sending.say(self.tr("Opening the consultation…"), "info")
        self._ops.run(
            load, self._loaded, self._open_failed, timeout_s=30, what=self.tr("opening the consultation")
        )
        self.favourites.load()
        self._ops.run(  # the clinic's draft retention; until it is read, the default week
            self._services.clinic.settings,
            self.keeper.keep_for,
            lambda _error: None,
            timeout_s=30,
            what=self.tr("reading how long drafts are kept"),
        )
        usage = self._services.diagnosis_usage
        self._ops.run(  # ranks the diagnosis search; without it the search still works
            lambda: usage.usage(actor),
            lambda u: self.picker.set_usage(u.counts, u.recent),
            lambda _error: None,  # the plain ranking stays
            timeout_s=30,
            what=self.tr("reading the clinic's diagnosis codes"),
        )

    def _loaded(self, result: Loaded) -> None:
        view, summary, procedures = result
        self.summary = summary
        self.sending.patient_name = summary.name
        self.form.fill_procedures(procedures)
        self.banner.show_patient(summary, self.view.id if self.view else None)
        self.rx.set_allergies(summary.allergies)
        self.form.fill_from(view)
        self.banner.show_summary(summary, view.id)
        self.status.opened(view)
        self.sending.say(
            self.tr("This consultation is completed; amend the prescription instead.")
            if self.is_completed
            else "",
            "info",
        )
        if not self.keeper.offer(view):
            self.complaint.setFocus() if not self.complaint.text() else self.notes["subjective"].setFocus()
        self.opened.emit()

    def _open_failed(self, error: HmsError) -> None:
        self.status.open_failed()
        self.name_label.setText(self.tr("Could not open the consultation"))
        set_message(self.message, error.message)
        self.failed.emit(error.message)

    # --- the parts' entry points, where the tests and the screenshots call them -------------------

    def apply_state(self, state: dict[str, Any]) -> None:
        self.form.apply_state(state)

    def form_input(self, confirmed: bool = False) -> ConsultationInput:
        return self.sending.form_input(confirmed)

    def restore_draft(self) -> None:
        if self.keeper.restore():
            self.sending.say(
                self.tr("Your unsaved notes are back. Save or complete to keep them on the server."), "info"
            )

    def discard_draft(self) -> None:
        self.keeper.discard()

    def save_local(self) -> bool:
        return self.keeper.save_local()

    def save_draft(self) -> None:
        self.sending.save_draft()

    def complete(self) -> None:
        self.sending.complete()

    # --- drug list --------------------------------------------------------------------------------

    def _read_drugs(self, text: str) -> None:
        consult, actor, table = self.consult, self._actor, self.rx

        def arrived(drugs: list[DrugLineInput]) -> None:
            if isValid(table):  # the window may have closed (and been deleted) meanwhile
                table.set_drugs(drugs)

        self._ops.run(
            lambda: consult.drugs(actor, text),
            arrived,
            lambda _e: None,
            timeout_s=10,
            what=self.tr("reading the drug list"),
        )

    # --- closing ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # Esc closes completers and popups, never the doctor's notes
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        self.rx.commit_editing()
        self.save_local()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.rx.commit_editing()
        self.save_local()
        super().closeEvent(event)
