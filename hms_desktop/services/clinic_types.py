"""The clinic settings' DTOs, limits and field labels, and the departments and doctors as listed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hms_desktop.domain.scheduling import DEFAULT_TIME_ZONE

REG_EXPIRY_WARN_DAYS = 30
# A consultation's local draft (gui/tabs/consult/drafts.py) nobody came back to is removed after
# draft_keep_days: it holds a patient's notes on a desk's disk.
DRAFT_KEEP_DAYS = 7
MAX_DRAFT_KEEP_DAYS = 90


MAX_LOGO_BYTES = 512 * 1024


@dataclasses.dataclass(frozen=True)
class ClinicInfo:
    """The clinic settings; ``row_version`` 0 means nothing has been saved yet."""

    legal_name: str
    trade_name: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    city: str | None = None
    state_name: str | None = None
    state_code: str | None = None
    pin_code: str | None = None
    phone: str | None = None
    email: str | None = None
    gstin: str | None = None
    logo_path: str | None = None
    mrn_prefix: str = "HMS"
    time_zone: str = DEFAULT_TIME_ZONE
    token_per_dept: bool = False
    idle_lock_min: int = 10
    discount_limit_pct: Decimal = Decimal("10.00")
    backdate_days: int = 0  # migration 0012: days before today an invoice may be dated (0: today only)
    local_language: str | None = None  # migration 0015: 'kn', 'hi' (resources/instructions); None: English
    draft_keep_days: int = DRAFT_KEEP_DAYS  # migration 0017: days a desk keeps a consultation draft
    # migration 0011
    estab_reg_no: str | None = None  # Clinical Establishments Act registration
    upi_vpa: str | None = None  # the clinic's UPI ID, for the QR code on bills with a balance due
    logo_png: bytes | None = dataclasses.field(default=None, repr=False)  # scaled PNG (or JPEG)
    updated_at: dt.datetime | None = None
    row_version: int = 0

    @property
    def display_name(self) -> str:
        return self.trade_name or self.legal_name


EDITABLE = tuple(
    f.name for f in dataclasses.fields(ClinicInfo) if f.name not in ("updated_at", "row_version")
)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclasses.dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    code: str
    opens_min: int
    closes_min: int
    is_active: bool

    @property
    def hours_text(self) -> str:
        return f"{_hhmm(self.opens_min)}-{_hhmm(self.closes_min)}"


@dataclasses.dataclass(frozen=True)
class DoctorInfo:
    id: int
    full_name: str
    qualifications: str
    specialisation: str
    department_id: int
    department_name: str
    reg_number: str
    reg_council: str | None
    reg_expiry: dt.date
    reg_expired: bool
    reg_expiring_soon: bool  # within REG_EXPIRY_WARN_DAYS days and not yet expired
    consultation_fee: Decimal
    daily_cap: int
    room: str | None
    phone: str | None
    is_active: bool


FIELD_LABELS = {
    "legal_name": "legal name",
    "trade_name": "trade name",
    "address_line1": "address",
    "address_line2": "address (line 2)",
    "city": "city",
    "state_name": "State",
    "state_code": "State code",
    "pin_code": "PIN",
    "phone": "phone",
    "email": "e-mail",
    "gstin": "GSTIN",
    "logo_path": "logo file",
    "logo_png": "logo",
    "mrn_prefix": "MRN prefix",
    "time_zone": "time zone",
    "token_per_dept": "token series",
    "idle_lock_min": "idle lock",
    "discount_limit_pct": "discount limit",
    "backdate_days": "back-dating allowance",
    "draft_keep_days": "draft retention",
    "estab_reg_no": "establishment registration",
    "upi_vpa": "UPI ID",
}
