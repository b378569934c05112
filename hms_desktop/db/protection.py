"""Which tables the database itself protects, and how: the one place that says so.

Two layers, because either alone leaves a hole:

1. **Grants** (``db.roles``): the desks connect as a *desk role* that may SELECT and INSERT every
   table but UPDATE/DELETE only the tables listed as mutable by rule below. A stolen desk password
   (readable from that desk's keychain) then cannot rewrite an issued invoice, a payment or the
   audit trail, whatever SQL it sends.
2. **Triggers** (migration 0007): UPDATE and DELETE (and TRUNCATE on PostgreSQL and Oracle) on the
   append-only tables are refused for *everyone*, the schema owner included, so a mistaken script
   run with owner rights cannot silently change them either. Dropping a trigger needs owner rights
   and is itself visible (it is DDL, and the audit chain and invoice digests still expose the
   change, see ``services.audit_verify``).

GST Rule 56(8) (no erasure or overwriting of accounts), CGST Rule 46 (consecutive invoice numbers)
and the clinical-record rule that an issued prescription is amended only by a superseding one are
what the append-only set encodes. A table not named here is mutable by rule (master data, queue,
appointments, drafts): a new table gets SELECT/INSERT/UPDATE/DELETE for the desks unless it is added
to ``APPEND_ONLY``, so decide when you add one.

Where an archive procedure would go when one is needed (none is now): a definer's-rights procedure
owned by the schema owner that moves closed financial years to an archive schema, writing an audit
row per batch; the triggers would let it through only when a package variable set by that procedure
is on (Oracle) or ``SET LOCAL hms.archive = 'on'`` inside a SECURITY DEFINER function (PostgreSQL).
Until then nothing, not even the owner, deletes these rows.
"""

from __future__ import annotations

__all__ = [
    "APPEND_ONLY",
    "COLUMN_UPDATES",
    "DESK_READ_ONLY",
    "ORA_APPEND_ONLY",
    "ORA_COUNTER",
    "PG_SQLSTATE",
    "REFUSAL_TAG",
]

# Issued documents, their lines, the day's sign-off and the audit trail: inserted once, never changed.
APPEND_ONLY: frozenset[str] = frozenset(
    {
        "invoice",
        "invoice_line",
        "payment",
        "credit_note",
        "credit_note_line",
        "day_close",
        "day_reopen",  # migration 0012: why a signed-off day was set aside
        "prescription",
        "prescription_line",
        "audit_log",
    }
)

# Counters the desks must advance but never rewind or delete: the desk role may UPDATE only these
# columns (a column grant), and a trigger checks how (doc_series: next_no + 1 only, the prefix only
# while nothing is issued; audit_head: last_seq only grows). They are the document number history
# (one row per document type and financial year) and the audit chain's head.
COLUMN_UPDATES: dict[str, tuple[str, ...]] = {
    "doc_series": ("next_no", "prefix"),
    "audit_head": ("last_seq", "last_sha256"),
}

# Tables the desks only read: the schema version belongs to ``hms-desktop-admin db upgrade``.
DESK_READ_ONLY: frozenset[str] = frozenset({"alembic_version"})

# What the triggers raise, so ``db.errors`` can tell a refusal from other failures.
REFUSAL_TAG = "HMS-PROTECT"
PG_SQLSTATE = "HM001"
ORA_APPEND_ONLY = 20501
ORA_COUNTER = 20502


def desk_privileges(table: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(table privileges, columns the desk role may UPDATE) for ``table``, by the rule above."""
    if table in DESK_READ_ONLY:
        return ("SELECT",), ()
    if table in APPEND_ONLY:
        return ("SELECT", "INSERT"), ()
    if table in COLUMN_UPDATES:
        # a new financial year's series is inserted by the first desk that needs it; the one chain
        # head row comes with the schema
        return (("SELECT", "INSERT") if table == "doc_series" else ("SELECT",)), COLUMN_UPDATES[table]
    return ("SELECT", "INSERT", "UPDATE", "DELETE"), ()
