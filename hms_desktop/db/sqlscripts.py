"""The schema scripts checked in under ``sql/``, generated from the Alembic migrations (offline mode).

A DBA who may not run Python creates the schema from these files (SQL*Plus / SQLcl for Oracle, psql for
PostgreSQL). ``render_scripts()`` is what ``hms-desktop-admin db sql --write`` writes and what the drift
test compares with the checked-in files; the output is deterministic (no dates, no trailing blanks).
"""

from __future__ import annotations

from pathlib import Path

from hms_desktop.db.migrate import head_revision, offline_sql

__all__ = [
    "ALL_SCRIPTS",
    "BY_DIALECT",
    "ROLE_SCRIPTS",
    "SCRIPTS",
    "render_script",
    "render_scripts",
    "stale_scripts",
    "write_scripts",
]

# relative path -> (dialect, native_boolean, description)
SCRIPTS: dict[str, tuple[str, bool | None, str]] = {
    "sql/oracle/schema.sql": ("oracle", False, "Oracle 19c and later (booleans as SMALLINT 0/1)"),
    "sql/oracle/schema_23ai.sql": ("oracle", True, "Oracle 23ai (native BOOLEAN)"),
    "sql/postgresql/schema.sql": ("postgresql", None, "PostgreSQL 13 and later"),
}

# the accounts and the desk role's grants (``db.roles``), with the default names
ROLE_SCRIPTS: dict[str, tuple[str, str]] = {
    "sql/postgresql/roles.sql": ("postgresql", "roles"),
    "sql/postgresql/grants.sql": ("postgresql", "grants"),
    "sql/oracle/roles.sql": ("oracle", "roles"),
    "sql/oracle/grants.sql": ("oracle", "grants"),
}
ALL_SCRIPTS = (*SCRIPTS, *ROLE_SCRIPTS)

# the CLI's ``db sql --dialect`` choices -> script
BY_DIALECT = {
    "oracle": "sql/oracle/schema.sql",
    "oracle23": "sql/oracle/schema_23ai.sql",
    "postgresql": "sql/postgresql/schema.sql",
}


def _header(description: str, dialect: str) -> str:
    run = {
        "oracle": "Run as the schema owner with SQL*Plus or SQLcl: @schema.sql",
        "postgresql": "Run with psql as the database owner: psql -v ON_ERROR_STOP=1 -f schema.sql",
    }[dialect]
    return (
        f"-- HMS Desktop schema for {description}, migration head {head_revision()}.\n"
        "-- Generated from the Alembic migrations by `hms-desktop-admin db sql --write`; do not edit.\n"
        f"-- {run}\n\n"
    )


def _normalise(script: str) -> str:
    # Alembic pads DDL lines with trailing blanks; editors and hooks strip them, so we do it here
    lines = [line.rstrip() for line in script.splitlines()]
    text = "\n".join(lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n"


def render_script(relative_path: str) -> str:
    if relative_path in ROLE_SCRIPTS:
        from hms_desktop.db import roles

        role_dialect, kind = ROLE_SCRIPTS[relative_path]
        make = roles.roles_script if kind == "roles" else roles.grants_script
        return make(role_dialect)
    dialect, native_boolean, description = SCRIPTS[relative_path]
    body = _normalise(offline_sql(dialect, native_boolean=native_boolean))
    if dialect == "oracle" and not body.rstrip().endswith("COMMIT\n\n/"):
        # Oracle DDL commits itself, but the alembic_version INSERT needs an explicit COMMIT
        body += "\nCOMMIT\n\n/\n"
    return _header(description, dialect) + body


def render_scripts() -> dict[str, str]:
    """Relative path (from the project root) -> script text, for every dialect we ship: the schema
    and the accounts/grants scripts."""
    return {path: render_script(path) for path in ALL_SCRIPTS}


def write_scripts(root: Path) -> list[Path]:
    """Write every script under ``root`` (the project root); returns the files that changed."""
    changed: list[Path] = []
    for relative, text in render_scripts().items():
        target = root / relative
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        changed.append(target)
    return changed


def stale_scripts(root: Path) -> list[str]:
    """Relative paths whose checked-in text differs from what the migrations generate now."""
    stale: list[str] = []
    for relative, text in render_scripts().items():
        target = root / relative
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            stale.append(relative)
    return stale
