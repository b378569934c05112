"""``hms-desktop-admin``: administration from a terminal (schema, users, demo data, profiles).

The database is ``--url`` (a SQLAlchemy URL; a password in it is allowed for scripts and tests),
``--profile NAME`` (a saved connection profile; its password comes from the OS keychain), or by
default the embedded database.

Commands act as an administrator who signs in: ``--admin USER`` (default ``$HMS_ADMIN_USER`` or
``admin``) with the password from ``$HMS_ADMIN_PASSWORD`` or a prompt. No sign-in is needed for
``db ...``, ``profile ...``, ``demo seed`` into an empty database, and the first ``user add --role
admin`` while no account exists. Expected failures print one line and exit with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from hms_desktop.errors import HmsError

EXIT_ERROR = 2
NO_TERMINAL = (
    "There is no terminal to type {what} in. Set HMS_ADMIN_PASSWORD in the environment "
    "(e.g. `HMS_ADMIN_PASSWORD=... hms-desktop-admin ...`; HMS_ADMIN_USER or --admin names the "
    "administrator), or run the command in a terminal."
)


class CliError(HmsError):
    pass


# --- plumbing ---------------------------------------------------------------------------------


def _out(text: str = "") -> None:
    print(text)


def _table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for r in cells:
        _out("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _read_secret(args: argparse.Namespace, prompt: str, confirm: bool = True) -> str:
    if getattr(args, "password_stdin", False):
        stdin: TextIO = sys.stdin
        line = stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError(
            f"{prompt.rstrip(': ')}: there is no terminal to type it in. Pipe it in with --password-stdin "
            "(e.g. `printf '%s\\n' \"$PW\" | hms-desktop-admin ... --password-stdin`)."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("The two passwords differ.")
    return first


def _resolve(args: argparse.Namespace) -> tuple[Any, str | None]:
    """The profile and password the global options name."""
    from hms_desktop.config import ProfileStore, embedded_profile
    from hms_desktop.db.profiles import Backend, profile_from_url

    if args.url:
        try:
            return profile_from_url(args.url, name="cli")
        except Exception as exc:
            raise CliError(f"Not a database URL: {exc}") from exc
    if args.profile:
        from hms_desktop import secrets

        profile = ProfileStore().get(args.profile)
        if profile.backend is Backend.SQLITE:
            return profile, None
        password = secrets.get_db_password(profile)
        if password is None:
            raise CliError(f"No password is stored for profile {profile.name!r}; run `profile add` again.")
        return profile, password
    return embedded_profile(), None


def _open(args: argparse.Namespace, migrate: bool = True) -> Any:
    from hms_desktop.bootstrap import open_database

    profile, password = _resolve(args)
    return open_database(profile, password, migrate=migrate)


def _admin(args: argparse.Namespace, db: Any) -> Any:
    """Sign in the administrator running the command."""
    from hms_desktop.domain.enums import Role
    from hms_desktop.services.auth import AuthService

    username = args.admin or os.environ.get("HMS_ADMIN_USER") or "admin"
    password = os.environ.get("HMS_ADMIN_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(NO_TERMINAL.format(what=f"the password of administrator {username!r}"))
        password = getpass.getpass(f"Password for administrator {username}: ")
    actor = AuthService(db).login(username, password)
    if actor.role is not Role.ADMIN:
        raise CliError(f"{username!r} is not an administrator.")
    return actor


# --- db ---------------------------------------------------------------------------------------


def cmd_db_upgrade(args: argparse.Namespace) -> None:
    from hms_desktop.db.migrate import current_revision

    db = _open(args, migrate=True)
    try:
        _out(f"Schema is at {current_revision(db.engine)} (head) on {db.profile.describe()}.")
    finally:
        db.dispose()


def cmd_db_current(args: argparse.Namespace) -> None:
    from hms_desktop.bootstrap import map_or_cannot_connect
    from hms_desktop.db.engine import make_engine
    from hms_desktop.db.migrate import current_revision, head_revision

    profile, password = _resolve(args)
    engine = make_engine(profile, password)
    try:
        current = current_revision(engine)
    except Exception as exc:
        raise map_or_cannot_connect(exc, profile) from exc
    finally:
        engine.dispose()
    head = head_revision()
    state = "up to date" if current == head else "behind: run `db upgrade`"
    _out(f"current: {current or '(empty)'}  head: {head}  ({state})")


def cmd_db_sql(args: argparse.Namespace) -> None:
    from hms_desktop.db import sqlscripts

    if args.write:
        for path in sqlscripts.write_scripts(Path(args.root)):
            _out(f"wrote {path}")
        return
    _out(sqlscripts.render_script(sqlscripts.BY_DIALECT[args.dialect]))


def cmd_db_rekey_names(args: argparse.Namespace) -> None:
    """Bring every patient's phonetic name keys up to date (after the sql/ scripts, or a rules change)."""
    from hms_desktop.db.name_keys import rekey_patients
    from hms_desktop.domain.enums import AuditOutcome
    from hms_desktop.services.audit import record_separately

    db = _open(args)
    try:
        actor = _admin(args, db)
        with db.engine.begin() as conn:
            changed = rekey_patients(conn)
        record_separately(
            db, actor, "patient.rekey", AuditOutcome.OK, "patient", None, {"rows_changed": changed}
        )
        _out(f"{changed} patient(s) re-keyed.")
    finally:
        db.dispose()


# --- users ------------------------------------------------------------------------------------


def cmd_user_add(args: argparse.Namespace) -> None:
    from hms_desktop.domain.enums import Role
    from hms_desktop.services.auth import AuthService
    from hms_desktop.services.users import UserService

    db = _open(args)
    try:
        auth = AuthService(db)
        if auth.needs_first_admin():
            if args.role != Role.ADMIN.value:
                raise CliError("There are no users yet: the first one must be an admin (--role admin).")
            password = _read_secret(args, f"Password for {args.username}: ")
            actor = auth.create_first_admin(args.username, args.name, password)
            _out(f"Created the first administrator {actor.username!r}.")
            return
        admin = _admin(args, db)
        password = _read_secret(args, f"Password for {args.username}: ")
        info = UserService(db).add_user(admin, args.username, args.name, args.role, password, args.doctor_id)
        _out(f"Added {info.username!r} ({info.role.value}), id {info.id}.")
    finally:
        db.dispose()


def cmd_user_list(args: argparse.Namespace) -> None:
    from hms_desktop.services.container import clinic_clock
    from hms_desktop.services.users import UserService

    db = _open(args)
    try:
        users = UserService(db).list_users(_admin(args, db))
        zone = clinic_clock(db).zone  # sign-ins in the clinic's time, as the desk shows them
        _table(
            [
                (
                    u.id,
                    u.username,
                    u.full_name,
                    u.role.value,
                    u.status.value + (", must change password" if u.must_change_password else ""),
                    u.failed_logins,
                    u.doctor_name or "",
                    u.last_login_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if u.last_login_at else "",
                )
                for u in users
            ],
            ("id", "username", "name", "role", "status", "failed", "doctor", "last sign-in"),
        )
    finally:
        db.dispose()


def _user_action(args: argparse.Namespace, verb: str) -> None:
    from hms_desktop.services.users import UserService

    db = _open(args)
    try:
        admin = _admin(args, db)
        service = UserService(db)
        target = service.get_by_username(admin, args.username)
        if verb == "passwd":
            if args.expire and not args.password_stdin and not sys.stdin.isatty():
                info = service.expire_password(admin, target.id)
                _out(f"{info.username!r} must choose a new password at the next sign-in.")
                return
            password = _read_secret(args, f"New password for {target.username}: ")
            info = service.reset_password(admin, target.id, password, expire=args.expire)
            then = " They must choose their own at the next sign-in." if info.must_change_password else ""
            _out(f"Password of {info.username!r} reset.{then}")
            return
        action: Callable[[Any, int], Any] = getattr(service, verb)
        info = action(admin, target.id)
        _out(f"{info.username!r} is now {info.status.value}.")
    finally:
        db.dispose()


# --- demo, doctors, patients, settings --------------------------------------------------------


def cmd_demo_seed(args: argparse.Namespace) -> None:
    from hms_desktop.bootstrap import is_empty
    from hms_desktop.services.demo import seed_demo

    db = _open(args)
    try:
        if not is_empty(db):
            raise CliError("The database already has data; demo data goes only into an empty database.")
        summary = seed_demo(db, patients=args.patients, rng_seed=args.seed)
        _out(summary.describe())
    finally:
        db.dispose()


def _expiry_flag(expired: bool, soon: bool) -> str:
    return " EXPIRED" if expired else " soon" if soon else ""


def cmd_billing_prefix(args: argparse.Namespace) -> None:
    import datetime as dt

    from hms_desktop.services.billing import BillingService

    db = _open(args)
    try:
        on = dt.date.fromisoformat(args.from_date) if args.from_date else None
        first = BillingService(db).set_prefix(_admin(args, db), args.doc_type, args.prefix, on)
        _out(f"{args.doc_type} documents will be numbered {first}, {first[:-1]}2, ...")
    finally:
        db.dispose()


def cmd_doctor_list(args: argparse.Namespace) -> None:
    from hms_desktop.services.clinic import ClinicService

    db = _open(args)
    try:
        doctors = ClinicService(db).list_doctors(_admin(args, db), active_only=not args.all)
        _table(
            [
                (
                    d.id,
                    d.full_name,
                    d.qualifications,
                    d.department_name,
                    d.reg_number,
                    f"{d.reg_expiry}{_expiry_flag(d.reg_expired, d.reg_expiring_soon)}",
                    d.consultation_fee,
                )
                for d in doctors
            ],
            ("id", "name", "qualifications", "department", "registration", "expires", "fee"),
        )
    finally:
        db.dispose()


def cmd_patient_list(args: argparse.Namespace) -> None:
    from hms_desktop.services.patients import PatientService
    from hms_desktop.services.patients_types import PatientSort

    db = _open(args)
    try:
        rows = PatientService(db).list_page(
            _admin(args, db), PatientSort(args.sort), descending=args.desc, limit=args.limit
        )
        _table(
            [(r.mrn, r.display_name, r.sex, r.age_text, r.phone, r.city, r.registered_on) for r in rows],
            ("MRN", "name", "sex", "age", "phone", "city", "registered"),
        )
    finally:
        db.dispose()


def cmd_patient_add(args: argparse.Namespace) -> None:
    from hms_desktop.services.patients import PatientService
    from hms_desktop.services.patients_types import PatientInput

    dob = None
    if args.dob:
        try:
            dob = dt.date.fromisoformat(args.dob)
        except ValueError as exc:
            raise CliError("--dob must be YYYY-MM-DD.") from exc
    data = PatientInput(
        first_name=args.first,
        last_name=args.last,
        sex=args.sex.upper(),
        date_of_birth=dob,
        age_years=args.age,
        phone=args.phone,
        city=args.city,
        pin_code=args.pin,
        email=args.email,
        abha_number=args.abha,
    )
    db = _open(args)
    try:
        detail = PatientService(db).register(_admin(args, db), data)
        _out(f"Registered {detail.display_name} as {detail.mrn}.")
        for warning in detail.warnings:
            _out(f"warning: {warning}")
    finally:
        db.dispose()


# --- profiles ---------------------------------------------------------------------------------


# profile field -> the option that sets it, for messages
_PROFILE_OPTIONS = {
    "host": "--host",
    "database": "--database",
    "dsn": "--easy-connect/--tns-alias",
    "tns_admin": "--tns-admin",
    "wallet": "--wallet",
    "sslmode": "--sslmode",
    "sslrootcert": "--sslrootcert",
    "sslcert": "--sslcert",
    "sslkey": "--sslkey",
    "schema": "--schema",
}


def _profile_from_args(args: argparse.Namespace) -> Any:
    from hms_desktop.db.profiles import Backend, OracleMethod, Profile

    backend = Backend(args.backend)
    if backend is Backend.SQLITE:
        if not args.database:
            raise CliError("An embedded profile needs --database FILE.")
        return Profile(args.name, backend, database=str(Path(args.database).expanduser().resolve()))
    if not args.user:
        raise CliError("A server profile needs --user.")
    chosen = [o for o, v in (("--easy-connect", args.easy_connect), ("--tns-alias", args.tns_alias)) if v]
    if len(chosen) > 1:
        raise CliError("Give either --easy-connect or --tns-alias, not both.")
    oracle_only = ("--easy-connect", "--tns-alias", "--tns-admin", "--wallet")
    pg_only = ("--sslmode", "--sslrootcert", "--sslcert", "--sslkey")
    given = {o for o in (*oracle_only, *pg_only) if getattr(args, o[2:].replace("-", "_"))}
    wrong = sorted(given & set(pg_only if backend is Backend.ORACLE else oracle_only))
    if wrong:
        raise CliError(f"{', '.join(wrong)} do not apply to a {backend} profile.")

    def folder(value: str | None) -> str:
        return str(Path(value).expanduser().resolve()) if value else ""

    def file(value: str | None) -> str:
        if not value or value == "system":  # libpq's "the operating system's trusted CAs"
            return value or ""
        return str(Path(value).expanduser().resolve())

    common: dict[str, Any] = {"user": args.user, "schema": args.schema or ""}
    if backend is Backend.ORACLE and (args.easy_connect or args.tns_alias or args.wallet):
        if args.easy_connect:
            if args.wallet or args.tns_admin:
                raise CliError("--easy-connect carries its own settings (e.g. ?wallet_location=DIR).")
            method, dsn = OracleMethod.EASY_CONNECT, args.easy_connect
        elif args.wallet:
            if not args.tns_alias:
                raise CliError("--wallet needs --tns-alias: one of the aliases in the wallet's tnsnames.ora.")
            method, dsn = OracleMethod.WALLET, args.tns_alias
        else:
            if not args.tns_admin:
                raise CliError("--tns-alias needs --tns-admin DIR: the folder holding tnsnames.ora.")
            method, dsn = OracleMethod.TNS_ALIAS, args.tns_alias
        return Profile(
            args.name,
            backend,
            method=method,
            dsn=dsn,
            tns_admin=folder(args.tns_admin),
            wallet=folder(args.wallet),
            **common,
        )
    if args.tns_admin:
        raise CliError("--tns-admin goes with --tns-alias (or --wallet).")
    if not (args.host and args.database):
        raise CliError(
            "A server profile needs --host and --database (or, for Oracle, --easy-connect, "
            "--tns-alias with --tns-admin, or --wallet)."
        )
    tls: dict[str, Any] = (
        {
            "sslmode": args.sslmode or "",
            "sslrootcert": file(args.sslrootcert),
            "sslcert": file(args.sslcert),
            "sslkey": file(args.sslkey),
        }
        if backend is Backend.POSTGRESQL
        else {}
    )
    return Profile(
        args.name, backend, host=args.host, port=args.port or 0, database=args.database, **common, **tls
    )


def cmd_profile_add(args: argparse.Namespace) -> None:
    from hms_desktop import secrets
    from hms_desktop.config import ProfileStore
    from hms_desktop.db.profiles import Backend, validate, wallet_needs_password
    from hms_desktop.errors import ValidationError

    profile = _profile_from_args(args)
    try:
        validate(profile)
    except ValidationError as exc:
        raise CliError(" ".join(f"{_PROFILE_OPTIONS.get(k, k)}: {v}" for k, v in exc.errors.items())) from exc
    store = ProfileStore()
    if profile.backend is not Backend.SQLITE:
        # store the secrets first: a profile without its password would be useless
        secrets.set_db_password(profile, _read_secret(args, f"Database password for {args.user}: "))
        if profile.wallet_location and wallet_needs_password(profile.wallet_location):
            # with --password-stdin: the second line
            wallet_pw = _read_secret(
                args, f"Password of the wallet in {profile.wallet_location}: ", confirm=False
            )
            from hms_desktop.db.engine import check_wallet_password

            try:
                check_wallet_password(profile, wallet_pw)
            except HmsError as exc:
                raise CliError(f"--wallet: {exc.message}") from exc
            secrets.set_wallet_password(profile, wallet_pw)
    store.add(profile, replace=args.replace)
    _out(f"Saved profile {profile.name!r}: {profile.describe()}.")


def cmd_profile_list(args: argparse.Namespace) -> None:
    from hms_desktop.config import ProfileStore

    stored = ProfileStore().load()
    rows = [("*" if p.name == stored.chosen else "", p.name, p.describe()) for p in stored.profiles]
    _table(rows, ("", "name", "database"))


def cmd_profile_use(args: argparse.Namespace) -> None:
    from hms_desktop.config import ProfileStore

    ProfileStore().choose(args.name)
    _out(f"The app will open {args.name!r}.")


def cmd_profile_delete(args: argparse.Namespace) -> None:
    from hms_desktop import secrets
    from hms_desktop.config import ProfileStore
    from hms_desktop.db.profiles import Backend

    store = ProfileStore()
    profile = store.get(args.name)
    store.remove(args.name)
    if profile.backend is not Backend.SQLITE:
        try:
            secrets.delete_db_password(profile)
            # a wallet's password goes with the last profile that uses the wallet
            if profile.wallet_location and all(
                p.wallet_location != profile.wallet_location for p in store.list()
            ):
                secrets.delete_wallet_password(profile)
        except secrets.KeychainUnavailable as exc:
            _out(f"warning: {exc}")
    _out(f"Deleted profile {args.name!r}.")


# --- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from hms_desktop import cli_admin, cli_data, cli_protect

    p = argparse.ArgumentParser(prog="hms-desktop-admin", description=__doc__.split("\n\n")[0])
    where = p.add_mutually_exclusive_group()
    where.add_argument("--url", help="SQLAlchemy database URL (default: the embedded database)")
    where.add_argument("--profile", help="a saved connection profile (password from the keychain)")
    p.add_argument("--admin", help="administrator to sign in as (password: $HMS_ADMIN_PASSWORD or a prompt)")
    groups = p.add_subparsers(dest="group", required=True, metavar="COMMAND")

    def cmd(parent: Any, name: str, func: Callable[[argparse.Namespace], None], help_: str) -> Any:
        sp = parent.add_parser(name, help=help_)
        sp.set_defaults(func=func)
        return sp

    def pw_stdin(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--password-stdin", action="store_true", help="read the password from standard input")

    g = groups.add_parser("db", help="schema").add_subparsers(dest="cmd", required=True)
    cmd(g, "upgrade", cmd_db_upgrade, "migrate the schema to this version")
    cmd(g, "current", cmd_db_current, "show the schema revision")
    sp = cmd(g, "sql", cmd_db_sql, "print (or --write) the schema scripts")
    sp.add_argument("--dialect", choices=("oracle", "oracle23", "postgresql"), default="oracle")
    sp.add_argument("--write", action="store_true", help="write every script under --root")
    sp.add_argument("--root", default=".", help="project folder holding sql/ (default: current folder)")
    cmd(g, "rekey-names", cmd_db_rekey_names, "recompute the patients' phonetic name keys")
    cli_protect.add_commands(g, groups, cmd)  # db roles, audit verify

    g = groups.add_parser("user", help="staff accounts").add_subparsers(dest="cmd", required=True)
    sp = cmd(g, "add", cmd_user_add, "add an account")
    sp.add_argument("username")
    sp.add_argument("--name", required=True, help="full name")
    sp.add_argument("--role", required=True, choices=("admin", "receptionist", "nurse", "doctor", "cashier"))
    sp.add_argument("--doctor-id", type=int, help="link a doctor account to its doctor")
    pw_stdin(sp)
    cmd(g, "list", cmd_user_list, "list accounts")
    for verb in ("unlock", "disable", "enable"):
        sp = cmd(g, verb, functools.partial(_user_action, verb=verb), f"{verb} an account")
        sp.add_argument("username")
    sp = cmd(g, "passwd", functools.partial(_user_action, verb="passwd"), "set a new password")
    sp.add_argument("username")
    sp.add_argument(
        "--expire",
        action="store_true",
        help="the user must choose a new password at the next sign-in (with no new password given "
        "and no terminal: only that)",
    )
    pw_stdin(sp)

    g = groups.add_parser("demo", help="demo data").add_subparsers(dest="cmd", required=True)
    sp = cmd(g, "seed", cmd_demo_seed, "fill an empty database with the demo clinic")
    sp.add_argument("--patients", type=int, default=3000)
    sp.add_argument("--seed", type=int, default=20250401)

    g = groups.add_parser("doctor", help="doctors").add_subparsers(dest="cmd", required=True)
    sp = cmd(g, "list", cmd_doctor_list, "list doctors")
    sp.add_argument("--all", action="store_true", help="include inactive doctors")
    cli_data.add_import_command(g, cmd, "doctor")

    g = groups.add_parser("patient", help="patients").add_subparsers(dest="cmd", required=True)
    sp = cmd(g, "list", cmd_patient_list, "list the first patients")
    sp.add_argument("--limit", type=int, default=50)
    sp.add_argument("--sort", choices=("name", "mrn", "registered"), default="name")
    sp.add_argument("--desc", action="store_true")
    sp = cmd(g, "add", cmd_patient_add, "register a patient")
    sp.add_argument("--first", required=True)
    sp.add_argument("--last")
    sp.add_argument("--sex", required=True, choices=("M", "F", "O", "m", "f", "o"))
    sp.add_argument("--dob", help="YYYY-MM-DD")
    sp.add_argument("--age", type=int)
    sp.add_argument("--phone")
    sp.add_argument("--city")
    sp.add_argument("--pin")
    sp.add_argument("--email")
    sp.add_argument("--abha")
    cli_data.add_import_command(g, cmd, "patient")

    g = groups.add_parser("profile", help="connection profiles").add_subparsers(dest="cmd", required=True)
    sp = cmd(g, "add", cmd_profile_add, "save a connection profile (password to the keychain)")
    sp.add_argument("name")
    sp.add_argument("--backend", required=True, choices=("sqlite", "postgresql", "oracle"))
    sp.add_argument("--host")
    sp.add_argument("--port", type=int)
    sp.add_argument("--database", help="database, Oracle service name or SQLite file")
    sp.add_argument("--user")
    ora = sp.add_argument_group("Oracle, instead of --host/--port/--database")
    ora.add_argument(
        "--easy-connect", metavar="STRING", help="e.g. dbhost:1521/ORCLPDB1 or tcps://dbhost:2484/ORCLPDB1"
    )
    ora.add_argument(
        "--tns-alias", metavar="ALIAS", help="an entry of tnsnames.ora (with --tns-admin or --wallet)"
    )
    ora.add_argument("--tns-admin", metavar="DIR", help="the folder holding tnsnames.ora (TNS_ADMIN)")
    ora.add_argument(
        "--wallet",
        metavar="DIR",
        help="TLS wallet folder (unzipped, with ewallet.pem); its tnsnames.ora unless --tns-admin",
    )
    pg = sp.add_argument_group("PostgreSQL TLS")
    pg.add_argument("--sslmode", choices=("disable", "prefer", "require", "verify-ca", "verify-full"))
    pg.add_argument("--sslrootcert", metavar="FILE", help="the server's CA certificate (or 'system')")
    pg.add_argument("--sslcert", metavar="FILE", help="client certificate, when the server asks for one")
    pg.add_argument("--sslkey", metavar="FILE", help="the client certificate's key")
    sp.add_argument(
        "--schema",
        metavar="OWNER",
        help="the schema owner's name: desks sign in as --user and work in this schema",
    )
    sp.add_argument("--replace", action="store_true")
    sp.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (a password-protected wallet's on the next line)",
    )
    cmd(g, "list", cmd_profile_list, "list profiles")
    sp = cmd(g, "use", cmd_profile_use, "open this profile by default")
    sp.add_argument("name")
    sp = cmd(g, "delete", cmd_profile_delete, "delete a profile and its stored password")
    sp.add_argument("name")

    g = groups.add_parser("billing", help="billing").add_subparsers(dest="cmd", required=True)
    sp = cmd(
        g, "prefix", cmd_billing_prefix, "set a document series prefix (e.g. INV) from a financial year on"
    )
    sp.add_argument(
        "doc_type", choices=("tax_invoice", "bill_of_supply", "inv_cum_bos", "receipt", "credit_note")
    )
    sp.add_argument("prefix", help="1-6 letters or digits starting with a letter")
    sp.add_argument(
        "--from", dest="from_date", help="YYYY-MM-DD: the financial year it starts in (default today)"
    )

    g = groups.add_parser("settings", help="clinic settings").add_subparsers(dest="cmd", required=True)
    cli_data.add_groups(groups, cmd)  # price import, backup, export
    cli_admin.add_commands(groups, cmd)  # settings set/show, price, rates, audit list/export, user role
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed by argparse
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        args.func(args)
    except HmsError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("HMS_DEBUG"):
            raise
        print(
            f"error: unexpected {exc.__class__.__name__}: {exc} (set HMS_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
