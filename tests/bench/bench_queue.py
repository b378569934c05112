"""The triage queue: refresh with 500 waiting, cross-desk propagation, and 4-process call-next.

    python -m tests.bench.bench_queue refresh|qsql|propagation|callnext TARGET [--repeat N]

TARGET is a SQLite file path (created and filled here) or a PostgreSQL URL (a fresh database is made
in it). Each mode prints one JSON line:

- ``refresh``: ``QueueService.snapshot`` (the 500 rows in queue order, on the calling thread) plus
  the Queue tab's model update and the view's paint, median of N. Before each read another desk has
  triaged one patient (``_change``, not timed), as in the clinic: a refresh follows a change, so
  the model has rows to move and repaint, not an identical list to skip. The GUI share is the real
  Queue tab's (a nurse's: both tables, their columns, the level chips, the selection kept) at the
  size its page has in a 1366x768 window, what the desk does when a snapshot arrives;
- ``qsql``: the baseline: Qt's QSqlQueryModel running the equivalent join after the same change,
  fetching all rows, and a table painting them that shows as many rows as the Queue tab's two
  tables together (same row height, no row numbers: the tab's tables have none);
- ``propagation``: desk A (its own OS process) records a triage, desk B (a real Queue tab: pushed by
  LISTEN/NOTIFY on PostgreSQL, its 1 s poll on SQLite) shows it: milliseconds from A's commit to B's
  refreshed and repainted rows, median and max of N;
- ``callnext``: 4 OS processes, one doctor each, call next + finish until the queue is empty:
  calls per second and the number of patients called twice (must be 0).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

WAITING = 500
CALLNEXT_PATIENTS = 400
DOCTORS = 4
TAB_SIZE = (1350, 680)  # the Queue tab's page in a 1366x768 main window (menu, tab bar, status bar)

QSQL_QUEUE = (
    "SELECT q.token_no, q.triage_level, p.first_name || COALESCE(' ' || p.last_name, ''), p.mrn, "
    "p.date_of_birth, p.sex, q.chief_complaint, q.news2_score, q.arrived_at, q.status, d.name, "
    "doc.full_name, q.room "
    "FROM queue_entry q JOIN patient p ON p.id = q.patient_id "
    "LEFT JOIN department d ON d.id = q.department_id LEFT JOIN doctor doc ON doc.id = q.doctor_id "
    "WHERE q.visit_date = '{day}' AND q.status IN ('waiting', 'called', 'in_consult') ORDER BY q.id"
)


def _database(target: str) -> Any:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.db.migrate import upgrade
    from hms_desktop.db.profiles import Backend, Profile, profile_from_url

    if "://" in target:
        admin = create_engine(make_url(target), isolation_level="AUTOCOMMIT")
        name = f"hms_bq_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        profile, password = profile_from_url(str(make_url(target).set(database=name).render_as_string(False)))
    else:
        Path(target).unlink(missing_ok=True)
        profile, password = Profile("bench", Backend.SQLITE, database=target), None
    engine = make_engine(profile, password)
    upgrade(engine)
    return Database(engine, profile), password


def _clinic(db: Any, waiting: int) -> Any:
    """A clinic with 4 GPs on duty all day and ``waiting`` triaged walk-ins (bulk inserted)."""
    from sqlalchemy import insert

    from hms_desktop.db.models import Patient, QueueEntry
    from tests.unit.queue_clinic import build_clinic

    c = build_clinic(db, cap=200)
    from hms_desktop.services.scheduling_types import DoctorInput, SessionInput
    from tests.unit.queue_clinic import doctor_actor

    extra = c.sv.scheduling.save_doctor(
        c.admin,
        DoctorInput("Dr. Dinesh Pai", "MBBS", "General Physician", c.gen_id, "KMC-9", None,
                    dt.date(2099, 1, 1), Decimal("300"), daily_cap=200, room="R-3"),
    )  # fmt: skip
    c.sv.scheduling.set_schedule(c.admin, extra.id, [SessionInput(d, "00:00", "24:00", 15) for d in range(7)])
    c.extra = doctor_actor(db, "drdinesh", extra.id)  # type: ignore[attr-defined]
    today, now = c.sv.queue.clock.today(), c.sv.queue.clock.now()
    levels = ("red", "orange", "yellow", "green", "green", "blue", None)
    with db.write() as s:
        s.execute(
            insert(Patient),
            [{"mrn": f"B-{i}", "first_name": f"Patient{i}", "last_name": "Bench", "sex": "F",
              "row_version": 1} for i in range(waiting)],
        )  # fmt: skip
        ids = list(s.scalars(Patient.__table__.select().with_only_columns(Patient.id).order_by(Patient.id)))
        s.execute(
            insert(QueueEntry),
            [
                {"visit_date": today, "token_series": "ALL", "token_no": i + 1, "patient_id": pid,
                 "source": "walk_in", "status": "waiting", "chief_complaint": "Fever and cough",
                 "triage_level": levels[i % len(levels)], "news2_score": i % 8,
                 "arrived_at": now - dt.timedelta(minutes=(i * 7) % 300), "row_version": 1,
                 "call_count": 0}
                for i, pid in enumerate(ids)
            ],
        )  # fmt: skip
    return c


def _change(c: Any, entries: list[int], i: int) -> None:
    """Another desk's write between two refreshes: a triage that moves one patient in the list."""
    from hms_desktop.services.queue_types import TriageInput

    level = ("yellow", "green", "orange", "blue")[i % 4]
    c.sv.triage.record(
        c.nurse,
        entries[i % len(entries)],
        TriageInput(chief_complaint=f"Fever, day {i}", level=level, override_reason="bench change"),
    )


def _waiting(c: Any) -> list[int]:
    return [r.id for r in c.sv.queue.snapshot(c.nurse).rows if r.status == "waiting"][50:]


def _queue_tab(c: Any) -> Any:
    """The nurse's Queue tab as the desk builds it (not started: the bench hands it each snapshot)."""
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.gui.tabs.queue.view import QueueTab

    settings = Settings(Path(tempfile.mkdtemp()) / "desk.ini")
    tab = QueueTab(DeskContext.of(Ops(), c.sv, c.nurse, settings), c.sv)
    tab.resize(*TAB_SIZE)
    tab.show()
    return tab


def refresh(target: str, repeat: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    db, _ = _database(target)
    c = _clinic(db, WAITING)
    queue = c.sv.queue
    tab = _queue_tab(c)
    tab.lanes.show(queue.snapshot(c.nurse), "", None)
    app.processEvents()
    times, reads, resets = [], [], []
    entries = _waiting(c)
    for i in range(repeat + 1):
        _change(c, entries, i)
        started = time.perf_counter()
        snap = queue.snapshot(c.nurse)  # on a worker thread in the desk
        read = time.perf_counter()
        tab.lanes.show(snap, "", None)  # the GUI thread's share: what QueueTab._show does
        app.processEvents()
        done = time.perf_counter()
        times.append((done - started) * 1000)
        reads.append((read - started) * 1000)
        resets.append((done - read) * 1000)
    rows = tab.model.rowCount() + tab.lane_model.rowCount()
    resets_done = tab.model.resets + tab.lane_model.resets - 2  # the first show resets each model
    db.dispose()
    return {"refresh_ms": statistics.median(times[1:]), "snapshot_ms": statistics.median(reads[1:]),
            "reset_paint_ms": statistics.median(resets[1:]), "rows": rows,
            "model_resets": resets_done}  # fmt: skip


def qsql(target: str, repeat: int) -> dict[str, Any]:
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    db, _ = _database(target)
    c = _clinic(db, WAITING)
    day = c.sv.queue.clock.today().isoformat()
    if "://" in target:
        url = db.engine.url
        qdb = QSqlDatabase.addDatabase("QPSQL")
        qdb.setHostName(url.host or "")
        qdb.setPort(url.port or 5432)
        qdb.setDatabaseName(url.database or "")
        qdb.setUserName(url.username or "")
        qdb.setPassword(url.password or "")
    else:
        qdb = QSqlDatabase.addDatabase("QSQLITE")
        qdb.setDatabaseName(target)
    if not qdb.open():
        return {"error": qdb.lastError().text()}
    model = QSqlQueryModel()
    view = QTableView()
    tab = _queue_tab(c)  # as many rows shown as the Queue tab's two tables show together
    tab.lanes.show(c.sv.queue.snapshot(c.nurse), "", None)
    app.processEvents()
    view.resize(tab.view.width(), tab.view.height() + tab.lane_view.height())
    tab.close()
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(tab.view.verticalHeader().defaultSectionSize())
    view.setModel(model)
    view.show()
    app.processEvents()
    times = []
    entries = _waiting(c)
    for i in range(repeat + 1):
        _change(c, entries, i)
        started = time.perf_counter()
        model.setQuery(QSqlQuery(QSQL_QUEUE.format(day=day), qdb))
        while model.canFetchMore():
            model.fetchMore()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    rows = model.rowCount()
    model.clear()
    qdb.close()
    db.dispose()
    return {"refresh_ms": statistics.median(times[1:]), "rows": rows}


def _desk_a(profile: Any, password: str | None, nurse: Any, conn: Any) -> None:
    """Desk A, its own OS process: records each triage it is sent and answers with the moment its
    transaction committed (``time.monotonic``: one clock for every process on the machine)."""
    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.services.container import build_services
    from hms_desktop.services.queue_types import TriageInput

    db = Database(make_engine(profile, password), profile)
    services = build_services(db)
    while True:
        job = conn.recv()
        if job is None:
            break
        entry, complaint = job
        services.triage.record(nurse, entry, TriageInput(chief_complaint=complaint))
        conn.send(time.monotonic())
    db.dispose()


def propagation(target: str, repeat: int) -> dict[str, Any]:
    import random

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.gui.tabs.queue.view import QueueTab
    from hms_desktop.services.container import build_services

    app = QApplication([])
    db_a, password = _database(target)
    c = _clinic(db_a, 60)
    db_b = Database(make_engine(db_a.profile, password), db_a.profile)  # desk B: this process
    services_b = build_services(db_b)
    settings = Settings(Path(tempfile.mkdtemp()) / "desk.ini")
    tab = QueueTab(DeskContext.of(Ops(), services_b, c.nurse, settings), services_b)
    tab.resize(*TAB_SIZE)
    tab.show()
    tab.start()
    entries = [r.id for r in c.sv.queue.snapshot(c.nurse).rows if r.status == "waiting"]
    db_a.dispose()
    ctx = mp.get_context("spawn")
    ours, theirs = ctx.Pipe()
    desk_a = ctx.Process(target=_desk_a, args=(db_a.profile, password, c.nurse, theirs), daemon=True)
    desk_a.start()
    rng = random.Random(7)
    latencies = []

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(2500)  # desk A's interpreter starts; desk B is listening (or has its first poll)
    for i in range(repeat):
        wait(rng.randrange(100, 1200))  # land anywhere in the poll cycle
        complaint = f"bench change {i}"
        ours.send((entries[i], complaint))  # desk A commits in its own process
        started = time.monotonic()
        while True:
            snap = tab.snapshot
            if snap is not None and any(r.chief_complaint == complaint for r in snap.rows):
                app.processEvents()  # the repaint of the changed rows
                break
            if time.monotonic() - started > 10:
                return {"error": "desk B never saw the change"}
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        seen = time.monotonic()
        committed = ours.recv()
        latencies.append((seen - committed) * 1000)
    ours.send(None)
    desk_a.join(10)
    pushed = tab.hub.listening
    tab.stop()
    return {"median_ms": statistics.median(latencies), "max_ms": max(latencies), "samples": len(latencies),
            "pushed": pushed}  # fmt: skip


def _doctor(profile: Any, password: str | None, actor: Any, barrier: Any) -> list[int] | str:
    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.services.queue import QueueService

    db = Database(make_engine(profile, password), profile)
    queue = QueueService(db)
    seen: list[int] = []
    try:
        barrier.wait()
        for _ in range(CALLNEXT_PATIENTS * 2):
            row = queue.call_next(actor)
            if row is None:
                break
            seen.append(row.id)
            queue.finish(actor, row.id)
        return seen
    except Exception as exc:  # an HmsError may not unpickle in the parent: send it as text
        return f"{type(exc).__name__}: {exc}"
    finally:
        db.dispose()


def callnext(target: str, repeat: int) -> dict[str, Any]:
    db, password = _database(target)
    c = _clinic(db, CALLNEXT_PATIENTS)
    doctors = [c.gp, c.gp2, c.cardio, c.extra]
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(DOCTORS + 1)
        with ctx.Pool(DOCTORS) as pool:
            pending = pool.starmap_async(_doctor, [(db.profile, password, d, barrier) for d in doctors])
            barrier.wait()
            started = time.perf_counter()
            results = pending.get(timeout=600)
            elapsed = time.perf_counter() - started
    errors = [r for r in results if isinstance(r, str)]
    called = [i for r in results if not isinstance(r, str) for i in r]
    twice = sum(1 for n in Counter(called).values() if n > 1)
    db.dispose()
    per_doctor = [len(r) for r in results if not isinstance(r, str)]
    return {"calls": len(called), "calls_per_s": len(called) / elapsed, "twice": twice,
            "per_doctor": per_doctor, "errors": errors[:1]}  # fmt: skip


if __name__ == "__main__":
    mode, target = sys.argv[1], sys.argv[2]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 15
    if target == "sqlite":
        target = str(Path(tempfile.mkdtemp()) / "queue.db")
    fn = {"refresh": refresh, "qsql": qsql, "propagation": propagation, "callnext": callnext}[mode]
    print(json.dumps(fn(target, repeat)), flush=True)
    import os

    os._exit(0)
