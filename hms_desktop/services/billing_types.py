"""What the billing service takes and returns: input forms and frozen result rows (no ORM rows)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hms_desktop.domain.gst import PLACE_CODES, STATE_NAMES

ZERO = Decimal("0.00")

# GST State codes a place of supply can be in -> State / Union Territory (domain.gst has the full list)
GST_STATES: dict[str, str] = {code: STATE_NAMES[code] for code in PLACE_CODES}


@dataclasses.dataclass(frozen=True)
class SeriesPrefix:
    """A document type's series prefix, and how many numbers this financial year's series has issued
    (once it has, the prefix is fixed until the next financial year: one consecutive run per year)."""

    doc_type: str
    prefix: str
    issued: int


@dataclasses.dataclass(frozen=True)
class LineInput:
    """One line to bill: a price-list item (``item_code``) or a recorded ``pending_charge_id``.

    ``quantity`` defaults to 1 for an item and to the charge's own quantity for a pending charge.
    """

    item_code: str | None = None
    pending_charge_id: int | None = None
    quantity: Decimal | None = None
    discount: Decimal = ZERO
    discount_reason: str | None = None
    batch_no: str | None = None
    expiry_on: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class InvoiceInput:
    patient_id: int
    lines: list[LineInput]
    doctor_id: int | None = None
    invoice_date: dt.date | None = None  # None: today in the clinic's time zone
    # the patient's (or company's) State recorded on the bill; None: not recorded. Only goods sold to an
    # unregistered patient follow it (IGST Act s.10(1)(ca)); services are supplied here (s.12(4))
    recipient_state_code: str | None = None
    recipient_address: str | None = None
    # B2B (a company paying for an employee's check-up): its GSTIN and legal name (Rule 46(d))
    recipient_gstin: str | None = None
    recipient_name: str | None = None
    # why an invoice is dated before today (within the clinic's allowance): kept in its audit row
    backdate_reason: str | None = None


@dataclasses.dataclass(frozen=True)
class PaymentInput:
    mode: str  # PaymentMode value
    amount: Decimal
    tendered: Decimal | None = None  # cash handed over (defaults to the amount)
    reference: str | None = None  # card slip / UPI reference (required for UPI)


@dataclasses.dataclass(frozen=True)
class InvoiceLineInfo:
    id: int
    line_no: int
    item_id: int | None
    description: str
    sac_hsn: str | None
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal
    discount_reason: str | None
    taxable_value: Decimal
    gst_rate: Decimal
    is_exempt: bool
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    line_total: Decimal
    credited_quantity: Decimal


@dataclasses.dataclass(frozen=True)
class PaymentInfo:
    id: int
    invoice_id: int
    receipt_number: str
    business_date: dt.date
    paid_at: dt.datetime
    mode: str
    amount: Decimal
    tendered: Decimal | None
    change_given: Decimal | None
    reference: str | None
    cashier_id: int


@dataclasses.dataclass(frozen=True)
class InvoiceInfo:
    id: int
    doc_type: str
    doc_number: str
    invoice_date: dt.date
    patient_id: int
    patient_name: str
    doctor_id: int | None
    cashier_id: int
    intra_state: bool
    exempt_value: Decimal
    taxable_value: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    round_off: Decimal
    grand_total: Decimal
    status: str
    paid: Decimal  # payments received
    credited: Decimal  # credit notes adjusted against the dues (not refunded)
    refunded: Decimal  # credit notes paid back to the patient
    balance_due: Decimal
    content_sha256: str | None
    lines: tuple[InvoiceLineInfo, ...]
    payments: tuple[PaymentInfo, ...]
    supply_state_code: str = ""  # the place of supply (its State decides SGST or UTGST)
    recipient_gstin: str | None = None


@dataclasses.dataclass(frozen=True)
class InvoiceSummary:
    id: int
    doc_type: str
    doc_number: str
    invoice_date: dt.date
    patient_id: int
    patient_name: str
    grand_total: Decimal
    status: str


@dataclasses.dataclass(frozen=True)
class CreditNoteInfo:
    id: int
    doc_number: str
    note_date: dt.date
    invoice_id: int
    invoice_number: str
    invoice_date: dt.date
    reason: str
    exempt_value: Decimal
    taxable_value: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    round_off: Decimal
    total: Decimal
    refund_mode: str | None


@dataclasses.dataclass(frozen=True)
class PendingChargeInfo:
    id: int
    item_id: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    doctor_id: int | None
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class PendingPatient:
    """A patient with charges waiting for the cashier."""

    patient_id: int
    patient_name: str
    mrn: str
    charges: tuple[PendingChargeInfo, ...]

    @property
    def total(self) -> Decimal:
        """Before tax and discounts, in paise (the bill itself computes GST line by line)."""
        gross = sum((c.quantity * c.unit_price for c in self.charges), ZERO)
        return gross.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclasses.dataclass(frozen=True)
class PriceItem:
    id: int
    code: str
    name: str
    kind: str
    tax_class: str
    unit_price: Decimal
    unit: str
    sac_hsn: str | None  # today's, None when the tax class has no rate yet
    gst_rate: Decimal | None
    is_exempt: bool | None


@dataclasses.dataclass(frozen=True)
class DaySummary:
    """A cashier's day: money taken by mode less refunds paid out, and whether it is closed."""

    cashier_id: int
    business_date: dt.date
    expected: dict[str, Decimal]  # mode -> payments minus refunds
    payments: int
    refunds: int
    closed: bool
    day_close_id: int | None
    # what the close warns about (issue 15): charges of that day still waiting for a bill (at any
    # desk), and this cashier's bills of that day with money still due (their numbers and the sum)
    pending_charges: int = 0
    unpaid: tuple[str, ...] = ()
    unpaid_total: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return sum(self.expected.values(), ZERO)


@dataclasses.dataclass(frozen=True)
class DayCloseInfo:
    id: int
    cashier_id: int
    business_date: dt.date
    expected: dict[str, Decimal]
    counted: dict[str, Decimal]
    difference: Decimal
    reason: str | None


@dataclasses.dataclass(frozen=True)
class PrescribedMedicine:
    """A line of a prescription issued today, as the cashier sees it: the drug without its dose
    instructions (minimum necessary), and the price-list medicine it matched (None: no match).

    ``bill_quantity`` is the matched item's quantity for ``quantity`` (whole strips, rounded up;
    1 when the prescription gives no quantity): ``domain.dispensing.sell_quantity``."""

    prescription_id: int
    line_no: int
    drug: str  # generic name, strength, form: "PARACETAMOL 500 mg tablet"
    quantity: Decimal | None  # as prescribed, in units (tablets, ml); None when not given
    item_id: int | None = None
    item_code: str | None = None
    item_name: str | None = None
    bill_quantity: Decimal = Decimal(1)
