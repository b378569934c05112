"""Prescription PDF: our document against bare reportlab drawing the same text with the same fonts.

    python -m tests.bench.bench_prescription [REPEAT]

Prints one JSON line: median build time of ``prescription_pdf`` for a 3-line prescription, of a
bare ``canvas.Canvas`` writing the same strings line by line in the same (embedded) DejaVu fonts
plus the same QR code, and their ratio. Fonts are registered before either clock starts.
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

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from hms_desktop.reports.fonts import register_fonts
from hms_desktop.reports.prescription import (
    drug_directions,
    drug_title,
    prescription_pdf,
    qr_payload,
    verification_text,
)
from hms_desktop.services.consultation_types import PrescriptionDoc, PrescriptionLineDoc


def sample() -> PrescriptionDoc:
    line = PrescriptionLineDoc
    return PrescriptionDoc(
        clinic_name="Sanjeevini Family Clinic",
        clinic_address="No. 42, 4th Cross, 7th Main Road, Jayanagar 4th Block, Bengaluru, 560011",
        clinic_phone="+91 80 2663 4521",
        clinic_email="desk@sanjeevini.example",
        logo_path=None,
        doctor_name="Dr. Ananya Hegde",
        doctor_qualifications="MBBS, MD (General Medicine)",
        doctor_reg_number="KMC-58213",
        doctor_reg_council="Karnataka Medical Council",
        doctor_specialisation="General Physician",
        patient_name="Ramesh Kulkarni",
        patient_age_sex="58 y / M",
        patient_mrn="SFC-0003001-X",
        patient_abha="91-1234-5678-9012",
        patient_weight_kg=None,
        issued_at=dt.datetime(2026, 11, 23, 10, 42, tzinfo=zoneinfo.ZoneInfo("Asia/Kolkata")),
        allergies="Penicillin",
        diagnoses=["J06.9 — Acute upper respiratory infection, unspecified"],
        lines=[
            line(
                1,
                "PARACETAMOL",
                "Dolo",
                "500 mg",
                "tablet",
                "1 tablet",
                "oral",
                "TDS",
                None,
                5,
                Decimal("15"),
                "after food",
            ),
            line(
                2,
                "CETIRIZINE",
                None,
                "10 mg",
                "tablet",
                "1 tablet",
                "oral",
                "HS",
                None,
                7,
                Decimal("7"),
                None,
            ),
            line(
                3,
                "IBUPROFEN",
                None,
                "400 mg",
                "tablet",
                "1 tablet",
                "oral",
                "SOS",
                8,
                3,
                Decimal("9"),
                "after food",
            ),
        ],
        advice="Warm saline gargles. Plenty of fluids.",
        follow_up_on=dt.date(2026, 11, 30),
        verify_code="K7QX-4821",
        content_sha256="a" * 64,
        version_no=1,
        supersedes_code=None,
        paper_size="A5",
    )


def bare(doc: PrescriptionDoc, regular: str, bold: str) -> bytes:
    """The floor: the same strings drawn top to bottom on one A5 canvas, no layout engine."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A5, invariant=True)
    _width, height = A5
    y = height - 15 * mm

    def text(value: str, font: str = regular, size: float = 9) -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(12 * mm, y, value)
        y -= size * 1.4

    text(doc.clinic_name, bold, 14)
    for value in (
        doc.clinic_address or "",
        doc.clinic_phone or "",
        doc.doctor_name,
        doc.doctor_qualifications,
        f"Reg. No. {doc.doctor_reg_number}",
        doc.patient_name,
        doc.patient_age_sex,
        doc.patient_mrn,
        f"ALLERGIES: {doc.allergies}",
        *doc.diagnoses,
    ):
        text(value)
    for ln in doc.lines:
        text(f"{ln.line_no}. {drug_title(ln)}", bold)
        text(drug_directions(ln))
    text(doc.advice or "")
    qr = QrCodeWidget(qr_payload(doc))
    x0, y0, x1, y1 = qr.getBounds()
    drawing = Drawing(22 * mm, 22 * mm, transform=[22 * mm / (x1 - x0), 0, 0, 22 * mm / (y1 - y0), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, c, 12 * mm, 12 * mm)
    c.setFont(regular, 8)
    c.drawString(40 * mm, 20 * mm, verification_text(doc))
    c.showPage()
    c.save()
    return out.getvalue()


def main(repeat: int = 30) -> dict[str, float]:
    regular, bold = register_fonts()
    doc = sample()
    prescription_pdf(doc)  # warm: first use loads and subsets the TTF files
    bare(doc, regular, bold)
    ours, floor = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        prescription_pdf(doc)
        ours.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        bare(doc, regular, bold)
        floor.append((time.perf_counter() - t) * 1000)
    a, b = statistics.median(ours), statistics.median(floor)
    return {"ours_ms": a, "bare_ms": b, "ratio": a / b, "ours_max_ms": max(ours)}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)), flush=True)
