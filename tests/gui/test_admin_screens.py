"""The set-up wizard on an empty database and every administrator's screen, driven as an admin would:
the clinic's identity and numbering saved with field errors from the service, the starter price list,
a staff account, desk defaults; Clinic… with a refused stale save; Staff accounts…; Price list and GST
rates…; Audit trail… paging and exporting; a patient's Access log; Reopen a closed day…."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, BillableItem
from hms_desktop.domain.gst import gstin_check_char
from hms_desktop.gui.admin.audit_dialog import AccessLogDialog, AuditDialog
from hms_desktop.gui.admin.audit_model import AuditTableModel
from hms_desktop.gui.admin.clinic_dialog import ClinicDialog
from hms_desktop.gui.admin.form_dialog import FormDialog
from hms_desktop.gui.admin.prices import PriceDialog
from hms_desktop.gui.admin.reopen import ReopenDayDialog
from hms_desktop.gui.admin.staff import StaffDialog, UserDialog
from hms_desktop.gui.admin.wizard import SetupWizard
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import INVOICE_PAPER, Settings
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.day_reopen_types import REOPEN_REASON_MAX
from tests.unit.helpers import FAST_HASHER

GSTIN = "29AABFA1234C1Z" + gstin_check_char("29AABFA1234C1Z")


def wait_idle(qtbot: QtBot, ops: Ops) -> None:
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)


def test_wizard_sets_up_an_empty_clinic(
    qtbot: QtBot, ops: Ops, sqlite_db: Database, settings: Settings, tmp_path: Path
) -> None:
    sv = build_services(sqlite_db)
    sv.auth._hasher = FAST_HASHER
    actor = sv.auth.create_first_admin("owner", "Dr Asha Rao", "Kaveri-river-2026")
    wiz = SetupWizard(ops, sv, actor, settings)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.start()
    wait_idle(qtbot, ops)
    f = wiz.form
    f.edits["legal_name"].setText("Asha Health Clinic LLP")
    f.edits["gstin"].setText(GSTIN)
    qtbot.keyClicks(f.edits["pin_code"], "560038")  # the State is suggested from the PIN
    assert f.state.currentData() == "29"
    f.state.setCurrentIndex(f.state.findData("27"))  # ... but the admin picks another: refused
    wiz.next()
    wait_idle(qtbot, ops)
    assert wiz.currentPage() is wiz.identity
    assert "GSTIN" in f.error_labels["state_code"].text()
    f.state.setCurrentIndex(f.state.findData("29"))
    f.edits["upi_vpa"].setText("not a vpa")
    wiz.next()
    wait_idle(qtbot, ops)
    assert "UPI ID" in f.error_labels["upi_vpa"].text()
    f.edits["upi_vpa"].setText("ashaclinic@okhdfcbank")
    f.edits["address_line1"].setText("12 MG Road, Indiranagar")
    f.edits["city"].setText("Bengaluru")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (1200, 600), (0, 120, 110)).save(logo)
    assert f.load_logo_file(str(logo)) and f.logo_png is not None
    assert not f.logo_preview.pixmap().isNull()
    wiz.next()
    wait_idle(qtbot, ops)
    assert wiz.currentPage() is wiz.numbering
    info = sv.clinic.settings()
    assert (info.legal_name, info.state_name, info.gstin, info.upi_vpa) == (
        "Asha Health Clinic LLP",
        "Karnataka",
        GSTIN,
        "ashaclinic@okhdfcbank",
    )
    assert info.logo_png is not None and Image.open(__import__("io").BytesIO(info.logo_png)).size[0] <= 600
    f.mrn_prefix.setText("ASH")
    f.series["bill_of_supply"].setText("BS")
    wiz.next()
    wait_idle(qtbot, ops)
    assert wiz.currentPage() is wiz.doctors
    assert sv.clinic.settings().mrn_prefix == "ASH"
    from hms_desktop.services.importer_types import ImportKind

    imp = wiz.open_import("doctor")  # the import dialog of Settings > Import..., set to doctors
    assert imp.kind_value is ImportKind.DOCTOR  # type: ignore[attr-defined]
    imp.reject()  # type: ignore[attr-defined]
    qtbot.mouseClick(wiz.button(SetupWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)  # skip
    assert wiz.currentPage() is wiz.prices
    wait_idle(qtbot, ops)
    qtbot.mouseClick(wiz.starter_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: wiz.price_panel.item_table.rowCount() >= 10, timeout=10_000)
    codes = {it.code for it in wiz.price_panel.items}
    assert {"CONSULT-SP", "DRESSING", "INJECTION", "ECG"} <= codes
    wiz.next()
    assert wiz.currentPage() is wiz.staff
    wait_idle(qtbot, ops)
    dialog = wiz.staff_panel.add()
    assert isinstance(dialog, UserDialog)
    dialog.username.setText("meera")
    dialog.full_name.setText("Meera Nair")
    dialog.role.setCurrentIndex(dialog.role.findData("receptionist"))
    dialog.password.setText("password123")
    dialog.confirm.setText("password123")
    dialog.submit()
    wait_idle(qtbot, ops)
    assert dialog.isVisible() and "common" in dialog.errors.field_text("password")
    dialog.password.setText("Coconut-grove-3")
    dialog.confirm.setText("Coconut-grove-3")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.submit()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: wiz.staff_panel.table.rowCount() == 2, timeout=10_000)
    wiz.next()
    assert wiz.currentPage() is wiz.desk
    wiz.invoice_paper.setCurrentText("A4")
    wiz.folder.setText(str(tmp_path / "pdfs"))
    with qtbot.waitSignal(wiz.finished, timeout=5_000):
        wiz.button(SetupWizard.WizardButton.FinishButton).click()
    assert settings.get(INVOICE_PAPER) == "A4" and (tmp_path / "pdfs").is_dir()
    # and the new clinic bills a consultation with its own name, address, GSTIN and logo
    import io

    from pypdf import PdfReader

    from hms_desktop.reports.invoice import invoice_pdf
    from hms_desktop.services.billing_types import InvoiceInput, LineInput
    from hms_desktop.services.patients_types import PatientInput

    sv = build_services(sqlite_db)  # as the composition root rebuilds them after the wizard
    patient = sv.patients.register(
        actor, PatientInput(first_name="Meera", last_name="Nair", sex="F", age_years=34)
    )
    assert patient.mrn.startswith("ASH-")
    inv = sv.billing.create_invoice(actor, InvoiceInput(patient.id, [LineInput(item_code="CONSULT-SP")]))
    page = PdfReader(io.BytesIO(invoice_pdf(sv.billing.invoice_doc(actor, inv.id)))).pages[0]
    text = " ".join(page.extract_text().split())
    for expected in ("Asha Health Clinic LLP", "12 MG Road, Indiranagar", "Bengaluru", GSTIN, "BS/"):
        assert expected in text, expected
    assert len(page.images) == 1


def test_clinic_dialog_refuses_a_stale_save(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dlg = ClinicDialog(ops, services, admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    wait_idle(qtbot, ops)
    assert dlg.form.edits["legal_name"].text()
    loaded = services.clinic.settings()
    services.clinic.update_settings(admin, loaded=loaded, phone="08041234567")  # another admin
    dlg.form.edits["city"].setText("Mysuru")
    dlg.save()
    wait_idle(qtbot, ops)
    assert "They changed: phone" in dlg.message.text()
    assert services.clinic.settings().city != "Mysuru"
    dlg.start()
    wait_idle(qtbot, ops)
    dlg.form.edits["city"].setText("Mysuru")
    dlg.save()
    wait_idle(qtbot, ops)
    assert services.clinic.settings().city == "Mysuru" and "Saved" in dlg.message.text()


def test_clinic_dialog_shows_the_prefixes_in_use_and_the_backdating_allowance(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dlg = ClinicDialog(ops, services, admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    wait_idle(qtbot, ops)
    f = dlg.form
    assert [f.series[d].text() for d in ("tax_invoice", "receipt", "credit_note")] == ["INV", "RCT", "CRN"]
    assert f.backdate.value() == 0 and f.backdate.text() == "Today only"  # what the administrator reads
    assert f.draft_keep.text() == "7 days on the desk"
    assert f.series_prefixes() == {}  # nothing changed, nothing sent
    assert f.series["receipt"].isReadOnly() and "issued this financial year" in f.series["receipt"].toolTip()
    assert not f.series["credit_note"].isReadOnly()  # the demo has issued no credit note this year
    f.series["credit_note"].setText("cn")
    f.backdate.setValue(3)
    f.draft_keep.setValue(14)
    dlg.save()
    wait_idle(qtbot, ops)
    assert "Saved" in dlg.message.text()
    assert services.clinic.settings().backdate_days == 3
    assert services.clinic.settings().draft_keep_days == 14
    assert {p.doc_type: p.prefix for p in services.billing.prefixes(admin)}["credit_note"] == "CN"
    assert f.series["credit_note"].text() == "CN"
    f.backdate.setValue(0)
    f.series["credit_note"].setText("9X")  # not a prefix: the message sits under that field
    dlg.save()
    wait_idle(qtbot, ops)
    assert f.error_labels["series.credit_note"].text() and dlg.tabs.currentWidget() is dlg.numbering_page


def test_staff_dialog_protects_the_last_admin_and_resets(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dlg = StaffDialog(ops, services, admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    wait_idle(qtbot, ops)
    panel = dlg.panel
    names = [u.username for u in panel.users]
    assert "admin" in names and panel.table.rowCount() == len(names)
    panel.table.selectRow(names.index("admin"))
    edit = panel.edit()
    assert isinstance(edit, UserDialog)
    edit.role.setCurrentIndex(edit.role.findData("cashier"))
    edit.submit()
    wait_idle(qtbot, ops)
    assert "last active administrator" in edit.errors.field_text("role")
    edit.reject()
    panel.table.selectRow(names.index("reception"))
    reset = panel.reset_password()
    assert reset is not None
    reset.password.setText("Temporary-77x")  # type: ignore[attr-defined]
    reset.confirm.setText("Temporary-77x")  # type: ignore[attr-defined]
    with qtbot.waitSignal(reset.accepted, timeout=20_000):
        reset.submit()  # type: ignore[attr-defined]
    wait_idle(qtbot, ops)
    qtbot.waitUntil(
        lambda: any("must change" in u.status.value or u.must_change_password for u in panel.users)
    )
    panel.table.selectRow([u.username for u in panel.users].index("reception"))
    assert panel.buttons["disable"].isEnabled()
    panel._status("disable")
    wait_idle(qtbot, ops)
    qtbot.waitUntil(
        lambda: any(u.username == "reception" and u.status.value == "disabled" for u in panel.users)
    )


def test_price_dialog_dated_price_and_rate(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dlg = PriceDialog(ops, services, admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    wait_idle(qtbot, ops)
    panel = dlg.panel
    assert panel.item_table.rowCount() > 3 and panel.rate_table.rowCount() >= 7
    add = panel.add_item()
    assert isinstance(add, FormDialog)
    w = add.widgets
    w["code"].setText("SUTURE-L")  # type: ignore[attr-defined]
    w["name"].setText("Suturing, large wound")  # type: ignore[attr-defined]
    w["price"].setText("12.345")  # type: ignore[attr-defined]
    add.submit()
    wait_idle(qtbot, ops)
    assert "paise" in add.errors.field_text("price")
    w["price"].setText("800")  # type: ignore[attr-defined]
    with qtbot.waitSignal(add.accepted, timeout=20_000):
        add.submit()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: any(it.code == "SUTURE-L" for it in panel.items))
    row = [it.code for it in panel.shown_items()].index("SUTURE-L")
    panel.item_table.selectRow(row)
    change = panel.change_price()
    assert isinstance(change, FormDialog)
    change.widgets["price"].setText("900")  # type: ignore[attr-defined]
    change.widgets["from_date"].setDate(change.widgets["from_date"].date().addDays(30))  # type: ignore[attr-defined]
    with qtbot.waitSignal(change.accepted, timeout=20_000):
        change.submit()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(
        lambda: any(it.code == "SUTURE-L" and it.next_price == Decimal("900.00") for it in panel.items)
    )
    item = next(it for it in panel.items if it.code == "SUTURE-L")
    assert item.price == Decimal("800.00")
    panel.item_table.selectRow([it.code for it in panel.shown_items()].index("SUTURE-L"))
    panel._active(False)
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: any(it.code == "SUTURE-L" and not it.is_active for it in panel.items))
    with services.db.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(BillableItem).where(BillableItem.code == "SUTURE-L"))
            == 1
        )
    rate = panel.add_rate()
    assert isinstance(rate, FormDialog)
    rate.widgets["tax_class"].setEditText("DENTAL_COS")  # type: ignore[attr-defined]
    rate.widgets["rate"].setText("18")  # type: ignore[attr-defined]
    rate.submit()
    wait_idle(qtbot, ops)
    assert "SAC" in rate.errors.field_text("sac_hsn")
    rate.widgets["sac_hsn"].setText("999319")  # type: ignore[attr-defined]
    with qtbot.waitSignal(rate.accepted, timeout=20_000):
        rate.submit()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: "DENTAL_COS" in panel.classes)


def test_audit_dialog_filters_pages_and_exports(
    qtbot: QtBot, qtmodeltester: object, ops: Ops, services: Services, admin: Actor, tmp_path: Path
) -> None:
    dlg = AuditDialog(ops, services, admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0)
    qtmodeltester.check(dlg.model)  # type: ignore[attr-defined]
    with services.db.read() as s:
        total = s.scalar(select(func.count()).select_from(AuditLog)) or 0
    assert "matching" in dlg.count.text()
    dlg.model.page_size = 20
    dlg.apply()
    wait_idle(qtbot, ops)
    assert dlg.model.rowCount() == min(20, total)
    dlg.model.fetchMore(dlg.view.rootIndex())
    wait_idle(qtbot, ops)
    assert dlg.model.rowCount() == min(40, total)
    assert dlg.model.row_at(0).id > dlg.model.row_at(dlg.model.rowCount() - 1).id
    dlg.user.setText("admin")
    dlg.action.setCurrentIndex(dlg.action.findData("auth."))
    dlg.apply()
    wait_idle(qtbot, ops)
    rows = [dlg.model.row_at(i) for i in range(dlg.model.rowCount())]
    assert rows and all(r.username == "admin" and r.action.startswith("auth.") for r in rows)
    out = tmp_path / "audit.csv"
    dlg.export(str(out))
    wait_idle(qtbot, ops)
    assert out.exists() and "Exported" in dlg.message.text()
    assert out.read_text(encoding="utf-8-sig").count("\n") == len(rows) + 1 or len(rows) == 20


def test_access_log_of_a_patient(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    from hms_desktop.services.patients_types import PatientInput

    detail = services.patients.register(
        admin, PatientInput(first_name="Kavya", last_name="Iyer", sex="F", age_years=29)
    )
    patient_id, mrn = detail.id, detail.mrn
    dlg = AccessLogDialog(ops, services.audit_reader, admin, patient_id, mrn)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0)
    assert all(dlg.model.row_at(i).patient_id == patient_id for i in range(dlg.model.rowCount()))
    desk = services.auth.login("reception", "demo1234")
    refused = AccessLogDialog(ops, services.audit_reader, desk, patient_id, mrn)
    qtbot.addWidget(refused)
    refused.start()
    wait_idle(qtbot, ops)
    assert refused.model.error and "may not" in refused.model.error


def test_reopen_day_dialog(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    cashier = services.auth.login("cashier", "demo1234")
    today = services.billing.clock.today()
    services.billing.close_day(
        cashier, today, services.billing.day_summary(cashier, cashier.user_id or 0, today).expected
    )
    dlg = ReopenDayDialog(ops, services, admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: dlg.table.rowCount() >= 1)
    row = next(i for i, d in enumerate(dlg.days) if d.cashier == "cashier" and d.business_date == today)
    dlg.table.selectRow(row)
    reason = dlg.reopen()
    assert isinstance(reason, FormDialog)
    box = reason.widgets["reason"]
    assert isinstance(box, QLineEdit) and box.maxLength() == REOPEN_REASON_MAX  # never typed past it
    box.setText("short")
    reason.submit()
    wait_idle(qtbot, ops)
    assert "10 characters" in reason.errors.field_text("reason")
    box.setText("Counted the UPI takings twice at close")
    with qtbot.waitSignal(reason.accepted, timeout=20_000):
        reason.submit()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: any(d.reopened for d in dlg.days))
    assert services.billing.day_summary(cashier, cashier.user_id or 0, today).closed is False


def test_audit_model_pages_by_id(qtmodeltester: object) -> None:
    from hms_desktop.services.audit_reader_types import AuditRow

    rows = [
        AuditRow(
            i,
            i,
            dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            "01 Jan 2026",
            "u",
            "a.b",
            None,
            None,
            "ok",
            None,
            None,
            "u did",
            "",
            None,
        )
        for i in range(1000, 0, -1)
    ]
    seen: list[int | None] = []

    def fetch(after: int | None, limit: int) -> list[AuditRow]:
        seen.append(after)
        start = 0 if after is None else next(i for i, r in enumerate(rows) if r.id == after) + 1
        return rows[start : start + limit]

    model = AuditTableModel(fetch, page_size=300)
    model.fetchMore(model.index(0, 0).parent())
    model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() == 60 + 300 and seen == [None, 941]  # a short first page, then full ones
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_fetcher(None)
    assert model.rowCount() == 0 and not model.canFetchMore(model.index(0, 0).parent())


_ = (QDialog, QLineEdit)


def test_payment_dialog_shows_the_upi_qr_for_the_balance(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog
    from hms_desktop.gui.widgets.upi_qr import qr_modules

    cashier = services.auth.login("cashier", "demo1234")
    unpaid = next(
        i for i in services.billing.day_invoices(cashier, services.billing.clock.today()) if i.balance_due > 0
    )
    pay = PaymentDialog(ops, services, cashier, unpaid)
    qtbot.addWidget(pay)
    pay.show()
    wait_idle(qtbot, ops)
    pay.set_mode("upi")
    assert not pay.upi_qr.isVisible()  # the demo clinic has no UPI ID yet
    services.clinic.update_settings(admin, upi_vpa="sanjeevini@okicici")
    pay2 = PaymentDialog(ops, services, cashier, unpaid)
    qtbot.addWidget(pay2)
    pay2.show()
    wait_idle(qtbot, ops)
    assert not pay2.upi_qr.isVisible()  # cash first
    pay2.set_mode("upi")
    assert pay2.upi_qr.isVisible()
    uri = pay2.upi_qr.uri
    assert uri.startswith("upi://pay?pa=sanjeevini%40okicici&pn=")
    assert f"&am={unpaid.balance_due:.2f}&cu=INR&tn={unpaid.doc_number.replace('/', '%2F')}" in uri
    pay2.amount.setText("100")
    assert "&am=100.00&" in pay2.upi_qr.uri
    assert pay2.upi_qr.view.modules == qr_modules(pay2.upi_qr.uri) and len(pay2.upi_qr.view.modules) >= 25
    pay2.set_mode("card")
    assert not pay2.upi_qr.isVisible()


def test_patient_page_has_the_access_log_for_admins_and_doctors(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    from hms_desktop.gui.tabs.patients.detail import PatientDetailDialog
    from hms_desktop.services.patients_types import PatientInput

    detail = services.patients.register(
        admin, PatientInput(first_name="Ravi", last_name="Menon", sex="M", age_years=41)
    )
    dlg = PatientDetailDialog(ops, services.patients, admin, detail.id, audit_reader=services.audit_reader)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_idle(qtbot, ops)
    assert dlg.access_button is not None
    dlg.access_button.click()
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: dlg.access_dialog.model.rowCount() > 0)
    assert dlg.access_dialog.model.row_at(0).action == "patient.register"
    desk = services.auth.login("reception", "demo1234")
    other = PatientDetailDialog(ops, services.patients, desk, detail.id, audit_reader=services.audit_reader)
    qtbot.addWidget(other)
    wait_idle(qtbot, ops)
    assert other.access_button is None


def test_a_reset_password_must_be_changed_at_sign_in(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    from hms_desktop.gui.dialogs.change_password import ChangePasswordDialog
    from hms_desktop.gui.dialogs.login import LoginDialog

    reception = services.users.get_by_username(admin, "reception")
    services.users.reset_password(admin, reception.id, "Temporary-77x")
    dlg = LoginDialog(ops, None)
    qtbot.addWidget(dlg)
    dlg.set_ready(services.auth, "Clinic", "embedded", "reception")
    dlg.show()
    dlg.password.setText("Temporary-77x")
    signed: list[Actor] = []
    dlg.signed_in.connect(signed.append)
    dlg.sign_in()
    wait_idle(qtbot, ops)
    change = dlg.change_dialog
    assert isinstance(change, ChangePasswordDialog) and not signed
    change.new.setText("password123")
    change.confirm.setText("password123")
    change.submit()
    wait_idle(qtbot, ops)
    assert "common" in change.message.text() and not signed
    change.new.setText("Reception-own-42")
    change.confirm.setText("Reception-own-42")
    with qtbot.waitSignal(dlg.signed_in, timeout=20_000):
        change.submit()
    assert signed and not signed[0].must_change_password
    assert not services.auth.login("reception", "Reception-own-42").must_change_password


def test_pin_suggests_city_and_state_never_over_what_was_typed(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from hms_desktop.gui.admin.clinic_form import ClinicForm

    f = ClinicForm(QLabel())
    qtbot.addWidget(f.identity)
    pin, city = f.edits["pin_code"], f.edits["city"]
    qtbot.keyClicks(pin, "560001")
    assert (city.text(), f.state.currentData()) == ("Bengaluru", "29")
    pin.clear()
    qtbot.keyClicks(pin, "194101")  # a corrected PIN replaces what the last one suggested
    assert (city.text(), f.state.currentData()) == ("Leh", "38")
    pin.clear()
    qtbot.keyClicks(pin, "999999")  # not in India Post's directory: the suggestion stays as it was
    assert (city.text(), f.state.currentData()) == ("Leh", "38")
    city.clear()
    qtbot.keyClicks(city, "Tambaram")  # typed by the administrator
    f.state.setCurrentIndex(f.state.findData("33"))  # and chosen
    pin.clear()
    qtbot.keyClicks(pin, "110001")
    assert (city.text(), f.state.currentData()) == ("Tambaram", "33")
    city.clear()  # emptied: the next PIN may fill it again, the chosen State stays
    pin.clear()
    qtbot.keyClicks(pin, "600001")
    assert (city.text(), f.state.currentData()) == ("Chennai", "33")


def test_dates_default_to_the_clinics_day_not_the_computers(
    qtbot: QtBot, ops: Ops, demo_db: Database, admin: Actor
) -> None:
    from hms_desktop.domain.clock import Clock

    # 20:00 UTC on 31 March is already 1 April in Kolkata, whatever this computer's date and zone
    clock = Clock("Asia/Kolkata", source=lambda: dt.datetime(2027, 3, 31, 20, 0, tzinfo=dt.UTC))
    sv = build_services(demo_db, clock)
    april_1st = dt.date(2027, 4, 1)
    audit = AuditDialog(ops, sv, admin)
    reopen = ReopenDayDialog(ops, sv, admin)
    prices = PriceDialog(ops, sv, admin)
    for dialog in (audit, reopen, prices):
        qtbot.addWidget(dialog)
    assert audit.until.date().toPython() == april_1st
    assert audit.since.date().toPython() == april_1st - dt.timedelta(days=30)
    assert reopen.until.date().toPython() == april_1st
    assert reopen.since.date().toPython() == april_1st - dt.timedelta(days=7)
    rate = prices.panel.add_rate()
    assert rate.widgets["from_date"].date().toPython() == april_1st  # type: ignore[attr-defined]
    rate.reject()
