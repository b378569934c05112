"""The closed vocabularies of the product, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    RECEPTIONIST = "receptionist"
    NURSE = "nurse"
    DOCTOR = "doctor"
    CASHIER = "cashier"


class UserStatus(StrEnum):
    ACTIVE = "active"
    LOCKED = "locked"
    DISABLED = "disabled"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    OTHER = "O"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def holds_slot(self) -> bool:
        return self in (AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED)


class VisitSource(StrEnum):
    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"


class QueueStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    IN_CONSULT = "in_consult"
    DONE = "done"
    LEFT = "left"
    TRANSFERRED = "transferred"


class TriageLevel(StrEnum):
    """Manchester colours, most urgent first."""

    RED = "red"
    ORANGE = "orange"
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"

    @property
    def rank(self) -> int:
        return list(TriageLevel).index(self)


class DocType(StrEnum):
    TAX_INVOICE = "tax_invoice"
    BILL_OF_SUPPLY = "bill_of_supply"
    INVOICE_CUM_BOS = "inv_cum_bos"
    RECEIPT = "receipt"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    ISSUED = "issued"
    VOIDED = "voided"


class PaymentMode(StrEnum):
    CASH = "cash"
    CARD = "card"
    UPI = "upi"


class ItemKind(StrEnum):
    SERVICE = "service"
    PROCEDURE = "procedure"
    MEDICINE = "medicine"
    # migration 0011: the kinds an administrator's price list is sorted by
    CONSULTATION = "consultation"
    LAB = "lab"
    OTHER = "other"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class AuditOutcome(StrEnum):
    OK = "ok"
    DENIED = "denied"
    FAILED = "failed"
