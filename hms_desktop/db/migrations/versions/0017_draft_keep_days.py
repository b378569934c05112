"""How long a consultation's local draft is kept (issue 12)

- ``clinic_setting.draft_keep_days``: a draft of a consultation's notes that nobody came back to (the
  consultation was finished at another desk, the desk was moved) is removed from the desk's disk after
  this many days (1 to 90; 7 until an administrator changes it in Settings > Clinic or with
  ``hms-desktop-admin settings set --draft-keep-days N``). Drafts hold a patient's notes.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_setting") as batch_op:
        batch_op.add_column(
            sa.Column("draft_keep_days", sa.Integer(), server_default=sa.text("7"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("clinic_setting") as batch_op:
        batch_op.drop_column("draft_keep_days")
