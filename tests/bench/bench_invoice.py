"""Invoice save latency: ``BillingService.create_invoice`` (3 lines) against the raw driver doing the
same writes (number the series under a lock, insert the invoice, its 3 lines and an audit row) in
one transaction, on the same database in the same run.

    python -m tests.bench.bench_invoice sqlite|POSTGRES_URL [REPEAT]
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.migrate import upgrade
from hms_desktop.db.profiles import Backend, Profile, profile_from_url
from hms_desktop.services.billing_types import InvoiceInput, LineInput
from hms_desktop.services.container import build_services
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.unit.helpers import FAST_HASHER

RAW_INVOICE = (
    "INSERT INTO invoice (doc_type, doc_number, fin_year, invoice_date, issued_at, patient_id, cashier_id,"
    " recipient_name, supply_state, supply_state_code, intra_state, exempt_value, taxable_value, cgst, sgst,"
    " igst, round_off, grand_total, status) VALUES ('tax_invoice', :n, '2026-27', CURRENT_DATE,"
    " CURRENT_TIMESTAMP, :p, :c, 'Bench', 'Karnataka', '29', :t, 0, 200, 5, 5, 0, 0, 210, 'issued')"
)
RAW_LINE = (
    "INSERT INTO invoice_line (invoice_id, line_no, description, quantity, unit, unit_price, discount,"
    " taxable_value, gst_rate, is_exempt, cgst, sgst, igst, line_total) VALUES (:i, :l, 'Item', 1, 'NOS',"
    " 100, 0, 100, 5, :f, 2.5, 2.5, 0, 105)"
)


def _database(target: str) -> Database:
    if "://" in target:
        admin = create_engine(make_url(target), isolation_level="AUTOCOMMIT")
        name = f"hms_bi_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        profile, password = profile_from_url(str(make_url(target).set(database=name).render_as_string(False)))
    else:
        profile, password = Profile("bench", Backend.SQLITE, database=target), None
    engine = make_engine(profile, password)
    upgrade(engine)
    return Database(engine, profile)


def main(target: str, repeat: int) -> dict[str, Any]:
    if target == "sqlite":
        target = str(Path(tempfile.mkdtemp()) / "billing.db")
    db = _database(target)
    seed_demo(db, patients=200, hasher=FAST_HASHER)
    services = build_services(db)
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    with db.read() as s:
        patient_id = int(s.execute(text("SELECT MIN(id) FROM patient")).scalar_one())
    lines = [
        LineInput(item_code="CONS-GEN"),
        LineInput(item_code="MED-PCM", quantity=Decimal(2)),
        LineInput(item_code="MED-AMOX"),
    ]
    services.billing.create_invoice(cashier, InvoiceInput(patient_id=patient_id, lines=lines))  # warm caches
    ours = []
    for _ in range(repeat):
        t = time.perf_counter()
        services.billing.create_invoice(cashier, InvoiceInput(patient_id=patient_id, lines=lines))
        ours.append((time.perf_counter() - t) * 1000)
    raw = []
    raw_engine = db.engine  # the same pool and driver, no ORM and no service logic
    for n in range(repeat):
        t = time.perf_counter()
        with raw_engine.begin() as conn:
            drv = conn.connection.driver_connection
            cur: Any = drv.cursor()  # type: ignore[union-attr]
            pg = db.profile.backend is Backend.POSTGRESQL
            lock = " FOR UPDATE" if pg else ""
            cur.execute(f"SELECT next_no FROM doc_series WHERE doc_type = 'receipt'{lock}")
            cur.execute("UPDATE doc_series SET next_no = next_no + 1 WHERE doc_type = 'receipt'")
            ph = (
                (
                    lambda q: (
                        q.replace(":n", "%(n)s")
                        .replace(":p", "%(p)s")
                        .replace(":c", "%(c)s")
                        .replace(":t", "%(t)s")
                        .replace(":i", "%(i)s")
                        .replace(":l", "%(l)s")
                        .replace(":f", "%(f)s")
                    )
                )
                if pg
                else (lambda q: q)
            )
            cur.execute(
                ph(RAW_INVOICE), {"n": f"RAW/{n:011d}", "p": patient_id, "c": cashier.user_id, "t": True}
            )
            cur.execute("SELECT MAX(id) FROM invoice")
            invoice_id = cur.fetchone()[0]
            for line in range(1, 4):
                cur.execute(ph(RAW_LINE), {"i": invoice_id, "l": line, "f": False})
            # the audit row as the chain needs it (migration 0007): the head under a lock, the
            # next number and a digest over the previous one, the head moved
            cur.execute(f"SELECT last_seq, last_sha256 FROM audit_head WHERE id = 1{lock}")
            seq, previous = cur.fetchone()
            digest = hashlib.sha256(f"{seq + 1}|bench|{previous}".encode()).hexdigest()
            cur.execute(
                ph(
                    "INSERT INTO audit_log (seq_no, row_sha256, occurred_at, username, action, outcome)"
                    " VALUES (:n, :p, CURRENT_TIMESTAMP, 'bench', 'billing.invoice', 'ok')"
                ),
                {"n": seq + 1, "p": digest},
            )
            cur.execute(
                ph("UPDATE audit_head SET last_seq = :n, last_sha256 = :p WHERE id = 1"),
                {"n": seq + 1, "p": digest},
            )
        raw.append((time.perf_counter() - t) * 1000)
    db.dispose()
    a, b = statistics.median(ours), statistics.median(raw)
    return {"ours_ms": a, "raw_ms": b, "ratio": a / b, "ours_p95_ms": sorted(ours)[int(len(ours) * 0.95) - 1]}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30)), flush=True)
    import os

    os._exit(0)
