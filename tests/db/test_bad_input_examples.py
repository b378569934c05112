"""The bad inputs issue 12 found, one by one, on every backend: each is refused with a message at
its field and nothing is stored (the property suite, test_bad_input_property.py, generalises them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Invoice, Patient, QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.errors import ValidationError
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.consultation_types import ConsultationInput, DrugLineInput
from hms_desktop.services.patients import PatientInput
from hms_desktop.services.queue_types import TriageInput
from tests.db.test_bad_input_property import Desk, make_desk

D = Decimal
TODAY = Clock().today()


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)


def refused(call: Any, field: str) -> str:
    with pytest.raises(ValidationError) as info:
        call()
    assert field in info.value.errors, info.value.errors
    return info.value.errors[field]


def test_text_with_nul_control_or_surrogate_and_over_long_names(desk: Desk) -> None:
    c = desk.c
    with c.db.read() as s:
        before = s.scalar(select(func.count()).select_from(Patient))
    for bad, needle in (("Asha\x00", "NUL"), ("Asha\x1b[2J", "control"), ("Asha\ud800", "surrogate")):
        assert needle in refused(
            lambda b=bad: c.sv.patients.register(c.desk, PatientInput(b, "F", age_years=30)), "first_name"
        )
    message = refused(
        lambda: c.sv.patients.register(c.desk, PatientInput("A" * 81, "F", age_years=30)), "first_name"
    )
    assert message == "At most 80 characters (this has 81)."
    with c.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == before


def test_triage_complaint_800_and_vitals_of_the_wrong_kind(desk: Desk) -> None:
    c = desk.c
    entry = c.walk_in("Ravi")
    record = c.sv.triage.record
    assert "500" in refused(
        lambda: record(c.nurse, entry, TriageInput(chief_complaint="x" * 800)), "chief_complaint"
    )
    for field, value in (("pulse", "72"), ("pulse", 72.5), ("spo2", D("NaN")), ("temperature_c", D("sNaN")),
                         ("temperature_c", D("Infinity")), ("glucose_mgdl", D("1e30")),
                         ("temperature_c", D("37.25"))):  # fmt: skip
        refused(lambda f=field, v=value: record(c.nurse, entry, TriageInput(**{f: v})), field)
    with c.db.read() as s:
        row = s.get(QueueEntry, entry)
        assert row is not None and row.pulse is None and row.chief_complaint is None


def test_instructions_1160_and_quantity_0_001_in_a_prescription(desk: Desk) -> None:
    c = desk.c
    view = c.sv.consultation.start(c.gp, c.walk_in("Kiran"))
    line = DrugLineInput("Paracetamol", "500 mg", "tablet", "1", None, "TDS", None, 3)
    long = ConsultationInput(lines=(dataclasses.replace(line, instructions="after food " * 116),))
    assert refused(
        lambda: c.sv.consultation.save_draft(c.gp, view.id, long), "line1.instructions"
    ).startswith("At most 255 characters")
    tiny = ConsultationInput(lines=(DrugLineInput("Paracetamol", quantity=D("0.001")),))
    assert "decimal" in refused(lambda: c.sv.consultation.save_draft(c.gp, view.id, tiny), "line1.quantity")
    old = ConsultationInput(follow_up_on=dt.date(1, 1, 1))
    assert (
        refused(lambda: c.sv.consultation.save_draft(c.gp, view.id, old), "follow_up_on")
        == "The date is in the past."
    )


def test_leave_and_batch_expiry_dates_outside_their_window(desk: Desk) -> None:
    c = desk.c
    doctor = c.gp2.doctor_id
    assert doctor is not None
    for start, end in (
        (dt.date(1, 1, 1), TODAY),
        (dt.date(1900, 1, 1), TODAY),
        (TODAY, dt.date(9999, 12, 31)),
    ):
        with pytest.raises(ValidationError):
            c.sv.scheduling.add_leave(c.admin, doctor, start, end, "conference")
    line = LineInput("PCM", quantity=D(1), batch_no="B1", expiry_on=dt.date(1900, 1, 1))
    inv = InvoiceInput(desk.patient_id, [line])
    assert "too far back" in refused(lambda: c.sv.billing.create_invoice(c.cashier, inv), "line1.expiry_on")
    zero = InvoiceInput(desk.patient_id, [LineInput("PCM", quantity=D(0))])
    assert (
        refused(lambda: c.sv.billing.create_invoice(c.cashier, zero), "line1.quantity") == "Must not be zero."
    )


def test_day_close_only_today_or_an_earlier_open_day_and_no_invoice_into_it(desk: Desk) -> None:
    c = desk.c
    close = c.sv.billing.close_day
    assert "today or an earlier day" in refused(
        lambda: close(c.cashier, dt.date(2200, 1, 1), {"cash": D(0)}), "business_date"
    )
    refused(lambda: close(c.cashier, TODAY + dt.timedelta(days=1), {"cash": D(0)}), "business_date")
    refused(lambda: close(c.cashier, TODAY, {"cash": D("NaN")}), "counted.cash")
    c.sv.billing.take_payment(c.cashier, desk.invoice_id, PaymentInput("cash", D("100")))
    close(c.cashier, TODAY, {"cash": D("100")})
    with c.db.read() as s:
        before = s.scalar(select(func.count()).select_from(Invoice))
    late = InvoiceInput(desk.patient_id, [LineInput("CONS", quantity=D(1))])
    assert "closed" in refused(lambda: c.sv.billing.create_invoice(c.cashier, late), "business_date")
    with c.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == before
    again = dataclasses.replace(late)
    assert "closed" in refused(lambda: close(c.cashier, TODAY, {"cash": D("100")}, "again"), "business_date")
    assert again == late
