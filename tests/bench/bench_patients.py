"""Time to first rows and peak RSS: our PatientTableModel vs Qt's QSqlQueryModel, same data and order.

Each measurement runs in a fresh process (``python -m tests.bench.bench_patients ours|qsql|raw TARGET``)
and prints one JSON line. Both sides open their connection before the clock starts (ours also reads
the clinic settings, as the app does at start-up, so SQLAlchemy's one-off mapper set-up is done);
the clock stops when the view has rows and has painted them. Ours runs exactly as the desk does: the
page is read on an Ops worker through ``services.patients.list_page`` (keyset, NAME order).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QTableView

QSQL_SELECT = (
    "SELECT mrn, first_name || COALESCE(' ' || last_name, ''), sex, date_of_birth, phone, city, created_at "
    "FROM patient ORDER BY first_key, last_key, id"
)
RAW_PAGE = 200  # PatientTableModel's PAGE_SIZE (not imported: the raw side loads none of the app)


def _wait_for_rows(app: QApplication, model: Any) -> None:
    if model.rowCount() == 0:
        # sleep in the event loop like the desk does (a busy loop would hold the GIL the worker needs)
        loop = QEventLoop()
        model.rowsInserted.connect(loop.quit)
        loop.exec()
    app.processEvents()  # layout and paint the first rows


def _peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, because ru_maxrss survives exec and would report the parent's."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours(target: str) -> dict[str, Any]:
    # the GUI package first, as in the desk (hms_desktop.gui.app imports the database layer later, on
    # a worker): importing it adjusts PySide6's import hook for every module after it (gui/feature_hook)
    import hms_desktop.gui  # noqa: F401
    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.db.profiles import Backend, Profile, profile_from_url
    from hms_desktop.domain.enums import Role
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.tabs.patients.model import PatientTableModel
    from hms_desktop.services.container import build_services
    from hms_desktop.services.context import Actor

    app = QApplication([])
    if "://" in target:
        profile, password = profile_from_url(target)
    else:
        profile, password = Profile("bench", Backend.SQLITE, database=target), None
    db = Database(make_engine(profile, password), profile)
    db.engine.connect().close()  # a pooled connection, as QSqlDatabase.open() gives the other side
    services = build_services(db)
    # what the desk has done before the Patients tab exists: opened the database and read the clinic
    # settings, which configures SQLAlchemy's mappers once per process (~45 ms for the whole model).
    # The first compile of the page query itself stays inside the clock.
    services.clinic.settings()
    actor = Actor(None, "bench", "Bench", Role.ADMIN)  # no account row: the status check is skipped
    ops = Ops()

    def fetch(sort: Any, descending: bool, after: Any, limit: int) -> Any:
        return services.patients.list_page(actor, sort=sort, descending=descending, after=after, limit=limit)

    def run(fn: Any, ok: Any, fail: Any) -> None:
        ops.run(fn, ok, fail, timeout_s=60, what="bench page")

    view = QTableView()
    view.resize(1200, 700)
    started = time.perf_counter()
    model = PatientTableModel(fetch, run=run)
    view.setModel(model)
    view.show()
    model.reload()
    _wait_for_rows(app, model)
    first_rows = time.perf_counter() - started
    return {"first_rows_ms": first_rows * 1000, "peak_rss_mb": _peak_rss_mb(), "rows": model.rowCount()}


def qsql(target: str) -> dict[str, Any]:
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel

    app = QApplication([])
    if "://" in target:
        from urllib.parse import urlsplit

        u = urlsplit(target.replace("postgresql+psycopg", "postgresql"))
        if not QSqlDatabase.isDriverAvailable("QPSQL"):
            return {"error": "QPSQL driver not available"}
        db = QSqlDatabase.addDatabase("QPSQL")
        db.setHostName(u.hostname or "")
        db.setPort(u.port or 5432)
        db.setDatabaseName(u.path.lstrip("/"))
        db.setUserName(u.username or "")
        db.setPassword(u.password or "")
    else:
        db = QSqlDatabase.addDatabase("QSQLITE")
        db.setDatabaseName(target)
    if not db.open():
        return {"error": db.lastError().text()}
    view = QTableView()
    view.resize(1200, 700)
    started = time.perf_counter()
    model = QSqlQueryModel()
    model.setQuery(QSqlQuery(QSQL_SELECT, db))
    view.setModel(model)
    view.show()
    _wait_for_rows(app, model)
    first_rows = time.perf_counter() - started
    return {"first_rows_ms": first_rows * 1000, "peak_rss_mb": _peak_rss_mb(), "rows": model.rowCount()}


def raw(target: str) -> dict[str, Any]:
    """The floor: the raw driver (psycopg / sqlite3) reads one page with the same ORDER BY into a
    QStandardItemModel on the GUI thread, and the view paints it."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    app = QApplication([])
    if "://" in target:
        import psycopg

        con: Any = psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://", 1))
    else:
        import sqlite3

        con = sqlite3.connect(target)
    view = QTableView()
    view.resize(1200, 700)
    started = time.perf_counter()
    cur = con.cursor()
    cur.execute(f"{QSQL_SELECT} LIMIT {RAW_PAGE}")
    model = QStandardItemModel(0, 7)
    for rec in cur.fetchall():
        model.appendRow([QStandardItem("" if v is None else str(v)) for v in rec])
    view.setModel(model)
    view.show()
    _wait_for_rows(app, model)
    first_rows = time.perf_counter() - started
    return {"first_rows_ms": first_rows * 1000, "peak_rss_mb": _peak_rss_mb(), "rows": model.rowCount()}


if __name__ == "__main__":
    kind, target = sys.argv[1], sys.argv[2]
    result = {"ours": ours, "qsql": qsql, "raw": raw}[kind](target)
    print(json.dumps(result), flush=True)
    sys.stdout.flush()
    import os

    os._exit(0)  # skip teardown (worker threads, pooled connections): not part of the measurement
