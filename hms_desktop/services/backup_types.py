"""Backups' DTOs and messages: a backup file's facts, the folder setting, the status bar (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from hms_desktop.errors import HmsError

MAGIC = b"HMSBAK1\n"
AUTOMATIC = ("daily", "quit")
WARN_AFTER = dt.timedelta(days=2)

# keyed by the db.profiles Backend's value (a StrEnum: SERVER_ADVICE[Backend.ORACLE] finds it)
SERVER_ADVICE: dict[str, str] = {
    "postgresql": (
        "This clinic runs on a PostgreSQL server: the app does not dump a server. The DBA backs it up with "
        "pg_dump -Fc -f hms.dump DBNAME (logical, restore with pg_restore) or pg_basebackup -D DIR -Ft -z "
        "-X stream (physical, with WAL archiving for point-in-time recovery); see the README's DBA section."
    ),
    "oracle": (
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


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    restored: Path
    safety_copy: Path | None
    from_revision: str
    to_revision: str
