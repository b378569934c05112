"""The bill being built, as plain data (no Qt): its lines, the preview of its GST totals as the
service will compute them (:func:`hms_desktop.domain.billing_math.compute_bill`, given the same
place-of-supply facts), a stored invoice's totals, and the amounts and expiry months a cashier types.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from hms_desktop.domain.billing_math import Bill, LineIn, MixedPlaces, TaxHead, compute_bill, tax_heads
from hms_desktop.domain.gst import second_head
from hms_desktop.domain.money import to_paise
from hms_desktop.services.billing_types import ZERO, InvoiceInfo, PendingChargeInfo, PriceItem


@dataclasses.dataclass
class BillLine:
    """One line of the bill in progress: a pending charge or a price-list item."""

    description: str
    sac_hsn: str
    unit_price: Decimal
    gst_rate: Decimal
    is_exempt: bool
    quantity: Decimal = Decimal(1)
    discount: Decimal = ZERO
    reason: str = ""
    item_code: str | None = None
    charge_id: int | None = None
    error: str = ""
    is_medicine: bool = False
    batch: str = ""  # optional, medicines only
    expiry: dt.date | None = None  # the last day of the month printed on the strip

    @property
    def gross(self) -> Decimal:
        return to_paise(self.quantity * self.unit_price)

    @property
    def taxable(self) -> Decimal:
        return self.gross - self.discount

    def priced(self) -> LineIn:
        return LineIn(
            self.quantity, self.unit_price, self.discount, self.gst_rate, self.is_exempt, self.is_medicine
        )

    @classmethod
    def of_item(cls, item: PriceItem) -> BillLine:
        return cls(
            item.name,
            item.sac_hsn or "",
            item.unit_price,
            item.gst_rate or ZERO,
            bool(item.is_exempt),
            item_code=item.code,
            is_medicine=item.kind == "medicine",
        )

    @classmethod
    def of_charge(cls, charge: PendingChargeInfo, item: PriceItem | None) -> BillLine:
        return cls(
            charge.description,
            item.sac_hsn or "" if item else "",
            charge.unit_price,
            (item.gst_rate or ZERO) if item else ZERO,
            bool(item.is_exempt) if item else True,
            quantity=charge.quantity,
            charge_id=charge.id,
            is_medicine=bool(item and item.kind == "medicine"),
        )


@dataclasses.dataclass(frozen=True)
class Totals:
    exempt: Decimal  # exempt and nil-rated lines
    taxable: Decimal
    heads: tuple[TaxHead, ...]  # CGST + SGST/UTGST, or IGST, each with its rate(s)
    round_off: Decimal
    grand: Decimal
    place: str = ""  # the place of supply's State code
    problem: str | None = None  # why the bill cannot be issued as it stands (two places of supply)


def preview_bill(
    lines: Sequence[BillLine],
    clinic_code: str,
    recipient_code: str | None = None,
    registered: bool = False,
    *,
    supplier_registered: bool = True,
) -> Bill:
    """The bill as the service will store it (raises MixedPlaces like the service).
    ``supplier_registered``: the clinic has a GSTIN (without one, no tax: a bill of supply)."""
    return compute_bill(
        [ln.priced() for ln in lines], clinic_code, recipient_code, registered=registered,
        supplier_registered=supplier_registered,
    )  # fmt: skip


def preview_totals(
    lines: Sequence[BillLine],
    clinic_code: str = "",
    recipient_code: str | None = None,
    registered: bool = False,
    *,
    supplier_registered: bool = True,
) -> Totals:
    """The totals the service will compute for these lines and place-of-supply facts."""
    supplier = supplier_registered
    try:
        bill = preview_bill(lines, clinic_code, recipient_code, registered, supplier_registered=supplier)
    except MixedPlaces as e:
        bill = preview_bill(lines, clinic_code, None, registered, supplier_registered=supplier)
        return Totals(
            bill.exempt_value, bill.taxable_value, tuple(bill.heads), bill.round_off, bill.grand_total,
            bill.place_code, str(e),
        )  # fmt: skip
    return Totals(
        bill.exempt_value,
        bill.taxable_value,
        tuple(bill.heads),
        bill.round_off,
        bill.grand_total,
        bill.place_code,
    )


def invoice_totals(inv: InvoiceInfo) -> Totals:
    """A stored invoice's totals, with its tax heads and rates from its stored lines."""
    taxed = [(ln.gst_rate, ln.cgst, ln.sgst, ln.igst) for ln in inv.lines if not ln.is_exempt and ln.gst_rate]
    heads = tax_heads(taxed, inv.intra_state, second_head(inv.supply_state_code))
    return Totals(
        inv.exempt_value,
        inv.taxable_value,
        tuple(heads),
        inv.round_off,
        inv.grand_total,
        inv.supply_state_code,
    )


def parse_expiry(text: str) -> dt.date | None:
    """'03/2028' or '3/28' -> the last day of that month; None when it is not a month."""
    match = re.fullmatch(r"(\d{1,2})\s*[/-]\s*(\d{2}|\d{4})", text)
    if not match:
        return None
    month, year = int(match.group(1)), int(match.group(2))
    year += 2000 if year < 100 else 0
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_amount(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "").replace("₹", "").strip() or "0")
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
