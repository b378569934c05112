"""The GST rate table a new clinic starts with (DOMAIN.md section 2), so billing works without demo data

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RATE = sa.table(
    "gst_rate",
    sa.column("tax_class", sa.String),
    sa.column("sac_hsn", sa.String),
    sa.column("effective_from", sa.Date),
    sa.column("rate_percent", sa.Numeric),
    sa.column("is_exempt", sa.Boolean),
    sa.column("note", sa.String),
)

# Frozen as shipped; an administrator adds rows with a later effective date when rates change.
ROWS = (
    (
        "HEALTH",
        "999312",
        dt.date(2017, 7, 1),
        0,
        True,
        "Health care services by a clinical establishment: exempt (Notification 12/2017-CT(R) entry 74)",
    ),
    ("MEDICINE", "3004", dt.date(2017, 7, 1), 12, False, "Medicaments, out-patient sale"),
    ("MEDICINE", "3004", dt.date(2025, 9, 22), 5, False, "Rate rationalisation from 22 Sep 2025"),
    ("COSMETIC", "999319", dt.date(2017, 7, 1), 18, False, "Cosmetic procedures (rate unconfirmed)"),
)


def upgrade() -> None:
    op.bulk_insert(
        RATE,
        [
            {
                "tax_class": c,
                "sac_hsn": code,
                "effective_from": start,
                "rate_percent": rate,
                "is_exempt": exempt,
                "note": note,
            }
            for c, code, start, rate, exempt, note in ROWS
        ],
    )


def downgrade() -> None:
    for c, _code, start, *_rest in ROWS:
        op.execute(RATE.delete().where(RATE.c.tax_class == c, RATE.c.effective_from == start))
