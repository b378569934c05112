"""Reading today's queue: the rows in order as a viewer may see them (the complaint and NEWS2 only
for a role that triages), the order Call next takes, the doctors' loads and suggestions for a
patient. One query object, :class:`QueueReader`, shared by the queue's writes and its board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    ChangeCounter,
    Department,
    Doctor,
    DoctorLeave,
    DoctorSchedule,
    Patient,
    QueueEntry,
)
from hms_desktop.domain import queue as qd
from hms_desktop.domain.ages import age_text
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, QueueStatus
from hms_desktop.domain.permissions import Action, sees_triage
from hms_desktop.domain.queue import token_label
from hms_desktop.errors import ConcurrentChange, NotFound, ValidationError
from hms_desktop.services.changes import ChangeTopic
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.queue_types import (
    DoctorSuggestion,
    QueueRow,
    QueueSnapshot,
    ScaleLevelInfo,
    queue_row,
)
from hms_desktop.services.triage import entry_age, load_scale, rules_for, scale_info, suggestion_for

OPEN = (QueueStatus.WAITING.value, QueueStatus.CALLED.value, QueueStatus.IN_CONSULT.value)
_STATUS_GROUP = {
    QueueStatus.WAITING.value: 0,
    QueueStatus.CALLED.value: 1,
    QueueStatus.IN_CONSULT.value: 2,
}


# built once: a fresh alias per query would defeat SQLAlchemy's statement cache
_SOURCE = QueueEntry.__table__.alias("src")
_SOURCE_DOCTOR = Doctor.__table__.alias("src_doc")


class QueueReader:
    """Today's queue as each viewer may see it; every method reads, none writes."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self.clock = clock

    # --- reading ---------------------------------------------------------------------------------

    @read_retry
    def version(self, actor: Actor) -> int:
        """The 'queue' change counter: desks poll this (one indexed row) and refresh when it moves."""
        require(self._db, actor, Action.QUEUE_VIEW, "queue_entry")
        with self._db.read() as s:
            value = s.scalar(
                select(ChangeCounter.counter).where(ChangeCounter.topic == ChangeTopic.QUEUE.value)
            )
            return int(value or 0)

    @read_retry
    def scale(self, actor: Actor) -> list[ScaleLevelInfo]:
        require(self._db, actor, Action.QUEUE_VIEW, "triage_scale")
        with self._db.read() as s:
            return scale_info(load_scale(s))

    @read_retry
    def snapshot(
        self,
        actor: Actor,
        *,
        department_id: int | None = None,
        doctor_id: int | None = None,
        include_closed: bool = False,
        call_order_for: int | None = None,
    ) -> QueueSnapshot:
        """Today's queue in order: waiting by level, overdue time and arrival; then called, in
        consultation and (with ``include_closed``) the finished visits, most recent first. Its
        ``call_order`` is the order ``call_next`` takes the waiting for the doctor ``call_order_for``
        (None: the clinic's order of everyone waiting), whatever the filters."""
        require(self._db, actor, Action.QUEUE_VIEW, "queue_entry")
        with self._db.read() as s:
            version = s.scalar(
                select(ChangeCounter.counter).where(ChangeCounter.topic == ChangeTopic.QUEUE.value)
            )
            scale = load_scale(s)
            conditions = [QueueEntry.visit_date == self.clock.today()]
            if not include_closed:
                conditions.append(QueueEntry.status.in_(OPEN))
            if department_id is not None:
                conditions.append(QueueEntry.department_id == department_id)
            if doctor_id is not None:
                conditions.append(QueueEntry.doctor_id == doctor_id)
            rows = self.rows(s, conditions, scale, actor)
            now = self.clock.now()
            department = (
                s.scalar(select(Doctor.department_id).where(Doctor.id == call_order_for))
                if call_order_for is not None
                else None
            )
            ordered = self.ordered(rows, now)
            # unfiltered, the rows just read and sorted hold everyone waiting today, in sort_key
            # order: the call order is taken from them (same transaction), not from a second read
            # and a second sort of the same entries
            everyone = ordered if department_id is None and doctor_id is None else None
            order = self.call_order(s, scale, now, call_order_for, department, everyone)
        return QueueSnapshot(ordered, int(version or 0), scale_info(scale), now, tuple(order))

    def call_order(
        self,
        s: Session,
        scale: Sequence[qd.ScaleLevel],
        now: dt.datetime,
        doctor_id: int | None,
        department_id: int | None,
        everyone: Sequence[QueueRow] | None = None,
    ) -> list[int]:
        """Today's waiting entries in the order Call next takes them (``domain.queue.call_order``):
        the one ordering both ``call_next`` and the numbers on the screen use. ``everyone``: today's
        rows already read in this transaction and sorted by :meth:`ordered`, all the waiting among
        them (read here when None)."""
        q = QueueEntry
        if everyone is not None and doctor_id is None:  # the clinic's order: the waiting, as sorted
            return [r.id for r in everyone if r.status == QueueStatus.WAITING.value]
        if everyone is not None:
            waiting = [
                qd.Waiting(r.id, r.triage_level, r.arrived_at, r.doctor_id, r.department_id)
                for r in everyone
                if r.status == QueueStatus.WAITING.value
            ]
        else:
            waiting = [
                qd.Waiting(*row)
                for row in s.execute(
                    select(q.id, q.triage_level, q.arrived_at, q.doctor_id, q.department_id).where(
                        q.visit_date == self.clock.today(), q.status == QueueStatus.WAITING.value
                    )
                ).all()
            ]
        targets = {lv.level: lv.target_min for lv in scale}
        return qd.call_order(waiting, targets, now, doctor_id, department_id, presorted=everyone is not None)

    def ordered(self, rows: Sequence[QueueRow], now: dt.datetime) -> list[QueueRow]:
        """Waiting, called and in consultation by ``domain.queue.sort_key`` (level, then most past
        the target time, i.e. the earliest due, then arrival: the order ``call_next`` takes);
        finished visits latest first."""

        def key(r: QueueRow) -> tuple[Any, ...]:
            return (
                _STATUS_GROUP[r.status],
                *qd.sort_key(r.triage_level, r.arrived_at, r.target_min, now, r.id),
            )

        open_rows = sorted((r for r in rows if r.status in _STATUS_GROUP), key=key)
        closed = sorted(
            (r for r in rows if r.status not in _STATUS_GROUP),
            key=lambda r: (r.called_at or r.arrived_at, r.id),
            reverse=True,
        )
        return open_rows + closed

    def rows(
        self, s: Session, conditions: list[Any], scale: Sequence[qd.ScaleLevel], viewer: Actor
    ) -> list[QueueRow]:
        """The rows as ``viewer`` may see them: the complaint, the suggested level and why it was
        changed, and NEWS2 only for a role that triages (``permissions.sees_triage``); the level,
        target time and order for every queue viewer."""
        clinical = sees_triage(viewer.role)
        # plain columns, not ORM entities: a day's queue is read every time any desk changes it
        q = QueueEntry
        stmt = (
            select(
                q.id,
                q.token_series,
                q.token_no,
                q.patient_id,
                q.department_id,
                q.doctor_id,
                q.room,
                q.source,
                q.status,
                q.chief_complaint,
                q.triage_level,
                q.suggested_level,
                q.override_reason,
                q.news2_score,
                q.arrived_at,
                q.called_at,
                q.promoted_at,
                q.row_version,
                Patient.first_name,
                Patient.last_name,
                Patient.mrn,
                Patient.date_of_birth,
                Patient.sex,
                Department.name.label("dept"),
                Doctor.full_name.label("doctor"),
                _SOURCE.c.token_series.label("src_series"),
                _SOURCE.c.token_no.label("src_no"),
                _SOURCE_DOCTOR.c.full_name.label("src_doctor"),
            )
            .join(Patient, Patient.id == q.patient_id)
            .outerjoin(Department, Department.id == q.department_id)
            .outerjoin(Doctor, Doctor.id == q.doctor_id)
            .outerjoin(_SOURCE, _SOURCE.c.id == q.transferred_from_id)
            .outerjoin(_SOURCE_DOCTOR, _SOURCE_DOCTOR.c.id == _SOURCE.c.doctor_id)
            .where(*conditions)
            .order_by(q.id)
        )
        targets = {lv.level: lv.target_min for lv in scale}
        today = self.clock.today()
        out = []
        ages: dict[Any, str] = {}
        # Core execution and tuple unpacking: the ORM's row machinery costs more than the query here
        for (
            id_, series, token_no, patient_id, department_id, doctor_id, room, source, status, complaint,
            level, suggested, override, news2, arrived, called, promoted, version, first, last, mrn, dob,
            sex, dept, doctor, src_series, src_no, src_doctor,
        ) in s.connection().execute(stmt).all():  # fmt: skip
            target = targets[level or qd.UNTRIAGED_AS]
            moved = None
            if src_no is not None:
                moved = f"token {token_label(src_series, src_no)}" + (f", {src_doctor}" if src_doctor else "")
            if not clinical:  # minimum necessary: the order and the colour, not what is wrong
                complaint = suggested = override = news2 = None
            age = ages.get(dob)
            if age is None:
                age = ages[dob] = age_text(dob, today).replace(" y", "")
            out.append(
                queue_row(
                    id_,
                    token_label(series, token_no),
                    token_no,
                    series,
                    patient_id,
                    f"{first} {last}" if last else first,
                    mrn,
                    f"{age} {sex}" if age else sex,
                    department_id,
                    dept,
                    doctor_id,
                    doctor,
                    room,
                    source,
                    status,
                    complaint,
                    level,
                    suggested,
                    override,
                    news2,
                    arrived,
                    called,
                    target,
                    arrived + dt.timedelta(minutes=target),
                    level in qd.EMERGENCY,
                    moved,
                    promoted is not None,
                    version,
                )
            )
        return out

    def row_in(self, s: Session, entry_id: int, viewer: Actor) -> QueueRow:
        """One row inside a unit of work (no permission check: the caller did it), as ``viewer`` may
        see it."""
        rows = self.rows(s, [QueueEntry.id == entry_id], load_scale(s), viewer)
        if not rows:
            raise NotFound(f"There is no queue entry {entry_id}.")
        return rows[0]

    @read_retry
    def get(self, actor: Actor, entry_id: int) -> QueueRow:
        require(self._db, actor, Action.QUEUE_VIEW, "queue_entry", entry_id)
        with self._db.read() as s:
            return self.row_in(s, entry_id, actor)

    @read_retry
    def for_appointment(self, actor: Actor, appointment_id: int) -> QueueRow | None:
        """The queue entry a checked-in appointment became (None before check-in)."""
        require(self._db, actor, Action.QUEUE_VIEW, "appointment", appointment_id)
        with self._db.read() as s:
            rows = self.rows(s, [QueueEntry.appointment_id == appointment_id], load_scale(s), actor)
        return rows[0] if rows else None

    # --- the doctors' loads -------------------------------------------------------------------------

    def loads(self, s: Session) -> list[tuple[qd.DoctorLoad, Doctor, str]]:
        today, now = self.clock.today(), self.clock.now()
        minute = (
            now.astimezone(self.clock.zone) - dt.datetime.combine(today, dt.time(), self.clock.zone)
        ).seconds // 60
        doctors = s.execute(
            select(Doctor, Department.name)
            .join(Department, Department.id == Doctor.department_id)
            .where(Doctor.is_active == true(), Department.is_active == true())
            .order_by(Doctor.id)
        ).all()
        sessions: dict[int, list[tuple[int, int]]] = {}
        for r in s.scalars(select(DoctorSchedule).where(DoctorSchedule.weekday == today.weekday())):
            sessions.setdefault(r.doctor_id, []).append((r.start_min, r.end_min))
        away = set(
            s.scalars(
                select(DoctorLeave.doctor_id).where(
                    DoctorLeave.from_date <= today, DoctorLeave.to_date >= today
                )
            )
        )
        counts: dict[tuple[int | None, str], int] = {}
        for doctor_id, status, n in s.execute(
            select(QueueEntry.doctor_id, QueueEntry.status, func.count())
            .where(QueueEntry.visit_date == today, QueueEntry.doctor_id.is_not(None))
            .group_by(QueueEntry.doctor_id, QueueEntry.status)
        ):
            counts[(doctor_id, status)] = n
        start, end = self.clock.day_bounds(today)
        booked: dict[int, int] = dict(
            list(  # a Result has .keys(): dict() would take it for a mapping
                s.execute(
                    select(Appointment.doctor_id, func.count())
                    .where(
                        Appointment.starts_at >= start,
                        Appointment.starts_at < end,
                        Appointment.status == AppointmentStatus.BOOKED.value,
                    )
                    .group_by(Appointment.doctor_id)
                )
            )
        )
        out = []
        for doctor, dept_name in doctors:
            on_duty = doctor.id not in away and any(a <= minute < b for a, b in sessions.get(doctor.id, []))
            load = qd.DoctorLoad(
                doctor_id=doctor.id,
                specialisation=doctor.specialisation,
                on_duty=on_duty,
                registration_valid=doctor.reg_expiry >= today,
                waiting=counts.get((doctor.id, QueueStatus.WAITING.value), 0)
                + counts.get((doctor.id, QueueStatus.CALLED.value), 0),
                seen_today=counts.get((doctor.id, QueueStatus.IN_CONSULT.value), 0)
                + counts.get((doctor.id, QueueStatus.DONE.value), 0),
                daily_cap=doctor.daily_cap,
                booked=int(booked.get(doctor.id, 0)),
                department_id=doctor.department_id,
            )
            out.append((load, doctor, dept_name))
        return out

    @read_retry
    def suggest_doctors(
        self, actor: Actor, entry_id: int, specialisation: str | None = None
    ) -> list[DoctorSuggestion]:
        """Doctors who can see this patient now, best first (the first is the suggestion).

        ``specialisation`` defaults to the one the triage rules found in the complaint."""
        require(self._db, actor, Action.QUEUE_VIEW, "queue_entry", entry_id)
        with self._db.read() as s:
            entry = s.get(QueueEntry, entry_id)
            if entry is None:
                raise NotFound(f"There is no queue entry {entry_id}.")
            age = entry_age(s, entry, self.clock.today())
            if specialisation is None:
                specialisation = suggestion_for(entry, rules_for(s), age).specialisation
            loads = self.loads(s)
        by_id = {load.doctor_id: (doctor, dept) for load, doctor, dept in loads}
        ranked = qd.rank_doctors(
            [load for load, _, _ in loads],
            specialisation,
            entry.department_id,
            age_years=age,
            pregnant=bool(entry.is_pregnant),
        )
        return [
            DoctorSuggestion(
                doctor_id=d.doctor_id,
                doctor_name=by_id[d.doctor_id][0].full_name,
                specialisation=d.specialisation,
                department_name=by_id[d.doctor_id][1],
                room=by_id[d.doctor_id][0].room,
                waiting=d.waiting,
                seen_today=d.seen_today,
                daily_cap=d.daily_cap,
                matches_specialisation=qd.specialisation_matches(specialisation, d.specialisation),
            )
            for d in ranked
        ]


def load_entry(s: Session, entry_id: int, expected_version: int | None = None) -> QueueEntry:
    """The entry under its row lock, or NotFound; ConcurrentChange when another desk moved it."""
    entry = s.get(QueueEntry, entry_id, with_for_update=True)
    if entry is None:
        raise NotFound(f"There is no queue entry {entry_id}.")
    if expected_version is not None and entry.row_version != expected_version:
        raise ConcurrentChange(
            "Another desk changed this patient's queue entry a moment ago; the queue has been "
            "refreshed, check it and try again."
        )
    return entry


def active_doctor(s: Session, doctor_id: int) -> Doctor:
    """The doctor, refused at the field when inactive or gone."""
    doctor = s.get(Doctor, doctor_id)
    if doctor is None or not doctor.is_active:
        raise ValidationError({"doctor_id": "Choose an active doctor."})
    return doctor
