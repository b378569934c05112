"""Clinic set-up and administration: dated prices, staff account fields, day reopening (admin work)

- ``clinic_setting``: the logo as a scaled PNG (every desk prints it), the Clinical Establishments Act
  registration number and the clinic's UPI ID (VPA) for the QR code on bills with a balance due.
- ``staff_user.pw_must_change``: an administrator's password reset makes the user choose a new one.
- ``billable_item``: its own SAC/HSN (a medicine's HSN), and the kinds consultation / lab / other
  (``kind`` grows to 16 characters for 'consultation').
- ``item_price``: a price-list item's price from a date on (a bill uses the price in force on its
  date, as it already does for GST rates); each item's current price becomes its first dated row.
- ``day_reopen`` and ``day_close.close_no``: an administrator reopens a closed day by inserting a
  row (``day_close`` is append-only, 0007); the next close of that day is close number 2. The
  unique key (cashier, date) becomes (cashier, date, close_no).
- ``audit_log.patient_id`` (indexed with id) and an index on ``occurred_at``: the audit viewer's
  filters and a patient's access log page over an index at a million rows.

SQLite cannot change a table's UNIQUE key or CHECK without rebuilding it, and rebuilding
``day_close`` drops 0007's append-only triggers, so they are created again right after.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TAG = "HMS-PROTECT"  # as 0007's triggers say it
OLD_KINDS = ("service", "procedure", "medicine")
NEW_KINDS = (*OLD_KINDS, "consultation", "lab", "other")
FIRST_DAY = dt.date(2000, 1, 1)  # the existing price applies from before any bill


def _kinds(values: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _sqlite() -> bool:
    return str(context.get_context().dialect.name) == "sqlite"


def _day_close_triggers() -> None:
    for verb in ("UPDATE", "DELETE"):  # SQLite-only DDL straight to the driver, as 0007 does (the
        # Oracle statement capture compiles what goes through op.execute and would judge it)
        op.get_bind().exec_driver_sql(
            f"CREATE TRIGGER ao_day_close_{verb[:3].lower()} BEFORE {verb} ON day_close BEGIN "
            f"SELECT RAISE(ABORT, '{TAG}: {verb} on day_close refused'); END"
        )


def upgrade() -> None:
    with op.batch_alter_table("clinic_setting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("logo_png", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("estab_reg_no", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("upi_vpa", sa.String(length=100), nullable=True))
    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pw_must_change", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("billable_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sac_hsn", sa.String(length=8), nullable=True))
        batch_op.drop_constraint(op.f("ck_billable_item_kind"), type_="check")
        batch_op.alter_column("kind", existing_type=sa.String(length=10), type_=sa.String(length=16))
        batch_op.create_check_constraint(op.f("ck_billable_item_kind"), _kinds(NEW_KINDS))
    op.create_table(
        "item_price",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("created_at", sa.TIMESTAMP(timezone=False), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["staff_user.id"], name=op.f("fk_item_price_created_by")),
        sa.ForeignKeyConstraint(["item_id"], ["billable_item.id"], name=op.f("fk_item_price_item_id")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_price")),
        sa.UniqueConstraint("item_id", "effective_from", name=op.f("uq_item_price_item_id_f7ccc48b")),
    )
    op.create_index(op.f("ix_item_price_item_id"), "item_price", ["item_id"], unique=False)
    if not context.is_offline_mode():
        bind = op.get_bind()
        items = sa.table("billable_item", sa.column("id", sa.Integer), sa.column("unit_price", sa.Numeric))
        prices = sa.table(
            "item_price",
            sa.column("item_id", sa.Integer),
            sa.column("effective_from", sa.Date),
            sa.column("unit_price", sa.Numeric),
            sa.column("created_at", sa.TIMESTAMP),
        )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        rows = [
            {"item_id": i, "effective_from": FIRST_DAY, "unit_price": p, "created_at": now}
            for i, p in bind.execute(sa.select(items.c.id, items.c.unit_price))
        ]
        if rows:
            op.bulk_insert(prices, rows)
    with op.batch_alter_table("day_close", schema=None, recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("close_no", sa.Integer(), server_default=sa.text("1"), nullable=False))
        batch_op.drop_constraint(op.f("uq_day_close_cashier__9c729f90"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_day_close_cashier__6be03c73"), ["cashier_id", "business_date", "close_no"]
        )
    if _sqlite():
        _day_close_triggers()
    op.create_table(
        "day_reopen",
        sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
        sa.Column("day_close_id", sa.Integer(), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("reopened_by", sa.Integer(), nullable=True),
        sa.Column("reopened_at", sa.TIMESTAMP(timezone=False), nullable=False),
        sa.ForeignKeyConstraint(["cashier_id"], ["staff_user.id"], name=op.f("fk_day_reopen_cashier_id")),
        sa.ForeignKeyConstraint(["day_close_id"], ["day_close.id"], name=op.f("fk_day_reopen_day_close_id")),
        sa.ForeignKeyConstraint(["reopened_by"], ["staff_user.id"], name=op.f("fk_day_reopen_reopened_by")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_reopen")),
        sa.UniqueConstraint("day_close_id", name=op.f("uq_day_reopen_day_close_id")),
    )
    op.create_index(op.f("ix_day_reopen_cashier_id"), "day_reopen", ["cashier_id"], unique=False)
    with op.batch_alter_table("audit_log", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("patient_id", sa.Integer(), nullable=True))
    op.create_index("ix_audit_log_occurred_at", "audit_log", ["occurred_at"], unique=False)
    op.create_index("ix_audit_log_patient", "audit_log", ["patient_id", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_log_patient", table_name="audit_log")
    op.drop_index("ix_audit_log_occurred_at", table_name="audit_log")
    with op.batch_alter_table("audit_log", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("patient_id")
    op.drop_index(op.f("ix_day_reopen_cashier_id"), table_name="day_reopen")
    op.drop_table("day_reopen")
    with op.batch_alter_table("day_close", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_day_close_cashier__6be03c73"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_day_close_cashier__9c729f90"), ["cashier_id", "business_date"]
        )
        batch_op.drop_column("close_no")
    if _sqlite():
        _day_close_triggers()
    op.drop_index(op.f("ix_item_price_item_id"), table_name="item_price")
    op.drop_table("item_price")
    with op.batch_alter_table("billable_item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_billable_item_kind"), type_="check")
        batch_op.alter_column("kind", existing_type=sa.String(length=16), type_=sa.String(length=10))
        batch_op.create_check_constraint(op.f("ck_billable_item_kind"), _kinds(OLD_KINDS))
        batch_op.drop_column("sac_hsn")
    with op.batch_alter_table("staff_user", schema=None) as batch_op:
        batch_op.drop_column("pw_must_change")
    with op.batch_alter_table("clinic_setting", schema=None) as batch_op:
        batch_op.drop_column("upi_vpa")
        batch_op.drop_column("estab_reg_no")
        batch_op.drop_column("logo_png")
