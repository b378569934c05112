"""The database accounts a clinic's server needs, and their grants, as SQL scripts per server.

Two accounts, as a DBA sets them up:

- the **schema owner** (default ``hms_owner``) owns the tables. Only ``hms-desktop-admin db upgrade``
  (and the DBA) connects as it; its password is never stored on a desk.
- the **desk role** (default ``hms_desk``) is what every desk's connection profile uses: SELECT and
  INSERT on every table, UPDATE and DELETE only on the tables that are legitimately mutable, a column
  grant on the two counters, nothing on the schema version, no DDL and no TRUNCATE
  (``db.protection.desk_privileges`` is the rule, computed over the models' metadata, so a new table
  gets its grant without anyone remembering to write it).

Two scripts per server, because they run at different times and with different rights:

- ``roles.sql`` once, before the first ``db upgrade``, by a superuser / DBA: creates the accounts.
  No password is in it: the DBA sets them afterwards (``\\password`` in psql; ``ALTER USER ...
  IDENTIFIED BY`` in SQL*Plus), so the checked-in script holds no secret.
- ``grants.sql`` after every ``db upgrade`` (a new table needs its grant), by the owner or the DBA.

PostgreSQL: the tables live in a schema named like the owner (``hms_owner``, created by roles.sql and
owned by it), as on Oracle; desks find it through the profile's ``schema`` (``SET search_path``).
Oracle: the owner *is* the schema. The desk user has no objects of its own and connects with
``ALTER SESSION SET CURRENT_SCHEMA = <owner>`` (the profile's ``schema``), so the application's
unqualified table names resolve to the owner's tables; no synonyms are needed and none can drift.
"""

from __future__ import annotations

import dataclasses
import re

from sqlalchemy import Engine, MetaData

from hms_desktop.db.protection import desk_privileges

__all__ = [
    "DIALECTS",
    "RoleNames",
    "apply",
    "grants_script",
    "render",
    "roles_script",
    "statements",
    "table_grants",
]

DIALECTS = ("postgresql", "oracle")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,29}")


@dataclasses.dataclass(frozen=True)
class RoleNames:
    """The owner, the desk role and (PostgreSQL) the schema; lower-case SQL identifiers <= 30 bytes."""

    owner: str = "hms_owner"
    desk: str = "hms_desk"
    schema: str | None = None  # PostgreSQL: default the owner's name; Oracle: always the owner

    def __post_init__(self) -> None:
        for name in (self.owner, self.desk, self.schema or self.owner):
            if not _NAME.fullmatch(name):
                raise ValueError(
                    f"{name!r} is not a plain database name: 1-30 lower-case letters, digits or _, "
                    "starting with a letter"
                )
        if self.owner == self.desk:
            raise ValueError("the desk role must not be the schema owner")
        if len(self.desk) > 25:  # Oracle's role is <desk>_role, within 30 bytes
            raise ValueError(f"{self.desk!r}: a desk role name has at most 25 characters")

    def schema_for(self, dialect: str) -> str:
        return self.schema or self.owner


def _metadata() -> MetaData:
    from hms_desktop.db.models import Base

    return Base.metadata


def table_grants(metadata: MetaData | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(table, privileges, UPDATE columns) for every table of the schema, alembic_version included."""
    md = metadata or _metadata()
    names = sorted({*md.tables, "alembic_version"})
    return [(name, *desk_privileges(name)) for name in names]


# --- PostgreSQL ------------------------------------------------------------------------------


def _pg_roles(n: RoleNames) -> str:
    schema = n.schema_for("postgresql")
    return f"""-- Run once as a superuser (or a role with CREATEROLE and CREATEDB), before the first
-- `hms-desktop-admin db upgrade`:  psql -v ON_ERROR_STOP=1 -d <database> -f roles.sql
-- Then set the passwords:  \\password {n.owner}   and   \\password {n.desk}
-- Idempotent: an existing role or schema is left as it is.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{n.owner}') THEN
        -- owns the tables; used only by `hms-desktop-admin db upgrade`, never by a desk
        CREATE ROLE {n.owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{n.desk}') THEN
        -- the desks' account: the grants in grants.sql, nothing else
        CREATE ROLE {n.desk} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS {schema} AUTHORIZATION {n.owner};
REVOKE ALL ON SCHEMA {schema} FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA {schema} TO {n.desk};
ALTER ROLE {n.owner} SET search_path = {schema};
ALTER ROLE {n.desk} SET search_path = {schema};
"""


def _pg_grants(n: RoleNames, metadata: MetaData | None) -> str:
    schema = n.schema_for("postgresql")
    out = [
        "-- Run after every `hms-desktop-admin db upgrade`, as the schema owner or a superuser:",
        "--   psql -v ON_ERROR_STOP=1 -d <database> -f grants.sql",
        f"-- Desk role {n.desk}: SELECT and INSERT everywhere; UPDATE/DELETE only where rows may change.",
        "",
        "BEGIN;",
        "",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {n.desk};",
        f"GRANT USAGE ON SCHEMA {schema} TO {n.desk};",
    ]
    for table, privileges, columns in table_grants(metadata):
        out.append(f"GRANT {', '.join(privileges)} ON {schema}.{table} TO {n.desk};")
        if columns:
            out.append(f"GRANT UPDATE ({', '.join(columns)}) ON {schema}.{table} TO {n.desk};")
    out += ["", "COMMIT;", ""]
    return "\n".join(out)


# --- Oracle ----------------------------------------------------------------------------------


def _ora_create_user(name: str, comment: str) -> str:
    upper = name.upper()
    return f"""-- {comment}
DECLARE
    n NUMBER;
BEGIN
    SELECT COUNT(*) INTO n FROM dba_users WHERE username = '{upper}';
    IF n = 0 THEN
        EXECUTE IMMEDIATE 'CREATE USER {name} NO AUTHENTICATION';
    END IF;
END;
/"""


_OWNER_PRIVILEGES = (
    "CREATE SESSION, CREATE TABLE, CREATE SEQUENCE, CREATE TRIGGER, CREATE VIEW, CREATE PROCEDURE"
)


def _ora_roles(n: RoleNames) -> str:
    role = f"{n.desk}_role"
    return f"""-- Run once as a DBA (SYSTEM or a user with CREATE USER, CREATE ROLE, GRANT ANY PRIVILEGE),
-- before the first `hms-desktop-admin db upgrade`:  sqlplus system@<service> @roles.sql
-- The users are created without a password (no one can log in as them yet); then set them:
--   ALTER USER {n.owner} IDENTIFIED BY "<owner password>";   (only for db upgrade)
--   ALTER USER {n.desk} IDENTIFIED BY "<desk password>";     (what the desks' profiles use)
-- Idempotent: an existing user or role is left as it is.

{_ora_create_user(n.owner, "owns the tables; used only by `hms-desktop-admin db upgrade`, never by a desk")}

GRANT {_OWNER_PRIVILEGES} TO {n.owner}
/

-- room for the tables in the default tablespace (or: ALTER USER {n.owner} QUOTA <size> ON <tablespace>)
GRANT UNLIMITED TABLESPACE TO {n.owner}
/

{_ora_create_user(n.desk, "the desks' application user: owns nothing, works in the owner's schema")}

DECLARE
    n NUMBER;
BEGIN
    SELECT COUNT(*) INTO n FROM dba_roles WHERE role = '{role.upper()}';
    IF n = 0 THEN
        EXECUTE IMMEDIATE 'CREATE ROLE {role}';
    END IF;
END;
/

GRANT CREATE SESSION TO {n.desk}
/

GRANT {role} TO {n.desk}
/

ALTER USER {n.desk} DEFAULT ROLE ALL
/
"""


def _ora_grants(n: RoleNames, metadata: MetaData | None) -> str:
    role = f"{n.desk}_role"
    out = [
        "-- Run after every `hms-desktop-admin db upgrade`, as the schema owner or a DBA:",
        "--   sqlplus <owner>@<service> @grants.sql",
        f"-- Role {role} (granted to {n.desk}): SELECT and INSERT everywhere; UPDATE/DELETE only where",
        "-- rows may change. Desks connect as the desk user and run",
        f"--   ALTER SESSION SET CURRENT_SCHEMA = {n.owner}",
        "-- (the profile's schema), so no synonyms are needed.",
        "",
    ]
    for table, privileges, columns in table_grants(metadata):
        out += [f"GRANT {', '.join(privileges)} ON {n.owner}.{table} TO {role}", "/", ""]
        if columns:
            out += [f"GRANT UPDATE ({', '.join(columns)}) ON {n.owner}.{table} TO {role}", "/", ""]
    return "\n".join(out)


# --- entry points ----------------------------------------------------------------------------


def _header(dialect: str, kind: str) -> str:
    server = {"postgresql": "PostgreSQL 13 and later", "oracle": "Oracle 19c and later"}[dialect]
    return (
        f"-- HMS Desktop {kind} for {server}.\n"
        "-- Generated by `hms-desktop-admin db roles` (and `db sql --write`) from the models and\n"
        "-- hms_desktop/db/protection.py; do not edit.\n"
    )


def roles_script(dialect: str, names: RoleNames | None = None) -> str:
    n = names or RoleNames()
    body = _pg_roles(n) if dialect == "postgresql" else _ora_roles(n)
    return _header(dialect, "database accounts") + body


def grants_script(dialect: str, names: RoleNames | None = None, metadata: MetaData | None = None) -> str:
    n = names or RoleNames()
    body = _pg_grants(n, metadata) if dialect == "postgresql" else _ora_grants(n, metadata)
    return _header(dialect, "desk role grants") + body


def render(dialect: str, names: RoleNames | None = None) -> str:
    """Both scripts, accounts first, as ``db roles`` prints them."""
    if dialect not in DIALECTS:
        raise ValueError(f"no role scripts for {dialect!r}")
    return roles_script(dialect, names) + "\n" + grants_script(dialect, names)


def statements(dialect: str, script: str) -> list[str]:
    """The statements of a rendered script, as a driver executes them one by one."""
    if dialect == "oracle":
        chunks = [c.strip() for c in f"\n{script}\n".split("\n/\n")]
    else:
        chunks = _pg_chunks(script)
    out = []
    for chunk in chunks:
        body = "\n".join(line for line in chunk.splitlines() if not line.lstrip().startswith("--")).strip()
        if body and body.upper() not in ("BEGIN;", "COMMIT;"):
            out.append(body)
    return out


def _pg_chunks(script: str) -> list[str]:
    # statements end with ';' at the end of a line, except inside a $$ ... $$ body
    chunks, current, quoted = [], [], False
    for line in script.splitlines():
        current.append(line)
        quoted ^= line.count("$$") % 2 == 1
        if not quoted and line.rstrip().endswith(";"):
            chunks.append("\n".join(current))
            current = []
    chunks.append("\n".join(current))
    return chunks


def apply(engine: Engine, dialect: str, script: str) -> int:
    """Run ``script`` over ``engine`` (an owner or superuser connection), one statement at a time in
    one transaction on PostgreSQL (Oracle commits each DDL itself). Returns the statements run."""
    if engine.dialect.name != dialect:
        raise ValueError(f"the connection is {engine.dialect.name}, the script is for {dialect}")
    todo = statements(dialect, script)
    with engine.begin() as conn:
        for sql in todo:
            # psycopg reads '%' as a placeholder even without parameters
            conn.exec_driver_sql(sql.replace("%", "%%") if dialect == "postgresql" else sql)
    return len(todo)
