"""The Billing tab's closing dialogs over the demo clinic: an admin's partial credit note (lines,
limits, the reason, the PDF preview), a cashier refused, and the cashier's day close with a mismatch,
after which payments are refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.closing import CreditNoteDialog
from hms_desktop.gui.tabs.billing.day_close import DayCloseDialog
from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.billing_types import InvoiceInfo
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of

pytestmark = pytest.mark.gui


def _invoices(services: Services, actor: Actor) -> list[InvoiceInfo]:
    billing = services.billing
    return [billing.get(actor, s.id) for s in billing.list_invoices(actor, billing.clock.today())]


def _tab(qtbot: QtBot, ops: Ops, services: Services, actor: Actor) -> BillingTab:
    tab = BillingTab(desk_of(ops, services, actor), services)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    return tab


def test_admin_issues_a_partial_credit_note(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    inv = next(i for i in _invoices(services, admin) if len(i.lines) >= 3 and not i.balance_due)
    tab = _tab(qtbot, ops, services, admin)
    assert tab.buttons["creditNoteButton"].isVisible() and tab.buttons["dayCloseButton"].isVisible()
    assert tab.documents.select_document(inv.id)
    qtbot.mouseClick(tab.buttons["creditNoteButton"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CreditNoteDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == len(inv.lines)
    description = dialog.table.item(1, 1)
    assert description is not None and description.text() == inv.lines[1].description
    # the quantity to credit cannot pass what is left on the line
    dialog.set_quantity(1, 99)
    assert Decimal(str(dialog.spins[1].value())) == inv.lines[1].quantity
    dialog.set_quantity(1, 1)
    assert dialog.label("previewLabel").text().startswith("Credit ≈ ₹")
    dialog.refund.setCurrentIndex(dialog.refund.findData("upi"))

    # no reason: the service's message is next to the field, nothing typed is lost
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.label("reasonError").text()), timeout=10_000)
    assert "reason" in dialog.label("reasonError").text()
    assert dialog.spins[1].value() == 1 and dialog.note is None

    qtbot.keyClicks(dialog.reason, "One strip returned unopened")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    note = dialog.note
    assert note is not None and note.refund_mode == "upi" and note.total > 0
    assert note.doc_number in dialog.message.text()
    assert dialog.preview.page_count() >= 1
    assert "CREDIT NOTE" in dialog.preview.document.getAllText(0).text().upper()
    after = services.billing.get(admin, inv.id)
    assert after.lines[1].credited_quantity == 1
    assert after.lines[0].credited_quantity == 0
    dialog.preview.close()
    dialog.reject()
    tab.stop()


def test_cashier_credit_note_is_refused(qtbot: QtBot, ops: Ops, services: Services) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    inv = _invoices(services, cashier)[0]
    dialog = CreditNoteDialog(ops, services, cashier, inv)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full.setChecked(True)
    assert all(not s.isEnabled() for s in dialog.spins)
    qtbot.keyClicks(dialog.reason, "Wrong item")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.ok_button.isEnabled(), timeout=10_000)
    assert dialog.message.text() and dialog.note is None and dialog.isVisible()
    assert services.billing.get(cashier, inv.id).lines[0].credited_quantity == 0


def test_cashier_closes_the_day_then_payments_are_refused(qtbot: QtBot, ops: Ops, services: Services) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    unpaid = next(i for i in _invoices(services, cashier) if i.balance_due)
    tab = _tab(qtbot, ops, services, cashier)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        qtbot.mouseClick(tab.buttons["dayCloseButton"], Qt.MouseButton.LeftButton)
        dialog = tab.dialog
        assert isinstance(dialog, DayCloseDialog)
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
        summary = dialog.summary
        assert summary is not None and summary.total > 0
        # the close warns about the charges waiting and the cashier's unpaid bill (it stays open)
        assert summary.pending_charges and unpaid.doc_number in summary.unpaid
        assert dialog.warning.isVisible() and unpaid.doc_number in dialog.warning.text()
        assert "waiting for a bill" in dialog.warning.text()
        # blind by default: nothing expected shows until the counts are in
        assert dialog.blind.isChecked() and dialog.label("cashExpected").text() == "—"
        assert dialog.ok_button.text() == "&Show expected"

        # ten rupees short in cash; card and UPI as expected
        dialog.counted["cash"].setText(str(summary.expected["cash"] - 10))
        dialog.counted["card"].setText(str(summary.expected["card"]))
        dialog.counted["upi"].setText(str(summary.expected["upi"]))
        assert dialog.label("cashDifference").text() == "—"  # still blind
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # Show expected
        assert dialog.label("cashExpected").text() == f"₹{summary.expected['cash']:,.2f}"
        assert dialog.counted["cash"].isReadOnly()  # the blind count is what is recorded
        assert dialog.label("cashDifference").text() == "-₹10.00"
        assert dialog.label("totalDifference").text() == "-₹10.00"
        assert dialog.info is None and dialog.ok_button.text() == "&Close day"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.label("reasonError").text()), timeout=10_000)
        assert "reason" in dialog.label("reasonError").text() and dialog.info is None

        qtbot.keyClicks(dialog.reason, "Change given twice")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
        assert dialog.info is not None and dialog.info.difference == Decimal("-10.00")
        assert dialog.message.text().startswith("Day closed at ")
        assert dialog.message.text().endswith("difference -₹10.00")
        assert tab.documents.day_closed
        dialog.reject()
    assert tab.documents.select_document(unpaid.id)
    assert not tab.buttons["takePaymentButton"].isEnabled()

    # the service refuses a payment all the same
    pay = PaymentDialog(ops, services, cashier, unpaid)
    qtbot.addWidget(pay)
    pay.show()
    qtbot.mouseClick(pay.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pay.message.isVisible() and pay.ok_button.isEnabled(), timeout=10_000)
    assert "closed" in pay.message.text() and not pay.payments
    tab.stop()

    # the desk restarts: the new tab knows the day is closed
    again = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(again)
    again.show()
    again.start()
    qtbot.waitUntil(lambda: again.documents.day_closed, timeout=10_000)
    again.stop()


def test_the_day_report_opens_and_exports(qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path) -> None:
    import csv

    admin = services.auth.login("admin", DEMO_PASSWORD)
    tab = BillingTab(desk_of(ops, services, admin), services)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    tab.reports.report_button.click()
    qtbot.waitUntil(lambda: tab.reports.preview is not None, timeout=20_000)
    assert (
        tab.reports.preview is not None
        and tab.reports.preview.valid
        and tab.reports.preview.page_count() >= 1
    )
    target = tmp_path / "today.csv"
    tab.reports.export_csv(str(target))
    qtbot.waitUntil(lambda: target.exists() and "Saved" in tab.message.text(), timeout=20_000)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert rows and {"number", "total", "cgst"} <= set(rows[0])
    tab.reports.preview.close()
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def test_takings_chart_shows_the_month_and_today(qtbot: QtBot, ops: Ops, services: Services) -> None:
    from hms_desktop.gui.tabs.billing.takings import TakingsDialog

    admin = services.auth.login("admin", DEMO_PASSWORD)
    dialog = TakingsDialog(ops, services, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.takings is not None, timeout=10_000)
    takings = dialog.takings or []
    today = services.billing.clock.today()
    assert takings[-1][0] == today and takings[0][0] == today.replace(day=1)
    month = sum((sum(m.values(), Decimal(0)) for _, m in takings), Decimal(0))
    assert month > 0  # the demo took money today
    assert "This month ₹" in dialog.summary.text() and "today ₹" in dialog.summary.text()
    chart = dialog.month_view.chart()
    assert chart is not None and len(chart.series()) == 1
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)


def test_medicine_lines_take_a_batch_and_expiry(qtbot: QtBot, ops: Ops, services: Services) -> None:
    import datetime as dt

    from sqlalchemy import select

    from hms_desktop.db.models import InvoiceLine
    from hms_desktop.gui.tabs.billing.model import BillModel, parse_expiry

    assert parse_expiry("3/28") == dt.date(2028, 3, 31) and parse_expiry("02/2028") == dt.date(2028, 2, 29)
    assert parse_expiry("13/28") is None and parse_expiry("soon") is None
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items), timeout=5000)
    assert tab.select_patient(services.billing.pending(cashier)[0].patient_id)
    item = tab.item_for("MED-AMOX")
    assert item is not None
    tab.add_item(item)
    m = tab.bill_model
    row = m.rowCount() - 1
    consult = next(i for i in range(m.rowCount()) if m.rows[i].sac_hsn == "999312")
    assert not m.flags(m.index(consult, BillModel.BATCH)) & Qt.ItemFlag.ItemIsEditable  # not a medicine
    assert not m.setData(m.index(row, BillModel.EXPIRY), "next year")
    assert m.setData(m.index(row, BillModel.BATCH), "AMX2291") and m.setData(
        m.index(row, BillModel.EXPIRY), "3/28"
    )
    assert m.data(m.index(row, BillModel.EXPIRY)) == "03/2028"
    tab.create_bill()
    qtbot.waitUntil(lambda: tab.invoice is not None, timeout=10_000)
    assert tab.invoice is not None
    with services.db.read() as s:
        stored = s.execute(
            select(InvoiceLine.batch_no, InvoiceLine.expiry_on).where(
                InvoiceLine.invoice_id == tab.invoice.id, InvoiceLine.batch_no.is_not(None)
            )
        ).all()
    assert [tuple(x) for x in stored] == [("AMX2291", dt.date(2028, 3, 31))]
    if tab.dialog is not None:
        tab.dialog.close()
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def test_another_state_bills_igst(qtbot: QtBot, ops: Ops, services: Services) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items), timeout=5000)
    assert tab.select_patient(services.billing.pending(cashier)[0].patient_id)
    item = tab.item_for("MED-AMOX")
    assert item is not None
    tab.add_item(item)
    tab.supply_combo.setCurrentIndex(tab.supply_combo.findData("27"))  # Maharashtra
    tab.bill.recipient.address_edit.setText(
        "12 Marine Drive, Mumbai 400020"
    )  # the patient asked for it on the bill
    tab.paper_combo.setCurrentIndex(tab.paper_combo.findData("80mm"))
    tab.create_bill()
    qtbot.waitUntil(lambda: tab.invoice is not None, timeout=10_000)
    assert tab.invoice is not None
    inv = services.billing.get(cashier, tab.invoice.id)
    assert inv.igst > 0 and inv.cgst == inv.sgst == 0
    doc = services.billing.invoice_doc(cashier, inv.id)
    assert doc.recipient_address == "12 Marine Drive, Mumbai 400020" and doc.place_of_supply.endswith("(27)")
    if tab.dialog is not None:
        tab.dialog.close()
    tab.documents.print_invoice(inv)
    qtbot.waitUntil(lambda: tab.documents.preview is not None, timeout=10_000)
    assert tab.documents.preview is not None
    assert abs(tab.documents.preview.document.pagePointSize(0).width() - 226.77) < 1  # the 80 mm roll
    tab.documents.preview.close()
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
