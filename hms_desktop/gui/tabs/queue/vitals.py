"""The triage form's left side: the chief complaint and the vitals of ``ui/triage.ui``.

Empty fields mean "not measured", never 0. The fields take digits only (a decimal point where the
reading has one, in any locale); each has its usual range in its tooltip, and an impossible reading
shows in red under its field as it is typed, an unusual one in amber.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from hms_desktop.domain.triage import VITAL_RANGES
from hms_desktop.gui.forms import find, repolish
from hms_desktop.gui.i18n import service_text
from hms_desktop.services.queue_types import QueueRow, TriageAssessment, TriageInput

ACVPU = (
    (QT_TRANSLATE_NOOP("VitalsForm", "—  not assessed"), None),
    (QT_TRANSLATE_NOOP("VitalsForm", "A — Alert"), "A"),
    (QT_TRANSLATE_NOOP("VitalsForm", "C — new Confusion"), "C"),
    (QT_TRANSLATE_NOOP("VitalsForm", "V — responds to Voice"), "V"),
    (QT_TRANSLATE_NOOP("VitalsForm", "P — responds to Pain"), "P"),
    (QT_TRANSLATE_NOOP("VitalsForm", "U — Unresponsive"), "U"),
)
# field name -> the base of its edit's and error label's object names
INT_FIELDS = {
    "resp_rate": "respRate",
    "spo2": "spo2",
    "systolic_bp": "systolic",
    "diastolic_bp": "diastolic",
    "pulse": "pulse",
    "pain_score": "pain",
}
DEC_FIELDS = {"temperature_c": ("temperature", 1), "glucose_mgdl": ("glucose", 1), "weight_kg": ("weight", 2)}
# the NEWS2 readings a form can miss, named as "Missing: ..." names them
NEWS2_FIELDS = (
    (QT_TRANSLATE_NOOP("VitalsForm", "respiration"), "resp_rate"),
    ("SpO2", "spo2"),
    (QT_TRANSLATE_NOOP("VitalsForm", "systolic BP"), "systolic_bp"),
    (QT_TRANSLATE_NOOP("VitalsForm", "pulse"), "pulse"),
    (QT_TRANSLATE_NOOP("VitalsForm", "temperature"), "temperature_c"),
)
CONSCIOUSNESS = QT_TRANSLATE_NOOP("VitalsForm", "consciousness")
# captions that lost their last letter in a tight column ('Temperature')
WIDE_CAPTIONS = ("spo2Label", "diastolicLabel", "temperatureLabel", "painLabel", "weightLabel")


def set_tone(label: QLabel, tone: str) -> None:
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        repolish(label)


class VitalsForm(QObject):
    changed = Signal()  # any reading, box or the complaint: assess again

    def __init__(self, ui: QWidget, row: QueueRow, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def label(name: str) -> QLabel:
            return find(ui, QLabel, name)

        self.complaint = find(ui, QPlainTextEdit, "complaintEdit")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {"chief_complaint": label("complaintError")}
        c_locale = QLocale.c()
        for field, base in INT_FIELDS.items():
            edit = find(ui, QLineEdit, f"{base}Edit")
            edit.setValidator(QIntValidator(0, 999, edit))
            self.edits[field] = edit
            self.labels[field] = label(f"{base}Error")  # notr: an object name
        for field, (base, places) in DEC_FIELDS.items():
            edit = find(ui, QLineEdit, f"{base}Edit")
            validator = QDoubleValidator(0, 9999, places, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(c_locale)
            edit.setValidator(validator)
            self.edits[field] = edit
            self.labels[field] = label(f"{base}Error")  # notr: an object name
        for field, edit in self.edits.items():
            spec = VITAL_RANGES.get(field)
            if spec is not None:
                edit.setToolTip(
                    self.tr("{reading}, {unit}: usually {low}–{high}").format(
                        reading=service_text(spec.label),
                        unit=self.unit(spec.unit),
                        low=f"{spec.usual[0]:g}",
                        high=f"{spec.usual[1]:g}",
                    )
                )
        self.oxygen = find(ui, QCheckBox, "oxygenCheck")
        self.hypercapnic = find(ui, QCheckBox, "hypercapnicCheck")
        self.pregnant = find(ui, QCheckBox, "pregnantCheck")
        self.consciousness = find(ui, QComboBox, "consciousnessCombo")
        for text, value in ACVPU:
            self.consciousness.addItem(self.tr(str(text)), value)
        self.labels["consciousness"] = label("consciousnessError")
        grid = ui.findChild(QGridLayout, "fieldsGrid")
        if grid is not None:
            grid.setRowStretch(grid.rowCount(), 1)  # spare height below the fields, not between them
            for name in WIDE_CAPTIONS:
                caption = label(name)
                caption.setMinimumWidth(
                    caption.fontMetrics().horizontalAdvance(caption.text().replace("&", "")) + 8
                )
        if row.age_sex.endswith(" M") or row.age_sex == "M":
            self.pregnant.setEnabled(False)
            self.pregnant.setToolTip(self.tr("Not applicable: the patient is recorded as male"))
        else:
            self.pregnant.setToolTip(
                self.tr("In pregnancy NEWS2 does not apply: the obstetric chart (MEOWS) is used")
            )
        if row.chief_complaint:
            self.complaint.setPlainText(row.chief_complaint)
        self.complaint.textChanged.connect(self.changed.emit)
        for edit in self.edits.values():
            edit.textChanged.connect(lambda _t: self.changed.emit())
        for box in (self.oxygen, self.hypercapnic, self.pregnant):
            box.toggled.connect(lambda _on: self.changed.emit())
        self.consciousness.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # --- reading and filling ----------------------------------------------------------------------

    def number(self, field: str) -> int | Decimal | None:
        text = self.edits[field].text().strip().replace(",", ".")
        if not text:
            return None  # empty is "not measured", never 0
        try:
            return int(text) if field in INT_FIELDS else Decimal(text)
        except (ValueError, InvalidOperation):
            return None

    def readings(self) -> dict[str, Any]:
        """The complaint and readings as :class:`TriageInput` fields."""
        out: dict[str, Any] = {field: self.number(field) for field in (*INT_FIELDS, *DEC_FIELDS)}
        out.update(
            chief_complaint=self.complaint.toPlainText().strip() or None,
            on_oxygen=self.oxygen.isChecked(),
            hypercapnic=self.hypercapnic.isChecked(),
            consciousness=self.consciousness.currentData(),
            pregnant=self.pregnant.isChecked(),
        )
        return out

    def fill(self, data: TriageInput) -> None:
        """The last recorded readings (fields the nurse already typed are kept)."""
        for field, edit in self.edits.items():
            value = getattr(data, field)
            if value is not None and not edit.text():
                edit.setText(str(value))
        if not self.complaint.toPlainText() and data.chief_complaint:
            self.complaint.setPlainText(data.chief_complaint)
        self.oxygen.setChecked(data.on_oxygen)
        self.hypercapnic.setChecked(data.hypercapnic)
        self.pregnant.setChecked(data.pregnant)
        if data.consciousness is not None:
            self.consciousness.setCurrentIndex(max(0, self.consciousness.findData(data.consciousness)))

    def unit(self, unit: str) -> str:
        """A reading's unit as the form shows it ('/min' in the desk's language)."""
        return self.tr("/min") if unit == "/min" else unit

    def missing_for_news2(self) -> list[str]:
        """The NEWS2 readings not entered yet, by name in the desk's language."""
        missing = [self.tr(str(name)) for name, field in NEWS2_FIELDS if self.number(field) is None]
        if self.consciousness.currentData() is None:
            missing.append(self.tr(str(CONSCIOUSNESS)))
        return missing

    def shown_values(self) -> dict[str, str]:
        """Each NEWS2 part's reading as the form shows it."""
        e = self.edits
        return {
            "resp_rate": e["resp_rate"].text(),
            "spo2": f"{e['spo2'].text()}%",
            "air_or_oxygen": self.tr("oxygen") if self.oxygen.isChecked() else self.tr("air"),
            "systolic_bp": e["systolic_bp"].text(),
            "pulse": e["pulse"].text(),
            "consciousness": self.consciousness.currentData() or "",
            "temperature": f"{e['temperature_c'].text()} °C",
        }

    def show_checks(self, a: TriageAssessment) -> None:
        """Impossible readings in red, unusual ones in amber, as the nurse types."""
        for field in (*INT_FIELDS, *DEC_FIELDS, "consciousness"):
            label = self.labels[field]
            if field in a.errors:  # the pure assessment's words, not an error through Ops: translated here
                label.setText(service_text(a.errors[field]))
                set_tone(label, "error")
            elif field in a.warnings:
                label.setText(service_text(a.warnings[field]))
                set_tone(label, "warning")
            else:
                label.setText("")
                set_tone(label, "")  # an amber band left from a half-typed reading would linger
