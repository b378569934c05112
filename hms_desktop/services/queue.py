"""Today's queue: calling patients and moving them along (reading it is ``queue_read``, the waiting-room
feed and slips ``queue_board``; this service composes both).

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

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    ClinicSetting,
    Department,
    Doctor,
    QueueEntry,
)
from hms_desktop.domain import queue as qd
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, QueueStatus
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.domain.queue import token_label
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import ConcurrentChange, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, lock_doctor, lock_tokens, mark
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import refuse, require
from hms_desktop.services.queue_board import QueueBoard
from hms_desktop.services.queue_read import OPEN, QueueReader, active_doctor, load_entry
from hms_desktop.services.queue_types import (
    STATUS_NOTE_MAX,
    QueueRow,
    StillCalledError,
)
from hms_desktop.services.tokens import next_token
from hms_desktop.services.triage import (
    load_scale,
)


class QueueService:
    """The queue's service: the writes are here; it composes the reader (today's queue in order, a
    row as a viewer may see it, the doctors' loads) and the board (freed capacity, the waiting-room
    feed, the token slip), which share the clinic's clock, and exposes their methods."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()
        self.reader = QueueReader(db, self.clock)
        self.board = QueueBoard(db, self.clock, self.reader)
        self.row_in = self.reader.row_in
        # reading
        self.version = self.reader.version
        self.scale = self.reader.scale
        self.snapshot = self.reader.snapshot
        self.get = self.reader.get
        self.for_appointment = self.reader.for_appointment
        self.suggest_doctors = self.reader.suggest_doctors
        # freed capacity, the waiting room and slips
        self.capacity_offers = self.board.capacity_offers
        self.promote = self.board.promote
        self.display_board = self.board.display_board
        self.token_slip = self.board.token_slip

    def assign(
        self, actor: Actor, entry_id: int, doctor_id: int, expected_version: int | None = None
    ) -> QueueRow:
        """Put a waiting patient on a doctor's list (the desk accepted the suggestion or chose another)."""
        require(self._db, actor, Action.QUEUE_MANAGE, "queue_entry", entry_id)
        with self._db.write() as s:
            entry = load_entry(s, entry_id, expected_version)
            if entry.status != QueueStatus.WAITING.value:
                raise ValidationError({"status": "Only a waiting patient can be assigned to a doctor."})
            doctor = active_doctor(s, doctor_id)
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
            doctor = active_doctor(s, me)
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
            order = self.reader.call_order(s, load_scale(s), self.clock.now(), me, doctor.department_id)
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
            doctor = active_doctor(s, me)
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
            entry = load_entry(s, entry_id, expected_version)  # the entry's lock is all it needs
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
            old = load_entry(s, entry_id)
            if not allowed(actor.role, Action.QUEUE_MANAGE) and old.doctor_id != actor.doctor_id:
                raise refuse(
                    self._db, actor, "queue.transfer",
                    "Only the desk, or the doctor who has this patient, can transfer them.",
                    "queue_entry", entry_id, in_transaction=True,
                )  # fmt: skip
            if old.status not in OPEN:
                raise ValidationError({"status": "Only a patient still in the queue can be transferred."})
            doctor = active_doctor(s, doctor_id) if doctor_id is not None else None
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
