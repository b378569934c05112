"""Data in and out: import runs (the checkpoint that makes an import resumable) and backup runs.

An ``import_run`` row is written in the same transaction as each batch of imported rows, so its
``rows_done`` is exactly the number of file rows whose outcome is committed: a crash loses at most the
batch in flight, which rolls back as a whole, and the next run of the same file (same SHA-256)
continues after ``rows_done``. A ``backup_run`` row records every backup attempt of the embedded
database, good or failed, so the administrator's status bar can say how old the last good one is.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from hms_desktop.db.base import Base, Str, UtcDateTime
from hms_desktop.db.models._common import created, one_of, pk

IMPORT_KINDS = ("patient", "doctor", "price")
IMPORT_STATES = ("running", "done", "cancelled")
BACKUP_KINDS = ("daily", "quit", "manual", "restore")


class ImportRun(Base):
    __tablename__ = "import_run"
    __table_args__ = (
        one_of("kind", IMPORT_KINDS, "kind"),
        one_of("status", IMPORT_STATES, "status"),
        Index("ix_import_run_sha", "file_sha256", "kind", "id"),
    )

    id: Mapped[int] = pk()
    kind: Mapped[str] = mapped_column(Str(10))
    file_name: Mapped[str] = mapped_column(Str(255))
    file_sha256: Mapped[str] = mapped_column(Str(64))
    status: Mapped[str] = mapped_column(Str(10), default="running")
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_done: Mapped[int] = mapped_column(Integer, default=0)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    merged_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime] = created()
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    started_by: Mapped[int | None] = mapped_column(Integer)


class BackupRun(Base):
    __tablename__ = "backup_run"
    __table_args__ = (
        one_of("kind", BACKUP_KINDS, "kind"),
        Index("ix_backup_run_ok", "succeeded", "created_at"),
    )

    id: Mapped[int] = pk()
    created_at: Mapped[dt.datetime] = created()
    kind: Mapped[str] = mapped_column(Str(10))
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)
    file_path: Mapped[str | None] = mapped_column(Str(1000))
    byte_count: Mapped[int | None] = mapped_column(BigInteger)
    file_sha256: Mapped[str | None] = mapped_column(Str(64))
    schema_rev: Mapped[str | None] = mapped_column(Str(32))
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    message: Mapped[str | None] = mapped_column(Str(500))
