"""Demo data: counts, triage colours, a valid GSTIN, consistent invoices and document numbers."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hms_desktop.bootstrap import open_database
from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    AuditLog,
    ClinicSetting,
    DocSeries,
    Doctor,
    Invoice,
    Patient,
    Payment,
    QueueEntry,
    StaffUser,
)
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import TriageLevel
from hms_desktop.domain.identifiers import gstin_is_valid, mobile_is_valid, mrn_is_valid, pin_is_valid
from hms_desktop.errors import HmsError
from hms_desktop.services.auth import AuthService
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD, DEMO_USERS
from tests.unit.helpers import FAST_HASHER

TODAY = dt.date(2025, 10, 6)  # a Monday, after the 22 Sep 2025 GST change
DOC_NO = re.compile(r"^[A-Z1-9][A-Za-z0-9/-]{0,15}$")


@pytest.fixture
def seeded(db: Database) -> Database:
    summary = seed_demo(db, patients=300, today=TODAY, hasher=FAST_HASHER)
    assert summary.patients == 300 and summary.users == DEMO_USERS
    return db


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_counts(seeded: Database) -> None:
    assert _count(seeded, Patient) == 300
    assert _count(seeded, Doctor) >= 12
    assert _count(seeded, StaffUser) == 5
    assert _count(seeded, Appointment) > 0
    assert _count(seeded, AuditLog) >= 1


def test_clinic_and_doctors(seeded: Database) -> None:
    with seeded.read() as s:
        clinic = s.get(ClinicSetting, 1)
        assert clinic is not None and gstin_is_valid(clinic.gstin) and clinic.state_code == "29"
        assert clinic.gstin is not None and clinic.gstin.startswith("29")
        expiries = list(s.scalars(select(Doctor.reg_expiry)))
        regs = list(s.scalars(select(Doctor.reg_number)))
    assert any(e < TODAY for e in expiries)
    assert any(TODAY <= e <= TODAY + dt.timedelta(days=30) for e in expiries)
    assert len(set(regs)) == len(regs) and all(re.fullmatch(r"KMC-\d{6}", r) for r in regs)


def test_patients_are_valid(seeded: Database) -> None:
    with seeded.read() as s:
        rows = s.execute(
            select(
                Patient.mrn,
                Patient.phone,
                Patient.pin_code,
                Patient.last_key,
                Patient.last_name,
                Patient.phone_rev,
            )
        ).all()
    assert all(mrn_is_valid(r.mrn) for r in rows)
    assert all(mobile_is_valid(r.phone) and r.phone_rev == r.phone[::-1] for r in rows)
    assert all(pin_is_valid(r.pin_code) for r in rows)
    assert all((r.last_key is None) == (r.last_name is None) for r in rows)


def test_all_five_triage_colours_waiting(seeded: Database) -> None:
    with seeded.read() as s:
        levels = set(s.scalars(select(QueueEntry.triage_level).where(QueueEntry.status == "waiting")))
        tokens = list(s.scalars(select(QueueEntry.token_no).where(QueueEntry.visit_date == TODAY)))
    assert levels == {t.value for t in TriageLevel}
    assert sorted(tokens) == list(range(1, len(tokens) + 1))


def test_appointments_hold_their_slots(seeded: Database) -> None:
    with seeded.read() as s:
        for a in s.scalars(select(Appointment)):
            if a.status == "cancelled":
                assert a.slot_key is None
            else:
                assert a.slot_key == Appointment.make_slot_key(a.doctor_id, a.starts_at)


def test_invoices_consistent(seeded: Database) -> None:
    with seeded.read() as s:
        invoices = list(s.scalars(select(Invoice)))
        assert len(invoices) >= 5
        statuses = set()
        for inv in invoices:
            assert DOC_NO.match(inv.doc_number) and len(inv.doc_number) <= 16
            lines = inv.lines
            assert inv.exempt_value == sum((ln.taxable_value for ln in lines if ln.is_exempt), Decimal(0))
            assert inv.taxable_value == sum(
                (ln.taxable_value for ln in lines if not ln.is_exempt), Decimal(0)
            )
            assert inv.cgst == sum((ln.cgst for ln in lines), Decimal(0)) == inv.sgst
            for ln in lines:
                assert ln.line_total == ln.taxable_value + ln.cgst + ln.sgst + ln.igst
                if ln.is_exempt:
                    assert ln.cgst == 0 and ln.gst_rate == 0
                elif ln.sac_hsn == "3004":
                    assert ln.gst_rate == Decimal("5.00")  # after 22 Sep 2025
            exact = inv.exempt_value + inv.taxable_value + inv.cgst + inv.sgst + inv.igst
            assert inv.grand_total == exact + inv.round_off
            assert inv.grand_total == inv.grand_total.to_integral_value() and abs(inv.round_off) <= Decimal(
                "0.50"
            )
            paid = sum((p.amount for p in inv.payments), Decimal(0))
            statuses.add("paid" if paid == inv.grand_total else "unpaid" if paid == 0 else "part")
        assert {"paid", "unpaid"} <= statuses
        receipts = list(s.scalars(select(Payment.receipt_number)))
        assert all(DOC_NO.match(r) for r in receipts)
        # each series' next number follows the highest issued one
        for series in s.scalars(select(DocSeries)):
            numbers = [n for n in s.scalars(select(Invoice.doc_number)) if n.startswith(series.prefix + "/")]
            numbers += [r for r in receipts if r.startswith(series.prefix + "/")]
            assert numbers and max(int(n.rsplit("/", 1)[1]) for n in numbers) == series.next_no - 1
            assert len(series.prefix) <= 9


def test_demo_users_sign_in(seeded: Database) -> None:
    auth = AuthService(seeded, FAST_HASHER)
    for username in DEMO_USERS:
        assert auth.login(username, DEMO_PASSWORD).username == username
    assert auth.login("doctor", DEMO_PASSWORD).doctor_id is not None


def test_only_into_empty_database(seeded: Database) -> None:
    with pytest.raises(HmsError, match="already has data"):
        seed_demo(seeded, patients=10, today=TODAY, hasher=FAST_HASHER)


def test_deterministic(tmp_path: Path) -> None:
    def names(db: Database) -> list[tuple[object, ...]]:
        with db.read() as s:
            q = select(Patient.first_name, Patient.last_name, Patient.phone, Patient.mrn).order_by(Patient.id)
            return [tuple(r) for r in s.execute(q)]

    runs = []
    for n in (1, 2):
        db = open_database(Profile("t", Backend.SQLITE, database=str(tmp_path / f"{n}.db")))
        seed_demo(db, patients=50, today=TODAY, hasher=FAST_HASHER)
        runs.append(names(db))
        db.dispose()
    assert runs[0] == runs[1] and len(runs[0]) == 50


def test_billing_continues_the_demo_series(seeded: Database) -> None:
    """The cashier's first real bill after the demo takes the next number of the demo's series."""
    from hms_desktop.db.models import Invoice
    from hms_desktop.services.billing import BillingService
    from hms_desktop.services.billing_types import InvoiceInput, LineInput
    from hms_desktop.services.container import build_services

    services = build_services(seeded)
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    pending = services.billing.pending(cashier)[0]
    with seeded.read() as s:
        before = set(s.scalars(select(Invoice.doc_number)))
    # the cashier bills on the demo's day (invoices are dated the day they are made)
    on_demo_day = BillingService(
        seeded, clock=Clock(source=lambda: dt.datetime.combine(TODAY, dt.time(6, 0), dt.UTC))
    )
    made = on_demo_day.create_invoice(
        cashier,
        InvoiceInput(
            patient_id=pending.patient_id,
            lines=[LineInput(pending_charge_id=c.id) for c in pending.charges],
            invoice_date=TODAY,  # the demo's financial year
        ),
    )
    same_series = sorted(n for n in before if n.startswith(made.doc_number[:10]))
    assert made.doc_number not in before and same_series  # the demo issued some of this type that year
    assert int(made.doc_number[10:]) == int(same_series[-1][10:]) + 1
