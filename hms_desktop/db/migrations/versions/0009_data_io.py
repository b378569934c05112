"""Data in and out: old-system ids, backup records

The patient's id in the clinic's previous system (``old_id``: unique when present, searched by the
desk, and the key that stops a re-run import creating anyone twice); ``import_run``, the checkpoint of
each import (committed with every batch, so an interrupted import continues where it stopped); and
``backup_run``, one row per backup attempt of the embedded database.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("patient", sa.Column("old_id", sa.String(length=40), nullable=True))
    op.create_index("ix_patient_old_id", "patient", ["old_id"], unique=True)
    op.create_table(
        "import_run",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_done", sa.Integer(), nullable=False),
        sa.Column("created_count", sa.Integer(), nullable=False),
        sa.Column("merged_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("finished_at", sa.TIMESTAMP(), nullable=True),
        sa.Column("started_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('patient', 'doctor', 'price')", name=op.f("ck_import_run_kind")),
        sa.CheckConstraint("status IN ('running', 'done', 'cancelled')", name=op.f("ck_import_run_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_run")),
    )
    op.create_index("ix_import_run_sha", "import_run", ["file_sha256", "kind", "id"], unique=False)
    op.create_table(
        "backup_run",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("created_at", sa.TIMESTAMP(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("file_path", sa.String(length=1000), nullable=True),
        sa.Column("byte_count", sa.BigInteger(), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("schema_rev", sa.String(length=32), nullable=True),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=True),
        sa.CheckConstraint("kind IN ('daily', 'quit', 'manual', 'restore')", name=op.f("ck_backup_run_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_run")),
    )
    op.create_index("ix_backup_run_ok", "backup_run", ["succeeded", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_backup_run_ok", table_name="backup_run")
    op.drop_table("backup_run")
    op.drop_index("ix_import_run_sha", table_name="import_run")
    op.drop_table("import_run")
    op.drop_index("ix_patient_old_id", table_name="patient")
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_column("old_id")
