"""The bill's totals card (``totalsFrame`` in ``ui/billing.ui``): exempt and taxable value, the tax
heads with their rates (Rule 46(l): CGST 2.5% + SGST 2.5%, CGST + UTGST, or IGST 5%), the round-off
and the grand total, a preview until the service has issued the bill."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from hms_desktop.gui.forms import find, repolish
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.billing.bill_lines import Totals
from hms_desktop.gui.tabs.billing.model import money

VALUES = ("exempt", "taxable", "cgst", "sgst", "roundOff", "grandTotal")


class TotalsCard:
    def __init__(self, form: QWidget) -> None:
        self.labels = {n: find(form, QLabel, f"{n}Value") for n in VALUES}
        self.captions = {n: find(form, QLabel, f"{n}Caption") for n in VALUES}
        for grand in (self.labels["grandTotal"], self.captions["grandTotal"]):
            grand.setProperty("role", "title")
            repolish(grand)

    def show(self, totals: Totals, preview: bool) -> None:
        values = {
            "exempt": totals.exempt,
            "taxable": totals.taxable,
            "roundOff": totals.round_off,
            "grandTotal": totals.grand,
        }
        for name, value in values.items():
            self.labels[name].setText(money(value))
        heads = list(totals.heads)
        first, second = heads[0], heads[1] if len(heads) > 1 else None
        self.captions["cgst"].setText(service_text(first.label))
        self.labels["cgst"].setText(money(first.amount))
        self.captions["sgst"].setText(service_text(second.label) if second else "")
        self.labels["sgst"].setText(money(second.amount) if second else "")
        for widget in (self.captions["sgst"], self.labels["sgst"]):
            widget.setVisible(second is not None)
        self.captions["exempt"].setText(QCoreApplication.translate("TotalsCard", "Exempt / nil-rated value"))
        self.captions["grandTotal"].setText(
            QCoreApplication.translate("TotalsCard", "Grand total (preview)")
            if preview
            else QCoreApplication.translate("TotalsCard", "Grand total")
        )
