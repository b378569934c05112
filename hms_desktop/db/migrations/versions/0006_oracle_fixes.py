"""Oracle-correct column sizes and names found by the independent Oracle grammar check

* ``consultation.advice`` was VARCHAR2(2000 CHAR): in AL32UTF8 that is up to 8,000 bytes, past the
  4,000-byte VARCHAR2 limit (ORA-12899 for advice typed in an Indic script). Advice is printed, never
  sorted or compared, so it becomes a CLOB like the SOAP notes. Oracle cannot change a VARCHAR2 into a
  CLOB in place (ORA-22858), so the column is added, copied, dropped and renamed, on every backend alike.
  (0001 now creates a CLOB already, so a new Oracle schema never has the over-long VARCHAR2; a schema
  migrated before this change gets it converted here, and a new one goes through the same harmless copy.)
* ``triage_scale_level`` becomes ``triage_scale``: the ORM's UPDATE binds its key as
  ``<table>_<column>``, and ``triage_scale_level_triage_level`` is 31 bytes, over Oracle's 30-byte bind
  name limit (ORA-00972).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVELS = "triage_level IN ('red', 'orange', 'yellow', 'green', 'blue')"


def _scale_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("triage_level", sa.String(length=8), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("target_min", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint(_LEVELS, name=op.f(f"ck_{name}_level")),
        sa.CheckConstraint("target_min BETWEEN 0 AND 1440", name=op.f(f"ck_{name}_target")),
        sa.PrimaryKeyConstraint("triage_level", name=op.f(f"pk_{name}")),
    )


def _copy_scale(source: str, target: str) -> None:
    op.execute(
        f"INSERT INTO {target} (triage_level, label, target_min, row_version) "
        f"SELECT triage_level, label, target_min, row_version FROM {source}"
    )
    op.drop_table(source)


def _move_advice(column_type: sa.types.TypeEngine[str]) -> None:
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("advice_new", column_type, nullable=True))
    op.execute("UPDATE consultation SET advice_new = advice")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_column("advice")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.alter_column("advice_new", new_column_name="advice", existing_type=column_type)


def upgrade() -> None:
    _move_advice(sa.Text())
    _scale_table("triage_scale")
    _copy_scale("triage_scale_level", "triage_scale")


def downgrade() -> None:
    _scale_table("triage_scale_level")
    _copy_scale("triage_scale", "triage_scale_level")
    _move_advice(sa.String(length=2000))
