"""Issue 14, GST and documents, through the billing service on every backend and read back from the
printed PDF with pdftotext: place of supply, nil-rated bills of supply, UTGST, the tax classes
shipped, a registered (B2B) recipient, each tax's rate, and the credit note's recipient fields."""

# ruff: noqa: F811 (tests take the imported fixture ``b`` as their argument)
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, GstRate, Invoice
from hms_desktop.domain.enums import DocType
from hms_desktop.domain.identifiers import make_gstin
from hms_desktop.errors import ValidationError
from hms_desktop.reports.invoice import invoice_pdf
from hms_desktop.services.billing_types import InvoiceInput
from hms_desktop.services.price_list import rate_for
from tests.unit.queue_clinic import build_clinic

# the billing service's fixture (a clinic in Karnataka, a patient with an address, a rate table)
from tests.unit.test_billing_service import Billing, b, item  # noqa: F401

D = Decimal
DAY = dt.date(2026, 4, 15)
COMPANY_GSTIN = make_gstin("27", "AABCT3518Q")  # a Maharashtra company


def pdf_text(pdf: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext (poppler-utils)")
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def printed(bill: Billing, invoice_id: int) -> str:
    return pdf_text(invoice_pdf(bill.bill.invoice_doc(bill.c.cashier, invoice_id, paper="A4")))


def add_items(bill: Billing, *rows: tuple[str, str, str, str, str, bool, str, str]) -> None:
    """(tax class, SAC/HSN, effective from, rate, item code, exempt, kind, price) rows of the test's own."""
    with bill.c.db.write() as s:
        for tax_class, code, start, rate, item_code, exempt, kind, price in rows:
            s.add(GstRate(tax_class=tax_class, sac_hsn=code, effective_from=dt.date.fromisoformat(start),
                          rate_percent=D(rate), is_exempt=exempt))  # fmt: skip
            s.add(BillableItem(code=item_code, name=f"{item_code} item", kind=kind, tax_class=tax_class,
                               unit_price=D(price), unit="NOS"))  # fmt: skip


def test_the_shipped_tax_classes(db: Database) -> None:
    """Migrations 0005 + 0008: every class a clinic needs, each rate from its own date."""
    with db.read() as s:
        assert rate_for(s, "HEALTH", DAY) == (D("0"), True, "999312")
        assert rate_for(s, "NIL_MEDICINE", dt.date(2025, 9, 22)) == (D("0"), False, "3004")
        with pytest.raises(ValidationError):  # nil-rated only from 22 Sep 2025
            rate_for(s, "NIL_MEDICINE", dt.date(2025, 9, 21))
        assert rate_for(s, "MEDICINE_5", dt.date(2020, 1, 1))[0] == D("5")
        assert rate_for(s, "MEDICINE_5", DAY)[0] == D("5")
        assert rate_for(s, "MEDICINE", dt.date(2025, 9, 21))[0] == D("12")
        assert rate_for(s, "MEDICINE", dt.date(2025, 9, 22))[0] == D("5")
        assert rate_for(s, "COSMETIC", DAY)[0] == D("18")
        assert rate_for(s, "OTHER_SVC", DAY) == (D("18"), False, "999799")
    c = build_clinic(db)
    prices = c.sv.billing.price_list(c.cashier)  # every item shows its class's rate
    assert all(p.gst_rate is not None for p in prices)
    # selectable per item: the price list's tax-class chooser offers every shipped class
    offered = set(c.sv.price_list.tax_classes(c.admin))
    assert {"HEALTH", "NIL_MEDICINE", "MEDICINE_5", "MEDICINE", "COSMETIC", "OTHER_SVC"} <= offered
    item = c.sv.price_list.add_item(c.admin, "MED-ADR", "Adrenaline 1 mg/mL injection", "medicine",
                                    "NIL_MEDICINE", "45", None, "AMP")  # fmt: skip
    assert item is not None


def test_a_cosmetic_service_for_another_states_patient_is_cgst_and_sgst_here(b: Billing) -> None:
    """IGST Act s.12(4): today a chemical peel for a Maharashtra patient was billed IGST."""
    inv = b.bill.get(b.c.cashier, b.invoice(item("COS-PEEL"), recipient_state_code="27"))
    assert inv.intra_state and (inv.cgst, inv.sgst, inv.igst) == (D("225.00"), D("225.00"), D("0.00"))
    with b.c.db.read() as s:
        row = s.get(Invoice, inv.id)
        assert row is not None and (row.supply_state_code, row.recipient_state_code) == ("29", "27")
    text = printed(b, inv.id)
    assert re.search(r"Place of supply:\s+Karnataka \(29\)", text), text
    assert "IGST" not in text
    assert re.search(r"CGST 9%\s+₹225\.00", text) and re.search(r"SGST 9%\s+₹225\.00", text)


def test_an_exempt_consultation_prints_the_clinics_state_as_place_of_supply(b: Billing) -> None:
    inv_id = b.invoice(item("CONS-GEN"), recipient_state_code="27")
    text = printed(b, inv_id)
    assert re.search(r"Place of supply:\s+Karnataka \(29\)", text) and "Maharashtra (27)" in text


def test_medicines_go_inter_state_only_with_the_patients_state_recorded(b: Billing) -> None:
    here = b.bill.get(b.c.cashier, b.invoice(item("MED-AMOX", "1.5")))
    assert here.intra_state and here.igst == 0
    away = b.bill.get(b.c.cashier, b.invoice(item("MED-AMOX", "1.5"), recipient_state_code="27"))
    assert not away.intra_state and (away.cgst, away.sgst, away.igst) == (D("0.00"), D("0.00"), D("7.16"))
    text = printed(b, away.id)
    assert re.search(r"Place of supply:\s+Maharashtra \(27\)", text)
    assert re.search(r"IGST 5%\s+₹7\.16", text) and "CGST" not in text


def test_services_and_inter_state_medicines_need_separate_bills(b: Billing) -> None:
    with pytest.raises(ValidationError) as err:
        b.invoice(item("COS-PEEL"), item("MED-AMOX"), recipient_state_code="27")
    assert "separate bill" in err.value.errors["recipient_state_code"]
    with pytest.raises(ValidationError) as err:
        b.invoice(item("MED-AMOX"), recipient_state_code="99")  # a registration code, not a place
    assert "recipient_state_code" in err.value.errors


def test_nil_rated_medicines_alone_are_a_bill_of_supply(b: Billing) -> None:
    """CGST Act s.2(47): nil-rated is exempt for the document (Rule 49), mixed is Rule 46A."""
    add_items(b, ("NIL_MEDICINE", "3004", "2025-09-22", "0", "MED-NIL", False, "medicine", "310"))
    only = b.bill.get(b.c.cashier, b.invoice(item("MED-NIL", "2")))
    assert only.doc_type == DocType.BILL_OF_SUPPLY and only.doc_number.startswith("BOS/")
    assert (only.exempt_value, only.taxable_value, only.grand_total) == (D("620.00"), D("0.00"), D("620"))
    text = printed(b, only.id)
    assert "BILL OF SUPPLY" in text and "CGST" not in text and "nil-rated goods" in text
    mixed = b.bill.get(b.c.cashier, b.invoice(item("MED-NIL"), item("MED-AMOX", "1.5")))
    assert mixed.doc_type == DocType.INVOICE_CUM_BOS
    text = printed(b, mixed.id)
    assert "INVOICE-CUM-BILL OF SUPPLY" in text and re.search(r"Nil-rated value\s+₹310\.00", text)
    assert re.search(r"\bNil\b", text)  # the line's GST column


def test_a_clinic_in_chandigarh_charges_utgst_and_says_so(b: Billing) -> None:
    gstin = make_gstin("04", "AAKFS4821M")
    b.c.sv.clinic.update_settings(b.c.admin, state_name="Chandigarh", state_code="04", gstin=gstin)
    inv = b.bill.get(b.c.cashier, b.invoice(item("MED-AMOX", "1.5")))
    assert inv.intra_state and inv.supply_state_code == "04" and inv.sgst == D("3.58")
    text = printed(b, inv.id)
    assert re.search(r"CGST 2\.5%\s+₹3\.58", text) and re.search(r"UTGST 2\.5%\s+₹3\.58", text)
    assert "SGST" not in text.replace("UTGST", "")
    roll = pdf_text(invoice_pdf(b.bill.invoice_doc(b.c.cashier, inv.id, paper="80mm")))
    assert "UTGST 2.5%" in roll and "SGST" not in roll.replace("UTGST", "")


def test_a_ladakh_gstin_is_accepted(b: Billing) -> None:
    gstin = make_gstin("38", "AAKFS4821M")
    info = b.c.sv.clinic.update_settings(b.c.admin, state_name="Ladakh", state_code="38", gstin=gstin)
    assert info.gstin == gstin and info.state_code == "38"
    with pytest.raises(ValidationError) as err:
        b.c.sv.clinic.update_settings(b.c.admin, state_code="40", gstin=None)
    assert "state_code" in err.value.errors


def test_a_company_paying_for_a_check_up_gets_its_gstin_name_address_and_state(b: Billing) -> None:
    """Rule 46(d)/(e): the registered recipient's GSTIN, name, address with State name and code."""
    inv_id = b.invoice(
        item("COS-PEEL"),
        item("MED-AMOX"),
        recipient_gstin=COMPANY_GSTIN.lower(),
        recipient_name="Tata Consultancy Services Ltd",
        recipient_address="Nirmal Building, Nariman Point, Mumbai 400021",
    )
    inv = b.bill.get(b.c.cashier, inv_id)
    assert inv.intra_state and inv.igst == 0 and inv.recipient_gstin == COMPANY_GSTIN  # over the counter
    text = printed(b, inv_id)
    assert "Tata Consultancy Services Ltd" in text and f"GSTIN: {COMPANY_GSTIN}" in text
    assert "Nariman Point" in text and "State: Maharashtra (27)" in text
    assert "Patient: Meera Nair (MRN" in text
    assert re.search(r"Place of supply:\s+Karnataka \(29\)", text)


def test_a_recipients_gstin_is_checked_with_a_message_at_each_field(b: Billing) -> None:
    bad = COMPANY_GSTIN[:-1] + ("A" if COMPANY_GSTIN[-1] != "A" else "B")
    with pytest.raises(ValidationError) as err:
        b.invoice(item("CONS-GEN"), recipient_gstin=bad)
    assert set(err.value.errors) == {"recipient_gstin", "recipient_name", "recipient_address"}
    with pytest.raises(ValidationError) as err:
        b.invoice(item("CONS-GEN"), recipient_gstin=COMPANY_GSTIN, recipient_name="TCS",
                  recipient_address="Mumbai", recipient_state_code="29")  # fmt: skip
    assert "Maharashtra" in err.value.errors["recipient_state_code"]


def test_a_credit_note_to_an_unregistered_patient_carries_name_address_and_state(b: Billing) -> None:
    """Rule 53(1A)(f): the note keeps the address and State it was issued with."""
    inv = b.bill.get(b.c.cashier, b.invoice(item("MED-AMOX", "2")))
    med = inv.lines[0]
    note = b.bill.issue_credit_note(b.c.admin, inv.id, [(med.id, D("1"))], "Returned unopened")
    doc = b.bill.credit_note_doc(b.c.admin, note.id, paper="A4")
    assert doc.patient_name == "Meera Nair" and doc.recipient_state == "Karnataka (29)"
    assert doc.recipient_address == "7 Temple Street, Mysuru, 570001"
    text = pdf_text(invoice_pdf(doc))
    assert "CREDIT NOTE" in text and "Meera Nair" in text and "7 Temple Street, Mysuru, 570001" in text
    assert "State: Karnataka (29)" in text and re.search(r"CGST 2\.5%\s+₹2\.39", text)
    # a patient with no address on record: the issuer types it, else a message at the field
    with b.c.db.write() as s:
        from hms_desktop.db.models import Patient

        p = s.get(Patient, b.patient_id)
        assert p is not None
        p.address = p.city = p.pin_code = None
    with pytest.raises(ValidationError) as err:
        b.bill.issue_credit_note(b.c.admin, inv.id, [(med.id, D("1"))], "Returned")
    assert "Rule 53" in err.value.errors["recipient_address"]
    again = b.bill.issue_credit_note(
        b.c.admin, inv.id, [(med.id, D("1"))], "Returned", recipient_address="2 Lake Road, Hassan"
    )
    assert b.bill.credit_note_doc(b.c.admin, again.id).recipient_address == "2 Lake Road, Hassan"


def test_stored_figures_are_the_domain_functions(b: Billing) -> None:
    """The service stores compute_bill's result: a mixed bill's stored totals equal a fresh call."""
    from hms_desktop.domain.billing_math import LineIn, compute_bill

    inv = b.bill.get(b.c.cashier, b.invoice(item("CONS-GEN"), item("MED-AMOX", "1.5"), item("COS-PEEL")))
    fresh = compute_bill(
        [
            LineIn(D(1), D("400"), D(0), D(0), True, goods=False),
            LineIn(D("1.5"), D("95.50"), D(0), D(5), False, goods=True),
            LineIn(D(1), D("2500"), D(0), D(18), False, goods=False),
        ],
        "29",
    )
    assert (inv.exempt_value, inv.taxable_value, inv.cgst, inv.sgst, inv.round_off, inv.grand_total) == (
        fresh.exempt_value, fresh.taxable_value, fresh.cgst, fresh.sgst, fresh.round_off, fresh.grand_total,
    )  # fmt: skip
    assert inv.doc_type == fresh.doc_type.value
    with b.c.db.read() as s:
        assert s.scalar(select(Invoice.patient_name).where(Invoice.id == inv.id)) == "Meera Nair"


def test_invoice_input_defaults_record_no_state(b: Billing) -> None:
    inv_id = b.bill.create_invoice(b.c.cashier, InvoiceInput(b.patient_id, [item("CONS-GEN")])).id
    with b.c.db.read() as s:
        row = s.get(Invoice, inv_id)
        assert row is not None and row.recipient_state_code is None and row.recipient_gstin is None
    assert "State:" not in printed(b, inv_id).split("Place of supply")[0].split("BILLED TO")[1]


def test_an_unregistered_clinic_issues_only_untaxed_bills_of_supply(b: Billing) -> None:
    """Issue 13: a clinic with no GSTIN is not registered (CGST Act s.22/s.24) and may not levy tax
    (s.9): an 18% cosmetic service and a 5% medicine go on a bill of supply (Rule 49) with no tax,
    printed without a GSTIN or tax columns; the preview says the same; its credit notes stay untaxed."""
    from hms_desktop.gui.tabs.billing.model import BillLine, preview_totals

    b.c.sv.clinic.update_settings(b.c.admin, gstin=None)
    inv = b.bill.get(b.c.cashier, b.invoice(item("COS-PEEL"), item("MED-AMOX", "2")))
    assert inv.doc_type == DocType.BILL_OF_SUPPLY.value and inv.doc_number.startswith("BOS/")
    assert (inv.cgst, inv.sgst, inv.igst, inv.taxable_value) == (D("0.00"),) * 4
    assert inv.exempt_value == inv.grand_total == D("2691.00")  # 2500 + 2 x 95.50, the prices
    assert all(ln.gst_rate == 0 and ln.cgst == ln.sgst == ln.igst == 0 for ln in inv.lines)
    text = printed(b, inv.id)
    assert "BILL OF SUPPLY" in text and "TAX INVOICE" not in text
    for word in ("CGST", "SGST", "IGST", "GSTIN"):
        assert word not in text, (word, text)
    assert "not registered under GST" in text
    # medicines for another State's patient: still no tax, still one bill of supply
    away = b.bill.get(b.c.cashier, b.invoice(item("COS-PEEL"), item("MED-AMOX"), recipient_state_code="27"))
    assert away.doc_type == DocType.BILL_OF_SUPPLY.value and away.cgst == away.sgst == away.igst == 0
    # the Billing tab's preview: the same figures for the same facts
    prices = {p.code: p for p in b.bill.price_list(b.c.cashier)}
    rows = [BillLine.of_item(prices["COS-PEEL"]), BillLine.of_item(prices["MED-AMOX"])]
    rows[1].quantity = D("2")
    unreg = preview_totals(rows, "29", None, False, supplier_registered=False)
    assert (unreg.taxable, unreg.grand, sum(h.amount for h in unreg.heads)) == (D("0.00"), D("2691.00"), 0)
    reg = preview_totals(rows, "29", None, False, supplier_registered=True)
    assert reg.grand > unreg.grand and sum(h.amount for h in reg.heads) > 0
    # a credit note of such a bill credits no tax
    note = b.bill.issue_credit_note(b.c.admin, inv.id, [(inv.lines[1].id, D("1"))], "Returned unopened")
    doc = b.bill.credit_note_doc(b.c.admin, note.id, paper="A4")
    assert doc.cgst == doc.sgst == doc.igst == 0 and doc.grand_total == D("96.00")  # 95.50 rounded
    assert not any(w in pdf_text(invoice_pdf(doc)) for w in ("CGST", "SGST", "IGST"))


def test_a_registered_clinic_still_charges_gst_on_the_same_bill(b: Billing) -> None:
    inv = b.bill.get(b.c.cashier, b.invoice(item("COS-PEEL"), item("MED-AMOX", "2")))
    assert inv.doc_type == DocType.TAX_INVOICE.value
    assert (inv.cgst, inv.sgst) == (D("229.78"), D("229.78"))  # 225 + 4.78 each half
