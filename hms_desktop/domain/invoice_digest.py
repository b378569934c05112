"""An invoice's content digest: SHA-256 over what is printed, in a canonical form.

Computed once, before the invoice is inserted (the row is append-only: there is no later UPDATE to
store it), and recomputed from the stored rows on every reprint and by ``audit verify``. So the
canonical form must come out the same from in-memory values and from any backend's read-back:
amounts and quantities with exactly two decimals (``Numeric(x, 2)`` columns), strings as a ``Str``
column stores them (trimmed, blank -> None), dates in ISO form.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from hms_desktop.domain.audit_chain import stored_text

CENT = Decimal("0.01")

HEADER_TEXT = (
    "doc_number",
    "doc_type",
    "fin_year",
    "recipient_name",
    "recipient_address",
    "recipient_gstin",
    "supply_state",
    "supply_state_code",
)
# recorded from migration 0008 on; absent (None) on earlier invoices
HEADER_OPTIONAL = ("recipient_state_code", "patient_name")
HEADER_AMOUNTS = ("exempt_value", "taxable_value", "cgst", "sgst", "igst", "round_off", "grand_total")
LINE_TEXT = ("description", "sac_hsn", "batch_no", "unit", "discount_reason")
LINE_AMOUNTS = (
    "quantity",
    "unit_price",
    "discount",
    "taxable_value",
    "gst_rate",
    "cgst",
    "sgst",
    "igst",
    "line_total",
)


def _amount(value: Any) -> str:
    return str(Decimal(str(value)).quantize(CENT))


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def invoice_digest(header: Mapping[str, Any], lines: Sequence[Mapping[str, Any]]) -> str:
    """Hex SHA-256 of an invoice: ``header`` and each of ``lines`` map column names to values."""
    body = {
        "header": [stored_text(header[k]) for k in HEADER_TEXT]
        + [stored_text(header.get(k)) for k in HEADER_OPTIONAL]
        + [_amount(header[k]) for k in HEADER_AMOUNTS]
        + [
            _date(header["invoice_date"]),
            header["patient_id"],
            header["doctor_id"],
            header["cashier_id"],
            bool(header["intra_state"]),
        ],
        "lines": [
            [ln["line_no"], ln["item_id"], _date(ln["expiry_on"]), bool(ln["is_exempt"])]
            + [stored_text(ln[k]) for k in LINE_TEXT]
            + [_amount(ln[k]) for k in LINE_AMOUNTS]
            for ln in sorted(lines, key=lambda x: int(x["line_no"]))
        ],
    }
    canonical = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
