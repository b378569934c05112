"""The date an invoice may carry. GST Rule 46 numbers a series consecutively within a financial year,
so a date must never go behind the series: an invoice cannot be dated

- in the future;
- before the last issued document of its series (its type in this financial year);
- into a past financial year (that year's series and returns are closed);
- more than the clinic's back-dating allowance before today (``backdate_days``, 0 by default: today
  only), and a back-dated invoice needs a reason, which goes into its audit row.

The cashier's own closed day is refused by ``BillingService._open_day`` in the same transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hms_desktop.db.models import Invoice
from hms_desktop.domain.gst import financial_year
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import ValidationError

__all__ = ["BACKDATE_DAYS", "check_invoice_date"]

BACKDATE_DAYS = 0  # the default allowance: invoices are dated today


def _day(value: dt.date) -> str:
    return value.strftime("%d %b %Y").lstrip("0")


def check_invoice_date(
    s: Session,
    on_date: dt.date,
    today: dt.date,
    doc_type: str,
    *,
    backdate_days: int = BACKDATE_DAYS,
    reason: str | None = None,
) -> str | None:
    """Refuse a date the series cannot take; return the back-dating reason (None for today)."""
    field = "invoice_date"
    if on_date > today:
        raise ValidationError({field: "An invoice cannot be dated in the future."})
    if on_date == today:
        return None
    if financial_year(on_date) != financial_year(today):
        year = financial_year(on_date)
        message = f"{_day(on_date)} is in the financial year {year}, which has ended: date the invoice today."
        raise ValidationError({field: message})
    if (today - on_date).days > backdate_days:
        allowed = "today only" if backdate_days == 0 else f"at most {backdate_days} days back"
        raise ValidationError(
            {field: f"Invoices can be dated {allowed} (the clinic's setting); {_day(on_date)} is too early."}
        )
    last = s.scalar(
        select(func.max(Invoice.invoice_date)).where(
            Invoice.doc_type == doc_type, Invoice.fin_year == financial_year(on_date)
        )
    )
    if last is not None and on_date < last:
        message = (
            f"The last invoice of this series is dated {_day(last)}: an invoice cannot be dated before it."
        )
        raise ValidationError({field: message})
    why = clean_text(reason, "backdate_reason", 300, multiline=True)
    if why is None:
        raise ValidationError({"backdate_reason": "Say why this invoice is dated before today."})
    return why
