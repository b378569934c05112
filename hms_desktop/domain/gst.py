"""GST arithmetic and identifiers: GSTIN check character, State codes, financial years, tax heads.

State codes are the GST system's (the first two digits of a GSTIN): the States and Union
Territories 01-38, 97 "Other Territory" and 99 "Centre Jurisdiction", plus the retired codes 25
(Daman and Diu, merged into 26 from 26 Jan 2020) and 28 (undivided Andhra Pradesh) that old
registrations still carry.

**UTGST** (Union Territory Goods and Services Tax Act 2017, s.7; CGST Act s.2(114)): a Union
Territory *without* a legislature levies UTGST in place of SGST: Andaman and Nicobar Islands (35),
Lakshadweep (31), Dadra and Nagar Haveli and Daman and Diu (26, old 25), Ladakh (38), Chandigarh (04)
and "Other Territory" (97). Delhi, Puducherry and Jammu and Kashmir have legislatures and levy SGST.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

from hms_desktop.domain.money import to_paise

_CH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_GSTIN = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")
_DOC_NUMBER = re.compile(r"^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$")

# The GST State code list (GSTN, "State code list"), name as printed on a document
STATE_NAMES: dict[str, str] = {
    "01": "Jammu and Kashmir", "02": "Himachal Pradesh", "03": "Punjab", "04": "Chandigarh",
    "05": "Uttarakhand", "06": "Haryana", "07": "Delhi", "08": "Rajasthan", "09": "Uttar Pradesh",
    "10": "Bihar", "11": "Sikkim", "12": "Arunachal Pradesh", "13": "Nagaland", "14": "Manipur",
    "15": "Mizoram", "16": "Tripura", "17": "Meghalaya", "18": "Assam", "19": "West Bengal",
    "20": "Jharkhand", "21": "Odisha", "22": "Chhattisgarh", "23": "Madhya Pradesh", "24": "Gujarat",
    "25": "Daman and Diu", "26": "Dadra and Nagar Haveli and Daman and Diu", "27": "Maharashtra",
    "28": "Andhra Pradesh (before division)", "29": "Karnataka", "30": "Goa", "31": "Lakshadweep",
    "32": "Kerala", "33": "Tamil Nadu", "34": "Puducherry", "35": "Andaman and Nicobar Islands",
    "36": "Telangana", "37": "Andhra Pradesh", "38": "Ladakh", "97": "Other Territory",
    "99": "Centre Jurisdiction",
}  # fmt: skip
# codes a supply can be placed in today (25 and 28 are retired; 99 is a registration, not a place)
PLACE_CODES: tuple[str, ...] = tuple(c for c in STATE_NAMES if c not in ("25", "28", "99"))
# Union Territories without a legislature: UTGST instead of SGST (UTGST Act s.7, CGST Act s.2(114))
UTGST_CODES = frozenset({"04", "25", "26", "31", "35", "38", "97"})


def state_code_is_valid(code: str) -> bool:
    """A State code the GST system issues in GSTINs (01-38, 97, 99)."""
    return code in STATE_NAMES


def state_text(code: str) -> str:
    """'Karnataka (29)': a State with its code, as Rule 46(e) / 53(1A)(f) want it printed."""
    return f"{STATE_NAMES.get(code, code)} ({code})"


def second_head(state_code: str) -> str:
    """'UTGST' in a Union Territory without a legislature, else 'SGST' (the State half of the tax)."""
    return "UTGST" if state_code in UTGST_CODES else "SGST"


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
    if not _GSTIN.match(g) or not state_code_is_valid(g[:2]):
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


# How many days before today a clinic may let its cashiers date an invoice (clinic_setting.backdate_days,
# 0 by default: today only). An invoice dated earlier must still fall in a month whose GSTR-1 (due on
# the 11th of the next month) is not yet filed, so a month at most.
MAX_BACKDATE_DAYS = 30
