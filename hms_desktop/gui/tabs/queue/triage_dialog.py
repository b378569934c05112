"""The triage form: complaint and vitals on the left, the live NEWS2 and suggested level on the right.

The form re-assesses on every change with the pure :func:`hms_desktop.services.triage.assess` and
the rules it read once (on a worker) when it opened; the service re-runs the same assessment on
save. Empty fields mean "not measured", never 0. Impossible readings show in red next to the field
as they are typed, unusual ones in amber; saving unusual readings needs "Readings checked".
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from hms_desktop.domain.triage import VITAL_RANGES
from hms_desktop.errors import ConcurrentChange, ConfirmationNeeded, HmsError, ValidationError
from hms_desktop.gui.forms import find, repolish, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.queue.dialogs import QueueDialog, patient_line
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.queue_types import QueueRow, ScaleLevelInfo, TriageAssessment, TriageInput
from hms_desktop.services.triage import TriageService, assess

if TYPE_CHECKING:
    from hms_desktop.domain.triage import Discriminator
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

LEVELS = ("red", "orange", "yellow", "green", "blue")
ACVPU = (
    ("—  not assessed", None),
    ("A — Alert", "A"),
    ("C — new Confusion", "C"),
    ("V — responds to Voice", "V"),
    ("P — responds to Pain", "P"),
    ("U — Unresponsive", "U"),
)
PART_NAMES = {
    "resp_rate": "Respiration",
    "spo2": "SpO2",
    "air_or_oxygen": "Air or oxygen",
    "systolic_bp": "Systolic BP",
    "pulse": "Pulse",
    "consciousness": "Consciousness",
    "temperature": "Temperature",
}
RISK_TEXT = {
    "low": "Low clinical risk",
    "low-medium": "Low–medium risk: one parameter scores 3 — urgent review",
    "medium": "Medium risk — urgent response",
    "high": "High risk — emergency response",
}
# field name -> (edit object name, error label object name)
INT_FIELDS = {
    "resp_rate": "respRate",
    "spo2": "spo2",
    "systolic_bp": "systolic",
    "diastolic_bp": "diastolic",
    "pulse": "pulse",
    "pain_score": "pain",
}
DEC_FIELDS = {"temperature_c": ("temperature", 1), "glucose_mgdl": ("glucose", 1), "weight_kg": ("weight", 2)}


def chip_style(info: ScaleLevelInfo | None) -> str:
    fill, ink = (info.colour, info.text_colour) if info else ("#CBD2D9", "#1F2933")
    return f"background: {fill}; color: {ink}; border-radius: 5px; padding: 4px 10px; font-weight: 600;"


def set_tone(label: QLabel, tone: str) -> None:
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        repolish(label)


class TriageDialog(QueueDialog):
    """Complaint and vitals on the left, the live NEWS2 and suggested level on the right."""

    form, title = "triage.ui", "Triage"
    discard_what = "triage"

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        row: QueueRow,
        scale: Sequence[ScaleLevelInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, services, actor, row, parent)
        self.scale = {lv.level: lv for lv in scale}
        self.rules: list[Discriminator] = []
        self.rules_loaded = False
        self.expected_version = row.row_version
        self.complaint = find(self.ui, QPlainTextEdit, "complaintEdit")
        self.edits: dict[str, QLineEdit] = {}
        labels: dict[str, QLabel] = {"chief_complaint": self.label("complaintError")}
        c_locale = QLocale.c()
        for field, base in INT_FIELDS.items():
            edit = find(self.ui, QLineEdit, f"{base}Edit")
            edit.setValidator(QIntValidator(0, 999, edit))
            self.edits[field] = edit
            labels[field] = self.label(f"{base}Error")
        for field, (base, places) in DEC_FIELDS.items():
            edit = find(self.ui, QLineEdit, f"{base}Edit")
            validator = QDoubleValidator(0, 9999, places, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(c_locale)
            edit.setValidator(validator)
            self.edits[field] = edit
            labels[field] = self.label(f"{base}Error")
        for field, edit in self.edits.items():
            spec = VITAL_RANGES.get(field)
            if spec is not None:
                edit.setToolTip(f"{spec.label}, {spec.unit}: usually {spec.usual[0]:g}–{spec.usual[1]:g}")
        self.oxygen = find(self.ui, QCheckBox, "oxygenCheck")
        self.hypercapnic = find(self.ui, QCheckBox, "hypercapnicCheck")
        self.pregnant = find(self.ui, QCheckBox, "pregnantCheck")
        self.consciousness = find(self.ui, QComboBox, "consciousnessCombo")
        for text, value in ACVPU:
            self.consciousness.addItem(text, value)
        labels["consciousness"] = self.label("consciousnessError")
        self.override = find(self.ui, QLineEdit, "overrideEdit")
        labels["override_reason"] = self.label("overrideError")
        labels["level"] = self.label("levelError")
        self.confirm = find(self.ui, QCheckBox, "confirmCheck")
        self.radios: dict[str, QRadioButton] = {}
        for level in LEVELS:
            radio = find(self.ui, QRadioButton, f"{level}Radio")
            info = self.scale.get(level)
            radio.setText(f"{info.icon} {info.label}" if info else level.capitalize())
            if info is not None:
                radio.setToolTip(f"{info.label}: to be seen within {info.target_min} min")
                radio.setStyleSheet(
                    f"QRadioButton {{ background: {info.colour}; color: {info.text_colour}; "
                    "border: 3px solid transparent; border-radius: 5px; padding: 4px 10px; "
                    "font-weight: 600; }"
                    "QRadioButton:checked { border-color: #102a27; }"
                    "QRadioButton:focus { border-style: dashed; border-color: #102a27; }"
                )
            radio.clicked.connect(lambda _c=False, lv=level: self._level_clicked(lv))
            self.radios[level] = radio
        self.label("levelLabel").setBuddy(self.radios["red"])
        grid = self.ui.findChild(QGridLayout, "fieldsGrid")
        if grid is not None:
            grid.setRowStretch(grid.rowCount(), 1)  # spare height below the fields, not between them
            for name in ("spo2Label", "diastolicLabel", "temperatureLabel", "painLabel", "weightLabel"):
                caption = self.label(name)  # the longest ('Temperature') lost its last letter
                caption.setMinimumWidth(
                    caption.fontMetrics().horizontalAdvance(caption.text().replace("&", "")) + 8
                )
        self.errors = FieldErrors(labels, self.message)
        self.field_labels = labels
        self.level_touched = False
        self.assessment: TriageAssessment | None = None
        # the patient's age (from the record, read with the rules): under 16 NEWS2 does not apply
        self.age_years: float | None = None
        if row.age_sex.endswith(" M") or row.age_sex == "M":
            self.pregnant.setEnabled(False)
            self.pregnant.setToolTip("Not applicable: the patient is recorded as male")
        else:
            self.pregnant.setToolTip("In pregnancy NEWS2 does not apply: the obstetric chart (MEOWS) is used")
        self.label("signNoteLabel").setText(
            "Readings only ever raise the level: a calm NEWS2 never lowers a level given for a "
            "presenting sign (e.g. chest pain)."
        )
        self.ok_button.setText("&Save triage")
        self.ok_button.setEnabled(False)
        self.label("titleLabel").setText(f"Triage — token {row.token_label}")
        if row.chief_complaint:
            self.complaint.setPlainText(row.chief_complaint)
        previous = self.scale.get(row.triage_level) if row.triage_level else None
        if previous is not None:
            self.label("patientLabel").setText(
                f"{patient_line(row)}\nRe-triage: the current level is {previous.icon} {previous.label}; "
                "the last readings are filled in: update what you measured now."
            )
        self._set_confirm_visible(False)
        self._set_override_visible(False)
        self.complaint.textChanged.connect(self.update_live)
        for edit in self.edits.values():
            edit.textChanged.connect(lambda _t: self.update_live())
        for box in (self.oxygen, self.hypercapnic, self.pregnant):
            box.toggled.connect(lambda _on: self.update_live())
        self.consciousness.currentIndexChanged.connect(lambda _i: self.update_live())
        self.override.textChanged.connect(lambda _t: self.label("overrideError").setText(""))
        self._tab_order()
        self.resize(1000, 680)
        self.complaint.setFocus()
        self.update_live()
        self._load_rules()

    def _tab_order(self) -> None:
        e = self.edits
        chain: list[QWidget] = [
            self.complaint, e["resp_rate"], e["spo2"], self.oxygen, self.hypercapnic, e["systolic_bp"],
            e["diastolic_bp"], e["pulse"], e["temperature_c"], self.consciousness, e["pain_score"],
            e["glucose_mgdl"], e["weight_kg"], self.pregnant, *self.radios.values(), self.override,
            self.confirm, self.button_box,
        ]  # fmt: skip
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _load_rules(self) -> None:
        triage, actor, row = self._services.triage, self._actor, self.row

        def load() -> tuple[Sequence[Any], TriageInput | None]:
            return triage.rules(actor), triage.current(actor, row.id)

        self._ops.run(
            load,
            self._loaded,
            self.errors.show,
            timeout_s=30,
            what="reading triage rules",
        )

    def _loaded(self, result: tuple[Sequence[Any], TriageInput | None]) -> None:
        rules, current = result
        if current is not None:
            self.age_years = current.age_years
            if self.row.triage_level is not None:  # re-triage: the last readings
                self.fill(current)
        self._rules_loaded(rules)

    def fill(self, data: TriageInput) -> None:
        """Put the last recorded triage in the form (fields the nurse already typed are kept)."""
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
        if data.level is not None:  # the nurse had overridden the suggestion: keep their choice
            self.choose_level(data.level)
            self.override.setText(data.override_reason or "")

    def _rules_loaded(self, rules: Sequence[Any]) -> None:
        self.rules = TriageService.discriminators(rules)
        self.rules_loaded = True
        self.ok_button.setEnabled(True)
        self.update_live()

    # --- reading the form -----------------------------------------------------------------------

    def _number(self, field: str) -> int | Decimal | None:
        text = self.edits[field].text().strip().replace(",", ".")
        if not text:
            return None  # empty is "not measured", never 0
        try:
            return int(text) if field in INT_FIELDS else Decimal(text)
        except (ValueError, InvalidOperation):
            return None

    def triage_input(self, *, confirmed: bool = False) -> TriageInput:
        n = self._number
        chosen = self.chosen_level()
        return TriageInput(
            chief_complaint=self.complaint.toPlainText().strip() or None,
            resp_rate=n("resp_rate"),  # type: ignore[arg-type]
            spo2=n("spo2"),  # type: ignore[arg-type]
            on_oxygen=self.oxygen.isChecked(),
            hypercapnic=self.hypercapnic.isChecked(),
            systolic_bp=n("systolic_bp"),  # type: ignore[arg-type]
            diastolic_bp=n("diastolic_bp"),  # type: ignore[arg-type]
            pulse=n("pulse"),  # type: ignore[arg-type]
            temperature_c=n("temperature_c"),
            consciousness=self.consciousness.currentData(),
            pain_score=n("pain_score"),  # type: ignore[arg-type]
            glucose_mgdl=n("glucose_mgdl"),
            weight_kg=n("weight_kg"),
            pregnant=self.pregnant.isChecked(),
            age_years=self.age_years,
            level=chosen,
            override_reason=self.override.text().strip() or None,
            confirmed=confirmed,
        )

    def chosen_level(self) -> str | None:
        return next((lv for lv, r in self.radios.items() if r.isChecked()), None)

    def choose_level(self, level: str) -> None:
        """Pick ``level`` as the nurse would (it then no longer follows the suggestion)."""
        self.radios[level].click()

    # --- live assessment ------------------------------------------------------------------------

    def update_live(self) -> None:
        a = assess(self.triage_input(), self.rules)
        self.assessment = a
        news2 = self.label("news2Label")
        if a.chart != "NEWS2":  # a child, or pregnancy: the age-banded / obstetric thresholds
            news2.setText("NEWS2 does not apply")
            self.label("riskLabel").setText(a.chart_note or "")
            self.label("partsLabel").setText("")
        elif a.news2_score is None:
            missing = [
                name
                for name, field in (
                    ("respiration", "resp_rate"),
                    ("SpO2", "spo2"),
                    ("systolic BP", "systolic_bp"),
                    ("pulse", "pulse"),
                    ("temperature", "temperature_c"),
                )
                if self._number(field) is None
            ]
            if self.consciousness.currentData() is None:
                missing.append("consciousness")
            news2.setText("NEWS2: enter all seven parameters")
            self.label("riskLabel").setText(
                f"Missing: {', '.join(missing)}" if missing else "Correct the readings marked in red."
            )
            self.label("partsLabel").setText("")
        else:
            news2.setText(f"NEWS2 {a.news2_score}")
            self.label("riskLabel").setText(RISK_TEXT.get(a.news2_risk or "", a.news2_risk or ""))
            self.label("partsLabel").setText(self._parts_html(a.news2_parts))
        if a.chart == "NEWS2" and self.rules_loaded and self.age_years is None:
            risk = self.label("riskLabel")
            risk.setText(f"{risk.text()}\nAge not recorded: scored as an adult (NEWS2 is for 16 and over).")
        news2.setProperty("risk", a.news2_risk or "none")
        repolish(news2)
        info = self.scale.get(a.suggested_level)
        chip = self.label("suggestedLabel")
        chip.setText(f"{info.icon} {info.label}" if info else a.suggested_level)
        chip.setStyleSheet(chip_style(info))
        reasons = a.reasons or ["nothing urgent found in the complaint or vitals: standard"]
        self.label("reasonsLabel").setText("\n".join(f"• {r.replace(' -> ', ' → ')}" for r in reasons))
        if not self.level_touched and self.radios[a.suggested_level].isChecked() is False:
            self.radios[a.suggested_level].setChecked(True)
        self._show_live_checks(a)
        self._set_override_visible(self.chosen_level() not in (None, a.suggested_level))

    def _parts_html(self, parts: Mapping[str, int]) -> str:
        values = {
            "resp_rate": self.edits["resp_rate"].text(),
            "spo2": f"{self.edits['spo2'].text()}%",
            "air_or_oxygen": "oxygen" if self.oxygen.isChecked() else "air",
            "systolic_bp": self.edits["systolic_bp"].text(),
            "pulse": self.edits["pulse"].text(),
            "consciousness": self.consciousness.currentData() or "",
            "temperature": f"{self.edits['temperature_c'].text()} °C",
        }
        lines = []
        for key, score in parts.items():
            text = f"{PART_NAMES.get(key, key)} {html.escape(values.get(key, ''))} → {score}"
            lines.append(f"<b>{text}</b>" if score >= 3 else text)
        return "<br>".join(lines)

    def _show_live_checks(self, a: TriageAssessment) -> None:
        """Impossible readings in red, unusual ones in amber, as the nurse types."""
        for field in (*INT_FIELDS, *DEC_FIELDS, "consciousness"):
            label = self.field_labels[field]
            if field in a.errors:
                label.setText(a.errors[field])
                set_tone(label, "error")
            elif field in a.warnings:
                label.setText(a.warnings[field])
                set_tone(label, "warning")
            else:
                label.setText("")
                set_tone(label, "")  # an amber band left from a half-typed reading would linger
        if not a.warnings:
            self._set_confirm_visible(False)

    def _level_clicked(self, level: str) -> None:
        self.level_touched = True
        suggested = self.assessment.suggested_level if self.assessment else None
        self._set_override_visible(level != suggested)
        if level != suggested:
            self.override.setFocus()

    def _set_override_visible(self, visible: bool) -> None:
        for name in ("overrideLabel",):
            self.label(name).setVisible(visible)
        self.override.setVisible(visible)
        self.label("overrideError").setVisible(visible)

    def _set_confirm_visible(self, visible: bool) -> None:
        self.confirm.setVisible(visible)
        if not visible:
            self.confirm.setChecked(False)

    # --- saving ---------------------------------------------------------------------------------

    def submit(self) -> None:
        data = self.triage_input(confirmed=self.confirm.isVisible() and self.confirm.isChecked())
        triage, actor, entry_id, version = (
            self._services.triage,
            self._actor,
            self.row.id,
            self.expected_version,
        )
        self.run(lambda: triage.record(actor, entry_id, data, expected_version=version), "saving the triage")

    def _failed(self, error: HmsError) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ConfirmationNeeded):
            self.errors.show(error)
            for field in error.errors:
                if field in self.field_labels:
                    set_tone(self.field_labels[field], "warning")
            set_message(
                self.message,
                "Some readings are outside the usual range (in amber). Re-check them; if they are right, "
                "tick “Readings checked — save anyway” and save again.",
                "info",
            )
            self._set_confirm_visible(True)
            self.confirm.setFocus()
            return
        if isinstance(error, ConcurrentChange):
            set_message(self.message, f"{error.message} Your entries are kept: press Save again.")
            self._refresh_version()
            return
        self.errors.show(error)
        if isinstance(error, ValidationError):
            for field in error.errors:
                if field in self.field_labels:
                    set_tone(self.field_labels[field], "error")
            if "override_reason" in error.errors:
                self._set_override_visible(True)
                self.override.setFocus()

    def _refresh_version(self) -> None:
        queue, actor, entry_id = self._services.queue, self._actor, self.row.id

        def fresh(row: QueueRow) -> None:
            self.row = row
            self.expected_version = row.row_version

        self._ops.run(
            lambda: queue.get(actor, entry_id), fresh, None, timeout_s=30, what="re-reading the entry"
        )
