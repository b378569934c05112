"""Data passed in and out of the scheduling services: slots, appointments, organisation records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from hms_desktop.errors import HmsError

CANCEL_REASON_MAX = 300  # appointment.cancel_reason; the cancel dialog takes at most this many


@dataclasses.dataclass(frozen=True)
class Slot:
    doctor_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str  # 'free', 'booked', 'checked_in', 'completed', 'no_show', 'past'
    appointment_id: int | None = None
    patient_id: int | None = None
    patient_name: str | None = None


@dataclasses.dataclass(frozen=True)
class AppointmentInfo:
    id: int
    patient_id: int
    patient_name: str
    patient_mrn: str
    doctor_id: int
    doctor_name: str
    department_id: int
    department_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    status: str
    reason: str | None
    cancel_reason: str | None
    row_version: int
    reg_expiring_soon: bool = False  # the doctor's registration expires within 30 days of the visit


@dataclasses.dataclass(frozen=True)
class Suggestion:
    appointment: AppointmentInfo
    same_doctor: Slot | None
    other_doctor: Slot | None


@dataclasses.dataclass(frozen=True)
class LeaveImpact:
    leave_id: int
    affected: list[Suggestion]


@dataclasses.dataclass(frozen=True)
class DepartmentInput:
    name: str
    code: str
    opens: str  # 'HH:MM'
    closes: str
    is_active: bool = True
    id: int | None = None
    row_version: int | None = None


@dataclasses.dataclass(frozen=True)
class DepartmentDetail:
    id: int
    name: str
    code: str
    opens: str
    closes: str
    opens_min: int
    closes_min: int
    is_active: bool
    row_version: int


@dataclasses.dataclass(frozen=True)
class DoctorInput:
    full_name: str
    qualifications: str
    specialisation: str
    department_id: int
    reg_number: str
    reg_council: str | None
    reg_expiry: dt.date
    consultation_fee: Decimal
    daily_cap: int = 12
    room: str | None = None
    phone: str | None = None
    email: str | None = None
    is_active: bool = True
    id: int | None = None
    row_version: int | None = None


@dataclasses.dataclass(frozen=True)
class DoctorDetail:
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
    reg_expiring_soon: bool
    consultation_fee: Decimal
    daily_cap: int
    room: str | None
    phone: str | None
    email: str | None
    is_active: bool
    row_version: int


@dataclasses.dataclass(frozen=True)
class SessionInput:
    weekday: int  # 0 = Monday
    start: str  # 'HH:MM'
    end: str
    slot_minutes: int


@dataclasses.dataclass(frozen=True)
class SessionInfo:
    id: int
    weekday: int
    start: str
    end: str
    slot_minutes: int
    start_min: int
    end_min: int


@dataclasses.dataclass(frozen=True)
class LeaveInfo:
    id: int
    doctor_id: int
    from_date: dt.date
    to_date: dt.date
    reason: str | None


class SameDayBooking(HmsError):
    """The patient already has a booking with this doctor that day (issue 15 #5): not refused, but
    the desk must confirm (``book(..., confirm_same_day=True)``, audited). ``existing`` holds the
    clinic-local times already booked, e.g. ``["10:00"]``."""

    def __init__(self, message: str, existing: Sequence[str]) -> None:
        super().__init__(message, field="patient_id")
        self.existing: list[str] = list(existing)


class SlotTaken(HmsError):
    """The slot was booked by somebody else; ``alternatives`` are the doctor's next free slots."""

    def __init__(self, message: str, alternatives: Sequence[Slot] = ()) -> None:
        super().__init__(message, field="starts_at")
        self.alternatives: list[Slot] = list(alternatives)
