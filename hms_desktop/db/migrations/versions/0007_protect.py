"""Schema that protects itself: append-only rows, triggers, audit hash chain

* Triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL and Oracle) on the append-only
  tables for every database user, the schema owner included: issued invoices, payments, credit notes
  and their lines, day closes, issued prescriptions and their lines, and the audit log. The set is
  frozen here as shipped (``APPEND_ONLY``); ``hms_desktop.db.protection`` holds the live policy and a
  test keeps the two equal.
* ``doc_series`` (the document number history) may only advance: ``next_no`` by exactly one (CGST
  Rule 46: consecutive numbers, no gaps, no rewinding), the prefix only while nothing is issued, and no
  row is ever deleted.
* ``audit_log`` gains ``seq_no`` and ``row_sha256`` (the hash chain) and ``audit_head`` (the chain's
  end, one row). Existing rows are chained in id order when upgrading a live database.
* ``payment.day_close_id`` and ``credit_note.day_close_id`` are dropped: they were set by an UPDATE at
  day close; the close's rows are now derived from (cashier, business date).
* Existing invoices' content digests are recomputed in the canonical form (two-decimal amounts,
  stored strings) that reprints and ``audit verify`` check; the earlier form depended on how a
  quantity had been typed and had never been checked.

Error codes: PostgreSQL SQLSTATE HM001, Oracle ORA-20501 (append-only) / ORA-20502 (counter rule),
SQLite RAISE(ABORT) with the message prefix HMS-PROTECT; ``db.errors`` maps all of them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = (
    "invoice",
    "invoice_line",
    "payment",
    "credit_note",
    "credit_note_line",
    "day_close",
    "prescription",
    "prescription_line",
    "audit_log",
)
GUARDED = ("doc_series", "audit_head")
GENESIS = "0" * 64
TAG = "HMS-PROTECT"


def _dialect() -> str:
    return str(context.get_context().dialect.name)


def _ddl(sql: str) -> None:
    """Backend-specific DDL: into the script offline; online straight to the driver, so that tools
    which compile every SQLAlchemy statement for Oracle (the statement capture) leave it alone."""
    if context.is_offline_mode():
        op.execute(sql)
    elif _dialect() == "postgresql":  # psycopg reads '%' as a placeholder even without parameters
        op.get_bind().exec_driver_sql(sql.replace("%", "%%"))
    else:
        op.get_bind().exec_driver_sql(sql)


# --- PostgreSQL ------------------------------------------------------------------------------

_PG_REFUSE = f"""CREATE OR REPLACE FUNCTION hms_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{TAG}: % on % refused: issued documents and the audit trail are never changed',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'HM001';
END
$$"""

_PG_SERIES = f"""CREATE OR REPLACE FUNCTION hms_doc_series_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id = OLD.id AND NEW.doc_type = OLD.doc_type AND NEW.fin_year = OLD.fin_year AND (
        (NEW.prefix = OLD.prefix AND NEW.next_no = OLD.next_no + 1)
        OR (OLD.next_no = 1 AND NEW.next_no = 1)
    ) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{TAG}: a document series only advances by one (prefix fixed once used)'
        USING ERRCODE = 'HM001';
END
$$"""

_PG_HEAD = f"""CREATE OR REPLACE FUNCTION hms_audit_head_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id = OLD.id AND NEW.last_seq > OLD.last_seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{TAG}: the audit chain head only moves forward' USING ERRCODE = 'HM001';
END
$$"""


def _pg_upgrade() -> None:
    _ddl(_PG_REFUSE)
    _ddl(_PG_SERIES)
    _ddl(_PG_HEAD)
    for table in APPEND_ONLY:
        _ddl(
            f"CREATE TRIGGER ao_{table} BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION hms_refuse_change()"
        )
    for table in (*APPEND_ONLY, *GUARDED):
        _ddl(
            f"CREATE TRIGGER ao_{table}_trunc BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION hms_refuse_change()"
        )
    for table, guard in (("doc_series", "hms_doc_series_guard"), ("audit_head", "hms_audit_head_guard")):
        _ddl(f"CREATE TRIGGER ao_{table} BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {guard}()")
        _ddl(
            f"CREATE TRIGGER ao_{table}_del BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION hms_refuse_change()"
        )


def _pg_downgrade() -> None:
    for table in (*APPEND_ONLY, *GUARDED):
        _ddl(f"DROP TRIGGER IF EXISTS ao_{table} ON {table}")
        _ddl(f"DROP TRIGGER IF EXISTS ao_{table}_trunc ON {table}")
    for table in GUARDED:
        _ddl(f"DROP TRIGGER IF EXISTS ao_{table}_del ON {table}")
    for fn in ("hms_refuse_change", "hms_doc_series_guard", "hms_audit_head_guard"):
        _ddl(f"DROP FUNCTION IF EXISTS {fn}()")


# --- Oracle ----------------------------------------------------------------------------------


def _ora_refuse(table: str) -> str:
    return (
        f"CREATE OR REPLACE TRIGGER ao_{table}\n"
        f"BEFORE UPDATE OR DELETE ON {table}\n"
        "BEGIN\n"
        f"    RAISE_APPLICATION_ERROR(-20501, '{TAG}: {table} rows are never changed or deleted');\n"
        "END;"
    )


_ORA_SERIES = f"""CREATE OR REPLACE TRIGGER ao_doc_series
BEFORE UPDATE OR DELETE ON doc_series
FOR EACH ROW
BEGIN
    IF DELETING THEN
        RAISE_APPLICATION_ERROR(-20501, '{TAG}: doc_series rows are never deleted');
    END IF;
    IF NOT (:NEW.id = :OLD.id AND :NEW.doc_type = :OLD.doc_type AND :NEW.fin_year = :OLD.fin_year
            AND ((:NEW.prefix = :OLD.prefix AND :NEW.next_no = :OLD.next_no + 1)
                 OR (:OLD.next_no = 1 AND :NEW.next_no = 1))) THEN
        RAISE_APPLICATION_ERROR(-20502, '{TAG}: a document series only advances by one');
    END IF;
END;"""

_ORA_HEAD = f"""CREATE OR REPLACE TRIGGER ao_audit_head
BEFORE UPDATE OR DELETE ON audit_head
FOR EACH ROW
BEGIN
    IF DELETING THEN
        RAISE_APPLICATION_ERROR(-20501, '{TAG}: the audit chain head is never deleted');
    END IF;
    IF NOT (:NEW.id = :OLD.id AND :NEW.last_seq > :OLD.last_seq) THEN
        RAISE_APPLICATION_ERROR(-20502, '{TAG}: the audit chain head only moves forward');
    END IF;
END;"""


def _ora_truncate() -> str:
    # TRUNCATE is DDL on Oracle: DML triggers do not see it, a schema trigger does (the desk user
    # cannot truncate another schema's table at all; this stops the owner too)
    names = ", ".join(f"'{t.upper()}'" for t in (*APPEND_ONLY, *GUARDED))
    return (
        "CREATE OR REPLACE TRIGGER ao_no_truncate\n"
        "BEFORE TRUNCATE ON SCHEMA\n"
        "BEGIN\n"
        f"    IF ora_dict_obj_name IN ({names}) THEN\n"
        f"        RAISE_APPLICATION_ERROR(-20501, '{TAG}: ' || ora_dict_obj_name || ' is never truncated');\n"
        "    END IF;\n"
        "END;"
    )


def _plsql(block: str) -> None:
    # a string given to op.execute is a text() construct: ':NEW' would be read as a bind parameter
    op.execute(block.replace(":NEW", "\\:NEW").replace(":OLD", "\\:OLD"))


def _ora_upgrade() -> None:
    for table in APPEND_ONLY:
        _plsql(_ora_refuse(table))
    _plsql(_ORA_SERIES)
    _plsql(_ORA_HEAD)
    _plsql(_ora_truncate())


def _ora_downgrade() -> None:
    for table in (*APPEND_ONLY, *GUARDED, "no_truncate"):
        op.execute(f"DROP TRIGGER ao_{table}")


# --- SQLite ----------------------------------------------------------------------------------


def _sqlite_upgrade() -> None:
    for table in APPEND_ONLY:
        for verb in ("UPDATE", "DELETE"):
            _ddl(
                f"CREATE TRIGGER ao_{table}_{verb[:3].lower()} BEFORE {verb} ON {table} BEGIN "
                f"SELECT RAISE(ABORT, '{TAG}: {verb} on {table} refused'); END"
            )
    for table in GUARDED:
        _ddl(
            f"CREATE TRIGGER ao_{table}_del BEFORE DELETE ON {table} BEGIN "
            f"SELECT RAISE(ABORT, '{TAG}: DELETE on {table} refused'); END"
        )
    _ddl(
        "CREATE TRIGGER ao_doc_series_upd BEFORE UPDATE ON doc_series WHEN NOT ("
        "NEW.id = OLD.id AND NEW.doc_type = OLD.doc_type AND NEW.fin_year = OLD.fin_year AND ("
        "(NEW.prefix = OLD.prefix AND NEW.next_no = OLD.next_no + 1) OR (OLD.next_no = 1 AND NEW.next_no = 1)"
        ")) BEGIN "
        f"SELECT RAISE(ABORT, '{TAG}: a document series only advances by one'); END"
    )
    _ddl(
        "CREATE TRIGGER ao_audit_head_upd BEFORE UPDATE ON audit_head "
        "WHEN NOT (NEW.id = OLD.id AND NEW.last_seq > OLD.last_seq) BEGIN "
        f"SELECT RAISE(ABORT, '{TAG}: the audit chain head only moves forward'); END"
    )


def _sqlite_downgrade() -> None:
    for table in APPEND_ONLY:
        _ddl(f"DROP TRIGGER IF EXISTS ao_{table}_upd")
        _ddl(f"DROP TRIGGER IF EXISTS ao_{table}_del")
    for table in GUARDED:
        _ddl(f"DROP TRIGGER IF EXISTS ao_{table}_upd")
        _ddl(f"DROP TRIGGER IF EXISTS ao_{table}_del")


# --- data carried over (live databases only; a new database has none) ------------------------


def _reflected(name: str) -> sa.Table:
    # reflected types convert dates, amounts and booleans as the models do, on every backend
    return sa.Table(name, sa.MetaData(), autoload_with=op.get_bind())


def _chain_existing_rows() -> tuple[int, str]:
    """Number and chain the audit rows a live database already has, in id order."""
    from hms_desktop.domain.audit_chain import ChainFields, row_digest

    conn = op.get_bind()
    log = _reflected("audit_log")
    previous, seq = GENESIS, 0
    for r in conn.execute(sa.select(log).order_by(log.c.id)).all():
        seq += 1
        occurred = r.occurred_at if r.occurred_at.tzinfo else r.occurred_at.replace(tzinfo=dt.UTC)
        fields = ChainFields(
            seq, occurred, r.user_id, r.username, r.action, r.entity, r.entity_id, r.outcome,
            r.workstation, r.details,
        )  # fmt: skip
        previous = row_digest(fields, previous)
        conn.execute(sa.update(log).where(log.c.id == r.id).values(seq_no=seq, row_sha256=previous))
    return seq, previous


def _redigest_invoices() -> None:
    from hms_desktop.domain.invoice_digest import invoice_digest

    conn = op.get_bind()
    inv, line = _reflected("invoice"), _reflected("invoice_line")
    lines: dict[int, list[dict[str, object]]] = {}
    for ln in conn.execute(sa.select(line)).mappings():
        lines.setdefault(int(ln["invoice_id"]), []).append(dict(ln))
    for row in conn.execute(sa.select(inv)).mappings().all():
        digest = invoice_digest(dict(row), lines.get(int(row["id"]), []))
        conn.execute(sa.update(inv).where(inv.c.id == row["id"]).values(content_sha256=digest))


def upgrade() -> None:
    dialect = _dialect()
    offline = context.is_offline_mode()
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_sha256", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq_no", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("row_sha256", sa.String(length=64), nullable=True))
    last_seq, last_digest = (0, GENESIS) if offline else _chain_existing_rows()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("seq_no", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("row_sha256", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_seq_no"), ["seq_no"])
    op.execute(
        f"INSERT INTO audit_head (id, last_seq, last_sha256) VALUES (1, {int(last_seq)}, '{last_digest}')"
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint("fk_payment_day_close_id", type_="foreignkey")
        batch_op.drop_column("day_close_id")
    with op.batch_alter_table("credit_note", schema=None) as batch_op:
        batch_op.drop_constraint("fk_credit_note_day_close_id", type_="foreignkey")
        batch_op.drop_column("day_close_id")
    if not offline:
        _redigest_invoices()
    # triggers last: SQLite's batch mode rebuilds tables, which would drop triggers made before
    {"postgresql": _pg_upgrade, "oracle": _ora_upgrade, "sqlite": _sqlite_upgrade}[dialect]()


def downgrade() -> None:
    dialect = _dialect()
    {"postgresql": _pg_downgrade, "oracle": _ora_downgrade, "sqlite": _sqlite_downgrade}[dialect]()
    for table in ("credit_note", "payment"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("day_close_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_day_close_id"), "day_close", ["day_close_id"], ["id"]
            )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_seq_no"), type_="unique")
        batch_op.drop_column("row_sha256")
        batch_op.drop_column("seq_no")
    op.drop_table("audit_head")
