"""The Billing tab over the demo clinic: pending charges, a bill with a price-list medicine, split
payment by UPI then cash with change, the receipt preview, today's documents, and inline errors."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog
from hms_desktop.gui.tabs.billing.model import BillModel
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of

pytestmark = pytest.mark.gui


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the completer popup's raise and grab
def test_cashier_bills_and_takes_a_split_payment(qtbot: QtBot, ops: Ops, services: Services) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    pending = services.billing.pending(cashier)
    assert pending, "the demo has charges waiting"
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items), timeout=5000)
    assert tab.pending_model.rowCount() == len(pending)
    first = pending[0]
    assert tab.pending_model.data(tab.pending_model.index(0, 0)) == first.patient_name
    assert tab.pending_model.data(tab.pending_model.index(0, 3)).startswith("₹")

    # select the patient: their charges become the bill; add a medicine from the price list
    assert tab.select_patient(first.patient_id)
    assert tab.bill_model.rowCount() == len(first.charges)
    tab.bill.item_combo.setFocus()
    qtbot.keyClicks(tab.bill.item_combo.lineEdit(), "amox")
    qtbot.keyClick(tab.bill.item_combo.lineEdit(), Qt.Key.Key_Return)
    assert tab.bill_model.rowCount() == len(first.charges) + 1
    added = tab.bill_model.rows[-1]
    assert added.item_code == "MED-AMOX"
    row = tab.bill_model.rowCount() - 1
    assert tab.bill_model.setData(tab.bill_model.index(row, BillModel.QTY), "2")
    preview = tab.totals_labels["grandTotal"].text()
    assert preview.startswith("₹")

    # a big discount without a reason: the service's message appears at its line, nothing is lost
    assert tab.bill_model.setData(tab.bill_model.index(row, BillModel.DISCOUNT), "150")
    qtbot.keyClick(tab.bill.lines_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.bill.line_error.isVisible(), timeout=10_000)
    assert f"Line {row + 1}:" in tab.bill.line_error.text() and "reason" in tab.bill.line_error.text()
    assert tab.bill_model.rows[row].error
    assert tab.bill_model.rowCount() == len(first.charges) + 1 and tab.invoice is None
    before = tab.totals_labels["grandTotal"].text()
    assert tab.bill_model.setData(tab.bill_model.index(row, BillModel.DISCOUNT), "0")
    assert tab.totals_labels["grandTotal"].text() != before  # the preview follows the discount

    # create the bill (Ctrl+Enter): the document number shows and the payment dialog opens
    qtbot.keyClick(tab.bill.lines_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, PaymentDialog), timeout=10_000)
    inv = tab.invoice
    assert inv is not None
    assert inv.doc_number in tab.bill.result_label.text()
    assert (
        "Invoice-cum-bill of supply" in tab.bill.result_label.text()
    )  # exempt consultation + taxed medicine
    assert services.billing.get(cashier, inv.id).grand_total == inv.grand_total
    assert tab.totals_labels["grandTotal"].text() == f"₹{inv.grand_total:,.2f}"
    dialog: PaymentDialog = tab.dialog
    assert dialog.amount.text() == f"{inv.grand_total:.2f}"

    # UPI without a reference: the error is next to the field and the amount typed stays
    dialog.set_mode("upi")
    dialog.amount.setText("100")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.label("referenceError").text()), timeout=10_000)
    assert "UPI" in dialog.label("referenceError").text()
    assert dialog.amount.text() == "100" and dialog.isVisible()

    # part by UPI with its reference
    qtbot.keyClicks(dialog.reference, "UPI-4471")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.payments) == 1, timeout=15_000)
    rest = inv.grand_total - Decimal(100)
    assert dialog.invoice.balance_due == rest
    assert f"₹{rest:,.2f}" in dialog.message.text()
    assert dialog.amount.text() == f"{rest:.2f}"
    assert dialog.preview is None  # a split payment gets one receipt, once it is paid

    # the rest in cash, with change
    dialog.set_mode("cash")
    dialog.tendered.setText(str(rest + 50))
    assert dialog.change.text() == "₹50.00"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.payments) == 2 and dialog.preview is not None, timeout=15_000)
    assert dialog.invoice.balance_due == 0
    assert dialog.payments[1].change_given == Decimal("50.00")
    for part in dialog.payments:  # one receipt lists both parts
        assert part.receipt_number in dialog.preview.windowTitle()
    assert dialog.preview.page_count() == 1
    assert dialog.print_button.isVisible()
    grabbed = dialog.grab()
    grabbed.save("/tmp/billing_payment_paid.png")
    dialog.preview.close()
    dialog.done_paying()

    # today's documents show it as paid; the patient has left the pending list
    qtbot.waitUntil(
        lambda: tab.documents.select_document(inv.id) and tab.documents.selected_document().balance_due == 0,
        timeout=10_000,
    )
    row = tab.documents.documents_model.find_invoice(inv.id)
    assert (
        tab.documents.documents_model.data(
            tab.documents.documents_model.index(row, tab.documents.documents_model.BALANCE)
        )
        == "Paid"
    )
    assert tab.pending_model.find_patient(first.patient_id) < 0
    assert services.billing.get(cashier, inv.id).balance_due == 0
    assert "paid in full" in tab.bill.result_label.text()
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
