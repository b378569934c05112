"""Quick walk-in: register the patient and put their visit in today's queue, in one transaction.

Tokens run per day: one series 'ALL', or one per department code when the clinic chose
``token_per_dept``. The next token is ``max + 1`` under the unique key (visit_date, token_series,
token_no): SQLite serialises writers (``BEGIN IMMEDIATE``); on a server two desks may read the same
max, so the unit of work first takes the token lock (``changes.lock_tokens``), whose row lock
serialises token allocation until commit; should two desks still collide (the lock row's first
insert), the unique key rejects the loser and the whole unit of work is retried.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import ClinicSetting, Department, QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import QueueStatus, VisitSource
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import DuplicateRecord, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, lock_tokens, mark
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require
from hms_desktop.services.patient_records import insert_patient
from hms_desktop.services.patients import PatientService, stamp_allergies, validate
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.tokens import next_token
from hms_desktop.services.visits_types import WalkInInput, WalkInResult

TOKEN_ATTEMPTS = 6


class VisitService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()
        self._patients = PatientService(db, self.clock)

    def register_walk_in(self, actor: Actor, data: WalkInInput) -> WalkInResult:
        require(self._db, actor, Action.PATIENT_REGISTER, "patient")
        require(self._db, actor, Action.QUEUE_MANAGE, "queue_entry")
        today = self.clock.today()
        values, warnings = validate(
            PatientInput(
                first_name=data.first_name,
                last_name=data.last_name,
                sex=data.sex,
                age_years=data.age_years,
                phone=data.phone,
                allergy_status=data.allergy_status,
                allergies=data.allergies,
            ),
            today,
        )
        stamp_allergies(values, actor, None, None, self.clock.now())
        if data.age_years is None:
            raise ValidationError({"age_years": "Enter the age."})
        complaint = (data.complaint or "").strip() or None
        if complaint and len(complaint) > 500:
            raise ValidationError({"complaint": "At most 500 characters."})
        for attempt in range(TOKEN_ATTEMPTS):
            try:
                with self._db.write() as s:
                    series = self._series(s, data.department_id)
                    p = insert_patient(s, actor, values)
                    # the token lock only now, after the patient's rows: on a server it is the
                    # mutex that makes max + 1 safe, and every desk handing out a token waits for
                    # it, so it is held for the token and the entry alone; the unique key and the
                    # retry back it up
                    lock_tokens(s)
                    mark(s, ChangeTopic.QUEUE)
                    token = next_token(s, today, series)
                    entry = QueueEntry(
                        visit_date=today,
                        token_series=series,
                        token_no=token,
                        patient_id=p.id,
                        department_id=data.department_id,
                        source=VisitSource.WALK_IN.value,
                        status=QueueStatus.WAITING.value,
                        chief_complaint=complaint,
                    )
                    s.add(entry)
                    s.flush()
                    audit.record(
                        s,
                        actor,
                        "queue.walk_in",
                        "queue_entry",
                        entry.id,
                        {"patient_id": p.id, "token": f"{series}-{token}"},
                    )
                    detail = self._patients._detail(p, warnings)
                    return WalkInResult(detail, entry.id, token, series)
            except DuplicateRecord:
                # another desk took this token (or created the counter row) first: start again
                if attempt == TOKEN_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _series(self, s: Session, department_id: int | None) -> str:
        if department_id is None:
            return "ALL"
        dept = s.get(Department, department_id)
        if dept is None:
            raise NotFound(f"There is no department with id {department_id}.")
        per_dept = clinic_value(s, ClinicSetting.token_per_dept)
        return dept.code if per_dept else "ALL"
