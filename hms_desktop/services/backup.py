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

import base64
import builtins
import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, true

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BackupRun
from hms_desktop.db.profiles import Backend
from hms_desktop.domain.backup_retention import to_keep
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import HmsError
from hms_desktop.private_files import private_dir, private_file, write_private_text
from hms_desktop.services import audit
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require

MAGIC = b"HMSBAK1\n"
_KDF_ROUNDS = 600_000
_NAME = re.compile(r"^hms-(\d{8})-(\d{6})-(daily|quit|manual|pre-restore)\.db(\.enc)?$")
AUTOMATIC = ("daily", "quit")
WARN_AFTER = dt.timedelta(days=2)

SERVER_ADVICE = {
    Backend.POSTGRESQL: (
        "This clinic runs on a PostgreSQL server: the app does not dump a server. The DBA backs it up with "
        "pg_dump -Fc -f hms.dump DBNAME (logical, restore with pg_restore) or pg_basebackup -D DIR -Ft -z "
        "-X stream (physical, with WAL archiving for point-in-time recovery); see the README's DBA section."
    ),
    Backend.ORACLE: (
        "This clinic runs on an Oracle server: the app does not dump a server. The DBA backs it up with "
        "RMAN (BACKUP DATABASE PLUS ARCHIVELOG) or Data Pump (expdp schemas=HMS directory=DATA_PUMP_DIR "
        "dumpfile=hms.dmp); see the README's DBA section."
    ),
}


class BackupError(HmsError):
    """A backup or restore that did not happen; the message says why and what to do."""


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # local time, from the name
    kind: str
    size: int
    encrypted: bool
    sha256: str | None = None
    schema_rev: str | None = None
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    verified: bool = False


@dataclasses.dataclass(frozen=True)
class BackupConfig:
    folder: Path
    encrypt: bool = False


@dataclasses.dataclass(frozen=True)
class BackupStatus:
    """What the administrator's status bar shows."""

    last_good: dt.datetime | None
    text: str
    warn: bool


def default_folder() -> Path:
    from hms_desktop.config import data_dir

    return data_dir() / "backups"


def _config_file() -> Path:
    from hms_desktop.config import config_dir

    return config_dir() / "backup.json"


def load_config() -> BackupConfig:
    try:
        d = json.loads(_config_file().read_text(encoding="utf-8"))
        return BackupConfig(Path(d.get("folder") or default_folder()), bool(d.get("encrypt", False)))
    except (OSError, ValueError):
        return BackupConfig(default_folder())


def save_config(config: BackupConfig) -> None:
    p = _config_file()
    p.parent.mkdir(parents=True, exist_ok=True)
    data = {"folder": str(config.folder), "encrypt": config.encrypt}
    p.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _passphrase_from_keychain() -> str | None:
    from hms_desktop import secrets

    return secrets.get_backup_passphrase()


# --- files -----------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fernet(passphrase: str, salt: bytes) -> Any:
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=_KDF_ROUNDS)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8"))))


def encrypt_file(src: Path, dst: Path, passphrase: str) -> None:
    salt = os.urandom(16)
    token = _fernet(passphrase, salt).encrypt(src.read_bytes())
    private_file(dst)
    with dst.open("wb") as fh:
        fh.write(MAGIC + salt + token)
        fh.flush()
        os.fsync(fh.fileno())


def decrypt_file(src: Path, dst: Path, passphrase: str | None) -> None:
    from cryptography.fernet import InvalidToken

    data = src.read_bytes()
    if not data.startswith(MAGIC):
        raise BackupError(f"{src.name} is not an encrypted HMS Desktop backup.")
    if not passphrase:
        raise BackupError(
            f"{src.name} is encrypted and no backup passphrase is in this computer's keychain: set it with "
            "`hms-desktop-admin backup passphrase` (the one used when the backup was made)."
        )
    salt, token = data[len(MAGIC) : len(MAGIC) + 16], data[len(MAGIC) + 16 :]
    try:
        plain = _fernet(passphrase, salt).decrypt(token)
    except InvalidToken:
        raise BackupError(
            f"{src.name} does not open with the stored passphrase (wrong passphrase, or the file is damaged)."
        ) from None
    private_file(dst)
    dst.write_bytes(plain)


def inspect_sqlite(path: Path) -> tuple[str, dict[str, int]]:
    """(schema revision, {table: rows}) of an HMS Desktop database file; BackupError when it is not one."""
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise BackupError(f"{path.name} is not a database backup (not a SQLite file).")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path.name} cannot be opened: {exc}.") from exc
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupError(f"{path.name} is damaged (integrity check: {'; '.join(result[:3])}).")
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        if "alembic_version" not in tables or "patient" not in tables:
            raise BackupError(f"{path.name} is a SQLite database, but not an HMS Desktop one.")
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = {t: int(con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in tables}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} is damaged: {exc}.") from exc
    except UnicodeDecodeError as exc:  # a damaged page's bytes in SQLite's own error text
        raise BackupError(f"{path.name} is damaged (its pages do not read back).") from exc
    finally:
        con.close()
    if rev is None:
        raise BackupError(f"{path.name} has no schema revision: not a complete HMS Desktop database.")
    return str(rev[0]), counts


def _known_revisions() -> list[str]:
    """Every revision this app knows, oldest first."""
    from alembic.script import ScriptDirectory

    from hms_desktop.db.migrate import _config

    script = ScriptDirectory.from_config(_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def _disk_error(exc: BaseException, folder: Path, need: int) -> BackupError | None:
    full = isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    full = full or (isinstance(exc, sqlite3.Error) and "full" in str(exc).lower())
    if full:
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            free = 0
        return BackupError(
            f"The backup folder {folder} is full: the backup needs about {need / 1e6:.0f} MB and "
            f"{free / 1e6:.0f} MB are free. Free some space or choose another backup folder; the earlier "
            "backups are untouched."
        )
    if isinstance(exc, OSError) and exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ESTALE, errno.EIO):
        return BackupError(
            f"The backup folder {folder} disappeared during the backup (drive unplugged or network folder "
            "offline?). Reconnect it and back up again; the earlier backups are untouched."
        )
    if isinstance(exc, PermissionError):
        return BackupError(f"This account may not write to the backup folder {folder}. Choose another one.")
    return None


def parse_name(path: Path) -> tuple[dt.datetime, str, bool] | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    stamp = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    return stamp, m.group(3), bool(m.group(4))


def read_info(path: Path) -> BackupInfo:
    parsed = parse_name(path)
    stamp, kind, enc = parsed if parsed else (dt.datetime.fromtimestamp(path.stat().st_mtime), "?", False)
    side: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        side = json.loads(Path(f"{path}.json").read_text(encoding="utf-8"))
    return BackupInfo(
        path,
        stamp,
        kind,
        path.stat().st_size,
        enc,
        side.get("sha256"),
        side.get("schema_rev"),
        dict(side.get("counts", {})),
        bool(side.get("verified", False)),
    )


def verify_file(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Check a backup file as ``restore`` would: checksum, decryption, integrity, revision, counts."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no backup file {path}.")
    info = read_info(path)
    if info.sha256 and _sha256(path) != info.sha256:
        raise BackupError(
            f"{path.name} is damaged: its checksum differs from the one taken when it was made."
        )
    work = path.with_name(path.name + ".check")
    try:
        target = path
        if info.encrypted or path.read_bytes()[: len(MAGIC)] == MAGIC:
            decrypt_file(path, work, passphrase if passphrase is not None else _passphrase_from_keychain())
            target = work
        rev, counts = inspect_sqlite(target)
    finally:
        work.unlink(missing_ok=True)
    known = _known_revisions()
    if rev not in known:
        raise BackupError(
            f"{path.name} was made by a newer HMS Desktop (schema {rev}); install that version to restore it."
        )
    if info.counts and any(counts.get(t) != n for t, n in info.counts.items()):
        raise BackupError(f"{path.name}: the row counts differ from those recorded when it was made.")
    return dataclasses.replace(info, schema_rev=rev, counts=counts, verified=True)


# --- the service -----------------------------------------------------------------------------


class BackupService:
    """Backups of ``db`` (the embedded database) into ``config.folder``."""

    def __init__(
        self,
        db: Database,
        config: BackupConfig | None = None,
        passphrase: Callable[[], str | None] = _passphrase_from_keychain,
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
            self._copy(source, plain if encrypt else part)
            rev, counts = inspect_sqlite(plain if encrypt else part)
            if encrypt:
                assert passphrase is not None
                encrypt_file(plain, part, passphrase)
                plain.unlink()
            digest = _sha256(part)
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
            self._clean(part, plain, Path(f"{final}.json.part"))
            raise
        except (OSError, sqlite3.Error) as exc:
            self._clean(part, plain, Path(f"{final}.json.part"))
            mapped = _disk_error(exc, folder, need)
            if mapped is not None:
                raise mapped from exc
            raise BackupError(f"The backup failed: {exc}. The earlier backups are untouched.") from exc
        return BackupInfo(final, now, kind, final.stat().st_size, encrypt, digest, rev, counts, True)

    @staticmethod
    def _clean(*paths: Path) -> None:
        for p in paths:
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)

    @staticmethod
    def _copy(source: Path, dest: Path) -> None:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
        private_file(dest)  # SQLite keeps the mode of a file that exists: 0600 from the first byte
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst, pages=2048)  # in steps: desks keep writing between them
            dst.execute("PRAGMA journal_mode=DELETE")  # the copy is one self-contained file
            dst.commit()
        finally:
            dst.close()
            src.close()

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


# --- restore ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    restored: Path
    safety_copy: Path | None
    from_revision: str
    to_revision: str


def restore(
    db_path: Path | str,
    backup: Path | str,
    *,
    safety_folder: Path | None = None,
    passphrase: str | None = None,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
) -> RestoreResult:
    """Replace the embedded database file with ``backup``; see the module docstring.

    Refuses (nothing replaced) while the app has the database open, and for a backup that is damaged,
    encrypted with another passphrase, not HMS Desktop's, or from a newer app. Saves a safety copy of
    the current database first; migrates an older backup to this app's schema before putting it in place.
    """
    from hms_desktop.db.inuse import in_use

    db_path, backup = Path(db_path), Path(backup)
    if in_use(db_path):
        raise BackupError(
            "HMS Desktop has this database open. Close the app on this computer (File → Quit), then restore."
        )
    info = verify_file(backup, passphrase)  # refuses damaged / foreign / newer files
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staged = db_path.with_name(db_path.name + ".restoring")
    BackupService._clean(staged)
    try:
        if info.encrypted:
            decrypt_file(
                backup, staged, passphrase if passphrase is not None else _passphrase_from_keychain()
            )
        else:
            private_file(staged)
            shutil.copyfile(backup, staged)
        safety = None
        if db_path.exists():
            folder = private_dir(safety_folder or default_folder())
            safety = folder / f"hms-{clock():%Y%m%d-%H%M%S}-pre-restore.db"
            BackupService._copy(db_path, safety)
        from sqlalchemy import create_engine

        from hms_desktop.db.migrate import head_revision, upgrade

        head = head_revision()
        if info.schema_rev != head:
            engine = create_engine(f"sqlite:///{staged}")
            try:
                upgrade(engine)
            finally:
                engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, db_path)
    except BackupError:
        BackupService._clean(staged)
        raise
    except (OSError, sqlite3.Error) as exc:
        BackupService._clean(staged)
        mapped = _disk_error(exc, db_path.parent, backup.stat().st_size)
        raise (mapped or BackupError(f"The restore failed before replacing anything: {exc}.")) from exc
    return RestoreResult(db_path, safety, info.schema_rev or "?", head)
