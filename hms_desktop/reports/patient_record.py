"""A patient's record as an A4 PDF (data in, PDF out): the same dictionary as the JSON export.

Sections in order: the patient, visits with vitals, consultations with diagnoses, prescriptions,
invoices with payments, and the access log. Every page says whose record it is and "Page n of m".
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from hms_desktop.reports.styles import (
    BOLD,
    MUTED,
    REGULAR,
    markup,
    mm,
    numbered_canvas,
    paged_document,
    paragraph_style,
)

MARGIN = 15 * mm
FOOTER = 10 * mm
HEADER = 10 * mm
H1 = paragraph_style("rec-h1", 15, bold=True, space_after=4)
H2 = paragraph_style("rec-h2", 11.5, bold=True, space_after=3)
BODY = paragraph_style("rec-body", 8.5)
SMALL = paragraph_style("rec-small", 7.5, colour=MUTED)
VITAL_NAMES = {
    "resp_rate": "RR",
    "spo2": "SpO₂ %",
    "on_oxygen": "O₂",
    "systolic_bp": "BP sys",
    "diastolic_bp": "BP dia",
    "pulse": "Pulse",
    "temperature_c": "Temp °C",
    "consciousness": "ACVPU",
    "pain_score": "Pain",
    "glucose_mgdl": "Glucose",
    "weight_kg": "Weight kg",
    "news2_score": "NEWS2",
}
PATIENT_FIELDS = (
    ("mrn", "MRN"),
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("sex", "Sex"),
    ("date_of_birth", "Date of birth"),
    ("phone", "Mobile"),
    ("landline", "Landline"),
    ("email", "E-mail"),
    ("address", "Address"),
    ("city", "City"),
    ("pin_code", "PIN code"),
    ("blood_group", "Blood group"),
    ("abha_number", "ABHA number"),
    ("abha_address", "ABHA address"),
    ("allergies", "Allergies"),
    ("emergency_name", "Emergency contact"),
    ("emergency_phone", "Emergency phone"),
    ("old_id", "Old system id"),
    ("created_at", "Registered (UTC)"),
)


def _p(text: Any, style: Any = BODY) -> Paragraph:
    return Paragraph(markup("" if text is None else str(text)), style)


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
    data = [[_p(h, SMALL) for h in header]] + [[_p(c) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the default would add an unembedded Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def _value(v: Any) -> str:
    return ("yes" if v else "no") if isinstance(v, bool) else str(v)


def _diagnosis(d: dict[str, Any]) -> str:
    code = f"{d['code']} " if d["code"] else ""
    return f"{code}{d['description']}{' (primary)' if d['primary'] else ''}"


def _story(record: dict[str, Any], inner: float) -> list[Any]:
    p = record["patient"]
    name = " ".join(x for x in (p.get("first_name"), p.get("last_name")) if x)
    story: list[Any] = [
        _p(f"Patient record — {name}", H1),
        _p(
            f"{p.get('mrn')} · prepared {record['generated_at'][:16].replace('T', ' ')} by "
            f"{record['generated_by']} at the patient's request (DPDP Act, right of access)",
            SMALL,
        ),
        Spacer(1, 4 * mm),
        _p("The patient", H2),
        _table(
            ["Field", "Value"],
            [[label, p.get(key)] for key, label in PATIENT_FIELDS if p.get(key) not in (None, "")],
            [0.28 * inner, 0.72 * inner],
        ),
    ]

    def section(title: str, header: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        story.append(Spacer(1, 5 * mm))
        story.append(_p(f"{title} ({len(rows)})", H2))
        if rows:
            story.append(_table(header, rows, [w * inner for w in widths]))
        else:
            story.append(_p("None recorded.", SMALL))

    section(
        "Visits and vitals",
        ["Date", "Token", "Doctor", "Complaint", "Triage", "Vitals"],
        [
            [
                v["date"],
                v["token"],
                v["doctor"],
                v["complaint"],
                v["triage"],
                ", ".join(f"{VITAL_NAMES.get(k, k)} {_value(val)}" for k, val in v["vitals"].items()),
            ]
            for v in record["visits"]
        ],
        [0.11, 0.09, 0.17, 0.25, 0.08, 0.30],
    )
    section(
        "Consultations and diagnoses",
        ["Date", "Doctor", "Assessment / plan", "Diagnoses"],
        [
            [
                c["started"][:10],
                c["doctor"],
                " / ".join(x for x in (c["assessment"], c["plan"], c["advice"]) if x),
                "; ".join(_diagnosis(d) for d in c["diagnoses"]),
            ]
            for c in record["consultations"]
        ],
        [0.11, 0.17, 0.40, 0.32],
    )
    section(
        "Prescriptions",
        ["Issued", "Doctor", "Medicines"],
        [
            [
                rx["issued"][:10] + f" (v{rx['version']})",
                rx["doctor"],
                "; ".join(
                    " ".join(
                        str(x)
                        for x in (
                            ln.get("generic_name"),
                            ln.get("strength"),
                            ln.get("dose"),
                            ln.get("frequency"),
                            f"{ln['duration_days']} days" if ln.get("duration_days") else None,
                        )
                        if x
                    )
                    for ln in rx["lines"]
                ),
            ]
            for rx in record["prescriptions"]
        ],
        [0.15, 0.20, 0.65],
    )
    section(
        "Invoices and payments",
        ["Date", "Number", "Items", "Total ₹", "Paid"],
        [
            [
                inv["date"],
                inv["number"],
                "; ".join(f"{ln['description']} × {ln['quantity']}" for ln in inv["lines"]),
                inv["total"],
                "; ".join(f"{py['mode']} ₹{py['amount']}" for py in inv["payments"]) + f" ({inv['status']})",
            ]
            for inv in record["invoices"]
        ],
        [0.11, 0.20, 0.37, 0.11, 0.21],
    )
    section(
        "Who saw or changed this record",
        ["When (UTC)", "Who", "What", "Outcome", "Workstation"],
        [
            [a["when"][:19].replace("T", " "), a["who"], a["what"], a["outcome"], a["workstation"]]
            for a in record["access_log"]
        ],
        [0.22, 0.16, 0.30, 0.10, 0.22],
    )
    return story


def build_patient_record(record: dict[str, Any], out: BinaryIO) -> None:
    width, _height = A4
    inner = width - 2 * MARGIN
    p = record["patient"]
    name = " ".join(x for x in (p.get("first_name"), p.get("last_name")) if x)

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(MARGIN, MARGIN, f"Patient record of {name}, {p.get('mrn')} — confidential")
        canvas.drawRightString(width - MARGIN, MARGIN, f"Page {page} of {total}")
        if page > 1:
            canvas.setFont(BOLD, 8)
            canvas.drawString(MARGIN, A4[1] - MARGIN - 4 * mm, f"{name} · {p.get('mrn')}")

    doc = paged_document(
        out,
        A4,
        margin=MARGIN,
        footer=FOOTER,
        running_header=HEADER,
        title=f"Patient record {p.get('mrn')}",
        author="HMS Desktop",
        subject="Patient record (right of access)",
    )
    doc.build(_story(record, inner), canvasmaker=numbered_canvas(decorate))
