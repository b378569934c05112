"""GST arithmetic and identifiers: GSTIN check character, financial years, CGST/SGST/IGST split."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

from hms_desktop.domain.money import to_paise

_CH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_GSTIN = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")
_DOC_NUMBER = re.compile(r"^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$")


def gstin_check_char(first14: str) -> str:
    total = 0
    for pos, ch in enumerate(first14.upper(), start=1):
        p = _CH.index(ch) * (2 if pos % 2 == 0 else 1)
        total += p // 36 + p % 36
    return _CH[(36 - total % 36) % 36]


def gstin_is_valid(gstin: str) -> bool:
    """Format (state, PAN, entity, 'Z', check) and the mod-36 check character."""
    if not isinstance(gstin, str):
        return False
    g = gstin.strip().upper()
    if not _GSTIN.match(g) or not 1 <= int(g[:2]) <= 99:
        return False
    return gstin_check_char(g[:14]) == g[14]


def financial_year(d: dt.date) -> str:
    """Indian financial year (1 April - 31 March): 2025-05-01 -> '2025-26'."""
    start = d.year if d.month >= 4 else d.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def fy_short(d: dt.date) -> str:
    """'25-26' for numbering: keeps document numbers within 16 characters."""
    return financial_year(d)[2:]


def doc_number_is_valid(number: str) -> bool:
    """Rule 46: at most 16 characters of letters, digits, '-' and '/'; not starting 0, '-' or '/'."""
    return bool(_DOC_NUMBER.match(number))


@dataclasses.dataclass(frozen=True)
class GstSplit:
    cgst: Decimal
    sgst: Decimal
    igst: Decimal

    @property
    def total(self) -> Decimal:
        return self.cgst + self.sgst + self.igst


def split_gst(taxable: Decimal, rate_percent: Decimal, intra_state: bool = True) -> GstSplit:
    """Tax on ``taxable`` at ``rate_percent``: CGST + SGST at half the rate each (intra-State),
    or IGST at the full rate; every amount rounded to paise, half-up."""
    taxable = Decimal(taxable)
    rate = Decimal(rate_percent)
    zero = Decimal("0.00")
    if intra_state:
        half = to_paise(taxable * rate / Decimal(200))
        return GstSplit(cgst=half, sgst=half, igst=zero)
    return GstSplit(cgst=zero, sgst=zero, igst=to_paise(taxable * rate / Decimal(100)))
