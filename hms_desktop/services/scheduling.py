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

from sqlalchemy import select, true

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, ClinicSetting, Department, Doctor, DoctorLeave, QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, QueueStatus, VisitSource
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_id, clean_text
from hms_desktop.errors import DuplicateRecord, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, lock_tokens, mark
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.organisation import BookingSide, Organisation
from hms_desktop.services.scheduling_booking import NO_APPOINTMENT, BookingRules
from hms_desktop.services.scheduling_calendar import SlotCalendar, utc, when
from hms_desktop.services.scheduling_types import (
    CANCEL_REASON_MAX,
    AppointmentInfo,
    LeaveInfo,
    SameDayBooking,
    SessionInfo,
    Slot,
    SlotTaken,
)
from hms_desktop.services.tokens import next_token

__all__ = ["SchedulingService"]

SLOT_KEY_CONSTRAINT = "uq_appointment_slot_key"


class SchedulingService:
    """Booking and the day's appointments; the clinic's organisation is its composed part."""

    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
    ) -> None:
        self._db = db
        self.clock = clock or Clock()
        self._cal = SlotCalendar(self.clock)
        self._booking = BookingRules(db, self.clock, self._cal)
        booking = BookingSide(
            self._cal.doctor_dept,
            self._cal.info_query,
            self._cal.to_info,
            self._cal.sessions,
            self._cal.next_free,
        )
        self.organisation = Organisation(db, self.clock, booking)
        self.get_department = self.organisation.get_department
        self.get_doctor = self.organisation.get_doctor
        self.save_department = self.organisation.save_department
        self.save_doctor = self.organisation.save_doctor
        self.set_schedule = self.organisation.set_schedule
        self.add_leave = self.organisation.add_leave
        self.remove_leave = self.organisation.remove_leave

    # --- reads -------------------------------------------------------------------------------

    @read_retry
    def day_slots(self, actor: Actor, doctor_id: int, day: dt.date) -> list[Slot]:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            doctor, dept = self._cal.doctor_dept(s, doctor_id)
            return self._cal.slots(s, doctor, dept, [day], self.clock.now())[day]

    @read_retry
    def week_slots(self, actor: Actor, doctor_id: int, week_start: dt.date) -> dict[dt.date, list[Slot]]:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            doctor, dept = self._cal.doctor_dept(s, doctor_id)
            days = [week_start + dt.timedelta(days=i) for i in range(7)]
            return self._cal.slots(s, doctor, dept, days, self.clock.now())

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
            return {d.id: self._cal.slots(s, d, dept, [day], now)[day] for d in doctors}

    @read_retry
    def next_free_slots(self, actor: Actor, doctor_id: int, after: dt.datetime, limit: int = 5) -> list[Slot]:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            return self._cal.next_free(s, doctor_id, utc(after), limit, self.clock.now())

    @read_retry
    def get_appointment(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        with self._db.read() as s:
            return self._cal.info(s, appointment_id)

    @read_retry
    def list_appointments(
        self, actor: Actor, day: dt.date, doctor_id: int | None = None, department_id: int | None = None
    ) -> list[AppointmentInfo]:
        """Every appointment of a local date (cancelled ones included), by start time."""
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        lo, hi = self.clock.day_bounds(day)
        q = self._cal.info_query().where(Appointment.starts_at >= lo, Appointment.starts_at < hi)
        if doctor_id is not None:
            q = q.where(Appointment.doctor_id == doctor_id)
        if department_id is not None:
            q = q.where(Doctor.department_id == department_id)
        with self._db.read() as s:
            rows = s.execute(q.order_by(Appointment.starts_at, Appointment.id)).all()
            return [self._cal.to_info(*r) for r in rows]

    @read_retry
    def patient_appointments(self, actor: Actor, patient_id: int) -> list[AppointmentInfo]:
        """A patient's appointments, newest first."""
        require(self._db, actor, Action.APPOINTMENT_VIEW)
        q = self._cal.info_query().where(Appointment.patient_id == patient_id)
        with self._db.read() as s:
            rows = s.execute(q.order_by(Appointment.starts_at.desc(), Appointment.id.desc())).all()
            return [self._cal.to_info(*r) for r in rows]

    @read_retry
    def get_schedule(self, actor: Actor, doctor_id: int) -> list[SessionInfo]:
        require(self._db, actor, Action.DOCTOR_VIEW)
        with self._db.read() as s:
            return self._cal.sessions(s, doctor_id)

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
        start = when(starts_at, self.clock.today())
        reason = clean_text(reason, "reason", 300, multiline=True)
        try:
            with self._db.write() as s:
                doctor, dept = self._cal.doctor_dept(s, doctor_id, lock=True)
                patient = self._booking.lock_patient(s, patient_id)  # two desks cannot both miss the other
                others = self._booking.same_day(s, patient.id, doctor.id, start)
                if others and not confirm_same_day:
                    times = [self.clock.local(a.starts_at).strftime("%H:%M") for a in others]
                    raise SameDayBooking(
                        f"{patient.first_name} already has an appointment with {doctor.full_name} that day "
                        f"at {', '.join(times)}. Book another one the same day anyway?",
                        times,
                    )
                appt = self._booking.place(s, actor, patient, doctor, dept, start, reason, self.clock.now())
                if others:
                    audit.record(
                        s, actor, "appointment.same_day_confirmed", "appointment", appt.id,
                        {"patient_id": patient.id, "doctor_id": doctor.id, "others": [a.id for a in others]},
                    )  # fmt: skip
                self._booking.notify(s, appt.id, "booked")
                audit.record(
                    s, actor, "appointment.book", "appointment", appt.id,
                    {"patient_id": patient_id, "doctor_id": doctor_id, "starts_at": start},
                )  # fmt: skip
                mark(s, ChangeTopic.APPOINTMENTS)
                return self._cal.info(s, appt.id)
        except SlotTaken:
            raise self._booking.taken(doctor_id, start) from None
        except DuplicateRecord as exc:
            if getattr(exc, "constraint", None) == SLOT_KEY_CONSTRAINT:
                raise self._booking.taken(doctor_id, start) from exc
            raise

    def cancel(self, actor: Actor, appointment_id: int, reason: str) -> AppointmentInfo:
        require(self._db, actor, Action.APPOINTMENT_CANCEL, "appointment", appointment_id)
        why = clean_text(reason, "reason", CANCEL_REASON_MAX, required="Give a reason for the cancellation.")
        assert why is not None
        with self._db.write() as s:
            appt = self._booking.load_for_change(s, appointment_id)
            if appt.status != AppointmentStatus.BOOKED.value:
                raise ValidationError(
                    {"status": f"Only a booked appointment can be cancelled (this one is {appt.status})."}
                )
            appt.status = AppointmentStatus.CANCELLED.value
            appt.slot_key = None
            appt.cancel_reason = why
            s.flush()
            self._booking.notify(s, appt.id, "cancelled", f"Reason: {why}")
            audit.record(s, actor, "appointment.cancel", "appointment", appt.id, {"reason": why})
            mark(s, ChangeTopic.APPOINTMENTS)
            return self._cal.info(s, appt.id)

    def reschedule(
        self, actor: Actor, appointment_id: int, new_starts_at: dt.datetime, new_doctor_id: int | None = None
    ) -> AppointmentInfo:
        """Book the new slot and release the old one in one transaction: if the new slot is taken or
        breaks a rule, nothing changes."""
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment", appointment_id)
        start = when(new_starts_at, self.clock.today())
        target = new_doctor_id
        try:
            with self._db.write() as s:
                appt = self._booking.load_for_change(s, appointment_id)
                target = new_doctor_id or appt.doctor_id
                doctor, dept = self._cal.doctor_dept(s, target, lock=True)
                patient = self._booking.lock_patient(s, appt.patient_id)
                self._booking.release(appt)
                s.flush()
                new = self._booking.move(s, actor, appt, doctor, dept, patient, start, self.clock.now())
                mark(s, ChangeTopic.APPOINTMENTS)
                return self._cal.info(s, new.id)
        except SlotTaken:
            raise self._booking.taken(target or 0, start) from None
        except DuplicateRecord as exc:
            if getattr(exc, "constraint", None) == SLOT_KEY_CONSTRAINT:
                raise self._booking.taken(target or 0, start) from exc
            raise

    def rebook(self, actor: Actor, moves: list[tuple[int, int, dt.datetime]]) -> list[AppointmentInfo]:
        """Move several appointments (id, new doctor id, new start) at once: all or nothing."""
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment")
        if not moves:
            return []
        plan = [(aid, did, when(start, self.clock.today())) for aid, did, start in moves]
        try:
            with self._db.write() as s:
                appts = {aid: self._booking.load_for_change(s, aid) for aid, _, _ in plan}
                docs = {
                    did: self._cal.doctor_dept(s, did, lock=True) for did in sorted({d for _, d, _ in plan})
                }
                pats = {
                    pid: self._booking.lock_patient(s, pid)
                    for pid in sorted({a.patient_id for a in appts.values()})
                }
                for appt in appts.values():
                    self._booking.release(appt)
                s.flush()
                now = self.clock.now()
                done: list[int] = []
                for aid, did, start in plan:
                    appt = appts[aid]
                    doctor, dept = docs[did]
                    done.append(
                        self._booking.move(s, actor, appt, doctor, dept, pats[appt.patient_id], start, now).id
                    )
                mark(s, ChangeTopic.APPOINTMENTS)
                return [self._cal.info(s, i) for i in done]
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
        appointment_id = clean_id(appointment_id, "appointment_id", NO_APPOINTMENT)  # before the audit row
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment", appointment_id)
        with self._db.write() as s:
            appt = self._booking.load_for_change(s, appointment_id)
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
            return self._cal.info(s, appt.id)

    def check_in(self, actor: Actor, appointment_id: int) -> int:
        """The patient has arrived: put them in today's queue. Returns the queue token number."""
        appointment_id = clean_id(appointment_id, "appointment_id", NO_APPOINTMENT)  # before the audit row
        require(self._db, actor, Action.APPOINTMENT_BOOK, "appointment", appointment_id)
        with self._db.write() as s:
            lock_tokens(s)  # it adds to the queue: the token lock before the appointment's row lock
            appt = self._booking.load_for_change(s, appointment_id)
            if appt.status != AppointmentStatus.BOOKED.value:
                raise ValidationError(
                    {"status": f"Only a booked appointment can be checked in (this one is {appt.status})."}
                )
            today = self.clock.today()
            if self.clock.local_date(appt.starts_at) != today:
                raise ValidationError({"starts_at": "Only today's appointments can be checked in."})
            doctor, dept = self._cal.doctor_dept(s, appt.doctor_id)
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
