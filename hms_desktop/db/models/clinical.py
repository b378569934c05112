"""Confidential clinical records: consultations, coded diagnoses, prescriptions, drug list, access grants."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.db.models._common import created, one_of, pk


class Consultation(Base):
    __tablename__ = "consultation"
    __table_args__ = (one_of("status", ("draft", "completed"), "status"),)

    id: Mapped[int] = pk()
    queue_entry_id: Mapped[int | None] = mapped_column(ForeignKey("queue_entry.id"), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctor.id"), index=True)
    status: Mapped[str] = mapped_column(Str(10), default="draft")
    started_at: Mapped[dt.datetime] = created()
    completed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    chief_complaint: Mapped[str | None] = mapped_column(Str(500))
    # SOAP notes: free text, never sorted or compared, so CLOB on Oracle is fine
    subjective: Mapped[str | None] = mapped_column(Text)
    objective: Mapped[str | None] = mapped_column(Text)
    assessment: Mapped[str | None] = mapped_column(Text)
    plan: Mapped[str | None] = mapped_column(Text)
    advice: Mapped[str | None] = mapped_column(Text)  # printed, never sorted: a CLOB (0006)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    diagnoses: Mapped[list[Diagnosis]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": row_version}


class Diagnosis(Base):
    __tablename__ = "diagnosis"

    id: Mapped[int] = pk()
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    icd10_code: Mapped[str | None] = mapped_column(Str(10), index=True)
    description: Mapped[str] = mapped_column(Str(300))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    is_free_text: Mapped[bool] = mapped_column(Boolean, default=False)


class Prescription(Base):
    """An issued prescription. Never edited: an amendment is a new row that supersedes this one."""

    __tablename__ = "prescription"
    __table_args__ = (UniqueConstraint("consultation_id", "version_no"),)

    id: Mapped[int] = pk()
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctor.id"))
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("prescription.id"))
    issued_at: Mapped[dt.datetime] = created()
    content_sha256: Mapped[str] = mapped_column(Str(64))
    verify_code: Mapped[str] = mapped_column(Str(16), unique=True)
    paper_size: Mapped[str] = mapped_column(Str(4), default="A5")

    lines: Mapped[list[PrescriptionLine]] = relationship(order_by="PrescriptionLine.line_no")


class PrescriptionLine(Base):
    __tablename__ = "prescription_line"
    __table_args__ = (UniqueConstraint("prescription_id", "line_no"),)

    id: Mapped[int] = pk()
    prescription_id: Mapped[int] = mapped_column(ForeignKey("prescription.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    generic_name: Mapped[str] = mapped_column(Str(120))
    brand_name: Mapped[str | None] = mapped_column(Str(120))
    strength: Mapped[str | None] = mapped_column(Str(40))
    dosage_form: Mapped[str | None] = mapped_column(Str(40))
    dose: Mapped[str | None] = mapped_column(Str(40))
    route: Mapped[str | None] = mapped_column(Str(40))
    frequency: Mapped[str | None] = mapped_column(Str(40))
    sos_min_hours: Mapped[int | None] = mapped_column(Integer)
    duration_days: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    instructions: Mapped[str | None] = mapped_column(Str(255))


class Drug(Base):
    """The clinic's own drug list, growing as doctors prescribe."""

    __tablename__ = "drug"
    id: Mapped[int] = pk()
    # upper(generic)|strength|form, never NULL: a composite unique key over nullable columns
    # behaves differently on Oracle (partly-NULL keys collide) than on PostgreSQL and SQLite
    drug_key: Mapped[str] = mapped_column(Str(250), unique=True)
    generic_name: Mapped[str] = mapped_column(Str(120))
    brand_name: Mapped[str | None] = mapped_column(Str(120))
    strength: Mapped[str | None] = mapped_column(Str(40))
    dosage_form: Mapped[str | None] = mapped_column(Str(40))
    route: Mapped[str | None] = mapped_column(Str(40))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    @staticmethod
    def make_key(generic_name: str, strength: str | None, dosage_form: str | None) -> str:
        return "|".join(
            " ".join((part or "").upper().split()) for part in (generic_name, strength, dosage_form)
        )


@event.listens_for(Drug, "before_insert")
@event.listens_for(Drug, "before_update")
def _keep_drug_key(mapper: object, connection: object, target: Drug) -> None:
    target.drug_key = Drug.make_key(target.generic_name, target.strength, target.dosage_form)


class ClinicalAccess(Base):
    """'Break the glass': a doctor's audited emergency access to another doctor's patient."""

    __tablename__ = "clinical_access"

    id: Mapped[int] = pk()
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    reason: Mapped[str] = mapped_column(Str(500))
    granted_at: Mapped[dt.datetime] = created()
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class RxFavourite(Base):
    """A doctor's saved set of prescription lines ("URTI adult", "Gastritis"), inserted in two keys.

    A template, not a record: no patient, and the doctor may replace or delete it (audited)."""

    __tablename__ = "rx_favourite"
    __table_args__ = (UniqueConstraint("doctor_id", "name_key"),)

    id: Mapped[int] = pk()
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctor.id"), index=True)
    name: Mapped[str] = mapped_column(Str(60))
    name_key: Mapped[str] = mapped_column(Str(60))  # upper case, spaces collapsed: one name per doctor
    created_at: Mapped[dt.datetime] = created()

    lines: Mapped[list[RxFavouriteLine]] = relationship(
        order_by="RxFavouriteLine.line_no", cascade="all, delete-orphan"
    )


class RxFavouriteLine(Base):
    __tablename__ = "rx_favourite_line"
    __table_args__ = (UniqueConstraint("favourite_id", "line_no"),)

    id: Mapped[int] = pk()
    favourite_id: Mapped[int] = mapped_column(ForeignKey("rx_favourite.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    generic_name: Mapped[str] = mapped_column(Str(120))
    brand_name: Mapped[str | None] = mapped_column(Str(120))
    strength: Mapped[str | None] = mapped_column(Str(40))
    dosage_form: Mapped[str | None] = mapped_column(Str(40))
    dose: Mapped[str | None] = mapped_column(Str(40))
    route: Mapped[str | None] = mapped_column(Str(40))
    frequency: Mapped[str | None] = mapped_column(Str(40))
    sos_min_hours: Mapped[int | None] = mapped_column(Integer)
    duration_days: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))  # the doctor's own; None: computed
    instructions: Mapped[str | None] = mapped_column(Str(255))
