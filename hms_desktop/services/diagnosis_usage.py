"""Which ICD-10 codes this clinic uses, and which this doctor used lately: the diagnosis search ranks them
after the shipped list of common primary-care codes (``domain.icd10``, issue 14).

Only codes and counts leave the database (no patient, no consultation), and only for an actor who may
read clinical records. Completed and draft consultations both count: a draft's diagnosis is what the
doctor chose, and the search is about what doctors choose.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Consultation, Diagnosis
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.permissions import Action
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require

CLINIC_CODES = 300  # the most used codes kept for ranking: more would only reorder the long tail
RECENT_CODES = 50
CLINIC_DAYS = 365  # a year of use: a clinic's pattern changes with its doctors and seasons


@dataclasses.dataclass(frozen=True)
class DiagnosisUsage:
    counts: dict[str, int]  # ICD-10 code -> times used in the clinic in the last CLINIC_DAYS
    recent: tuple[str, ...]  # this doctor's codes, most recently used first

    @classmethod
    def empty(cls) -> DiagnosisUsage:
        return cls({}, ())


class DiagnosisUsageService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    @read_retry
    def usage(
        self, actor: Actor, doctor_id: int | None = None, *, now: dt.datetime | None = None
    ) -> DiagnosisUsage:
        """The clinic's code counts and ``doctor_id``'s (default: the actor's) recent codes."""
        require(self._db, actor, Action.CLINICAL_VIEW, "diagnosis")
        doctor = doctor_id if doctor_id is not None else actor.doctor_id
        since = (now or self.clock.now()) - dt.timedelta(days=CLINIC_DAYS)
        with self._db.read() as s:
            used = func.count(Diagnosis.id).label("uses")
            counts = {
                str(code): int(n)
                for code, n in s.execute(
                    select(Diagnosis.icd10_code, used)
                    .join(Consultation, Consultation.id == Diagnosis.consultation_id)
                    .where(Diagnosis.icd10_code.is_not(None), Consultation.started_at >= since)
                    .group_by(Diagnosis.icd10_code)
                    .order_by(used.desc(), Diagnosis.icd10_code)
                    .limit(CLINIC_CODES)
                )
            }
            recent: tuple[str, ...] = ()
            if doctor is not None:
                last = func.max(Consultation.started_at).label("last_used")
                recent = tuple(
                    str(code)
                    for code, _at in s.execute(
                        select(Diagnosis.icd10_code, last)
                        .join(Consultation, Consultation.id == Diagnosis.consultation_id)
                        .where(Diagnosis.icd10_code.is_not(None), Consultation.doctor_id == doctor)
                        .group_by(Diagnosis.icd10_code)
                        .order_by(last.desc(), Diagnosis.icd10_code)
                        .limit(RECENT_CODES)
                    )
                )
        return DiagnosisUsage(counts, recent)
