"""What the patient form's fields do while the desk types, and the message under each field: an old
message goes as soon as its field is being fixed, a full field says so, the ABHA number is checked
when left, the PIN fills the city and the allergy list and its "asked?" choice follow each other."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from hms_desktop.domain.identifiers import check_abha
from hms_desktop.domain.pincodes import suggest as suggest_place
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.widgets.field_inputs import say_when_full, when_edited
from hms_desktop.services.patients_types import TEXT_LIMITS

WARN_STYLE = "color: #8a4b00; font-size: 9pt;"  # notr: style sheet
ERROR_STYLE = "color: #9b1c1c; font-size: 9pt;"  # notr: style sheet
ALLERGIC_TO = 2  # allergyCombo's "allergic to" item


class FieldAids:
    """Wires ``inputs`` (service field -> widget) and writes into ``errors`` (service field -> the
    label under it); it keeps no reference to the form."""

    def __init__(self, inputs: Mapping[str, QWidget], errors: Mapping[str, QLabel]) -> None:
        self.inputs, self.errors = inputs, errors
        for f, widget in inputs.items():
            when_edited(widget, functools.partial(self.show, f, ""))
        for f, limit in TEXT_LIMITS.items():
            if isinstance(inputs.get(f), QLineEdit):
                say_when_full(self.line(f), limit, functools.partial(self.show, f, warning=True))
        self.line("abha_number").editingFinished.connect(self.check_abha)
        # the PIN fills the city from India Post's directory: an empty City or its own earlier
        # suggestion only, never what was typed
        self._suggested_city: str | None = None
        self.line("pin_code").textEdited.connect(self.suggest_city)
        # typing an allergy means "allergic to"; choosing "allergic to" puts the cursor in the list
        status = inputs["allergy_status"]
        assert isinstance(status, QComboBox)
        self.line("allergies").textEdited.connect(
            lambda t: status.setCurrentIndex(ALLERGIC_TO) if t.strip() else None
        )
        status.activated.connect(lambda i: self.line("allergies").setFocus() if i == ALLERGIC_TO else None)

    def show(self, field: str, text: str, warning: bool = False) -> None:
        """``text`` under ``field`` (amber for a warning, red otherwise); '' hides the label."""
        label = self.errors[field]
        label.setStyleSheet(WARN_STYLE if warning else ERROR_STYLE)
        label.setText(text)
        label.setVisible(bool(text))

    def line(self, field: str) -> QLineEdit:
        w = self.inputs[field]
        assert isinstance(w, QLineEdit)
        return w

    def suggest_city(self, pin: str) -> None:
        place = suggest_place(pin)
        city = self.line("city")
        if place is not None and place.city and city.text().strip() in ("", self._suggested_city):
            city.setText(place.city)
            self._suggested_city = place.city

    def check_abha(self) -> None:
        text = self.line("abha_number").text().strip()
        if not text:
            self.show("abha_number", "")
            return
        abha = check_abha(text)
        if abha.digits is None:
            self.show(
                "abha_number",
                QCoreApplication.translate("FieldAids", "An ABHA number has 14 digits (XX-XXXX-XXXX-XXXX)."),
            )
        elif abha.warning:
            warning = QCoreApplication.translate("FieldAids", "Warning: {warning}")
            self.show("abha_number", warning.format(warning=service_text(abha.warning)), warning=True)
        else:
            self.show("abha_number", "")
