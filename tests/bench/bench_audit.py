"""The audit trail at a million rows: time to first rows of Settings ▸ Audit trail… (our AuditTableModel
over ``AuditReader.page``, keyset pages on the primary key, newest first) vs Qt's QSqlQueryModel on
the same rows and order, like ``bench_patients``; plus a filtered view (one user, an action prefix).
On SQLite, and on PostgreSQL when ``HMS_BENCH_PG_URL`` or ``HMS_TEST_PG_URL`` names a server: a
database ``hms_bench_audit_<rows>_v<VERSION>`` is filled once from the SQLite file with COPY and kept.
The PostgreSQL baseline is QSqlQueryModel over Qt's QPSQL driver (shipped in the PySide6 wheel; it needs
libpq); the raw psycopg driver reading one page into a plain model is shown beside it, as the floor.

    .venv/bin/python -m tests.bench.bench_audit [--rows 1000000] [--repeat 5] [--no-pg]

Each measurement runs in a fresh process (``ours|ours-filter|qsql|qsql-filter|raw|raw-filter TARGET``,
TARGET a file or a URL) and prints one JSON line. The generated SQLite file is cached beside the
patients' one (``data.cache_dir()``).
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
AUDIT_COLUMNS = (
    "id, seq_no, row_sha256, occurred_at, user_id, username, action, entity, entity_id, outcome,"
    " workstation, details, patient_id"
)
USER_COLUMNS = (
    "id, username, full_name, password_hash, role, status, failed_logins, created_at, row_version,"
    " pw_must_change"
)
RAW_PAGE = 200  # what AuditTableModel asks for first


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


def postgresql_audit_database(source: Path, rows: int) -> str:
    """A PostgreSQL database with the SQLite file's audit rows (COPY, once; kept for the next run)."""
    import psycopg
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from hms_desktop.db.migrate import upgrade
    from tests.bench.data import pg_url

    name = f"hms_bench_audit_{rows}_v{VERSION}"
    admin_url = make_url(pg_url())
    url = admin_url.set(database=name)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if exists:
            engine = create_engine(url)
            with engine.connect() as c:
                have = c.execute(text("SELECT to_regclass('audit_log') IS NOT NULL")).scalar()
                count = c.execute(text("SELECT count(*) FROM audit_log")).scalar() if have else 0
            engine.dispose()
            if count == rows:
                admin.dispose()
                return url.render_as_string(hide_password=False)
            # half loaded: dropped whole (the audit_log's triggers refuse DELETE and TRUNCATE)
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    started = time.perf_counter()
    engine = create_engine(url)
    upgrade(engine)
    engine.dispose()
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    src = sqlite3.connect(source)
    with psycopg.connect(dsn) as pg, pg.cursor() as cur:
        with cur.copy(f"COPY staff_user ({USER_COLUMNS}) FROM STDIN") as copy:
            for row in src.execute(f"SELECT {USER_COLUMNS} FROM staff_user ORDER BY id"):
                copy.write_row((*row[:-1], bool(row[-1])))
        with cur.copy(f"COPY audit_log ({AUDIT_COLUMNS}) FROM STDIN") as copy:
            for row in src.execute(f"SELECT {AUDIT_COLUMNS} FROM audit_log ORDER BY id"):
                copy.write_row(row)
        for table in ("staff_user", "audit_log"):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        pg.commit()
        pg.autocommit = True
        cur.execute("VACUUM ANALYZE audit_log")
        cur.execute("ANALYZE staff_user")
    src.close()
    print(f"loaded {rows:,} audit rows into PostgreSQL in {time.perf_counter() - started:.1f} s", flush=True)
    return url.render_as_string(hide_password=False)


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
    from hms_desktop.db.profiles import Backend, Profile, profile_from_url
    from hms_desktop.domain.enums import Role
    from hms_desktop.gui.admin.audit_model import AuditTableModel
    from hms_desktop.gui.ops import Ops
    from hms_desktop.services.audit_reader_types import AuditFilter
    from hms_desktop.services.container import build_services
    from hms_desktop.services.context import Actor

    app = QApplication([])
    if "://" in target:
        profile, password = profile_from_url(target)
    else:
        profile, password = Profile("bench", Backend.SQLITE, database=target), None
    db = Database(make_engine(profile, password), profile)
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
    if "://" in target:
        from urllib.parse import unquote, urlsplit

        if not QSqlDatabase.isDriverAvailable("QPSQL"):
            return {"error": "QPSQL driver not available"}
        u = urlsplit(target.replace("postgresql+psycopg", "postgresql"))
        db = QSqlDatabase.addDatabase("QPSQL")
        db.setHostName(u.hostname or "")
        db.setPort(u.port or 5432)
        db.setDatabaseName(u.path.lstrip("/"))
        db.setUserName(unquote(u.username or ""))
        db.setPassword(unquote(u.password or ""))
    else:
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


def raw(target: str, filtered: bool) -> dict[str, Any]:
    """The floor: the raw driver (psycopg / sqlite3) reads the first page with the same ORDER BY into a
    QStandardItemModel on the GUI thread, and the view paints it."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    if "://" in target:
        import psycopg

        con: Any = psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://", 1))
    else:
        con = sqlite3.connect(target)
    where = ""
    if filtered:
        where = (
            f"WHERE user_id = (SELECT id FROM staff_user WHERE username = '{FILTER_USER}') "
            f"AND action >= '{FILTER_ACTION}' AND action < '{FILTER_ACTION}\uffff'"
        )
    view = QTableView()
    view.resize(1200, 700)
    started = time.perf_counter()
    cur = con.cursor()
    cur.execute(f"{QSQL_SELECT.format(where=where)} LIMIT {RAW_PAGE}")
    model = QStandardItemModel(0, 8)
    for rec in cur.fetchall():
        model.appendRow([QStandardItem("" if v is None else str(v)) for v in rec])
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


def targets(rows: int, pg: bool = True) -> list[tuple[str, str]]:
    """(backend, file or URL): SQLite always, PostgreSQL when a server is named (and ``pg``)."""
    from tests.bench.data import pg_url

    path = audit_file(rows)
    out = [("SQLite", str(path))]
    if pg and pg_url():
        out.append(("PostgreSQL", postgresql_audit_database(path, rows)))
    return out


def measure(target: str, repeat: int) -> list[dict[str, Any]]:
    """[{'label', 'ours_ms', 'qsql_ms', 'raw_ms', 'ratio', 'to_5000_ms'}] for the plain and the
    filtered view of one backend."""
    out = []
    for label, suffix in (
        ("all rows, newest first", ""),
        (f"user {FILTER_USER}, {FILTER_ACTION}*", "-filter"),
    ):
        o = [_child("ours" + suffix, target) for _ in range(repeat)]
        q = [_child("qsql" + suffix, target) for _ in range(repeat)]
        w = [_child("raw" + suffix, target) for _ in range(repeat)]
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
                "raw_ms": None
                if any("error" in r for r in w)
                else statistics.median(r["first_rows_ms"] for r in w),
                "to_5000_ms": statistics.median(r["to_5000_ms"] for r in o),
            }
        )
    return out


def lines(rows: int, repeat: int, width: int = 56, pg: bool = True) -> list[str]:
    out = []
    for backend, target in targets(rows, pg):
        out += _backend_lines(backend, target, rows, repeat, width)
    return out


def _backend_lines(backend: str, target: str, rows: int, repeat: int, width: int) -> list[str]:
    out = []
    for m in measure(target, repeat):
        name = f"{backend} {rows:,} audit rows: first rows, {m['label']}"
        if "error" in m:
            out.append(f"  {name}: n/a ({str(m['error']).strip().splitlines()[-1]})")
            continue
        verdict = "ok" if m["ratio"] <= TARGET_FIRST_ROWS else "MISSED"
        out.append(
            f"{name:<{width}} {m['ours_ms']:>8.1f}ms {m['qsql_ms']:>8.1f}ms {m['ratio']:>6.2f}x  "
            f"target <= {TARGET_FIRST_ROWS}x {verdict}"
        )
        if m["raw_ms"] is not None:
            out.append(f"{'  raw driver, first page (the floor)':<{width}} {m['raw_ms']:>8.1f}ms")
        out.append(f"{'  scrolling to row 5,000 (25 pages)':<{width}} {m['to_5000_ms']:>8.1f}ms")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--no-pg", action="store_true", help="SQLite only, even with a server named")
    args = p.parse_args(argv)
    for line in lines(args.rows, args.repeat, pg=not args.no_pg):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1].removesuffix("-filter") in ("ours", "qsql", "raw"):
        kind, path = sys.argv[1], sys.argv[2]
        fn = {"ours": ours, "qsql": qsql, "raw": raw}[kind.removesuffix("-filter")]
        print(json.dumps(fn(path, kind.endswith("-filter"))), flush=True)
        import os

        os._exit(0)
    sys.exit(main())
