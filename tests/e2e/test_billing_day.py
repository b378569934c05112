"""The cashier's day driven through a real X server (issues 12 and 15): every key is an X event.

The cashier signs in, opens Billing, takes the patient waiting with charges, creates the bill
(Ctrl+Enter), pays it in two parts -- cash, then UPI with its reference -- and gets one receipt for
both, prints the invoice, and closes the day blind (the counts typed before the expected amounts
show). Each result is read back from the app's database through the services; each step leaves a
screenshot.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from hms_desktop.db.models import AuditLog
from tests.e2e.clinic import Clinic
from tests.e2e.test_clinic_day import MAIN, PROBLEMS, fits_screen, sign_in
from tests.e2e.xdesk import Desk, wait_for

PAYMENT = r"^Take payment"
DAY_CLOSE = r"^Day close"
CASH_PART = Decimal("200.00")
UPI_REF = "UPI-E2E-4410"


def _invoice_of(clinic: Clinic, patient_id: int) -> Any:
    cashier = clinic.actor("cashier")
    billing = clinic.services.billing
    found = [
        billing.get(cashier, s.id)
        for s in billing.list_invoices(cashier, billing.clock.today())
        if s.patient_id == patient_id
    ]
    return found[-1] if found else None


def test_billing_day(desk: Desk, clinic: Clinic) -> None:
    PROBLEMS.clear()
    started = time.monotonic()
    desk.start_app()
    with desk.step("sign-in-cashier"):
        main = sign_in(desk, clinic, "cashier")
        fits_screen(desk, main)
    cashier = clinic.actor("cashier")
    waiting = clinic.services.billing.pending(cashier)
    assert waiting, "the demo clinic has a patient with charges waiting"
    patient = waiting[0]

    with desk.step("bill-the-visit"):
        desk.key("ctrl+5")  # Billing; the pending list has the keyboard
        time.sleep(1.0)
        desk.key("Home")  # the first patient waiting: their charges become the bill
        time.sleep(0.5)
        desk.key("ctrl+Return")  # create the bill: the payment dialog opens
        pay = desk.wait_window(PAYMENT)
        fits_screen(desk, pay)
        fits_screen(desk, main)  # defect 11: the Billing tab never widens the window past the screen
        inv = wait_for("the bill in the database", lambda: _invoice_of(clinic, patient.patient_id))
        assert inv.grand_total > CASH_PART and inv.balance_due == inv.grand_total
        assert {ln.description for ln in inv.lines} == {c.description for c in patient.charges}

    with desk.step("pay-part-in-cash"):
        desk.type(f"{CASH_PART}")  # the amount box has the balance selected: typed over
        desk.key("Return")

        def one_payment() -> Any:
            got = _invoice_of(clinic, patient.patient_id)
            return got if got is not None and len(got.payments) == 1 else None

        inv = wait_for("the cash part in the database", one_payment)
        assert (inv.payments[0].mode, inv.payments[0].amount) == ("cash", CASH_PART)
        desk.wait_window(PAYMENT)  # no receipt yet: one receipt lists both parts

    with desk.step("pay-the-rest-by-upi"):
        desk.key("alt+m")
        desk.type("U")  # the mode list: UPI
        desk.key("alt+r")
        desk.type(UPI_REF)
        desk.key("Return")
        receipt = desk.wait_window(r"Receipt RCT.*, RCT")  # one receipt, both receipt numbers in its title
        fits_screen(desk, receipt)
        inv = wait_for(
            "the invoice paid in full",
            lambda: (
                (got := _invoice_of(clinic, patient.patient_id)) is not None and not got.balance_due and got
            ),
        )
        parts = [(p.mode, p.amount, p.reference) for p in inv.payments]
        assert parts == [("cash", CASH_PART, None), ("upi", inv.grand_total - CASH_PART, UPI_REF)]
        for p in inv.payments:
            assert p.receipt_number in receipt.title

    with desk.step("print-the-invoice"):
        desk.key("Escape")  # the receipt's preview closes; the dialog offers Print invoice
        desk.wait_window(PAYMENT)
        desk.key("Return")
        preview = desk.wait_window(inv.doc_number)
        fits_screen(desk, preview)
        with clinic.services.db.read() as s:
            printed = s.scalars(select(AuditLog.entity_id).where(AuditLog.action == "billing.print")).all()
        assert str(inv.id) in printed and str(inv.payments[-1].id) in printed
        desk.key("Escape")
        desk.wait_window(PAYMENT)
        desk.key("Escape")
        desk.wait_window(MAIN)

    summary = clinic.services.billing.day_summary(cashier, cashier.user_id or 0, inv.invoice_date)
    with desk.step("day-close-blind-count"):
        desk.key("alt+o")  # Day cl&ose… (Alt+D is the Doctors tab and the Desk menu)
        close = desk.wait_window(DAY_CLOSE)
        fits_screen(desk, close)
        time.sleep(0.5)  # the day's figures are read on a worker
        for mnemonic, mode in (("alt+c", "cash"), ("alt+a", "card"), ("alt+u", "upi")):
            desk.key(mnemonic, "ctrl+a")
            desk.type(f"{summary.expected[mode]}")
        desk.key("Return")  # Show expected: the counts are locked, the expected amounts appear

    with desk.step("day-closed"):
        desk.key("Return")  # Close day: the counts match, no reason needed

        def closed() -> Any:
            s = clinic.services.billing.day_summary(cashier, cashier.user_id or 0, inv.invoice_date)
            return s if s.closed else None

        wait_for("the day closed in the database", closed)
        with clinic.services.db.read() as s:
            row = s.scalars(select(AuditLog).where(AuditLog.action == "billing.day_close")).one()
            details = json.loads(row.details or "{}")
        assert details["blind"] is True
        assert {k: Decimal(str(v)) for k, v in details["counted"].items()} == summary.expected
        desk.key("Escape")
        desk.wait_window(MAIN)

    print(f"[e2e] the cashier's day took {time.monotonic() - started:.0f} s")
    assert not PROBLEMS, "\n".join(PROBLEMS)
