"""Clinic administration on every backend: settings with optimistic locking, staff accounts (last
admin, password policy, forced change), the price list with dated prices and rates, the audit trail's
filters and export, a patient's access log, and reopening a closed day."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, DayClose, DayReopen, Patient
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import Role
from hms_desktop.domain.gst import gstin_check_char
from hms_desktop.errors import (
    AuthenticationFailed,
    ConcurrentChange,
    PermissionDenied,
    ProtectedRecord,
    ValidationError,
)
from hms_desktop.services.audit_reader_types import AuditFilter
from hms_desktop.services.auth import AuthService
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.context import Actor
from hms_desktop.services.price_list import PriceListService
from hms_desktop.services.users import UserService
from tests.unit.helpers import FAST_HASHER, PASSWORD, make_user
from tests.unit.queue_clinic import QueueClinic, build_clinic

D = Decimal
GSTIN = "29AABCT1332L1Z" + gstin_check_char("29AABCT1332L1Z")
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def c(db: Database) -> QueueClinic:
    clinic = build_clinic(db)
    clinic.sv.clinic.update_settings(
        clinic.admin,
        legal_name="Asha Health Clinic LLP",
        address_line1="12 MG Road",
        city="Bengaluru",
        state_code="29",
        pin_code="560001",
        gstin=GSTIN,
    )
    return clinic


# --- clinic settings ------------------------------------------------------------------------------


def test_settings_fill_state_name_and_check_gstin_against_state(c: QueueClinic) -> None:
    info = c.sv.clinic.settings()
    assert info.state_name == "Karnataka"
    with pytest.raises(ValidationError) as err:
        c.sv.clinic.update_settings(c.admin, state_code="27", state_name="Maharashtra")
    assert "state_code" in err.value.errors
    with pytest.raises(ValidationError) as err:
        c.sv.clinic.update_settings(c.admin, gstin="29AABCT1332L1ZZ")
    assert "gstin" in err.value.errors
    # an unregistered clinic: no GSTIN at all is allowed
    assert c.sv.clinic.update_settings(c.admin, gstin=None).gstin is None


def test_upi_logo_and_registration_are_validated_and_stored(c: QueueClinic) -> None:
    with pytest.raises(ValidationError) as err:
        c.sv.clinic.update_settings(c.admin, upi_vpa="not a vpa", logo_png=b"GIF89a....")
    assert set(err.value.errors) == {"upi_vpa", "logo_png"}
    info = c.sv.clinic.update_settings(
        c.admin, upi_vpa="ashaclinic@okhdfcbank", logo_png=PNG, estab_reg_no="KA/BLR/CE/2024/0173"
    )
    assert (info.upi_vpa, info.logo_png, info.estab_reg_no) == (
        "ashaclinic@okhdfcbank",
        PNG,
        "KA/BLR/CE/2024/0173",
    )
    with c.db.read() as s:
        details = s.scalars(
            select(AuditLog.details).where(AuditLog.action == "settings.update").order_by(AuditLog.id.desc())
        ).first()
    assert details is not None and "image, 72 bytes" in details and "\\u0000" not in details


def test_second_admins_stale_save_is_refused_naming_the_change(c: QueueClinic) -> None:
    first = c.sv.clinic.settings()
    second = c.sv.clinic.settings()
    c.sv.clinic.update_settings(c.admin, loaded=first, phone="08041234567")
    with pytest.raises(ConcurrentChange) as err:
        c.sv.clinic.update_settings(c.admin, loaded=second, city="Mysuru")
    assert "phone (blank → 08041234567)" in err.value.message
    assert c.sv.clinic.settings().city == "Bengaluru"


def test_only_an_admin_changes_settings(c: QueueClinic) -> None:
    with pytest.raises(PermissionDenied):
        c.sv.clinic.update_settings(c.cashier, legal_name="Mine now")


def test_time_zone_reaches_the_services(db: Database) -> None:
    from hms_desktop.services.container import build_services

    clinic = build_clinic(db)
    clinic.sv.clinic.update_settings(clinic.admin, legal_name="Gulf Clinic", time_zone="Asia/Dubai")
    sv = build_services(db)
    assert str(sv.billing.clock.zone) == "Asia/Dubai" and str(sv.scheduling.clock.zone) == "Asia/Dubai"


# --- staff accounts -------------------------------------------------------------------------------


def _users(db: Database) -> UserService:
    return UserService(db, FAST_HASHER)


def test_last_active_admin_cannot_be_demoted_or_disabled(c: QueueClinic) -> None:
    users = _users(c.db)
    assert c.admin.user_id is not None
    with pytest.raises(ValidationError) as err:
        users.set_role(c.admin, c.admin.user_id, Role.CASHIER)
    assert "last active administrator" in err.value.errors["role"]
    deputy = users.add_user(c.admin, "deputy", "Deputy Admin", Role.ADMIN, "Tulsi-garden-7")
    assert users.set_role(c.admin, c.admin.user_id, Role.CASHIER).role is Role.CASHIER
    deputy_actor = Actor(deputy.id, "deputy", "Deputy Admin", Role.ADMIN)
    with pytest.raises(ValidationError):  # the deputy is now the last one
        users.set_role(deputy_actor, deputy.id, Role.NURSE)
    users.set_role(deputy_actor, c.admin.user_id, Role.ADMIN)
    users.disable(c.admin, deputy.id)
    with pytest.raises(ValidationError) as err:  # a disabled admin does not count
        users.set_role(c.admin, c.admin.user_id, Role.NURSE)
    assert "last active administrator" in err.value.errors["role"]


def test_password_policy_in_the_service(c: QueueClinic) -> None:
    users = _users(c.db)
    for bad, words in (
        ("short1", "at least 8"),
        ("password123", "most common"),
        ("Hospital123", "most common"),
        ("Meera1", "at least 8"),
        ("meera.nair", "not be the username"),
    ):
        with pytest.raises(ValidationError) as err:
            users.add_user(c.admin, "meera.nair", "Meera Nair", Role.RECEPTIONIST, bad)
        assert words in err.value.errors["password"], bad
    assert (
        users.add_user(c.admin, "meera.nair", "Meera Nair", Role.RECEPTIONIST, "Kaveri-bank-19").username
        == "meera.nair"
    )


def test_reset_password_forces_a_new_one_at_sign_in(c: QueueClinic) -> None:
    users = _users(c.db)
    info = users.add_user(c.admin, "ravi", "Ravi K", Role.CASHIER, "Nilgiri-tea-42")
    assert not info.must_change_password
    users.reset_password(c.admin, info.id, "Temporary-77x")
    auth = AuthService(c.db, FAST_HASHER)
    actor = auth.login("ravi", "Temporary-77x")
    assert actor.must_change_password
    auth.change_password(actor, "Temporary-77x", "Own-pass-of-his-9")
    assert not auth.login("ravi", "Own-pass-of-his-9").must_change_password
    users.expire_password(c.admin, info.id)
    assert users.get_by_username(c.admin, "ravi").must_change_password


def test_edit_name_role_and_doctor_link(c: QueueClinic) -> None:
    users = _users(c.db)
    info = users.add_user(c.admin, "drnew", "Dr New", Role.RECEPTIONIST, "Coconut-grove-3")
    with pytest.raises(ValidationError):
        users.link_doctor(c.admin, info.id, c.gen_id)  # not a doctor account
    users.set_role(c.admin, info.id, Role.DOCTOR)
    assert c.cardio.user_id is not None and c.cardio.doctor_id is not None
    with pytest.raises(ValidationError):  # the cardiologist already signs in as their own account
        users.link_doctor(c.admin, info.id, c.cardio.doctor_id)
    users.link_doctor(c.admin, c.cardio.user_id, None)
    linked = users.link_doctor(c.admin, info.id, c.cardio.doctor_id)
    assert linked.doctor_id == c.cardio.doctor_id and linked.doctor_name
    with pytest.raises(ValidationError):  # the GP already signs in as their own account
        users.link_doctor(c.admin, info.id, c.gp.doctor_id)
    assert users.rename(c.admin, info.id, "Dr Newton").full_name == "Dr Newton"
    assert users.set_role(c.admin, info.id, Role.NURSE).doctor_id is None
    with pytest.raises(PermissionDenied):
        users.set_role(c.desk, info.id, Role.ADMIN)


# --- price list and rates -------------------------------------------------------------------------


def test_dated_price_is_used_by_a_bill_of_that_date(c: QueueClinic) -> None:
    prices = PriceListService(c.db)
    prices.add_item(c.admin, "DRESS-L", "Large dressing", "procedure", "HEALTH", "200", sac_hsn="999312")
    prices.set_price(c.admin, "DRESS-L", "250", dt.date(2026, 4, 1))
    assert [p.price for p in prices.history(c.admin, "DRESS-L")] == [D("200.00"), D("250.00")]
    assert prices.item(c.admin, "DRESS-L", dt.date(2026, 3, 31)).price == D("200.00")
    now = [dt.datetime(2026, 4, 10, 6, 0, tzinfo=dt.UTC)]
    bill = BillingService(c.db, clock=Clock(source=lambda: now[0]))
    patient_id = _patient(c)
    now[0] = dt.datetime(2026, 3, 30, 6, 0, tzinfo=dt.UTC)  # invoices are dated the day they are made
    march = bill.create_invoice(
        c.cashier,
        InvoiceInput(patient_id, [LineInput(item_code="DRESS-L")], invoice_date=dt.date(2026, 3, 30)),
    )
    now[0] = dt.datetime(2026, 4, 10, 6, 0, tzinfo=dt.UTC)
    april = bill.create_invoice(c.cashier, InvoiceInput(patient_id, [LineInput(item_code="DRESS-L")]))
    assert (march.grand_total, april.grand_total) == (D("200.00"), D("250.00"))
    # a price in force on an earlier day is never rewritten
    with pytest.raises(ValidationError):
        prices.set_price(c.admin, "DRESS-L", "999", dt.date(2026, 4, 1))
    item = prices.set_active(c.admin, "DRESS-L", False)
    assert not item.is_active and item.billed
    with pytest.raises(ValidationError):
        bill.create_invoice(c.cashier, InvoiceInput(patient_id, [LineInput(item_code="DRESS-L")]))


def test_rates_by_date_and_a_new_class(c: QueueClinic) -> None:
    prices = PriceListService(c.db)
    with pytest.raises(ValidationError) as err:
        prices.add_rate(c.admin, "DENTAL_COS", "18", dt.date(2026, 1, 1))
    assert "sac_hsn" in err.value.errors
    prices.add_rate(c.admin, "DENTAL_COS", "18", dt.date(2026, 1, 1), sac_hsn="999319")
    prices.add_rate(c.admin, "DENTAL_COS", "12", dt.date(2026, 7, 1))
    assert "DENTAL_COS" in prices.tax_classes(c.admin)
    rows = [r for r in prices.rates(c.admin, dt.date(2026, 5, 1)) if r.tax_class == "DENTAL_COS"]
    assert [(r.rate_percent, r.in_force) for r in rows] == [(D("18.00"), True), (D("12.00"), False)]
    prices.add_item(c.admin, "VENEER", "Veneer", "procedure", "DENTAL_COS", "1000")
    assert prices.item(c.admin, "VENEER", dt.date(2026, 8, 1)).gst_rate == D("12.00")
    shipped = {r.tax_class for r in prices.rates(c.admin)}
    assert {"HEALTH", "MEDICINE", "MEDICINE_5", "NIL_MEDICINE", "COSMETIC", "OTHER_SVC"} <= shipped
    with pytest.raises(PermissionDenied):
        prices.add_rate(c.cashier, "X_CLASS", "5", dt.date(2026, 1, 1), sac_hsn="3004")


def test_starter_list_goes_in_once(c: QueueClinic) -> None:
    prices = PriceListService(c.db)
    added = prices.add_starter(c.admin)
    assert "CONSULT-SP" in added and "ECG" in added
    assert prices.add_starter(c.admin) == []
    sp = prices.item(c.admin, "CONSULT-SP")
    assert (sp.kind, sp.sac_hsn, sp.is_exempt) == ("consultation", "999312", True)


def _patient(c: QueueClinic) -> int:
    entry = c.walk_in("Meera Nair")
    with c.db.read() as s:
        from hms_desktop.db.models import QueueEntry

        q = s.get(QueueEntry, entry)
        assert q is not None
        return q.patient_id


# --- audit trail ----------------------------------------------------------------------------------


def test_audit_filters_paging_and_export(c: QueueClinic, tmp_path: Path) -> None:
    reader = c.sv.audit_reader
    prices = PriceListService(c.db)
    for i in range(5):
        prices.add_item(c.admin, f"ITEM{i}", f"Item {i}", "other", "OTHER_SVC", str(100 + i))
    prices.set_price(c.admin, "ITEM0", "150", dt.date(2030, 1, 1))
    only_price = AuditFilter(action="price.")
    first = reader.page(c.admin, only_price, limit=3)
    rest = reader.page(c.admin, only_price, after_id=first[-1].id, limit=10)
    assert len(first) == 3 and len(rest) == 3
    assert [r.action for r in first + rest].count("price.add") == 5
    assert first[0].action == "price.set" and "price: 100.00 → 150.00" in first[0].changes
    assert first[0].summary.startswith(f"{c.admin.username} changed a price")
    assert reader.count(c.admin, only_price) == (6, False)
    assert reader.count(c.admin, AuditFilter(action="price.set")) == (1, False)
    assert reader.count(c.admin, AuditFilter(username="nobody-here")) == (0, False)
    far = AuditFilter(since=dt.date(2001, 1, 1), until=dt.date(2001, 1, 2))
    assert reader.page(c.admin, far) == []
    out = tmp_path / "audit.csv"
    assert reader.export_csv(c.admin, only_price, out) == 6
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["seq", "time (local)", "time (UTC)"] and len(rows) == 7
    assert reader.page(c.admin, AuditFilter(action="audit.export"))[0].changes.startswith(
        "filter: action=price."
    )
    with pytest.raises(PermissionDenied):
        reader.page(c.cashier, AuditFilter())


def test_patient_filter_and_access_log(c: QueueClinic) -> None:
    reader = c.sv.audit_reader
    patient_id = _patient(c)
    with c.db.read() as s:
        mrn = s.scalar(select(Patient.mrn).where(Patient.id == patient_id))
    rows = reader.page(c.admin, AuditFilter(patient_mrn=mrn))
    assert rows and all(r.patient_id == patient_id for r in rows)
    log = reader.access_log(c.admin, patient_id)
    assert {r.patient_id for r in log} == {patient_id}
    with pytest.raises(PermissionDenied):
        reader.access_log(c.desk, patient_id)
    with pytest.raises(ValidationError):
        reader.page(c.admin, AuditFilter(patient_mrn="NOPE-1"))
    assert reader.page(c.admin, AuditFilter(action="audit.access_log"))[0].patient_id == patient_id


# --- reopening a closed day -----------------------------------------------------------------------


def test_reopen_a_closed_day_inserts_a_row_and_the_day_closes_again(c: QueueClinic) -> None:
    now = [dt.datetime(2026, 4, 10, 6, 0, tzinfo=dt.UTC)]
    bill = BillingService(c.db, clock=Clock(source=lambda: now[0]))
    prices = PriceListService(c.db)
    prices.add_item(c.admin, "INJ", "Injection", "procedure", "HEALTH", "50")
    day = dt.date(2026, 4, 10)
    inv = bill.create_invoice(c.cashier, InvoiceInput(_patient(c), [LineInput(item_code="INJ")]))
    bill.take_payment(c.cashier, inv.id, PaymentInput("cash", D("20")))
    closed = bill.close_day(c.cashier, day, {"cash": D("20")})
    with pytest.raises(ValidationError):
        bill.take_payment(c.cashier, inv.id, PaymentInput("cash", D("30")))
    with pytest.raises(PermissionDenied):
        c.sv.day_reopen.reopen(c.cashier, closed.id, "I made a mistake at close")
    with pytest.raises(ValidationError):
        c.sv.day_reopen.reopen(c.admin, closed.id, "oops")
    c.sv.day_reopen.reopen(c.admin, closed.id, "Cashier forgot a UPI payment of 30")
    with pytest.raises(ValidationError):
        c.sv.day_reopen.reopen(c.admin, closed.id, "Cashier forgot a UPI payment of 30")
    bill.take_payment(c.cashier, inv.id, PaymentInput("cash", D("30")))
    again = bill.close_day(c.cashier, day, {"cash": D("50")})
    with c.db.read() as s:
        closes = s.execute(
            select(DayClose.id, DayClose.close_no, DayClose.counted_cash).order_by(DayClose.id)
        ).all()
    assert [(n, cash) for _, n, cash in closes] == [(1, D("20.00")), (2, D("50.00"))]
    assert again.id == closes[1][0]
    days = c.sv.day_reopen.closed_days(c.admin, day, day)
    assert [(d.close_no, d.reopened) for d in days] == [(2, False), (1, True)]
    # the reopening is a record like the close it sets aside: never changed or deleted (0012)
    for change in (update(DayReopen).values(reason="nothing happened here"), delete(DayReopen)):
        with pytest.raises(ProtectedRecord), c.db.write() as s:
            s.execute(change)
    with c.db.read() as s:
        assert s.scalars(select(DayReopen.reason)).all() == ["Cashier forgot a UPI payment of 30"]


def test_backdating_allowance_is_a_validated_clinic_setting(c: QueueClinic) -> None:
    assert c.sv.clinic.settings().backdate_days == 0  # today only, unless the clinic says otherwise
    for bad in (-1, 31, "3", 2.5, True):
        with pytest.raises(ValidationError) as err:
            c.sv.clinic.update_settings(c.admin, backdate_days=bad)
        assert "backdate_days" in err.value.errors
    assert c.sv.clinic.update_settings(c.admin, backdate_days=3).backdate_days == 3
    with pytest.raises(PermissionDenied):
        c.sv.clinic.update_settings(c.cashier, backdate_days=30)
    with c.db.read() as s:
        row = s.scalars(
            select(AuditLog).where(AuditLog.action == "settings.update").order_by(AuditLog.id.desc())
        ).first()
        assert row is not None and "backdate_days" in (row.details or "")


def test_draft_retention_is_a_validated_clinic_setting(c: QueueClinic) -> None:
    """How long a desk keeps a consultation's unsaved notes (issue 12): a week until the clinic says."""
    assert c.sv.clinic.settings().draft_keep_days == 7
    for bad in (0, -3, 91, "7", 2.5, True, None, float("inf")):
        with pytest.raises(ValidationError) as err:
            c.sv.clinic.update_settings(c.admin, draft_keep_days=bad)
        assert err.value.errors["draft_keep_days"] == "Between 1 and 90 days."
    assert c.sv.clinic.update_settings(c.admin, draft_keep_days=2).draft_keep_days == 2
    assert c.sv.clinic.settings().draft_keep_days == 2
    with pytest.raises(PermissionDenied):
        c.sv.clinic.update_settings(c.gp, draft_keep_days=90)
    with c.db.read() as s:
        row = s.scalars(
            select(AuditLog).where(AuditLog.action == "settings.update").order_by(AuditLog.id.desc())
        ).first()
        assert row is not None and "draft_keep_days" in (row.details or "")


def test_wrong_login_for_a_disabled_account_stays_refused(c: QueueClinic) -> None:
    users = _users(c.db)
    u = make_user(c.db, "temp", Role.NURSE)
    assert u.user_id is not None
    users.disable(c.admin, u.user_id)
    with pytest.raises(AuthenticationFailed):
        AuthService(c.db, FAST_HASHER).login("temp", PASSWORD)


def test_upi_link_only_with_a_balance_due_and_a_upi_id(c: QueueClinic) -> None:
    from pypdf import PdfReader

    from hms_desktop.reports.invoice import invoice_pdf
    from hms_desktop.reports.receipt import receipt_pdf

    now = [dt.datetime(2026, 4, 10, 6, 0, tzinfo=dt.UTC)]
    bill = BillingService(c.db, clock=Clock(source=lambda: now[0]))
    PriceListService(c.db).add_item(c.admin, "ECG2", "ECG", "lab", "HEALTH", "350")
    inv = bill.create_invoice(c.cashier, InvoiceInput(_patient(c), [LineInput(item_code="ECG2")]))
    assert bill.invoice_doc(c.cashier, inv.id).upi_uri is None  # no UPI ID yet
    c.sv.clinic.update_settings(c.admin, upi_vpa="asha.clinic@okaxis", logo_png=_real_png())
    doc = bill.invoice_doc(c.cashier, inv.id)
    note = inv.doc_number.replace("/", "%2F")
    expected = "upi://pay?pa=asha.clinic%40okaxis&pn=Asha%20Health%20Clinic%20LLP&am=350.00&cu=INR&tn="
    assert doc.upi_uri == expected + note
    reader = PdfReader(__import__("io").BytesIO(invoice_pdf(doc)))
    assert "Scan with any UPI app to pay the balance of ₹350.00" in " ".join(
        reader.pages[0].extract_text().split()
    )
    assert len(reader.pages[0].images) == 1  # the logo
    part = bill.take_payment(c.cashier, inv.id, PaymentInput("cash", D("100")))
    receipt = bill.receipt_doc(c.cashier, part.id)
    assert receipt.upi_uri is not None and "am=250.00" in receipt.upi_uri
    text = PdfReader(__import__("io").BytesIO(receipt_pdf(receipt))).pages[0].extract_text()
    assert "balance of ₹250.00" in " ".join(text.split())
    rest = bill.take_payment(c.cashier, inv.id, PaymentInput("cash", D("250")))
    assert bill.receipt_doc(c.cashier, rest.id).upi_uri is None
    assert bill.invoice_doc(c.cashier, inv.id).upi_uri is None  # paid: nothing to scan


def _real_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (300, 120), (0, 121, 107)).save(out, "PNG")
    return out.getvalue()
