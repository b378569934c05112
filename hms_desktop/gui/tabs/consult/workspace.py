"""The doctor's consultation window (``ui/consultation.ui``): patient banner with the allergies, the
summary on the left, vitals and SOAP notes, ICD-10 diagnoses, the prescription, and the printout.

Every service call runs on a worker through :class:`hms_desktop.gui.ops.Ops`: opening (start +
summary), saving the draft, completing, the drug list, and building the prescription PDF. Nothing
typed is ever lost: the form is copied to a local draft (:mod:`.drafts`) a few seconds after typing,
after every failed save and on close; a newer local copy is offered back when the window reopens.

Completing may come back with warnings (allergy, the same drug twice, error-prone dose writing):
they are shown in amber (allergies in red) under the table and "Warnings checked — complete anyway"
appears; completing again sends the confirmation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDoubleValidator,
    QIntValidator,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from hms_desktop.domain.prescribing import ALLERGY_WARNING, OVERRIDE_REASON_MAX
from hms_desktop.errors import ConfirmationNeeded, HmsError, ValidationError
from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
from hms_desktop.gui.forms import find, load_form, repolish, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.settings import PRESCRIPTION_PAPER
from hms_desktop.gui.tabs.appointments.timefmt import local
from hms_desktop.gui.tabs.consult.drafts import Draft, DraftStore
from hms_desktop.gui.tabs.consult.favourites import Favourites
from hms_desktop.gui.tabs.consult.icd_picker import Chosen, IcdPicker
from hms_desktop.gui.tabs.consult.rx_table import FIELDS, RxLine, RxTable
from hms_desktop.gui.tabs.consult.summary import summary_html, vital_text
from hms_desktop.services.consultation_types import (
    CompleteResult,
    ConsultationInput,
    ConsultationView,
    DrugLineInput,
    PatientSummary,
)

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

AUTOSAVE_MS = 3000
RX_ROWS_SHOWN = 6  # drug lines the prescription shows without scrolling, when the screen allows
# service field -> (form base name, decimals or None for whole numbers)
VITALS: dict[str, tuple[str, int | None]] = {
    "pulse": ("pulse", None),
    "systolic_bp": ("systolic", None),
    "diastolic_bp": ("diastolic", None),
    "temperature_c": ("temperature", 1),
    "spo2": ("spo2", None),
    "resp_rate": ("respRate", None),
    "weight_kg": ("weight", 2),
    "glucose_mgdl": ("glucose", 1),
    "pain_score": ("pain", None),
}
NOTES = ("subjective", "objective", "assessment", "plan")
PAPERS = ("A5", "A4")


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
        actor = desk.actor
        self._ops, self._services, self._actor = desk.ops, services, actor
        self.consult = services.consultation
        self.queue_entry_id = queue_entry_id
        self.settings = desk.settings  # saved geometry (PreserveGeometry) and the PDF folder
        self.drafts = drafts or DraftStore(user=actor.username)
        self.tz = desk.clock.zone
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.setWindowTitle("Consultation — HMS Desktop")
        self.ui = load_form("consultation.ui", self)
        u = self.ui
        self.name_label = find(u, QLabel, "nameLabel")
        self.details_label = find(u, QLabel, "detailsLabel")
        self.status_label = find(u, QLabel, "statusLabel")
        self.allergy_label = find(u, QLabel, "allergyLabel")
        self.restore_frame = find(u, QFrame, "restoreFrame")
        self.restore_label = find(u, QLabel, "restoreLabel")
        self.restore_button = find(u, QPushButton, "restoreButton")
        self.discard_button = find(u, QPushButton, "discardButton")
        self.summary_browser = find(u, QTextBrowser, "summaryBrowser")
        self.vital_edits: dict[str, QLineEdit] = {}
        c_locale = QLocale.c()
        for field, (base, places) in VITALS.items():
            edit = find(u, QLineEdit, f"{base}Edit")
            if places is None:
                edit.setValidator(QIntValidator(0, 999, edit))
            else:
                validator = QDoubleValidator(0, 9999, places, edit)
                validator.setNotation(QDoubleValidator.Notation.StandardNotation)
                validator.setLocale(c_locale)
                edit.setValidator(validator)
            self.vital_edits[field] = edit
        self.vitals_error = find(u, QLabel, "vitalsError")
        self.complaint = find(u, QLineEdit, "complaintEdit")
        self.notes = {n: find(u, QPlainTextEdit, f"{n}Edit") for n in NOTES}
        for note in self.notes.values():  # two lines each at the least: the prescription needs the room
            note.setMinimumHeight(2 * note.fontMetrics().lineSpacing() + 10)
        self.advice = find(u, QPlainTextEdit, "adviceEdit")
        self.follow_check = find(u, QCheckBox, "followUpCheck")
        self.follow_date = find(u, QDateEdit, "followUpEdit")
        self.paper = find(u, QComboBox, "paperCombo")
        self.paper.addItems(PAPERS)
        # the desk's default (set-up wizard, Desk defaults); the doctor can still choose per prescription
        self.paper.setCurrentIndex(max(0, self.paper.findText(self.settings.get(PRESCRIPTION_PAPER))))
        self.procedures_button = QToolButton()
        self.procedures_button.setText("Procedures…")
        self.procedures_button.setStyleSheet(
            "QToolButton { padding: 4px 10px; } QToolButton::menu-indicator { image: none; width: 0; }"
        )
        self.procedures_button.setToolTip("Procedures done in the room, charged with the consultation")
        self.procedures_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.procedures_menu = QMenu(self.procedures_button)
        self.procedures_button.setMenu(self.procedures_menu)
        self.procedure_actions: dict[str, QAction] = {}
        row = u.findChild(QBoxLayout, "buttonsLayout")  # beside the paper size
        if row is not None:
            row.insertWidget(row.indexOf(self.paper) + 1, self.procedures_button)
        self.confirm = find(u, QCheckBox, "confirmCheck")
        self.override_reason = QLineEdit()  # why a drug is given despite a recorded allergy (audited)
        self.override_reason.setObjectName("overrideReasonEdit")
        self.override_reason.setPlaceholderText("Why, despite the allergy?")
        self.override_reason.setMaxLength(OVERRIDE_REASON_MAX)
        self.override_reason.setMinimumWidth(200)
        self.override_reason.setVisible(False)
        if row is not None:
            row.insertWidget(row.indexOf(self.confirm) + 1, self.override_reason)
        self.message = find(u, QLabel, "messageLabel")
        self.save_button = find(u, QPushButton, "saveDraftButton")
        self.complete_button = find(u, QPushButton, "completeButton")
        self.close_button = find(u, QPushButton, "closeButton")
        self.main_splitter = find(u, QSplitter, "mainSplitter")
        self.work_splitter = find(u, QSplitter, "workSplitter")
        self.picker = IcdPicker()
        self._host(find(u, QWidget, "diagnosisHost"), self.picker)
        self.rx = RxTable(find(u, QWidget, "rxHost"))
        self.favourites = Favourites(
            self,
            self._ops,
            services.rx_favourites,
            actor,
            self.rx,
            lambda t, tone: set_message(self.message, t, tone),
        )
        if row is not None:  # beside Procedures: F8 then a number inserts one
            row.insertWidget(row.indexOf(self.procedures_button) + 1, self.favourites.button)
        self.main_splitter.setSizes([300, 1080])
        self.main_splitter.setStretchFactor(1, 1)
        self.work_splitter.setSizes([400, 330])
        self.work_splitter.setStretchFactor(1, 1)  # a taller window gives the prescription the room
        self._splitter_dragged = False
        self.work_splitter.splitterMoved.connect(self._splitter_moved)
        for b in (
            self.save_button,
            self.complete_button,
            self.close_button,
            self.restore_button,
            self.discard_button,
        ):
            b.setAutoDefault(False)
        set_message(self.message, "")
        self.restore_frame.setVisible(False)
        self.confirm.setVisible(False)
        self.vitals_error.setText("")
        self.follow_date.setEnabled(False)

        self.view: ConsultationView | None = None
        self.summary: PatientSummary | None = None
        self.version: int | None = None
        self.baseline: dict[str, Any] = {}  # the form as the server has it
        self.pending_draft: Draft | None = None
        self.preview: PdfPreviewDialog | None = None
        self.completion: CompleteResult | None = None
        self.busy = False
        self.is_completed = False
        self.dirty = False
        self._filling = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_local)
        self._wire()
        self._set_enabled(False)
        self.restore_geometry(self.settings)

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

    @staticmethod
    def _host(host: QWidget, child: QWidget) -> None:
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(child)

    def _wire(self) -> None:
        for edit in (*self.vital_edits.values(), self.complaint):
            edit.textEdited.connect(lambda _t: self._changed())
        for note in (*self.notes.values(), self.advice):
            note.textChanged.connect(self._changed)
        self.follow_check.toggled.connect(self._follow_toggled)
        self.follow_date.dateChanged.connect(lambda _d: self._changed())
        self.paper.currentIndexChanged.connect(lambda _i: self._changed())
        self.picker.changed.connect(self._changed)
        self.rx.changed.connect(self._lines_changed)
        self.rx.drugs_needed.connect(self._read_drugs)
        self.save_button.clicked.connect(self.save_draft)
        self.complete_button.clicked.connect(self.complete)
        self.close_button.clicked.connect(self.close)
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        for keys, slot in (
            (("Ctrl+S",), self.save_draft),
            (("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), self.complete),
            (("Ctrl+D",), self.picker.search.setFocus),
            (("Ctrl+L",), self._focus_lines),
        ):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        self.picker.search.setToolTip("Ctrl+D")

    def _focus_lines(self) -> None:
        if not self.rx.model.lines:
            self.rx.add_line()
        else:
            self.rx.view.setFocus()

    # --- opening ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Open (or resume) the consultation for the queue entry, with the patient's summary."""
        consult, actor, entry_id = self.consult, self._actor, self.queue_entry_id

        def load() -> tuple[ConsultationView, PatientSummary, list[tuple[str, str, Any]]]:
            view = consult.start(actor, entry_id)
            return view, consult.summary(actor, view.patient_id), consult.procedures(actor)

        set_message(self.message, "Opening the consultation…", "info")
        self._ops.run(load, self._loaded, self._open_failed, timeout_s=30, what="opening the consultation")
        self.favourites.load()
        drafts = self.drafts

        def keep(info: Any) -> None:
            drafts.keep_for(info.draft_keep_days)

        self._ops.run(  # the clinic's draft retention; until it is read, the default week
            self._services.clinic.settings,
            keep,
            lambda _error: None,
            timeout_s=30,
            what="reading how long drafts are kept",
        )
        usage = self._services.diagnosis_usage
        self._ops.run(  # ranks the diagnosis search; without it the search still works
            lambda: usage.usage(actor),
            lambda u: self.picker.set_usage(u.counts, u.recent),
            lambda _error: None,  # the plain ranking stays
            timeout_s=30,
            what="reading the clinic's diagnosis codes",
        )

    def _loaded(self, result: tuple[ConsultationView, PatientSummary, list[tuple[str, str, Any]]]) -> None:
        view, summary, procedures = result
        self.summary = summary
        self._fill_procedures(procedures)
        self._show_patient(summary)
        self.rx.set_allergies(summary.allergies)
        self._fill(view)
        self.is_completed = view.status == "completed"
        self._set_enabled(not self.is_completed)
        set_message(
            self.message,
            "This consultation is completed; amend the prescription instead." if self.is_completed else "",
            "info",
        )
        draft = self.drafts.load(view.id)
        if (
            draft is not None
            and not self.is_completed
            and draft.base_version >= view.row_version
            and draft.form != self.baseline
        ):
            self.pending_draft = draft
            at = local(draft.saved_at, self.tz)
            self.restore_label.setText(
                f"Restore your unsaved notes from {at:%H:%M}"
                + ("" if at.date() == self.desk.clock.today() else f" on {at:%d %b}")
                + "?"
            )
            self.restore_frame.setVisible(True)
            self.restore_button.setFocus()
        else:
            self.complaint.setFocus() if not self.complaint.text() else self.notes["subjective"].setFocus()
        self.opened.emit()

    def _open_failed(self, error: HmsError) -> None:
        self.name_label.setText("Could not open the consultation")
        set_message(self.message, error.message)
        self.failed.emit(error.message)

    def _show_patient(self, s: PatientSummary) -> None:
        self.setWindowTitle(f"Consultation — {s.name} — HMS Desktop")
        self.name_label.setText(s.name)
        parts = [s.age_sex, f"MRN {s.mrn}"]
        if s.abha:
            parts.append(f"ABHA {s.abha}")
        if s.blood_group:
            parts.append(f"Blood {s.blood_group}")
        self.details_label.setText("  ·  ".join(p for p in parts if p))
        allergies = (s.allergies or "").strip()
        if allergies:
            state, text = "known", f"⚠ ALLERGIES: {allergies}"
        elif s.allergy_status == "nkda":
            state = "none"
            text = "No known allergies" + (f" ({s.allergy_confirmed})" if s.allergy_confirmed else "")
        else:  # not recorded is not "none": ask
            state, text = "unknown", "⚠ Allergies not recorded: ask the patient"
        self.allergy_label.setText(text)
        if self.allergy_label.property("state") != state:
            self.allergy_label.setProperty("state", state)
            repolish(self.allergy_label)
        self.summary_browser.setHtml(summary_html(s, self.tz, self.view.id if self.view else None))

    def _fill(self, view: ConsultationView) -> None:
        self.view, self.version = view, view.row_version
        state = self.state_of(view)
        self.apply_state(state)
        self.baseline = self.form_state()
        self.dirty = False
        if self.summary is not None:
            self.summary_browser.setHtml(summary_html(self.summary, self.tz, view.id))
        self.status_label.setText("Completed" if view.status == "completed" else "Draft — in consultation")

    def state_of(self, view: ConsultationView) -> dict[str, Any]:
        lines = (
            [dataclasses.asdict(RxLine.from_doc(x)) for x in view.prescription.lines]
            if view.prescription
            else []
        )
        return {
            "chief_complaint": view.chief_complaint or "",
            **{n: getattr(view, n) or "" for n in NOTES},
            "advice": view.advice or "",
            "follow_up_on": view.follow_up_on.isoformat() if view.follow_up_on else None,
            "vitals": {f: vital_text(view.vitals.get(f)) for f in VITALS},
            "diagnoses": [Chosen(d.description, d.icd10_code).as_dict() for d in view.diagnoses],
            "lines": lines,
            "paper_size": self.paper.currentText() or PAPERS[0],
        }

    # --- the form as plain data (for drafts) ----------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        follow = self.follow_date.date().toPython() if self.follow_check.isChecked() else None
        return {
            "chief_complaint": self.complaint.text(),
            **{n: e.toPlainText() for n, e in self.notes.items()},
            "advice": self.advice.toPlainText(),
            "follow_up_on": follow.isoformat() if isinstance(follow, dt.date) else None,
            "vitals": {f: e.text() for f, e in self.vital_edits.items()},
            "diagnoses": [c.as_dict() for c in self.picker.items],
            "lines": [dataclasses.asdict(x) for x in self.rx.model.filled()],
            "paper_size": self.paper.currentText(),
            "procedures": list(self.chosen_procedures()),
        }

    def apply_state(self, state: dict[str, Any]) -> None:
        self._filling = True
        try:
            self.complaint.setText(state.get("chief_complaint", ""))
            for n, e in self.notes.items():
                e.setPlainText(state.get(n, ""))
            for code in state.get("procedures", []):
                if code in self.procedure_actions:
                    self.procedure_actions[code].setChecked(True)
            self.advice.setPlainText(state.get("advice", ""))
            follow = state.get("follow_up_on")
            self.follow_check.setChecked(bool(follow))
            self.follow_date.setDate(
                QDate.fromString(follow, Qt.DateFormat.ISODate)
                if follow
                else _qdate(self.desk.clock.today() + dt.timedelta(days=7))
            )
            for f, edit in self.vital_edits.items():
                edit.setText(state.get("vitals", {}).get(f, ""))
            self.picker.set_items(Chosen(d["description"], d.get("code")) for d in state.get("diagnoses", []))
            known = set(FIELDS) | {"brand_name"}
            self.rx.set_lines(
                [RxLine(**{k: str(v) for k, v in x.items() if k in known}) for x in state.get("lines", [])]
            )
            index = self.paper.findText(state.get("paper_size") or PAPERS[0])
            self.paper.setCurrentIndex(max(0, index))
        finally:
            self._filling = False

    def restore_draft(self) -> None:
        draft = self.pending_draft
        self.restore_frame.setVisible(False)
        self.pending_draft = None
        if draft is not None:
            self.apply_state(draft.form)
            self.dirty = True
            set_message(
                self.message,
                "Your unsaved notes are back. Save or complete to keep them on the server.",
                "info",
            )

    def discard_draft(self) -> None:
        self.restore_frame.setVisible(False)
        if self.view is not None:
            self.drafts.delete(self.view.id)
        self.pending_draft = None

    # --- changes and the local draft ------------------------------------------------------------

    def _changed(self) -> None:
        if self._filling:
            return
        self.dirty = True
        if not self._autosave.isActive():
            self._autosave.start()  # at most one write every few seconds while typing

    def _lines_changed(self) -> None:
        if self.confirm.isChecked():
            self.confirm.setChecked(False)  # the lines changed after the warnings were checked
        self._changed()

    def _follow_toggled(self, on: bool) -> None:
        self.follow_date.setEnabled(on)
        self._changed()

    def save_local(self) -> bool:
        """Copy the form to the local draft now (also on every failed save and on close)."""
        self._autosave.stop()
        if self.view is None or self.is_completed or not self.dirty:
            return False
        return self.drafts.save(self.view.id, self.version or 0, self.form_state())

    # --- input ----------------------------------------------------------------------------------

    def changed_vitals(self) -> tuple[dict[str, object], dict[str, str]]:
        """The vitals the doctor changed ({field: value}), and the ones that are not numbers."""
        before = self.baseline.get("vitals", {})
        out: dict[str, object] = {}
        bad: dict[str, str] = {}
        for f, e in self.vital_edits.items():
            text = e.text().strip()
            if text == before.get(f, ""):
                continue
            if not text:
                out[f] = None
                continue
            try:
                out[f] = int(text) if VITALS[f][1] is None else Decimal(text)
            except (ValueError, InvalidOperation):
                bad[f] = "Not a number."
        return out, bad

    def _fill_procedures(self, items: list[tuple[str, str, Any]]) -> None:
        self.procedures_menu.clear()
        self.procedure_actions = {}
        for code, name, price in items:
            act = self.procedures_menu.addAction(f"{name}  (₹{price:,.2f})")
            act.setCheckable(True)
            act.toggled.connect(lambda _on: self._procedures_changed())
            self.procedure_actions[code] = act
        self.procedures_button.setEnabled(bool(items))

    def _procedures_changed(self) -> None:
        n = len(self.chosen_procedures())
        self.procedures_button.setText(f"Procedures ({n})…" if n else "Procedures…")

    def chosen_procedures(self) -> tuple[str, ...]:
        return tuple(code for code, act in self.procedure_actions.items() if act.isChecked())

    def form_input(self, confirmed: bool = False) -> ConsultationInput:
        vitals, _bad = self.changed_vitals()
        follow = self.follow_date.date().toPython() if self.follow_check.isChecked() else None

        def text(value: str) -> str | None:
            return value.strip() or None

        return ConsultationInput(
            chief_complaint=text(self.complaint.text()),
            subjective=text(self.notes["subjective"].toPlainText()),
            objective=text(self.notes["objective"].toPlainText()),
            assessment=text(self.notes["assessment"].toPlainText()),
            plan=text(self.notes["plan"].toPlainText()),
            advice=text(self.advice.toPlainText()),
            follow_up_on=follow if isinstance(follow, dt.date) else None,
            diagnoses=self.picker.diagnoses(),
            lines=self.rx.lines(),
            vitals=vitals or None,
            procedures=self.chosen_procedures(),
            paper_size=self.paper.currentText() or PAPERS[0],
            confirmed=confirmed,
            allergy_override_reason=text(self.override_reason.text())
            if self.override_reason.isVisible()
            else None,
        )

    # --- save and complete ----------------------------------------------------------------------

    def _set_enabled(self, on: bool) -> None:
        self.save_button.setEnabled(on and not self.busy)
        self.complete_button.setEnabled(on and not self.busy)
        self.favourites.button.setEnabled(on)

    def _clear_errors(self) -> None:
        self.vitals_error.setText("")
        self.picker.show_error("")
        set_message(self.message, "")

    def _begin(self, text: str) -> bool:
        if self.view is None or self.busy or self.is_completed:
            return False
        self.rx.commit_editing()
        _vitals, bad = self.changed_vitals()
        if bad:
            self._show_vitals_errors(bad)
            return False
        self._clear_errors()
        self.busy = True
        self._set_enabled(True)
        set_message(self.message, text, "info")
        return True

    def save_draft(self) -> None:
        if not self._begin("Saving…"):
            return
        assert self.view is not None
        consult, actor, cid, version, data = (
            self.consult,
            self._actor,
            self.view.id,
            self.version,
            self.form_input(),
        )
        self._ops.run(
            lambda: consult.save_draft(actor, cid, data, expected_version=version),
            self._saved,
            self._save_failed,
            timeout_s=30,
            what="saving the consultation",
        )

    def _saved(self, view: ConsultationView) -> None:
        self.busy = False
        typed = self.form_state()
        self.view, self.version = view, view.row_version
        self.baseline = self.state_of(view) | {"vitals": typed["vitals"], "paper_size": typed["paper_size"]}
        self._autosave.stop()
        at = f"{self.desk.clock.now():%H:%M}"
        if typed["lines"]:
            # the server keeps drug lines only when the consultation is completed: this computer
            # keeps them meanwhile (over the new version, so they are offered back on reopening)
            self.dirty = True
            self.drafts.save(view.id, view.row_version, typed)
            text = (
                f"Draft saved at {at}. The prescription lines are kept on this computer until you complete."
            )
        else:
            self.dirty = False
            self.drafts.delete(view.id)
            text = f"Draft saved at {at}."
        self._set_enabled(True)
        set_message(self.message, text, "ok")
        self.saved.emit()

    def _save_failed(self, error: HmsError) -> None:
        self.busy = False
        self.dirty = True
        self.save_local()
        self._set_enabled(True)
        self._show_error(error)

    def complete(self) -> None:
        confirmed = self.confirm.isVisible() and self.confirm.isChecked()
        if not self._begin("Completing…"):
            return
        assert self.view is not None
        consult, actor, cid, version = self.consult, self._actor, self.view.id, self.version
        data = self.form_input(confirmed)
        self._ops.run(
            lambda: consult.complete(actor, cid, data, expected_version=version),
            self._completed,
            self._complete_failed,
            timeout_s=30,
            what="completing the consultation",
        )

    def _completed(self, result: CompleteResult) -> None:
        self.busy = False
        self.completion = result
        self.is_completed = True
        self.dirty = False
        self._autosave.stop()
        self.view, self.version = result.consultation, result.consultation.row_version
        self.drafts.delete(result.consultation.id)
        self._set_enabled(False)
        self.confirm.setVisible(False)
        self.override_reason.setVisible(False)
        self.status_label.setText("Completed")
        code = f" Prescription {result.verify_code}." if result.verify_code else ""
        charges = f" For the cashier: {'; '.join(result.charges)}." if result.charges else ""
        set_message(self.message, f"Consultation completed.{code}{charges}", "ok")
        self.completed.emit(result)
        if result.prescription_id is not None:
            self.print_prescription(result.prescription_id)

    def print_prescription(self, prescription_id: int) -> None:
        consult, actor = self.consult, self._actor

        def build() -> bytes:
            from hms_desktop.reports.prescription import prescription_pdf

            return prescription_pdf(consult.prescription_doc(actor, prescription_id))

        self._ops.run(build, self._show_pdf, self._pdf_failed, timeout_s=60, what="building the prescription")

    def _show_pdf(self, pdf: bytes) -> None:
        code = self.completion.verify_code if self.completion else ""
        name = self.summary.name if self.summary else ""
        self.preview = PdfPreviewDialog(pdf, f"Prescription {code} — {name}", self, self.settings)
        self.preview.show()
        self.preview_opened.emit(self.preview)

    def _pdf_failed(self, error: HmsError) -> None:
        set_message(self.message, f"The consultation is completed, but the printout failed: {error.message}")
        self.failed.emit(error.message)

    def _complete_failed(self, error: HmsError) -> None:
        self.busy = False
        self.dirty = True
        self.save_local()
        self._set_enabled(True)
        if isinstance(error, ConfirmationNeeded):
            self.rx.show_server({k: v for k, v in error.errors.items() if k.startswith("line")}, "warning")
            others = [v for k, v in error.errors.items() if not k.startswith("line")]
            self.confirm.setChecked(False)
            self.confirm.setVisible(True)
            allergy = any(v.startswith(ALLERGY_WARNING) for v in error.errors.values())
            self.override_reason.setVisible(allergy)
            set_message(
                self.message,
                " ".join(
                    [
                        *others,
                        "Check the warnings under the prescription, tick "
                        "“Warnings checked — complete anyway” and complete again.",
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

    def _show_error(self, error: HmsError) -> None:
        if not isinstance(error, ValidationError):
            set_message(self.message, error.message + " Your notes are kept on this computer.")
            self.failed.emit(error.message)
            return
        errors = error.errors
        lines = {
            k: v for k, v in errors.items() if k.startswith("line") or k in ("procedures", "prescription")
        }
        diag = [v for k, v in errors.items() if k.startswith("diagnos")]
        vitals = {k: v for k, v in errors.items() if k in VITALS or k in ("on_oxygen", "consciousness")}
        rest = [
            v for k, v in errors.items() if k not in lines and not k.startswith("diagnos") and k not in vitals
        ]
        if lines:
            self.rx.show_server(lines, "error")
        if diag:
            self.picker.show_error(" ".join(diag))
        if vitals:
            self._show_vitals_errors(vitals)
        set_message(self.message, " ".join(rest) or "Please correct what is marked in red.")
        self.failed.emit(error.message)

    def _show_vitals_errors(self, errors: dict[str, str]) -> None:
        names = {
            "pulse": "Pulse",
            "systolic_bp": "Systolic",
            "diastolic_bp": "Diastolic",
            "temperature_c": "Temp",
            "spo2": "SpO₂",
            "resp_rate": "RR",
            "weight_kg": "Weight",
            "glucose_mgdl": "Glucose",
            "pain_score": "Pain",
        }
        self.vitals_error.setProperty("tone", "error")
        repolish(self.vitals_error)
        self.vitals_error.setText("  ".join(f"{names.get(k, k)}: {v}" for k, v in errors.items()))

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
            what="reading the drug list",
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


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
