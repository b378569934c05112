"""The triage form: complaint and vitals on the left, the live NEWS2 and suggested level on the right.

The form re-assesses on every change with the pure :func:`hms_desktop.services.triage.assess` and
the rules it read once (on a worker) when it opened; the service re-runs the same assessment on
save. The fields are :class:`~.vitals.VitalsForm`, the live card :class:`~.news2_panel.News2Panel`;
the dialog keeps the level (following the suggestion until the nurse picks one, an override needing
a reason) and the save: unusual readings need "Readings checked", another nurse's triage meanwhile
is said at the form with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QLineEdit, QRadioButton, QWidget

from hms_desktop.errors import ConcurrentChange, ConfirmationNeeded, HmsError, ValidationError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.queue.dialogs import QueueDialog, patient_line
from hms_desktop.gui.tabs.queue.news2_panel import News2Panel
from hms_desktop.gui.tabs.queue.vitals import VitalsForm, set_tone
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.queue_types import QueueRow, ScaleLevelInfo, TriageAssessment, TriageInput
from hms_desktop.services.triage import TriageService

if TYPE_CHECKING:
    from hms_desktop.domain.triage import Discriminator
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

LEVELS = ("red", "orange", "yellow", "green", "blue")


def radio_style(info: ScaleLevelInfo) -> str:
    return (
        f"QRadioButton {{ background: {info.colour}; color: {info.text_colour}; "  # notr: a style sheet
        "border: 3px solid transparent; border-radius: 5px; padding: 4px 10px; "
        "font-weight: 600; }"
        "QRadioButton:checked { border-color: #102a27; }"
        "QRadioButton:focus { border-style: dashed; border-color: #102a27; }"
    )


class TriageDialog(QueueDialog):
    """Complaint and vitals on the left, the live NEWS2 and suggested level on the right."""

    form, title = "triage.ui", str(QT_TRANSLATE_NOOP("TriageDialog", "Triage"))
    discard_what = "triage"  # notr: the guard's name in English; in the desk's language below

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
        if self.discard_guard is not None:  # "Discard the triage?" names the form in the desk's language
            self.discard_guard.what = self.tr("triage")
        self.scale = {lv.level: lv for lv in scale}
        self.rules: list[Discriminator] = []
        self.rules_loaded = False
        self.expected_version = row.row_version
        self.vitals = VitalsForm(self.ui, row, self)
        v = self.vitals
        self.complaint, self.edits, self.consciousness = v.complaint, v.edits, v.consciousness
        self.oxygen, self.hypercapnic, self.pregnant = v.oxygen, v.hypercapnic, v.pregnant
        self.news2 = News2Panel(self.ui, self.scale)
        labels = dict(v.labels)
        self.override = find(self.ui, QLineEdit, "overrideEdit")
        labels["override_reason"] = self.label("overrideError")
        labels["level"] = self.label("levelError")
        self.confirm = find(self.ui, QCheckBox, "confirmCheck")
        self.radios: dict[str, QRadioButton] = {}
        for level in LEVELS:
            radio = find(self.ui, QRadioButton, f"{level}Radio")
            info = self.scale.get(level)
            radio.setText(f"{info.icon} {service_text(info.label)}" if info else level.capitalize())
            if info is not None:
                radio.setToolTip(
                    self.tr("{level}: to be seen within {minutes} min").format(
                        level=service_text(info.label), minutes=info.target_min
                    )
                )
                radio.setStyleSheet(radio_style(info))
            radio.clicked.connect(lambda _c=False, lv=level: self._level_clicked(lv))
            self.radios[level] = radio
        self.errors = FieldErrors(labels, self.message)
        self.field_labels = labels
        self.level_touched = False
        self.assessment: TriageAssessment | None = None
        # the patient's age (from the record, read with the rules): under 16 NEWS2 does not apply
        self.age_years: float | None = None
        self.ok_button.setText(self.tr("&Save triage"))
        self.ok_button.setEnabled(False)
        self.label("titleLabel").setText(self.tr("Triage — token {token}").format(token=row.token_label))
        previous = self.scale.get(row.triage_level) if row.triage_level else None
        if previous is not None:
            again = self.tr(
                "Re-triage: the current level is {level}; the last readings are filled in: "
                "update what you measured now."
            ).format(level=f"{previous.icon} {service_text(previous.label)}")
            self.label("patientLabel").setText(f"{patient_line(row)}\n{again}")
        self._set_confirm_visible(False)
        self._set_override_visible(False)
        v.changed.connect(self.update_live)
        self.override.textChanged.connect(lambda _t: self.label("overrideError").setText(""))
        self.resize(1000, 680)
        self.complaint.setFocus()
        self.update_live()
        self._load_rules()

    def _load_rules(self) -> None:
        triage, actor, row = self._services.triage, self._actor, self.row

        def load() -> tuple[Sequence[Any], TriageInput | None]:
            return triage.rules(actor), triage.current(actor, row.id)

        self._ops.run(
            load,
            self._loaded,
            self.errors.show,
            timeout_s=30,
            what=self.tr("reading triage rules"),
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
        self.vitals.fill(data)
        if data.level is not None:  # the nurse had overridden the suggestion: keep their choice
            self.choose_level(data.level)
            self.override.setText(data.override_reason or "")

    def _rules_loaded(self, rules: Sequence[Any]) -> None:
        self.rules = TriageService.discriminators(rules)
        self.rules_loaded = True
        self.ok_button.setEnabled(True)
        self.update_live()

    # --- reading the form -----------------------------------------------------------------------

    def triage_input(self, *, confirmed: bool = False) -> TriageInput:
        return TriageInput(
            **self.vitals.readings(),
            age_years=self.age_years,
            level=self.chosen_level(),
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
        a = TriageService.assess(self.triage_input(), self.rules)
        self.assessment = a
        v = self.vitals
        age_unknown = self.rules_loaded and self.age_years is None
        self.news2.show(a, v.missing_for_news2(), v.shown_values(), age_unknown=age_unknown)
        if not self.level_touched and self.radios[a.suggested_level].isChecked() is False:
            self.radios[a.suggested_level].setChecked(True)
        v.show_checks(a)
        if not a.warnings:
            self._set_confirm_visible(False)
        self._set_override_visible(self.chosen_level() not in (None, a.suggested_level))

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
        self.run(
            lambda: triage.record(actor, entry_id, data, expected_version=version),
            self.tr("saving the triage"),
        )

    def _failed(self, error: HmsError) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ConfirmationNeeded):
            self.errors.show(error)
            for field in error.errors:
                if field in self.field_labels:
                    set_tone(self.field_labels[field], "warning")
            set_message(
                self.message,
                self.tr(
                    "Some readings are outside the usual range (in amber). Re-check them; if they are right, "
                    "tick “Readings checked — save anyway” and save again."
                ),
                "info",
            )
            self._set_confirm_visible(True)
            self.confirm.setFocus()
            return
        if isinstance(error, ConcurrentChange):
            set_message(
                self.message,
                self.tr("{message} Your entries are kept: press Save again.").format(message=error.message),
            )
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
            lambda: queue.get(actor, entry_id),
            fresh,
            None,
            timeout_s=30,
            what=self.tr("re-reading the entry"),
        )
