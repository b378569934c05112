"""Today's queue: reading it in order, calling patients, moving them along, and the waiting-room feed.

Locks, in the order of ``changes``: the token lock for a write that hands out a token (transfer),
one doctor's calling lock for call and call next, otherwise only the entry's row. Every write marks
``ChangeTopic.QUEUE``; the counter moves when it commits, which other desks hear of
(``gui/live.py``: LISTEN/NOTIFY on PostgreSQL, a poll of every counter in one query elsewhere).

Call-next is a conditional update: ``UPDATE queue_entry SET status='called' ... WHERE id=:id AND
status='waiting'``. Two doctors racing for the same patient both issue it; the database's row lock
makes the second wait and then find ``status`` no longer 'waiting' (0 rows), so it moves on to the
next candidate. No patient is ever called twice and nobody is skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, true, update
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    ChangeCounter,
    ClinicSetting,
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
from hms_desktop.domain.permissions import Action, allowed, sees_triage
from hms_desktop.domain.queue import token_label
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import ConcurrentChange, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, lock_doctor, lock_tokens, mark
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, refuse, require
from hms_desktop.services.queue_board import QueueBoardMixin
from hms_desktop.services.queue_types import (
    DoctorSuggestion,
    QueueRow,
    QueueSnapshot,
    ScaleLevelInfo,
    StillCalledError,
)
from hms_desktop.services.tokens import next_token
from hms_desktop.services.triage import (
    entry_age,
    load_scale,
    rules_for,
    scale_info,
    suggestion_for,
)

# queue_entry.status_note: a 'left' note or a transfer reason; the dialogs take at most this many
STATUS_NOTE_MAX = 300
OPEN = (QueueStatus.WAITING.value, QueueStatus.CALLED.value, QueueStatus.IN_CONSULT.value)
_STATUS_GROUP = {
    QueueStatus.WAITING.value: 0,
    QueueStatus.CALLED.value: 1,
    QueueStatus.IN_CONSULT.value: 2,
}


# built once: a fresh alias per query would defeat SQLAlchemy's statement cache
_SOURCE = QueueEntry.__table__.alias("src")
_SOURCE_DOCTOR = Doctor.__table__.alias("src_doc")


class QueueService(QueueBoardMixin):
    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
    ) -> None:
        self._db = db
        self.clock = clock or Clock()

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
            rows = self._rows(s, conditions, scale, actor)
            now = self.clock.now()
            department = (
                s.scalar(select(Doctor.department_id).where(Doctor.id == call_order_for))
                if call_order_for is not None
                else None
            )
            order = self._call_order(s, scale, now, call_order_for, department)
        return QueueSnapshot(
            self._ordered(rows, now), int(version or 0), scale_info(scale), now, tuple(order)
        )

    def _call_order(
        self,
        s: Session,
        scale: Sequence[qd.ScaleLevel],
        now: dt.datetime,
        doctor_id: int | None,
        department_id: int | None,
    ) -> list[int]:
        """Today's waiting entries in the order Call next takes them (``domain.queue.call_order``):
        the one ordering both ``call_next`` and the numbers on the screen use."""
        q = QueueEntry
        waiting = [
            qd.Waiting(*row)
            for row in s.execute(
                select(q.id, q.triage_level, q.arrived_at, q.doctor_id, q.department_id).where(
                    q.visit_date == self.clock.today(), q.status == QueueStatus.WAITING.value
                )
            ).all()
        ]
        targets = {lv.level: lv.target_min for lv in scale}
        return qd.call_order(waiting, targets, now, doctor_id, department_id)

    def _ordered(self, rows: Sequence[QueueRow], now: dt.datetime) -> list[QueueRow]:
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

    def _rows(
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
                QueueRow(
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
        rows = self._rows(s, [QueueEntry.id == entry_id], load_scale(s), viewer)
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
            rows = self._rows(s, [QueueEntry.appointment_id == appointment_id], load_scale(s), actor)
        return rows[0] if rows else None

    # --- auto-assignment -------------------------------------------------------------------------

    def _loads(self, s: Session) -> list[tuple[qd.DoctorLoad, Doctor, str]]:
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
            loads = self._loads(s)
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

    def _load_entry(self, s: Session, entry_id: int, expected_version: int | None = None) -> QueueEntry:
        entry = s.get(QueueEntry, entry_id, with_for_update=True)
        if entry is None:
            raise NotFound(f"There is no queue entry {entry_id}.")
        if expected_version is not None and entry.row_version != expected_version:
            raise ConcurrentChange(
                "Another desk changed this patient's queue entry a moment ago; the queue has been "
                "refreshed, check it and try again."
            )
        return entry

    def _doctor(self, s: Session, doctor_id: int) -> Doctor:
        doctor = s.get(Doctor, doctor_id)
        if doctor is None or not doctor.is_active:
            raise ValidationError({"doctor_id": "Choose an active doctor."})
        return doctor

    def assign(
        self, actor: Actor, entry_id: int, doctor_id: int, expected_version: int | None = None
    ) -> QueueRow:
        """Put a waiting patient on a doctor's list (the desk accepted the suggestion or chose another)."""
        require(self._db, actor, Action.QUEUE_MANAGE, "queue_entry", entry_id)
        with self._db.write() as s:
            entry = self._load_entry(s, entry_id, expected_version)
            if entry.status != QueueStatus.WAITING.value:
                raise ValidationError({"status": "Only a waiting patient can be assigned to a doctor."})
            doctor = self._doctor(s, doctor_id)
            before = entry.doctor_id
            entry.doctor_id = doctor.id
            entry.department_id = doctor.department_id
            s.flush()
            audit.record(
                s, actor, "queue.assign", "queue_entry", entry.id, {"doctor_id": [before, doctor.id]}
            )
            mark(s, ChangeTopic.QUEUE)
            return self.row_in(s, entry.id, actor)

    # --- the doctor's side -----------------------------------------------------------------------

    def _my_doctor(self, actor: Actor, doctor_id: int | None) -> int:
        chosen = doctor_id if doctor_id is not None else actor.doctor_id
        if chosen is None:
            raise ValidationError({"doctor_id": "This account is not linked to a doctor."})
        if actor.doctor_id is not None and chosen != actor.doctor_id:
            raise ValidationError({"doctor_id": "A doctor calls patients to their own room only."})
        return chosen

    def _claim(self, s: Session, actor: Actor, entry_id: int, doctor: Doctor, *, from_status: str) -> bool:
        """The atomic step: take the entry only if it is still in ``from_status``."""
        stmt = (
            update(QueueEntry)
            .where(QueueEntry.id == entry_id, QueueEntry.status == from_status)
            .values(
                status=QueueStatus.CALLED.value,
                doctor_id=doctor.id,
                department_id=doctor.department_id,
                room=doctor.room,
                called_at=self.clock.now(),
                called_by=actor.user_id,
                call_count=QueueEntry.call_count + 1,
                row_version=QueueEntry.row_version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        return bool(cast(CursorResult[Any], s.execute(stmt)).rowcount)

    def call_next(
        self, actor: Actor, doctor_id: int | None = None, *, choice: qd.StillCalled | None = None
    ) -> QueueRow | None:
        """Call the top eligible waiting patient to this doctor's room; None when nobody is waiting.

        Eligible and in order as ``domain.queue.call_order`` says (the queue's "#" numbers). One
        called patient per doctor at a time: while the previous one is still called this raises
        :class:`StillCalledError` until the doctor chooses (``choice``): call them again, mark them
        not answered (back to waiting, keeping their place) and call the next, or call the next
        anyway (both stay called; the audit trail says so).
        """
        require(self._db, actor, Action.QUEUE_CALL_NEXT, "queue_entry")
        me = self._my_doctor(actor, doctor_id)
        with self._db.write() as s:
            lock_doctor(s, me)  # serialises this doctor's calls: the still-called check below holds
            doctor = self._doctor(s, me)
            today = self.clock.today()
            busy = s.execute(
                select(QueueEntry.token_series, QueueEntry.token_no)
                .where(
                    QueueEntry.visit_date == today,
                    QueueEntry.doctor_id == me,
                    QueueEntry.status == QueueStatus.IN_CONSULT.value,
                )
                .limit(1)
            ).first()
            if busy is not None:
                raise ValidationError(
                    {
                        "status": f"Finish the consultation with token {token_label(busy[0], busy[1])} "
                        "before calling the next patient."
                    }
                )
            called = s.execute(
                select(QueueEntry.id, QueueEntry.token_series, QueueEntry.token_no, QueueEntry.room)
                .where(
                    QueueEntry.visit_date == today,
                    QueueEntry.doctor_id == me,
                    QueueEntry.status == QueueStatus.CALLED.value,
                )
                .order_by(QueueEntry.called_at, QueueEntry.id)
            ).all()
            if qd.still_called_blocks([c[0] for c in called], choice):
                first = called[0]
                raise StillCalledError(first[0], token_label(first[1], first[2]), first[3])
            skip: set[int] = set()
            if called and choice is qd.StillCalled.CALL_AGAIN:
                entry_id = called[0][0]
                if not self._claim(s, actor, entry_id, doctor, from_status=QueueStatus.CALLED.value):
                    raise ConcurrentChange("Another desk moved this patient a moment ago.")
                row = self.row_in(s, entry_id, actor)
                audit.record(
                    s, actor, "queue.recall", "queue_entry", entry_id,
                    {"token": row.token_label, "doctor_id": me, "from": "call_next"},
                )  # fmt: skip
                mark(s, ChangeTopic.QUEUE)
                return row
            if called and choice is qd.StillCalled.NOT_ANSWERED:
                for entry_id, series, no, _room in called:
                    entry = s.get(QueueEntry, entry_id)
                    assert entry is not None
                    entry.status, entry.room = QueueStatus.WAITING.value, None
                    skip.add(entry_id)
                    audit.record(
                        s, actor, "queue.not_answered", "queue_entry", entry_id,
                        {"status": ["called", "waiting"], "token": token_label(series, no),
                         "from": "call_next"},
                    )  # fmt: skip
                s.flush()
                mark(s, ChangeTopic.QUEUE)
            order = self._call_order(s, load_scale(s), self.clock.now(), me, doctor.department_id)
            for entry_id in order:
                if entry_id in skip:
                    continue  # the patient who did not answer keeps their place for when they come
                if self._claim(s, actor, entry_id, doctor, from_status=QueueStatus.WAITING.value):
                    row = self.row_in(s, entry_id, actor)
                    details: dict[str, Any] = {"token": row.token_label, "doctor_id": me, "room": doctor.room}
                    if called and choice is qd.StillCalled.CALL_NEXT_ANYWAY:
                        details["still_called"] = [token_label(c[1], c[2]) for c in called]
                    audit.record(s, actor, "queue.call_next", "queue_entry", entry_id, details)
                    mark(s, ChangeTopic.QUEUE)
                    return row
            return None

    def call(self, actor: Actor, entry_id: int, doctor_id: int | None = None) -> QueueRow:
        """Call one particular patient (a waiting one, or call again one who has not come yet)."""
        require(self._db, actor, Action.QUEUE_CALL_NEXT, "queue_entry", entry_id)
        me = self._my_doctor(actor, doctor_id)
        with self._db.write() as s:
            lock_doctor(s, me)
            doctor = self._doctor(s, me)
            entry = s.get(QueueEntry, entry_id)
            if entry is None:
                raise NotFound(f"There is no queue entry {entry_id}.")
            if entry.status == QueueStatus.CALLED.value and entry.doctor_id not in (None, me):
                raise ValidationError({"status": "Another doctor has already called this patient."})
            if entry.status not in (QueueStatus.WAITING.value, QueueStatus.CALLED.value):
                raise ValidationError({"status": f"This patient is not waiting (status: {entry.status})."})
            if entry.doctor_id not in (None, me):
                raise ValidationError(
                    {"doctor_id": "This patient is on another doctor's list; ask the desk to transfer them."}
                )
            if not self._claim(s, actor, entry_id, doctor, from_status=entry.status):
                raise ConcurrentChange("Another desk called this patient a moment ago.")
            recall = entry.status == QueueStatus.CALLED.value
            row = self.row_in(s, entry_id, actor)
            audit.record(
                s, actor, "queue.recall" if recall else "queue.call", "queue_entry", entry_id,
                {"token": row.token_label, "doctor_id": me},
            )  # fmt: skip
            mark(s, ChangeTopic.QUEUE)
            return row

    def _move(
        self,
        actor: Actor,
        action: Action,
        entry_id: int,
        allowed_from: Sequence[QueueStatus],
        to: QueueStatus,
        audit_action: str,
        *,
        expected_version: int | None = None,
        note: str | None = None,
        own_doctor: bool = False,
    ) -> QueueRow:
        require(self._db, actor, action, "queue_entry", entry_id)
        with self._db.write() as s:
            entry = self._load_entry(s, entry_id, expected_version)  # the entry's lock is all it needs
            if entry.status not in [st.value for st in allowed_from]:
                names = " or ".join(st.value.replace("_", " ") for st in allowed_from)
                raise ValidationError(
                    {"status": f"Only a patient who is {names} can be moved to {to.value}."}
                )
            if own_doctor and actor.doctor_id is not None and entry.doctor_id != actor.doctor_id:
                raise refuse(
                    self._db, actor, audit_action, "This patient was called by another doctor.",
                    "queue_entry", entry_id, in_transaction=True,
                )  # fmt: skip
            before = entry.status
            now = self.clock.now()
            entry.status = to.value
            if to is QueueStatus.IN_CONSULT:
                entry.consult_at = now
            elif to in (QueueStatus.DONE, QueueStatus.LEFT):
                entry.done_at = now
            elif to is QueueStatus.WAITING:
                entry.room = None
            if note:
                entry.status_note = note
            if to is QueueStatus.DONE and entry.appointment_id is not None:
                appt = s.get(Appointment, entry.appointment_id)
                if appt is not None and appt.status == AppointmentStatus.CHECKED_IN.value:
                    appt.status = AppointmentStatus.COMPLETED.value
                    mark(s, ChangeTopic.APPOINTMENTS)
            s.flush()
            details: dict[str, Any] = {"status": [before, to.value]}
            if note:
                details["note"] = note
            audit.record(s, actor, audit_action, "queue_entry", entry.id, details)
            mark(s, ChangeTopic.QUEUE)
            return self.row_in(s, entry.id, actor)

    def start_consult(self, actor: Actor, entry_id: int) -> QueueRow:
        return self._move(
            actor, Action.QUEUE_CALL_NEXT, entry_id, (QueueStatus.CALLED,), QueueStatus.IN_CONSULT,
            "queue.consult", own_doctor=True,
        )  # fmt: skip

    def finish(self, actor: Actor, entry_id: int) -> QueueRow:
        return self._move(
            actor, Action.QUEUE_CALL_NEXT, entry_id, (QueueStatus.CALLED, QueueStatus.IN_CONSULT),
            QueueStatus.DONE, "queue.done", own_doctor=True,
        )  # fmt: skip

    def back_to_waiting(self, actor: Actor, entry_id: int) -> QueueRow:
        """A called patient did not come: back into the queue, keeping their place and doctor.

        The desk (queue.manage) may do it for anyone; a doctor only for a patient they called
        (domain/permissions.py: ownership rules)."""
        action = Action.QUEUE_MANAGE if allowed(actor.role, Action.QUEUE_MANAGE) else Action.QUEUE_CALL_NEXT
        return self._move(
            actor, action, entry_id, (QueueStatus.CALLED,), QueueStatus.WAITING,
            "queue.not_answered", own_doctor=True,
        )  # fmt: skip

    def mark_left(self, actor: Actor, entry_id: int, note: str | None = None) -> QueueRow:
        """Left without being seen, with an optional note (refused, never cut, when too long)."""
        note = clean_text(note, "note", STATUS_NOTE_MAX)
        return self._move(
            actor, Action.QUEUE_MANAGE, entry_id, (QueueStatus.WAITING, QueueStatus.CALLED),
            QueueStatus.LEFT, "queue.left", note=note,
        )  # fmt: skip

    def transfer(
        self,
        actor: Actor,
        entry_id: int,
        *,
        doctor_id: int | None = None,
        department_id: int | None = None,
        reason: str,
    ) -> QueueRow:
        """Send a patient to another doctor or department. The old entry ends as 'transferred'; a new
        one keeps the arrival time and triage (so their place is kept) and remembers where it came from."""
        if allowed(actor.role, Action.QUEUE_MANAGE):  # the desk, or the doctor who has the patient
            require(self._db, actor, Action.QUEUE_MANAGE, "queue_entry", entry_id)
        else:
            require(self._db, actor, Action.QUEUE_CALL_NEXT, "queue_entry", entry_id)
        errors: dict[str, str] = {}
        reason = clean_text(reason, "reason", STATUS_NOTE_MAX, errors) or ""
        if "reason" not in errors and len(reason) < 3:
            errors["reason"] = "Say why the patient is transferred."
        if doctor_id is None and department_id is None:
            errors["doctor_id"] = "Choose the doctor or department to transfer to."
        if errors:
            raise ValidationError(errors)
        with self._db.write() as s:
            lock_tokens(s)  # the new slip's token: the token lock before the entry's
            mark(s, ChangeTopic.QUEUE)
            old = self._load_entry(s, entry_id)
            if not allowed(actor.role, Action.QUEUE_MANAGE) and old.doctor_id != actor.doctor_id:
                raise refuse(
                    self._db, actor, "queue.transfer",
                    "Only the desk, or the doctor who has this patient, can transfer them.",
                    "queue_entry", entry_id, in_transaction=True,
                )  # fmt: skip
            if old.status not in OPEN:
                raise ValidationError({"status": "Only a patient still in the queue can be transferred."})
            doctor = self._doctor(s, doctor_id) if doctor_id is not None else None
            dept_id = doctor.department_id if doctor is not None else department_id
            dept = s.get(Department, dept_id) if dept_id is not None else None
            if dept is None or not dept.is_active:
                raise ValidationError({"department_id": "Choose an active department."})
            if doctor is not None and doctor.id == old.doctor_id:
                raise ValidationError({"doctor_id": "The patient is already with this doctor."})
            per_dept = clinic_value(s, ClinicSetting.token_per_dept)
            series = dept.code[:8] if per_dept else "ALL"
            token = next_token(s, old.visit_date, series)  # a new slip; arrival time keeps their place
            new = QueueEntry(
                visit_date=old.visit_date,
                token_series=series,
                token_no=token,
                patient_id=old.patient_id,
                department_id=dept.id,
                doctor_id=doctor.id if doctor else None,
                source=old.source,
                status=QueueStatus.WAITING.value,
                transferred_from_id=old.id,
                arrived_at=old.arrived_at,
                **{c: getattr(old, c) for c in _TRIAGE_COLUMNS},
            )
            old.status = QueueStatus.TRANSFERRED.value
            old.status_note = reason
            old.done_at = self.clock.now()
            s.add(new)
            s.flush()
            audit.record(
                s, actor, "queue.transfer", "queue_entry", old.id,
                {"to_entry": new.id, "doctor_id": new.doctor_id, "department_id": dept.id, "reason": reason},
            )  # fmt: skip
            return self.row_in(s, new.id, actor)


_TRIAGE_COLUMNS = (
    "chief_complaint", "triage_level", "suggested_level", "override_reason", "news2_score",
    "resp_rate", "spo2", "on_oxygen", "hypercapnic", "systolic_bp", "diastolic_bp", "pulse",
    "temperature_c", "consciousness", "pain_score", "glucose_mgdl", "weight_kg", "is_pregnant",
    "triaged_by", "triaged_at",
)  # fmt: skip
