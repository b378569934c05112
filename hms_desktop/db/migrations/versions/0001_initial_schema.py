"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "billable_item",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("tax_class", sa.String(length=30), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('service', 'procedure', 'medicine')", name=op.f("ck_billable_item_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billable_item")),
        sa.UniqueConstraint("code", name=op.f("uq_billable_item_code")),
    )
    op.create_table(
        "change_counter",
        sa.Column("topic", sa.String(length=30), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.TIMESTAMP(), nullable=True),
        sa.PrimaryKeyConstraint("topic", name=op.f("pk_change_counter")),
    )
    op.create_table(
        "clinic_setting",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("trade_name", sa.String(length=200), nullable=True),
        sa.Column("address_line1", sa.String(length=200), nullable=True),
        sa.Column("address_line2", sa.String(length=200), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("state_name", sa.String(length=60), nullable=True),
        sa.Column("state_code", sa.String(length=2), nullable=True),
        sa.Column("pin_code", sa.String(length=6), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("gstin", sa.String(length=15), nullable=True),
        sa.Column("logo_path", sa.String(length=500), nullable=True),
        sa.Column("mrn_prefix", sa.String(length=6), nullable=False),
        sa.Column("time_zone", sa.String(length=40), nullable=False),
        sa.Column("token_per_dept", sa.Boolean(), nullable=False),
        sa.Column("idle_lock_min", sa.Integer(), nullable=False),
        sa.Column("discount_limit_pct", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("updated_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_clinic_setting_single")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_setting")),
    )
    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("opens_min", sa.Integer(), nullable=False),
        sa.Column("closes_min", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("closes_min > opens_min", name=op.f("ck_department_closes_after")),
        sa.CheckConstraint("opens_min >= 0 AND closes_min <= 1440", name=op.f("ck_department_hours_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("code", name=op.f("uq_department_code")),
        sa.UniqueConstraint("name", name=op.f("uq_department_name")),
    )
    op.create_table(
        "doc_series",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("doc_type", sa.String(length=16), nullable=False),
        sa.Column("fin_year", sa.String(length=7), nullable=False),
        sa.Column("prefix", sa.String(length=9), nullable=False),
        sa.Column("next_no", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "doc_type IN ('tax_invoice', 'bill_of_supply', 'inv_cum_bos', 'receipt', 'credit_note')",
            name=op.f("ck_doc_series_doc_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doc_series")),
        sa.UniqueConstraint("doc_type", "fin_year", name=op.f("uq_doc_series_doc_typ_551fbeea")),
    )
    op.create_table(
        "drug",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("drug_key", sa.String(length=250), nullable=False),
        sa.Column("generic_name", sa.String(length=120), nullable=False),
        sa.Column("brand_name", sa.String(length=120), nullable=True),
        sa.Column("strength", sa.String(length=40), nullable=True),
        sa.Column("dosage_form", sa.String(length=40), nullable=True),
        sa.Column("route", sa.String(length=40), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drug")),
        sa.UniqueConstraint("drug_key", name=op.f("uq_drug_drug_key")),
    )
    op.create_table(
        "email_outbox",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("created_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("to_addr", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=1000), nullable=True),
        sa.Column("next_try_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("sent_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("ref_entity", sa.String(length=40), nullable=True),
        sa.Column("ref_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('pending', 'sent', 'failed')", name=op.f("ck_email_outbox_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_outbox")),
    )
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_email_outbox_due", ["status", "next_try_at"], unique=False)

    op.create_table(
        "gst_rate",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("tax_class", sa.String(length=30), nullable=False),
        sa.Column("sac_hsn", sa.String(length=8), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("rate_percent", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("is_exempt", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.CheckConstraint("rate_percent >= 0 AND rate_percent <= 100", name=op.f("ck_gst_rate_rate")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gst_rate")),
        sa.UniqueConstraint("tax_class", "effective_from", name=op.f("uq_gst_rate_tax_class_e996aa3a")),
    )
    op.create_table(
        "patient",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("mrn", sa.String(length=20), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=True),
        sa.Column("first_key", sa.String(length=80), nullable=True),
        sa.Column("last_key", sa.String(length=80), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("dob_estimated", sa.Boolean(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("phone", sa.String(length=15), nullable=True),
        sa.Column("phone_rev", sa.String(length=15), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("address", sa.String(length=250), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("pin_code", sa.String(length=6), nullable=True),
        sa.Column("blood_group", sa.String(length=3), nullable=True),
        sa.Column("abha_number", sa.String(length=14), nullable=True),
        sa.Column("abha_address", sa.String(length=80), nullable=True),
        sa.Column("emergency_name", sa.String(length=120), nullable=True),
        sa.Column("emergency_phone", sa.String(length=15), nullable=True),
        sa.Column("allergies", sa.String(length=1000), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("sex IN ('M', 'F', 'O')", name=op.f("ck_patient_sex")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient")),
        sa.UniqueConstraint("mrn", name=op.f("uq_patient_mrn")),
    )
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patient_abha_number"), ["abha_number"], unique=False)
        batch_op.create_index("ix_patient_created", ["created_at", "id"], unique=False)
        batch_op.create_index("ix_patient_first_last", ["first_key", "last_key", "id"], unique=False)
        batch_op.create_index("ix_patient_last_first", ["last_key", "first_key", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_patient_phone_rev"), ["phone_rev"], unique=False)

    op.create_table(
        "triage_rule",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("keyword", sa.String(length=80), nullable=False),
        sa.Column("min_level", sa.String(length=8), nullable=False),
        sa.Column("specialisation", sa.String(length=80), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "min_level IN ('red', 'orange', 'yellow', 'green', 'blue')", name=op.f("ck_triage_rule_level")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage_rule")),
        sa.UniqueConstraint("keyword", name=op.f("uq_triage_rule_keyword")),
    )
    op.create_table(
        "doctor",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("qualifications", sa.String(length=200), nullable=False),
        sa.Column("specialisation", sa.String(length=80), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("reg_number", sa.String(length=40), nullable=False),
        sa.Column("reg_council", sa.String(length=120), nullable=True),
        sa.Column("reg_expiry", sa.Date(), nullable=False),
        sa.Column("consultation_fee", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("daily_cap", sa.Integer(), nullable=False),
        sa.Column("room", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("consultation_fee >= 0", name=op.f("ck_doctor_fee_nonneg")),
        sa.CheckConstraint("daily_cap > 0", name=op.f("ck_doctor_cap_positive")),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], name=op.f("fk_doctor_department_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doctor")),
        sa.UniqueConstraint("reg_number", name=op.f("uq_doctor_reg_number")),
    )
    with op.batch_alter_table("doctor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_doctor_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_doctor_specialisation"), ["specialisation"], unique=False)

    op.create_table(
        "doctor_leave",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(), nullable=False),
        sa.CheckConstraint("to_date >= from_date", name=op.f("ck_doctor_leave_range")),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_doctor_leave_doctor_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doctor_leave")),
    )
    with op.batch_alter_table("doctor_leave", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_doctor_leave_doctor_id"), ["doctor_id"], unique=False)

    op.create_table(
        "doctor_schedule",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_min", sa.Integer(), nullable=False),
        sa.Column("end_min", sa.Integer(), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_min > start_min", name=op.f("ck_doctor_schedule_end_after")),
        sa.CheckConstraint("slot_minutes BETWEEN 5 AND 240", name=op.f("ck_doctor_schedule_slot_len")),
        sa.CheckConstraint("start_min >= 0 AND end_min <= 1440", name=op.f("ck_doctor_schedule_mins")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_doctor_schedule_weekday")),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_doctor_schedule_doctor_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doctor_schedule")),
    )
    with op.batch_alter_table("doctor_schedule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_doctor_schedule_doctor_id"), ["doctor_id"], unique=False)

    op.create_table(
        "staff_user",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=True),
        sa.Column("last_login_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("pw_changed_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('admin', 'receptionist', 'nurse', 'doctor', 'cashier')", name=op.f("ck_staff_user_role")
        ),
        sa.CheckConstraint("status IN ('active', 'locked', 'disabled')", name=op.f("ck_staff_user_status")),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_staff_user_doctor_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_user")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_user_username")),
    )
    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_user_doctor_id"), ["doctor_id"], unique=False)

    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("ends_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("slot_key", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("cancel_reason", sa.String(length=300), nullable=True),
        sa.Column("rescheduled_from_id", sa.Integer(), nullable=True),
        sa.Column("booked_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')",
            name=op.f("ck_appointment_status"),
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_appointment_ends_after")),
        sa.ForeignKeyConstraint(["booked_by"], ["staff_user.id"], name=op.f("fk_appointment_booked_by")),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_appointment_doctor_id")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_appointment_patient_id")),
        sa.ForeignKeyConstraint(
            ["rescheduled_from_id"], ["appointment.id"], name=op.f("fk_appointment_resche_ac6829fe")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        sa.UniqueConstraint("slot_key", name=op.f("uq_appointment_slot_key")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index("ix_appointment_doc_start", ["doctor_id", "starts_at"], unique=False)
        batch_op.create_index("ix_appointment_pat_start", ["patient_id", "starts_at"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("occurred_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=60), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=True),
        sa.Column("entity_id", sa.String(length=40), nullable=True),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.CheckConstraint("outcome IN ('ok', 'denied', 'failed')", name=op.f("ck_audit_log_outcome")),
        sa.ForeignKeyConstraint(["user_id"], ["staff_user.id"], name=op.f("fk_audit_log_user_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user_id"), ["user_id"], unique=False)

    op.create_table(
        "clinical_access",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("granted_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("expires_at", sa.TIMESTAMP(), nullable=False),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_clinical_access_patient_id")),
        sa.ForeignKeyConstraint(["user_id"], ["staff_user.id"], name=op.f("fk_clinical_access_user_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinical_access")),
    )
    with op.batch_alter_table("clinical_access", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clinical_access_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clinical_access_user_id"), ["user_id"], unique=False)

    op.create_table(
        "day_close",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("expected_cash", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("counted_cash", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("expected_card", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("counted_card", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("expected_upi", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("counted_upi", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("difference", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("diff_reason", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["cashier_id"], ["staff_user.id"], name=op.f("fk_day_close_cashier_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_close")),
        sa.UniqueConstraint("cashier_id", "business_date", name=op.f("uq_day_close_cashier__9c729f90")),
    )
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("doc_type", sa.String(length=16), nullable=False),
        sa.Column("doc_number", sa.String(length=16), nullable=False),
        sa.Column("fin_year", sa.String(length=7), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=True),
        sa.Column("cashier_id", sa.Integer(), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_address", sa.String(length=300), nullable=True),
        sa.Column("recipient_gstin", sa.String(length=15), nullable=True),
        sa.Column("supply_state", sa.String(length=60), nullable=False),
        sa.Column("supply_state_code", sa.String(length=2), nullable=False),
        sa.Column("intra_state", sa.Boolean(), nullable=False),
        sa.Column("exempt_value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("taxable_value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("cgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("sgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("igst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("round_off", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("grand_total", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.Column("content_sha256", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "doc_type IN ('tax_invoice', 'bill_of_supply', 'inv_cum_bos')", name=op.f("ck_invoice_doc_type")
        ),
        sa.CheckConstraint("status IN ('issued', 'voided')", name=op.f("ck_invoice_status")),
        sa.ForeignKeyConstraint(["cashier_id"], ["staff_user.id"], name=op.f("fk_invoice_cashier_id")),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_invoice_doctor_id")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_invoice_patient_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("doc_number", name=op.f("uq_invoice_doc_number")),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_invoice_date"), ["invoice_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "credit_note",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("doc_number", sa.String(length=16), nullable=False),
        sa.Column("fin_year", sa.String(length=7), nullable=False),
        sa.Column("note_date", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("taxable_value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("exempt_value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("cgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("sgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("igst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("round_off", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("total", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("refund_mode", sa.String(length=6), nullable=True),
        sa.Column("is_void", sa.Boolean(), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("day_close_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["day_close_id"], ["day_close.id"], name=op.f("fk_credit_note_day_close_id")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_credit_note_invoice_id")),
        sa.ForeignKeyConstraint(["issued_by"], ["staff_user.id"], name=op.f("fk_credit_note_issued_by")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note")),
        sa.UniqueConstraint("doc_number", name=op.f("uq_credit_note_doc_number")),
    )
    with op.batch_alter_table("credit_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credit_note_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("sac_hsn", sa.String(length=8), nullable=True),
        sa.Column("batch_no", sa.String(length=30), nullable=True),
        sa.Column("expiry_on", sa.Date(), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("discount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("discount_reason", sa.String(length=200), nullable=True),
        sa.Column("taxable_value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("gst_rate", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("is_exempt", sa.Boolean(), nullable=False),
        sa.Column("cgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("sgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("igst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("line_total", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id")),
        sa.ForeignKeyConstraint(["item_id"], ["billable_item.id"], name=op.f("fk_invoice_line_item_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint("invoice_id", "line_no", name=op.f("uq_invoice_line_invoi_1ecddb60")),
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("receipt_number", sa.String(length=16), nullable=False),
        sa.Column("fin_year", sa.String(length=7), nullable=False),
        sa.Column("paid_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("pay_mode", sa.String(length=6), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("tendered", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("change_given", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("reference", sa.String(length=60), nullable=True),
        sa.Column("cashier_id", sa.Integer(), nullable=False),
        sa.Column("day_close_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("pay_mode IN ('cash', 'card', 'upi')", name=op.f("ck_payment_pay_mode")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payment_amount_pos")),
        sa.ForeignKeyConstraint(["cashier_id"], ["staff_user.id"], name=op.f("fk_payment_cashier_id")),
        sa.ForeignKeyConstraint(["day_close_id"], ["day_close.id"], name=op.f("fk_payment_day_close_id")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_payment_invoice_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("receipt_number", name=op.f("uq_payment_receipt_number")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_cashier_id"), ["cashier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_invoice_id"), ["invoice_id"], unique=False)

    op.create_table(
        "queue_entry",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("token_series", sa.String(length=8), nullable=False),
        sa.Column("token_no", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("doctor_id", sa.Integer(), nullable=True),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("chief_complaint", sa.String(length=500), nullable=True),
        sa.Column("triage_level", sa.String(length=8), nullable=True),
        sa.Column("suggested_level", sa.String(length=8), nullable=True),
        sa.Column("override_reason", sa.String(length=300), nullable=True),
        sa.Column("news2_score", sa.Integer(), nullable=True),
        sa.Column("arrived_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("called_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("consult_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("done_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("room", sa.String(length=20), nullable=True),
        sa.Column("transferred_from_id", sa.Integer(), nullable=True),
        sa.Column("resp_rate", sa.Integer(), nullable=True),
        sa.Column("spo2", sa.Integer(), nullable=True),
        sa.Column("on_oxygen", sa.Boolean(), nullable=True),
        sa.Column("hypercapnic", sa.Boolean(), nullable=True),
        sa.Column("systolic_bp", sa.Integer(), nullable=True),
        sa.Column("diastolic_bp", sa.Integer(), nullable=True),
        sa.Column("pulse", sa.Integer(), nullable=True),
        sa.Column("temperature_c", sa.Numeric(precision=4, scale=1), nullable=True),
        sa.Column("consciousness", sa.String(length=1), nullable=True),
        sa.Column("pain_score", sa.Integer(), nullable=True),
        sa.Column("glucose_mgdl", sa.Numeric(precision=6, scale=1), nullable=True),
        sa.Column("weight_kg", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("is_pregnant", sa.Boolean(), nullable=True),
        sa.Column("triaged_by", sa.Integer(), nullable=True),
        sa.Column("triaged_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("consciousness IN ('A', 'C', 'V', 'P', 'U')", name=op.f("ck_queue_entry_acvpu")),
        sa.CheckConstraint("source IN ('walk_in', 'appointment')", name=op.f("ck_queue_entry_source")),
        sa.CheckConstraint(
            "status IN ('waiting', 'called', 'in_consult', 'done', 'left', 'transferred')",
            name=op.f("ck_queue_entry_status"),
        ),
        sa.CheckConstraint(
            "triage_level IN ('red', 'orange', 'yellow', 'green', 'blue')", name=op.f("ck_queue_entry_triage")
        ),
        sa.CheckConstraint("pain_score BETWEEN 0 AND 10", name=op.f("ck_queue_entry_pain")),
        sa.ForeignKeyConstraint(
            ["appointment_id"], ["appointment.id"], name=op.f("fk_queue_entry_appointment_id")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"], name=op.f("fk_queue_entry_department_id")
        ),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_queue_entry_doctor_id")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_queue_entry_patient_id")),
        sa.ForeignKeyConstraint(
            ["transferred_from_id"], ["queue_entry.id"], name=op.f("fk_queue_entry_transf_b830c458")
        ),
        sa.ForeignKeyConstraint(["triaged_by"], ["staff_user.id"], name=op.f("fk_queue_entry_triaged_by")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_entry")),
        sa.UniqueConstraint("appointment_id", name=op.f("uq_queue_entry_appointment_id")),
        sa.UniqueConstraint(
            "visit_date", "token_series", "token_no", name=op.f("uq_queue_entry_visit__c82b798b")
        ),
    )
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.create_index("ix_queue_entry_day_status", ["visit_date", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_queue_entry_doctor_id"), ["doctor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_queue_entry_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "consultation",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("queue_entry_id", sa.Integer(), nullable=True),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("completed_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("chief_complaint", sa.String(length=500), nullable=True),
        sa.Column("subjective", sa.Text(), nullable=True),
        sa.Column("objective", sa.Text(), nullable=True),
        sa.Column("assessment", sa.Text(), nullable=True),
        sa.Column("plan", sa.Text(), nullable=True),
        # Text since 0006 (VARCHAR2(2000 CHAR) can need 8000 bytes); a new schema starts with the CLOB
        sa.Column("advice", sa.Text(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'completed')", name=op.f("ck_consultation_status")),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_consultation_doctor_id")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_consultation_patient_id")),
        sa.ForeignKeyConstraint(
            ["queue_entry_id"], ["queue_entry.id"], name=op.f("fk_consultation_queue_entry_id")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation")),
        sa.UniqueConstraint("queue_entry_id", name=op.f("uq_consultation_queue_entry_id")),
    )
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultation_doctor_id"), ["doctor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consultation_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "credit_note_line",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("credit_note_id", sa.Integer(), nullable=False),
        sa.Column("invoice_line_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("taxable_value", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("cgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("sgst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("igst", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_note_id"], ["credit_note.id"], name=op.f("fk_credit_note_line_c_fd0cc22b")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_line_id"], ["invoice_line.id"], name=op.f("fk_credit_note_line_i_3a1fe999")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note_line")),
    )
    with op.batch_alter_table("credit_note_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credit_note_line_c_db7e2abd"), ["credit_note_id"], unique=False)

    op.create_table(
        "pending_charge",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("queue_entry_id", sa.Integer(), nullable=True),
        sa.Column("doctor_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.TIMESTAMP(), nullable=False),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_pending_charge_doctor_id")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_pending_charge_invoice_id")),
        sa.ForeignKeyConstraint(["item_id"], ["billable_item.id"], name=op.f("fk_pending_charge_item_id")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_pending_charge_patient_id")),
        sa.ForeignKeyConstraint(
            ["queue_entry_id"], ["queue_entry.id"], name=op.f("fk_pending_charge_que_02ce51ed")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_charge")),
    )
    with op.batch_alter_table("pending_charge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pending_charge_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pending_charge_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "diagnosis",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("icd10_code", sa.String(length=10), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("is_free_text", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"], ["consultation.id"], name=op.f("fk_diagnosis_consultation_id")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diagnosis")),
    )
    with op.batch_alter_table("diagnosis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_diagnosis_consultation_id"), ["consultation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_diagnosis_icd10_code"), ["icd10_code"], unique=False)

    op.create_table(
        "prescription",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("verify_code", sa.String(length=16), nullable=False),
        sa.Column("paper_size", sa.String(length=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"], ["consultation.id"], name=op.f("fk_prescription_consu_3b09d3b4")
        ),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_prescription_doctor_id")),
        sa.ForeignKeyConstraint(["patient_id"], ["patient.id"], name=op.f("fk_prescription_patient_id")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["prescription.id"], name=op.f("fk_prescription_supersedes_id")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prescription")),
        sa.UniqueConstraint("consultation_id", "version_no", name=op.f("uq_prescription_consu_ff5b3204")),
        sa.UniqueConstraint("verify_code", name=op.f("uq_prescription_verify_code")),
    )
    with op.batch_alter_table("prescription", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prescription_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "prescription_line",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("prescription_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("generic_name", sa.String(length=120), nullable=False),
        sa.Column("brand_name", sa.String(length=120), nullable=True),
        sa.Column("strength", sa.String(length=40), nullable=True),
        sa.Column("dosage_form", sa.String(length=40), nullable=True),
        sa.Column("dose", sa.String(length=40), nullable=True),
        sa.Column("route", sa.String(length=40), nullable=True),
        sa.Column("frequency", sa.String(length=40), nullable=True),
        sa.Column("sos_min_hours", sa.Integer(), nullable=True),
        sa.Column("duration_days", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("instructions", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["prescription_id"], ["prescription.id"], name=op.f("fk_prescription_line__b32573ac")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prescription_line")),
        sa.UniqueConstraint("prescription_id", "line_no", name=op.f("uq_prescription_line__483d28c9")),
    )


def downgrade() -> None:

    op.drop_table("prescription_line")
    with op.batch_alter_table("prescription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prescription_patient_id"))

    op.drop_table("prescription")
    with op.batch_alter_table("diagnosis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diagnosis_icd10_code"))
        batch_op.drop_index(batch_op.f("ix_diagnosis_consultation_id"))

    op.drop_table("diagnosis")
    with op.batch_alter_table("pending_charge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_charge_patient_id"))
        batch_op.drop_index(batch_op.f("ix_pending_charge_invoice_id"))

    op.drop_table("pending_charge")
    with op.batch_alter_table("credit_note_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_note_line_c_db7e2abd"))

    op.drop_table("credit_note_line")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consultation_patient_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_doctor_id"))

    op.drop_table("consultation")
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_queue_entry_patient_id"))
        batch_op.drop_index(batch_op.f("ix_queue_entry_doctor_id"))
        batch_op.drop_index("ix_queue_entry_day_status")

    op.drop_table("queue_entry")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_payment_cashier_id"))

    op.drop_table("payment")
    op.drop_table("invoice_line")
    with op.batch_alter_table("credit_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_note_invoice_id"))

    op.drop_table("credit_note")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_patient_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_invoice_date"))

    op.drop_table("invoice")
    op.drop_table("day_close")
    with op.batch_alter_table("clinical_access", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinical_access_user_id"))
        batch_op.drop_index(batch_op.f("ix_clinical_access_patient_id"))

    op.drop_table("clinical_access")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_user_id"))
        batch_op.drop_index("ix_audit_log_entity")

    op.drop_table("audit_log")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_pat_start")
        batch_op.drop_index("ix_appointment_doc_start")

    op.drop_table("appointment")
    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_user_doctor_id"))

    op.drop_table("staff_user")
    with op.batch_alter_table("doctor_schedule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_doctor_schedule_doctor_id"))

    op.drop_table("doctor_schedule")
    with op.batch_alter_table("doctor_leave", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_doctor_leave_doctor_id"))

    op.drop_table("doctor_leave")
    with op.batch_alter_table("doctor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_doctor_specialisation"))
        batch_op.drop_index(batch_op.f("ix_doctor_department_id"))

    op.drop_table("doctor")
    op.drop_table("triage_rule")
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patient_phone_rev"))
        batch_op.drop_index("ix_patient_last_first")
        batch_op.drop_index("ix_patient_first_last")
        batch_op.drop_index("ix_patient_created")
        batch_op.drop_index(batch_op.f("ix_patient_abha_number"))

    op.drop_table("patient")
    op.drop_table("gst_rate")
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_email_outbox_due")

    op.drop_table("email_outbox")
    op.drop_table("drug")
    op.drop_table("doc_series")
    op.drop_table("department")
    op.drop_table("clinic_setting")
    op.drop_table("change_counter")
    op.drop_table("billable_item")
