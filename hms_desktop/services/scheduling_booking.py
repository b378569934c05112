"""The booking core: every booking rule checked under the caller's locks, and the patient's e-mail.

``BookingRules`` runs inside the scheduling service's unit of work; the lock order (doctors, patients,
change counters) is the service's, see ``services/scheduling.py``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, Department, Doctor, Patient
from hms_desktop.domain import scheduling as dom
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus
from hms_desktop.domain.validation import clean_id
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.context import Actor
from hms_desktop.services.outbox import queue_email
from hms_desktop.services.scheduling_calendar import SlotCalendar
from hms_desktop.services.scheduling_types import SlotTaken

_MAX_SLOT = dt.timedelta(minutes=dom.MAX_SLOT_MINUTES)
NO_APPOINTMENT = "Choose an appointment."


class BookingRules:
    """Places, moves and releases bookings; ``taken`` builds the SlotTaken with the next free slots."""

    def __init__(self, db: Database, clock: Clock, calendar: SlotCalendar) -> None:
        self._db = db
        self._clock = clock
        self._cal = calendar

    def lock_patient(self, s: Session, patient_id: int) -> Patient:
        # FOR NO KEY UPDATE on PostgreSQL: a mutex between bookings that does not hold up a new row
        # that only refers to the patient (a queue entry, a charge: their key-share lock)
        q = select(Patient).where(Patient.id == patient_id).with_for_update(key_share=True)
        p = s.scalars(q).one_or_none()
        if p is None:
            raise NotFound("That patient no longer exists.")
        return p

    def place(
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
        day = self._clock.local_date(starts_at)
        err = dom.registration_error(doctor.reg_expiry, day)
        if err:
            raise ValidationError({"doctor_id": err})
        times, leave = self._cal.calendar(s, doctor, dept, [day])
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
        lo, hi = self._clock.day_bounds(day)
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

    def local_text(self, instant: dt.datetime) -> str:
        return instant.astimezone(self._clock.zone).strftime("%a %d %b %Y, %H:%M")

    def notify(self, s: Session, appointment_id: int, kind: str, extra: str = "") -> None:
        info = self._cal.info(s, appointment_id)
        email = s.scalar(select(Patient.email).where(Patient.id == info.patient_id))
        if not email:
            return
        when = self.local_text(info.starts_at)
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

    def taken(self, doctor_id: int, starts_at: dt.datetime) -> SlotTaken:
        with self._db.read() as s:
            alternatives = self._cal.next_free(s, doctor_id, starts_at, 5, self._clock.now())
        return SlotTaken(
            "This slot has just been taken by another booking. Choose one of the next free slots.",
            alternatives,
        )

    def same_day(self, s: Session, patient_id: int, doctor_id: int, start: dt.datetime) -> list[Appointment]:
        """The patient's live bookings with this doctor on ``start``'s clinic-local day."""
        lo, hi = self._clock.day_bounds(self._clock.local_date(start))
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

    def load_for_change(self, s: Session, appointment_id: int) -> Appointment:
        appt = s.get(Appointment, clean_id(appointment_id, "appointment_id", NO_APPOINTMENT))
        if appt is None:
            raise NotFound("That appointment no longer exists.")
        return appt

    def move(
        self, s: Session, actor: Actor, appt: Appointment, doctor: Doctor, dept: Department,
        patient: Patient, start: dt.datetime, now: dt.datetime,
    ) -> Appointment:  # fmt: skip
        new = self.place(s, actor, patient, doctor, dept, start, appt.reason, now, rescheduled_from=appt.id)
        appt.cancel_reason = f"Rescheduled to {self.local_text(start)} (appointment {new.id})"[:300]
        s.flush()
        self.notify(s, new.id, "rescheduled")
        audit.record(
            s, actor, "appointment.reschedule", "appointment", new.id,
            {"from_id": appt.id, "doctor_id": doctor.id, "starts_at": start},
        )  # fmt: skip
        return new

    def release(self, appt: Appointment) -> None:
        if appt.status != AppointmentStatus.BOOKED.value:
            raise ValidationError(
                {"status": f"Only a booked appointment can be moved ({appt.id} is {appt.status})."}
            )
        appt.status = AppointmentStatus.CANCELLED.value
        appt.slot_key = None
