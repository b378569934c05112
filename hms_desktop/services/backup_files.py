"""Backup files on disk: the folder setting, encryption, checks of a copy, names and sidecars.

Plain functions, shared by ``BackupService`` (``services/backup.py``) and ``restore``
(``services/backup_restore.py``); none of them touches the clinic's database.
"""

from __future__ import annotations

import base64
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
from pathlib import Path
from typing import Any

from hms_desktop.private_files import private_file
from hms_desktop.services.backup_types import MAGIC, BackupConfig, BackupError, BackupInfo

_KDF_ROUNDS = 600_000
_NAME = re.compile(r"^hms-(\d{8})-(\d{6})-(daily|quit|manual|pre-restore)\.db(\.enc)?$")


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


def passphrase_from_keychain() -> str | None:
    from hms_desktop import secrets

    return secrets.get_backup_passphrase()


def sha256_of(path: Path) -> str:
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


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first."""
    from alembic.script import ScriptDirectory

    from hms_desktop.db.migrate import _config

    script = ScriptDirectory.from_config(_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def disk_error(exc: BaseException, folder: Path, need: int) -> BackupError | None:
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
    if info.sha256 and sha256_of(path) != info.sha256:
        raise BackupError(
            f"{path.name} is damaged: its checksum differs from the one taken when it was made."
        )
    work = path.with_name(path.name + ".check")
    try:
        target = path
        if info.encrypted or path.read_bytes()[: len(MAGIC)] == MAGIC:
            decrypt_file(path, work, passphrase if passphrase is not None else passphrase_from_keychain())
            target = work
        rev, counts = inspect_sqlite(target)
    finally:
        work.unlink(missing_ok=True)
    known = known_revisions()
    if rev not in known:
        raise BackupError(
            f"{path.name} was made by a newer HMS Desktop (schema {rev}); install that version to restore it."
        )
    if info.counts and any(counts.get(t) != n for t, n in info.counts.items()):
        raise BackupError(f"{path.name}: the row counts differ from those recorded when it was made.")
    return dataclasses.replace(info, schema_rev=rev, counts=counts, verified=True)


def remove_files(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def copy_database(source: Path, dest: Path) -> None:
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
