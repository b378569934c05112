"""The bad inputs issue 12 found, one by one, on every backend: each is refused with a message at
its field and nothing is stored (the property suite, test_bad_input_property.py, generalises them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from hms_desktop import secrets
from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    AuditLog,
    BillableItem,
    ClinicalAccess,
    DayReopen,
    Doctor,
    GstRate,
    Invoice,
    Patient,
    Prescription,
    QueueEntry,
    StaffUser,
    TriageRule,
)
from hms_desktop.domain import queue as qd
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import Role
from hms_desktop.errors import ValidationError
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.consultation_types import ConsultationInput, DrugLineInput
from hms_desktop.services.importer_types import ImportKind, Outcome
from hms_desktop.services.mailer_types import SmtpConfig
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.price_list_types import StarterItem
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.scheduling_types import DepartmentInput, DoctorInput, SessionInput
from hms_desktop.services.triage_types import RuleInput
from tests.db.test_bad_input_property import Desk, make_desk
from tests.unit.helpers import make_user
from tests.unit.queue_clinic import build_clinic
from tests.unit.test_consultation_service import FORM, in_room

D = Decimal
TODAY = Clock().today()


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)


def odd(value: Any) -> Any:
    """A value of the wrong type, as another program might pass it (typed Any for mypy)."""
    return value


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


def count(db: Database, model: Any) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_reasons_and_notes_past_their_column_are_refused_not_cut(desk: Desk) -> None:
    """The queue's 'left' note and transfer reason, break-the-glass, a cancelled appointment, a
    reopened day and a GST rate's note were cut at 300, 500 or 200 characters without a word."""
    c = desk.c
    entry = c.walk_in("Ravi")
    q = c.sv.queue
    assert (
        refused(lambda: q.mark_left(c.desk, entry, "n" * 301), "note")
        == "At most 300 characters (this has 301)."
    )
    assert "control" in refused(lambda: q.mark_left(c.desk, entry, "left\x07"), "note")
    cardio = c.cardio.doctor_id
    long = "needs a cardiologist, " * 14  # 308
    assert "At most 300" in refused(
        lambda: q.transfer(c.desk, entry, doctor_id=cardio, reason=long), "reason"
    )
    assert "NUL" in refused(
        lambda: q.transfer(c.desk, entry, doctor_id=cardio, reason="ECG\x00 changes"), "reason"
    )
    with c.db.read() as s:
        row = s.get(QueueEntry, entry)
        assert row is not None and row.status == "waiting" and row.status_note is None

    glass = c.sv.consultation.break_glass
    assert "At most 500" in refused(lambda: glass(c.gp2, desk.patient_id, "collapsed " * 60), "reason")
    assert "control" in refused(
        lambda: glass(c.gp2, desk.patient_id, "collapsed\x1b[2J at the desk"), "reason"
    )
    assert count(c.db, ClinicalAccess) == 0

    doctor = c.gp.doctor_id
    assert doctor is not None
    start = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(4, 0), tzinfo=dt.UTC)
    appt = c.sv.scheduling.book(c.desk, desk.patient_id, doctor, start, "Review")
    cancel = c.sv.scheduling.cancel
    assert "At most 300" in refused(lambda: cancel(c.desk, appt.id, "called to cancel " * 20), "reason")
    assert "line break" in refused(lambda: cancel(c.desk, appt.id, "called\nto cancel"), "reason")
    with c.db.read() as s:
        booked = s.get(Appointment, appt.id)
        assert booked is not None and booked.status == "booked" and booked.cancel_reason is None

    c.sv.billing.close_day(c.cashier, TODAY, {"cash": D(0)})
    (closed,) = c.sv.day_reopen.closed_days(c.admin, TODAY, TODAY)
    reopen = c.sv.day_reopen.reopen
    assert "At most 300" in refused(
        lambda: reopen(c.admin, closed.day_close_id, "counted twice " * 25), "reason"
    )
    assert "control" in refused(lambda: reopen(c.admin, closed.day_close_id, "counted\x7f twice"), "reason")
    assert count(c.db, DayReopen) == 0

    rates = count(c.db, GstRate)
    add = c.sv.price_list.add_rate
    later = TODAY + dt.timedelta(days=30)
    assert refused(lambda: add(c.admin, "MEDICINE", "12", later, note="n" * 201), "note") == (
        "At most 200 characters (this has 201)."
    )
    assert "surrogate" in refused(
        lambda: add(c.admin, "MEDICINE", "12", later, note="GST\ud800 council"), "note"
    )
    assert count(c.db, GstRate) == rates

    # at the limit, the whole text is kept
    q.mark_left(c.desk, entry, "n" * 300)
    with c.db.read() as s:
        row = s.get(QueueEntry, entry)
        assert row is not None and row.status_note == "n" * 300


def test_an_allergy_override_reason_past_300_is_refused_not_cut_in_the_audit(db: Database) -> None:
    c = build_clinic(db)
    entry, _ = in_room(c, allergies="Penicillin")
    view = c.sv.consultation.start(c.gp, entry)
    amox = DrugLineInput("Amoxicillin", "500 mg", "capsule", "1 capsule", "oral", "TDS", duration_days=5)
    form = dataclasses.replace(FORM, lines=(amox,), confirmed=True)
    complete = c.sv.consultation.complete
    for reason, needle in (("tolerated before " * 18, "At most 300"), ("tolerated\x00 before", "NUL")):
        message = refused(
            lambda r=reason: complete(c.gp, view.id, dataclasses.replace(form, allergy_override_reason=r)),
            "allergy_override_reason",
        )
        assert needle in message
    assert c.sv.consultation.get(c.gp, view.id).status != "completed"
    with db.read() as s:
        assert s.scalar(select(func.count()).where(AuditLog.action == "consultation.complete")) == 0


def test_price_list_text_that_is_no_text_and_a_price_date_that_is_no_date(desk: Desk) -> None:
    """add_item with SAC b'bytes' raised TypeError, update_item with name 42 AttributeError, and
    set_price from '2026-04-15' a ProgrammingError on PostgreSQL (date = character varying)."""
    c = desk.c
    pl = c.sv.price_list
    with c.db.read() as s:
        items = s.scalar(select(func.count()).select_from(BillableItem))
    add = pl.add_item
    assert refused(lambda: add(c.admin, "XRAY", "X-ray", "lab", "HEALTH", D(300), odd(b"bytes")), "sac_hsn")
    assert refused(lambda: add(c.admin, odd(42), "X-ray", "lab", "HEALTH", D(300)), "code")
    assert refused(lambda: add(c.admin, "XRAY", odd(42), "lab", "HEALTH", D(300)), "name") == "Enter text."
    assert refused(lambda: add(c.admin, "XRAY", "X-ray", "lab", "HEALTH", D(300), unit="TAB\x00"), "unit")
    text_day = odd("2026-04-15")
    assert refused(
        lambda: add(c.admin, "XRAY", "X-ray", "lab", "HEALTH", D(300), from_date=text_day), "from_date"
    )
    with c.db.read() as s:
        assert s.scalar(select(func.count()).select_from(BillableItem)) == items
    assert refused(lambda: pl.update_item(c.admin, "PCM", name=odd(42)), "name") == "Enter text."
    assert refused(lambda: pl.update_item(c.admin, "PCM", kind=odd(1)), "kind")
    assert refused(lambda: pl.update_item(c.admin, "PCM", tax_class=odd(b"HEALTH")), "tax_class")
    history = pl.history(c.admin, "PCM")
    assert refused(lambda: pl.set_price(c.admin, "PCM", D(25), odd("2026-04-15")), "from_date")
    noon = dt.datetime(2026, 4, 15, 12, 0)
    assert refused(lambda: pl.set_price(c.admin, "PCM", D(25), odd(noon)), "from_date")
    assert refused(lambda: pl.add_rate(c.admin, "MEDICINE", "12", odd(20260415)), "from_date")
    assert refused(lambda: pl.add_rate(c.admin, odd(12), "12", TODAY), "tax_class")
    assert pl.history(c.admin, "PCM") == history
    assert pl.item(c.admin, "PCM").name == "Paracetamol 500 mg (strip)"


def test_schedule_department_and_doctor_fields_of_the_wrong_type(desk: Desk) -> None:
    """set_schedule with weekday None raised TypeError (int(None)), save_department with opens 900
    TypeError in the HH:MM parser, save_doctor with department None a SAWarning (a NULL key lookup)
    and with full name 42 AttributeError."""
    c = desk.c
    sched = c.sv.scheduling
    doctor = c.gp2.doctor_id
    assert doctor is not None
    before = sched.get_schedule(c.admin, doctor)
    for bad in (SessionInput(odd(None), "09:00", "13:00", 15), SessionInput(1, "09:00", "13:00", odd(None))):
        assert refused(lambda b=bad: sched.set_schedule(c.admin, doctor, [b]), "sessions[0]")
    assert sched.get_schedule(c.admin, doctor) == before
    assert (
        refused(
            lambda: sched.save_department(c.admin, DepartmentInput("Paediatrics", "PAED", odd(900), "17:00")),
            "opens",
        )
        == "Enter the opening time as HH:MM."
    )
    assert refused(
        lambda: sched.save_department(c.admin, DepartmentInput("Paediatrics", "PAED", "09:00", odd(None))),
        "closes",
    )
    form = DoctorInput("Dr. Dev Rao", "MBBS", "General Physician", c.gen_id, "KMC-77", None,
                       dt.date(2099, 1, 1), D(300))  # fmt: skip
    with c.db.read() as s:
        doctors = s.scalar(select(func.count()).select_from(Doctor))
    no_dept = dataclasses.replace(form, department_id=odd(None))
    assert refused(lambda: sched.save_doctor(c.admin, no_dept), "department_id") == "Choose a department."
    for field, value in (
        ("full_name", odd(42)),
        ("reg_number", odd(b"KMC")),
        ("room", odd(9)),
        ("email", "dr\x00@x.in"),
    ):
        bad_form = dataclasses.replace(form, **{field: odd(value)})
        assert refused(lambda f=bad_form: sched.save_doctor(c.admin, f), field)
    with c.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Doctor)) == doctors


def test_triage_rule_smtp_and_amend_reason_that_are_no_text(desk: Desk) -> None:
    """save_rule with specialisation 42 raised AttributeError, save_smtp with from address 42 or user
    42 AttributeError (and port True was stored as 1), amend_prescription with reason 42
    AttributeError."""
    c = desk.c
    with c.db.read() as s:
        rules = s.scalar(select(func.count()).select_from(TriageRule))
    save = c.sv.triage.save_rule
    assert (
        refused(lambda: save(c.admin, RuleInput("chest pain", "red", odd(42))), "specialisation")
        == "Enter text."
    )
    assert refused(lambda: save(c.admin, RuleInput(odd(42), "red")), "keyword")
    assert "NUL" in refused(lambda: save(c.admin, RuleInput("chest\x00pain", "red")), "keyword")
    assert refused(lambda: save(c.admin, RuleInput("chest pain", "red", is_active=odd("no"))), "is_active")
    with c.db.read() as s:
        assert s.scalar(select(func.count()).select_from(TriageRule)) == rules

    smtp = c.sv.smtp
    good = SmtpConfig("smtp.example.in", 587, "starttls", None, "desk@clinic.in")
    for field, value in (
        ("from_addr", odd(42)),
        ("user", odd(42)),
        ("host", odd(b"smtp")),
        ("port", odd(True)),
        ("use_tls", odd(["ssl"])),
    ):
        bad_cfg = dataclasses.replace(good, **{field: odd(value)})
        assert refused(lambda b=bad_cfg: smtp.save_smtp(c.admin, b), field)
    assert "NUL" in refused(
        lambda: smtp.save_smtp(c.admin, dataclasses.replace(good, host="smtp\x00")), "host"
    )
    assert smtp.get_smtp(c.admin) is None

    view = c.sv.consultation.start(c.gp, c.walk_in("Kiran"))
    line = DrugLineInput("Paracetamol", "500 mg", "tablet", "1", None, "TDS", None, 3)
    first = dataclasses.replace(FORM, lines=(line,))
    issued = c.sv.consultation.complete(c.gp, view.id, first).prescription_id
    assert issued is not None
    amend = c.sv.consultation.amend_prescription
    assert refused(lambda: amend(c.gp, issued, [line], odd(42), confirmed=True), "reason") == "Enter text."
    assert "At most 300" in refused(lambda: amend(c.gp, issued, [line], "wrong dose " * 30), "reason")
    with c.db.read() as s:
        assert s.scalar(select(func.count()).where(Prescription.supersedes_id == issued)) == 0


def test_account_ids_and_names_that_are_no_ids_or_text(desk: Desk) -> None:
    """link_doctor, set_role, disable, enable and unlock with user id None raised a SAWarning (a NULL
    key lookup), with 2**63 an OverflowError on SQLite, with "1" a ProgrammingError on PostgreSQL;
    rename and add_user with full name 42 raised AttributeError (a NUL was refused only by the
    database's safety net)."""
    c = desk.c
    users = c.sv.users
    uid = make_user(c.db, "kavya", Role.RECEPTIONIST).user_id
    assert uid is not None
    for bad in (odd(None), odd("1"), odd(2**63), odd(2.5), odd(True), odd(b"1")):
        message = refused(lambda b=bad: users.set_role(c.admin, b, "nurse"), "user_id")
        assert message == "Choose a staff account."
        refused(lambda b=bad: users.link_doctor(c.admin, b, None), "user_id")
        for action in (users.disable, users.enable, users.unlock):
            refused(lambda a=action, b=bad: a(c.admin, b), "user_id")
    users.set_role(c.admin, uid, "doctor")
    for bad in (odd("1"), odd(0), odd(2**63), odd(1.0), odd(False)):
        assert refused(lambda b=bad: users.link_doctor(c.admin, uid, b), "doctor_id") == "Choose a doctor."
    assert refused(lambda: users.rename(c.admin, uid, odd(42)), "full_name") == "Enter text."
    assert "NUL" in refused(lambda: users.rename(c.admin, uid, "Kavya\x00 R"), "full_name")
    assert "At most 120" in refused(lambda: users.rename(c.admin, uid, "K" * 121), "full_name")
    new = users.add_user
    assert refused(lambda: new(c.admin, "ravi.k", odd(42), "nurse", "Tulsi#Garden2026"), "full_name") == (
        "Enter text."
    )
    with c.db.read() as s:
        row = s.get(StaffUser, uid)
        assert row is not None
        assert (row.role, row.doctor_id, row.status, row.full_name) == ("doctor", None, "active", "Kavya")


def test_starter_items_checked_before_the_first_is_added(desk: Desk) -> None:
    """add_starter with items None raised TypeError; with a bad price or name in its second item it
    added the first and then refused; a taken placeholder took its price unchecked."""
    c = desk.c
    pl = c.sv.price_list
    before = pl.items(c.admin)
    ecg = StarterItem("ECG", "ECG (12-lead)", "lab", "HEALTH", D("250.00"), "999312")
    assert refused(lambda: pl.add_starter(c.admin, odd(None)), "items") == "Give the starter items as a list."
    bad_price = StarterItem("XRAY", "X-ray chest", "lab", "HEALTH", odd(D("NaN")))
    assert refused(lambda: pl.add_starter(c.admin, [ecg, bad_price]), "item2.price")
    nul = dataclasses.replace(ecg, name="ECG\x00")
    assert "NUL" in refused(lambda: pl.add_starter(c.admin, [ecg, nul]), "item2.name")
    assert refused(lambda: pl.add_starter(c.admin, [ecg, odd("ECG")]), "item2") == "Not a price-list item."
    assert "twice" in refused(lambda: pl.add_starter(c.admin, [ecg, ecg]), "item2.code")
    assert pl.items(c.admin) == before
    assert pl.add_starter(c.admin, [ecg]) == ["ECG"]
    assert pl.item(c.admin, "ECG").price == D("250.00")


def test_triage_scale_levels_and_targets_of_the_wrong_kind(desk: Desk) -> None:
    """save_scale with a level None raised TypeError (None < 'red' in sorted), a target '240' or
    Decimal('sNaN') TypeError / InvalidOperation; a target True or 240.0 and a label with a NUL or
    control character got past the scale's rules to the database's safety net (refused at the
    column, not at the level)."""
    c = desk.c
    save = c.sv.triage.save_scale
    good = list(qd.SCALE_PRESETS["Manchester"])
    before = c.sv.queue.scale(c.admin)
    no_colour = qd.ScaleLevel(odd(None), "Non-urgent", 240)
    assert "five colours" in refused(lambda: save(c.admin, [*good[:4], no_colour]), "scale")
    for target in (odd("240"), odd(D("sNaN")), odd(True), odd(240.0), -1, 1441):
        blue = dataclasses.replace(good[4], target_min=target)
        assert "whole number of minutes" in refused(lambda b=blue: save(c.admin, [*good[:4], b]), "blue")
    for label, needle in (("Non\x00urgent", "NUL"), ("Non-urgent\x1b", "control"), ("x" * 41, "At most 40")):
        blue = dataclasses.replace(good[4], label=label)
        assert needle in refused(lambda b=blue: save(c.admin, [*good[:4], b]), "blue")
    assert c.sv.queue.scale(c.admin) == before


def test_triage_scale_label_that_is_no_text(desk: Desk) -> None:
    """save_scale stripped each label before validate_scale saw it: a label 42 raised AttributeError."""
    c = desk.c
    good = list(qd.SCALE_PRESETS["Manchester"])
    blue = dataclasses.replace(good[4], label=odd(42))
    assert refused(lambda: c.sv.triage.save_scale(c.admin, [*good[:4], blue]), "blue") == "Enter text."


@pytest.mark.parametrize("levels", [None, 5, "red", {"red": 5}, [None], [("red", "Immediate", 0)]])
def test_triage_scale_that_is_not_a_list_of_levels(desk: Desk, levels: object) -> None:
    """save_scale given no list (None, a number, text, a dict) or a list of things that are not levels
    raised TypeError / AttributeError; it is refused at the scale."""
    c = desk.c
    before = c.sv.queue.scale(c.admin)
    assert refused(lambda: c.sv.triage.save_scale(c.admin, levels), "scale")  # type: ignore[arg-type]
    assert c.sv.queue.scale(c.admin) == before


def test_smtp_password_that_is_no_text_or_cannot_be_kept(desk: Desk) -> None:
    """save_smtp with password b'secret' or 42 raised TypeError in the keychain backend, with a lone
    surrogate UnicodeEncodeError, and a NUL was stored in the keychain; a password is now checked
    before the keychain or the database is touched."""
    c = desk.c
    smtp = c.sv.smtp
    user = "examples@clinic.in"  # the test run's keychain is shared: an account of this test's own
    cfg = SmtpConfig("smtp.example.in", 587, "starttls", user, "desk@clinic.in")
    before = secrets.get_smtp_password(user, "smtp.example.in")
    for bad, needle in (
        (odd(b"secret"), "Enter text."),
        (odd(42), "Enter text."),
        ("pass\ud800word", "surrogate"),
        ("pass\x00word", "NUL"),
        ("x" * 513, "At most 512"),
    ):
        assert needle in refused(lambda b=bad: smtp.save_smtp(c.admin, cfg, b), "password")
    assert smtp.get_smtp(c.admin) is None
    assert secrets.get_smtp_password(user, "smtp.example.in") == before
    smtp.save_smtp(c.admin, cfg, " app password 1 ")
    assert secrets.get_smtp_password(user, "smtp.example.in") == " app password 1 "
    secrets.delete_smtp_password(user, "smtp.example.in")


def test_check_in_and_no_show_with_an_id_that_is_no_id(desk: Desk) -> None:
    """check_in and mark_no_show looked the appointment up as given: None a NULL key lookup, 2**63 an
    OverflowError on SQLite, '1' or True a ProgrammingError on PostgreSQL."""
    c = desk.c
    sched = c.sv.scheduling
    for bad in (odd(None), odd(2**63), odd("1"), odd(True), odd(2.5)):
        refused(lambda b=bad: sched.check_in(c.desk, b), "appointment_id")
        refused(lambda b=bad: sched.mark_no_show(c.desk, b), "appointment_id")


def test_day_reopen_with_a_close_or_dates_that_are_none(desk: Desk) -> None:
    """reopen with day close id None raised a SAWarning, 2**63 OverflowError on SQLite, '1' a
    ProgrammingError on PostgreSQL; closed_days with since 20260415 or '2026-04-15' compared an int or
    text with the date column (a ProgrammingError on PostgreSQL)."""
    c = desk.c
    reopen = c.sv.day_reopen
    c.sv.billing.close_day(c.cashier, TODAY, {"cash": D(0)})
    for bad in (odd(None), odd(2**63), odd("1"), odd(True), odd(1.0)):
        assert refused(lambda b=bad: reopen.reopen(c.admin, b, "counted the UPI twice"), "day_close") == (
            "Choose a closed day."
        )
    for bad in (odd(20260415), odd("2026-04-15"), odd(dt.datetime(2026, 4, 15, 10, 0)), odd(None)):
        assert refused(lambda b=bad: reopen.closed_days(c.admin, b, TODAY), "since") == "Enter a date."
        refused(lambda b=bad: reopen.closed_days(c.admin, TODAY, b), "until")
    assert count(c.db, DayReopen) == 0
    (closed,) = reopen.closed_days(c.admin, TODAY, TODAY)
    assert not closed.reopened


def test_favourite_lines_that_are_no_list_a_name_that_grows_and_an_id_that_is_none(desk: Desk) -> None:
    """save with lines None raised TypeError, with a line whose generic name is 42 AttributeError, and
    a name of 40 'ß' (80 capitals in its key) was refused at name_key, a field the desk does not show;
    delete with id None raised a SAWarning, 2**63 OverflowError on SQLite."""
    c = desk.c
    favs = c.sv.rx_favourites
    line = DrugLineInput("Paracetamol", "500 mg", "tablet", "1", None, "TDS", None, 3)
    assert refused(lambda: favs.save(c.gp, "URTI adult", odd(None)), "lines")
    assert refused(lambda: favs.save(c.gp, "URTI adult", odd("PCM")), "lines")
    no_name = dataclasses.replace(line, generic_name=odd(42))
    assert refused(lambda: favs.save(c.gp, "URTI adult", [no_name]), "line1.generic_name") == "Enter text."
    assert "capitals" in refused(lambda: favs.save(c.gp, "ß" * 40, [line]), "name")
    assert favs.favourites(c.gp) == []
    for bad in (odd(None), odd(2**63), odd("1"), odd(True)):
        assert refused(lambda b=bad: favs.delete(c.gp, b), "favourite") == "Choose a favourite."
    saved = favs.save(c.gp, " URTI  adult ", [line, DrugLineInput("")])
    assert saved.name == "URTI  adult" and len(saved.lines) == 1


def test_import_rows_with_and_without_allergies_and_an_old_id_with_a_control_character(
    desk: Desk, tmp_path: Path
) -> None:
    """An import whose rows were created in one batch, one with allergies and one without, failed
    whole with 'A required value is missing (allergy_status)' (the batch insert gave the row without
    allergies an explicit NULL instead of the column's default 'unknown'); an old id with an escape
    character was stored as it was (the batch insert passes the ORM's safety net by)."""
    c = desk.c
    path = tmp_path / "old.csv"
    path.write_text(
        "Patient Name,Gender,Age,UHID,Allergies\r\n"
        "Kiran Shetty,M,34,UH-1,Penicillin\r\n"
        "Lata Bhat,F,52,UH-2,\r\n"
        "Mohan Das,M,61,UH\x1b[2J3,\r\n",
        encoding="utf-8",
    )
    mapping = {"full_name": "Patient Name", "sex": "Gender", "age": "Age", "old_id": "UHID",
               "allergies": "Allergies"}  # fmt: skip
    report = c.sv.importer.run(c.admin, path, ImportKind.PATIENT, mapping)
    assert [r.outcome for r in report.results] == [Outcome.CREATED, Outcome.CREATED, Outcome.ERROR]
    (problem,) = report.results[2].problems
    assert problem.column == "UHID" and "control character" in problem.message
    with c.db.read() as s:
        rows = {p.old_id: p for p in s.scalars(select(Patient).where(Patient.old_id.is_not(None)))}
    assert set(rows) == {"UH-1", "UH-2"}
    assert (rows["UH-1"].allergy_status, rows["UH-1"].allergies) == ("listed", "Penicillin")
    assert (rows["UH-2"].allergy_status, rows["UH-2"].allergies) == ("unknown", None)
