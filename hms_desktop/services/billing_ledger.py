"""What every part of billing shares: the ledger of money against invoices, the two locks, the text rules.

``InvoiceLedger`` is the one place that says how much has been paid on an invoice, how much credit
notes set against its dues or paid back, and so what is still due. The cashier's day list, a payment,
a credit note, the printed invoice and receipt and the day report all ask it, so "balance due" has
one definition (:func:`balance_due`):

    grand total - payments - credit notes set against the dues (not void, not refunded)

A refunded note leaves the balance alone (the patient got the money back); a voided invoice owes
nothing. "As it stood" views (a receipt: up to its payment; the day report: up to the end of the
day) take the same sums with a cut-off.

Locks (see ``billing.py`` for the order): :func:`load_invoice` with ``lock`` serialises the work on
one invoice on its patient's row; :func:`open_day` locks the cashier's row and refuses their closed day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, bindparam, case, false, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hms_desktop.db.models import CreditNote, CreditNoteLine, Invoice, Patient, Payment, StaffUser
from hms_desktop.domain.enums import InvoiceStatus, PaymentMode
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services.billing_input import money_value
from hms_desktop.services.billing_types import ZERO
from hms_desktop.services.context import Actor
from hms_desktop.services.day_reopen import standing_close

# the invoices a query is about: one id, or a SELECT of ids (filtered as a subquery, never as a bound
# list whose length follows the day's business: Oracle refuses more than 1000 items in an IN list)
Scope = int | Select[Any]

MODES = tuple(m.value for m in PaymentMode)
QTY = Decimal("0.01")


@dataclasses.dataclass(frozen=True)
class Settlement:
    """The money against one invoice: ``paid`` (payments), ``adjusted`` (credit notes set against the
    dues), ``refunded`` (credit notes paid back) and the payment modes used."""

    paid: Decimal = ZERO
    adjusted: Decimal = ZERO
    refunded: Decimal = ZERO
    modes: frozenset[str] = frozenset()

    @property
    def refundable(self) -> Decimal:
        """What may still be paid back: the payments less what was already refunded."""
        return self.paid - self.refunded


def balance_due(inv: Invoice, settled: Settlement) -> Decimal:
    """The one definition of what is still due on ``inv`` (see the module doc)."""
    if inv.status == InvoiceStatus.VOIDED.value:
        return ZERO
    return inv.grand_total - settled.paid - settled.adjusted


class InvoiceLedger:
    """Query object over payments and credit notes; stateless, one shared by the billing parts."""

    def settlement(self, s: Session, invoice_id: int, *, upto: Payment | None = None) -> Settlement:
        """One invoice's money; with ``upto``, as it stood when that payment was taken (its receipt)."""
        pay_cut = None if upto is None else Payment.id <= upto.id
        note_cut = None if upto is None else CreditNote.issued_at <= upto.paid_at
        paid = s.execute(
            select(func.sum(Payment.amount)).where(*_where(Payment.invoice_id == invoice_id, pay_cut))
        ).scalar()
        notes = self.note_sums(s, invoice_id, note_cut)
        return _settled(Decimal(paid or 0), frozenset(), notes.get(invoice_id, {}))

    def balance(self, s: Session, inv: Invoice, *, upto: Payment | None = None) -> Decimal:
        return balance_due(inv, self.settlement(s, inv.id, upto=upto))

    def settlements(
        self, s: Session, scope: Scope, *, through_day: dt.date | None = None
    ) -> dict[int, Settlement]:
        """The money of every invoice whose id ``scope`` selects; with ``through_day``, as it stood at
        the end of that business day (payments and notes of that day or earlier)."""
        return self.combine(
            self.payment_rows(s, scope, through_day),
            self.note_sums(
                s, scope, None if through_day is None else CreditNote.business_date <= through_day
            ),
        )

    def payment_rows(
        self, s: Session, scope: Scope, through_day: dt.date | None = None
    ) -> dict[int, list[Payment]]:
        """The payments on the invoices of ``scope``, oldest first (for lists that show them)."""
        cut = None if through_day is None else Payment.business_date <= through_day
        out: dict[int, list[Payment]] = {}
        for p in s.scalars(
            select(Payment).where(*_where(_of(Payment.invoice_id, scope), cut)).order_by(Payment.id)
        ):
            out.setdefault(p.invoice_id, []).append(p)
        return out

    def note_sums(
        self, s: Session, scope: Scope, cut: ColumnElement[bool] | None = None
    ) -> dict[int, dict[bool, Decimal]]:
        """Credit note totals per invoice of ``scope``: {invoice id: {refunded?: total}} (void ones out)."""
        # 19c SQL has no BOOLEAN: "refunded or not" is a CASE value, not a condition in the select list
        refunded_flag = case((CreditNote.refund_mode.is_not(None), 1), else_=0)
        out: dict[int, dict[bool, Decimal]] = {}
        for invoice_id, refunded, total in s.execute(
            select(CreditNote.invoice_id, refunded_flag, func.sum(CreditNote.total))
            .where(*_where(_of(CreditNote.invoice_id, scope), CreditNote.is_void == false(), cut))
            .group_by(CreditNote.invoice_id, refunded_flag)
        ):
            out.setdefault(int(invoice_id), {})[bool(refunded)] = Decimal(total or 0)
        return out

    @staticmethod
    def combine(
        payments: Mapping[int, Sequence[Payment]], notes: Mapping[int, Mapping[bool, Decimal]]
    ) -> dict[int, Settlement]:
        out: dict[int, Settlement] = {}
        for invoice_id in set(payments) | set(notes):
            rows = payments.get(invoice_id, ())
            paid = sum((p.amount for p in rows), ZERO)
            out[invoice_id] = _settled(
                paid, frozenset(str(p.pay_mode) for p in rows), notes.get(invoice_id, {})
            )
        return out

    def credited_qty(self, s: Session, scope: Scope) -> dict[int, Decimal]:
        """Quantity already credited per invoice line, over the invoices ``scope`` selects."""
        rows = s.execute(
            select(CreditNoteLine.invoice_line_id, func.sum(CreditNoteLine.quantity))
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(_of(CreditNote.invoice_id, scope), CreditNote.is_void == false())
            .group_by(CreditNoteLine.invoice_line_id)
        ).all()
        return {int(line_id): Decimal(q) for line_id, q in rows}

    def credited_amounts(self, s: Session, line_id: int) -> dict[str, Decimal]:
        """Taxable value and taxes already credited on one invoice line (a last credit takes the rest)."""
        row = s.execute(
            select(
                func.sum(CreditNoteLine.taxable_value),
                func.sum(CreditNoteLine.cgst),
                func.sum(CreditNoteLine.sgst),
                func.sum(CreditNoteLine.igst),
            )
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNoteLine.invoice_line_id == line_id, CreditNote.is_void == false())
        ).one()
        return {
            k: Decimal(v or 0) for k, v in zip(("taxable_value", "cgst", "sgst", "igst"), row, strict=True)
        }


def _of(column: InstrumentedAttribute[int], scope: Scope) -> ColumnElement[bool]:
    return column == scope if isinstance(scope, int) else column.in_(scope)


def _where(*conditions: ColumnElement[bool] | None) -> Iterable[ColumnElement[bool]]:
    return [c for c in conditions if c is not None]


def _settled(paid: Decimal, modes: frozenset[str], notes: Mapping[bool, Decimal]) -> Settlement:
    return Settlement(paid, notes.get(False, ZERO), notes.get(True, ZERO), modes)


def load_invoice(s: Session, invoice_id: int, *, lock: bool = False) -> Invoice:
    """The invoice; with ``lock``, payments and credit notes on it are serialised (on its patient's
    row: the desks' role has no UPDATE right on the append-only invoice table)."""
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound(f"There is no invoice {invoice_id}.")
    if lock:
        # NO KEY UPDATE (PostgreSQL): a mutex, not a guard against key changes, so rows that only
        # refer to the patient (a queue entry, a consultation's charges) need not wait for it
        s.execute(select(Patient.id).where(Patient.id == inv.patient_id).with_for_update(key_share=True))
    return inv


_CASHIER_LOCK = (
    select(StaffUser.id).where(StaffUser.id == bindparam("cashier_id")).with_for_update(key_share=True)
)


def lock_cashier(s: Session, actor: Actor) -> None:
    """Lock the cashier's row: serialises their entries against their day close. No statement on
    SQLite, which has no row locks and whose write units (``BEGIN IMMEDIATE``) are serialised."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(_CASHIER_LOCK, {"cashier_id": actor.user_id})


def day_closed(day: dt.date) -> ValidationError:
    return ValidationError({"business_date": f"Your day {day:%d %b %Y} is closed; no more entries."})


def open_day(s: Session, actor: Actor, day: dt.date) -> None:
    """Lock the cashier's row (serialises against their day close) and refuse a closed day."""
    lock_cashier(s, actor)
    closed = standing_close(s, cast(int, actor.user_id), day)  # a reopened close does not count
    if closed is not None:
        raise day_closed(day)


def blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def money(value: object, field: str) -> Decimal:
    # the shared rule: a number type or its text, finite, in whole paise, within Numeric(12, 2)
    return money_value(value, field)


def person_name(first: str, last: str | None) -> str:
    return f"{first} {last}" if last else first
