"""Money receipt PDF: our 80 mm receipt against bare reportlab drawing the same strings and font.

    python -m tests.bench.bench_receipt [REPEAT]

Prints one JSON line: median build time of ``receipt_pdf`` for an 80 mm cash receipt, of a bare
``canvas.Canvas`` (same page size, same embedded DejaVu fonts, ``invariant``) writing the same
strings line by line, and their ratio (target: within 1.5x). Fonts are registered and the TTFs
loaded before either clock starts.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import statistics
import sys
import time
import zoneinfo
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from hms_desktop.domain.documents import PaymentDoc, ReceiptDoc
from hms_desktop.domain.money import amount_in_words
from hms_desktop.reports.fonts import register_fonts
from hms_desktop.reports.receipt import receipt_pdf, receipt_strings
from hms_desktop.reports.styles import ROLL_MARGIN, ROLL_WIDTH

TARGET_RATIO = 1.5


def sample() -> ReceiptDoc:
    ist = zoneinfo.ZoneInfo("Asia/Kolkata")
    return ReceiptDoc(
        receipt_number="RCT/25-26/000045",
        issued_at=dt.datetime(2025, 4, 12, 10, 50, tzinfo=ist),
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
        payment=PaymentDoc(
            receipt_number="RCT/25-26/000045",
            paid_at=dt.datetime(2025, 4, 12, 10, 50, tzinfo=ist),
            mode="cash",
            amount=Decimal("1850"),
            reference=None,
            tendered=Decimal("2000"),
            change_given=Decimal("150"),
        ),
        amount_in_words=amount_in_words(Decimal("1850")),
        invoice_total=Decimal("3690"),
        paid_to_date=Decimal("1850"),
        balance_due=Decimal("1840"),
        cashier_name="Lakshmi R.",
    )


def bare(strings: list[str], regular: str, bold: str) -> bytes:
    """The floor: the same strings drawn top to bottom on an 80 mm page, no layout at all."""
    out = io.BytesIO()
    height = 120 * mm
    c = canvas.Canvas(out, pagesize=(ROLL_WIDTH, height), initialFontName=regular, invariant=1)
    y = height - ROLL_MARGIN - 10
    for i, value in enumerate(strings):
        c.setFont(bold if i % 4 == 0 else regular, 8)  # both faces used, as on the receipt
        c.drawString(ROLL_MARGIN, y, value)
        y -= 10
    c.showPage()
    c.save()
    return out.getvalue()


def main(repeat: int = 50) -> dict[str, float]:
    regular, bold = register_fonts()
    doc = sample()
    strings = receipt_strings(doc)
    for _ in range(3):  # warm: first use loads and subsets the TTF files
        receipt_pdf(doc)
        bare(strings, regular, bold)
    ours, floor = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        receipt_pdf(doc)
        ours.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        bare(strings, regular, bold)
        floor.append((time.perf_counter() - t) * 1000)
    a, b = statistics.median(ours), statistics.median(floor)
    return {
        "ours_ms": round(a, 3),
        "bare_ms": round(b, 3),
        "ratio": round(a / b, 3),
        "target_ratio": TARGET_RATIO,
        "ours_max_ms": round(max(ours), 3),
        "strings": len(strings),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)), flush=True)
