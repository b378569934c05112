"""What an attacker with the schema owner's rights does first: switch a table's protection off.

Tests that tamper with stored rows (to show that digests and the audit chain expose it) call
``bypass_protection`` before their UPDATE/DELETE; without it the triggers of migration 0007 refuse.
"""

from __future__ import annotations

from hms_desktop.db.engine import Database
from hms_desktop.db.profiles import Backend


def bypass_protection(db: Database, *tables: str) -> None:
    """Drop (SQLite) or disable (PostgreSQL) the protection triggers of ``tables`` (sent to the
    driver as it is: backend DDL, not a statement the application runs)."""
    with db.engine.begin() as conn:
        for table in tables:
            if db.backend is Backend.SQLITE:
                for suffix in ("upd", "del"):
                    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS ao_{table}_{suffix}")
            else:
                conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
