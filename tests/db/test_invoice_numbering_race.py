"""8 cashiers in 8 OS processes issue 200 invoices each (25 on SQLite), as fast as they can, in one series.

The series row is locked in the same transaction as the invoice, so whatever the interleaving the
numbers are 1..200: consecutive, no gap, no duplicate - on SQLite and on PostgreSQL. The series is
opened by the race itself (first-use creation under contention).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from collections import Counter
from decimal import Decimal

from sqlalchemy import delete, select

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import BillableItem, DocSeries, GstRate, Invoice, QueueEntry
from hms_desktop.db.profiles import Profile
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import Role
from hms_desktop.domain.identifiers import make_gstin
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput
from hms_desktop.services.context import Actor
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.helpers import make_user
from tests.unit.queue_clinic import build_clinic

WORKERS = 8
EACH = {"postgresql": 200, "sqlite": 25}  # the 8 x 200 on the server; SQLite serialises
DAY = dt.date(2025, 10, 1)


def _cashier_loop(
    profile: Profile, password: str | None, actor: Actor, patient_id: int, barrier: object
) -> list[str] | str:
    db = Database(make_engine(profile, password), profile)
    billing = BillingService(
        db, clock=Clock(source=lambda: dt.datetime.combine(DAY, dt.time(6, 0), dt.UTC))
    )  # dated today
    each = EACH[profile.backend.value]
    numbers: list[str] = []
    try:
        barrier.wait()  # type: ignore[attr-defined]
        for _ in range(each):
            line = LineInput(item_code="MED-PCM", quantity=Decimal("1"))
            numbers.append(
                billing.create_invoice(actor, InvoiceInput(patient_id, [line], invoice_date=DAY)).doc_number
            )
        return numbers
    except Exception as exc:  # an HmsError may not unpickle in the parent: send it as text
        return f"{type(exc).__name__}: {exc}"
    finally:
        db.dispose()


def test_concurrent_invoices_get_consecutive_numbers(db: Database) -> None:
    c = build_clinic(db)
    c.sv.clinic.update_settings(
        c.admin,
        legal_name="Race Clinic",
        state_name="Karnataka",
        state_code="29",
        gstin=make_gstin("29", "AAKFS4821M"),  # registered: it issues tax invoices (issue 13)
    )
    with db.write() as s:
        s.execute(delete(GstRate))  # a rate table of the test's own, not the seeded one
        s.add(GstRate(tax_class="MEDICINE", sac_hsn="3004", effective_from=dt.date(2017, 7, 1),
                      rate_percent=Decimal("12"), is_exempt=False))  # fmt: skip
        s.add(BillableItem(code="MED-PCM", name="Paracetamol", kind="medicine", tax_class="MEDICINE",
                           unit_price=Decimal("20"), unit="STRIP"))  # fmt: skip
    entry = c.sv.visits.register_walk_in(c.desk, WalkInInput("Ravi", "M", 30, None)).queue_entry_id
    with db.read() as s:
        patient_id = s.scalars(select(QueueEntry.patient_id).where(QueueEntry.id == entry)).one()
    cashiers = [make_user(db, f"cash{i}", Role.CASHIER) for i in range(WORKERS)]
    password = db.engine.url.password
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(WORKERS)
        with ctx.Pool(WORKERS) as pool:
            results = pool.starmap(
                _cashier_loop, [(db.profile, password, a, patient_id, barrier) for a in cashiers]
            )
    each = EACH[db.profile.backend.value]
    errors = [r for r in results if isinstance(r, str)]
    assert not errors, errors
    numbers = [n for r in results for n in r]
    assert Counter(numbers).most_common(1)[0][1] == 1, "a number was given twice"
    assert sorted(numbers) == [f"INV/25-26/{i:06d}" for i in range(1, WORKERS * each + 1)]
    for r in results:  # each cashier's own numbers rise
        assert list(r) == sorted(r) and len(r) == each
    with db.read() as s:
        stored = s.execute(select(Invoice.doc_number, Invoice.cashier_id).order_by(Invoice.id)).all()
        series = s.scalars(select(DocSeries)).all()
    assert sorted(n for n, _ in stored) == sorted(numbers)
    assert [(x.doc_type, x.fin_year, x.next_no) for x in series] == [
        ("tax_invoice", "2025-26", WORKERS * each + 1)
    ]
    if db.profile.backend.value != "sqlite":  # SQLite serialises writers: one process may take many
        assert len({cid for _, cid in stored[: WORKERS * each // 2]}) >= 2, "the cashiers did not race"
