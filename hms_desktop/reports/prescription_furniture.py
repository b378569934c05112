"""The prescription page's furniture: its styles, the letterhead (logo, clinic, doctor with the
registration), the signature block, and what every page carries - the running header on pages
2.. and the footer with the verification code, its QR code and "Page n of m"."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer

from hms_desktop.domain.documents import PrescriptionDoc
from hms_desktop.reports.common import grid
from hms_desktop.reports.prescription_words import (
    follow_up_text,
    issued_text,
    present,
    qr_payload,
    registration_text,
    verification_text,
)
from hms_desktop.reports.styles import (
    INK,
    MUTED,
    REGULAR,
    RULE,
    fit_font_size,
    markup,
    mm,
    paragraph_style,
    register_fonts,
)

MARGIN = 12 * mm
QR_SIZE = 22 * mm
FOOTER_HEIGHT = QR_SIZE + 3 * mm  # the QR, then a gap and the rule above it
RUNNING_HEADER = 11 * mm  # pages 2.. start with the doctor and the patient
LOGO_SIZE = 17 * mm
ACCENT = colors.HexColor("#1F3A5F")  # the clinic name; dark enough to print as near-black
HAIRLINE = colors.HexColor("#B0B0B0")


@dataclasses.dataclass(frozen=True)
class RxStyles:
    """Paragraph styles at one scale: A5 is the reference, A4 is set a little larger."""

    scale: float
    clinic: Any
    contact: Any
    doctor: Any
    doctor_detail: Any
    label: Any
    body: Any
    body_right: Any
    heading: Any
    rx: Any
    drug: Any
    directions: Any
    allergy: Any
    follow_up: Any
    signature: Any
    signature_detail: Any
    footer: Any
    footer_bold: Any

    @classmethod
    def for_page(cls, page: tuple[float, float]) -> RxStyles:
        s = 1.12 if page == A4 else 1.0

        def style(name: str, size: float, **kw: Any) -> Any:
            return paragraph_style(f"rx-{name}", round(size * s, 2), **kw)

        return cls(
            scale=s,
            clinic=style("clinic", 15, bold=True, colour=ACCENT, space_after=1.5),
            contact=style("contact", 7.5, colour=MUTED, leading=9.2 * s),
            doctor=style("doctor", 10, bold=True, align=TA_RIGHT, space_after=1),
            doctor_detail=style("doctor-detail", 7.5, align=TA_RIGHT, leading=9.2 * s),
            label=style("label", 7, colour=MUTED),
            body=style("body", 8.8),
            body_right=style("body-right", 8.8, align=TA_RIGHT),
            heading=style("heading", 8, bold=True, colour=MUTED, space_after=1),
            rx=style("rx", 15, bold=True, leading=17 * s),
            drug=style("drug", 10, leading=12.5 * s),
            directions=style("directions", 8.6, leading=10.8 * s),
            allergy=style("allergy", 9.2, bold=True, leading=11.5 * s),
            follow_up=style("follow-up", 9.5, bold=True),
            signature=style("signature", 9.2, bold=True, align=TA_RIGHT),
            signature_detail=style("signature-detail", 7.5, align=TA_RIGHT),
            footer=style("footer", 7, colour=MUTED, leading=8.6 * s),
            footer_bold=style("footer-bold", 8, bold=True, leading=10 * s),
        )


def letterhead(doc: PrescriptionDoc, st: RxStyles, width: float) -> Flowable:
    _, bold = register_fonts()
    clinic_size = fit_font_size(doc.clinic_name, bold, width * 0.55, st.clinic.fontSize, 11 * st.scale)
    clinic_style = st.clinic.clone("rx-clinic-fit", fontSize=clinic_size, leading=clinic_size * 1.18)
    clinic: list[Flowable] = [Paragraph(markup(doc.clinic_name), clinic_style)]
    clinic += [Paragraph(markup(a), st.contact) for a in (doc.clinic_address or "").splitlines() if a.strip()]
    reach = present(
        f"Ph: {doc.clinic_phone.strip()}" if doc.clinic_phone and doc.clinic_phone.strip() else None,
        doc.clinic_email,
    )
    if reach:
        clinic.append(Paragraph(markup("  ·  ".join(reach)), st.contact))
    doctor: list[Flowable] = [
        Paragraph(markup(doc.doctor_name), st.doctor),
        Paragraph(markup(doc.doctor_qualifications), st.doctor_detail),
    ]
    if doc.doctor_specialisation and doc.doctor_specialisation.strip():
        doctor.append(Paragraph(markup(doc.doctor_specialisation.strip()), st.doctor_detail))
    doctor.append(Paragraph(f"<b>{_unbroken_registration(doc)}</b>", st.doctor_detail))
    logo = _logo(doc.logo_path)
    doctor_width = width * 0.40
    if logo is None:
        row: list[Any] = [clinic, doctor]
        widths = [width - doctor_width, doctor_width]
    else:
        gap = 3 * mm
        row = [logo, clinic, doctor]
        widths = [LOGO_SIZE + gap, width - doctor_width - LOGO_SIZE - gap, doctor_width]
    table = grid(
        [row],
        widths,
        [
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (-2, 0), (-2, 0), 3 * mm),  # clinic text never touches the doctor's
        ],
    )
    return table


def _logo(path: str | None) -> Flowable | None:
    """The clinic logo scaled into a square, or None when there is no readable image at ``path``."""
    if not path or not Path(path).is_file():
        return None
    try:
        reader = ImageReader(path)
        w, h = reader.getSize()
    except Exception:  # an unreadable or non-raster file (an SVG): print without the logo
        return None
    if w <= 0 or h <= 0:
        return None
    factor = LOGO_SIZE / max(w, h)
    image = Image(path, width=w * factor, height=h * factor)
    image.hAlign = "LEFT"
    return image


def signature(doc: PrescriptionDoc, st: RxStyles, width: float) -> Flowable:
    """The follow-up date at the left, the signature space, name and Reg. No. at the right."""
    block_width = min(60 * mm * st.scale, width * 0.55)
    left: list[Flowable] = []
    if doc.follow_up_on is not None:
        left.append(Paragraph(markup(follow_up_text(doc.follow_up_on)), st.follow_up))
    cell = [
        Spacer(1, 10 * mm),
        HRFlowable(width="100%", thickness=RULE, color=INK, spaceAfter=1.2 * mm),
        Paragraph(markup(doc.doctor_name), st.signature),
        Paragraph(markup(doc.doctor_qualifications), st.signature_detail),
        Paragraph(_unbroken_registration(doc), st.signature_detail),
    ]
    return grid([[left, cell]], [width - block_width, block_width])


def _unbroken_registration(doc: PrescriptionDoc) -> str:
    """The Reg. No. as markup that wraps only before the council, never inside the number."""
    head, _, council = registration_text(doc).partition(" (")
    text = markup(head).replace(" ", "\u00a0")
    if council:
        text += " " + markup("(" + council).replace(" ", "\u00a0")
    return text


# --- every page: the running header (pages 2..) and the footer ------------------------------------


class PageDecorator:
    """Draws what each page carries once the page count is known (see ``styles.numbered_canvas``)."""

    def __init__(self, doc: PrescriptionDoc, page: tuple[float, float], st: RxStyles) -> None:
        self.doc = doc
        self.width, self.height = page
        self.st = st
        self.qr = self._qr_drawing(qr_payload(doc))

    @staticmethod
    def _qr_drawing(payload: str) -> Drawing:
        widget = QrCodeWidget(payload, barWidth=QR_SIZE, barHeight=QR_SIZE, barBorder=2, barLevel="M")
        # initialFontName: renderPDF would otherwise select (and name) an unembedded Helvetica
        drawing = Drawing(QR_SIZE, QR_SIZE, initialFontName=REGULAR)
        drawing.add(widget)
        return drawing

    def __call__(self, canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        if number > 1:
            self._running_header(canvas)
        self._footer(canvas, number, total)
        canvas.restoreState()

    def _running_header(self, canvas: Canvas) -> None:
        """Pages 2..: who prescribed (with the Reg. No.) and for whom, so a loose page is traceable."""
        regular, bold = register_fonts()
        doc, half = self.doc, (self.width - 2 * MARGIN) / 2 - 2 * mm
        top, right_x = self.height - MARGIN, self.width - MARGIN
        size, small = 8.5 * self.st.scale, 7 * self.st.scale
        canvas.setFillColor(INK)
        _one_line(
            canvas,
            f"{doc.doctor_name}, {doc.doctor_qualifications}",
            bold,
            size,
            half,
            MARGIN,
            top - 3.2 * mm,
        )
        patient = f"{doc.patient_name} · {doc.patient_age_sex} · MRN {doc.patient_mrn}"
        _one_line(canvas, patient, bold, size, half, right_x, top - 3.2 * mm, right=True)
        canvas.setFillColor(MUTED)
        _one_line(canvas, registration_text(doc), regular, small, half, MARGIN, top - 6.8 * mm)
        issued = f"Prescription of {issued_text(doc.issued_at)} (continued)"
        _one_line(canvas, issued, regular, small, half, right_x, top - 6.8 * mm, right=True)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(RULE)
        canvas.line(MARGIN, top - 8.6 * mm, right_x, top - 8.6 * mm)

    def _footer(self, canvas: Canvas, number: int, total: int) -> None:
        regular, _ = register_fonts()
        inner = self.width - 2 * MARGIN
        rule_y = MARGIN + QR_SIZE + 1.5 * mm
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(RULE)
        canvas.line(MARGIN, rule_y, self.width - MARGIN, rule_y)
        self.qr.drawOn(canvas, MARGIN, MARGIN)
        text_x = MARGIN + QR_SIZE + 2 * mm
        text_width = inner - QR_SIZE - 2 * mm
        y = rule_y - 2.5 * mm
        for paragraph in (
            Paragraph(markup(verification_text(self.doc)), self.st.footer_bold),
            Paragraph("Check this prescription at the clinic with the code.", self.st.footer),
            Paragraph(
                "Valid with the doctor's signature. Medicines are dispensed as printed; "
                "ask your pharmacist if anything is unclear.",
                self.st.footer,
            ),
        ):
            _, h = paragraph.wrap(text_width, QR_SIZE)
            y -= h
            paragraph.drawOn(canvas, text_x, y)
            y -= 0.8 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(regular, 7.5 * self.st.scale)
        canvas.drawRightString(self.width - MARGIN, MARGIN + 1 * mm, f"Page {number} of {total}")


def _one_line(
    canvas: Canvas,
    text: str,
    font: str,
    size: float,
    width: float,
    x: float,
    y: float,
    *,
    right: bool = False,
) -> None:
    """``text`` on one line within ``width``: shrunk down to 6 pt, then cut with an ellipsis."""
    size = fit_font_size(text, font, width, size, 6)
    if stringWidth(text, font, size) > width:
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        text = text.rstrip() + "…"
    canvas.setFont(font, size)
    if right:
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)
