"""Clinic-correct rules: tax classes, allergy status, landlines, recipient fields

- ``gst_rate``: the tax classes a clinic's price list needs besides 0005's HEALTH (exempt), MEDICINE
  (12%, 5% from 22 Sep 2025) and COSMETIC (18%): NIL_MEDICINE (the life-saving drugs nil-rated from
  22 Sep 2025), MEDICINE_5 (medicines at 5% before and after the 2025 rationalisation) and
  OTHER_SVC (other taxable services at 18%, e.g. a fitness certificate for an employer). Rates keep
  their effective dates; an invoice keeps the rate of its date.
- ``patient``: ``allergy_status`` ('unknown' / 'nkda' / 'listed') with who confirmed it and when,
  and a separate ``landline``. Existing patients: a recorded allergy list becomes 'listed'; an empty
  one becomes 'unknown' ("not recorded") — nobody ever confirmed "no known allergies" for them.
- ``invoice``: the recipient's State as recorded (Rule 46(e), IGST Act s.10(1)(ca)) and the patient's
  name when a company is billed (Rule 46(d)); ``credit_note``: the recipient's name, address and State
  with code as printed (Rule 53(1A)(e)/(f)).

Only columns are added, nothing is dropped or rebuilt (0006/0007 change these tables at the same
time). The allergy-status CHECK is added on PostgreSQL and Oracle; SQLite cannot add a constraint
to an existing table without rebuilding it (which would drop 0007's triggers), so there the service's
validation is the guard.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
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
PATIENT = sa.table(
    "patient",
    sa.column("allergies", sa.String),
    sa.column("allergy_status", sa.String),
)

# Frozen as shipped (see 0005 for HEALTH, MEDICINE and COSMETIC).
ROWS = (
    (
        "NIL_MEDICINE",
        "3004",
        dt.date(2025, 9, 22),
        0,
        False,
        "Life-saving drugs nil-rated from 22 Sep 2025 (56th GST Council); nil-rated, not exempt",
    ),
    ("MEDICINE_5", "3004", dt.date(2017, 7, 1), 5, False, "Medicaments at 5% (Schedule I)"),
    ("OTHER_SVC", "999799", dt.date(2017, 7, 1), 18, False, "Other taxable services (18%)"),
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
    op.add_column(
        "patient",
        sa.Column("allergy_status", sa.String(length=8), server_default="unknown", nullable=False),
    )
    op.add_column("patient", sa.Column("allergy_by", sa.Integer(), nullable=True))
    op.add_column("patient", sa.Column("allergy_at", sa.TIMESTAMP(), nullable=True))
    op.add_column("patient", sa.Column("landline", sa.String(length=16), nullable=True))
    op.execute(PATIENT.update().where(PATIENT.c.allergies.is_not(None)).values(allergy_status="listed"))
    if op.get_bind().dialect.name != "sqlite":
        op.create_check_constraint(
            op.f("ck_patient_allergy_status"),
            "patient",
            "allergy_status IN ('unknown', 'nkda', 'listed')",
        )
    op.add_column("invoice", sa.Column("recipient_state_code", sa.String(length=2), nullable=True))
    op.add_column("invoice", sa.Column("patient_name", sa.String(length=200), nullable=True))
    op.add_column("credit_note", sa.Column("recipient_name", sa.String(length=200), nullable=True))
    op.add_column("credit_note", sa.Column("recipient_address", sa.String(length=300), nullable=True))
    op.add_column("credit_note", sa.Column("recipient_state_code", sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("credit_note") as batch:
        for name in ("recipient_state_code", "recipient_address", "recipient_name"):
            batch.drop_column(name)
    with op.batch_alter_table("invoice") as batch:
        for name in ("patient_name", "recipient_state_code"):
            batch.drop_column(name)
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_patient_allergy_status"), "patient", type_="check")
    with op.batch_alter_table("patient") as batch:
        for name in ("landline", "allergy_at", "allergy_by", "allergy_status"):
            batch.drop_column(name)
    for c, _code, start, *_rest in ROWS:
        op.execute(RATE.delete().where(RATE.c.tax_class == c, RATE.c.effective_from == start))
