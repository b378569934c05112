"""Clinic organisation for the scheduling service: departments, doctors, weekly schedules, leave.

A part composed by ``SchedulingService`` (which exposes its methods, so callers keep one area
service). It gets the database, the clinic's clock and the booking side's queries it needs
(:class:`BookingSide`: the doctor lookup, sessions and the slot search, to suggest where patients
affected by leave can go): what it shares is passed in, not reached for on a host class.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, true
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, Department, Doctor, DoctorLeave, DoctorSchedule
from hms_desktop.domain import scheduling as dom
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import DateKind, clean_date, clean_text
from hms_desktop.errors import ConcurrentChange, DuplicateRecord, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.scheduling_types import (
    AppointmentInfo,
    DepartmentDetail,
    DepartmentInput,
    DoctorDetail,
    DoctorInput,
    LeaveImpact,
    SessionInfo,
    SessionInput,
    Slot,
    Suggestion,
)

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclasses.dataclass(frozen=True)
class BookingSide:
    """What the organisation part uses of the booking side, handed over by ``SchedulingService``:
    the doctor and department lookup (optionally locked), the appointment query and its DTO, a
    doctor's sessions and the free-slot search."""

    doctor_dept: Callable[..., tuple[Doctor, Department]]
    info_query: Callable[[], Any]
    to_info: Callable[[Any, Any, Doctor, Department], AppointmentInfo]
    sessions: Callable[[Session, int], list[SessionInfo]]
    next_free: Callable[..., list[Slot]]


class Organisation:
    """Departments, doctors, weekly schedules and leave (one unit of work per method)."""

    def __init__(self, db: Database, clock: Clock, booking: BookingSide) -> None:
        self._db = db
        self.clock = clock
        self._booking = booking

    def _dept_detail(self, d: Department) -> DepartmentDetail:
        return DepartmentDetail(
            d.id, d.name, d.code, dom.hhmm(d.opens_min), dom.hhmm(d.closes_min),
            d.opens_min, d.closes_min, d.is_active, d.row_version,
        )  # fmt: skip

    def _doctor_detail(self, d: Doctor, dept: Department) -> DoctorDetail:
        today = self.clock.today()
        return DoctorDetail(
            id=d.id,
            full_name=d.full_name,
            qualifications=d.qualifications,
            specialisation=d.specialisation,
            department_id=dept.id,
            department_name=dept.name,
            reg_number=d.reg_number,
            reg_council=d.reg_council,
            reg_expiry=d.reg_expiry,
            reg_expired=d.reg_expiry < today,
            reg_expiring_soon=dom.registration_expiring(d.reg_expiry, today),
            consultation_fee=d.consultation_fee,
            daily_cap=d.daily_cap,
            room=d.room,
            phone=d.phone,
            email=d.email,
            is_active=d.is_active,
            row_version=d.row_version,
        )

    @read_retry
    def get_department(self, actor: Actor, department_id: int) -> DepartmentDetail:
        require(self._db, actor, Action.DOCTOR_VIEW)
        with self._db.read() as s:
            d = s.get(Department, department_id)
            if d is None:
                raise NotFound("That department no longer exists.")
            return self._dept_detail(d)

    @read_retry
    def get_doctor(self, actor: Actor, doctor_id: int) -> DoctorDetail:
        require(self._db, actor, Action.DOCTOR_VIEW)
        with self._db.read() as s:
            return self._doctor_detail(*self._booking.doctor_dept(s, doctor_id))

    @staticmethod
    def _check_version(row_version: int, expected: int | None, what: str) -> None:
        if expected is not None and row_version != expected:
            raise ConcurrentChange(
                f"Somebody else saved this {what} while you were editing; reload and try again."
            )

    def save_department(self, actor: Actor, data: DepartmentInput) -> DepartmentDetail:
        require(self._db, actor, Action.DEPARTMENT_MANAGE, "department", data.id)
        errors: dict[str, str] = {}
        name = (data.name or "").strip()
        code = (data.code or "").strip().upper()
        if not name or len(name) > 80:
            errors["name"] = "Enter the department's name (at most 80 characters)."
        if not re.fullmatch(r"[A-Z0-9]{1,8}", code):
            errors["code"] = "The code is 1-8 letters or digits (it prefixes the department's tokens)."
        opens = closes = 0
        try:
            opens = dom.parse_hhmm(data.opens, allow_24=False)
        except ValueError:
            errors["opens"] = "Enter the opening time as HH:MM."
        try:
            closes = dom.parse_hhmm(data.closes)
        except ValueError:
            errors["closes"] = "Enter the closing time as HH:MM."
        if "opens" not in errors and "closes" not in errors and closes <= opens:
            errors["closes"] = "The department must close after it opens."
        if errors:
            raise ValidationError(errors)
        values = {
            "name": name,
            "code": code,
            "opens_min": opens,
            "closes_min": closes,
            "is_active": data.is_active,
        }
        try:
            with self._db.write() as s:
                for field, col in (("name", Department.name), ("code", Department.code)):
                    other = s.scalar(select(Department.id).where(col == values[field]))
                    if other is not None and other != data.id:
                        raise ValidationError({field: f"Another department already has this {field}."})
                if data.id is None:
                    dep = Department(**values)
                    s.add(dep)
                    before: dict[str, Any] = {}
                else:
                    found = s.get(Department, data.id, with_for_update=True)
                    if found is None:
                        raise NotFound("That department no longer exists.")
                    dep = found
                    self._check_version(dep.row_version, data.row_version, "department")
                    before = {k: getattr(dep, k) for k in values}
                    for k, v in values.items():
                        setattr(dep, k, v)
                s.flush()
                audit.record(
                    s,
                    actor,
                    "department.save",
                    "department",
                    dep.id,
                    {"changes": audit.changes(before, values)},
                )
                return self._dept_detail(dep)
        except DuplicateRecord as exc:
            field = "code" if "code" in str(getattr(exc, "constraint", "")) else "name"
            raise ValidationError({field: f"Another department already has this {field}."}) from exc

    def doctor_values(self, data: DoctorInput) -> dict[str, Any]:
        """The doctor form's checks and cleaned values (no database, no permission: the importer
        validates rows with it before writing through ``save_doctor``)."""
        errors: dict[str, str] = {}
        v: dict[str, Any] = {}
        for field, limit in (
            ("full_name", 120),
            ("qualifications", 200),
            ("specialisation", 80),
            ("reg_number", 40),
        ):
            # text only, no NUL or control characters, refused not cut
            text = clean_text(getattr(data, field), field, limit, errors) or ""
            if not text:
                errors.setdefault(field, f"Required, at most {limit} characters.")
            v[field] = text
        v["reg_number"] = v["reg_number"].upper()
        for field, limit in (("reg_council", 120), ("room", 20), ("phone", 20), ("email", 120)):
            v[field] = clean_text(getattr(data, field), field, limit, errors)
        if v["email"] and not _EMAIL_RE.match(v["email"]):
            errors["email"] = "Not an e-mail address."
        if not isinstance(data.reg_expiry, dt.date):
            errors["reg_expiry"] = "Enter the registration's expiry date."
        v["reg_expiry"] = data.reg_expiry
        try:
            fee = Decimal(str(data.consultation_fee)).quantize(Decimal("0.01"))
            if fee < 0 or fee >= Decimal("10000000"):
                raise InvalidOperation
            v["consultation_fee"] = fee
        except (InvalidOperation, ValueError):
            errors["consultation_fee"] = "Enter a fee of zero or more rupees."
        if not isinstance(data.daily_cap, int) or not 1 <= data.daily_cap <= 200:
            errors["daily_cap"] = "The daily limit is 1-200 appointments."
        v["daily_cap"] = data.daily_cap
        if not isinstance(data.department_id, int) or isinstance(data.department_id, bool):
            errors["department_id"] = "Choose a department."
        v["department_id"] = data.department_id
        v["is_active"] = bool(data.is_active)
        if errors:
            raise ValidationError(errors)
        return v

    def save_doctor(self, actor: Actor, data: DoctorInput) -> DoctorDetail:
        require(self._db, actor, Action.DOCTOR_MANAGE, "doctor", data.id)
        values = self.doctor_values(data)
        taken = ValidationError({"reg_number": "Another doctor already has this registration number."})
        try:
            with self._db.write() as s:
                dept = s.get(Department, data.department_id)
                if dept is None:
                    raise ValidationError({"department_id": "Choose a department."})
                other = s.scalar(select(Doctor.id).where(Doctor.reg_number == values["reg_number"]))
                if other is not None and other != data.id:
                    raise taken
                if data.id is None:
                    doc = Doctor(**values)
                    s.add(doc)
                    before: dict[str, Any] = {}
                else:
                    found = s.get(Doctor, data.id, with_for_update=True)
                    if found is None:
                        raise NotFound("That doctor no longer exists.")
                    doc = found
                    self._check_version(doc.row_version, data.row_version, "doctor")
                    before = {k: getattr(doc, k) for k in values}
                    for k, val in values.items():
                        setattr(doc, k, val)
                s.flush()
                audit.record(
                    s, actor, "doctor.save", "doctor", doc.id, {"changes": audit.changes(before, values)}
                )
                return self._doctor_detail(doc, dept)
        except DuplicateRecord as exc:
            if getattr(exc, "constraint", None) == "uq_doctor_reg_number":
                raise taken from exc
            raise

    def set_schedule(
        self, actor: Actor, doctor_id: int, sessions: Sequence[SessionInput]
    ) -> list[SessionInfo]:
        """Replace the doctor's weekly sessions (validated: no overlaps, inside the department's hours)."""
        require(self._db, actor, Action.SCHEDULE_MANAGE, "doctor", doctor_id)
        errors: dict[str, str] = {}
        parsed: list[dom.WeeklySession] = []
        for i, sess in enumerate(sessions):
            try:
                parsed.append(
                    dom.WeeklySession(
                        int(sess.weekday),
                        dom.parse_hhmm(sess.start),
                        dom.parse_hhmm(sess.end),
                        int(sess.slot_minutes),
                    )
                )
            except (ValueError, TypeError):  # TypeError: a weekday or slot length that is no number
                errors[f"sessions[{i}]"] = "Enter the start and end as HH:MM."
                parsed.append(dom.WeeklySession(-1, 0, 0, 0))
        with self._db.write() as s:
            _doctor, dept = self._booking.doctor_dept(s, doctor_id, lock=True)
            errors = {**dom.session_errors(parsed, dept.opens_min, dept.closes_min), **errors}
            if errors:
                raise ValidationError(dict(sorted(errors.items())))
            new = sorted([p.weekday, p.start_min, p.end_min, p.slot_minutes] for p in parsed)
            old = sorted(
                [r.weekday, r.start_min, r.end_min, r.slot_minutes]
                for r in s.scalars(select(DoctorSchedule).where(DoctorSchedule.doctor_id == doctor_id))
            )
            s.execute(delete(DoctorSchedule).where(DoctorSchedule.doctor_id == doctor_id))
            for p in parsed:
                s.add(
                    DoctorSchedule(
                        doctor_id=doctor_id,
                        weekday=p.weekday,
                        start_min=p.start_min,
                        end_min=p.end_min,
                        slot_minutes=p.slot_minutes,
                    )
                )
            s.flush()
            audit.record(
                s, actor, "schedule.set", "doctor", doctor_id,
                # what the week was and what it is now: the audit row keeps the old schedule (issue 12)
                {"sessions": [old, new]},
            )  # fmt: skip
            mark(s, ChangeTopic.APPOINTMENTS)
            return self._booking.sessions(s, doctor_id)

    def add_leave(
        self, actor: Actor, doctor_id: int, from_date: dt.date, to_date: dt.date, reason: str | None
    ) -> LeaveImpact:
        """Record leave and list the booked appointments it hits, each with suggested new slots."""
        require(self._db, actor, Action.SCHEDULE_MANAGE, "doctor", doctor_id)
        errors: dict[str, str] = {}
        today = self.clock.today()
        clean_date(from_date, "from_date", DateKind.PLANNING, today, errors)
        clean_date(to_date, "to_date", DateKind.PLANNING, today, errors)
        reason = clean_text(reason, "reason", 200, errors, multiline=True)
        if errors:
            raise ValidationError(errors)
        if to_date < from_date:
            raise ValidationError({"to_date": "The leave must end on or after its first day."})
        with self._db.write() as s:
            _doctor, dept = self._booking.doctor_dept(s, doctor_id, lock=True)
            leave = DoctorLeave(
                doctor_id=doctor_id,
                from_date=from_date,
                to_date=to_date,
                reason=reason,
            )
            s.add(leave)
            s.flush()
            lo = self.clock.day_bounds(from_date)[0]
            hi = self.clock.day_bounds(to_date)[1]
            rows = s.execute(
                self._booking.info_query()
                .where(
                    Appointment.doctor_id == doctor_id,
                    Appointment.starts_at >= lo,
                    Appointment.starts_at < hi,
                    Appointment.status == AppointmentStatus.BOOKED.value,
                )
                .order_by(Appointment.starts_at, Appointment.id)
            ).all()
            affected = [self._booking.to_info(*r) for r in rows]
            now = self.clock.now()
            used: set[tuple[int, dt.datetime]] = set()
            colleagues = s.scalars(
                select(Doctor.id)
                .where(Doctor.department_id == dept.id, Doctor.id != doctor_id, Doctor.is_active == true())
                .order_by(Doctor.id)
            ).all()
            suggestions: list[Suggestion] = []
            for info in affected:
                after_leave = self.clock.day_bounds(to_date + dt.timedelta(days=1))[0]
                same = self._booking.next_free(s, doctor_id, after_leave, 1, now, used)
                best: Slot | None = None
                for other in colleagues:
                    cand = self._booking.next_free(s, other, info.starts_at, 1, now, used)
                    if cand and (best is None or cand[0].starts_at < best.starts_at):
                        best = cand[0]
                for slot in (*same, best):
                    if slot is not None:
                        used.add((slot.doctor_id, slot.starts_at))
                suggestions.append(Suggestion(info, same[0] if same else None, best))
            audit.record(
                s, actor, "leave.add", "doctor", doctor_id,
                {"leave_id": leave.id, "from": from_date, "to": to_date, "appts": [a.id for a in affected]},
            )  # fmt: skip
            mark(s, ChangeTopic.APPOINTMENTS)
            return LeaveImpact(leave.id, suggestions)

    def remove_leave(self, actor: Actor, leave_id: int) -> None:
        require(self._db, actor, Action.SCHEDULE_MANAGE, "doctor_leave", leave_id)
        with self._db.write() as s:
            leave = s.get(DoctorLeave, leave_id)
            if leave is None:
                raise NotFound("That leave entry no longer exists.")
            audit.record(
                s, actor, "leave.remove", "doctor", leave.doctor_id,
                {"leave_id": leave_id, "from": leave.from_date, "to": leave.to_date},
            )  # fmt: skip
            s.delete(leave)
            s.flush()
            mark(s, ChangeTopic.APPOINTMENTS)
