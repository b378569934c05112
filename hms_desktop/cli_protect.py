"""``hms-desktop-admin db roles`` and ``audit verify``: the server's accounts and grants, and the
check that nothing was rewritten behind the application's back.

``db roles --dialect oracle|postgresql`` prints the accounts script and the grants script for the
desk role (``hms_desktop.db.roles``); ``--apply`` runs them over ``--url`` / ``--profile``, which must
then be a superuser / DBA connection (accounts) or the schema owner (grants only, ``--part grants``).

``audit verify`` signs in an administrator, recomputes the audit chain and every invoice's seal, prints
what it found and exits with status 2 when anything is broken (so a nightly job can alert).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def cmd_db_roles(args: argparse.Namespace) -> None:
    from hms_desktop import cli
    from hms_desktop.db import roles

    try:
        names = roles.RoleNames(owner=args.owner, desk=args.desk, schema=args.schema)
    except ValueError as exc:
        raise cli.CliError(str(exc)) from exc
    scripts = {
        "roles": roles.roles_script(args.dialect, names),
        "grants": roles.grants_script(args.dialect, names),
    }
    chosen = ["roles", "grants"] if args.part == "all" else [args.part]
    if not args.apply:
        cli._out("\n".join(scripts[p] for p in chosen).rstrip("\n"))
        return
    from hms_desktop.bootstrap import map_or_cannot_connect
    from hms_desktop.db.engine import make_engine

    profile, password = cli._resolve(args)
    engine = make_engine(profile, password)
    try:
        for part in chosen:
            try:
                count = roles.apply(engine, args.dialect, scripts[part])
            except ValueError as exc:
                raise cli.CliError(str(exc)) from exc
            except Exception as exc:
                raise map_or_cannot_connect(exc, profile) from exc
            cli._out(f"{part}: {count} statement(s) run on {profile.describe()}")
    finally:
        engine.dispose()


def cmd_audit_verify(args: argparse.Namespace) -> None:
    from hms_desktop import cli
    from hms_desktop.services.audit_verify import AuditVerifyService

    db = cli._open(args, migrate=False)
    try:
        actor = cli._admin(args, db)
        service = AuditVerifyService(db)
        report = service.verify(actor)
        at = service.digest_at(actor, args.at) if args.at is not None else None
    finally:
        db.dispose()
    head = f"#{report.head.seq_no} {report.head.sha256}" if report.head else "missing"
    cli._out(f"audit chain: {report.rows_checked} row(s) checked, head {head}")
    if report.first_break is None:
        cli._out("audit chain: intact")
    else:
        cli._out(f"audit chain: BROKEN ({report.first_break.kind}) - {report.first_break.message}")
    if args.at is not None:
        shown = f"{at[:16]} (full: {at})" if at else "no such entry"
        cli._out(f"entry #{args.at}: digest {shown}; compare with the printed day-end report")
    cli._out(f"invoices: {report.invoices_checked} checked, {report.tampered_invoices} altered")
    for number in report.tampered_numbers:
        cli._out(f"  altered: {number} (its stored rows no longer match the seal taken at issue)")
    if not report.ok:
        raise cli.CliError("verification failed: see the lines above (the audit log records this check)")


def add_commands(db_group: Any, groups: Any, cmd: Callable[..., Any]) -> None:
    """Add ``db roles`` to the ``db`` group and the ``audit`` group."""
    sp = cmd(db_group, "roles", cmd_db_roles, "print (or --apply) the owner/desk accounts and grants")
    sp.add_argument("--dialect", choices=("postgresql", "oracle"), required=True)
    sp.add_argument("--owner", default="hms_owner", help="schema owner (default hms_owner)")
    sp.add_argument("--desk", default="hms_desk", help="the desks' database role/user (default hms_desk)")
    sp.add_argument("--schema", help="PostgreSQL schema (default: named like the owner, as on Oracle)")
    sp.add_argument("--part", choices=("all", "roles", "grants"), default="all")
    sp.add_argument("--apply", action="store_true", help="run them over --url/--profile (owner or DBA)")
    g = groups.add_parser("audit", help="audit trail").add_subparsers(dest="cmd", required=True)
    sp = cmd(g, "verify", cmd_audit_verify, "check the audit chain and every invoice's seal")
    sp.add_argument("--at", type=int, help="also print entry N's digest (a day-end report prints it)")
