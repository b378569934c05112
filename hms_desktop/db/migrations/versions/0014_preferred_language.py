"""The patient's preferred language for printed instructions (issue 17)

- ``patient.preferred_language``: a language code of resources/instructions ('hi', 'kn', ...); NULL
  (every patient registered before this) prints the instructions in English only, as before.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("patient", sa.Column("preferred_language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("patient") as batch_op:
        batch_op.drop_column("preferred_language")
