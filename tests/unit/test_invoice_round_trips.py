"""Issue 18: an invoice is saved in a fixed, small number of statements, whatever the number of its
lines, and nothing it reads is cached: a price, a rate or a setting changed at another desk applies
to the very next bill. On every backend."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import event, select

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import BillableItem, PendingCharge
from hms_desktop.services.billing_types import InvoiceInput, LineInput
from hms_desktop.services.clinic import ClinicService
from hms_desktop.services.price_list import PriceListService
from tests.unit.test_billing_service import Billing, b, item  # noqa: F401

D = Decimal
# BEGIN aside (SQLite's own BEGIN IMMEDIATE; psycopg's is not a cursor statement): on SQLite the
# settings with the patient and the closed-day flag, the items with prices and rates, the number,
# the invoice, its lines, the audit head, its move, the audit row, the counter; on PostgreSQL the
# cashier's row lock besides, and the audit head's move and row in one
STATEMENTS = 9


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    """The statements ``db``'s engine sends while the block runs (BEGIN and the cached account
    check, which is no part of the unit of work, left out)."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        text = " ".join(statement.split())
        if text.upper().startswith("BEGIN") or "staff_user.status" in text:
            return
        seen.append(text)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _lines(n: int) -> list[LineInput]:
    codes = ("CONS-GEN", "MED-PCM", "MED-AMOX", "ECG", "MED-PCM")
    return [item(codes[i % len(codes)], str(i % 3 + 1)) for i in range(n)]


def test_an_invoice_takes_a_fixed_number_of_statements(b: Billing) -> None:  # noqa: F811
    for n in (3, 1, 5):
        b.invoice(*_lines(n))  # the first invoice of a series in a year creates its row
        with statements(b.c.db) as seen:
            b.invoice(*_lines(n))
        listing = "\n".join(seen)
        assert len(seen) <= STATEMENTS, f"{len(seen)} statements for {n} lines:\n{listing}"
        assert sum("INSERT INTO invoice_line" in s for s in seen) == 1  # one batch for every line


def test_the_returned_invoice_is_the_stored_one(b: Billing) -> None:  # noqa: F811
    """Built from what was written, not read back: it must equal what a read of it returns."""
    doctor_id = b.c.gp.doctor_id
    with b.c.db.write() as s:
        ecg = s.scalars(select(BillableItem).where(BillableItem.code == "ECG")).one()
        charge = PendingCharge(patient_id=b.patient_id, doctor_id=doctor_id, item_id=ecg.id,
                               description="ECG - Dr. Rao", quantity=D("1"), unit_price=D("300"))  # fmt: skip
        s.add(charge)
        s.flush()
        charge_id = charge.id
    data = InvoiceInput(
        b.patient_id,
        [
            item("MED-AMOX", "1.5", discount=D("5"), batch_no=" B12 "),
            LineInput(pending_charge_id=charge_id),
            item("cons-gen "),
        ],
        recipient_state_code="29",
        recipient_address="7 Temple Street, Mysuru",
    )
    made = b.bill.create_invoice(b.c.cashier, data)
    assert made == b.bill.get(b.c.cashier, made.id)
    assert [ln.line_no for ln in made.lines] == [1, 2, 3] and made.doctor_id == doctor_id
    assert made.balance_due == made.grand_total and not made.payments


def test_a_price_rate_or_setting_changed_at_another_desk_applies_to_the_next_bill(
    b: Billing,  # noqa: F811
) -> None:
    """The administrator's desk is another engine (another process, no shared memory): what it
    commits is what this desk's next bill reads."""
    first = b.bill.create_invoice(
        b.c.cashier, InvoiceInput(b.patient_id, [item("CONS-GEN"), item("MED-PCM")])
    )
    assert [ln.unit_price for ln in first.lines] == [D("400"), D("20.00")]
    assert first.lines[1].gst_rate == D("5")
    other = Database(make_engine(b.c.db.profile, b.c.db.engine.url.password), b.c.db.profile)
    try:
        prices = PriceListService(other)
        today = b.clock[0].date()
        prices.set_price(b.c.admin, "CONS-GEN", "450", today)
        prices.add_rate(b.c.admin, "MEDICINE", "12", today)
        ClinicService(other).update_settings(b.c.admin, discount_limit_pct=D("50"))
    finally:
        other.dispose()
    second = b.bill.create_invoice(
        b.c.cashier,
        InvoiceInput(b.patient_id, [item("CONS-GEN", discount=D("200")), item("MED-PCM")]),
    )
    assert [ln.unit_price for ln in second.lines] == [D("450"), D("20.00")]
    assert second.lines[1].gst_rate == D("12")  # the new rate, from today
    assert second.lines[0].discount == D("200")  # within the new 50% limit, no reason asked


def test_each_item_takes_its_own_newest_price(b: Billing) -> None:  # noqa: F811
    """Read together, each item's dated price is still the newest of *its own* prices on the day,
    not of every item's (and not the list price, which follows the latest price set)."""
    prices = PriceListService(b.c.db)
    today = b.clock[0].date()
    prices.set_price(b.c.admin, "CONS-GEN", "450", today - dt.timedelta(days=10))
    prices.set_price(b.c.admin, "CONS-GEN", "999", today + dt.timedelta(days=10))  # the list price now
    prices.set_price(b.c.admin, "ECG", "500", today)  # another item's price, newer than CONS-GEN's
    made = b.bill.create_invoice(b.c.cashier, InvoiceInput(b.patient_id, [item("CONS-GEN"), item("ECG")]))
    assert [ln.unit_price for ln in made.lines] == [D("450"), D("500")]
