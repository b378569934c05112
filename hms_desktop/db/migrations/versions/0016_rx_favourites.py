"""Favourite prescriptions per doctor (issue 15)

- ``rx_favourite``: a doctor's named set of prescription lines ("URTI adult"), one name per doctor.
- ``rx_favourite_line``: its lines, the prescription line's columns without a patient.

Templates, not records: the desk role may replace and delete them (the service audits each write).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rx_favourite",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("name_key", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.TIMESTAMP(timezone=False), nullable=False),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctor.id"], name=op.f("fk_rx_favourite_doctor_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rx_favourite")),
        sa.UniqueConstraint("doctor_id", "name_key", name=op.f("uq_rx_favourite_docto_bf238f12")),
    )
    op.create_index(op.f("ix_rx_favourite_doctor_id"), "rx_favourite", ["doctor_id"], unique=False)
    op.create_table(
        "rx_favourite_line",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("favourite_id", sa.Integer(), nullable=False),
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
            ["favourite_id"], ["rx_favourite.id"], name=op.f("fk_rx_favourite_line__b00ca9e0")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rx_favourite_line")),
        sa.UniqueConstraint("favourite_id", "line_no", name=op.f("uq_rx_favourite_line__3c06523b")),
    )
    op.create_index(
        op.f("ix_rx_favourite_line__b71006c3"), "rx_favourite_line", ["favourite_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_rx_favourite_line__b71006c3"), table_name="rx_favourite_line")
    op.drop_table("rx_favourite_line")
    op.drop_index(op.f("ix_rx_favourite_doctor_id"), table_name="rx_favourite")
    op.drop_table("rx_favourite")
