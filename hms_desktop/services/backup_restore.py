"""Restore of the embedded database from a backup file (the app closed on this computer).

The backup is verified first (``verify_file``), a safety copy of the current file is kept, an older
schema is migrated, and only then does the file replace the database; see ``services/backup.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from hms_desktop.private_files import private_dir, private_file
from hms_desktop.services.backup_files import (
    copy_database,
    decrypt_file,
    default_folder,
    disk_error,
    passphrase_from_keychain,
    remove_files,
    verify_file,
)
from hms_desktop.services.backup_types import BackupError, RestoreResult


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
    remove_files(staged)
    try:
        if info.encrypted:
            decrypt_file(backup, staged, passphrase if passphrase is not None else passphrase_from_keychain())
        else:
            private_file(staged)
            shutil.copyfile(backup, staged)
        safety = None
        if db_path.exists():
            folder = private_dir(safety_folder or default_folder())
            safety = folder / f"hms-{clock():%Y%m%d-%H%M%S}-pre-restore.db"
            copy_database(db_path, safety)
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
        remove_files(staged)
        raise
    except (OSError, sqlite3.Error) as exc:
        remove_files(staged)
        mapped = disk_error(exc, db_path.parent, backup.stat().st_size)
        raise (mapped or BackupError(f"The restore failed before replacing anything: {exc}.")) from exc
    return RestoreResult(db_path, safety, info.schema_rev or "?", head)
