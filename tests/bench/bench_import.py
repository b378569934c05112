"""Patient import speed: ``ImportService.run`` on a 100,000-row CSV against a bare executemany of the
same rows (the raw sqlite3 driver, one transaction, the file read by the csv module and only split
into columns) into the same freshly migrated SQLite database. Target: under 2 minutes on SQLite.

    python -m tests.bench.bench_import [ROWS]

Prints one JSON line: ours_s (wall), ours_cpu_s, bare_s, ratio (wall / wall), rows, created.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_S = 120.0


def _fresh(path: Path) -> Any:
    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.db.migrate import upgrade
    from hms_desktop.db.profiles import Backend, Profile

    profile = Profile("bench", Backend.SQLITE, database=str(path))
    engine = make_engine(profile)
    upgrade(engine)
    return Database(engine, profile)


def bare(db_path: Path, csv_path: Path) -> float:
    """The floor: read the file, split each row into columns, one executemany in one transaction."""
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
        rows = []
        for i, r in enumerate(reader):
            first, _, last = r[0].rpartition(" ")
            rows.append(
                (f"B-{i}", first or last, last if first else None, r[1][:1].upper(), r[4], r[5], r[7], now)
            )
    con = sqlite3.connect(db_path)
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO patient (mrn, first_name, last_name, sex, phone, city, old_id, created_at,"
        " dob_estimated, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)",
        rows,
    )
    con.commit()
    con.close()
    return time.perf_counter() - started


def main(n: int) -> dict[str, Any]:
    from hms_desktop.domain.enums import Role
    from hms_desktop.services.importer import ImportService
    from hms_desktop.services.importer_types import Outcome
    from tests.unit.helpers import make_user
    from tests.unit.import_data import clean_rows, write_csv

    tmp = Path(tempfile.mkdtemp(prefix="hms-bench-import-"))
    os.environ.setdefault("HMS_DATA_DIR", str(tmp / "data"))
    csv_path = write_csv(tmp / "patients.csv", clean_rows(n, seed=3))
    db = _fresh(tmp / "ours.db")
    admin = make_user(db, "admin", Role.ADMIN)
    started, cpu = time.perf_counter(), time.process_time()
    report = ImportService(db).run(admin, csv_path)
    ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu
    db.dispose()
    floor_db = _fresh(tmp / "bare.db")
    floor_db.dispose()
    bare_s = bare(tmp / "bare.db", csv_path)
    return {
        "rows": n,
        "created": report.count(Outcome.CREATED),
        "duplicates": report.count(Outcome.DUPLICATE),
        "errors": len(report.errors),
        "ours_s": ours,
        "ours_cpu_s": ours_cpu,  # the machine is shared: wall time includes waiting for a core
        "bare_s": bare_s,
        "ratio": ours / bare_s if bare_s else float("inf"),
    }


if __name__ == "__main__":
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(json.dumps(main(rows)), flush=True)
