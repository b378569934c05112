"""The price list's and the GST rate table's DTOs, limits and the starter list (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

from hms_desktop.domain.enums import ItemKind

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_\-/.]{0,19}$")
CLASS_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,29}$")
SAC_HSN_RE = re.compile(r"^\d{4}(\d{2}){0,2}$")
MAX_PRICE = Decimal("9999999999.99")
RATE_NOTE_MAX = 200  # gst_rate.note; the rate dialog takes at most this many
KINDS = tuple(k.value for k in ItemKind)


@dataclasses.dataclass(frozen=True)
class PriceListItem:
    id: int
    code: str
    name: str
    kind: str
    tax_class: str
    sac_hsn: str | None  # the item's own, else its tax class's on the day
    unit: str
    price: Decimal  # in force on the day asked for
    next_price: Decimal | None  # a price set for a later date, if any
    next_from: dt.date | None
    gst_rate: Decimal | None
    is_exempt: bool | None
    is_active: bool
    billed: bool  # on an invoice: it can be deactivated, never deleted


@dataclasses.dataclass(frozen=True)
class PricePoint:
    effective_from: dt.date
    price: Decimal


@dataclasses.dataclass(frozen=True)
class RateInfo:
    id: int
    tax_class: str
    sac_hsn: str
    effective_from: dt.date
    rate_percent: Decimal
    is_exempt: bool
    note: str | None
    in_force: bool  # the class's rate today


@dataclasses.dataclass(frozen=True)
class StarterItem:
    code: str
    name: str
    kind: str
    tax_class: str
    price: Decimal
    sac_hsn: str | None = None
    unit: str = "NOS"


# What a new outpatient clinic bills on its first day; the wizard offers it to edit (prices are
# typical of a city clinic, to be changed). Health care by a clinical establishment is exempt
# (SAC 999312); cosmetic work is not.
STARTER: tuple[StarterItem, ...] = (
    StarterItem("CONSULT", "General consultation", "consultation", "HEALTH", Decimal("300.00"), "999312"),
    StarterItem(
        "CONSULT-SP", "Specialist consultation", "consultation", "HEALTH", Decimal("600.00"), "999312"
    ),
    StarterItem("FOLLOWUP", "Follow-up consultation", "consultation", "HEALTH", Decimal("150.00"), "999312"),
    StarterItem("DRESSING", "Wound dressing", "procedure", "HEALTH", Decimal("150.00"), "999312"),
    StarterItem("INJECTION", "Injection (administration)", "procedure", "HEALTH", Decimal("50.00"), "999312"),
    StarterItem("ECG", "ECG (12-lead)", "lab", "HEALTH", Decimal("250.00"), "999312"),
    StarterItem("NEBULISE", "Nebulisation", "procedure", "HEALTH", Decimal("150.00"), "999312"),
    StarterItem("SUTURE", "Suturing (minor)", "procedure", "HEALTH", Decimal("500.00"), "999312"),
    StarterItem("GLUCOSE", "Blood glucose (finger-prick)", "lab", "HEALTH", Decimal("60.00"), "999312"),
    StarterItem(
        "CERT-FIT", "Fitness certificate (employer)", "other", "OTHER_SVC", Decimal("200.00"), "999319"
    ),
)
