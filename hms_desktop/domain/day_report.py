"""The day-end report's data: money taken by mode, by doctor and department, GST by rate, the
documents of the day and the day close. Built by ``services.day_report``, drawn by
``reports.day_report`` (plain frozen dataclasses, so reports never import services).

Amounts are Decimal rupees in whole paise. Credit notes carry negative amounts wherever they sit
next to invoices (document rows, GST rows), so a column adds up to the net figure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

ZERO = Decimal("0.00")
ALL_CASHIERS = "All cashiers"
NO_DOCTOR = "No doctor"
NO_DEPARTMENT = "No department"


@dataclasses.dataclass(frozen=True)
class ModeRow:
    """Payments taken (or refunds paid out) in one mode: how many and how much."""

    mode: str  # 'cash' | 'card' | 'upi'
    count: int
    amount: Decimal


@dataclasses.dataclass(frozen=True)
class GroupRow:
    """One doctor or department: invoices dated that day, their total, and money taken that day."""

    name: str
    invoices: int
    billed: Decimal  # grand totals of the day's (not voided) invoices
    collected: Decimal  # payments received that day, also against older invoices


@dataclasses.dataclass(frozen=True)
class GstRateRow:
    rate: Decimal  # percent
    taxable_value: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal

    @property
    def total_tax(self) -> Decimal:
        return self.cgst + self.sgst + self.igst


@dataclasses.dataclass(frozen=True)
class DocumentRow:
    """An invoice or credit note issued that day (credit notes with negative amounts)."""

    doc_date: dt.date
    doc_type: str  # DocType value: 'tax_invoice', 'bill_of_supply', 'inv_cum_bos', 'credit_note'
    number: str
    against: str | None  # for a credit note: the invoice it corrects
    patient: str
    taxable_value: Decimal
    exempt_value: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    round_off: Decimal
    total: Decimal
    paid: Decimal  # invoice: paid up to the end of the day; credit note: refunded (negative)
    balance: Decimal  # invoice: due at the end of the day; credit note: 0
    modes: tuple[str, ...]  # payment modes used (credit note: its refund mode)
    status: str  # 'issued' / 'voided' (credit note: 'refunded' or 'adjusted')


@dataclasses.dataclass(frozen=True)
class CloseRow:
    mode: str
    expected: Decimal
    counted: Decimal

    @property
    def difference(self) -> Decimal:
        return self.counted - self.expected


@dataclasses.dataclass(frozen=True)
class Reopening:
    by: str  # the administrator's name
    at: dt.datetime  # local (clinic zone), aware
    reason: str


@dataclasses.dataclass(frozen=True)
class DayCloseDoc:
    cashier_name: str
    closed_at: dt.datetime  # local (clinic zone), aware
    rows: tuple[CloseRow, ...]
    difference: Decimal
    reason: str | None
    close_no: int = 1  # the day's second close (after a reopening) is 2
    # set when an administrator reopened the day after this close: such a close no longer stands,
    # and the report shows it in one line so nobody adds its counted cash to the standing close's
    reopened: Reopening | None = None


@dataclasses.dataclass(frozen=True)
class DayReport:
    clinic_name: str
    business_date: dt.date
    cashier_id: int | None  # None: all cashiers
    cashier_name: str  # or ALL_CASHIERS
    generated_at: dt.datetime  # local (clinic zone), aware
    collections: tuple[ModeRow, ...]  # one row per mode (cash, card, upi), zeros included
    refunds: tuple[ModeRow, ...]  # refunds paid out per mode (positive amounts), zeros included
    by_doctor: tuple[GroupRow, ...]
    by_department: tuple[GroupRow, ...]
    gst_invoices: tuple[GstRateRow, ...]  # taxable lines of the day's invoices, by rate
    gst_credit_notes: tuple[GstRateRow, ...]  # the day's credit notes, by rate (negative)
    exempt_invoiced: Decimal
    exempt_credited: Decimal  # negative
    documents: tuple[DocumentRow, ...]
    closes: tuple[DayCloseDoc, ...]
    state_head: str = "SGST"  # 'UTGST' for a clinic in a Union Territory without a legislature
    # the audit chain's head at the end of the day (or now): its sequence number and the first 16
    # hex digits of its digest. On paper it pins the trail: a later rewrite, even by someone with the
    # database owner's rights, can no longer reproduce this value (hms-desktop-admin audit verify --at)
    audit_seq: int | None = None
    audit_digest: str | None = None

    def collected(self, mode: str) -> Decimal:
        return sum((r.amount for r in self.collections if r.mode == mode), ZERO)

    def refunded(self, mode: str) -> Decimal:
        return sum((r.amount for r in self.refunds if r.mode == mode), ZERO)

    def net(self, mode: str) -> Decimal:
        """Money that should be in hand for ``mode``: collected less refunded."""
        return self.collected(mode) - self.refunded(mode)

    @property
    def total_collected(self) -> Decimal:
        return sum((r.amount for r in self.collections), ZERO)

    @property
    def total_refunded(self) -> Decimal:
        return sum((r.amount for r in self.refunds), ZERO)

    @property
    def net_cash(self) -> Decimal:
        return self.net("cash")

    @property
    def net_total(self) -> Decimal:
        return self.total_collected - self.total_refunded

    @property
    def gst_net(self) -> tuple[GstRateRow, ...]:
        """Invoices plus credit notes, per rate."""
        acc: dict[Decimal, list[Decimal]] = {}
        for row in (*self.gst_invoices, *self.gst_credit_notes):
            vals = acc.setdefault(row.rate, [ZERO, ZERO, ZERO, ZERO])
            for i, v in enumerate((row.taxable_value, row.cgst, row.sgst, row.igst)):
                vals[i] += v
        return tuple(GstRateRow(rate, *v) for rate, v in sorted(acc.items()))

    @property
    def exempt_net(self) -> Decimal:
        return self.exempt_invoiced + self.exempt_credited
