"""Clinic organisation: settings, departments, doctors with schedules and leave, staff accounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, LargeBinary, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.db.models._common import created, money, one_of, pk
from hms_desktop.domain.enums import Role, UserStatus


class ClinicSetting(Base):
    """The clinic's legal identity and defaults: exactly one row (id = 1)."""

    __tablename__ = "clinic_setting"
    __table_args__ = (CheckConstraint("id = 1", name="single"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    legal_name: Mapped[str] = mapped_column(Str(200))
    trade_name: Mapped[str | None] = mapped_column(Str(200))
    address_line1: Mapped[str | None] = mapped_column(Str(200))
    address_line2: Mapped[str | None] = mapped_column(Str(200))
    city: Mapped[str | None] = mapped_column(Str(80))
    state_name: Mapped[str | None] = mapped_column(Str(60))
    state_code: Mapped[str | None] = mapped_column(Str(2))
    pin_code: Mapped[str | None] = mapped_column(Str(6))
    phone: Mapped[str | None] = mapped_column(Str(20))
    email: Mapped[str | None] = mapped_column(Str(120))
    gstin: Mapped[str | None] = mapped_column(Str(15))
    logo_path: Mapped[str | None] = mapped_column(Str(500))
    # migration 0011: the logo itself (a scaled PNG, so every desk prints it, not only the one whose
    # disk holds logo_path), the Clinical Establishments Act registration and the UPI ID for QR codes
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    estab_reg_no: Mapped[str | None] = mapped_column(Str(60))
    upi_vpa: Mapped[str | None] = mapped_column(Str(100))
    mrn_prefix: Mapped[str] = mapped_column(Str(6), default="HMS")
    time_zone: Mapped[str] = mapped_column(Str(40), default="Asia/Kolkata")
    token_per_dept: Mapped[bool] = mapped_column(Boolean, default=False)
    idle_lock_min: Mapped[int] = mapped_column(Integer, default=10)
    discount_limit_pct: Mapped[Decimal] = money(default=Decimal("10.00"))
    # migration 0012: how many days before today an invoice may be dated (0: today only); each
    # back-dated invoice carries its reason in the audit trail (services.invoice_dates)
    backdate_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # migration 0015: the clinic's local language ('kn', 'hi'): the waiting-room headings in it beside
    # English (Clinical Establishments Rules: local language and English); NULL: English only
    local_language: Mapped[str | None] = mapped_column(Str(8))
    # migration 0017: how many days a consultation's local draft (a doctor's unsaved notes, on the
    # desk's disk) is kept when nobody comes back to it (gui/tabs/consult/drafts.py)
    draft_keep_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    # outgoing mail; the SMTP password is kept in the OS keychain, never here
    smtp_host: Mapped[str | None] = mapped_column(Str(200))
    smtp_port: Mapped[int | None] = mapped_column(Integer)
    smtp_tls: Mapped[str | None] = mapped_column(Str(8))
    smtp_user: Mapped[str | None] = mapped_column(Str(120))
    smtp_from: Mapped[str | None] = mapped_column(Str(254))
    updated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}


class Department(Base):
    """A department with operating hours stored as minutes after local midnight (portable, no TIME type)."""

    __tablename__ = "department"
    __table_args__ = (
        CheckConstraint("opens_min >= 0 AND closes_min <= 1440", name="hours_range"),
        CheckConstraint("closes_min > opens_min", name="closes_after"),
    )

    id: Mapped[int] = pk()
    name: Mapped[str] = mapped_column(Str(80), unique=True)
    code: Mapped[str] = mapped_column(Str(8), unique=True)
    opens_min: Mapped[int] = mapped_column(Integer)
    closes_min: Mapped[int] = mapped_column(Integer)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    doctors: Mapped[list[Doctor]] = relationship(back_populates="department")

    __mapper_args__ = {"version_id_col": row_version}


class Doctor(Base):
    __tablename__ = "doctor"
    __table_args__ = (
        CheckConstraint("daily_cap > 0", name="cap_positive"),
        CheckConstraint("consultation_fee >= 0", name="fee_nonneg"),
    )

    id: Mapped[int] = pk()
    full_name: Mapped[str] = mapped_column(Str(120))
    qualifications: Mapped[str] = mapped_column(Str(200))
    specialisation: Mapped[str] = mapped_column(Str(80), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    reg_number: Mapped[str] = mapped_column(Str(40), unique=True)
    reg_council: Mapped[str | None] = mapped_column(Str(120))
    reg_expiry: Mapped[dt.date] = mapped_column(Date)
    consultation_fee: Mapped[Decimal] = money()
    daily_cap: Mapped[int] = mapped_column(Integer, default=12)
    room: Mapped[str | None] = mapped_column(Str(20))
    phone: Mapped[str | None] = mapped_column(Str(20))
    email: Mapped[str | None] = mapped_column(Str(120))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    department: Mapped[Department] = relationship(back_populates="doctors")
    schedules: Mapped[list[DoctorSchedule]] = relationship(
        back_populates="doctor", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": row_version}


class DoctorSchedule(Base):
    """One weekly session: weekday 0=Monday, minutes after local midnight, slot length."""

    __tablename__ = "doctor_schedule"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("end_min > start_min", name="end_after"),
        CheckConstraint("start_min >= 0 AND end_min <= 1440", name="mins"),
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_len"),
    )

    id: Mapped[int] = pk()
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctor.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=15)

    doctor: Mapped[Doctor] = relationship(back_populates="schedules")


class DoctorLeave(Base):
    __tablename__ = "doctor_leave"
    __table_args__ = (CheckConstraint("to_date >= from_date", name="range"),)

    id: Mapped[int] = pk()
    doctor_id: Mapped[int] = mapped_column(ForeignKey("doctor.id"), index=True)
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Str(200))
    created_at: Mapped[dt.datetime] = created()


class StaffUser(Base):
    __tablename__ = "staff_user"
    __table_args__ = (
        one_of("role", tuple(r.value for r in Role), "role"),
        one_of("status", tuple(s.value for s in UserStatus), "status"),
    )

    id: Mapped[int] = pk()
    username: Mapped[str] = mapped_column(Str(60), unique=True)
    full_name: Mapped[str] = mapped_column(Str(120))
    password_hash: Mapped[str] = mapped_column(Str(255))
    role: Mapped[str] = mapped_column(Str(20))
    status: Mapped[str] = mapped_column(Str(10), default=UserStatus.ACTIVE.value)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    doctor_id: Mapped[int | None] = mapped_column(ForeignKey("doctor.id"), index=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    pw_changed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    # migration 0011: set by an administrator's reset; the user must choose a new one at sign-in
    pw_must_change: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = created()
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": row_version}
