"""GST billing: rates with effective dates, price list, pending charges, documents and their series.

Invoices, payments, credit notes (and their lines) and day closes are append-only: database triggers
(migration 0007) refuse any UPDATE or DELETE, and the desks' database role is granted only SELECT and
INSERT on them (``hms_desktop.db.protection``). Corrections go through credit notes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, Numeric, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hms_desktop.db.base import Base, Str
from hms_desktop.db.models._common import created, money, one_of, pk
from hms_desktop.domain.enums import DocType, InvoiceStatus, ItemKind, PaymentMode

RATE = Numeric(5, 2, asdecimal=True)


class GstRate(Base):
    """The GST rate of a tax class from a date on; the newest row on or before a date applies."""

    __tablename__ = "gst_rate"
    __table_args__ = (
        UniqueConstraint("tax_class", "effective_from"),
        CheckConstraint("rate_percent >= 0 AND rate_percent <= 100", name="rate"),
    )

    id: Mapped[int] = pk()
    tax_class: Mapped[str] = mapped_column(Str(30))
    sac_hsn: Mapped[str] = mapped_column(Str(8))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    rate_percent: Mapped[Decimal] = mapped_column(RATE)
    is_exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Str(200))


class BillableItem(Base):
    """The clinic's price list: services, procedures and medicines."""

    __tablename__ = "billable_item"
    __table_args__ = (one_of("kind", tuple(k.value for k in ItemKind), "kind"),)

    id: Mapped[int] = pk()
    code: Mapped[str] = mapped_column(Str(20), unique=True)
    name: Mapped[str] = mapped_column(Str(120))
    kind: Mapped[str] = mapped_column(Str(16))
    tax_class: Mapped[str] = mapped_column(Str(30))
    # the price before any dated price (``ItemPrice``, migration 0011) and the latest one set
    unit_price: Mapped[Decimal] = money()
    unit: Mapped[str] = mapped_column(Str(10), default="NOS")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the item's own SAC/HSN (e.g. 3004 for a medicine); None: its tax class's (migration 0011)
    sac_hsn: Mapped[str | None] = mapped_column(Str(8))


class PendingCharge(Base):
    """A billable item recorded by a consultation or the desk, waiting for the cashier."""

    __tablename__ = "pending_charge"

    id: Mapped[int] = pk()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    queue_entry_id: Mapped[int | None] = mapped_column(ForeignKey("queue_entry.id"))
    doctor_id: Mapped[int | None] = mapped_column(ForeignKey("doctor.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("billable_item.id"))
    description: Mapped[str] = mapped_column(Str(200))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("1"))
    unit_price: Mapped[Decimal] = money()
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    created_at: Mapped[dt.datetime] = created()


class DocSeries(Base):
    """Next number of a document type in a financial year, taken under a row lock in the same
    transaction as the document, so a rollback never burns a number."""

    __tablename__ = "doc_series"
    __table_args__ = (
        UniqueConstraint("doc_type", "fin_year"),
        one_of("doc_type", tuple(d.value for d in DocType), "doc_type"),
    )

    id: Mapped[int] = pk()
    doc_type: Mapped[str] = mapped_column(Str(16))
    fin_year: Mapped[str] = mapped_column(Str(7))
    prefix: Mapped[str] = mapped_column(Str(9))
    next_no: Mapped[int] = mapped_column(Integer, default=1)


class Invoice(Base):
    __tablename__ = "invoice"
    __table_args__ = (
        one_of(
            "doc_type", (DocType.TAX_INVOICE, DocType.BILL_OF_SUPPLY, DocType.INVOICE_CUM_BOS), "doc_type"
        ),
        one_of("status", tuple(s.value for s in InvoiceStatus), "status"),
    )

    id: Mapped[int] = pk()
    doc_type: Mapped[str] = mapped_column(Str(16))
    doc_number: Mapped[str] = mapped_column(Str(16), unique=True)
    fin_year: Mapped[str] = mapped_column(Str(7))
    invoice_date: Mapped[dt.date] = mapped_column(Date, index=True)
    issued_at: Mapped[dt.datetime] = created()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    doctor_id: Mapped[int | None] = mapped_column(ForeignKey("doctor.id"))
    cashier_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    recipient_name: Mapped[str] = mapped_column(Str(200))
    recipient_address: Mapped[str | None] = mapped_column(Str(300))
    recipient_gstin: Mapped[str | None] = mapped_column(Str(15))
    # the recipient's State as recorded on the invoice (Rule 46(e); s.10(1)(ca) for goods): None when
    # not recorded (migration 0008; earlier invoices recorded none)
    recipient_state_code: Mapped[str | None] = mapped_column(Str(2))
    patient_name: Mapped[str | None] = mapped_column(Str(200))  # when the recipient is a company
    supply_state: Mapped[str] = mapped_column(Str(60))
    supply_state_code: Mapped[str] = mapped_column(Str(2))
    intra_state: Mapped[bool] = mapped_column(Boolean, default=True)
    exempt_value: Mapped[Decimal] = money()
    taxable_value: Mapped[Decimal] = money()
    cgst: Mapped[Decimal] = money()
    sgst: Mapped[Decimal] = money()
    igst: Mapped[Decimal] = money()
    round_off: Mapped[Decimal] = money()
    grand_total: Mapped[Decimal] = money()
    status: Mapped[str] = mapped_column(Str(8), default=InvoiceStatus.ISSUED.value)
    void_reason: Mapped[str | None] = mapped_column(Str(300))
    content_sha256: Mapped[str | None] = mapped_column(Str(64))

    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.line_no")
    payments: Mapped[list[Payment]] = relationship(order_by="Payment.id")


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    __table_args__ = (UniqueConstraint("invoice_id", "line_no"),)

    id: Mapped[int] = pk()
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("billable_item.id"))
    description: Mapped[str] = mapped_column(Str(200))
    sac_hsn: Mapped[str | None] = mapped_column(Str(8))
    batch_no: Mapped[str | None] = mapped_column(Str(30))
    expiry_on: Mapped[dt.date | None] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    unit: Mapped[str] = mapped_column(Str(10), default="NOS")
    unit_price: Mapped[Decimal] = money()
    discount: Mapped[Decimal] = money()
    discount_reason: Mapped[str | None] = mapped_column(Str(200))
    taxable_value: Mapped[Decimal] = money()
    gst_rate: Mapped[Decimal] = mapped_column(RATE)
    is_exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    cgst: Mapped[Decimal] = money()
    sgst: Mapped[Decimal] = money()
    igst: Mapped[Decimal] = money()
    line_total: Mapped[Decimal] = money()


class Payment(Base):
    """A payment against an invoice; its receipt number comes from the receipt series."""

    __tablename__ = "payment"
    __table_args__ = (
        one_of("pay_mode", tuple(m.value for m in PaymentMode), "pay_mode"),
        CheckConstraint("amount > 0", name="amount_pos"),
    )

    id: Mapped[int] = pk()
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    receipt_number: Mapped[str] = mapped_column(Str(16), unique=True)
    fin_year: Mapped[str] = mapped_column(Str(7))
    paid_at: Mapped[dt.datetime] = created()
    business_date: Mapped[dt.date] = mapped_column(Date)
    pay_mode: Mapped[str] = mapped_column(Str(6))  # MODE is an Oracle reserved word
    amount: Mapped[Decimal] = money()
    tendered: Mapped[Decimal | None] = money(nullable=True, default=None)
    change_given: Mapped[Decimal | None] = money(nullable=True, default=None)
    reference: Mapped[str | None] = mapped_column(Str(60))
    cashier_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    # no day_close_id (dropped in 0007): a payment belongs to the close of its cashier and business
    # date, a fact derived from columns written once, so the row never needs an UPDATE at day close


class CreditNote(Base):
    __tablename__ = "credit_note"

    id: Mapped[int] = pk()
    doc_number: Mapped[str] = mapped_column(Str(16), unique=True)
    fin_year: Mapped[str] = mapped_column(Str(7))
    note_date: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime] = created()
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    reason: Mapped[str] = mapped_column(Str(300))
    # Rule 53(1A)(e)/(f): the recipient's name, address and State with code, as on the note
    recipient_name: Mapped[str | None] = mapped_column(Str(200))
    recipient_address: Mapped[str | None] = mapped_column(Str(300))
    recipient_state_code: Mapped[str | None] = mapped_column(Str(2))
    taxable_value: Mapped[Decimal] = money()
    exempt_value: Mapped[Decimal] = money()
    cgst: Mapped[Decimal] = money()
    sgst: Mapped[Decimal] = money()
    igst: Mapped[Decimal] = money()
    round_off: Mapped[Decimal] = money()
    total: Mapped[Decimal] = money()
    refund_mode: Mapped[str | None] = mapped_column(Str(6))
    is_void: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_by: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    business_date: Mapped[dt.date] = mapped_column(Date)
    # like Payment: the note's day close is that of (issued_by, business_date); no link to update

    lines: Mapped[list[CreditNoteLine]] = relationship(order_by="CreditNoteLine.id")


class CreditNoteLine(Base):
    __tablename__ = "credit_note_line"

    id: Mapped[int] = pk()
    credit_note_id: Mapped[int] = mapped_column(ForeignKey("credit_note.id"), index=True)
    invoice_line_id: Mapped[int] = mapped_column(ForeignKey("invoice_line.id"))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    taxable_value: Mapped[Decimal] = money()
    cgst: Mapped[Decimal] = money()
    sgst: Mapped[Decimal] = money()
    igst: Mapped[Decimal] = money()


class DayClose(Base):
    """A cashier's sign-off of one business day: expected vs counted per payment mode."""

    __tablename__ = "day_close"
    # close_no: 1 for the day's first close, 2 after an administrator reopened it (``DayReopen``), ...
    __table_args__ = (UniqueConstraint("cashier_id", "business_date", "close_no"),)

    id: Mapped[int] = pk()
    cashier_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    business_date: Mapped[dt.date] = mapped_column(Date)
    closed_at: Mapped[dt.datetime] = created()
    expected_cash: Mapped[Decimal] = money()
    counted_cash: Mapped[Decimal] = money()
    expected_card: Mapped[Decimal] = money()
    counted_card: Mapped[Decimal] = money()
    expected_upi: Mapped[Decimal] = money()
    counted_upi: Mapped[Decimal] = money()
    difference: Mapped[Decimal] = money()
    diff_reason: Mapped[str | None] = mapped_column(Str(300))
    close_no: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
