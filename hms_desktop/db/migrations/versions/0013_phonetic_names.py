"""Phonetic name keys: a patient registered in any Indian script is found by typing Latin (issue 17)

- ``patient.first_phonetic`` / ``last_phonetic``: the names' phonetic Latin keys
  (``domain.transliteration.phonetic_key``: "राम शर्मा", "ರಾಮ ಶರ್ಮ" and "Ram Sharma" all give
  "ram" / "sarm"), kept by the ORM on every insert and update like ``first_key`` / ``last_key``.
- ``ix_patient_phon_first_last`` / ``ix_patient_phon_last_first``: the same two orders as the
  plain name indexes, so search across scripts is the same keyset range scan.

Existing rows are keyed here when the migration runs against a database. The generated scripts in
sql/ cannot run Python: after running them on a database that already has patients, run
``hms-desktop-admin db rekey-names`` once (it also repairs keys after a change to the folding rules).

Only columns and indexes are added (op.add_column, no table rebuild: 0007's triggers stay).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_LENGTH = 120  # frozen: domain.transliteration.PHONETIC_KEY_LENGTH when this shipped


def upgrade() -> None:
    op.add_column("patient", sa.Column("first_phonetic", sa.String(length=KEY_LENGTH), nullable=True))
    op.add_column("patient", sa.Column("last_phonetic", sa.String(length=KEY_LENGTH), nullable=True))
    op.create_index(
        "ix_patient_phon_first_last", "patient", ["first_phonetic", "last_phonetic", "id"], unique=False
    )
    op.create_index(
        "ix_patient_phon_last_first", "patient", ["last_phonetic", "first_phonetic", "id"], unique=False
    )
    if not context.is_offline_mode():
        from hms_desktop.db.name_keys import rekey_patients

        rekey_patients(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_patient_phon_last_first", table_name="patient")
    op.drop_index("ix_patient_phon_first_last", table_name="patient")
    with op.batch_alter_table("patient") as batch_op:
        batch_op.drop_column("last_phonetic")
        batch_op.drop_column("first_phonetic")
