"""The cashier's closing dialogs: a credit note against a document (a partial or full credit, with or
without a refund; its PDF preview after) and the day close (counted vs expected by payment mode).

The amounts shown while typing are previews; the service computes and checks the real ones, and its
errors appear next to the fields (a cashier without the refund permission gets its message).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
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
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.dialogs import MODES, invoice_line, show_pdf
from hms_desktop.gui.tabs.billing.field_keys import LineFieldErrors
from hms_desktop.gui.tabs.billing.model import money, parse_amount, qty_text
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.gui.widgets.service_dialog import ServiceDialog
from hms_desktop.services.billing_types import (
    CreditNoteInfo,
    DayCloseInfo,
    DaySummary,
    InvoiceInfo,
    InvoiceLineInfo,
)

if TYPE_CHECKING:
    from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

ZERO = Decimal("0.00")
REFUNDS = (("None — reduce the dues", None), ("Cash refund", "cash"), ("Card refund", "card"),
           ("UPI refund", "upi"))  # fmt: skip


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

    form, title, busy_text = "credit_note.ui", "Credit note", "Issuing the credit note…"
    issued = Signal(object)  # CreditNoteInfo
    COLUMNS = ("#", "Description", "Invoiced", "Credited", "To credit", "Amount ≈")

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
            self.refund.addItem(text, value)
        self.refund.setCurrentIndex(0 if invoice.balance_due > 0 else 1)
        self.errors = LineFieldErrors(
            {"reason": self.label("reasonError"), "refund_mode": self.label("refundError"),
             "recipient_address": self.label("addressError"),
             "recipient_state_code": self.label("addressError")},
            self.message,
            self.label("linesError"),  # "Line n: …" for line<n>.line_id / line<n>.quantity
        )  # fmt: skip
        self.label("invoiceLabel").setText(
            f"{invoice_line(invoice)} · paid {money(invoice.paid)} · due {money(invoice.balance_due)}"
        )
        self.label("reasonCaption").setBuddy(self.reason)
        self.label("refundCaption").setBuddy(self.refund)
        self.label("addressCaption").setBuddy(self.address)
        self.label("linesCaption").setBuddy(self.table)
        self.ok_button.setText("&Issue credit note")
        self.reason.setPlaceholderText("e.g. medicine returned unopened")
        self._fill()
        self.full.toggled.connect(lambda _on: self._full_toggled())
        self.resize(720, 520)

    # --- form --------------------------------------------------------------------------------------

    def _fill(self) -> None:
        t = self.table
        t.setColumnCount(len(self.COLUMNS))
        t.setHorizontalHeaderLabels(list(self.COLUMNS))
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
            f"Credit ≈ {money(total)} (the issued note has the exact amount, rounded to the rupee)"
            if total
            else "Enter a quantity to credit on a line, or tick Full credit."
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
                    {"lines": "Enter a quantity to credit on at least one line, or tick Full credit."}
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
            "issuing a credit note",
        )

    def _done(self, result: Any) -> None:
        note: CreditNoteInfo = result
        self.note = self.result_value = note
        self.ok_button.setVisible(False)
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Close")
        for w in (self.table, self.full, self.reason, self.refund, self.address):
            w.setEnabled(False)
        how = (
            f"refunded by {note.refund_mode.upper() if note.refund_mode == 'upi' else note.refund_mode}"
            if (note.refund_mode)
            else "taken off the dues"
        )
        set_message(self.message, f"Credit note {note.doc_number} issued: {money(note.total)}, {how}.", "ok")
        self.issued.emit(note)
        title = f"Credit note {note.doc_number}"
        self._ops.run(credit_note_job(self._services, self._actor, note.id),
                      lambda pdf: self._preview(pdf, title), self.errors.show, timeout_s=30,
                      what="making the credit note")  # fmt: skip

    def _preview(self, pdf: bytes, title: str) -> None:
        self.preview = show_pdf(pdf, title, self, self.settings)


class DayCloseDialog(ServiceDialog):
    """Close the signed-in cashier's day: expected by mode (payments less cash/card/UPI refunds),
    the counted amounts, the differences, and a reason when they differ.

    Blind by default (issue 15): the cashier types what is in the drawer, the card slips and the UPI
    statement first; "Show expected" then locks the counts and shows what was expected and the
    differences. Unticking "Count blind" before counting shows the expected amounts at once. The
    dialog warns about charges still waiting for a bill and the cashier's bills with money due."""

    form, title, busy_text = "day_close.ui", "Day close", "Closing the day…"
    closed = Signal(object)  # DayCloseInfo
    loaded = Signal()

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        business_date: dt.date | None = None,
    ) -> None:
        super().__init__(ops, services, actor, parent)
        self.business_date = business_date or services.billing.clock.today()
        self.summary: DaySummary | None = None
        self.info: DayCloseInfo | None = None
        self.closed_at = ""
        self.counted = {m: find(self.ui, QLineEdit, f"{m}Edit") for _t, m in MODES}
        self.reason = find(self.ui, QLineEdit, "reasonEdit")
        self.blind = find(self.ui, QCheckBox, "blindCheck")
        self.revealed = False  # blind: the expected amounts are shown once the counts are entered
        self.warning = self.label("warningLabel")
        self.warning.setVisible(False)
        self.blind.toggled.connect(lambda _on: self._blind_toggled())
        self.errors = FieldErrors(
            {"reason": self.label("reasonError"), "counted": self.label("cashError"),
             **{f"counted.{m}": self.label(f"{m}Error") for _t, m in MODES}},
            self.message,
        )  # fmt: skip
        for _t, m in MODES:
            self.label(f"{m}Caption").setBuddy(self.counted[m])
            self.counted[m].setPlaceholderText("0.00")
            self.counted[m].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.counted[m].textChanged.connect(lambda _t: self._update_differences())
            for name in (f"{m}Expected", f"{m}Difference"):
                self.label(name).setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for name in ("totalExpected", "totalCounted", "totalDifference", "head1Label", "head3Label"):
            self.label(name).setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label("reasonCaption").setBuddy(self.reason)
        self.reason.setPlaceholderText("Needed when a count differs, e.g. ₹10 short: change given twice")
        self.ok_button.setEnabled(False)
        self._blind_toggled()
        self.label("summaryLabel").setText(f"{actor.full_name} · {self.business_date:%d %b %Y} · loading…")
        self.resize(540, 430)
        billing, cashier, day = services.billing, actor.user_id, self.business_date
        self._ops.run(lambda: billing.day_summary(actor, int(cashier or 0), day), self._loaded,
                      self._load_failed, timeout_s=30, what="reading the day's takings")  # fmt: skip

    def _loaded(self, summary: DaySummary) -> None:
        self.summary = summary
        self.label("summaryLabel").setText(
            f"{self._actor.full_name} · {summary.business_date:%d %b %Y} · "
            f"{summary.payments} payment(s), {summary.refunds} refund(s)"
        )
        self._show_expected()
        warnings = []
        if summary.pending_charges:
            warnings.append(f"{summary.pending_charges} charge(s) are still waiting for a bill.")
        if summary.unpaid:
            bills = ", ".join(summary.unpaid[:4]) + (" …" if len(summary.unpaid) > 4 else "")
            warnings.append(
                f"{len(summary.unpaid)} of your bills have {money(summary.unpaid_total)} due ({bills})."
            )
        if warnings and not summary.closed:
            self.warning.setText(" ".join(warnings) + " You can close the day anyway; they stay open.")
            self.warning.setVisible(True)
        if summary.closed:
            set_message(self.message, "This day is closed already.", "info")
            for w in (*self.counted.values(), self.reason):
                w.setEnabled(False)
        else:
            self.ok_button.setEnabled(True)
            self.counted["cash"].setFocus()
        self._update_differences()
        self.loaded.emit()

    def _load_failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)
        self.loaded.emit()

    def count_of(self, mode: str) -> Decimal | None:
        """The counted amount (blank counts as zero); None when it is not a number."""
        value = parse_amount(self.counted[mode].text())
        return None if value is None else value.quantize(ZERO)

    def hiding(self) -> bool:
        """True while a blind count hides what was expected."""
        return self.blind.isChecked() and not self.revealed

    def _blind_toggled(self) -> None:
        self.ok_button.setText("&Show expected" if self.hiding() else "&Close day")
        self._show_expected()

    def _show_expected(self) -> None:
        summary, hide = self.summary, self.hiding()
        for _t, m in MODES:
            value = "—" if hide or summary is None else money(summary.expected.get(m, ZERO))
            self.label(f"{m}Expected").setText(value)
        self.label("totalExpected").setText("—" if hide or summary is None else money(summary.total))
        self._update_differences()

    def _update_differences(self) -> None:
        if self.summary is None:
            return
        if self.hiding():  # a blind count: nothing to compare with yet
            for _t, m in MODES:
                self.label(f"{m}Difference").setText("—")
            self.label("totalDifference").setText("—")
            counts = [self.count_of(m) for _t, m in MODES]
            whole = all(c is not None for c in counts)
            self.label("totalCounted").setText(
                money(sum((c or ZERO for c in counts), ZERO)) if whole else "?"
            )
            return
        total_counted = total_diff = ZERO
        ok = True
        for _t, m in MODES:
            counted = self.count_of(m)
            label = self.label(f"{m}Difference")
            if counted is None:
                label.setText("?")
                ok = False
                continue
            diff = counted - self.summary.expected.get(m, ZERO)
            label.setText(_signed(diff))
            total_counted += counted
            total_diff += diff
        self.label("totalCounted").setText(money(total_counted) if ok else "?")
        self.label("totalDifference").setText(_signed(total_diff) if ok else "?")

    def submit(self) -> None:
        if self.summary is None or self.info is not None:
            return
        counted: dict[str, Decimal] = {}
        bad: dict[str, str] = {}
        for text, m in MODES:
            value = self.count_of(m)
            if value is None:
                bad[f"counted.{m}"] = f"Enter the {text.lower() if m != 'upi' else 'UPI'} counted in rupees."
            else:
                counted[m] = value
        if bad:
            self.errors.show(bad)
            return
        if self.hiding():  # the counts are in: lock them, then show what was expected
            self.errors.clear()
            self.revealed = True
            for edit in self.counted.values():
                edit.setReadOnly(True)
            self.blind.setEnabled(False)
            self._blind_toggled()
            self.reason.setFocus()
            return
        blind = self.blind.isChecked()
        billing, actor, day, reason = (
            self._services.billing,
            self._actor,
            self.business_date,
            self.reason.text(),
        )

        def close() -> tuple[DayCloseInfo, str]:
            info = billing.close_day(actor, day, counted, reason, blind=blind)
            return info, billing.clock.local(billing.clock.now()).strftime("%H:%M")  # the clinic's time

        self.errors.clear()
        self.run(close, "closing the day")

    def _done(self, result: Any) -> None:
        info, at = result
        self.info = self.result_value = info
        self.closed_at = at
        self.ok_button.setVisible(False)
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")
        for w in (*self.counted.values(), self.reason):
            w.setEnabled(False)
        set_message(self.message, f"Day closed at {at} — difference {_signed(info.difference)}", "ok")
        self.closed.emit(info)


def _signed(value: Decimal) -> str:
    return f"+{money(value)}" if value > 0 else money(value)
