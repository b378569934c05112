"""Who may read a patient's clinical record: the one rule every service that shows clinical data uses.

A doctor with an appointment (not cancelled), a queue visit or a consultation with the patient
('care'), or any clinician holding an unexpired break-the-glass grant ('glass'). Nobody else, whatever
their role: the role matrix decides who may ever read clinical data, this decides whose.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, ClinicalAccess, Consultation, Patient, QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import AppointmentStatus, AuditOutcome
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import NeedsBreakTheGlass, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.audit import record_separately
from hms_desktop.services.consultation_types import GLASS_HOURS, GLASS_REASON_MAX
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import check_account, require


def clinical_relationship(s: Session, actor: Actor, patient_id: int, now: dt.datetime) -> str | None:
    """'care', 'glass' or None."""
    doctor_id = actor.doctor_id
    if doctor_id is not None:
        for stmt in (
            select(QueueEntry.id).where(
                QueueEntry.patient_id == patient_id, QueueEntry.doctor_id == doctor_id
            ),
            select(Consultation.id).where(
                Consultation.patient_id == patient_id, Consultation.doctor_id == doctor_id
            ),
            select(Appointment.id).where(
                Appointment.patient_id == patient_id,
                Appointment.doctor_id == doctor_id,
                Appointment.status != AppointmentStatus.CANCELLED.value,
            ),
        ):
            if s.scalar(stmt.limit(1)) is not None:
                return "care"
    if actor.user_id is not None:
        grant = s.scalar(
            select(ClinicalAccess.id)
            .where(
                ClinicalAccess.user_id == actor.user_id,
                ClinicalAccess.patient_id == patient_id,
                ClinicalAccess.expires_at > now,
            )
            .limit(1)
        )
        if grant is not None:
            return "glass"
    return None


class ClinicalGate:
    """The clinical-access rule as the consultation's parts use it: why an actor may read a patient's
    record (or an audited refusal), breaking the glass, and the audit row of every view.

    One object, built by :class:`~hms_desktop.services.consultation.ConsultationService` and handed to
    the parts that show clinical content (its prescriptions)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self.clock = clock

    def relationship(self, s: Session, actor: Actor, patient_id: int) -> str | None:
        return clinical_relationship(s, actor, patient_id, self.clock.now())

    def why(self, actor: Actor, patient_id: int, action: Action = Action.CLINICAL_VIEW) -> str:
        """Why ``actor`` may read this patient's record, or PermissionDenied (audited).

        Checked before the caller's own unit of work: a refusal is audited in its own transaction,
        which on SQLite must not wait behind the caller's open write."""
        require(self._db, actor, action, "patient", patient_id)
        with self._db.read() as s:
            why = self.relationship(s, actor, patient_id)
        if why is None:
            record_separately(
                self._db, actor, f"{action.value}.no_relationship", AuditOutcome.DENIED, "patient", patient_id
            )
            raise NeedsBreakTheGlass(
                "This patient's records are confidential to the doctors treating them. In an emergency, "
                "use 'Break the glass' and give the reason: the access is recorded."
            )
        return why

    def can_view(self, actor: Actor, patient_id: int) -> bool:
        """Whether opening the record would be allowed (no audit row; for enabling a button)."""
        check_account(self._db, actor, "clinical.can_view")
        if not allowed(actor.role, Action.CLINICAL_VIEW):
            return False
        with self._db.read() as s:
            return self.relationship(s, actor, patient_id) is not None

    def break_glass(self, actor: Actor, patient_id: int, reason: str) -> dt.datetime:
        """Emergency access to another doctor's patient for ``GLASS_HOURS``; the reason is audited."""
        require(self._db, actor, Action.CLINICAL_BREAK_GLASS, "patient", patient_id)
        reason = clean_text(reason, "reason", GLASS_REASON_MAX) or ""
        if len(reason) < 10:
            raise ValidationError({"reason": "Say why you need this record (at least 10 characters)."})
        with self._db.write() as s:
            if s.get(Patient, patient_id) is None:
                raise NotFound(f"There is no patient {patient_id}.")
            expires = self.clock.now() + dt.timedelta(hours=GLASS_HOURS)
            s.add(
                ClinicalAccess(
                    user_id=actor.user_id, patient_id=patient_id, reason=reason, expires_at=expires
                )
            )
            s.flush()
            audit.record(
                s,
                actor,
                "clinical.break_glass",
                "patient",
                patient_id,
                {"reason": reason, "expires_at": expires},
            )
            return expires

    def viewed(
        self, s: Session, actor: Actor, patient_id: int, what: str, why: str, entity_id: object
    ) -> None:
        audit.record(s, actor, "clinical.view", what, entity_id, {"patient_id": patient_id, "access": why})

    def patient_of(self, column: Any, where: Any, what: str) -> int:
        """The patient a row belongs to (read before the gate), or NotFound."""
        with self._db.read() as s:
            patient_id = s.scalar(select(column).where(where))
        if patient_id is None:
            raise NotFound(f"There is no {what}.")
        return int(patient_id)
