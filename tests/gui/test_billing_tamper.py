"""The Billing tab when an invoice was altered behind the application's back: the reprint is refused
with a message the cashier can act on, not a PDF that looks like the original."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of
from tests.tamper import bypass_protection

pytestmark = pytest.mark.gui


def test_a_tampered_invoice_is_refused_at_reprint(
    qtbot: QtBot, ops: Ops, services: Services, demo_db: Database, tmp_path: Path
) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    paid = next(
        i for i in services.billing.day_invoices(cashier, services.billing.clock.today()) if i.payments
    )
    bypass_protection(demo_db, "invoice")  # someone with the owner's rights, straight in the database
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE invoice SET grand_total = grand_total - 100 WHERE id = {paid.id}")
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    assert tab.documents.select_document(paid.id)
    tab.documents.reprint_receipt()
    qtbot.waitUntil(lambda: "no longer matches the seal" in tab.message.text(), timeout=10_000)
    assert paid.doc_number in tab.message.text() and "administrator" in tab.message.text()
    assert tab.documents.preview is None  # nothing that looks like the original was shown
    tab.grab().save(str(tmp_path / "billing-tampered.png"))
