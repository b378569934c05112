"""Schema migrations run from code (no alembic.ini): upgrade a live database, or emit the SQL
script for a dialect (the checked-in ``sql/<dialect>/schema.sql``)."""

from __future__ import annotations

import io
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("version_path_separator", "os")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = _config()
    if engine.dialect.name == "sqlite":
        _sqlite_upgrade(engine, cfg, revision)
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _sqlite_upgrade(engine: Engine, cfg: Config, revision: str) -> None:
    """SQLite changes a CHECK or UNIQUE key by rebuilding the table (Alembic batch mode), and with
    foreign keys enforced, dropping the old copy of a table other rows refer to fails. So, as SQLite's
    own ALTER TABLE procedure says, foreign keys are off while the migrations run (the pragma only
    takes effect outside a transaction) and ``foreign_key_check`` must find nothing before commit."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left rows without their parent: {broken[:5]}")
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def offline_sql(dialect_name: str, *, native_boolean: bool | None = None) -> str:
    """The full schema script for ``dialect_name`` ('oracle', 'postgresql', 'sqlite').

    Oracle defaults to 19c output (no native BOOLEAN); pass ``native_boolean=True`` for 23ai.
    """
    cfg = _config()
    buf = io.StringIO()
    cfg.output_buffer = buf
    cfg.attributes["dialect_name"] = dialect_name
    if dialect_name == "oracle":
        cfg.attributes["dialect_opts"] = {"supports_native_boolean": bool(native_boolean)}
    command.upgrade(cfg, "head", sql=True)
    return buf.getvalue()
