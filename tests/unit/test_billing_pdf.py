"""The billing PDFs read back: tax invoice, bill of supply, invoice-cum-bill of supply, credit note and
the money receipt, on 80 mm, A5 and A4 (what Rules 46/49/53 and an Indian accountant expect on them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from hms_desktop.domain.documents import GstSummaryRow, InvoiceDoc, InvoiceLineDoc, PaymentDoc, ReceiptDoc
from hms_desktop.domain.money import amount_in_words
from hms_desktop.reports.invoice import build_invoice, invoice_pdf
from hms_desktop.reports.receipt import build_receipt, receipt_pdf

IST = ZoneInfo("Asia/Kolkata")
ROLL_WIDTH = 226.8  # 80 mm = 226.77 pt
A5_SIZE = (419.5, 595.3)
A4_SIZE = (595.3, 841.9)
P = Decimal("0.01")


def _paise(value: Decimal) -> Decimal:
    return value.quantize(P, rounding=ROUND_HALF_UP)


def item(
    no: int,
    description: str,
    sac_hsn: str | None,
    quantity: str,
    unit: str,
    price: str,
    *,
    rate: str = "0",
    discount: str = "0",
    intra: bool = True,
    batch: str | None = None,
    expiry: dt.date | None = None,
) -> InvoiceLineDoc:
    qty, unit_price, disc, gst = Decimal(quantity), Decimal(price), Decimal(discount), Decimal(rate)
    taxable = _paise(qty * unit_price - disc)
    exempt = gst == 0
    half = _paise(taxable * gst / 200) if intra else Decimal("0.00")
    igst = Decimal("0.00") if intra else _paise(taxable * gst / 100)
    return InvoiceLineDoc(
        line_no=no,
        description=description,
        sac_hsn=sac_hsn,
        batch_no=batch,
        expiry_on=expiry,
        quantity=qty,
        unit=unit,
        unit_price=unit_price,
        discount=disc,
        taxable_value=taxable,
        gst_rate=gst,
        is_exempt=exempt,
        cgst=half,
        sgst=half,
        igst=igst,
        line_total=taxable + 2 * half + igst,
    )


def invoice(lines: list[InvoiceLineDoc], *, intra: bool = True, **changes: object) -> InvoiceDoc:
    """A document whose totals, summary, round-off and words are computed from ``lines``."""
    rates = sorted({ln.gst_rate for ln in lines if not ln.is_exempt})
    summary = [
        GstSummaryRow(
            rate=r,
            taxable_value=sum(
                (ln.taxable_value for ln in lines if ln.gst_rate == r and not ln.is_exempt), Decimal(0)
            ),
            cgst=sum((ln.cgst for ln in lines if ln.gst_rate == r and not ln.is_exempt), Decimal(0)),
            sgst=sum((ln.sgst for ln in lines if ln.gst_rate == r and not ln.is_exempt), Decimal(0)),
            igst=sum((ln.igst for ln in lines if ln.gst_rate == r and not ln.is_exempt), Decimal(0)),
        )
        for r in rates
    ]
    exempt = sum((ln.taxable_value for ln in lines if ln.is_exempt), Decimal("0.00"))
    taxable = sum((ln.taxable_value for ln in lines if not ln.is_exempt), Decimal("0.00"))
    cgst = sum((ln.cgst for ln in lines), Decimal("0.00"))
    sgst = sum((ln.sgst for ln in lines), Decimal("0.00"))
    igst = sum((ln.igst for ln in lines), Decimal("0.00"))
    raw = exempt + taxable + cgst + sgst + igst
    grand = raw.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    payments = changes.pop("payments", [])
    assert isinstance(payments, list)
    paid = sum((p.amount for p in payments), Decimal("0.00"))
    taxed = bool(rates)
    title = (
        "INVOICE-CUM-BILL OF SUPPLY" if taxed and exempt else ("TAX INVOICE" if taxed else "BILL OF SUPPLY")
    )
    base = InvoiceDoc(
        title=title,
        doc_type="invoice",
        doc_number="INV/25-26/000123",
        doc_date=dt.date(2025, 4, 12),
        issued_at=dt.datetime(2025, 4, 12, 10, 42, tzinfo=IST),
        supplier_name="Sanjeevini Family Clinic",
        supplier_address="No. 42, 4th Cross, 7th Main Road, Jayanagar 4th Block\nBengaluru 560011",
        supplier_state="Karnataka",
        supplier_state_code="29",
        supplier_gstin="29ABCDE1234F1Z5",
        supplier_phone="+91 80 2663 4521",
        patient_name="Ramesh Kulkarni",
        patient_mrn="SFC-0003001-X",
        recipient_address=None,
        recipient_gstin=None,
        place_of_supply="Karnataka (29)" if intra else "Kerala (32)",
        intra_state=intra,
        doctor_name="Dr. Ananya Hegde",
        doctor_reg_number="KMC-58213",
        lines=lines,
        gst_summary=summary,
        exempt_value=exempt,
        taxable_value=taxable,
        cgst=cgst,
        sgst=sgst,
        igst=igst,
        round_off=grand - raw,
        grand_total=grand,
        amount_in_words=amount_in_words(grand),
        payments=payments,
        balance_due=grand - paid,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


MIXED_LINES = [
    item(1, "Consultation — General medicine", "999312", "1", "visit", "600"),
    item(
        2,
        "Paracetamol 500 mg tablet (Dolo 650)",
        "3004",
        "15",
        "tab",
        "2.15",
        rate="5",
        batch="DL2291",
        expiry=dt.date(2027, 3, 31),
    ),
    item(
        3, "Azithromycin 500 mg tablet, strip of 3", "3004", "2", "strip", "119.50", rate="5", discount="12"
    ),
    item(4, "Chemical peel (cosmetic)", "999312", "1", "nos", "2500", rate="18", discount="250"),
    item(5, "Nebulisation", "999312", "1", "nos", "150"),
]


def cash(amount: str, number: str = "RCT/25-26/000045") -> PaymentDoc:
    return PaymentDoc(
        receipt_number=number,
        paid_at=dt.datetime(2025, 4, 12, 10, 50, tzinfo=IST),
        mode="cash",
        amount=Decimal(amount),
        reference=None,
        tendered=Decimal("2000"),
        change_given=Decimal("2000") - Decimal(amount),
    )


def mixed(**changes: Any) -> InvoiceDoc:
    return invoice(MIXED_LINES, **changes)


def inter_state() -> InvoiceDoc:
    lines = [
        item(1, "Insulin glargine 100 IU/ml cartridge", "3004", "5", "nos", "415", rate="5", intra=False),
        item(2, "Glucometer strips, box of 50", "3822", "2", "box", "899", rate="18", intra=False),
    ]
    return invoice(
        lines, intra=False, doc_number="INV/25-26/000124", recipient_address="12 MG Road, Kochi, Kerala"
    )


def big_bill() -> InvoiceDoc:
    """A bill of supply (all exempt) for ₹1,25,000.40, rounded off to ₹1,25,000.00."""
    lines = [
        item(1, "Day-care procedure package (cataract surgery, one eye)", "999312", "1", "nos", "125000.40")
    ]
    return invoice(lines, doc_number="BOS/25-26/000009", doc_type="bill_of_supply")


def credit_note() -> InvoiceDoc:
    lines = [
        item(
            1,
            "Azithromycin 500 mg tablet, strip of 3 (returned unopened)",
            "3004",
            "1",
            "strip",
            "119.50",
            rate="5",
        )
    ]
    return invoice(
        lines,
        title="CREDIT NOTE",
        doc_type="credit_note",
        doc_number="CN/25-26/000007",
        doc_date=dt.date(2025, 4, 15),
        issued_at=dt.datetime(2025, 4, 15, 16, 5, tzinfo=IST),
        original_number="INV/25-26/000123",
        original_date=dt.date(2025, 4, 12),
        reason="Medicine returned unopened",
    )


def receipt(**changes: object) -> ReceiptDoc:
    base = ReceiptDoc(
        receipt_number="RCT/25-26/000045",
        issued_at=dt.datetime(2025, 4, 12, 10, 50, tzinfo=IST),
        supplier_name="Sanjeevini Family Clinic",
        supplier_address="No. 42, 4th Cross, 7th Main Road, Jayanagar 4th Block\nBengaluru 560011",
        supplier_gstin="29ABCDE1234F1Z5",
        supplier_phone="+91 80 2663 4521",
        patient_name="Ramesh Kulkarni",
        patient_mrn="SFC-0003001-X",
        doctor_name="Dr. Ananya Hegde",
        doctor_reg_number="KMC-58213",
        against_number="INV/25-26/000123",
        against_date=dt.date(2025, 4, 12),
        payment=cash("1850"),
        amount_in_words=amount_in_words(Decimal("1850")),
        invoice_total=Decimal("3690"),
        paid_to_date=Decimal("1850"),
        balance_due=Decimal("1840"),
        cashier_name="Lakshmi R.",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def upi_receipt() -> ReceiptDoc:
    payment = PaymentDoc(
        receipt_number="RCT/25-26/000046",
        paid_at=dt.datetime(2025, 4, 12, 11, 5, tzinfo=IST),
        mode="upi",
        amount=Decimal("125000.50"),
        reference="UPI 512345678901",
        tendered=None,
        change_given=None,
    )
    return receipt(
        receipt_number="RCT/25-26/000046",
        payment=payment,
        amount_in_words=amount_in_words(Decimal("125000.50")),
        invoice_total=Decimal("125000.50"),
        paid_to_date=Decimal("125000.50"),
        balance_due=Decimal("0"),
    )


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Whitespace (line wraps included) collapsed to single spaces."""
    return " ".join(text.split())


def layout_text(pdf: bytes) -> str:
    """pdftotext -layout when present (keeps rows on one line), else pypdf."""
    if shutil.which("pdftotext") is None:
        return text_of(pdf)
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)
        fonts = resources.get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            descriptor = font.get("/FontDescriptor")
            if descendants is not None:
                descriptor = descendants.get_object()[0].get_object().get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
    return names


# --- invoices -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "title"),
    [
        (mixed(), "INVOICE-CUM-BILL OF SUPPLY"),
        (invoice(MIXED_LINES[1:4]), "TAX INVOICE"),
        (big_bill(), "BILL OF SUPPLY"),
        (credit_note(), "CREDIT NOTE"),
    ],
)
@pytest.mark.parametrize("paper", ["A5", "A4", "80mm"])
def test_every_document_carries_the_rule_46_fields(doc: InvoiceDoc, title: str, paper: str) -> None:
    text = text_of(invoice_pdf(dataclasses.replace(doc, paper=paper)))
    lines = [ln.strip() for ln in text.splitlines()]
    assert title in lines
    for needle in (
        "Sanjeevini Family Clinic",
        "GSTIN: 29ABCDE1234F1Z5",
        "Karnataka",
        doc.doc_number,
        "12 Apr 2025" if doc.title != "CREDIT NOTE" else "15 Apr 2025",
        "Karnataka (29)",
        "Reverse charge",
        "Ramesh Kulkarni",
        "SFC-0003001-X",
        "Reg. No. KMC-58213",
        "Authorised signatory",
        "This is a computer-generated document.",
        doc.amount_in_words,
    ):
        assert needle in flat(text), (paper, needle)
    assert re.search(r"Reverse charge:?\s*No", text)
    assert "DUPLICATE" not in text


def test_mixed_invoice_lines_tax_and_totals() -> None:
    doc = mixed(payments=[cash("1850")])
    text = layout_text(invoice_pdf(doc))
    for code in ("999312", "3004"):
        assert code in text
    assert text.count("Exempt") >= 2  # the consultation and the nebulisation
    for rate in ("5%", "18%"):
        assert rate in text
    assert "Batch DL2291" in text and "Exp 03/2027" in text
    # CGST = SGST = 2.5% on 32.25 + 227.00 (5%) and 9% on 2,250.00 (18%)
    assert doc.lines[3].cgst == Decimal("202.50")
    assert re.search(r"2,250\.00\s+18%\s+202\.50\s+202\.50\s+2,655\.00", text), text
    # the GST summary row at 5%, each tax with its own rate (Rule 46(l))
    assert re.search(r"5%\s+259\.25\s+2\.5%\s+6\.49\s+2\.5%\s+6\.49", text), text
    assert re.search(r"18%\s+2,250\.00\s+9%\s+202\.50\s+9%\s+202\.50", text)
    assert re.search(r"CGST 2\.5% \+ 9%\s+₹208\.99", text) and re.search(r"SGST 2\.5% \+ 9%\s+₹208\.99", text)
    assert re.search(r"Exempt value\s+₹750\.00", text)
    assert re.search(r"Taxable value\s+₹2,509\.25", text)
    assert doc.round_off == Decimal("-0.23")
    assert re.search(r"Round off\s+-₹0\.23", text)
    assert re.search(r"Grand total\s+₹3,677\.00", text)
    assert "Rupees Three Thousand Six Hundred Seventy Seven Only" in text
    assert "RCT/25-26/000045" in text and "Cash" in text
    assert "Balance due ₹1,827.00" in text
    assert "IGST" not in text


def test_inter_state_invoice_shows_igst_instead_of_cgst_and_sgst() -> None:
    doc = inter_state()
    for paper in ("A5", "80mm"):
        text = layout_text(invoice_pdf(dataclasses.replace(doc, paper=paper)))
        assert "IGST" in text
        assert "CGST" not in text and "SGST" not in text
        assert "Kerala (32)" in text
        assert "12 MG Road, Kochi, Kerala" in text
    text = layout_text(invoice_pdf(doc))
    assert re.search(r"2,075\.00\s+5%\s+103\.75\s+2,178\.75", text), text
    assert re.search(r"IGST 5% \+ 18%\s+₹427\.39", text)
    assert re.search(r"5%\s+2,075\.00\s+5%\s+103\.75", text)  # the summary: IGST at its own rate


def test_big_bill_of_supply_uses_indian_grouping_and_has_no_tax_columns() -> None:
    doc = big_bill()
    text = layout_text(invoice_pdf(doc))
    assert "BILL OF SUPPLY" in text and "TAX INVOICE" not in text
    assert "₹1,25,000.40" in text
    assert re.search(r"Round off\s+-₹0\.40", text)
    assert re.search(r"Grand total\s+₹1,25,000\.00", text)
    assert "Rupees One Lakh Twenty Five Thousand Only" in text
    assert "CGST" not in text and "GST %" not in text
    assert "Balance due ₹1,25,000.00" in text


def test_round_off_up_is_signed_plus() -> None:
    lines = [item(1, "Cetirizine 10 mg tablet", "3004", "10", "tab", "3.30", rate="5")]  # 33.00 + 1.66 tax
    text = layout_text(invoice_pdf(invoice(lines, payments=[cash("35")])))
    assert re.search(r"Round off\s+\+₹0\.34", text)
    assert "Paid in full" in text


def test_credit_note_names_the_original_invoice_and_reason() -> None:
    for paper in ("A5", "80mm"):
        text = flat(text_of(invoice_pdf(dataclasses.replace(credit_note(), paper=paper))))
        assert "Balance due" not in text
        assert "Against invoice INV/25-26/000123 dated 12 Apr 2025" in text
        assert "Medicine returned unopened" in text
        assert "CN/25-26/000007" in text
        assert "Total credit" in text


def test_duplicate_is_marked_and_hides_nothing() -> None:
    for paper in ("A5", "80mm"):
        doc = mixed(paper=paper)
        original = text_of(invoice_pdf(doc))
        copy = text_of(invoice_pdf(dataclasses.replace(doc, duplicate=True)))
        assert "DUPLICATE" in copy
        assert set(original.split()) <= set(copy.split())


def test_page_sizes() -> None:
    assert page_sizes(invoice_pdf(mixed())) == [A5_SIZE]
    assert page_sizes(invoice_pdf(mixed(paper="A4"))) == [A4_SIZE]
    ((width, height),) = page_sizes(invoice_pdf(mixed(paper="80mm")))
    assert width == ROLL_WIDTH and height > 300


def test_fonts_are_embedded_dejavu_and_bytes_are_deterministic() -> None:
    for pdf in (invoice_pdf(mixed()), invoice_pdf(mixed(paper="80mm")), receipt_pdf(receipt())):
        names = font_names(pdf)
        assert names and all("HmsSans" in n or "DejaVu" in n for n in names), names
        assert b"Helvetica" not in pdf
    assert invoice_pdf(mixed()) == invoice_pdf(mixed())
    assert invoice_pdf(mixed(paper="80mm")) == invoice_pdf(mixed(paper="80mm"))
    assert receipt_pdf(upi_receipt()) == receipt_pdf(upi_receipt())


def test_long_invoice_paginates_with_repeated_header_and_page_numbers() -> None:
    lines = [
        item(
            i,
            f"Medicine number {i} 500 mg tablet",
            "3004",
            "10",
            "tab",
            str(10 + i),
            rate="5",
            batch=f"B{i:04d}",
        )
        for i in range(1, 41)
    ]
    for paper in ("A5", "A4"):
        pdf = invoice_pdf(invoice(lines, paper=paper))
        reader = PdfReader(io.BytesIO(pdf))
        pages = [p.extract_text() for p in reader.pages]
        assert len(pages) >= 2
        assert all(f"of {len(pages)}" in p for p in pages)
        assert "page 2 of" in pages[1].lower()
        assert "(continued)" in pages[1] and "SAC/HSN" in pages[1]
        assert all(f"Medicine number {i} " in "".join(pages) for i in range(1, 41))
        assert "Grand total" in pages[-1] and "Authorised signatory" in pages[-1]


def test_build_invoice_writes_to_a_path(tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    build_invoice(mixed(), target)
    assert target.read_bytes() == invoice_pdf(mixed())


# --- receipts -------------------------------------------------------------------------------------


def test_cash_receipt_with_change() -> None:
    pdf = receipt_pdf(receipt())
    text = layout_text(pdf)
    for needle in (
        "Sanjeevini Family Clinic",
        "GSTIN: 29ABCDE1234F1Z5",
        "RECEIPT",
        "RCT/25-26/000045",
        "12 Apr 2025, 10:50",
        "Ramesh Kulkarni (MRN SFC-0003001-X)",
        "₹1,850.00",
        "Dr. Ananya Hegde",
        "Reg. No. KMC-58213",
        "Cashier: Lakshmi R.",
    ):
        assert needle in text, needle
    assert "Rupees One Thousand Eight Hundred Fifty Only" in flat(text)
    assert re.search(r"Mode\s+Cash", text)
    assert re.search(r"Tendered\s+₹2,000\.00", text) and re.search(r"Change\s+₹150\.00", text)
    assert re.search(r"Against invoice\s+INV/25-26/000123", text)
    assert re.search(r"Invoice date\s+12 Apr 2025", text)
    assert re.search(r"Invoice total\s+₹3,690\.00", text) and re.search(r"Paid to date\s+₹1,850\.00", text)
    assert re.search(r"Balance due\s+₹1,840\.00", text)
    assert "DUPLICATE" not in text
    ((width, height),) = page_sizes(pdf)
    assert width == ROLL_WIDTH and 300 < height < 700


def test_upi_receipt_with_reference_and_a5() -> None:
    doc = upi_receipt()
    text = layout_text(receipt_pdf(doc))
    assert re.search(r"Mode\s+UPI", text) and "UPI 512345678901" in text
    assert "₹1,25,000.50" in text
    assert "Rupees One Lakh Twenty Five Thousand and Fifty Paise Only" in flat(text)
    assert "Tendered" not in text and "Change" not in text
    assert "paid in full" in text
    a5 = receipt_pdf(dataclasses.replace(doc, paper="A5"))
    assert page_sizes(a5) == [A5_SIZE]
    assert "Reg. No. KMC-58213" in text_of(a5)


def test_duplicate_receipt() -> None:
    original = text_of(receipt_pdf(receipt()))
    copy = text_of(receipt_pdf(receipt(duplicate=True)))
    assert "DUPLICATE" in copy
    assert set(original.split()) <= set(copy.split())


def test_build_receipt_writes_to_a_stream() -> None:
    out = io.BytesIO()
    build_receipt(receipt(), out)
    assert out.getvalue() == receipt_pdf(receipt())
