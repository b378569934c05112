"""The audit trail at a million rows: time to first rows of Settings ▸ Audit trail… (our AuditTableModel
over ``AuditReader.page``, keyset pages on the primary key, newest first) vs Qt's QSqlQueryModel on
the same rows and order, like ``bench_patients``; plus a filtered view (one user, an action prefix).

    .venv/bin/python -m tests.bench.bench_audit [--rows 1000000] [--repeat 5]

Each measurement runs in a fresh process (``ours|ours-filter|qsql|qsql-filter FILE``) and prints one
JSON line. The generated SQLite file is cached beside the patients' one (``data.cache_dir()``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

VERSION = 1
CHUNK = 50_000
USERS = ("admin", "reception", "nurse", "doctor", "cashier", "reception2", "cashier2")
ACTIONS = (
    "auth.login",
    "patient.register",
    "patient.update",
    "clinical.view",
    "consultation.save",
    "billing.invoice",
    "billing.payment",
    "billing.print",
    "price.set",
    "user.unlock",
)
QSQL_SELECT = (
    "SELECT occurred_at, username, action, entity, entity_id, outcome, workstation, details "
    "FROM audit_log {where} ORDER BY id DESC"
)
FILTER_USER, FILTER_ACTION = "cashier", "billing."


def audit_file(rows: int) -> Path:
    """A migrated SQLite file with ``rows`` audit rows (about 20 s per million the first time)."""
    from tests.bench.data import cache_dir

    path = cache_dir() / f"audit-{rows}-v{VERSION}.db"
    if path.exists():
        return path
    from hms_desktop.db.engine import make_engine
    from hms_desktop.db.migrate import upgrade
    from hms_desktop.db.profiles import Backend, Profile

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    engine = make_engine(Profile("bench", Backend.SQLITE, database=str(tmp)))
    upgrade(engine)
    engine.dispose()
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    users = list(USERS)
    with con:
        for i, name in enumerate(users, start=1):
            con.execute(
                "INSERT INTO staff_user (id, username, full_name, password_hash, role, status, failed_logins,"
                " created_at, row_version, pw_must_change) VALUES (?, ?, ?, 'x', 'cashier', 'active', 0, "
                "'2024-01-01 00:00:00', 1, 0)",
                (i, name, name.title()),
            )
    rng = random.Random(13)
    base = dt.datetime(2023, 4, 1, 3, 30)
    with con:
        for start in range(1, rows + 1, CHUNK):
            batch = []
            for n in range(start, min(start + CHUNK, rows + 1)):
                u = rng.randrange(len(users))
                action = rng.choice(ACTIONS)
                pid = rng.randrange(1, 200_000)
                at = base + dt.timedelta(seconds=n * 30)
                details = json.dumps({"patient_id": pid, "changes": {"phone": ["98450", "98451"]}})
                batch.append(
                    (
                        n,
                        n,
                        f"{n:064x}",
                        at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                        u + 1,
                        users[u],
                        action,
                        "patient",
                        str(pid),
                        "ok",
                        "DESK-1",
                        details,
                        pid,
                    )
                )
            con.executemany(
                "INSERT INTO audit_log (id, seq_no, row_sha256, occurred_at, user_id, username, action,"
                " entity, entity_id, outcome, workstation, details, patient_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                batch,
            )
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    tmp.rename(path)
    return path


def _wait_for_rows(app: Any, model: Any) -> None:
    from PySide6.QtCore import QEventLoop

    if model.rowCount() == 0:
        loop = QEventLoop()
        model.rowsInserted.connect(loop.quit)
        loop.exec()
    app.processEvents()


def ours(target: str, filtered: bool) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QTableView

    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.db.profiles import Backend, Profile
    from hms_desktop.domain.enums import Role
    from hms_desktop.gui.admin.audit_model import AuditTableModel
    from hms_desktop.gui.ops import Ops
    from hms_desktop.services.audit_reader import AuditFilter
    from hms_desktop.services.container import build_services
    from hms_desktop.services.context import Actor

    app = QApplication([])
    profile = Profile("bench", Backend.SQLITE, database=target)
    db = Database(make_engine(profile), profile)
    db.engine.connect().close()
    services = build_services(db)
    services.clinic.settings()  # what the desk has done before the dialog exists (mapper set-up)
    actor = Actor(None, "bench", "Bench", Role.ADMIN)
    f = AuditFilter(username=FILTER_USER, action=FILTER_ACTION) if filtered else AuditFilter()
    ops = Ops()

    def run(fn: Any, ok: Any, fail: Any) -> None:
        ops.run(fn, ok, fail, timeout_s=60, what="bench page")

    view = QTableView()
    view.resize(1200, 700)
    started = time.perf_counter()
    model = AuditTableModel(lambda after, limit: services.audit_reader.page(actor, f, after, limit), run=run)
    view.setModel(model)
    view.show()
    model.fetchMore(view.rootIndex())
    _wait_for_rows(app, model)
    first = time.perf_counter() - started
    # the 5,000th row: scrolling 25 pages down
    started = time.perf_counter()
    while model.rowCount() < 5000 and not model.exhausted:
        before = model.rowCount()
        model.fetchMore(view.rootIndex())
        while model.rowCount() == before and not model.exhausted:
            app.processEvents()
    deep = time.perf_counter() - started
    return {"first_rows_ms": first * 1000, "rows": model.rowCount(), "to_5000_ms": deep * 1000}


def qsql(target: str, filtered: bool) -> dict[str, Any]:
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    db = QSqlDatabase.addDatabase("QSQLITE")
    db.setDatabaseName(target)
    if not db.open():
        return {"error": db.lastError().text()}
    where = ""
    if filtered:  # the same filter as ours, in its SQL
        where = (
            f"WHERE user_id = (SELECT id FROM staff_user WHERE username = '{FILTER_USER}') "
            f"AND action >= '{FILTER_ACTION}' AND action < '{FILTER_ACTION}\uffff'"
        )
    view = QTableView()
    view.resize(1200, 700)
    started = time.perf_counter()
    model = QSqlQueryModel()
    model.setQuery(QSqlQuery(QSQL_SELECT.format(where=where), db))
    view.setModel(model)
    view.show()
    _wait_for_rows(app, model)
    first = time.perf_counter() - started
    return {"first_rows_ms": first * 1000, "rows": model.rowCount()}


def _child(kind: str, target: str) -> dict[str, Any]:
    import os
    import subprocess

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root), HMS_ORACLE_LINT="0")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_audit", kind, target],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=root,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"error": (proc.stderr or proc.stdout)[-500:]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


TARGET_FIRST_ROWS = 1.5


def measure(rows: int, repeat: int) -> list[dict[str, Any]]:
    """[{'label', 'ours_ms', 'qsql_ms', 'ratio', 'to_5000_ms'}] for the plain and the filtered view."""
    target = str(audit_file(rows))
    out = []
    for label, suffix in (
        ("all rows, newest first", ""),
        (f"user {FILTER_USER}, {FILTER_ACTION}*", "-filter"),
    ):
        o = [_child("ours" + suffix, target) for _ in range(repeat)]
        q = [_child("qsql" + suffix, target) for _ in range(repeat)]
        bad = [r for r in (*o, *q) if "error" in r or not r.get("rows")]
        if bad:
            out.append({"label": label, "error": bad[0].get("error", "no rows")})
            continue
        ours_ms = statistics.median(r["first_rows_ms"] for r in o)
        qsql_ms = statistics.median(r["first_rows_ms"] for r in q)
        out.append(
            {
                "label": label,
                "ours_ms": ours_ms,
                "qsql_ms": qsql_ms,
                "ratio": ours_ms / qsql_ms,
                "to_5000_ms": statistics.median(r["to_5000_ms"] for r in o),
            }
        )
    return out


def lines(rows: int, repeat: int, width: int = 56) -> list[str]:
    out = []
    for m in measure(rows, repeat):
        name = f"SQLite {rows:,} audit rows: first rows, {m['label']}"
        if "error" in m:
            out.append(f"  {name}: n/a ({str(m['error']).strip().splitlines()[-1]})")
            continue
        verdict = "ok" if m["ratio"] <= TARGET_FIRST_ROWS else "MISSED"
        out.append(
            f"{name:<{width}} {m['ours_ms']:>8.1f}ms {m['qsql_ms']:>8.1f}ms {m['ratio']:>6.2f}x  "
            f"target <= {TARGET_FIRST_ROWS}x {verdict}"
        )
        out.append(f"{'  scrolling to row 5,000 (25 pages)':<{width}} {m['to_5000_ms']:>8.1f}ms")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    for line in lines(args.rows, args.repeat):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] in ("ours", "ours-filter", "qsql", "qsql-filter"):
        kind, path = sys.argv[1], sys.argv[2]
        fn = ours if kind.startswith("ours") else qsql
        print(json.dumps(fn(path, kind.endswith("-filter"))), flush=True)
        import os

        os._exit(0)
    sys.exit(main())
