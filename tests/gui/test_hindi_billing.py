"""The Billing tab in Hindi (issue 17): what the cashier reads while billing the demo clinic's first
waiting patient and taking the payment, with the Hindi translation installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hms_desktop.gui import i18n
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog
from hms_desktop.gui.tabs.billing.model import BillModel
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of

pytestmark = pytest.mark.gui


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[str]:
    """The desk in Hindi for one test; English and the previous locale again afterwards."""
    shown = i18n.install(qapp, "hi")
    yield shown
    i18n.uninstall(qapp)


def headers(model: QAbstractItemModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the completer popup's raise and grab
def test_the_billing_tab_reads_in_hindi(qtbot: QtBot, hindi: str, ops: Ops, services: Services) -> None:
    assert hindi == "hi"
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    pending = services.billing.pending(cashier)
    assert pending, "the demo has charges waiting"
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items), timeout=5000)

    # the lists' and the bill's column titles, the count line, the paper choice, the totals card
    assert headers(tab.pending_model) == ["रोगी", "MRN", "आइटम", "कुल"]
    assert headers(tab.documents.documents_model) == ["नंबर", "रोगी", "कुल", "भुगतान", "बकाया"]
    bill_titles = headers(tab.bill_model)
    assert bill_titles[:4] == ["विवरण", "SAC/HSN", "मात्रा", "दर"]
    assert bill_titles[-2:] == ["बैच", "एक्सपायरी"]
    assert tab.documents.count_label.text().endswith("शुल्क बाकी")
    assert tab.paper_combo.itemText(0) == "इनवॉइस A5 पर"
    assert tab.bill.totals.captions["grandTotal"].text() == "कुल योग (पूर्वावलोकन)"
    assert tab.supply_combo.itemText(0) == "राज्य: दर्ज नहीं"
    exempt = next(i for i, it in enumerate(tab.price_items) if it.is_exempt)
    assert tab.bill.item_combo.itemText(exempt).endswith(" · छूट-प्राप्त")

    # the patient's bill: nothing picked is said in Hindi on the message line
    first = pending[0]
    assert tab.select_patient(first.patient_id)
    tab.bill.add_selected_item()
    assert tab.bill.message.text() == "मूल्य सूची से आइटम चुनें (उसके कोड या नाम का कुछ हिस्सा लिखें)।"

    # a big discount without a reason: the line is named in Hindi, the message line asks in Hindi
    item = tab.item_for("amox")
    assert item is not None
    tab.add_item(item)
    row = tab.bill_model.rowCount() - 1
    assert tab.bill_model.setData(tab.bill_model.index(row, BillModel.DISCOUNT), "150")
    tab.create_bill()
    qtbot.waitUntil(lambda: tab.bill.line_error.isVisible(), timeout=10_000)
    assert tab.bill.line_error.text().startswith(f"पंक्ति {row + 1}: ")
    assert tab.bill.message.text() == "लाल निशान वाली पंक्तियाँ ठीक करें।"
    assert tab.invoice is None

    # the bill made: its kind in Hindi, the payment dialog in Hindi with a refusal at its field
    assert tab.bill_model.setData(tab.bill_model.index(row, BillModel.DISCOUNT), "0")
    tab.create_bill()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, PaymentDialog), timeout=10_000)
    assert tab.invoice is not None
    assert tab.bill.result_label.text().startswith("इनवॉइस-कम-बिल ऑफ़ सप्लाई ")
    assert tab.bill.totals.captions["grandTotal"].text() == "कुल योग"
    dialog: PaymentDialog = tab.dialog
    assert dialog.windowTitle() == "भुगतान लें — HMS Desktop"
    assert dialog.ok_button.text() == "भुगतान लें (&T)"
    assert [dialog.mode.itemText(i) for i in range(dialog.mode.count())] == ["नकद", "कार्ड", "UPI"]
    assert dialog.label("balanceLabel").text().startswith("बकाया ₹")
    dialog.amount.setText("डेढ़ सौ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.label("amountError").text() == "राशि रुपयों में डालें, जैसे 150.50।"
    dialog.set_mode("upi")
    assert dialog.label("referenceCaption").text() == "संदर्भ (UPI लेन-देन) (&R)"
    dialog.reject()
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
