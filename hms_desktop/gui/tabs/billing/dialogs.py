"""The Billing tab's dialogs: taking a payment (split and partial payments, the receipt preview after
each one, the invoice print once paid) and the PDF jobs both the tab and the dialog use.

Service calls and PDF building run on a worker through ``ops``; a ValidationError appears next to
its field and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.model import doc_type_text, money, parse_amount
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.gui.widgets.service_dialog import ServiceDialog
from hms_desktop.gui.widgets.upi_qr import UpiQr
from hms_desktop.services.billing_types import InvoiceInfo, PaymentInfo, PaymentInput

if TYPE_CHECKING:
    from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

# (what the cashier reads, the service's value); the text is translated where shown: mode_text
MODES = (
    (str(QT_TRANSLATE_NOOP("PaymentDialog", "Cash")), "cash"),
    (str(QT_TRANSLATE_NOOP("PaymentDialog", "Card")), "card"),
    (str(QT_TRANSLATE_NOOP("PaymentDialog", "UPI")), "upi"),
)
MODE_TEXT = {value: text for text, value in MODES}


def mode_text(mode: str) -> str:
    """'cash' -> "Cash" in the desk's language (an unknown mode as it is)."""
    text = MODE_TEXT.get(mode)
    return QCoreApplication.translate("PaymentDialog", text) if text else mode


def receipt_job(
    services: Services,
    actor: Actor,
    payment_id: int,
    duplicate: bool = False,
    together_with: tuple[int, ...] = (),
) -> Callable[[], bytes]:
    """The receipt's PDF, built on a worker (the service's document and the layout together);
    ``together_with``: the other payments of a split payment, on the same receipt."""
    billing = services.billing

    def build() -> bytes:
        from hms_desktop.reports.receipt import receipt_pdf

        doc = billing.receipt_doc(actor, payment_id, duplicate=duplicate, together_with=together_with)
        return receipt_pdf(doc)

    return build


def invoice_job(
    services: Services, actor: Actor, invoice_id: int, duplicate: bool = False, paper: str = "A5"
) -> Callable[[], bytes]:
    billing = services.billing

    def build() -> bytes:
        from hms_desktop.reports.invoice import invoice_pdf

        return invoice_pdf(billing.invoice_doc(actor, invoice_id, duplicate=duplicate, paper=paper))

    return build


def show_pdf(pdf: bytes, title: str, parent: QWidget, settings: Settings | None) -> PdfPreviewDialog:
    from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(pdf, title, parent, settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def invoice_line(inv: InvoiceInfo) -> str:
    return QCoreApplication.translate("PaymentDialog", "{kind} {number} · {patient} · total {total}").format(
        kind=doc_type_text(inv.doc_type), number=inv.doc_number, patient=inv.patient_name,
        total=money(inv.grand_total),
    )  # fmt: skip


class PaymentDialog(ServiceDialog):
    """Take one or more payments against an invoice until its balance is paid (or the cashier closes).

    A split payment (part by UPI, the rest in cash) gets one receipt listing every part: its preview
    opens once nothing is due, or when the cashier closes with a balance left; then Print invoice is
    offered.
    """

    form = "payment.ui"
    # ServiceDialog shows these: translated in this class's context (see __init__)
    title = str(QT_TRANSLATE_NOOP("PaymentDialog", "Take payment"))
    busy_text = str(QT_TRANSLATE_NOOP("PaymentDialog", "Recording the payment…"))
    paid = Signal(object)  # PaymentInfo, after each payment

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
        self.setWindowTitle(self.tr("Take payment — HMS Desktop"))
        self.busy_text = self.tr("Recording the payment…")
        self.settings = settings
        self.invoice = invoice
        self.payments: list[PaymentInfo] = []
        self.receipt_shown = 0  # how many of the payments the last receipt preview covered
        self.preview: PdfPreviewDialog | None = None
        self.paper = "A5"  # the tab sets the desk's choice: 'A5', 'A4' or '80mm'
        self.mode = find(self.ui, QComboBox, "modeCombo")
        self.amount = find(self.ui, QLineEdit, "amountEdit")
        self.tendered = find(self.ui, QLineEdit, "tenderedEdit")
        self.reference = find(self.ui, QLineEdit, "referenceEdit")
        self.change = self.label("changeLabel")
        self.print_button = find(self.ui, QPushButton, "printInvoiceButton")
        self.close_button = self.button_box.button(QDialogButtonBox.StandardButton.Close)
        for text, value in MODES:
            self.mode.addItem(self.tr(text), value)
        self.errors = FieldErrors(
            {f: self.label(f"{f}Error") for f in ("mode", "amount", "tendered", "reference")},  # notr: names
            self.message,
        )
        self.ok_button.setText(self.tr("&Take payment"))
        self.ok_button.setDefault(True)
        self.button_box.rejected.disconnect()
        self.close_button.clicked.connect(self.done_paying)
        self.print_button.clicked.connect(self.print_invoice)
        self.print_button.setVisible(False)
        self.mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.amount.textChanged.connect(lambda _t: self._update_change())
        self.tendered.textChanged.connect(lambda _t: self._update_change())
        self.label("invoiceLabel").setText(invoice_line(invoice))
        for caption, field in (("mode", self.mode), ("amount", self.amount), ("tendered", self.tendered),
                               ("reference", self.reference)):  # fmt: skip
            self.label(f"{caption}Caption").setBuddy(field)  # notr: an object name
        # the UPI QR code for the patient to scan (issue 13), when the clinic has a UPI ID
        self.upi_qr = UpiQr(self)
        self.upi_payee: tuple[str | None, str] = (None, "")
        layout = self.ui.layout()  # above the buttons, inside the form's margins
        at = layout.indexOf(self.button_box) if layout is not None else -1
        if isinstance(layout, QBoxLayout) and at >= 0:
            layout.insertWidget(at, self.upi_qr)
        elif layout is not None:
            layout.addWidget(self.upi_qr)
        ops.run(services.clinic.settings, self._clinic_read, lambda _e: None, timeout_s=20,
                what=self.tr("reading the UPI ID"))  # fmt: skip
        self._show_invoice()
        self._mode_changed()
        self.resize(480, 440)
        self.amount.setFocus()
        self.amount.selectAll()

    # --- form --------------------------------------------------------------------------------------

    def set_mode(self, value: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(value))

    def _mode_changed(self) -> None:
        cash = self.mode.currentData() == "cash"
        for name in ("tenderedCaption", "changeCaption"):
            self.label(name).setVisible(cash)
        for w in (self.tendered, self.change, self.label("tenderedError")):
            w.setVisible(cash)
        for w in (self.reference, self.label("referenceCaption"), self.label("referenceError")):
            w.setVisible(not cash)
        self.label("referenceCaption").setText(
            self.tr("&Reference (UPI txn)")
            if self.mode.currentData() == "upi"
            else self.tr("&Reference (slip)")
        )
        self._update_change()

    def _clinic_read(self, info: Any) -> None:
        self.upi_payee = (info.upi_vpa, info.display_name)
        self._update_change()

    def _update_change(self) -> None:
        amount = parse_amount(self.amount.text())
        vpa, payee = self.upi_payee
        upi = self.mode.currentData() == "upi" and bool(self.invoice.balance_due)
        self.upi_qr.show_for(vpa if upi else None, payee, amount, self.invoice.doc_number)
        tendered = parse_amount(self.tendered.text()) if self.tendered.text().strip() else amount
        if amount is None or tendered is None or tendered < amount:
            self.change.setText("—")
        else:
            self.change.setText(money(tendered - amount))

    def _show_invoice(self) -> None:
        inv = self.invoice
        due = inv.balance_due
        self.label("balanceLabel").setText(
            self.tr("Balance due {due} (total {total}, paid {paid})").format(
                due=money(due), total=money(inv.grand_total), paid=money(inv.paid)
            )
            if due
            else self.tr("Paid in full: {amount}").format(amount=money(inv.paid))
        )
        self.amount.setText(f"{due:.2f}")
        self.tendered.clear()
        self.reference.clear()
        taken = [
            self.tr("{receipt}: {amount} by {mode}").format(
                receipt=p.receipt_number, amount=money(p.amount), mode=mode_text(p.mode)
            )
            for p in self.payments
        ]
        self.label("paidLabel").setText(
            self.tr("Taken now — {payments}").format(payments="; ".join(taken)) if taken else ""
        )
        settled = not due
        for name in ("modeCaption", "amountCaption", "tenderedCaption", "changeCaption", "referenceCaption"):
            if settled:
                self.label(name).setVisible(False)
        if settled:
            for w in (self.mode, self.amount, self.tendered, self.reference, self.change):
                w.setVisible(False)
            self.ok_button.setVisible(False)
            self.print_button.setVisible(True)
            self.print_button.setDefault(True)
            self.print_button.setFocus()

    # --- paying ------------------------------------------------------------------------------------

    def submit(self) -> None:
        amount = parse_amount(self.amount.text())
        if amount is None:
            self.errors.show({"amount": self.tr("Enter an amount in rupees, e.g. 150.50.")})
            return
        mode = str(self.mode.currentData())
        tendered: Decimal | None = None
        if mode == "cash" and self.tendered.text().strip():
            tendered = parse_amount(self.tendered.text())
            if tendered is None:
                self.errors.show({"tendered": self.tr("Enter the cash handed over in rupees.")})
                return
        data = PaymentInput(
            mode, amount, tendered=tendered, reference=self.reference.text() if mode != "cash" else None
        )
        billing, actor, invoice_id = self._services.billing, self._actor, self.invoice.id

        def pay() -> tuple[PaymentInfo, InvoiceInfo]:
            payment = billing.take_payment(actor, invoice_id, data)
            return payment, billing.get(actor, invoice_id)

        self.errors.clear()
        self.run(pay, self.tr("taking a payment"))

    def _done(self, result: Any) -> None:
        payment, invoice = result
        self.ok_button.setEnabled(True)
        self.payments.append(payment)
        self.invoice = invoice
        self.result_value = invoice
        amount, mode = money(payment.amount), mode_text(payment.mode)
        received = (
            self.tr("Received {amount} by {mode}, change {change}.").format(
                amount=amount, mode=mode, change=money(payment.change_given)
            )
            if payment.change_given
            else self.tr("Received {amount} by {mode}.").format(amount=amount, mode=mode)
        )
        sentences = [received]
        if invoice.balance_due:
            sentences.append(
                self.tr(
                    "Balance {balance}: take another payment (one receipt lists them all) or close."
                ).format(balance=money(invoice.balance_due))
            )
        else:
            sentences.append(self.tr("Paid in full."))
        text = " ".join(sentences)
        self._show_invoice()
        set_message(self.message, text, "ok")
        self.paid.emit(payment)
        if not invoice.balance_due:
            self.show_receipt()

    def receipt_owed(self) -> tuple[Callable[[], bytes], str] | None:
        """The job and title of one receipt for the payments taken here that no receipt has shown
        yet (a split payment's parts together), or None."""
        if self.receipt_shown >= len(self.payments):
            return None
        self.receipt_shown = len(self.payments)
        last, earlier = self.payments[-1], tuple(p.id for p in self.payments[:-1])
        title = self.tr("Receipt {numbers}").format(
            numbers=", ".join(p.receipt_number for p in self.payments)
        )
        return receipt_job(self._services, self._actor, last.id, together_with=earlier), title

    def show_receipt(self) -> None:
        owed = self.receipt_owed()
        if owed is None:
            return
        job, title = owed
        self.preview = None  # an earlier preview may be closed (and deleted) already
        self._ops.run(
            job,
            lambda pdf: self._preview(pdf, title),
            self.errors.show,
            timeout_s=30,
            what=self.tr("making the receipt"),
        )

    def _preview(self, pdf: bytes, title: str) -> None:
        self.preview = show_pdf(pdf, title, self, self.settings)

    def _failed(self, error: HmsError) -> None:
        self.ok_button.setEnabled(True)
        self.errors.show(error)

    def print_invoice(self) -> None:
        set_message(self.message, self.tr("Making the invoice…"), "info")
        self._ops.run(
            invoice_job(self._services, self._actor, self.invoice.id, paper=self.paper),
            self._invoice_made,
            self.errors.show,
            timeout_s=30,
            what=self.tr("making the invoice"),
        )

    def _invoice_made(self, pdf: bytes) -> None:
        set_message(self.message, "")
        self._preview(pdf, self.invoice.doc_number)

    def done_paying(self) -> None:
        if self.payments:
            self.accept()  # a balance left: the tab shows the receipt of what was paid (receipt_owed)
        else:
            self.reject()
