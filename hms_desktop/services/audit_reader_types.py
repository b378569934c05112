"""The audit trail as the reader shows it: filter, rows, entries, page size, action words (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt

PAGE = 200
COUNT_CAP = 100_000  # "more than 100,000" rather than counting a million rows on every filter change
EXPORT_BATCH = 2_000

# what an action means, for people reading the trail
ACTION_WORDS = {
    "auth.login": "signed in",
    "auth.unlock_screen": "unlocked the screen",
    "settings.update": "changed the clinic settings",
    "user.add": "added a staff account",
    "user.role": "changed a role",
    "user.rename": "renamed an account",
    "user.link_doctor": "linked an account to a doctor",
    "user.reset_password": "reset a password",
    "user.expire_password": "made a password expire",
    "user.change_password": "changed their password",
    "user.disable": "disabled an account",
    "user.enable": "enabled an account",
    "user.unlock": "unlocked an account",
    "price.add": "added a price-list item",
    "price.set": "changed a price",
    "price.update": "changed a price-list item",
    "price.deactivate": "deactivated a price-list item",
    "price.activate": "reactivated a price-list item",
    "price.import": "imported a price-list item",
    "rate.add": "added a GST rate",
    "patient.register": "registered a patient",
    "patient.update": "changed a patient's details",
    "clinical.view": "opened a clinical record",
    "clinical.break_glass": "used emergency access",
    "billing.invoice": "issued an invoice",
    "billing.payment": "took a payment",
    "billing.credit_note": "issued a credit note",
    "billing.day_close": "closed the day",
    "billing.day_reopen": "reopened a closed day",
    "billing.prefix": "set a document series prefix",
    "audit.export": "exported the audit trail",
    "audit.access_log": "read a patient's access log",
}


@dataclasses.dataclass(frozen=True)
class AuditFilter:
    since: dt.date | None = None  # local dates, inclusive
    until: dt.date | None = None
    username: str | None = None
    action: str | None = None  # exact, or a prefix ending in '.' or '*' ("billing." / "price*")
    entity: str | None = None
    patient_mrn: str | None = None
    outcome: str | None = None

    def describe(self) -> str:
        parts = [f"{k}={v}" for k, v in dataclasses.asdict(self).items() if v not in (None, "")]
        return ", ".join(parts) or "everything"


@dataclasses.dataclass(frozen=True)
class AuditRow:
    id: int
    seq_no: int
    occurred_at: dt.datetime  # UTC
    local_time: str  # in the clinic's zone, as shown
    username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    outcome: str
    workstation: str | None
    patient_id: int | None
    summary: str  # who did what, in words
    changes: str  # field: old → new, ...
    details: str | None  # the JSON as stored

    def page_key(self) -> int:
        return self.id


@dataclasses.dataclass(frozen=True)
class AuditEntry:
    id: int
    occurred_at: dt.datetime
    username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    outcome: str
    workstation: str | None
    details: str | None
