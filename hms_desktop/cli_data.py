"""``hms-desktop-admin`` commands for data in and out: import, backup / restore, export.

Registered by ``cli.build_parser`` (``add_import_command`` under ``patient`` / ``doctor``, the ``price``,
``backup`` and ``export`` groups by ``add_groups``); they use the CLI's own sign-in and database options.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hms_desktop.errors import HmsError


def _cli() -> Any:
    from hms_desktop import cli

    return cli


def cmd_import(args: argparse.Namespace) -> None:
    from hms_desktop.services.import_report import default_report_path
    from hms_desktop.services.importer import ImportService
    from hms_desktop.services.importer_types import ImportKind, OnDuplicate, Progress

    cli = _cli()
    kind = ImportKind(args.import_kind)
    mapping = None
    if args.mapping:
        try:
            mapping = json.loads(Path(args.mapping).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise cli.CliError(f"Cannot read the mapping file {args.mapping}: {exc}") from exc
        if not isinstance(mapping, dict):
            raise cli.CliError('The mapping file holds {"field": "column header", ...}.')
    db = cli._open(args)
    try:
        actor = cli._admin(args, db)
        report_path = Path(args.report) if args.report else None
        if report_path is None and not args.dry_run:
            report_path = default_report_path(Path(args.file).name, kind, False)
        progress = Progress()
        report = ImportService(db).run(
            actor,
            args.file,
            kind,
            mapping,
            dry_run=args.dry_run,
            on_duplicate=OnDuplicate(getattr(args, "duplicates", "skip")),
            progress=progress,
            report_path=report_path,
        )
        if args.dry_run:
            cli._out("DRY RUN: nothing was written.")
        for line in report.summary_lines(max_errors=args.show):
            cli._out(line)
    finally:
        db.dispose()


def add_import_command(group: Any, cmd: Callable[..., Any], kind: str) -> None:
    sp = cmd(group, "import", cmd_import, f"import {kind}s from a CSV or .xlsx file")
    sp.set_defaults(import_kind=kind)
    sp.add_argument("file", help="the CSV (any delimiter; UTF-8 or Windows-1252) or .xlsx file")
    sp.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    sp.add_argument("--mapping", help='JSON {"field": "column header"}; default: saved or guessed')
    sp.add_argument("--report", help="where to write the report CSV (default: the data folder's imports/)")
    sp.add_argument("--show", type=int, default=50, help="errors and duplicates to print (default 50)")
    if kind == "patient":
        sp.add_argument(
            "--duplicates",
            choices=("skip", "merge", "create"),
            default="skip",
            help="look-alikes of registered patients: skip (default), merge into them, or create anyway",
        )


# --- backup ----------------------------------------------------------------------------------


def _backup_service(args: argparse.Namespace) -> tuple[Any, Any]:
    from hms_desktop.db.profiles import Backend
    from hms_desktop.services.backup import BackupService
    from hms_desktop.services.backup_types import SERVER_ADVICE

    cli = _cli()
    profile, _password = cli._resolve(args)
    if profile.backend is not Backend.SQLITE:
        raise cli.CliError(SERVER_ADVICE[profile.backend])
    db = cli._open(args)
    return db, BackupService(db)


def cmd_backup_create(args: argparse.Namespace) -> None:
    cli = _cli()
    db, service = _backup_service(args)
    try:
        actor = cli._admin(args, db)
        info = service.create(actor, "manual", Path(args.path) if args.path else None)
        rows = sum(info.counts.values())
        enc = ", encrypted" if info.encrypted else ""
        cli._out(f"Backed up to {info.path} ({info.size / 1e6:.1f} MB, {rows:,} rows{enc}); verified.")
    finally:
        db.dispose()


def cmd_backup_list(args: argparse.Namespace) -> None:
    cli = _cli()
    db, service = _backup_service(args)
    try:
        cli._admin(args, db)
        cli._out(f"Backup folder: {service.config.folder}")
        cli._table(
            [
                (
                    b.created_at.strftime("%Y-%m-%d %H:%M"),
                    b.kind,
                    f"{b.size / 1e6:.1f} MB",
                    "yes" if b.encrypted else "",
                    b.schema_rev or "",
                    b.path.name,
                )
                for b in service.list()
            ],
            ("made", "kind", "size", "encrypted", "schema", "file"),
        )
    finally:
        db.dispose()


def cmd_backup_verify(args: argparse.Namespace) -> None:
    from hms_desktop.services.backup_files import verify_file

    info = verify_file(Path(args.path))
    rows = sum(info.counts.values())
    _cli()._out(f"{info.path.name}: OK (integrity check, schema {info.schema_rev}, {rows:,} rows).")


def cmd_backup_restore(args: argparse.Namespace) -> None:
    from hms_desktop.db.profiles import Backend
    from hms_desktop.services.backup_files import load_config
    from hms_desktop.services.backup_restore import restore
    from hms_desktop.services.backup_types import SERVER_ADVICE

    cli = _cli()
    profile, _password = cli._resolve(args)
    if profile.backend is not Backend.SQLITE:
        raise cli.CliError(SERVER_ADVICE[profile.backend])
    db_path = Path(profile.database)
    if db_path.exists():
        db = None
        try:
            from hms_desktop.bootstrap import open_database

            db = open_database(profile, None, migrate=False)
            cli._admin(args, db)
        except HmsError as exc:
            if not args.force:
                raise cli.CliError(
                    f"Cannot sign in to the current database ({exc.message}). If it is damaged, "
                    "restore with --force (a safety copy of it is still kept)."
                ) from exc
        finally:
            if db is not None:
                db.dispose()
    result = restore(db_path, Path(args.path), safety_folder=load_config().folder)
    if result.safety_copy:
        cli._out(f"Saved the database as it was to {result.safety_copy}.")
    migrated = (
        f" and migrated from {result.from_revision} to {result.to_revision}"
        if (result.from_revision != result.to_revision)
        else ""
    )
    cli._out(f"Restored {Path(args.path).name} into {db_path}{migrated}.")


def cmd_backup_folder(args: argparse.Namespace) -> None:
    from hms_desktop.services.backup_files import load_config, save_config
    from hms_desktop.services.backup_types import BackupConfig

    cli = _cli()
    current = load_config()
    if args.folder is None and args.encrypt is None:
        enc = "on" if current.encrypt else "off"
        cli._out(f"Backup folder: {current.folder} (encryption {enc})")
        return
    folder = Path(args.folder).expanduser().resolve() if args.folder else current.folder
    if args.folder and not folder.is_dir():
        raise cli.CliError(f"{folder} is not a folder (create it first, or connect the drive).")
    save_config(BackupConfig(folder, current.encrypt if args.encrypt is None else args.encrypt == "on"))
    cli._out(f"Backups go to {folder}.")


def cmd_backup_passphrase(args: argparse.Namespace) -> None:
    from hms_desktop import secrets

    cli = _cli()
    phrase = cli._read_secret(args, "Backup passphrase (keep a copy somewhere safe): ")
    if len(phrase) < 10:
        raise cli.CliError("Use a passphrase of at least 10 characters.")
    secrets.set_backup_passphrase(phrase)
    cli._out("The backup passphrase is in this computer's keychain.")


def cmd_export(args: argparse.Namespace) -> None:
    from hms_desktop.services.export import export_all

    cli = _cli()
    db = cli._open(args)
    try:
        manifest = export_all(db, cli._admin(args, db), Path(args.folder))
        cli._out(
            f"Exported {len(manifest.tables)} tables ({manifest.total_rows:,} rows, schema "
            f"{manifest.schema_revision}) to {manifest.folder}; see manifest.json."
        )
    finally:
        db.dispose()


def add_groups(groups: Any, cmd: Callable[..., Any]) -> None:
    g = groups.add_parser("price", help="the price list").add_subparsers(dest="cmd", required=True)
    add_import_command(g, cmd, "price")
    g = groups.add_parser("backup", help="backups of the embedded database").add_subparsers(
        dest="cmd", required=True
    )
    sp = cmd(g, "create", cmd_backup_create, "back up now (into the backup folder, or PATH)")
    sp.add_argument("path", nargs="?")
    cmd(g, "list", cmd_backup_list, "list the backups in the backup folder")
    sp = cmd(g, "verify", cmd_backup_verify, "check a backup file (integrity, schema, row counts)")
    sp.add_argument("path")
    sp = cmd(g, "restore", cmd_backup_restore, "replace the database with a backup (the app must be closed)")
    sp.add_argument("path")
    sp.add_argument("--force", action="store_true", help="restore even if the current database cannot open")
    sp = cmd(g, "folder", cmd_backup_folder, "show or set the backup folder and encryption")
    sp.add_argument("folder", nargs="?")
    sp.add_argument("--encrypt", choices=("on", "off"))
    sp = cmd(g, "passphrase", cmd_backup_passphrase, "store the passphrase for encrypted backups")
    sp.add_argument("--password-stdin", action="store_true", help="read it from standard input")
    sp = cmd(groups, "export", cmd_export, "write every table as CSV with a manifest into FOLDER")
    sp.add_argument("folder")
