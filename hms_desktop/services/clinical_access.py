"""Who may read a patient's clinical record: the one rule every service that shows clinical data uses.

A doctor with an appointment (not cancelled), a queue visit or a consultation with the patient
('care'), or any clinician holding an unexpired break-the-glass grant ('glass'). Nobody else, whatever
their role: the role matrix decides who may ever read clinical data, this decides whose.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.models import Appointment, ClinicalAccess, Consultation, QueueEntry
from hms_desktop.domain.enums import AppointmentStatus
from hms_desktop.services.context import Actor


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
