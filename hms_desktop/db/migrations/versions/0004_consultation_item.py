"""The 'CONSULT' price-list item a completed consultation charges (at the doctor's own fee)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ITEM = sa.table(
    "billable_item",
    sa.column("code", sa.String),
    sa.column("name", sa.String),
    sa.column("kind", sa.String),
    sa.column("tax_class", sa.String),
    sa.column("unit_price", sa.Numeric),
    sa.column("unit", sa.String),
    sa.column("is_active", sa.Boolean),
)


def upgrade() -> None:
    # health care services by a clinic are exempt from GST (DOMAIN.md section 2): tax class HEALTH
    op.bulk_insert(
        ITEM,
        [{"code": "CONSULT", "name": "Consultation", "kind": "service", "tax_class": "HEALTH",
          "unit_price": 0, "unit": "VISIT", "is_active": True}],
    )  # fmt: skip


def downgrade() -> None:
    op.execute(ITEM.delete().where(ITEM.c.code == "CONSULT"))
