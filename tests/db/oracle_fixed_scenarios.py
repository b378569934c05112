"""The statements the independent Oracle grammar rejected (issue 10), each run for real by a service.

Each scenario takes a migrated, empty :class:`Database` and exercises one class of fixed statement
through the service that sends it, checking the answer. ``tests/db/test_oracle_fixed_statements.py``
runs them on SQLite and PostgreSQL (and the grammar check reads what they sent, compiled for Oracle);
``tests/oracle_live/test_oracle_fixed_live.py`` runs the same functions on a live Oracle server.

The classes: ``.is_(True)`` rendered as ``IS 1`` (ORA-00908) in the price list, doctor and department
lists, triage rules, drug and procedure lists, the doctors' loads, a department's day and leave;
``refund_mode IS NOT NULL`` selected and grouped as a value (19c has no BOOLEAN); id lists bound into
IN (ORA-01795 past 1000) in the cashier's day list and the day report; the 31-byte bind of the triage
scale's UPDATE (ORA-00972); advice longer than 4000 bytes (ORA-12899 in AL32UTF8).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import func, insert, select, update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    BillableItem,
    Department,
    Doctor,
    Drug,
    GstRate,
    Invoice,
    InvoiceLine,
    Payment,
    QueueEntry,
    TriageRule,
)
from hms_desktop.domain import queue as qd
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.identifiers import make_gstin
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
from hms_desktop.services.day_report import DayReportService
from tests.unit.queue_clinic import QueueClinic, build_clinic

D = Decimal
DAY = dt.date(2026, 4, 15)
NOW = dt.datetime(2026, 4, 15, 5, 0, tzinfo=dt.UTC)  # 10:30 in Bengaluru
# one over Oracle's IN-list limit: a bound list of this day's ids would fail with ORA-01795
BUSY_DAY = 1001


def _prices(db: Database) -> None:
    """A rate table and price list of the scenario's own (the fixture may have emptied the seeded one)."""
    with db.write() as s:
        if s.scalar(select(GstRate.id).where(GstRate.tax_class == "HEALTH")) is None:
            s.add(GstRate(tax_class="HEALTH", sac_hsn="999312", effective_from=dt.date(2017, 7, 1),
                          rate_percent=D("0"), is_exempt=True))  # fmt: skip
        s.execute(update(BillableItem).values(is_active=False))
        s.add(BillableItem(code="T-CONS", name="Consultation", kind="service", tax_class="HEALTH",
                           unit_price=D("400"), unit="VISIT"))  # fmt: skip
        s.add(BillableItem(code="T-DRESS", name="Dressing", kind="procedure", tax_class="HEALTH",
                           unit_price=D("150"), unit="NOS"))  # fmt: skip
        s.add(BillableItem(code="T-OLD", name="Retired item", kind="service", tax_class="HEALTH",
                           unit_price=D("1"), unit="NOS", is_active=False))  # fmt: skip


def _clinic(db: Database) -> QueueClinic:
    c = build_clinic(db)
    c.sv.clinic.update_settings(
        c.admin, legal_name="Asha Health Clinic LLP", address_line1="12 MG Road", city="Bengaluru",
        state_name="Karnataka", state_code="29", pin_code="560001",
        gstin=make_gstin("29", "AAKFS4821M"),  # registered: it charges GST (issue 13)
    )  # fmt: skip
    _prices(db)
    return c


def _patient_of(db: Database, entry_id: int) -> int:
    with db.read() as s:
        entry = s.get(QueueEntry, entry_id)
        assert entry is not None
        return entry.patient_id


def active_lists(db: Database) -> None:
    """Boolean filters (= 1, not IS 1): price list, procedures, departments, doctors, rules, loads."""
    c = _clinic(db)
    bill = BillingService(db, clock=Clock(source=lambda: NOW))
    codes = [p.code for p in bill.price_list(c.cashier)]
    assert "T-CONS" in codes and "T-DRESS" in codes and "T-OLD" not in codes
    procedures = [code for code, _, _ in c.sv.consultation.procedures(c.gp)]
    assert "T-DRESS" in procedures and "T-OLD" not in procedures

    with db.write() as s:
        s.add(Department(name="Closed Wing", code="OLD", opens_min=540, closes_min=1080, is_active=False))
    departments = [d.code for d in c.sv.clinic.list_departments(c.admin, active_only=True)]
    assert "OLD" not in departments and {"GM", "CARD"} <= set(departments)
    assert len(c.sv.clinic.list_departments(c.admin)) == len(departments) + 1

    with db.write() as s:
        retired = s.scalars(select(Doctor).where(Doctor.full_name == "Dr. Bala Iyer")).one()
        retired.is_active = False
    names = [d.full_name for d in c.sv.clinic.list_doctors(c.admin, active_only=True)]
    assert "Dr. Bala Iyer" not in names and "Dr. Asha Rao" in names

    with db.write() as s:
        s.add(TriageRule(keyword="test inactive sign", min_level="red", is_active=False))
    active = [r.keyword for r in c.sv.triage.rules(c.nurse)]
    everything = [r.keyword for r in c.sv.triage.rules(c.nurse, include_inactive=True)]
    assert "test inactive sign" not in active and "test inactive sign" in everything

    entry = c.walk_in("Ravi Kumar", complaint="cough")
    suggested = [d.doctor_id for d in c.sv.queue.suggest_doctors(c.nurse, entry)]
    assert suggested and all(isinstance(i, int) for i in suggested)

    slots = c.sv.scheduling.department_day(c.desk, c.gen_id, Clock().today() + dt.timedelta(days=1))
    assert slots and all(isinstance(k, int) for k in slots)
    impact = c.sv.scheduling.add_leave(
        c.admin, c.gp.doctor_id or 0, Clock().today() + dt.timedelta(days=30),
        Clock().today() + dt.timedelta(days=31), "Conference",
    )  # fmt: skip
    assert impact.leave_id > 0 and impact.affected == []  # nothing booked a month ahead


def drug_list(db: Database) -> None:
    """The clinic's drug list (= 1 on is_active), as the prescription table completes it."""
    c = _clinic(db)
    with db.write() as s:
        s.add(Drug(drug_key="PARACETAMOL|500 MG|TABLET", generic_name="PARACETAMOL", strength="500 mg",
                   dosage_form="tablet"))  # fmt: skip
        s.add(Drug(drug_key="PARAFFIN|LIQUID|", generic_name="PARAFFIN", dosage_form="liquid",
                   is_active=False))  # fmt: skip
    found = [d.generic_name for d in c.sv.consultation.drugs(c.gp, "para")]
    assert found == ["PARACETAMOL"]


@dataclasses.dataclass(frozen=True)
class BusyDay:
    invoices: int
    paid_each: Decimal
    refunded: Decimal


def _clone_invoices(db: Database, template_id: int, copies: int) -> None:
    """``copies`` more invoices like ``template_id`` on the same day, each with its line and payment.

    Written straight to the tables (a service call per bill would take minutes on a server); the
    numbers continue after the series' last one, so the day looks like a real busy day.
    """
    with db.write() as s:
        inv = s.get(Invoice, template_id)
        assert inv is not None
        line = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == template_id)).one()
        pay = s.scalars(select(Payment).where(Payment.invoice_id == template_id)).first()
        assert pay is not None
        series, _, _ = inv.doc_number.rpartition("/")
        rseries, _, _ = pay.receipt_number.rpartition("/")
        inv_cols = {c.key: getattr(inv, c.key) for c in Invoice.__table__.columns if c.key != "id"}
        line_cols = {c.key: getattr(line, c.key) for c in InvoiceLine.__table__.columns if c.key != "id"}
        pay_cols = {c.key: getattr(pay, c.key) for c in Payment.__table__.columns if c.key != "id"}
        top = s.scalar(select(func.max(Invoice.doc_number)).where(Invoice.doc_number.startswith(series)))
        last = int(str(top).rpartition("/")[2])
        rlast = int(str(s.scalar(select(func.max(Payment.receipt_number)))).rpartition("/")[2])
        for n in range(1, copies + 1):
            number = f"{series}/{last + n:06d}"
            new_id = s.execute(
                insert(Invoice).values(**{**inv_cols, "doc_number": number}).returning(Invoice.id)
            ).scalar_one()
            s.execute(insert(InvoiceLine).values(**{**line_cols, "invoice_id": new_id}))
            s.execute(
                insert(Payment).values(
                    **{**pay_cols, "invoice_id": new_id, "receipt_number": f"{rseries}/{rlast + n:06d}"}
                )
            )


def busy_day(db: Database) -> BusyDay:
    """More than 1000 documents in a day: the cashier's day list and the day report (subqueries, not
    bound id lists), with a refunded credit note grouped by a CASE value."""
    c = _clinic(db)
    bill = BillingService(db, clock=Clock(source=lambda: NOW))
    pid = _patient_of(db, c.walk_in("Meera Nair"))
    first = bill.create_invoice(
        c.cashier, InvoiceInput(pid, [LineInput(item_code="T-CONS")], invoice_date=DAY)
    )
    bill.take_payment(c.cashier, first.id, PaymentInput("cash", D("400")))
    refunded = bill.create_invoice(
        c.cashier, InvoiceInput(pid, [LineInput(item_code="T-DRESS")], invoice_date=DAY)
    )
    bill.take_payment(c.cashier, refunded.id, PaymentInput("cash", D("150")))
    bill.issue_credit_note(
        c.admin, refunded.id, None, "Dressing not done", refund_mode="cash", recipient_address="3 Park Road"
    )  # Rule 53(1A)(f): the note shows an address
    _clone_invoices(db, first.id, BUSY_DAY - 2)

    day = bill.day_invoices(c.cashier, DAY)
    assert len(day) == BUSY_DAY
    assert sum(1 for i in day if i.paid == D("400") and i.balance_due == 0) == BUSY_DAY - 1
    (note,) = [i for i in day if i.id == refunded.id]
    assert (note.paid, note.refunded, note.balance_due) == (D("150"), D("150"), D("0"))
    assert len({i.patient_name for i in day}) == 1

    report = DayReportService(db, clock=Clock(source=lambda: NOW)).day_report(c.admin, DAY)
    docs = [r for r in report.documents if r.doc_type != "credit_note"]
    assert len(docs) == BUSY_DAY
    assert sum(r.paid for r in docs) == D("400") * (BUSY_DAY - 1) + D("150")
    assert len(report.documents) == BUSY_DAY + 1  # and the credit note
    return BusyDay(len(day), D("400"), note.refunded)


def scale_update(db: Database) -> None:
    """Renaming and retiming the triage scale: the ORM UPDATE of ``triage_scale`` (short binds)."""
    c = _clinic(db)
    levels = [qd.ScaleLevel(lv.level, lv.label, lv.target_min) for lv in c.sv.queue.scale(c.admin)]
    assert levels, "the scale has its five levels"
    changed = [
        qd.ScaleLevel(lv.level, f"{lv.label} (edited)" if lv.level == "green" else lv.label, lv.target_min)
        for lv in levels
    ]
    saved = {lv.level: lv.label for lv in c.sv.triage.save_scale(c.admin, changed)}
    assert saved["green"].endswith("(edited)") and saved["red"] == levels[0].label


def long_indic_advice(db: Database) -> str:
    """Advice of 2,000 Devanagari characters (about 6,000 bytes in UTF-8) is stored whole."""
    c = _clinic(db)
    entry = c.walk_in("Sunita Devi", complaint="Fever")
    assert c.sv.queue.call_next(c.gp) is not None
    view = c.sv.consultation.start(c.gp, entry)
    advice = ("खूब पानी पिएं, आराम करें। " * 100)[:2000]
    form = ConsultationInput(
        subjective="Fever for two days",
        advice=advice,
        diagnoses=(DiagnosisInput("", "R50.9"),),
        lines=(DrugLineInput("Paracetamol", "500 mg", "tablet", "1 tablet", "oral", "TDS", duration_days=3),),
    )
    done = c.sv.consultation.complete(c.gp, view.id, form)
    assert done.consultation.advice == advice and len(advice.encode()) > 4000
    return advice
