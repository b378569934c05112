"""SMTP settings on clinic_setting (the password stays in the OS keychain)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_setting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("smtp_host", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("smtp_port", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("smtp_tls", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("smtp_user", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("smtp_from", sa.String(length=254), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clinic_setting", schema=None) as batch_op:
        batch_op.drop_column("smtp_from")
        batch_op.drop_column("smtp_user")
        batch_op.drop_column("smtp_tls")
        batch_op.drop_column("smtp_port")
        batch_op.drop_column("smtp_host")
