"""Backups of the embedded database: create (online), verify, list, prune, restore.

- **Online**: sqlite3's backup API copies the database page by page while the desks keep working,
  and the copy is consistent (it restarts if a desk writes mid-copy). The copy is written as
  ``<name>.part`` and renamed only after it verified, so a half-written file never looks like a backup.
- **Verified**: ``PRAGMA integrity_check`` on the copy and every table's row count (the copy's counts
  go into a ``<backup>.json`` sidecar with its SHA-256, schema revision and time); ``verify`` re-checks
  all of that later, and ``restore`` refuses a file that fails it before touching anything.
- **Encrypted** (optional): Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) with a key derived
  from the clinic's passphrase by PBKDF2-HMAC-SHA256 (600,000 rounds, random salt in the file). The
  passphrase lives in the OS keychain only.
- **Retention**: automatic backups (daily at the first start of a day, and at quit) are pruned to 14
  daily and 12 monthly copies (``domain/backup_retention``); manual backups and pre-restore safety
  copies are never pruned. Only files this module named are ever deleted.
- **Servers**: PostgreSQL and Oracle are backed up by their DBA tools; every entry point says so.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, true

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BackupRun
from hms_desktop.db.profiles import Backend
from hms_desktop.domain.backup_retention import to_keep
from hms_desktop.domain.permissions import Action
from hms_desktop.private_files import private_dir, write_private_text
from hms_desktop.services import audit
from hms_desktop.services.backup_files import (
    copy_database,
    decrypt_file,
    default_folder,
    disk_error,
    encrypt_file,
    inspect_sqlite,
    load_config,
    parse_name,
    passphrase_from_keychain,
    read_info,
    remove_files,
    save_config,
    sha256_of,
    verify_file,
)
from hms_desktop.services.backup_restore import restore
from hms_desktop.services.backup_types import (
    AUTOMATIC,
    SERVER_ADVICE,
    WARN_AFTER,
    BackupConfig,
    BackupError,
    BackupInfo,
    BackupStatus,
)
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require

__all__ = [
    "BackupService",
    "decrypt_file",
    "default_folder",
    "encrypt_file",
    "inspect_sqlite",
    "load_config",
    "parse_name",
    "read_info",
    "restore",
    "save_config",
    "verify_file",
]


class BackupService:
    """Backups of ``db`` (the embedded database) into ``config.folder``."""

    def __init__(
        self,
        db: Database,
        config: BackupConfig | None = None,
        passphrase: Callable[[], str | None] = passphrase_from_keychain,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._db = db
        self._config = config
        self._passphrase = passphrase
        self._clock = clock

    @property
    def config(self) -> BackupConfig:
        return self._config or load_config()

    def database_file(self) -> Path:
        if self._db.backend is not Backend.SQLITE:
            raise BackupError(SERVER_ADVICE[self._db.backend])
        return Path(self._db.profile.database)

    def _folder(self) -> Path:
        folder = self.config.folder
        if not folder.is_dir():
            if folder == default_folder() or folder.parent.is_dir():
                try:
                    return private_dir(folder)  # backups hold every patient: 0700
                except OSError:
                    pass
            raise BackupError(
                f"The backup folder {folder} is not there (drive unplugged or network folder offline?). "
                "Connect it, or choose another folder with `hms-desktop-admin backup folder`."
            )
        return folder

    def create(self, actor: Actor, kind: str = "manual", path: Path | None = None) -> BackupInfo:
        """Back up now; with ``path`` into that file (a manual backup), else into the backup folder."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "backup_run")
        source = self.database_file()
        try:
            info = self._create(source, kind, path)
        except BackupError as exc:
            self._record(actor, kind, None, exc.message)
            raise
        self._record(actor, kind, info, None)
        if kind in AUTOMATIC:
            self.prune()
        return info

    def _create(self, source: Path, kind: str, path: Path | None) -> BackupInfo:
        encrypt = self.config.encrypt
        passphrase = self._passphrase() if encrypt else None
        if encrypt and not passphrase:
            raise BackupError(
                "Encrypted backups are on but no passphrase is in the keychain: set one with "
                "`hms-desktop-admin backup passphrase`, or turn encryption off."
            )
        now = self._clock()
        if path is None:
            folder = self._folder()
            name = f"hms-{now:%Y%m%d-%H%M%S}-{kind}.db" + (".enc" if encrypt else "")
            final = folder / name
        else:
            final = Path(path)
            folder = final.parent
            if not folder.is_dir():
                raise BackupError(f"The folder {folder} does not exist.")
            if final.exists():
                raise BackupError(f"{final} already exists; choose a new file name.")
        part = final.with_name(final.name + ".part")
        plain = final.with_name(final.name + ".plain.part")
        need = source.stat().st_size
        try:
            copy_database(source, plain if encrypt else part)
            rev, counts = inspect_sqlite(plain if encrypt else part)
            if encrypt:
                assert passphrase is not None
                encrypt_file(plain, part, passphrase)
                plain.unlink()
            digest = sha256_of(part)
            side = {
                "created_at": now.isoformat(timespec="seconds"),
                "kind": kind,
                "schema_rev": rev,
                "counts": counts,
                "sha256": digest,
                "encrypted": encrypt,
                "verified": True,
            }
            side_part = Path(f"{final}.json.part")
            write_private_text(side_part, json.dumps(side, indent=2, sort_keys=True))
            os.replace(part, final)
            os.replace(side_part, Path(f"{final}.json"))
        except BackupError:
            remove_files(part, plain, Path(f"{final}.json.part"))
            raise
        except (OSError, sqlite3.Error) as exc:
            remove_files(part, plain, Path(f"{final}.json.part"))
            mapped = disk_error(exc, folder, need)
            if mapped is not None:
                raise mapped from exc
            raise BackupError(f"The backup failed: {exc}. The earlier backups are untouched.") from exc
        return BackupInfo(final, now, kind, final.stat().st_size, encrypt, digest, rev, counts, True)

    def _record(self, actor: Actor, kind: str, info: BackupInfo | None, error: str | None) -> None:
        # the record is best effort: a backup that failed because the disk is full must still report
        # its own message, not the database's complaint about the same disk
        with contextlib.suppress(Exception), self._db.write() as s:
            s.add(
                BackupRun(
                    kind=kind if kind in ("daily", "quit", "manual", "restore") else "manual",
                    succeeded=info is not None,
                    file_path=str(info.path)[:1000] if info else None,
                    byte_count=info.size if info else None,
                    file_sha256=info.sha256 if info else None,
                    schema_rev=info.schema_rev if info else None,
                    encrypted=bool(info and info.encrypted),
                    message=(error or "")[:500] or None,
                )
            )
            details = {"kind": kind, "ok": info is not None, "file": str(info.path) if info else None}
            audit.record(s, actor, "backup.create", "backup_run", None, details)

    def auto(self, actor: Actor, kind: str) -> BackupInfo | None:
        """The automatic backup: 'daily' only when none was made today, 'quit' always."""
        if self._db.backend is not Backend.SQLITE:
            return None
        if kind == "daily":
            today = self._clock().date()
            if any(b.created_at.date() == today for b in self.list() if b.kind in AUTOMATIC):
                return None
        return self.create(actor, kind)

    def list(self) -> builtins.list[BackupInfo]:
        """Backups in the folder, newest first (an absent folder has none)."""
        folder = self.config.folder
        if not folder.is_dir():
            return []
        found = [read_info(p) for p in folder.iterdir() if parse_name(p) is not None and p.is_file()]
        return sorted(found, key=lambda b: b.created_at, reverse=True)

    def prune(self) -> builtins.list[Path]:
        """Delete automatic backups beyond the 14 daily / 12 monthly kept; returns what went."""
        auto = [b for b in self.list() if b.kind in AUTOMATIC]
        keep = to_keep(b.created_at for b in auto)
        gone = []
        for b in auto:
            if b.created_at not in keep:
                with contextlib.suppress(OSError):
                    b.path.unlink()
                    Path(f"{b.path}.json").unlink(missing_ok=True)
                    gone.append(b.path)
        return gone

    def status(self, actor: Actor) -> BackupStatus:
        """The last good backup's age for the status bar; a warning past two days."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "backup_run")
        if self._db.backend is not Backend.SQLITE:
            return BackupStatus(None, "Backups: by the database server's DBA", False)
        with self._db.read() as s:
            last = s.scalar(
                select(BackupRun.created_at)
                .where(BackupRun.succeeded == true(), BackupRun.kind != "restore")
                .order_by(BackupRun.created_at.desc())
                .limit(1)
            )
        now = dt.datetime.now(dt.UTC)
        if last is None:
            return BackupStatus(
                None, "No backup yet: Settings → Back up now (or `hms-desktop-admin backup create`)", True
            )
        age = now - last
        text = _age_text(age)
        if age > WARN_AFTER:
            return BackupStatus(
                last,
                f"Last backup {text} ago: back up now (Settings → Back up now)",
                True,
            )
        return BackupStatus(last, f"Last backup {text} ago", False)


def _age_text(age: dt.timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // 1440} days"
