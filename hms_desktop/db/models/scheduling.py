"""Appointments, today's queue (visits with vitals and triage), triage rules and the change counter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.db.models._common import created, one_of, pk
from hms_desktop.db.models.clinic import Doctor
from hms_desktop.db.models.patients import Patient
from hms_desktop.domain.enums import AppointmentStatus, QueueStatus, TriageLevel, VisitSource

ACVPU = ("A", "C", "V", "P", "U")


class Appointment(Base):
    """A booking of one slot.

    ``slot_key`` is the double-booking guard: '<doctor id>@<UTC start YYYYMMDDHHMM>' while the booking
    holds the slot, NULL once cancelled or a no-show. A single-column unique key allows many NULLs on
    SQLite, PostgreSQL and Oracle alike, unlike a composite key (Oracle treats partly-NULL keys as equal).
    """

    __tablename__ = "appointment"
    __table_args__ = (
        one_of("status", tuple(s.value for s in AppointmentStatus), "status"),
        CheckConstraint("ends_at > starts_at", name="ends_after"),
        Index("ix_appointment_doc_start", "doctor_id", "starts_at"),
        Index("ix_appointment_pat_start", "patient_id", "starts_at"),
    )

    id: Mapped[int] = pk()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctor.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(Str(12), default=AppointmentStatus.BOOKED.value)
    slot_key: Mapped[str | None] = mapped_column(Str(40), unique=True)
    reason: Mapped[str | None] = mapped_column(Str(300))
    cancel_reason: Mapped[str | None] = mapped_column(Str(300))
    rescheduled_from_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    booked_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[dt.datetime] = created()
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    patient: Mapped[Patient] = relationship()
    doctor: Mapped[Doctor] = relationship()

    __mapper_args__ = {"version_id_col": row_version}

    @staticmethod
    def make_slot_key(doctor_id: int, starts_at: dt.datetime) -> str:
        return f"{doctor_id}@{starts_at.astimezone(dt.UTC):%Y%m%d%H%M}"


class QueueEntry(Base):
    """One visit in a day's queue, walk-in or checked-in appointment, with its triage and vitals."""

    __tablename__ = "queue_entry"
    __table_args__ = (
        one_of("status", tuple(s.value for s in QueueStatus), "status"),
        one_of("source", tuple(s.value for s in VisitSource), "source"),
        one_of("triage_level", tuple(t.value for t in TriageLevel), "triage"),
        one_of("consciousness", ACVPU, "acvpu"),
        CheckConstraint("pain_score BETWEEN 0 AND 10", name="pain"),
        UniqueConstraint("visit_date", "token_series", "token_no"),
        Index("ix_queue_entry_day_status", "visit_date", "status"),
    )

    id: Mapped[int] = pk()
    visit_date: Mapped[dt.date] = mapped_column(Date)
    token_series: Mapped[str] = mapped_column(Str(8), default="ALL")
    token_no: Mapped[int] = mapped_column(Integer)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    doctor_id: Mapped[int | None] = mapped_column(ForeignKey("doctor.id"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), unique=True)
    source: Mapped[str] = mapped_column(Str(12))
    status: Mapped[str] = mapped_column(Str(12), default=QueueStatus.WAITING.value)
    chief_complaint: Mapped[str | None] = mapped_column(Str(500))
    triage_level: Mapped[str | None] = mapped_column(Str(8))
    suggested_level: Mapped[str | None] = mapped_column(Str(8))
    override_reason: Mapped[str | None] = mapped_column(Str(300))
    news2_score: Mapped[int | None] = mapped_column(Integer)
    arrived_at: Mapped[dt.datetime] = created()
    called_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    consult_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    done_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    room: Mapped[str | None] = mapped_column(Str(20))
    transferred_from_id: Mapped[int | None] = mapped_column(ForeignKey("queue_entry.id"))
    # vitals recorded at triage
    resp_rate: Mapped[int | None] = mapped_column(Integer)
    spo2: Mapped[int | None] = mapped_column(Integer)
    on_oxygen: Mapped[bool | None] = mapped_column(Boolean)
    hypercapnic: Mapped[bool | None] = mapped_column(Boolean)
    systolic_bp: Mapped[int | None] = mapped_column(Integer)
    diastolic_bp: Mapped[int | None] = mapped_column(Integer)
    pulse: Mapped[int | None] = mapped_column(Integer)
    temperature_c: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    consciousness: Mapped[str | None] = mapped_column(Str(1))
    pain_score: Mapped[int | None] = mapped_column(Integer)
    glucose_mgdl: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    is_pregnant: Mapped[bool | None] = mapped_column(Boolean)
    triaged_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    triaged_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    called_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    call_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    promoted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    status_note: Mapped[str | None] = mapped_column(Str(300))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    patient: Mapped[Patient] = relationship()

    __mapper_args__ = {"version_id_col": row_version}


class TriageRule(Base):
    """Admin-editable rule: a presenting sign keyword suggests at least ``min_level``."""

    __tablename__ = "triage_rule"
    __table_args__ = (one_of("min_level", tuple(t.value for t in TriageLevel), "level"),)

    id: Mapped[int] = pk()
    keyword: Mapped[str] = mapped_column(Str(80), unique=True)
    min_level: Mapped[str] = mapped_column(Str(8))
    specialisation: Mapped[str | None] = mapped_column(Str(80))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class TriageScaleLevel(Base):
    """One colour of the clinic's five-level triage scale: its name and target time (admin-editable)."""

    __tablename__ = "triage_scale"  # 0006: "triage_scale_level_triage_level" is a 31-byte bind
    __table_args__ = (
        one_of("triage_level", tuple(t.value for t in TriageLevel), "level"),
        CheckConstraint("target_min BETWEEN 0 AND 1440", name="target"),
    )

    triage_level: Mapped[str] = mapped_column(Str(8), primary_key=True)  # LEVEL is reserved in Oracle
    label: Mapped[str] = mapped_column(Str(40))
    target_min: Mapped[int] = mapped_column(Integer)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}


class ChangeCounter(Base):
    """A counter per topic ('queue', 'appointments'...) bumped by every write; desks poll it cheaply."""

    __tablename__ = "change_counter"

    topic: Mapped[str] = mapped_column(Str(30), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
