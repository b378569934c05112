"""Driver errors -> domain errors, by error code, for Oracle (python-oracledb), PostgreSQL (psycopg 3)
and SQLite.

``map_db_error(exc)`` returns the ``hms_desktop.errors`` exception a desk user should see, or None when
the error is not one we know (a programming error: let it surface). The mapped error keeps the driver
error as ``__cause__`` and carries what could be extracted from it:

- ``.constraint``: the constraint name (``uq_patient_mrn``), lower case, without the schema;
- ``.table`` and ``.field``: the table and column, when the driver reports them;
- ``.code``: the driver code (``ORA-00001``, ``23505``, ``SQLITE_CONSTRAINT_UNIQUE``, ``DPY-6005``).

Services turn ``DuplicateRecord`` with ``constraint == "uq_patient_mrn"`` into "A patient with this MRN
already exists"; the messages here are the generic fallback.

Codes are used wherever the driver gives one. Two places have no code and fall back to the (English)
message text: libpq reports connect failures without a SQLSTATE, and SQLite's FOREIGN KEY failure does
not say which side of the key is missing (the statement's verb tells: DELETE -> still referenced).
"""

from __future__ import annotations

import re
import ssl
from pathlib import Path
from typing import Any

from sqlalchemy import Index, PrimaryKeyConstraint, UniqueConstraint
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from hms_desktop.db.base import Base
from hms_desktop.db.profiles import tns_aliases
from hms_desktop.db.protection import ORA_APPEND_ONLY, ORA_COUNTER, PG_SQLSTATE, REFUSAL_TAG
from hms_desktop.errors import (
    CannotConnect,
    ConcurrentChange,
    ConnectionLost,
    DatabaseError,
    DuplicateRecord,
    HmsError,
    MissingReference,
    ProtectedRecord,
    ReadOnlyStorage,
    RecordLocked,
    RequiredValueMissing,
    StillReferenced,
    StorageFull,
    ValueTooLong,
)

__all__ = ["friendly_connect_error", "map_db_error"]

# --- messages --------------------------------------------------------------------------------

MSG_DUPLICATE = "This record duplicates an existing one"
MSG_MISSING_REF = (
    "A record this one refers to does not exist (it may have been removed); refresh and try again"
)
MSG_STILL_REFERENCED = "This record is still in use by other records and cannot be removed"
MSG_REQUIRED = "A required value is missing"
MSG_TOO_LONG = "A value is too long for its field"
MSG_NOT_ALLOWED = "A value is not allowed here"
MSG_LOCKED = "Another desk is working on this record right now. Try again in a moment."
MSG_CONCURRENT = (
    "Someone else changed this record while you were working on it. Reload it and make your change again."
)
MSG_PROTECTED = (
    "Issued documents and the audit trail cannot be changed or deleted; corrections are made with a "
    "new record (a credit note, an amended prescription)"
)
MSG_PROTECTED_COUNTER = "A document number series only moves forward; it cannot be changed or rewound"
MSG_NO_PRIVILEGE = (
    "This desk's database account is not allowed to do that. Issued documents and the audit trail "
    "cannot be changed"
)
MSG_LOST = "The connection to the database server was lost and the action did not complete. Try again."
MSG_DISK_FULL = (
    "The disk that holds the database is full, so nothing was saved. Free space on it (delete old "
    "files or backups, empty the recycle bin), then save again."
)
MSG_SERVER_FULL = (
    "The database server has run out of disk space, so nothing was saved. Ask the database "
    "administrator to free or add space on the server, then save again."
)
MSG_READONLY_FILE = (
    "The database file cannot be written (the file or its folder is read-only for this user, or the "
    "disk is write-protected), so nothing was saved. Ask the administrator to give this user write "
    "access to the database file and its folder, then save again."
)
MSG_READONLY_SERVER = (
    "The database server accepts only reads right now (a read-only standby, or read-only mode), so "
    "nothing was saved. Ask the database administrator to point this desk at the primary server."
)

CONNECT_MESSAGES: dict[str, str] = {
    "bad-login": "The database rejected the user name or password. Check them in the connection settings.",
    "password-expired": "The database password has expired. Ask the database administrator to reset it.",
    "account-locked": "The database account is locked. Ask the database administrator to unlock it.",
    "unreachable": (
        "Cannot reach the database server. Check the server name and port in the connection settings, "
        "that the server is running, and that this computer is on the network."
    ),
    "bad-service": (
        "The database server answered but does not know the service name in the connection settings. "
        "Check the service name."
    ),
    "unknown-database": "The database named in the connection settings does not exist on the server.",
    "not-available": "The database server is starting up or shutting down. Try again in a minute.",
    "timeout": "The database server did not answer in time. Check the network and try again.",
    "refused": "The database server refused this connection. Ask the database administrator to allow it.",
    # Oracle: TNS_ADMIN, aliases, wallets
    "tns-alias": (
        "The TNS alias {name} is not in {file}{known}. Check the alias in the connection settings, or ask "
        "the database administrator for the current tnsnames.ora."
    ),
    "tns-file": (
        "{file} is missing or cannot be read. Check the TNS_ADMIN folder in the connection settings "
        "(the folder that holds tnsnames.ora) and that this Windows/Linux user may read it."
    ),
    "tns-no-folder": (
        "The connect string is not an Easy Connect string (host:port/service_name), so it was read as a "
        "TNS alias, but no TNS_ADMIN folder is set. Correct the string, or choose the TNS alias method "
        "and the folder that holds tnsnames.ora."
    ),
    "bad-descriptor": (
        "The connect string or its tnsnames.ora entry cannot be read by the Oracle driver. Check it "
        "with the database administrator."
    ),
    "wallet-missing": (
        "The wallet file {file} was not found. Choose the folder the wallet was unzipped into "
        "(it holds ewallet.pem) in the connection settings."
    ),
    # TLS, both servers
    "tls-untrusted": (
        "The database server's certificate is not trusted: it is not signed by a certificate in {store}. "
        "Ask the database administrator for the current {store_short}."
    ),
    "tls-hostname": (
        "The database server's certificate was issued for another name than the host in the connection "
        "settings. Enter the server name the certificate names (ask the database administrator), "
        "not an IP address or alias."
    ),
    "tls-dn": (
        "The database server's certificate does not carry the name (DN) the connection settings "
        "expect. Ask the database administrator for the current connect string or wallet."
    ),
    "tls-handshake": (
        "The secure (TLS) connection to the database server failed ({detail}). Check the wallet or "
        "certificate files in the connection settings with the database administrator."
    ),
    "closed-during-connect": (
        "The database server closed the connection while this desk was connecting. A TLS port (tcps, "
        "often 2484) needs a wallet or tcps:// profile and a plain port (often 1521) needs none; a "
        "client certificate or wallet the server does not accept ends the same way. Check the port "
        "and method with the database administrator."
    ),
    # PostgreSQL TLS
    "pg-no-ssl": (
        "The PostgreSQL server does not accept encrypted (SSL) connections, but the connection settings "
        "require them (sslmode require, verify-ca or verify-full). Ask the database administrator to "
        "turn on ssl on the server; set sslmode to prefer only on a network you trust."
    ),
    "pg-ssl-only": (
        "The PostgreSQL server accepts this computer only over an encrypted connection. Set sslmode "
        "to verify-full (with the server's CA file) or require in the connection settings."
    ),
    "ca-missing": (
        "The CA certificate file {file} does not exist or cannot be read. Choose the server's CA file "
        "(from the database administrator) in the connection settings."
    ),
    "client-cert": (
        "The client certificate or its key cannot be used ({detail}). Check both files in the "
        "connection settings; the key file must be readable by this user only."
    ),
    "client-cert-needed": (
        "The PostgreSQL server signs this user in by client certificate. Choose the certificate and key "
        "files issued for this user (their name must be the user name) in the connection settings."
    ),
    "other": "Could not connect to the database",
}

# --- Oracle ----------------------------------------------------------------------------------

_ORA_CONNECT = {
    1017: "bad-login",
    1005: "bad-login",
    28000: "account-locked",
    28001: "password-expired",
    12514: "bad-service",
    12505: "bad-service",
    12541: "unreachable",
    12543: "unreachable",
    12170: "timeout",
    1033: "not-available",
    1034: "not-available",
    1089: "not-available",
    1090: "not-available",
    12528: "not-available",
}
_DPY_CONNECT = {
    "DPY-4000": "tns-alias",  # unable to find "x" in .../tnsnames.ora
    "DPY-4026": "tns-file",  # file '.../tnsnames.ora' is missing or unreadable
    "DPY-4027": "tns-no-folder",  # no configuration directory specified
    "DPY-4017": "bad-descriptor",  # invalid connect descriptor
    "DPY-4018": "bad-descriptor",  # cannot parse connect string
    "DPY-2018": "wallet-missing",  # wallet file .../ewallet.pem was not found
    "DPY-6002": "tls-dn",  # the server certificate's DN does not match
    "DPY-4001": "bad-login",  # no credentials
    "DPY-6000": "refused",  # listener refused the connection
    "DPY-6001": "bad-service",
    "DPY-6003": "bad-service",  # unknown SID
    "DPY-6005": "unreachable",
    "DPY-6006": "tls-hostname",  # the name on the server certificate does not match the host
    "DPY-6009": "tls-handshake",  # the server refused the TLS (tcps) connection
    "DPY-4024": "timeout",  # call timeout exceeded
}
# ORA-00001: unique constraint (HMS.UQ_PATIENT_MRN) violated [on table ... columns (...)]
_ORA_CONSTRAINT = re.compile(r"constraint \((?:\"?[\w$#]+\"?\.)?\"?([\w$#]+)\"?\)", re.IGNORECASE)
# ORA-01400: cannot insert NULL into ("HMS"."PATIENT"."FIRST_NAME")
# ORA-12899: value too large for column "HMS"."PATIENT"."MRN" (actual: 25, maximum: 20)
_ORA_COLUMN = re.compile(r'"([^"]+)"\."([^"]+)"\."([^"]+)"')
_ORA_MAXIMUM = re.compile(r"maximum:\s*(\d+)")

# --- PostgreSQL ------------------------------------------------------------------------------

_PG_CONNECT_PATTERNS: tuple[tuple[str, str, str], ...] = (
    # TLS first: their messages may also contain the words of the generic patterns below
    ("server does not support ssl", "SSL-UNSUPPORTED", "pg-no-ssl"),
    ("certificate verify failed", "SSL-VERIFY", "tls-untrusted"),
    ("does not match host name", "SSL-HOSTNAME", "tls-hostname"),
    ("root certificate file", "SSL-ROOTCERT", "ca-missing"),
    ("requires a valid client certificate", "28000", "client-cert-needed"),
    ("certificate authentication failed", "28000", "client-cert-needed"),  # CN is not the user
    ("certificate file", "SSL-CLIENTCERT", "client-cert"),  # could not open certificate file
    ("private key file", "SSL-CLIENTCERT", "client-cert"),
    ("no encryption", "28000", "pg-ssl-only"),  # no pg_hba.conf entry ..., no encryption
    ("ssl off", "28000", "pg-ssl-only"),  # the same before PostgreSQL 14
    ("ssl error", "SSL-ERROR", "tls-handshake"),
    ("password authentication failed", "28P01", "bad-login"),
    ("no password supplied", "28P01", "bad-login"),
    ("no pg_hba.conf entry", "28000", "refused"),
    ('role "', "28000", "bad-login"),  # role "x" does not exist
    ('database "', "3D000", "unknown-database"),  # database "x" does not exist
    ("the database system is", "57P03", "not-available"),  # starting up / shutting down
    ("connection refused", "ECONNREFUSED", "unreachable"),
    ("could not translate host name", "EHOSTNAME", "unreachable"),
    ("no route to host", "EHOSTUNREACH", "unreachable"),
    ("network is unreachable", "ENETUNREACH", "unreachable"),
    ("timeout expired", "ETIMEDOUT", "timeout"),
)


def _attach(err: HmsError, **details: Any) -> HmsError:
    # DatabaseError declares only message/field; the extra details are set as plain attributes so
    # callers can read them with getattr(err, "constraint", None) whatever errors.py declares.
    for name, value in details.items():
        setattr(err, name, value)
    return err


def _with(base: str, detail: str | None) -> str:
    return f"{base} ({detail})." if detail else f"{base}."


def _lower(name: str | None) -> str | None:
    return name.lower() if name else None


def map_db_error(exc: BaseException) -> HmsError | None:
    """The domain error for a database failure, or None if ``exc`` is not a database error we know.

    Accepts SQLAlchemy's wrappers (``sqlalchemy.exc.DBAPIError``), bare driver exceptions, and
    ``StaleDataError`` (an ORM version-counter mismatch). An ``HmsError`` is returned unchanged.
    """
    if isinstance(exc, HmsError):
        return exc
    if isinstance(exc, StaleDataError):
        mapped: HmsError | None = _attach(ConcurrentChange(MSG_CONCURRENT), code="stale-version")
    elif isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        mapped = _map_driver(exc.orig, exc.statement, invalidated=exc.connection_invalidated)
    else:
        mapped = _map_driver(exc, None, invalidated=False)
    if mapped is not None and mapped.__cause__ is None:
        mapped.__cause__ = exc
    return mapped


def friendly_connect_error(exc: BaseException) -> CannotConnect:
    """A ``CannotConnect`` for any failure while connecting (always returns one)."""
    mapped = map_db_error(exc)
    if isinstance(mapped, CannotConnect):
        return mapped
    if isinstance(exc, TimeoutError):
        return _cannot_connect("timeout", "ETIMEDOUT", exc)
    if isinstance(exc, ConnectionRefusedError):
        return _cannot_connect("unreachable", "ECONNREFUSED", exc)
    orig: BaseException = exc
    if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None:
        orig = exc.orig
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    code = getattr(mapped, "code", "") or _driver_code(orig)
    err = CannotConnect(f"{CONNECT_MESSAGES['other']}: {first_line}", code=code)
    err.__cause__ = exc
    return err


def _cannot_connect(
    kind: str, code: str, cause: BaseException | None = None, /, **details: str
) -> CannotConnect:
    text = CONNECT_MESSAGES[kind]
    if "{" in text:
        defaults = {
            "name": "in the connection settings",
            "file": "the named file",
            "detail": "no detail given",
            "store": "the wallet or CA file",
            "store_short": "wallet or CA file",
            "known": "",
        }
        text = text.format(**(defaults | {k: v for k, v in details.items() if v}))
    err = CannotConnect(text, code=code)
    _attach(err, reason=kind)
    if cause is not None:
        err.__cause__ = cause
    return err


def _driver_code(orig: BaseException) -> str:
    arg = orig.args[0] if orig.args else None
    full_code = getattr(arg, "full_code", None)
    if isinstance(full_code, str) and full_code:
        return full_code
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str):
        return sqlstate
    name = getattr(orig, "sqlite_errorname", None)
    return name if isinstance(name, str) else ""


def _map_driver(orig: BaseException, statement: str | None, *, invalidated: bool) -> HmsError | None:
    module = type(orig).__module__
    mapped: HmsError | None = None
    if module.startswith("oracledb"):
        mapped = _map_oracle(orig, statement)
    elif module.startswith("psycopg"):
        mapped = _map_postgresql(orig, statement)
    elif module.startswith("sqlite3"):
        mapped = _map_sqlite(orig, statement)
    if mapped is None and invalidated:
        mapped = _attach(ConnectionLost(MSG_LOST), code=_driver_code(orig))
    return mapped


def _map_oracle(orig: BaseException, statement: str | None) -> HmsError | None:
    err = orig.args[0] if orig.args else None
    full_code = str(getattr(err, "full_code", "") or "")
    code = getattr(err, "code", 0)
    code = code if isinstance(code, int) else 0
    message = str(getattr(err, "message", None) or err or "")
    if full_code == "DPY-4011":
        # oracledb folds every "session is dead" error (ORA-03113, 03135, 00028 ...) into DPY-4011
        return _attach(ConnectionLost(MSG_LOST), code=full_code, ora_code=code)
    if full_code == "DPY-6005":
        return _oracle_cannot_connect(orig, message)
    if full_code in _DPY_CONNECT:
        return _cannot_connect(_DPY_CONNECT[full_code], full_code, **_dpy_details(message))
    if code in _ORA_CONNECT:
        return _cannot_connect(_ORA_CONNECT[code], f"ORA-{code:05}")
    constraint = _ora_constraint(message)
    table, column = _ora_column(message)
    ora = f"ORA-{code:05}"
    if code == 1:
        return _attach(DuplicateRecord(_with(MSG_DUPLICATE, constraint)), constraint=constraint, code=ora)
    if code == 2291:
        return _attach(MissingReference(_with(MSG_MISSING_REF, constraint)), constraint=constraint, code=ora)
    if code == 2292:
        return _attach(
            StillReferenced(_with(MSG_STILL_REFERENCED, constraint)), constraint=constraint, code=ora
        )
    if code in (1400, 1407):  # cannot insert / update to NULL
        return _attach(RequiredValueMissing(_with(MSG_REQUIRED, column), field=column), table=table, code=ora)
    if code == 12899:
        found = _ORA_MAXIMUM.search(message)
        detail = f"{column}, at most {found.group(1)} characters" if column and found else column
        return _attach(ValueTooLong(_with(MSG_TOO_LONG, detail), field=column), table=table, code=ora)
    if code == 1438:  # value larger than specified precision
        return _attach(ValueTooLong(_with("A number is too large for its field", column)), code=ora)
    if code == 2290:
        return _attach(DatabaseError(_with(MSG_NOT_ALLOWED, constraint)), constraint=constraint, code=ora)
    if code in (ORA_APPEND_ONLY, ORA_COUNTER):  # raised by the protection triggers (migration 0007)
        base = MSG_PROTECTED if code == ORA_APPEND_ONLY else MSG_PROTECTED_COUNTER
        return _attach(ProtectedRecord(f"{base}."), code=ora, table=_protected_table(message))
    if code == 1031:  # insufficient privileges: the desk role has no UPDATE/DELETE on the table
        return _attach(ProtectedRecord(f"{MSG_NO_PRIVILEGE}."), code=ora)
    if code in _ORA_FULL:  # a tablespace cannot extend, a quota is used up
        return _attach(StorageFull(MSG_SERVER_FULL), code=ora)
    if code in (16000, 372, 1552):  # read-only database / file, read-only standby
        return _attach(ReadOnlyStorage(MSG_READONLY_SERVER), code=ora)
    if code in (54, 30006):  # NOWAIT / WAIT n timed out
        return _attach(RecordLocked(MSG_LOCKED), code=ora)
    if code in (8177, 60):  # serialisation failure, deadlock
        return _attach(ConcurrentChange(MSG_CONCURRENT), code=ora)
    return None


# unable to extend a table, index, temp or undo segment / tablespace; space quota exceeded
_ORA_FULL = frozenset({1536, 1652, 1653, 1654, 1658, 1688, 1691, 30036})

_DPY_FILE = re.compile(r"in (\S+tnsnames\.ora)|file '([^']+)'|wallet file (\S+) was not found")
_DPY_ALIAS = re.compile(r'unable to find ("[^"]*")')


def _dpy_details(message: str) -> dict[str, str]:
    details: dict[str, str] = {}
    found = _DPY_FILE.search(message)
    if found:
        details["file"] = next(g for g in found.groups() if g)
    alias = _DPY_ALIAS.search(message)
    if alias:
        details["name"] = alias.group(1)
        known = tns_aliases(Path(details.get("file", "")))
        if known:
            details["known"] = f" (it has {', '.join(known[:12])}{', …' if len(known) > 12 else ''})"
    return details


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    seen = exc.__cause__ or exc.__context__
    while seen is not None and seen not in chain and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    return chain


def _ssl_detail(exc: ssl.SSLError) -> str:
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str) and reason:
        return reason.replace("_", " ").lower()  # TLSV13_ALERT_CERTIFICATE_REQUIRED
    return re.sub(r"\s*\(_ssl\.c:\d+\)", "", str(exc)) or type(exc).__name__


def _oracle_cannot_connect(orig: BaseException, message: str) -> CannotConnect:
    """DPY-6005 ("cannot connect") wraps the real reason: a refused port, a TLS failure, a wallet."""
    wallet = {"store": "the wallet", "store_short": "wallet"}
    for cause in _causes(orig):
        if isinstance(cause, ssl.SSLCertVerificationError):
            mismatch = "mismatch" in str(cause).lower()
            kind = "tls-hostname" if mismatch else "tls-untrusted"
            return _cannot_connect(kind, "DPY-6005", **wallet)
        if isinstance(cause, ssl.SSLEOFError | ssl.SSLZeroReturnError):
            # the server hung up during or right after the handshake
            return _cannot_connect("closed-during-connect", "DPY-6005")
        if isinstance(cause, ssl.SSLError):
            return _cannot_connect("tls-handshake", "DPY-6005", detail=_ssl_detail(cause))
    for inner in ("DPY-2018", "DPY-6002", "DPY-6006", "DPY-6009", "DPY-4000", "DPY-4026"):
        if inner in message:
            return _cannot_connect(_DPY_CONNECT[inner], inner, **_dpy_details(message))
    if "DPY-4011" in message or any(isinstance(c, ConnectionResetError) for c in _causes(orig)):
        return _cannot_connect("closed-during-connect", "DPY-6005")
    return _cannot_connect("unreachable", "DPY-6005")


def _ora_constraint(message: str) -> str | None:
    found = _ORA_CONSTRAINT.search(message)
    return found.group(1).lower() if found else None


def _ora_column(message: str) -> tuple[str | None, str | None]:
    found = _ORA_COLUMN.search(message)
    if not found:
        return None, None
    return found.group(2).lower(), found.group(3).lower()


def _map_postgresql(orig: BaseException, statement: str | None) -> HmsError | None:
    sqlstate = getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    constraint = _lower(getattr(diag, "constraint_name", None))
    table = _lower(getattr(diag, "table_name", None))
    column = _lower(getattr(diag, "column_name", None))
    primary = str(getattr(diag, "message_primary", None) or "")
    if sqlstate is None:
        # libpq reports connect failures without a SQLSTATE: only the message says what went wrong
        text = str(orig).lower()
        if text.startswith("connection failed") or statement is None:
            for needle, code, kind in _PG_CONNECT_PATTERNS:
                if needle in text:
                    return _cannot_connect(kind, code, **_pg_details(str(orig)))
        return None
    details: dict[str, Any] = {"code": sqlstate, "constraint": constraint, "table": table}
    if sqlstate == "23505":
        return _attach(DuplicateRecord(_with(MSG_DUPLICATE, constraint)), **details)
    if sqlstate == "23503":
        deleting = _verb(statement) == "DELETE" or primary.startswith("update or delete")
        if deleting:
            return _attach(StillReferenced(_with(MSG_STILL_REFERENCED, constraint)), **details)
        return _attach(MissingReference(_with(MSG_MISSING_REF, constraint)), **details)
    if sqlstate == "23502":
        return _attach(RequiredValueMissing(_with(MSG_REQUIRED, column), field=column), **details)
    if sqlstate == "22001":
        found = re.search(r"varying\((\d+)\)", primary)
        detail = f"at most {found.group(1)} characters" if found else None
        return _attach(ValueTooLong(_with(MSG_TOO_LONG, detail)), **details)
    if sqlstate == "22003":
        return _attach(ValueTooLong("A number is too large for its field."), **details)
    if sqlstate == "23514":
        return _attach(DatabaseError(_with(MSG_NOT_ALLOWED, constraint)), **details)
    if sqlstate == PG_SQLSTATE:  # raised by the protection triggers (migration 0007)
        base = MSG_PROTECTED_COUNTER if "series" in primary else MSG_PROTECTED
        details["table"] = details["table"] or _protected_table(primary)
        return _attach(ProtectedRecord(f"{base}."), **details)
    if sqlstate == "42501":  # permission denied: the desk role's grants
        return _attach(ProtectedRecord(f"{MSG_NO_PRIVILEGE}."), **details)
    if sqlstate in ("53100", "53000"):  # disk_full, insufficient_resources
        return _attach(StorageFull(MSG_SERVER_FULL), **details)
    if sqlstate == "25006":  # read_only_sql_transaction: a standby or default_transaction_read_only
        return _attach(ReadOnlyStorage(MSG_READONLY_SERVER), **details)
    if sqlstate == "55P03":
        return _attach(RecordLocked(MSG_LOCKED), **details)
    if sqlstate in ("40001", "40P01"):
        return _attach(ConcurrentChange(MSG_CONCURRENT), **details)
    if sqlstate == "28P01" or sqlstate == "28000":
        return _cannot_connect("bad-login", sqlstate)
    if sqlstate == "3D000":
        return _cannot_connect("unknown-database", sqlstate)
    if sqlstate == "57P03":
        return _cannot_connect("not-available", sqlstate)
    if sqlstate in ("57P01", "57P02") or sqlstate.startswith("08"):
        return _attach(ConnectionLost(MSG_LOST), code=sqlstate)
    return None


_PG_FILE = re.compile(r'file "([^"]+)"')


def _pg_details(text: str) -> dict[str, str]:
    details = {"store": "the CA file (sslrootcert)", "store_short": "CA certificate"}
    found = _PG_FILE.search(text)
    if found:
        details["file"] = found.group(1)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines:
        details["detail"] = lines[-1].split(": ", 1)[-1][:160]
    return details


def _map_sqlite(orig: BaseException, statement: str | None) -> HmsError | None:
    # Python 3.11+ exposes the extended result code by name; the message carries table.column
    name = str(getattr(orig, "sqlite_errorname", "") or "")
    text = str(orig)
    columns = text.split(":", 1)[1].strip() if ":" in text else ""
    first = columns.split(",")[0].strip() if columns else ""
    table, _, column = first.partition(".")
    if name in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"):
        # SQLite names the columns, not the constraint: find the constraint in our metadata
        cols = [c.strip().partition(".")[2] for c in columns.split(",")] if columns else []
        constraint = _unique_constraint_for(table, cols)
        return _attach(
            DuplicateRecord(_with(MSG_DUPLICATE, constraint or columns or None)),
            code=name,
            table=table or None,
            constraint=constraint,
        )
    if name == "SQLITE_CONSTRAINT_FOREIGNKEY":
        if _verb(statement) == "DELETE":
            return _attach(StillReferenced(_with(MSG_STILL_REFERENCED, None)), code=name, constraint=None)
        return _attach(MissingReference(_with(MSG_MISSING_REF, None)), code=name, constraint=None)
    if name == "SQLITE_CONSTRAINT_NOTNULL":
        return _attach(
            RequiredValueMissing(_with(MSG_REQUIRED, column or None), field=column or None),
            code=name,
            table=table or None,
        )
    if name == "SQLITE_CONSTRAINT_TRIGGER" and REFUSAL_TAG in text:
        base = MSG_PROTECTED_COUNTER if "series" in text else MSG_PROTECTED
        return _attach(ProtectedRecord(f"{base}."), code=name, table=_protected_table(text))
    if name == "SQLITE_CONSTRAINT_CHECK":
        return _attach(DatabaseError(_with(MSG_NOT_ALLOWED, columns or None)), code=name)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return _attach(RecordLocked(MSG_LOCKED), code=name)
    if name == "SQLITE_FULL":
        return _attach(StorageFull(MSG_DISK_FULL), code=name)
    if name.startswith("SQLITE_READONLY"):  # the file, its folder (WAL/SHM) or the medium
        return _attach(ReadOnlyStorage(MSG_READONLY_FILE), code=name)
    if name == "SQLITE_CANTOPEN" or name.startswith("SQLITE_CANTOPEN"):
        err = _cannot_connect("other", name)
        err.message = f"{CONNECT_MESSAGES['other']}: the database file cannot be opened."
        err.args = (err.message,)
        return err
    return None


_PROTECTED_TABLE = re.compile(r"\b(?:on|ON) (\w+)|: (\w+) rows")


def _protected_table(message: str) -> str | None:
    """The table a protection trigger named in its message (``HMS-PROTECT: UPDATE on invoice ...``)."""
    found = _PROTECTED_TABLE.search(message.partition(REFUSAL_TAG)[2])
    return (found.group(1) or found.group(2)).lower() if found else None


def _unique_constraint_for(table: str, columns: list[str]) -> str | None:
    """The name of the unique key or unique index of ``table`` over exactly ``columns``, if known."""
    found = Base.metadata.tables.get(table)
    if found is None or not columns:
        return None
    wanted = set(columns)
    keys: list[Any] = [c for c in found.constraints if isinstance(c, UniqueConstraint | PrimaryKeyConstraint)]
    keys += [i for i in found.indexes if isinstance(i, Index) and i.unique]
    for key in keys:
        if {c.name for c in key.columns} == wanted and isinstance(key.name, str):
            return str(key.name)
    return None


def _verb(statement: str | None) -> str:
    if not statement:
        return ""
    return statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
