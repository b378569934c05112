"""Everything out: every table as a CSV file plus ``manifest.json``, the clinic's exit path.

Readable without this program: plain CSV (UTF-8, header row, ISO dates, amounts as written in the
database) and a manifest with each file's row count and SHA-256, the schema revision and the time.
Cells a spreadsheet would run as a formula are neutralised with a leading apostrophe (CSV injection,
OWASP), and the manifest says so. Works on every backend (SQLAlchemy Core, one table at a time, rows
streamed in primary-key order).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hms_desktop import __version__
from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.migrate import current_revision
from hms_desktop.db.models import Base
from hms_desktop.domain.import_rules import neutralise
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import HmsError
from hms_desktop.private_files import private_dir, private_file, write_private_text
from hms_desktop.services import audit
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require


@dataclasses.dataclass(frozen=True)
class TableExport:
    table: str
    file_name: str
    rows: int
    sha256: str


@dataclasses.dataclass(frozen=True)
class ExportManifest:
    folder: Path
    schema_revision: str | None
    tables: tuple[TableExport, ...]

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return neutralise(str(value))


def export_all(db: Database, actor: Actor, folder: Path | str) -> ExportManifest:
    """Write every table of the schema into ``folder`` (created; must be empty of our files)."""
    require(db, actor, Action.SETTINGS_MANAGE, "export")
    out = Path(folder)
    try:
        private_dir(out)
    except OSError as exc:
        raise HmsError(f"Cannot create the export folder {out}: {exc.strerror or exc}.") from exc
    if (out / "manifest.json").exists():
        raise HmsError(f"{out} already holds an export; choose an empty folder.")
    revision = current_revision(db.engine)
    exported: list[TableExport] = []
    try:
        with db.read() as s:
            for table in Base.metadata.sorted_tables:
                name = f"{table.name}.csv"
                path = out / name
                digest = hashlib.sha256()
                count = 0
                private_file(path)
                with path.open("w", encoding="utf-8", newline="") as fh:
                    w = csv.writer(fh)
                    cols = [c.name for c in table.columns]
                    w.writerow(cols)
                    order = list(table.primary_key.columns) or list(table.columns)[:1]
                    result = s.execute(select(table).order_by(*order)).yield_per(2000)
                    for row in result:
                        w.writerow([_cell(v) for v in row])
                        count += 1
                digest.update(path.read_bytes())
                exported.append(TableExport(table.name, name, count, digest.hexdigest()))
    except OSError as exc:
        raise HmsError(f"The export to {out} failed: {exc.strerror or exc}. Free space and retry.") from exc
    manifest = {
        "generated_at": utcnow().isoformat(timespec="seconds"),
        "app": f"HMS Desktop {__version__}",
        "backend": db.backend.value,
        "schema_revision": revision,
        "encoding": "UTF-8, comma-separated, header row; dates ISO 8601; times UTC",
        "csv_injection": "cells starting with = + - @ (not numbers) are prefixed with an apostrophe",
        "tables": [dataclasses.asdict(t) for t in exported],
    }
    write_private_text(out / "manifest.json", json.dumps(manifest, indent=2))
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export.all",
            "export",
            None,
            {"folder": str(out), "tables": len(exported), "rows": sum(t.rows for t in exported)},
        )
    return ExportManifest(out, revision, tuple(exported))
