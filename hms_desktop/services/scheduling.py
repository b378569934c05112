"""Appointments: slot views, booking rules, cancel/reschedule/no-show/check-in, schedules and leave.

Every write is one unit of work. The booking rules are checked inside the same transaction that
inserts the booking, after locking what they depend on: the doctor row (the daily cap) and the patient
row (no overlapping appointments). On SQLite ``BEGIN IMMEDIATE`` already serialises writers and
``FOR UPDATE`` is not rendered. Locks are always taken in the order doctors (by id), patients (by id),
change counters, so two desks can wait for each other but never deadlock. The last word on double
booking is the unique ``slot_key`` column: a racing second insert fails and becomes ``SlotTaken``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    ClinicSetting,
    Department,
    Doctor,
    DoctorLeave,
    DoctorSchedule,
    Patient,
    QueueEntry,
)
from hms_desktop.domain import scheduling as dom
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, QueueStatus, VisitSource
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import DateKind, clean_date, clean_id, clean_text
from hms_desktop.errors import DuplicateRecord, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, lock_tokens, mark
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.organisation import BookingSide, Organisation
from hms_desktop.services.outbox import queue_email
from hms_desktop.services.scheduling_types import (
    AppointmentInfo,
    DepartmentDetail,
    DepartmentInput,
    DoctorDetail,
    DoctorInput,
    LeaveImpact,
    LeaveInfo,
    SameDayBooking,
    SessionInfo,
    SessionInput,
    Slot,
    SlotTaken,
    Suggestion,
)
from hms_desktop.services.tokens import next_token

ACTIVE = (
    AppointmentStatus.BOOKED.value,
    AppointmentStatus.CHECKED_IN.value,
    AppointmentStatus.COMPLETED.value,
)
__all__ = [
    "AppointmentInfo",
    "DepartmentDetail",
    "DepartmentInput",
    "DoctorDetail",
    "DoctorInput",
    "LeaveImpact",
    "LeaveInfo",
    "SameDayBooking",
    "SchedulingService",
    "SessionInfo",
    "SessionInput",
    "Slot",
    "SlotTaken",
    "Suggestion",
]

SLOT_KEY_CONSTRAINT = "uq_appointment_slot_key"
CANCEL_REASON_MAX = 300  # appointment.cancel_reason; the cancel dialog takes at most this many
_MAX_SLOT = dt.timedelta(minutes=dom.MAX_SLOT_MINUTES)


# --- helpers ---------------------------------------------------------------------------------


def _utc(value: dt.datetime, field: str = "starts_at") -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValidationError({field: "Enter a date and time."})
    if value.tzinfo is None:
        raise ValidationError({field: "The time must carry a time zone."})
    try:
        return value.astimezone(dt.UTC).replace(second=0, microsecond=0)
    except OverflowError:  # year 1 or 9999 shifted past the calendar's end
        raise ValidationError({field: "The date is out of range."}) from None


def _when(value: dt.datetime, today: dt.date, field: str = "starts_at") -> dt.datetime:
    """An appointment time: aware, and within a year back / two years ahead of the clinic's today."""
    start = _utc(value, field)
    clean_date(start.date(), field, DateKind.VISIT, today)
    return start


def _name(first: str, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


_NO_APPOINTMENT = "Choose an appointment."


class SchedulingService:
    """Booking and the day's appointments; the clinic's organisation is its composed part."""

    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
    ) -> None:
        self._db = db
        self.clock = clock or Clock()
        booking = BookingSide(
            self._doctor_dept, self._info_query, self._to_info, self._sessions, self._next_free
        )
        self.organisation = Organisation(db, self.clock, booking)
        self.get_department = self.organisation.get_department
        self.get_doctor = self.organisation.get_doctor
        self.save_department = self.organisation.save_department
        self.save_doctor = self.organisation.save_doctor
        self.set_schedule = self.organisation.set_schedule
        self.add_leave = self.organisation.add_leave
        self.remove_leave = self.organisation.remove_leave

    # --- calendar building ---------------------------------------------------------------

    def _calendar(
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
            d: dom.day_slots(d, sessions, leave, dept.opens_min, dept.closes_min, self.clock.zone)
            for d in days
        }
        return times, leave

    def _slots(
        self, s: Session, doctor: Doctor, dept: Department, days: Sequence[dt.date], now: dt.datetime
    ) -> dict[dt.date, list[Slot]]:
        times, _ = self._calendar(s, doctor, dept, days)
        lo = self.clock.day_bounds(min(days))[0]
        hi = self.clock.day_bounds(max(days))[1]
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
            target[appt.starts_at] = (appt, _name(first, last))
        out: dict[dt.date, list[Slot]] = {}
        for day in days:
            ends = {t.starts_at: t.ends_at for t in times[day]}
            for start, (appt, _n) in [*active.items(), *noshow.items()]:
                if self.clock.local_date(start) == day:
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

    def _doctor_dept(self, s: Session, doctor_id: int, *, lock: bool = False) -> tuple[Doctor, Department]:
        q = select(Doctor).where(Doctor.id == doctor_id)
        # the booking mutex per doctor; NO KEY UPDATE, so it does not hold up a consultation's charges
        doctor = s.scalars(q.with_for_update(key_share=True) if lock else q).one_or_none()
        if doctor is None:
            raise NotFound("That doctor no longer exists.")
        return doctor, s.get_one(Department, doctor.department_id)

    def _next_free(
        self,
        s: Session,
        doctor_id: int,
        after: dt.datetime,
        limit: int,
        now: dt.datetime,
        exclude: Iterable[tuple[int, dt.datetime]] = (),
    ) -> list[Slot]:
        """Free, bookable slots from ``after`` within the booking window, skipping days at the cap."""
        doctor, dept = self._doctor_dept(s, doctor_id)
        if not (doctor.is_active and dept.is_active) or limit <= 0:
            return []
        skip = set(exclude)
        start = max(after, now)
        last = self.clock.local_date(now + dt.timedelta(days=dom.BOOKING_WINDOW_DAYS))
        day = self.clock.local_date(start)
        found: list[Slot] = []
        while day <= last and len(found) < limit:
            days = [day + dt.timedelta(days=i) for i in range(min(7, (last - day).days + 1))]
            for d, slots in self._slots(s, doctor, dept, days, now).items():
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

    # --- reads -------------------------------------------------------------------------------

    @read_retry
    def day_slots(self, actor: Actor, doctor_id: int, day: dt.date) -> list[Slot]:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            doctor, dept = self._doctor_dept(s, doctor_id)
            return self._slots(s, doctor, dept, [day], self.clock.now())[day]

    @read_retry
    def week_slots(self, actor: Actor, doctor_id: int, week_start: dt.date) -> dict[dt.date, list[Slot]]:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            doctor, dept = self._doctor_dept(s, doctor_id)
            days = [week_start + dt.timedelta(days=i) for i in range(7)]
            return self._slots(s, doctor, dept, days, self.clock.now())

    @read_retry
    def department_day(self, actor: Actor, department_id: int, day: dt.date) -> dict[int, list[Slot]]:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            dept = s.get(Department, department_id)
            if dept is None:
                raise NotFound("That department no longer exists.")
            doctors = s.scalars(
                select(Doctor)
                .where(Doctor.department_id == department_id, Doctor.is_active == true())
                .order_by(Doctor.full_name, Doctor.id)
            ).all()
            now = self.clock.now()
            return {d.id: self._slots(s, d, dept, [day], now)[day] for d in doctors}

    @read_retry
    def next_free_slots(self, actor: Actor, doctor_id: int, after: dt.datetime, limit: int = 5) -> list[Slot]:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            return self._next_free(s, doctor_id, _utc(after), limit, self.clock.now())

    def _info_query(self) -> Any:
        return (
            select(Appointment, Patient, Doctor, Department)
            .join(Patient, Patient.id == Appointment.patient_id)
            .join(Doctor, Doctor.id == Appointment.doctor_id)
            .join(Department, Department.id == Doctor.department_id)
        )

    def _to_info(self, a: Appointment, p: Patient, d: Doctor, dep: Department) -> AppointmentInfo:
        visit = self.clock.local_date(a.starts_at)
        return AppointmentInfo(
            id=a.id,
            patient_id=p.id,
            patient_name=_name(p.first_name, p.last_name),
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

    def _info(self, s: Session, appointment_id: int) -> AppointmentInfo:
        row = s.execute(self._info_query().where(Appointment.id == appointment_id)).one_or_none()
        if row is None:
            raise NotFound("That appointment no longer exists.")
        return self._to_info(*row)

    @read_retry
    def get_appointment(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            return self._info(s, appointment_id)

    @read_retry
    def list_appointments(
        self, actor: Actor, day: dt.date, doctor_id: int | None = None, department_id: int | None = None
    ) -> list[AppointmentInfo]:
        """Every appointment of a local date (cancelled ones included), by start time."""
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        lo, hi = self.clock.day_bounds(day)
        q = self._info_query().where(Appointment.starts_at >= lo, Appointment.starts_at < hi)
        if doctor_id is not None:
            q = q.where(Appointment.doctor_id == doctor_id)
        if department_id is not None:
            q = q.where(Doctor.department_id == department_id)
        with self._db.read() as s:
            rows = s.execute(q.order_by(Appointment.starts_at, Appointment.id)).all()
            return [self._to_info(*r) for r in rows]

    @read_retry
    def patient_appointments(self, actor: Actor, patient_id: int) -> list[AppointmentInfo]:
        """A patient's appointments, newest first."""
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        q = self._info_query().where(Appointment.patient_id == patient_id)
        with self._db.read() as s:
            rows = s.execute(q.order_by(Appointment.starts_at.desc(), Appointment.id.desc())).all()
            return [self._to_info(*r) for r in rows]

    @read_retry
    def get_schedule(self, actor: Actor, doctor_id: int) -> list[SessionInfo]:
        require(self._db, actor, Action.DOCTOR_VIEW)
        with self._db.read() as s:
            return self._sessions(s, doctor_id)

    def _sessions(self, s: Session, doctor_id: int) -> list[SessionInfo]:
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

    @read_retry
    def list_leave(self, actor: Actor, doctor_id: int) -> list[LeaveInfo]:
        require(self._db, actor, Action.DOCTOR_VIEW)
        with self._db.read() as s:
            rows = s.scalars(
                select(DoctorLeave)
                .where(DoctorLeave.doctor_id == doctor_id)
                .order_by(DoctorLeave.from_date, DoctorLeave.id)
            )
            return [LeaveInfo(r.id, r.doctor_id, r.from_date, r.to_date, r.reason) for r in rows]

    # --- booking core --------------------------------------------------------------------------

    def _lock_patient(self, s: Session, patient_id: int) -> Patient:
        # FOR NO KEY UPDATE on PostgreSQL: a mutex between bookings that does not hold up a new row
        # that only refers to the patient (a queue entry, a charge: their key-share lock)
        q = select(Patient).where(Patient.id == patient_id).with_for_update(key_share=True)
        p = s.scalars(q).one_or_none()
        if p is None:
            raise NotFound("That patient no longer exists.")
        return p

    def _place(
        self,
        s: Session,
        actor: Actor,
        patient: Patient,
        doctor: Doctor,
        dept: Department,
        starts_at: dt.datetime,
        reason: str | None,
        now: dt.datetime,
        rescheduled_from: int | None = None,
    ) -> Appointment:
        """Check every booking rule under the caller's locks and insert the booking."""
        err = dom.window_error(starts_at, now)
        if err:
            raise ValidationError({"starts_at": err})
        if not doctor.is_active:
            raise ValidationError({"doctor_id": f"{doctor.full_name} is not taking appointments (inactive)."})
        if not dept.is_active:
            raise ValidationError({"doctor_id": f"The {dept.name} department is closed (inactive)."})
        day = self.clock.local_date(starts_at)
        err = dom.registration_error(doctor.reg_expiry, day)
        if err:
            raise ValidationError({"doctor_id": err})
        times, leave = self._calendar(s, doctor, dept, [day])
        slot = dom.find_slot(times[day], starts_at)
        if slot is None:
            if dom.on_leave(day, leave):
                raise ValidationError({"starts_at": f"{doctor.full_name} is on leave on {day:%d %b %Y}."})
            raise ValidationError(
                {
                    "starts_at": "Not one of the doctor's slots: pick a time inside the doctor's session "
                    "and the department's hours."
                }
            )
        key = Appointment.make_slot_key(doctor.id, starts_at)
        if s.scalar(select(Appointment.id).where(Appointment.slot_key == key)) is not None:
            raise SlotTaken("This slot has just been taken.")
        lo, hi = self.clock.day_bounds(day)
        used = s.scalar(
            select(func.count(Appointment.id)).where(
                Appointment.doctor_id == doctor.id,
                Appointment.starts_at >= lo,
                Appointment.starts_at < hi,
                Appointment.slot_key.is_not(None),
            )
        )
        err = dom.cap_error(int(used or 0), doctor.daily_cap)
        if err:
            raise ValidationError({"starts_at": err})
        clash = s.scalar(
            select(Appointment.id)
            .where(
                Appointment.patient_id == patient.id,
                Appointment.starts_at > starts_at - _MAX_SLOT,
                Appointment.starts_at < slot.ends_at,
                Appointment.ends_at > starts_at,
                Appointment.slot_key.is_not(None),
            )
            .order_by(Appointment.id)
            .limit(1)
        )
        if clash is not None:
            raise ValidationError(
                {"patient_id": "The patient already has an appointment overlapping this time."}
            )
        appt = Appointment(
            patient_id=patient.id,
            doctor_id=doctor.id,
            starts_at=starts_at,
            ends_at=slot.ends_at,
            status=AppointmentStatus.BOOKED.value,
            slot_key=key,
            reason=(reason or "").strip()[:300] or None,
            rescheduled_from_id=rescheduled_from,
            booked_by=actor.user_id,
        )
        s.add(appt)
        s.flush()
        return appt

    def _local_text(self, instant: dt.datetime) -> str:
        return instant.astimezone(self.clock.zone).strftime("%a %d %b %Y, %H:%M")

    def _notify(self, s: Session, appointment_id: int, kind: str, extra: str = "") -> None:
        info = self._info(s, appointment_id)
        email = s.scalar(select(Patient.email).where(Patient.id == info.patient_id))
        if not email:
            return
        when = self._local_text(info.starts_at)
        subjects = {
            "booked": f"Appointment confirmed: {when}",
            "rescheduled": f"Appointment moved to {when}",
            "cancelled": f"Appointment cancelled: {when}",
        }
        body = (
            f"Dear {info.patient_name},\n\n"
            f"{subjects[kind]}\n"
            f"Doctor: {info.doctor_name} ({info.department_name})\n"
            f"MRN: {info.patient_mrn}\n"
            f"{extra}\n"
        )
        queue_email(s, email, subjects[kind], body, "appointment", appointment_id)

    def _taken(self, doctor_id: int, starts_at: dt.datetime) -> SlotTaken:
        with self._db.read() as s:
            alternatives = self._next_free(s, doctor_id, starts_at, 5, self.clock.now())
        return SlotTaken(
            "This slot has just been taken by another booking. Choose one of the next free slots.",
            alternatives,
        )

    # --- writes ----------------------------------------------------------------------------------

    def _same_day(self, s: Session, patient_id: int, doctor_id: int, start: dt.datetime) -> list[Appointment]:
        """The patient's live bookings with this doctor on ``start``'s clinic-local day."""
        lo, hi = self.clock.day_bounds(self.clock.local_date(start))
        live = (AppointmentStatus.BOOKED.value, AppointmentStatus.CHECKED_IN.value)
        return list(
            s.scalars(
                select(Appointment)
                .where(
                    Appointment.patient_id == patient_id,
                    Appointment.doctor_id == doctor_id,
                    Appointment.starts_at >= lo,
                    Appointment.starts_at < hi,
                    Appointment.status.in_(live),
                )
                .order_by(Appointment.starts_at)
            )
        )

    def book(
        self,
        actor: Actor,
        patient_id: int,
        doctor_id: int,
        starts_at: dt.datetime,
        reason: str | None = None,
        *,
        confirm_same_day: bool = False,
    ) -> AppointmentInfo:
        """Book ``starts_at``. A second booking of the patient with the same doctor that day raises
        SameDayBooking unless ``confirm_same_day`` (then the override is audited with the others)."""
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment")
        start = _when(starts_at, self.clock.today())
        reason = clean_text(reason, "reason", 300, multiline=True)
        try:
            with self._db.write() as s:
                doctor, dept = self._doctor_dept(s, doctor_id, lock=True)
                patient = self._lock_patient(s, patient_id)  # two desks cannot both miss the other
                others = self._same_day(s, patient.id, doctor.id, start)
                if others and not confirm_same_day:
                    times = [self.clock.local(a.starts_at).strftime("%H:%M") for a in others]
                    raise SameDayBooking(
                        f"{patient.first_name} already has an appointment with {doctor.full_name} that day "
                        f"at {', '.join(times)}. Book another one the same day anyway?",
                        times,
                    )
                appt = self._place(s, actor, patient, doctor, dept, start, reason, self.clock.now())
                if others:
                    audit.record(
                        s, actor, "appointment.same_day_confirmed", "appointment", appt.id,
                        {"patient_id": patient.id, "doctor_id": doctor.id, "others": [a.id for a in others]},
                    )  # fmt: skip
                self._notify(s, appt.id, "booked")
                audit.record(
                    s, actor, "appointment.book", "appointment", appt.id,
                    {"patient_id": patient_id, "doctor_id": doctor_id, "starts_at": start},
                )  # fmt: skip
                mark(s, ChangeTopic.APPOINTMENTS)
                return self._info(s, appt.id)
        except SlotTaken:
            raise self._taken(doctor_id, start) from None
        except DuplicateRecord as exc:
            if getattr(exc, "constraint", None) == SLOT_KEY_CONSTRAINT:
                raise self._taken(doctor_id, start) from exc
            raise

    def _load_for_change(self, s: Session, appointment_id: int) -> Appointment:
        appt = s.get(Appointment, clean_id(appointment_id, "appointment_id", _NO_APPOINTMENT))
        if appt is None:
            raise NotFound("That appointment no longer exists.")
        return appt

    def cancel(self, actor: Actor, appointment_id: int, reason: str) -> AppointmentInfo:
        require(self._db, actor, Action.APPOINTMENT_CANCEL, "appointment", appointment_id)
        why = clean_text(reason, "reason", CANCEL_REASON_MAX, required="Give a reason for the cancellation.")
        assert why is not None
        with self._db.write() as s:
            appt = self._load_for_change(s, appointment_id)
            if appt.status != AppointmentStatus.BOOKED.value:
                raise ValidationError(
                    {"status": f"Only a booked appointment can be cancelled (this one is {appt.status})."}
                )
            appt.status = AppointmentStatus.CANCELLED.value
            appt.slot_key = None
            appt.cancel_reason = why
            s.flush()
            self._notify(s, appt.id, "cancelled", f"Reason: {why}")
            audit.record(s, actor, "appointment.cancel", "appointment", appt.id, {"reason": why})
            mark(s, ChangeTopic.APPOINTMENTS)
            return self._info(s, appt.id)

    def _move(
        self, s: Session, actor: Actor, appt: Appointment, doctor: Doctor, dept: Department,
        patient: Patient, start: dt.datetime, now: dt.datetime,
    ) -> Appointment:  # fmt: skip
        new = self._place(s, actor, patient, doctor, dept, start, appt.reason, now, rescheduled_from=appt.id)
        appt.cancel_reason = f"Rescheduled to {self._local_text(start)} (appointment {new.id})"[:300]
        s.flush()
        self._notify(s, new.id, "rescheduled")
        audit.record(
            s, actor, "appointment.reschedule", "appointment", new.id,
            {"from_id": appt.id, "doctor_id": doctor.id, "starts_at": start},
        )  # fmt: skip
        return new

    def _release(self, appt: Appointment) -> None:
        if appt.status != AppointmentStatus.BOOKED.value:
            raise ValidationError(
                {"status": f"Only a booked appointment can be moved ({appt.id} is {appt.status})."}
            )
        appt.status = AppointmentStatus.CANCELLED.value
        appt.slot_key = None

    def reschedule(
        self, actor: Actor, appointment_id: int, new_starts_at: dt.datetime, new_doctor_id: int | None = None
    ) -> AppointmentInfo:
        """Book the new slot and release the old one in one transaction: if the new slot is taken or
        breaks a rule, nothing changes."""
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment", appointment_id)
        start = _when(new_starts_at, self.clock.today())
        target = new_doctor_id
        try:
            with self._db.write() as s:
                appt = self._load_for_change(s, appointment_id)
                target = new_doctor_id or appt.doctor_id
                doctor, dept = self._doctor_dept(s, target, lock=True)
                patient = self._lock_patient(s, appt.patient_id)
                self._release(appt)
                s.flush()
                new = self._move(s, actor, appt, doctor, dept, patient, start, self.clock.now())
                mark(s, ChangeTopic.APPOINTMENTS)
                return self._info(s, new.id)
        except SlotTaken:
            raise self._taken(target or 0, start) from None
        except DuplicateRecord as exc:
            if getattr(exc, "constraint", None) == SLOT_KEY_CONSTRAINT:
                raise self._taken(target or 0, start) from exc
            raise

    def rebook(self, actor: Actor, moves: list[tuple[int, int, dt.datetime]]) -> list[AppointmentInfo]:
        """Move several appointments (id, new doctor id, new start) at once: all or nothing."""
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment")
        if not moves:
            return []
        plan = [(aid, did, _when(start, self.clock.today())) for aid, did, start in moves]
        try:
            with self._db.write() as s:
                appts = {aid: self._load_for_change(s, aid) for aid, _, _ in plan}
                docs = {did: self._doctor_dept(s, did, lock=True) for did in sorted({d for _, d, _ in plan})}
                pats = {
                    pid: self._lock_patient(s, pid) for pid in sorted({a.patient_id for a in appts.values()})
                }
                for appt in appts.values():
                    self._release(appt)
                s.flush()
                now = self.clock.now()
                done: list[int] = []
                for aid, did, start in plan:
                    appt = appts[aid]
                    doctor, dept = docs[did]
                    done.append(
                        self._move(s, actor, appt, doctor, dept, pats[appt.patient_id], start, now).id
                    )
                mark(s, ChangeTopic.APPOINTMENTS)
                return [self._info(s, i) for i in done]
        except SlotTaken as exc:
            raise SlotTaken(
                "One of the new slots has just been taken; nothing was moved. Refresh the suggestions."
            ) from exc
        except DuplicateRecord as exc:
            if getattr(exc, "constraint", None) == SLOT_KEY_CONSTRAINT:
                raise SlotTaken(
                    "One of the new slots has just been taken; nothing was moved. Refresh the suggestions."
                ) from exc
            raise

    def mark_no_show(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        """The patient did not come: allowed once the appointment's time has begun; frees the slot."""
        appointment_id = clean_id(appointment_id, "appointment_id", _NO_APPOINTMENT)  # before the audit row
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment", appointment_id)
        with self._db.write() as s:
            appt = self._load_for_change(s, appointment_id)
            if appt.status != AppointmentStatus.BOOKED.value:
                raise ValidationError(
                    {"status": f"Only a booked appointment can be a no-show (this one is {appt.status})."}
                )
            if appt.starts_at > self.clock.now():
                raise ValidationError({"status": "The appointment has not started yet."})
            appt.status = AppointmentStatus.NO_SHOW.value
            appt.slot_key = None
            s.flush()
            audit.record(s, actor, "appointment.no_show", "appointment", appt.id)
            mark(s, ChangeTopic.APPOINTMENTS)
            return self._info(s, appt.id)

    def check_in(self, actor: Actor, appointment_id: int) -> int:
        """The patient has arrived: put them in today's queue. Returns the queue token number."""
        appointment_id = clean_id(appointment_id, "appointment_id", _NO_APPOINTMENT)  # before the audit row
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment", appointment_id)
        with self._db.write() as s:
            lock_tokens(s)  # it adds to the queue: the token lock before the appointment's row lock
            appt = self._load_for_change(s, appointment_id)
            if appt.status != AppointmentStatus.BOOKED.value:
                raise ValidationError(
                    {"status": f"Only a booked appointment can be checked in (this one is {appt.status})."}
                )
            today = self.clock.today()
            if self.clock.local_date(appt.starts_at) != today:
                raise ValidationError({"starts_at": "Only today's appointments can be checked in."})
            doctor, dept = self._doctor_dept(s, appt.doctor_id)
            per_dept = clinic_value(s, ClinicSetting.token_per_dept)
            series = dept.code[:8] if per_dept else "ALL"
            mark(s, ChangeTopic.QUEUE)
            token = next_token(s, today, series)
            entry = QueueEntry(
                visit_date=today,
                token_series=series,
                token_no=token,
                patient_id=appt.patient_id,
                department_id=dept.id,
                doctor_id=doctor.id,
                appointment_id=appt.id,
                source=VisitSource.APPOINTMENT.value,
                status=QueueStatus.WAITING.value,
                chief_complaint=appt.reason,
                room=doctor.room,
            )
            s.add(entry)
            appt.status = AppointmentStatus.CHECKED_IN.value
            s.flush()
            audit.record(
                s, actor, "appointment.check_in", "appointment", appt.id,
                {"queue_entry_id": entry.id, "token": f"{series}-{token}"},
            )  # fmt: skip
            mark(s, ChangeTopic.APPOINTMENTS)
            return token
