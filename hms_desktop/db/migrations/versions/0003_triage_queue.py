"""Triage queue: the configurable five-colour scale, default triage rules, call and transfer details

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Manchester Triage System, the default scale (DOMAIN.md section 4); an admin may rename or retime it.
MANCHESTER = (
    ("red", "Immediate", 0),
    ("orange", "Very urgent", 10),
    ("yellow", "Urgent", 60),
    ("green", "Standard", 120),
    ("blue", "Non-urgent", 240),
)

# The starting rule table (presenting sign -> at least this level, and who should see them); it is
# data an admin edits, frozen here as it was when this revision shipped.
DEFAULT_RULES = (
    ("unconscious", "red", None),
    ("unresponsive", "red", None),
    ("not breathing", "red", None),
    ("seizure", "red", None),
    ("convulsion", "red", None),
    ("anaphylaxis", "red", None),
    ("chest pain", "orange", "Cardiologist"),
    ("breathless", "orange", None),
    ("shortness of breath", "orange", None),
    ("difficulty breathing", "orange", None),
    ("severe bleeding", "orange", None),
    ("slurred speech", "orange", None),
    ("head injury", "orange", None),
    ("poisoning", "orange", None),
    ("overdose", "orange", None),
    ("bleeding in pregnancy", "orange", "Gynaecologist"),
    ("labour pain", "orange", "Gynaecologist"),
    ("bleeding", "yellow", None),
    ("high fever", "yellow", None),
    ("vomiting", "yellow", None),
    ("burn", "yellow", None),
    ("fracture", "yellow", "Orthopaedic"),
    ("allergic reaction", "yellow", None),
    ("infant", "yellow", "Paediatrician"),
    ("rash", "green", "Dermatologist"),
    ("ear pain", "green", "ENT"),
    ("joint pain", "green", "Orthopaedic"),
    ("prescription refill", "blue", None),
    ("follow-up", "blue", None),
)


def upgrade() -> None:
    scale = op.create_table(
        "triage_scale_level",
        sa.Column("triage_level", sa.String(length=8), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("target_min", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "triage_level IN ('red', 'orange', 'yellow', 'green', 'blue')",
            name=op.f("ck_triage_scale_level_level"),
        ),
        sa.CheckConstraint("target_min BETWEEN 0 AND 1440", name=op.f("ck_triage_scale_level_target")),
        sa.PrimaryKeyConstraint("triage_level", name=op.f("pk_triage_scale_level")),
    )
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("called_by", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("call_count", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
        batch_op.add_column(sa.Column("promoted_at", sa.TIMESTAMP(), nullable=True))
        batch_op.add_column(sa.Column("status_note", sa.String(length=300), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_queue_entry_called_by"), "staff_user", ["called_by"], ["id"]
        )
    op.bulk_insert(
        scale,
        [
            {"triage_level": lv, "label": label, "target_min": m, "row_version": 1}
            for lv, label, m in MANCHESTER
        ],
    )
    rule = sa.table(
        "triage_rule",
        sa.column("keyword", sa.String),
        sa.column("min_level", sa.String),
        sa.column("specialisation", sa.String),
        sa.column("is_active", sa.Boolean),
    )
    op.bulk_insert(
        rule,
        [
            {"keyword": k, "min_level": lv, "specialisation": sp, "is_active": True}
            for k, lv, sp in DEFAULT_RULES
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("queue_entry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_queue_entry_called_by"), type_="foreignkey")
        batch_op.drop_column("status_note")
        batch_op.drop_column("promoted_at")
        batch_op.drop_column("call_count")
        batch_op.drop_column("called_by")
    op.drop_table("triage_scale_level")
