"""Connection profiles: where the database is and how to reach it. Secrets are never part of a
profile; the database password and an Oracle wallet's password live in the OS keychain (see
``hms_desktop.secrets``).

Oracle desks connect one of four ways (``OracleMethod``), all through python-oracledb's thin mode:

- ``service``: host, port and service name (the profile's ``database``);
- ``easy-connect``: an Easy Connect string as the DBA writes it (``dbhost:1521/ORCLPDB1``,
  ``tcps://dbhost:2484/ORCLPDB1?wallet_location=/etc/hms/wallet``), in ``dsn``;
- ``tns-alias``: an alias (``dsn``) looked up in ``tnsnames.ora`` in the ``tns_admin`` folder;
- ``wallet``: TLS with a wallet folder (e.g. an Autonomous Database wallet: ``tnsnames.ora``,
  ``sqlnet.ora``, ``ewallet.pem``); ``dsn`` is one of the wallet's aliases (``hmsdb_high``).

PostgreSQL profiles carry libpq's ``sslmode`` and certificate files. Either backend may name a
``schema``: desks sign in as an application (desk) user and work in the owner's schema, set on every
new connection (``ALTER SESSION SET CURRENT_SCHEMA`` on Oracle, ``search_path`` on PostgreSQL).
"""

from __future__ import annotations

import dataclasses
import re
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from hms_desktop.errors import ValidationError


class Backend(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"
    ORACLE = "oracle"


class OracleMethod(StrEnum):
    SERVICE = "service"
    EASY_CONNECT = "easy-connect"
    TNS_ALIAS = "tns-alias"
    WALLET = "wallet"


class SslMode(StrEnum):
    """libpq's sslmode values a clinic's admin chooses from ("" = libpq's default, prefer)."""

    DISABLE = "disable"
    PREFER = "prefer"
    REQUIRE = "require"
    VERIFY_CA = "verify-ca"
    VERIFY_FULL = "verify-full"


TNSNAMES = "tnsnames.ora"
PEM_WALLET = "ewallet.pem"
SSO_WALLET = "cwallet.sso"

# unquoted identifiers only: letters, digits and _ (Oracle also $ and #), starting with a letter
_ORACLE_SCHEMA = re.compile(r"[A-Za-z][A-Za-z0-9_$#]{0,29}")
_PG_SCHEMA = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


@dataclasses.dataclass(frozen=True)
class Profile:
    name: str
    backend: Backend
    host: str = ""
    port: int = 0
    database: str = ""  # service name (Oracle), database (PostgreSQL) or file path (SQLite)
    user: str = ""
    # Oracle: how to reach the server; dsn is the Easy Connect string or the TNS alias
    method: OracleMethod = OracleMethod.SERVICE
    dsn: str = ""
    tns_admin: str = ""  # folder holding tnsnames.ora (python-oracledb's config_dir)
    wallet: str = ""  # wallet folder holding ewallet.pem (python-oracledb's wallet_location)
    # PostgreSQL TLS (libpq parameters of the same names)
    sslmode: str = ""
    sslrootcert: str = ""
    sslcert: str = ""
    sslkey: str = ""
    # the owner's schema desks work in ("" = the user's own schema)
    schema: str = ""

    @property
    def oracle_method(self) -> OracleMethod | None:
        return self.method if self.backend is Backend.ORACLE else None

    @property
    def uses_dsn(self) -> bool:
        return self.oracle_method in (OracleMethod.EASY_CONNECT, OracleMethod.TNS_ALIAS, OracleMethod.WALLET)

    @property
    def config_dir(self) -> str:
        """The folder python-oracledb reads tnsnames.ora from ("" when none is used)."""
        if self.oracle_method is OracleMethod.TNS_ALIAS:
            return self.tns_admin
        if self.oracle_method is OracleMethod.WALLET:
            return self.tns_admin or self.wallet
        return ""

    @property
    def wallet_location(self) -> str:
        return self.wallet if self.oracle_method is OracleMethod.WALLET else ""

    @property
    def keychain_key(self) -> str:
        # host/port/service keeps the key profiles have always used, so stored passwords are found
        if self.uses_dsn:
            return f"{self.backend}:{self.user}@{self.dsn}"
        return f"{self.backend}:{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def wallet_keychain_key(self) -> str:
        """Where the wallet's password is kept: one per wallet folder."""
        return f"oracle-wallet:{self.wallet}"

    def describe(self) -> str:
        if self.backend is Backend.SQLITE:
            return f"embedded ({Path(self.database).name})"
        extra = ""
        if self.schema:
            extra += f", schema {self.schema}"
        method = self.oracle_method
        if method is OracleMethod.EASY_CONNECT:
            return f"oracle {self.user}@{self.dsn} (Easy Connect{extra})"
        if method is OracleMethod.TNS_ALIAS:
            return f"oracle {self.user}@{self.dsn} (TNS alias in {self.tns_admin}{extra})"
        if method is OracleMethod.WALLET:
            return f"oracle {self.user}@{self.dsn} (wallet {self.wallet}{extra})"
        if self.backend is Backend.POSTGRESQL and self.sslmode:
            extra = f", sslmode {self.sslmode}{extra}"
        where = f"{self.backend} {self.user}@{self.host}:{self.port}/{self.database}"
        return f"{where} ({extra[2:]})" if extra else where

    def url(self, password: str | None = None) -> URL:
        if self.backend is Backend.SQLITE:
            return URL.create("sqlite+pysqlite", database=self.database)
        if self.backend is Backend.POSTGRESQL:
            return URL.create(
                "postgresql+psycopg",
                username=self.user,
                password=password,
                host=self.host,
                port=self.port or 5432,
                database=self.database,
            )
        if self.uses_dsn:
            # the dsn (and the folders) go to python-oracledb as connect arguments: see driver_args()
            return URL.create("oracle+oracledb", username=self.user, password=password)
        return URL.create(
            "oracle+oracledb",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port or 1521,
            query={"service_name": self.database},
        )

    def driver_args(self) -> dict[str, Any]:
        """Connect arguments for the driver beyond the URL (no secrets: the engine adds those)."""
        args: dict[str, Any] = {}
        if self.backend is Backend.ORACLE and self.uses_dsn:
            args["dsn"] = self.dsn
            if self.config_dir:
                args["config_dir"] = self.config_dir
            if self.wallet_location:
                args["wallet_location"] = self.wallet_location
        elif self.backend is Backend.POSTGRESQL:
            for name in ("sslmode", "sslrootcert", "sslcert", "sslkey"):
                value = getattr(self, name)
                if value:
                    args[name] = value
        return args

    def session_sql(self) -> str | None:
        """The statement run on every new connection to enter the owner's schema, if any.

        The name is checked as a plain identifier that is not a reserved word (``check_schema``), so
        it cannot inject SQL. Oracle gets it unquoted (upper-cased, as Oracle folds it; its grammar takes
        no quoted name here); PostgreSQL quoted in the lower case it folds unquoted names to.
        """
        if not self.schema or self.backend is Backend.SQLITE:
            return None
        name = check_schema(self.backend, self.schema)
        if self.backend is Backend.ORACLE:
            return f"ALTER SESSION SET CURRENT_SCHEMA = {name.upper()}"
        return f'SET SESSION search_path TO "{name.lower()}"'


def check_schema(backend: Backend, name: str) -> str:
    """``name`` when it is a plain schema name for ``backend``; else a ValidationError on ``schema``."""
    from hms_desktop.db.base import ORACLE_RESERVED

    pattern = _ORACLE_SCHEMA if backend is Backend.ORACLE else _PG_SCHEMA
    if backend is Backend.ORACLE and name.upper() in ORACLE_RESERVED:
        raise ValidationError({"schema": f"{name} is an Oracle reserved word, not a schema name."})
    if not pattern.fullmatch(name):
        limit = 30 if backend is Backend.ORACLE else 63
        allowed = "letters, digits, _, $ and #" if backend is Backend.ORACLE else "letters, digits and _"
        raise ValidationError(
            {
                "schema": f"A schema name is 1 to {limit} {allowed}, starting with a letter "
                "(no quotes or spaces)."
            }
        )
    return name


def check_easy_connect(text: str) -> tuple[str, int, str]:
    """Host, port and service name of an Easy Connect string, parsed by python-oracledb itself.

    Without a configuration folder the driver reads anything that is not Easy Connect as a TNS
    alias and fails (DPY-4027): that is the sign the text is not an Easy Connect string.
    """
    import oracledb

    params = oracledb.ConnectParams()
    try:
        params.parse_connect_string(text)
    except oracledb.Error as exc:
        raise ValidationError(
            {
                "dsn": "Not an Easy Connect string: write host[:port]/service_name, e.g. "
                "dbhost:1521/ORCLPDB1 or tcps://dbhost:2484/ORCLPDB1."
            }
        ) from exc
    host = params.host if isinstance(params.host, str) else ""
    if not host:
        raise ValidationError({"dsn": "The Easy Connect string names no server host."})
    port = params.port if isinstance(params.port, int) else 1521
    service = params.service_name if isinstance(params.service_name, str) else ""
    return host, port, service


def check_tns_folder(folder: str, field: str = "tns_admin") -> Path:
    """The tnsnames.ora in ``folder``, or a ValidationError saying what is wrong with the folder."""
    if not folder:
        raise ValidationError({field: "Choose the folder that holds tnsnames.ora (TNS_ADMIN)."})
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ValidationError({field: f"The folder {path} does not exist or cannot be opened."})
    names = path / TNSNAMES
    try:
        with names.open("rb"):
            pass
    except FileNotFoundError:
        raise ValidationError({field: f"The folder {path} has no {TNSNAMES}."}) from None
    except OSError as exc:
        raise ValidationError({field: f"{names} cannot be read: {exc.strerror}."}) from exc
    return names


def check_tns_alias(folder: str, alias: str, folder_field: str = "tns_admin") -> None:
    """Check ``alias`` resolves in ``folder``'s tnsnames.ora, with python-oracledb's own reader."""
    import oracledb

    field = "dsn"
    names = check_tns_folder(folder, folder_field)
    if not alias:
        raise ValidationError({field: f"Enter the TNS alias (an entry name in {names})."})
    params = oracledb.ConnectParams(config_dir=str(names.parent))
    try:
        params.parse_connect_string(alias)
    except oracledb.Error as exc:
        known = tns_aliases(names)
        listed = f" It has: {', '.join(known[:12])}{', …' if len(known) > 12 else ''}." if known else ""
        raise ValidationError({field: f"There is no entry {alias!r} in {names}.{listed}"}) from exc


def tns_aliases(names: Path) -> list[str]:
    """The entry names of a tnsnames.ora (top-level ``alias[, alias2] = (...)``), for messages."""
    try:
        text = names.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found: list[str] = []
    depth, start = 0, 0
    clean = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    for i, ch in enumerate(clean):
        if ch == "(":
            if depth == 0:
                lines = clean[start:i].strip().splitlines()
                head = lines[-1].strip() if lines else ""  # an IFILE line may come before it
                if head.endswith("="):
                    found += [a.strip() for a in head[:-1].split(",") if a.strip()]
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
            if depth == 0:
                start = i + 1
    return [a for a in found if not a.upper().startswith("IFILE")]


def wallet_needs_password(folder: str) -> bool:
    """True when the wallet's ewallet.pem holds an encrypted private key (a wallet password)."""
    try:
        text = (Path(folder).expanduser() / PEM_WALLET).read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return "ENCRYPTED PRIVATE KEY" in text or "Proc-Type: 4,ENCRYPTED" in text


def check_wallet_folder(folder: str, field: str = "wallet") -> Path:
    """The wallet's ewallet.pem, or a ValidationError saying what the folder lacks."""
    if not folder:
        raise ValidationError({field: "Choose the wallet folder (unzipped, with ewallet.pem)."})
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ValidationError({field: f"The wallet folder {path} does not exist or cannot be opened."})
    pem = path / PEM_WALLET
    try:
        with pem.open("rb"):
            pass
    except FileNotFoundError:
        hint = (
            f" It has only {SSO_WALLET}, which this app cannot use: download the wallet again "
            "(it includes ewallet.pem) or ask the DBA for a PEM wallet."
            if (path / SSO_WALLET).exists()
            else " Unzip the wallet the DBA gave you into this folder."
        )
        raise ValidationError({field: f"The folder {path} has no {PEM_WALLET}.{hint}"}) from None
    except OSError as exc:
        raise ValidationError({field: f"{pem} cannot be read: {exc.strerror}."}) from exc
    return pem


def validate(profile: Profile) -> None:
    """Every field problem of a server profile at once, by field; nothing for a good profile.

    Checks what can be checked on this computer: required fields per method, an Easy Connect
    string's form, that the TNS folder has tnsnames.ora and the alias is in it, that the wallet
    folder has ewallet.pem, that the certificate files exist, and the schema name.
    """
    if profile.backend is Backend.SQLITE:
        return
    errors: dict[str, str] = {}

    def check(func: Any, *args: Any) -> None:
        try:
            func(*args)
        except ValidationError as exc:
            for key, text in exc.errors.items():
                errors.setdefault(key, text)

    method = profile.oracle_method
    if method is OracleMethod.EASY_CONNECT:
        if not profile.dsn:
            errors["dsn"] = "Enter the Easy Connect string, e.g. dbhost:1521/ORCLPDB1."
        else:
            check(check_easy_connect, profile.dsn)
    elif method is OracleMethod.TNS_ALIAS:
        check(check_tns_alias, profile.tns_admin, profile.dsn)
    elif method is OracleMethod.WALLET:
        check(check_wallet_folder, profile.wallet)
        if "wallet" not in errors:
            folder_field = "tns_admin" if profile.tns_admin else "wallet"
            check(check_tns_alias, profile.tns_admin or profile.wallet, profile.dsn, folder_field)
    else:
        if not profile.host:
            errors["host"] = "Enter the host."
        if not profile.database:
            errors["database"] = "Enter the database."
    if profile.backend is Backend.POSTGRESQL:
        if profile.sslmode and profile.sslmode not in {m.value for m in SslMode}:
            errors["sslmode"] = f"sslmode is one of {', '.join(m.value for m in SslMode)}."
        for name in ("sslrootcert", "sslcert", "sslkey"):
            value = getattr(profile, name)
            if value and value != "system" and not Path(value).expanduser().is_file():
                errors[name] = f"The file {value} does not exist."
        if profile.sslmode in (SslMode.VERIFY_CA, SslMode.VERIFY_FULL) and not profile.sslrootcert:
            errors.setdefault(
                "sslrootcert", f"sslmode {profile.sslmode} needs the CA certificate file of the server."
            )
        if bool(profile.sslcert) != bool(profile.sslkey):
            errors.setdefault(
                "sslkey", "A client certificate needs its key file too (and the other way round)."
            )
    if profile.schema:
        check(check_schema, profile.backend, profile.schema)
    if errors:
        raise ValidationError(errors)


def profile_from_url(url: str, name: str = "url") -> tuple[Profile, str | None]:
    """Parse a SQLAlchemy URL (tests, CLI ``--url``) into a profile plus its password.

    Recognised query parameters: PostgreSQL's ``sslmode``, ``sslrootcert``, ``sslcert``, ``sslkey``;
    Oracle's ``service_name``; either's ``schema``. A URL with no host and an Oracle ``dsn``
    parameter is an Easy Connect string or, with ``config_dir``, a TNS alias.
    """
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return Profile(name, Backend.SQLITE, database=u.database or ""), None
    backend = Backend(u.get_backend_name())
    query = {k: str(v if isinstance(v, str) else v[0]) for k, v in u.query.items()}
    extra: dict[str, Any] = {"schema": query.get("schema", "")}
    if backend is Backend.POSTGRESQL:
        extra |= {k: query.get(k, "") for k in ("sslmode", "sslrootcert", "sslcert", "sslkey")}
    elif query.get("dsn"):
        method = OracleMethod.TNS_ALIAS if query.get("config_dir") else OracleMethod.EASY_CONNECT
        extra |= {"method": method, "dsn": query["dsn"], "tns_admin": query.get("config_dir", "")}
        if query.get("wallet_location"):
            extra |= {"method": OracleMethod.WALLET, "wallet": query["wallet_location"]}
    database = u.database or query.get("service_name", "")
    return (
        Profile(
            name,
            backend,
            host=u.host or "",
            port=u.port or 0,
            database=database,
            user=u.username or "",
            **extra,
        ),
        u.password,
    )
