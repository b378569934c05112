"""The date an invoice may carry (services/invoice_dates.py), on every backend: today by default;
back-dating only within the clinic's allowance, with a reason that goes into the audit row, never into
a past financial year, before the last document of its series, into a closed day or the future."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog
from hms_desktop.domain.clock import Clock
from hms_desktop.errors import ValidationError
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput
from tests.db.test_bad_input_property import Desk, make_desk

D = Decimal


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)


def _bill(desk: Desk, when: dt.datetime | None = None, days: int = 0) -> BillingService:
    """A billing service at ``when``, the clinic allowing invoices ``days`` back (its own setting)."""
    if days != desk.c.sv.clinic.settings().backdate_days:
        desk.c.sv.clinic.update_settings(desk.c.admin, backdate_days=days)
    return BillingService(
        desk.c.db, clock=Clock(source=(lambda: when) if when else (lambda: dt.datetime.now(dt.UTC)))
    )


def _make(
    bill: BillingService,
    desk: Desk,
    on: dt.date | None,
    code: str = "PCM",
    backdate_reason: str | None = None,
) -> int:
    line = LineInput(code, quantity=D(1))
    data = InvoiceInput(desk.patient_id, [line], invoice_date=on, backdate_reason=backdate_reason)
    return bill.create_invoice(desk.c.cashier, data).id


def _refused(call: object, field: str = "invoice_date") -> str:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    return info.value.errors[field]


def test_today_only_by_default(desk: Desk) -> None:
    bill = _bill(desk)
    today = bill.clock.today()
    _make(bill, desk, today)
    message = _refused(lambda: _make(bill, desk, today - dt.timedelta(days=1)))
    assert "today only" in message
    assert "future" in _refused(lambda: _make(bill, desk, today + dt.timedelta(days=1)))


def test_back_dating_within_the_allowance_needs_a_reason_and_is_audited(desk: Desk) -> None:
    when = dt.datetime(2026, 5, 20, 6, 0, tzinfo=dt.UTC)  # 11:30 in Bengaluru, well inside a year
    bill = _bill(desk, when, days=3)
    two_back = dt.date(2026, 5, 18)
    assert _refused(lambda: _make(bill, desk, two_back), "backdate_reason").startswith("Say why")
    assert "at most 3 days back" in _refused(
        lambda: _make(bill, desk, dt.date(2026, 5, 16), backdate_reason="x")
    )
    made = _make(bill, desk, two_back, backdate_reason="  power cut: paper bill written on 18 May ")
    with desk.c.db.read() as s:
        row = s.scalars(
            select(AuditLog).where(AuditLog.action == "billing.invoice", AuditLog.entity_id == str(made))
        ).one()
        assert row.details is not None
        details = json.loads(row.details)
    assert details["backdate_reason"] == "power cut: paper bill written on 18 May"


def test_never_into_a_past_financial_year_nor_before_the_series(desk: Desk) -> None:
    april = _bill(desk, dt.datetime(2026, 4, 2, 6, 0, tzinfo=dt.UTC), days=10)
    message = _refused(lambda: _make(april, desk, dt.date(2026, 3, 31), backdate_reason="late entry"))
    assert "financial year 2025-26" in message and "ended" in message
    may = _bill(desk, dt.datetime(2026, 5, 20, 6, 0, tzinfo=dt.UTC), days=5)
    _make(may, desk, None)  # the tax-invoice series is now at 20 May
    message = _refused(lambda: _make(may, desk, dt.date(2026, 5, 19), backdate_reason="late"))
    assert "last invoice of this series is dated 20 May 2026" in message


def test_never_into_the_cashiers_closed_day_and_the_reason_is_clean_text(desk: Desk) -> None:
    when = dt.datetime(2026, 5, 20, 6, 0, tzinfo=dt.UTC)
    bill = _bill(desk, when, days=3)
    closed = dt.date(2026, 5, 18)
    zero = {"cash": D(0), "card": D(0), "upi": D(0)}
    bill.close_day(desk.c.cashier, closed, zero)  # an earlier day, nothing taken: closed
    message = _refused(lambda: _make(bill, desk, closed, backdate_reason="late entry"), "business_date")
    assert "closed" in message
    bad = "late\x00entry"
    assert _refused(lambda: _make(bill, desk, dt.date(2026, 5, 19), backdate_reason=bad), "backdate_reason")
    made = _make(bill, desk, dt.date(2026, 5, 19), backdate_reason="late entry")  # the day after is open
    today = _make(bill, desk, None)
    with desk.c.db.read() as s:
        rows = {
            int(r.entity_id or 0): json.loads(r.details or "{}")
            for r in s.scalars(select(AuditLog).where(AuditLog.action == "billing.invoice"))
        }
    assert rows[made]["backdate_reason"] == "late entry" and rows[made]["dated"] == "2026-05-19"
    assert "backdate_reason" not in rows[today]  # dated today: nothing to explain
