"""Who the bill is made out to, under the bill's lines (``ui/billing.ui``): the patient's State, a
company's GSTIN and legal name (B2B, Rule 46(d)), the address on the bill, their error line, and the
place of supply the preview arrives at.

The patient's State as recorded on the bill decides only the medicines' place of supply (IGST Act
s.10(1)(ca)); consultations and procedures are supplied where performed, this State (s.12(4)).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from hms_desktop.gui.forms import find, repolish
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.billing.bill_lines import Totals
from hms_desktop.services.billing_types import GST_STATES

# the service's keys for these boxes, in the order their messages are listed under them
RECIPIENT_FIELDS = ("recipient_gstin", "recipient_name", "recipient_address", "recipient_state_code")


class RecipientFields(QObject):
    """The recipient's boxes; ``changed`` when the State or the GSTIN (the preview's facts) change."""

    changed = Signal()

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.supply_combo = find(form, QComboBox, "supplyCombo")
        self.gstin_edit = find(form, QLineEdit, "gstinEdit")
        self.company_edit = find(form, QLineEdit, "companyEdit")
        self.address_edit = find(form, QLineEdit, "addressEdit")
        self.field_errors = find(form, QLabel, "recipientErrorLabel")
        self.place_label = find(form, QLabel, "placeLabel")
        self.field_errors.setVisible(False)
        self.supply_combo.addItem(self.tr("State: not recorded"), None)
        for code, name in sorted(GST_STATES.items(), key=lambda kv: kv[1]):
            self.supply_combo.addItem(f"{name} ({code})", code)
        self.supply_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.gstin_edit.textChanged.connect(lambda _t: self.changed.emit())

    def widgets(self) -> Mapping[str, QWidget]:
        """Each of the service's recipient keys and the box its message points to."""
        boxes = (self.gstin_edit, self.company_edit, self.address_edit, self.supply_combo)
        return dict(zip(RECIPIENT_FIELDS, boxes, strict=True))

    def state(self) -> tuple[Any, ...]:
        """What the cashier typed here (for the unsaved-bill check)."""
        typed = (self.gstin_edit.text(), self.company_edit.text(), self.address_edit.text())
        return typed, self.supply_combo.currentIndex()

    def supply_facts(self, clinic_state: str) -> tuple[str, str | None, bool]:
        """(clinic's State, the patient's State as chosen, B2B?) for the preview, as the service reads
        them: a company's GSTIN decides its State."""
        gstin = self.gstin_edit.text().strip().upper()
        recipient = self.supply_combo.currentData()
        if len(gstin) == 15 and gstin[:2].isdigit():
            recipient = gstin[:2]
        return clinic_state, recipient, bool(gstin)

    def values(self) -> dict[str, Any]:
        """The recipient's part of the bill's input (InvoiceInput's keywords)."""
        return {
            "recipient_state_code": self.supply_combo.currentData(),
            "recipient_address": self.address_edit.text().strip() or None,
            "recipient_gstin": self.gstin_edit.text().strip() or None,
            "recipient_name": self.company_edit.text().strip() or None,
        }

    def clear(self) -> None:
        self.address_edit.clear()
        self.gstin_edit.clear()
        self.company_edit.clear()
        self.supply_combo.setCurrentIndex(0)

    def show_place(self, totals: Totals) -> None:
        """The place of supply the preview arrived at, or why the bill cannot be issued as it stands."""
        place = service_text(GST_STATES.get(totals.place, totals.place))  # the State in the desk's language
        text = (
            self.tr("Place of supply: {state} ({code})").format(state=place, code=totals.place)
            if totals.place
            else ""
        )
        if totals.problem:
            text = service_text(totals.problem)  # the domain's words (two places of supply)
        self.place_label.setText(text)
        self.place_label.setProperty("role", "fieldError" if totals.problem else "hint")
        self.place_label.setProperty("tone", "error" if totals.problem else "")
        repolish(self.place_label)

    def show_errors(self, texts: list[str]) -> None:
        self.field_errors.setText(" ".join(texts))
        self.field_errors.setVisible(bool(texts))
