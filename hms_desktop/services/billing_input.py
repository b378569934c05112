"""What the cashier's forms hand the billing service, checked with the shared input rules before any
arithmetic or database work: amounts and quantities the columns keep (no NaN, no 1e30, no third
decimal of a rupee, no zero quantity), text without control characters and within its column, dates
of the right type and within their window (a batch expiry is not 1900, a day close is not 2200).

Each function raises ``ValidationError`` naming every bad field at once (``line2.quantity``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from hms_desktop.domain.validation import (
    DateKind,
    as_decimal,
    clean_date,
    clean_decimal,
    clean_int,
    clean_text,
    date_problem,
    decimal_problem,
)
from hms_desktop.errors import ValidationError
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput

__all__ = [
    "check_close",
    "check_credit",
    "check_invoice",
    "check_payment",
    "money_value",
]

# Numeric(12, 2) money and Numeric(10, 2) quantities (models/_common.py, models/billing.py)
MONEY_DIGITS, QTY_DIGITS, PLACES = 12, 10, 2


def money_value(value: object, field: str) -> Decimal:
    """An amount in rupees and paise (text from a line edit is read too), or ValidationError."""
    if isinstance(value, str):
        try:
            value = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            raise ValidationError({field: "Enter an amount in rupees, e.g. 150.50."}) from None
    if as_decimal(value) is None:
        raise ValidationError({field: "Enter an amount in rupees, e.g. 150.50."})
    problem = decimal_problem(value, digits=MONEY_DIGITS, places=PLACES)
    if problem is not None:
        if "decimal" in problem:
            problem = "Enter an amount in rupees and whole paise."
        raise ValidationError({field: problem})
    number = as_decimal(value)
    assert number is not None
    return number.quantize(Decimal("0.01"))


def _raise(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def _line(n: int, line: object, today: dt.date, errors: dict[str, str]) -> None:
    if not isinstance(line, LineInput):
        errors[f"line{n}"] = "Not an invoice line."
        return
    clean_text(line.item_code, f"line{n}.item_code", 20, errors)
    clean_int(line.pending_charge_id, f"line{n}.pending_charge_id", errors, minimum=1)
    clean_decimal(
        line.quantity,
        f"line{n}.quantity",
        errors,
        digits=QTY_DIGITS,
        places=PLACES,
        minimum=0,
        allow_zero=False,
    )
    if line.discount is not None:
        clean_decimal(
            line.discount, f"line{n}.discount", errors, digits=MONEY_DIGITS, places=PLACES, minimum=0
        )
    clean_text(line.discount_reason, f"line{n}.discount_reason", 200, errors)
    clean_text(line.batch_no, f"line{n}.batch_no", 30, errors)
    clean_date(line.expiry_on, f"line{n}.expiry_on", DateKind.EXPIRY, today, errors)


def check_invoice(data: InvoiceInput, today: dt.date) -> None:
    """The form's values, one field at a time (the invoice-date rules need the database: see
    ``BillingService``)."""
    errors: dict[str, str] = {}
    if isinstance(data.patient_id, bool) or not isinstance(data.patient_id, int):
        errors["patient_id"] = "Choose the patient."
    if not isinstance(data.lines, Sequence) or isinstance(data.lines, str):
        errors["lines"] = "Add at least one line to bill."
    else:
        for n, line in enumerate(data.lines, start=1):
            _line(n, line, today, errors)
    clean_int(data.doctor_id, "doctor_id", errors, minimum=1)
    if data.invoice_date is not None:  # the series' own date rules: services/invoice_dates.py
        problem = date_problem(data.invoice_date, DateKind.PAST_RECORD, today)
        if problem is not None:
            errors["invoice_date"] = problem
    clean_text(data.recipient_state_code, "recipient_state_code", 2, errors)
    clean_text(data.recipient_address, "recipient_address", 300, errors, multiline=True)
    clean_text(data.recipient_gstin, "recipient_gstin", 15, errors)
    clean_text(data.recipient_name, "recipient_name", 200, errors)
    _raise(errors)


def check_payment(data: PaymentInput) -> None:
    errors: dict[str, str] = {}
    clean_text(data.mode, "mode", 6, errors)
    for field in ("amount", "tendered"):
        value = getattr(data, field)
        if value is None and field == "tendered":
            continue
        try:
            money_value(value, field)
        except ValidationError as exc:
            errors.update(exc.errors)
    clean_text(data.reference, "reference", 60, errors)
    _raise(errors)


def check_credit(
    lines: Sequence[tuple[int, Decimal]] | None,
    reason: object,
    refund_mode: object,
    recipient_address: object,
    recipient_state_code: object,
) -> None:
    errors: dict[str, str] = {}
    if lines is not None:
        for n, pair in enumerate(lines, start=1):
            if not isinstance(pair, tuple) or len(pair) != 2:
                errors[f"line{n}"] = "A line and the quantity to credit."
                continue
            clean_int(pair[0], f"line{n}.line_id", errors, minimum=1)
            if pair[1] is None:
                errors[f"line{n}.quantity"] = "Enter the quantity to credit."
            clean_decimal(
                pair[1],
                f"line{n}.quantity",
                errors,
                digits=QTY_DIGITS,
                places=PLACES,
                minimum=0,
                allow_zero=False,
            )
    clean_text(reason, "reason", 300, errors, multiline=True)
    clean_text(refund_mode, "refund_mode", 6, errors)
    clean_text(recipient_address, "recipient_address", 300, errors, multiline=True)
    clean_text(recipient_state_code, "recipient_state_code", 2, errors)
    _raise(errors)


def check_close(business_date: object, counted: Mapping[str, object], reason: object, today: dt.date) -> None:
    """The day close's own values: a date (today or before, not before the window), counted
    amounts the columns keep, a reason without control characters."""
    errors: dict[str, str] = {}
    if isinstance(business_date, dt.datetime) or not isinstance(business_date, dt.date):
        errors["business_date"] = "Enter a date."
    elif business_date > today:
        errors["business_date"] = "A day can be closed only once it has begun: today or an earlier day."
    else:
        clean_date(business_date, "business_date", DateKind.VISIT, today, errors)
    if not isinstance(counted, Mapping):
        errors["counted"] = "Enter the amounts counted."
    else:
        for mode, amount in counted.items():
            try:
                money_value(amount, f"counted.{mode}")
            except ValidationError as exc:
                errors.update(exc.errors)
    clean_text(reason, "reason", 300, errors, multiline=True)
    _raise(errors)
