"""Names in both scripts on the token slip and the receipt, and the receipt's amount in words in the
patient's language (issue 17), read back with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient, QueueEntry
from hms_desktop.domain.money_words import amount_in_words_in
from hms_desktop.reports.receipt import receipt_pdf
from hms_desktop.reports.token_slip import token_slip_pdf
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.price_list import PriceListService
from hms_desktop.services.queue_board import latin_initials
from tests.unit.queue_clinic import build_clinic
from tests.unit.test_billing_pdf import receipt
from tests.unit.test_reports import slip

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return re.sub(r"\s+", " ", out.stdout)


def test_receipt_name_in_both_scripts_and_words_in_kannada(tmp_path: Path) -> None:
    doc = receipt(
        patient_name="ರಾಮ ಶರ್ಮ",
        amount_in_words_local=amount_in_words_in(Decimal("1850"), "kn"),
    )
    text = pdftotext(receipt_pdf(doc), tmp_path)
    assert "ರಾಮ ಶರ್ಮ (MRN SFC-0003001-X)" in text and "Rama Sharma" in text
    assert "Rupees One Thousand Eight Hundred Fifty Only" in text
    assert "ಒಂದು ಸಾವಿರದ ಎಂಟುನೂರ ಐವತ್ತು ರೂಪಾಯಿ ಮಾತ್ರ" in text


def test_receipt_in_hindi_and_a_latin_name_unchanged(tmp_path: Path) -> None:
    hindi = receipt(patient_name="राम शर्मा", amount_in_words_local=amount_in_words_in(Decimal("1850"), "hi"))
    text = pdftotext(receipt_pdf(hindi), tmp_path)
    assert "राम शर्मा" in text and "Ram Sharma" in text and "एक हज़ार आठ सौ पचास रुपये मात्र" in text
    plain = receipt_pdf(receipt())
    assert plain == receipt_pdf(receipt())  # reprints stay byte-identical
    text = pdftotext(plain, tmp_path)
    assert text.count("Ramesh Kulkarni") == 1 and "रुपये" not in text


def test_token_slip_initials_in_both_scripts(tmp_path: Path) -> None:
    assert latin_initials("राम", "शर्मा") == "R. S."
    assert latin_initials("Ravi", "Kumar") is None
    text = pdftotext(token_slip_pdf(slip(patient_initials="र. श.", patient_initials_latin="R. S.")), tmp_path)
    assert "र. श. · R. S." in text
    assert "R. K." in pdftotext(token_slip_pdf(slip()), tmp_path)


def test_services_fill_the_receipt_words_and_the_slip(db: Database) -> None:
    c = build_clinic(db)
    c.sv.clinic.update_settings(
        c.admin, legal_name="Asha Health Clinic", address_line1="12 MG Road", city="Bengaluru",
        state_code="29", pin_code="560001",
    )  # fmt: skip
    entry_id = c.walk_in("ರಾಮ", complaint="Fever")
    doc = c.sv.queue.token_slip(c.desk, entry_id)
    assert doc.patient_initials == "ರ." and doc.patient_initials_latin == "R."
    with c.db.read() as s:
        q = s.get(QueueEntry, entry_id)
        assert q is not None
        patient_id = q.patient_id
    bill = BillingService(c.db)
    PriceListService(c.db).add_item(c.admin, "ECG2", "ECG", "lab", "HEALTH", "350")
    inv = bill.create_invoice(c.cashier, InvoiceInput(patient_id, [LineInput(item_code="ECG2")]))
    pay = bill.take_payment(c.cashier, inv.id, PaymentInput("cash", Decimal("350")))
    assert bill.receipt_doc(c.cashier, pay.id).amount_in_words_local is None  # no language: English
    with c.db.write() as s:
        s.execute(update(Patient).where(Patient.id == patient_id).values(preferred_language="kn"))
    assert bill.receipt_doc(c.cashier, pay.id).amount_in_words_local == "ಮುನ್ನೂರ ಐವತ್ತು ರೂಪಾಯಿ ಮಾತ್ರ"
