"""The clinic's back-dating allowance; reopenings of a closed day become append-only

- ``clinic_setting.backdate_days``: how many days before today a cashier may date an invoice (0, the
  default: today only). Until now it was a constructor argument of the billing service that no
  screen or command could set; an administrator now sets it (Settings > Clinic, or
  ``hms-desktop-admin settings set --backdate-days N``), and every back-dated invoice still needs a
  reason, which the audit trail keeps.
- ``day_reopen`` joins the append-only tables of 0007: a reopening is the record of why a cashier's
  signed-off day was set aside, so like the close it sets aside it is never changed or deleted
  (UPDATE/DELETE refused by triggers on every backend, TRUNCATE on PostgreSQL and Oracle; the desk
  role's grants follow from ``db.protection.APPEND_ONLY``).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 0007 is as frozen as this file: its table lists, its TAG and its way of running backend DDL are reused
_0007 = importlib.import_module("hms_desktop.db.migrations.versions.0007_protect")
TAG: str = _0007.TAG
TABLE = "day_reopen"
# 0007's TRUNCATE guard on Oracle names its tables; it is created again with day_reopen added
ORA_TRUNCATE_GUARDED: tuple[str, ...] = (*_0007.APPEND_ONLY, *_0007.GUARDED)
_dialect = _0007._dialect
_ddl = _0007._ddl


def _ora_truncate(names: Sequence[str]) -> str:
    listed = ", ".join(f"'{t.upper()}'" for t in names)
    return (
        "CREATE OR REPLACE TRIGGER ao_no_truncate\n"
        "BEFORE TRUNCATE ON SCHEMA\n"
        "BEGIN\n"
        f"    IF ora_dict_obj_name IN ({listed}) THEN\n"
        f"        RAISE_APPLICATION_ERROR(-20501, '{TAG}: ' || ora_dict_obj_name || ' is never truncated');\n"
        "    END IF;\n"
        "END;"
    )


def upgrade() -> None:
    with op.batch_alter_table("clinic_setting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("backdate_days", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
    dialect = _dialect()
    if dialect == "postgresql":  # hms_refuse_change() is 0007's
        _ddl(
            f"CREATE TRIGGER ao_{TABLE} BEFORE UPDATE OR DELETE ON {TABLE} "
            "FOR EACH ROW EXECUTE FUNCTION hms_refuse_change()"
        )
        _ddl(
            f"CREATE TRIGGER ao_{TABLE}_trunc BEFORE TRUNCATE ON {TABLE} "
            "FOR EACH STATEMENT EXECUTE FUNCTION hms_refuse_change()"
        )
    elif dialect == "oracle":
        op.execute(
            f"CREATE OR REPLACE TRIGGER ao_{TABLE}\n"
            f"BEFORE UPDATE OR DELETE ON {TABLE}\n"
            "BEGIN\n"
            f"    RAISE_APPLICATION_ERROR(-20501, '{TAG}: {TABLE} rows are never changed or deleted');\n"
            "END;"
        )
        op.execute(_ora_truncate((*ORA_TRUNCATE_GUARDED, TABLE)))
    else:
        for verb in ("UPDATE", "DELETE"):
            _ddl(
                f"CREATE TRIGGER ao_{TABLE}_{verb[:3].lower()} BEFORE {verb} ON {TABLE} BEGIN "
                f"SELECT RAISE(ABORT, '{TAG}: {verb} on {TABLE} refused'); END"
            )


def downgrade() -> None:
    dialect = _dialect()
    if dialect == "postgresql":
        _ddl(f"DROP TRIGGER IF EXISTS ao_{TABLE} ON {TABLE}")
        _ddl(f"DROP TRIGGER IF EXISTS ao_{TABLE}_trunc ON {TABLE}")
    elif dialect == "oracle":
        op.execute(f"DROP TRIGGER ao_{TABLE}")
        op.execute(_ora_truncate(ORA_TRUNCATE_GUARDED))
    else:
        _ddl(f"DROP TRIGGER IF EXISTS ao_{TABLE}_upd")
        _ddl(f"DROP TRIGGER IF EXISTS ao_{TABLE}_del")
    with op.batch_alter_table("clinic_setting", schema=None) as batch_op:
        batch_op.drop_column("backdate_days")
