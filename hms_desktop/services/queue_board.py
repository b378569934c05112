"""The parts of the queue that look outward: capacity freed by cancellations offered to walk-ins,
the waiting-room board and the token slip. A part of :class:`~hms_desktop.services.queue.QueueService`.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    ChangeCounter,
    Doctor,
    Patient,
    QueueEntry,
)
from hms_desktop.domain import queue as qd
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, QueueStatus, VisitSource
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.queue import token_label
from hms_desktop.domain.transliteration import has_indic, readable_latin
from hms_desktop.errors import ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, lock_doctor, mark
from hms_desktop.services.clinic_row import clinic_row
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.queue_read import QueueReader, active_doctor, load_entry
from hms_desktop.services.queue_types import (
    DisplayBoard,
    DisplayCall,
    DoctorSuggestion,
    QueueRow,
    TokenSlip,
)
from hms_desktop.services.triage import load_scale

DISPLAY_CALLS = 8
DISPLAY_WAITING = 30


class QueueBoard:
    """The outward-looking part of the queue, reading through the queue's :class:`QueueReader`."""

    def __init__(self, db: Database, clock: Clock, reader: QueueReader) -> None:
        self._db = db
        self.clock = clock
        self._reader = reader

    # --- freed capacity --------------------------------------------------------------------------

    @read_retry
    def capacity_offers(self, actor: Actor) -> list[tuple[DoctorSuggestion, QueueRow]]:
        """Doctors on duty today whose cancelled or no-show appointments left room under their cap,
        each with the next waiting walk-in who could take it (unassigned, their department or none)."""
        require(self._db, actor, Action.QUEUE_VIEW, "queue_entry")
        today = self.clock.today()
        start, end = self.clock.day_bounds(today)
        with self._db.read() as s:
            freed: dict[int, int] = dict(
                list(
                    s.execute(
                        select(Appointment.doctor_id, func.count())
                        .where(
                            Appointment.starts_at >= start,
                            Appointment.starts_at < end,
                            Appointment.status.in_(
                                (AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value)
                            ),
                        )
                        .group_by(Appointment.doctor_id)
                    )
                )
            )
            if not freed:
                return []
            loads = [x for x in self._reader.loads(s) if x[0].doctor_id in freed]
            scale = load_scale(s)
            walk_ins = self._reader.rows(
                s,
                [
                    QueueEntry.visit_date == today,
                    QueueEntry.status == QueueStatus.WAITING.value,
                    QueueEntry.source == VisitSource.WALK_IN.value,
                    QueueEntry.doctor_id.is_(None),
                ],
                scale,
                actor,
            )
        waiting = self._reader.ordered(walk_ins, self.clock.now())
        offers = []
        taken: set[int] = set()
        for load, doctor, dept in loads:
            if not (load.on_duty and load.registration_valid and load.load < load.daily_cap):
                continue
            pick = next(
                (r for r in waiting if r.id not in taken and r.department_id in (None, doctor.department_id)),
                None,
            )
            if pick is None:
                continue
            taken.add(pick.id)
            offers.append(
                (
                    DoctorSuggestion(
                        doctor.id,
                        doctor.full_name,
                        doctor.specialisation,
                        dept,
                        doctor.room,
                        load.waiting,
                        load.seen_today,
                        load.daily_cap,
                        False,
                    ),
                    pick,
                )
            )
        return offers

    def promote(self, actor: Actor, entry_id: int, doctor_id: int) -> QueueRow:
        """Give a waiting walk-in the capacity a cancellation or no-show freed on a doctor's list."""
        require(self._db, actor, Action.QUEUE_MANAGE, "queue_entry", entry_id)
        with self._db.write() as s:
            lock_doctor(s, doctor_id)  # two desks giving away the same freed place: one at a time
            entry = load_entry(s, entry_id)
            if entry.status != QueueStatus.WAITING.value or entry.source != VisitSource.WALK_IN.value:
                raise ValidationError({"status": "Only a waiting walk-in can be promoted."})
            doctor = active_doctor(s, doctor_id)
            entry.doctor_id = doctor.id
            entry.department_id = doctor.department_id
            entry.promoted_at = self.clock.now()
            s.flush()
            audit.record(s, actor, "queue.promote", "queue_entry", entry.id, {"doctor_id": doctor.id})
            mark(s, ChangeTopic.QUEUE)
            return self._reader.row_in(s, entry.id, actor)

    # --- waiting room and slips ------------------------------------------------------------------

    @read_retry
    def display_board(self, actor: Actor) -> DisplayBoard:
        """The waiting-room screen's data: token, initials and room only; nothing clinical."""
        require(self._db, actor, Action.QUEUE_VIEW, "queue_entry")
        today = self.clock.today()
        with self._db.read() as s:
            version = s.scalar(
                select(ChangeCounter.counter).where(ChangeCounter.topic == ChangeTopic.QUEUE.value)
            )
            clinic = clinic_row(s)
            called = s.execute(
                select(QueueEntry, Patient.first_name, Patient.last_name, Doctor.full_name)
                .join(Patient, Patient.id == QueueEntry.patient_id)
                .outerjoin(Doctor, Doctor.id == QueueEntry.doctor_id)
                .where(
                    QueueEntry.visit_date == today,
                    QueueEntry.status.in_((QueueStatus.CALLED.value, QueueStatus.IN_CONSULT.value)),
                    QueueEntry.called_at.is_not(None),
                )
                .order_by(QueueEntry.called_at.desc(), QueueEntry.id.desc())
                .limit(DISPLAY_CALLS)
            ).all()
            scale = load_scale(s)
            waiting_rows = self._reader.rows(
                s,
                [QueueEntry.visit_date == today, QueueEntry.status == QueueStatus.WAITING.value],
                scale,
                actor,
            )
        calls = [
            DisplayCall(
                token_label(q.token_series, q.token_no),
                qd.initials(first, last),
                q.room,
                doctor,
                q.triage_level,
                cast(dt.datetime, q.called_at),
            )
            for q, first, last, doctor in called
        ]
        waiting = self._reader.ordered(waiting_rows, self.clock.now())[:DISPLAY_WAITING]
        name = (clinic.trade_name or clinic.legal_name) if clinic else "Clinic"
        return DisplayBoard(
            name,
            calls,
            [(r.token_label, r.triage_level) for r in waiting],
            int(version or 0),
            self.clock.now(),
            clinic.local_language if clinic else None,
        )

    @read_retry
    def token_slip(self, actor: Actor, entry_id: int) -> TokenSlip:
        require(self._db, actor, Action.QUEUE_VIEW, "queue_entry", entry_id)
        with self._db.read() as s:
            row = self._reader.row_in(s, entry_id, actor)
            patient = s.get(Patient, row.patient_id)
            clinic = clinic_row(s)
            scale = {lv.level: lv for lv in load_scale(s)}
            ahead_rows = self._reader.rows(
                s,
                [
                    QueueEntry.visit_date == row.arrived_at.astimezone(self.clock.zone).date(),
                    QueueEntry.status == QueueStatus.WAITING.value,
                    QueueEntry.id != row.id,
                    *([QueueEntry.doctor_id == row.doctor_id] if row.doctor_id is not None else []),
                ],
                list(scale.values()),
                actor,
            )
        now = self.clock.now()
        mine = qd.sort_key(row.triage_level, row.arrived_at, row.target_min, now, row.id)
        ahead = sum(
            1 for r in ahead_rows if qd.sort_key(r.triage_level, r.arrived_at, r.target_min, now, r.id) < mine
        )
        level = scale.get(row.triage_level) if row.triage_level else None
        address = None
        if clinic is not None:
            address = (
                ", ".join(
                    x for x in (clinic.address_line1, clinic.address_line2, clinic.city, clinic.pin_code) if x
                )
                or None
            )
        return TokenSlip(
            clinic_name=(clinic.trade_name or clinic.legal_name) if clinic else "Clinic",
            clinic_address=address,
            clinic_phone=clinic.phone if clinic else None,
            token_label=row.token_label,
            patient_initials=qd.initials(patient.first_name, patient.last_name) if patient else "",
            patient_initials_latin=latin_initials(patient.first_name, patient.last_name) if patient else None,
            department_name=row.department_name,
            doctor_name=row.doctor_name,
            room=row.room,
            issued_at=row.arrived_at.astimezone(self.clock.zone),
            level=row.triage_level,
            level_label=level.label if level else None,
            target_min=level.target_min if level else None,
            waiting_ahead=ahead,
        )


def latin_initials(first_name: str, last_name: str | None) -> str | None:
    """'R. S.' for a name registered in an Indian script (राम शर्मा), None for a Latin one."""
    if not (has_indic(first_name) or has_indic(last_name)):
        return None
    return qd.initials(readable_latin(first_name), readable_latin(last_name) or None)
