"""The consultation's form as data: vitals, complaint, SOAP notes, advice, follow-up, paper size and
procedures (widgets of ``ui/consultation.ui``), with the diagnoses and the prescription lines it is
given. It turns the form into the plain dict kept in drafts and back (:meth:`ConsultForm.form_state`,
:meth:`ConsultForm.apply_state`), and into the :class:`ConsultationInput` the service takes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from hms_desktop.gui.forms import find, repolish, set_message
from hms_desktop.gui.tabs.consult.icd_picker import Chosen, IcdPicker
from hms_desktop.gui.tabs.consult.rx_table import FIELDS, RxLine, RxTable
from hms_desktop.gui.tabs.consult.summary import vital_text
from hms_desktop.services.consultation_types import ConsultationInput, ConsultationView

if TYPE_CHECKING:
    from hms_desktop.gui.desk import Clock

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
# the vitals' short names in the error line, in English; vital_name() says them in the desk's language
VITAL_NAMES = {
    "pulse": str(QT_TRANSLATE_NOOP("ConsultForm", "Pulse")),
    "systolic_bp": str(QT_TRANSLATE_NOOP("ConsultForm", "Systolic")),
    "diastolic_bp": str(QT_TRANSLATE_NOOP("ConsultForm", "Diastolic")),
    "temperature_c": str(QT_TRANSLATE_NOOP("ConsultForm", "Temp")),
    "spo2": str(QT_TRANSLATE_NOOP("ConsultForm", "SpO₂")),
    "resp_rate": str(QT_TRANSLATE_NOOP("ConsultForm", "RR")),
    "weight_kg": str(QT_TRANSLATE_NOOP("ConsultForm", "Weight")),
    "glucose_mgdl": str(QT_TRANSLATE_NOOP("ConsultForm", "Glucose")),
    "pain_score": str(QT_TRANSLATE_NOOP("ConsultForm", "Pain")),
}
NOTES = ("subjective", "objective", "assessment", "plan")


def vital_name(field: str) -> str:
    """A vital's short name (Pulse, Temp) in the desk's language; another field's key as it is."""
    return QCoreApplication.translate("ConsultForm", VITAL_NAMES[field]) if field in VITAL_NAMES else field


PAPERS = ("A5", "A4")


class ConsultForm(QObject):
    """The widgets the doctor writes in; ``edited`` when the doctor (not a fill) changed one."""

    edited = Signal()

    def __init__(self, ui: QWidget, picker: IcdPicker, rx: RxTable, clock: Clock, default_paper: str) -> None:
        super().__init__(ui)
        self.picker, self.rx, self._clock = picker, rx, clock
        self.vital_edits: dict[str, QLineEdit] = {}
        c_locale = QLocale.c()
        for field, (base, places) in VITALS.items():
            edit = find(ui, QLineEdit, f"{base}Edit")
            if places is None:
                edit.setValidator(QIntValidator(0, 999, edit))
            else:
                validator = QDoubleValidator(0, 9999, places, edit)
                validator.setNotation(QDoubleValidator.Notation.StandardNotation)
                validator.setLocale(c_locale)
                edit.setValidator(validator)
            self.vital_edits[field] = edit
        self.vitals_error = find(ui, QLabel, "vitalsError")
        self.complaint = find(ui, QLineEdit, "complaintEdit")
        self.notes = {n: find(ui, QPlainTextEdit, f"{n}Edit") for n in NOTES}
        for note in self.notes.values():  # two lines each at the least: the prescription needs the room
            note.setMinimumHeight(2 * note.fontMetrics().lineSpacing() + 10)
        self.advice = find(ui, QPlainTextEdit, "adviceEdit")
        self.follow_check = find(ui, QCheckBox, "followUpCheck")
        self.follow_date = find(ui, QDateEdit, "followUpEdit")
        self.follow_error = find(ui, QLabel, "followUpError")
        self.paper = find(ui, QComboBox, "paperCombo")
        self.paper.addItems(PAPERS)
        # the desk's default (set-up wizard, Desk defaults); the doctor can still choose per prescription
        self.paper.setCurrentIndex(max(0, self.paper.findText(default_paper)))
        self.procedures_button = find(ui, QToolButton, "proceduresButton")
        self.procedures_menu = QMenu(self.procedures_button)
        self.procedures_button.setMenu(self.procedures_menu)
        self.procedure_actions: dict[str, QAction] = {}
        self.baseline: dict[str, Any] = {}  # the form as the server has it
        self._filling = False
        self.vitals_error.setText("")
        self.show_follow_up_error("")
        self.follow_date.setEnabled(False)
        for edit in (*self.vital_edits.values(), self.complaint):
            edit.textEdited.connect(lambda _t: self.note_change())
        for text in (*self.notes.values(), self.advice):
            text.textChanged.connect(self.note_change)
        self.follow_check.toggled.connect(self._follow_toggled)
        self.follow_date.dateChanged.connect(lambda _d: self.note_change())
        for changed in (self.follow_check.toggled, self.follow_date.dateChanged):
            changed.connect(lambda _v: self.show_follow_up_error(""))  # being fixed: the message goes
        self.paper.currentIndexChanged.connect(lambda _i: self.note_change())
        self.picker.changed.connect(self.note_change)

    def note_change(self) -> None:
        if not self._filling:
            self.edited.emit()

    def _follow_toggled(self, on: bool) -> None:
        self.follow_date.setEnabled(on)
        self.note_change()

    @contextmanager
    def _fill(self) -> Iterator[None]:
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    # --- procedures -----------------------------------------------------------------------------

    def fill_procedures(self, items: list[tuple[str, str, Any]]) -> None:
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
        self.procedures_button.setText(
            self.tr("Procedures ({n})…").format(n=n) if n else self.tr("Procedures…")
        )

    def chosen_procedures(self) -> tuple[str, ...]:
        return tuple(code for code, act in self.procedure_actions.items() if act.isChecked())

    # --- the form as plain data (for drafts) ----------------------------------------------------

    def fill_from(self, view: ConsultationView) -> None:
        """The form as the server has it; that is the new baseline."""
        self.apply_state(self.state_of(view))
        self.baseline = self.form_state()

    def rebase(self, view: ConsultationView, typed: dict[str, Any]) -> None:
        """After a server save: the baseline is the saved view with the vitals and paper as typed."""
        self.baseline = self.state_of(view) | {"vitals": typed["vitals"], "paper_size": typed["paper_size"]}

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
        with self._fill():
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
                else _qdate(self._clock.today() + dt.timedelta(days=7))
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
                bad[f] = self.tr("Not a number.")
        return out, bad

    def form_input(self, confirmed: bool = False, override_reason: str | None = None) -> ConsultationInput:
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
            allergy_override_reason=text(override_reason) if override_reason is not None else None,
        )

    # --- errors ---------------------------------------------------------------------------------

    def show_vitals_errors(self, errors: dict[str, str]) -> None:
        self.vitals_error.setProperty("tone", "error")
        repolish(self.vitals_error)
        self.vitals_error.setText("  ".join(f"{vital_name(k)}: {v}" for k, v in errors.items()))

    def show_follow_up_error(self, text: str) -> None:
        set_message(self.follow_error, text)

    def clear_errors(self) -> None:
        self.vitals_error.setText("")
        self.picker.show_error("")
        self.show_follow_up_error("")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
