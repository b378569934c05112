"""The clinic's local language (issue 17)

- ``clinic_setting.local_language``: a language code of resources/instructions ('kn', 'hi'); the
  waiting-room display shows its headings in it beside English. NULL (every clinic until an
  administrator sets it: ``hms-desktop-admin settings set --local-language kn``): English only.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("clinic_setting", sa.Column("local_language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clinic_setting") as batch_op:
        batch_op.drop_column("local_language")
