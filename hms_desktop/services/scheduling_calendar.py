"""The appointments' read side: a doctor's slots over days, the next free ones, appointment DTOs.

``SlotCalendar`` works inside the caller's session (read or write): the scheduling service and the
organisation's booking side share one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.models import Appointment, Department, Doctor, DoctorLeave, DoctorSchedule, Patient
from hms_desktop.domain import scheduling as dom
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus
from hms_desktop.domain.validation import DateKind, clean_date
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services.scheduling_types import AppointmentInfo, SessionInfo, Slot

ACTIVE = (
    AppointmentStatus.BOOKED.value,
    AppointmentStatus.CHECKED_IN.value,
    AppointmentStatus.COMPLETED.value,
)


def utc(value: dt.datetime, field: str = "starts_at") -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValidationError({field: "Enter a date and time."})
    if value.tzinfo is None:
        raise ValidationError({field: "The time must carry a time zone."})
    try:
        return value.astimezone(dt.UTC).replace(second=0, microsecond=0)
    except OverflowError:  # year 1 or 9999 shifted past the calendar's end
        raise ValidationError({field: "The date is out of range."}) from None


def when(value: dt.datetime, today: dt.date, field: str = "starts_at") -> dt.datetime:
    """An appointment time: aware, and within a year back / two years ahead of the clinic's today."""
    start = utc(value, field)
    clean_date(start.date(), field, DateKind.VISIT, today)
    return start


def full_name(first: str, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


class SlotCalendar:
    """Slots from the weekly sessions, leave and the department's hours, and appointments as DTOs."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def calendar(
        self, s: Session, doctor: Doctor, dept: Department, days: Sequence[dt.date]
    ) -> tuple[dict[dt.date, list[dom.SlotTime]], list[dom.LeavePeriod]]:
        sessions = [
            dom.WeeklySession(r.weekday, r.start_min, r.end_min, r.slot_minutes)
            for r in s.scalars(
                select(DoctorSchedule)
                .where(DoctorSchedule.doctor_id == doctor.id)
                .order_by(DoctorSchedule.id)
            )
        ]
        leave = [
            dom.LeavePeriod(r.from_date, r.to_date)
            for r in s.scalars(
                select(DoctorLeave)
                .where(
                    DoctorLeave.doctor_id == doctor.id,
                    DoctorLeave.from_date <= max(days),
                    DoctorLeave.to_date >= min(days),
                )
                .order_by(DoctorLeave.id)
            )
        ]
        times = {
            d: dom.day_slots(d, sessions, leave, dept.opens_min, dept.closes_min, self._clock.zone)
            for d in days
        }
        return times, leave

    def slots(
        self, s: Session, doctor: Doctor, dept: Department, days: Sequence[dt.date], now: dt.datetime
    ) -> dict[dt.date, list[Slot]]:
        times, _ = self.calendar(s, doctor, dept, days)
        lo = self._clock.day_bounds(min(days))[0]
        hi = self._clock.day_bounds(max(days))[1]
        rows = s.execute(
            select(Appointment, Patient.first_name, Patient.last_name)
            .join(Patient, Patient.id == Appointment.patient_id)
            .where(
                Appointment.doctor_id == doctor.id,
                Appointment.starts_at >= lo,
                Appointment.starts_at < hi,
                Appointment.status != AppointmentStatus.CANCELLED.value,
            )
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
        active: dict[dt.datetime, tuple[Appointment, str]] = {}
        noshow: dict[dt.datetime, tuple[Appointment, str]] = {}
        for appt, first, last in rows:
            target = active if appt.slot_key is not None else noshow
            target[appt.starts_at] = (appt, full_name(first, last))
        out: dict[dt.date, list[Slot]] = {}
        for day in days:
            ends = {t.starts_at: t.ends_at for t in times[day]}
            for start, (appt, _n) in [*active.items(), *noshow.items()]:
                if self._clock.local_date(start) == day:
                    ends.setdefault(start, appt.ends_at)
            slots: list[Slot] = []
            for start in sorted(ends):
                hit = active.get(start) or noshow.get(start)
                if hit is not None:
                    appt, pname = hit
                    slots.append(
                        Slot(doctor.id, start, ends[start], appt.status, appt.id, appt.patient_id, pname)
                    )
                else:
                    slots.append(Slot(doctor.id, start, ends[start], "past" if start < now else "free"))
            out[day] = slots
        return out

    def doctor_dept(self, s: Session, doctor_id: int, *, lock: bool = False) -> tuple[Doctor, Department]:
        q = select(Doctor).where(Doctor.id == doctor_id)
        # the booking mutex per doctor; NO KEY UPDATE, so it does not hold up a consultation's charges
        doctor = s.scalars(q.with_for_update(key_share=True) if lock else q).one_or_none()
        if doctor is None:
            raise NotFound("That doctor no longer exists.")
        return doctor, s.get_one(Department, doctor.department_id)

    def next_free(
        self,
        s: Session,
        doctor_id: int,
        after: dt.datetime,
        limit: int,
        now: dt.datetime,
        exclude: Iterable[tuple[int, dt.datetime]] = (),
    ) -> list[Slot]:
        """Free, bookable slots from ``after`` within the booking window, skipping days at the cap."""
        doctor, dept = self.doctor_dept(s, doctor_id)
        if not (doctor.is_active and dept.is_active) or limit <= 0:
            return []
        skip = set(exclude)
        start = max(after, now)
        last = self._clock.local_date(now + dt.timedelta(days=dom.BOOKING_WINDOW_DAYS))
        day = self._clock.local_date(start)
        found: list[Slot] = []
        while day <= last and len(found) < limit:
            days = [day + dt.timedelta(days=i) for i in range(min(7, (last - day).days + 1))]
            for d, slots in self.slots(s, doctor, dept, days, now).items():
                if dom.registration_error(doctor.reg_expiry, d):
                    return found
                used = sum(1 for x in slots if x.status in ACTIVE)
                if used >= doctor.daily_cap:
                    continue
                for slot in slots:
                    if (
                        slot.status == "free"
                        and slot.starts_at >= start
                        and dom.window_error(slot.starts_at, now) is None
                        and (doctor.id, slot.starts_at) not in skip
                    ):
                        found.append(slot)
                        if len(found) >= limit:
                            return found
            day = days[-1] + dt.timedelta(days=1)
        return found

    def info_query(self) -> Any:
        return (
            select(Appointment, Patient, Doctor, Department)
            .join(Patient, Patient.id == Appointment.patient_id)
            .join(Doctor, Doctor.id == Appointment.doctor_id)
            .join(Department, Department.id == Doctor.department_id)
        )

    def to_info(self, a: Appointment, p: Patient, d: Doctor, dep: Department) -> AppointmentInfo:
        visit = self._clock.local_date(a.starts_at)
        return AppointmentInfo(
            id=a.id,
            patient_id=p.id,
            patient_name=full_name(p.first_name, p.last_name),
            patient_mrn=p.mrn,
            doctor_id=d.id,
            doctor_name=d.full_name,
            department_id=dep.id,
            department_name=dep.name,
            starts_at=a.starts_at,
            ends_at=a.ends_at,
            status=a.status,
            reason=a.reason,
            cancel_reason=a.cancel_reason,
            row_version=a.row_version,
            reg_expiring_soon=dom.registration_expiring(d.reg_expiry, visit),
        )

    def info(self, s: Session, appointment_id: int) -> AppointmentInfo:
        row = s.execute(self.info_query().where(Appointment.id == appointment_id)).one_or_none()
        if row is None:
            raise NotFound("That appointment no longer exists.")
        return self.to_info(*row)

    def sessions(self, s: Session, doctor_id: int) -> list[SessionInfo]:
        rows = s.scalars(
            select(DoctorSchedule)
            .where(DoctorSchedule.doctor_id == doctor_id)
            .order_by(DoctorSchedule.weekday, DoctorSchedule.start_min, DoctorSchedule.id)
        )
        return [
            SessionInfo(
                r.id,
                r.weekday,
                dom.hhmm(r.start_min),
                dom.hhmm(r.end_min),
                r.slot_minutes,
                r.start_min,
                r.end_min,
            )
            for r in rows
        ]
