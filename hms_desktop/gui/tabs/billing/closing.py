"""The cashier's credit note against a document (a partial or full credit, with or without a refund;
its PDF preview after). The day close is :mod:`hms_desktop.gui.tabs.billing.day_close`.

The amounts shown while typing are previews; the service computes and checks the real ones, and its
errors appear next to the fields (a cashier without the refund permission gets its message).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hms_desktop.domain.billing_math import CreditLineIn, credit_note
from hms_desktop.domain.money import to_paise
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.dialogs import invoice_line, show_pdf
from hms_desktop.gui.tabs.billing.field_keys import LineFieldErrors
from hms_desktop.gui.tabs.billing.model import money, qty_text
from hms_desktop.gui.widgets.service_dialog import ServiceDialog
from hms_desktop.services.billing_types import CreditNoteInfo, InvoiceInfo, InvoiceLineInfo

if TYPE_CHECKING:
    from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

ZERO = Decimal("0.00")
REFUNDS = (
    (str(QT_TRANSLATE_NOOP("CreditNoteDialog", "None — reduce the dues")), None),
    (str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Cash refund")), "cash"),
    (str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Card refund")), "card"),
    (str(QT_TRANSLATE_NOOP("CreditNoteDialog", "UPI refund")), "upi"),
)


def credit_note_job(services: Services, actor: Actor, credit_note_id: int) -> Any:
    """The credit note's PDF, built on a worker."""
    billing = services.billing

    def build() -> bytes:
        from hms_desktop.reports.invoice import invoice_pdf

        return invoice_pdf(billing.credit_note_doc(actor, credit_note_id))

    return build


def _earlier(ln: InvoiceLineInfo) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """What earlier notes credited on a line, estimated in proportion (the screen has only quantities)."""
    share = ln.credited_quantity / ln.quantity if ln.quantity else Decimal(0)
    taxable, cgst, sgst, igst = (to_paise(v * share) for v in (ln.taxable_value, ln.cgst, ln.sgst, ln.igst))
    return taxable, cgst, sgst, igst


class CreditNoteDialog(ServiceDialog):
    """Credit some (or all) of a document's lines, with the reason and how the money goes back."""

    form = "credit_note.ui"
    # ServiceDialog shows these: translated in this class's context (see __init__)
    title = str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Credit note"))
    busy_text = str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Issuing the credit note…"))
    issued = Signal(object)  # CreditNoteInfo
    COLUMNS = (
        "#",
        str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Description")),
        str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Invoiced")),
        str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Credited")),
        str(QT_TRANSLATE_NOOP("CreditNoteDialog", "To credit")),
        str(QT_TRANSLATE_NOOP("CreditNoteDialog", "Amount ≈")),
    )

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        invoice: InvoiceInfo,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(ops, services, actor, parent)
        self.setWindowTitle(self.tr("Credit note — HMS Desktop"))
        self.busy_text = self.tr("Issuing the credit note…")
        self.settings = settings
        self.invoice = invoice
        self.note: CreditNoteInfo | None = None
        self.preview: PdfPreviewDialog | None = None
        self.table = find(self.ui, QTableWidget, "linesTable")
        self.full = find(self.ui, QCheckBox, "fullCheck")
        self.reason = find(self.ui, QLineEdit, "reasonEdit")
        self.refund = find(self.ui, QComboBox, "refundCombo")
        self.address = find(self.ui, QLineEdit, "addressEdit")
        self.spins: list[QDoubleSpinBox] = []
        for text, value in REFUNDS:
            self.refund.addItem(self.tr(text), value)
        self.refund.setCurrentIndex(0 if invoice.balance_due > 0 else 1)
        self.errors = LineFieldErrors(
            {"reason": self.label("reasonError"), "refund_mode": self.label("refundError"),
             "recipient_address": self.label("addressError"),
             "recipient_state_code": self.label("addressError")},
            self.message,
            self.label("linesError"),  # "Line n: …" for line<n>.line_id / line<n>.quantity
        )  # fmt: skip
        self.label("invoiceLabel").setText(
            self.tr("{invoice} · paid {paid} · due {due}").format(
                invoice=invoice_line(invoice), paid=money(invoice.paid), due=money(invoice.balance_due)
            )
        )
        self.label("reasonCaption").setBuddy(self.reason)
        self.label("refundCaption").setBuddy(self.refund)
        self.label("addressCaption").setBuddy(self.address)
        self.label("linesCaption").setBuddy(self.table)
        self.ok_button.setText(self.tr("&Issue credit note"))
        self.reason.setPlaceholderText(self.tr("e.g. medicine returned unopened"))
        self._fill()
        self.full.toggled.connect(lambda _on: self._full_toggled())
        self.resize(720, 520)

    # --- form --------------------------------------------------------------------------------------

    def _fill(self) -> None:
        t = self.table
        t.setColumnCount(len(self.COLUMNS))
        t.setHorizontalHeaderLabels([self.tr(title) for title in self.COLUMNS])
        t.setRowCount(len(self.invoice.lines))
        t.verticalHeader().setVisible(False)
        t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, ln in enumerate(self.invoice.lines):
            texts = (str(ln.line_no), ln.description, f"{qty_text(ln.quantity)} {ln.unit}",
                     qty_text(ln.credited_quantity))  # fmt: skip
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                if col in (0, 2, 3):
                    cell.setTextAlignment(right)
                t.setItem(row, col, cell)
            spin = QDoubleSpinBox(t)
            spin.setDecimals(2)
            spin.setRange(0, float(self.remaining(ln)))
            spin.setEnabled(self.remaining(ln) > 0)
            spin.setAlignment(right)
            spin.valueChanged.connect(lambda _v: self._update_preview())
            t.setCellWidget(row, 4, spin)
            self.spins.append(spin)
            amount = QTableWidgetItem("")
            amount.setTextAlignment(right)
            t.setItem(row, 5, amount)
        header = t.horizontalHeader()
        for col, width in enumerate((30, 0, 85, 80, 95, 95)):
            if width:
                t.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows_header = t.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(32)
        rows = 32 * min(t.rowCount(), 8)
        t.setMinimumHeight(header.sizeHint().height() + rows + 2 * t.frameWidth() + 2)
        self._update_preview()

    @staticmethod
    def remaining(ln: InvoiceLineInfo) -> Decimal:
        return ln.quantity - ln.credited_quantity

    def set_quantity(self, row: int, qty: Decimal | float) -> None:
        self.spins[row].setValue(float(qty))

    def quantities(self) -> list[Decimal]:
        if self.full.isChecked():
            return [self.remaining(ln) for ln in self.invoice.lines]
        return [Decimal(str(round(s.value(), 2))).quantize(ZERO) for s in self.spins]

    def _full_toggled(self) -> None:
        full = self.full.isChecked()
        for ln, spin in zip(self.invoice.lines, self.spins, strict=True):
            spin.blockSignals(True)
            spin.setValue(float(self.remaining(ln)) if full else 0.0)
            spin.blockSignals(False)
            spin.setEnabled(not full and self.remaining(ln) > 0)
        self._update_preview()

    def preview_total(self) -> Decimal:
        """The note's total as :func:`billing_math.credit_note` will make it (earlier notes' amounts
        are estimated in proportion: the issued note uses the stored ones)."""
        lines = self.invoice.lines
        quantities = self.quantities()
        figures = credit_note(
            [
                CreditLineIn(
                    ln.quantity, ln.taxable_value, ln.cgst, ln.sgst, ln.igst, ln.is_exempt or not ln.gst_rate,
                    q, ln.credited_quantity, _earlier(ln),
                )
                for ln, q in zip(lines, quantities, strict=True)
            ],
            self.invoice.grand_total,
            self.invoice.credited + self.invoice.refunded,
        )  # fmt: skip
        by_row = {c.index: c.taxable + c.cgst + c.sgst + c.igst for c in figures.lines}
        for row in range(len(lines)):
            item = self.table.item(row, 5)
            if item is not None:
                item.setText(money(by_row[row]) if row in by_row else "")
        return figures.total if figures.lines else ZERO

    def _update_preview(self) -> None:
        total = self.preview_total()
        self.label("previewLabel").setText(
            self.tr("Credit ≈ {amount} (the issued note has the exact amount, rounded to the rupee)").format(
                amount=money(total)
            )
            if total
            else self.tr("Enter a quantity to credit on a line, or tick Full credit.")
        )

    # --- issuing -----------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.note is not None:
            return
        lines: list[tuple[int, Decimal]] | None = None
        if not self.full.isChecked():
            lines = [(ln.id, q) for ln, q in zip(self.invoice.lines, self.quantities(), strict=True) if q]
            if not lines:
                self.errors.show(
                    {
                        "lines": self.tr(
                            "Enter a quantity to credit on at least one line, or tick Full credit."
                        )
                    }
                )
                return
        billing, actor, invoice_id = self._services.billing, self._actor, self.invoice.id
        reason, mode = self.reason.text(), self.refund.currentData()
        address = self.address.text().strip() or None
        self.errors.clear()
        self.run(
            lambda: billing.issue_credit_note(
                actor, invoice_id, lines, reason, mode, recipient_address=address
            ),
            self.tr("issuing a credit note"),
        )

    def _done(self, result: Any) -> None:
        note: CreditNoteInfo = result
        self.note = self.result_value = note
        self.ok_button.setVisible(False)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close"))
        for w in (self.table, self.full, self.reason, self.refund, self.address):
            w.setEnabled(False)
        issued = {
            "cash": self.tr("Credit note {number} issued: {amount}, refunded by cash."),
            "card": self.tr("Credit note {number} issued: {amount}, refunded by card."),
            "upi": self.tr("Credit note {number} issued: {amount}, refunded by UPI."),
        }
        if note.refund_mode:
            text = issued.get(note.refund_mode) or self.tr(
                "Credit note {number} issued: {amount}, refunded by {mode}."
            )
        else:
            text = self.tr("Credit note {number} issued: {amount}, taken off the dues.")
        filled = text.format(number=note.doc_number, amount=money(note.total), mode=note.refund_mode)
        set_message(self.message, filled, "ok")
        self.issued.emit(note)
        title = self.tr("Credit note {number}").format(number=note.doc_number)
        self._ops.run(credit_note_job(self._services, self._actor, note.id),
                      lambda pdf: self._preview(pdf, title), self.errors.show, timeout_s=30,
                      what=self.tr("making the credit note"))  # fmt: skip

    def _preview(self, pdf: bytes, title: str) -> None:
        self.preview = show_pdf(pdf, title, self, self.settings)
