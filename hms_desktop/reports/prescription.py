"""The printed prescription (A5 portrait by default, A4 on request) that the patient takes to a pharmacy.

Laid out for an Indian pharmacist and the NMC/MCI rules (DOMAIN.md section 3): the doctor's
registration number sits in the letterhead, over the signature and in the running header of later
pages; generic names are printed in CAPITALS and numbered; allergies stand out in an outlined box.
Each drug line is one table row, and reportlab never splits a row, so a line is never torn across
pages. Every page carries the verification code and a QR code of it with the content hash, so the
clinic can check a paper copy; later pages repeat the doctor and patient and say "Page 2 of 3".
When the patient prefers another language, each line also says for the patient, in English and in
that language, when and for how long to take it (domain.instructions; the advice prints as typed).

The output is deterministic (reportlab's ``invariant`` mode fixes the creation date and document
id): a reprint of the same prescription is byte-identical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hms_desktop.domain.documents import PrescriptionDoc, PrescriptionLineDoc
from hms_desktop.domain.instructions import LanguagePack, instruction_text, shipped_packs
from hms_desktop.reports.styles import (
    INK,
    MUTED,
    REGULAR,
    RULE,
    fit_font_size,
    markup,
    mm,
    numbered_canvas,
    paged_document,
    paragraph_style,
    register_fonts,
)

PrescriptionData = PrescriptionDoc
PrescriptionLineData = PrescriptionLineDoc


MARGIN = 12 * mm
QR_SIZE = 22 * mm
FOOTER_HEIGHT = QR_SIZE + 3 * mm  # the QR, then a gap and the rule above it
RUNNING_HEADER = 11 * mm  # pages 2.. start with the doctor and the patient
LOGO_SIZE = 17 * mm
ALERT = colors.HexColor("#C62828")  # the allergy box outline; its text stays black for mono printers
ACCENT = colors.HexColor("#1F3A5F")  # the clinic name; dark enough to print as near-black
HAIRLINE = colors.HexColor("#B0B0B0")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Frequency codes, expanded in brackets for the patient (the code itself stays for the pharmacist).
FREQUENCIES = {
    "OD": "once a day",
    "QD": "once a day",
    "BD": "twice a day",
    "BID": "twice a day",
    "TDS": "three times a day",
    "TID": "three times a day",
    "QID": "four times a day",
    "QDS": "four times a day",
    "HS": "at bedtime",
    "QHS": "at bedtime",
    "SOS": "when needed",
    "PRN": "when needed",
    "STAT": "immediately, once",
    "AC": "before food",
    "PC": "after food",
}
_AS_NEEDED = {"SOS", "PRN"}
_DAY_PARTS = {3: ("morning", "afternoon", "night"), 4: ("morning", "afternoon", "evening", "night")}
_DOSE_PART = re.compile(r"^(\d+(\.\d+)?|½|¼|¾|1½)$")


def build_prescription(doc: PrescriptionData, out: BinaryIO | str | Path) -> None:
    """Write ``doc`` as a PDF (A5 portrait unless ``doc.paper_size`` is 'A4') to ``out``."""
    page = A4 if doc.paper_size.strip().upper() == "A4" else A5
    styles = _Styles.for_page(page)
    frame_width = page[0] - 2 * MARGIN
    target = str(out) if isinstance(out, Path) else out
    template = paged_document(
        target,
        page,
        margin=MARGIN,
        footer=FOOTER_HEIGHT,
        running_header=RUNNING_HEADER,
        title=f"Prescription {doc.verify_code}",
        author=doc.doctor_name,
        subject=f"Prescription for {doc.patient_name}",
    )
    decorate = _PageDecorator(doc, page, styles)
    template.build(_story(doc, styles, frame_width), canvasmaker=numbered_canvas(decorate))


def prescription_pdf(doc: PrescriptionData) -> bytes:
    """The prescription as PDF bytes (for the preview dialog, e-mail or a printer queue)."""
    buffer = io.BytesIO()
    build_prescription(doc, buffer)
    return buffer.getvalue()


# --- words ----------------------------------------------------------------------------------------


def date_text(day: dt.date) -> str:
    """'30 Nov 2026' (no locale month names: the printout reads the same on every desk)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def issued_text(at: dt.datetime) -> str:
    """'23 Nov 2026, 10:42' in the zone ``at`` carries (the clinic's)."""
    return f"{date_text(at)}, {at:%H:%M}"


def follow_up_text(day: dt.date) -> str:
    return f"Review on {date_text(day)} ({day:%A})"


def quantity_text(quantity: Decimal) -> str:
    """15 for 15.00, 7.5 for 7.50: a pharmacist reads '15.00 tablets' as odd."""
    if quantity == quantity.to_integral_value():
        return str(int(quantity))
    return format(quantity.normalize(), "f")


def frequency_text(frequency: str | None, sos_min_hours: int | None) -> str | None:
    """'TDS (three times a day)', 'SOS (when needed, not more often than every 6 hours)', '1-0-1 (...)'."""
    code = (frequency or "").strip()
    meaning = FREQUENCIES.get(code.upper().replace(".", ""))
    if meaning is None and code:
        meaning = _day_parts(code)
    notes = [meaning] if meaning else []
    if sos_min_hours is not None and sos_min_hours > 0:
        every = "every hour" if sos_min_hours == 1 else f"every {sos_min_hours} hours"
        if not code:
            code, notes = "SOS", ["when needed"]
        notes.append(f"not more often than {every}")
    if not code:
        return None
    return f"{code} ({', '.join(notes)})" if notes else code


def _day_parts(code: str) -> str | None:
    """'1-0-1' -> '1 morning, 1 night' (the Indian morning-afternoon-night notation)."""
    parts = [p.strip() for p in code.split("-")]
    names = _DAY_PARTS.get(len(parts))
    if names is None or not all(_DOSE_PART.match(p) for p in parts):
        return None
    taken = [f"{p} {name}" for p, name in zip(parts, names, strict=True) if p not in ("0", "0.0")]
    return ", ".join(taken) or None


def drug_title(line: PrescriptionLineData) -> str:
    """'PARACETAMOL 500 mg tablet' as plain text (the PDF sets the generic name in bold)."""
    parts = [line.generic_name.strip().upper(), *_present(line.strength, line.dosage_form)]
    return " ".join(parts)


def drug_directions(line: PrescriptionLineData) -> str:
    """'1 tablet · oral · TDS (three times a day) · for 5 days · Qty: 15 · after food'."""
    parts = _present(line.dose, line.route, frequency_text(line.frequency, line.sos_min_hours))
    if line.duration_days is not None:
        parts.append(f"for {line.duration_days} day{'' if line.duration_days == 1 else 's'}")
    if line.quantity is not None:
        parts.append(f"Qty: {quantity_text(line.quantity)}")
    parts += _present(line.instructions)
    return " · ".join(parts)


def patient_lines(line: PrescriptionLineData, pack: LanguagePack | None) -> tuple[str, str] | None:
    """The line's frequency, timing and duration for the patient, in English and in ``pack``'s
    language; None without a language other than English, or when the line says none of them."""
    if pack is None:
        return None
    english = instruction_text(line.frequency, line.sos_min_hours, line.duration_days, line.instructions)
    local = instruction_text(line.frequency, line.sos_min_hours, line.duration_days, line.instructions, pack)
    return (english, local) if english and local else None


def language_pack(doc: PrescriptionData) -> LanguagePack | None:
    """The shipped wording for the patient's language (None: English only, or a file since removed)."""
    return shipped_packs().get(doc.patient_language or "")


def registration_text(doc: PrescriptionData) -> str:
    council = (doc.doctor_reg_council or "").strip()
    return f"Reg. No. {doc.doctor_reg_number}" + (f" ({council})" if council else "")


def verification_text(doc: PrescriptionData) -> str:
    """'Verification code: ABCD-1234 · version 2 (amends WXYZ-5678)'."""
    text = f"Verification code: {doc.verify_code} · version {doc.version_no}"
    if doc.supersedes_code:
        text += f" (amends {doc.supersedes_code})"
    return text


def qr_payload(doc: PrescriptionData) -> str:
    """What the QR code carries: the code and the start of the content hash."""
    return f"HMS-RX:{doc.verify_code}:{doc.content_sha256[:16]}"


def _present(*values: str | None) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


# --- styles ---------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Styles:
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
    def for_page(cls, page: tuple[float, float]) -> _Styles:
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


# --- the story ------------------------------------------------------------------------------------


def _story(doc: PrescriptionData, st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        NextPageTemplate("later"),
        _letterhead(doc, st, width),
        HRFlowable(width="100%", thickness=1.4, color=INK, spaceBefore=2.5 * mm, spaceAfter=2.5 * mm),
        _patient_block(doc, st, width),
        Spacer(1, 2.5 * mm),
        _allergy_box(doc, st, width),
    ]
    diagnoses = _present(*doc.diagnoses)
    if diagnoses:
        story += [Spacer(1, 2.5 * mm), Paragraph("DIAGNOSIS", st.heading)]
        story += [Paragraph(markup(d), st.body) for d in diagnoses]
    story.append(Spacer(1, 2 * mm))
    blocks = _drug_lines(doc.lines, st, language_pack(doc))
    story += [KeepTogether(block) for block in blocks[:-1]]
    if not blocks:
        story += [Paragraph("Rx", st.rx), Paragraph("No medicines prescribed.", st.body)]
    advice = [a for a in (doc.advice or "").splitlines() if a.strip()]
    closing: list[Flowable] = []
    if advice:
        closing += [Spacer(1, 2.5 * mm), Paragraph("ADVICE", st.heading)]
        closing += [Paragraph(markup(a.strip()), st.body) for a in advice]
    closing += [Spacer(1, 2 * mm), _signature(doc, st, width)]
    # The signature never sits on a page of its own: it keeps the last drug line (and the advice)
    # with it, so whatever page it signs shows a medicine.
    # (KeepTogether inside KeepTogether always splits: the last block's flowables go in directly.)
    story.append(KeepTogether([*(blocks[-1] if blocks else []), *closing]))
    return story


def _letterhead(doc: PrescriptionData, st: _Styles, width: float) -> Flowable:
    _, bold = register_fonts()
    clinic_size = fit_font_size(doc.clinic_name, bold, width * 0.55, st.clinic.fontSize, 11 * st.scale)
    clinic_style = st.clinic.clone("rx-clinic-fit", fontSize=clinic_size, leading=clinic_size * 1.18)
    clinic: list[Flowable] = [Paragraph(markup(doc.clinic_name), clinic_style)]
    clinic += [Paragraph(markup(a), st.contact) for a in (doc.clinic_address or "").splitlines() if a.strip()]
    reach = _present(
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
    table = _grid(
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


def _grid(rows: list[list[Any]], widths: list[float], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A borderless table of paragraphs (the font named, so no Helvetica creeps into the page)."""
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                *extra,
            ]
        )
    )
    return table


def _patient_block(doc: PrescriptionData, st: _Styles, width: float) -> Flowable:
    details = [markup(doc.patient_age_sex.strip())]
    if doc.patient_weight_kg is not None:
        details.append(f"Wt {quantity_text(doc.patient_weight_kg)} kg")
    ids = [f"MRN: <b>{markup(doc.patient_mrn)}</b>"]
    if doc.patient_abha and doc.patient_abha.strip():
        ids.append(f"ABHA: {markup(doc.patient_abha.strip())}")
    left = [
        Paragraph(
            f"<b>{markup(doc.patient_name)}</b>",
            st.body.clone("rx-patient", fontSize=st.body.fontSize + 1, leading=(st.body.fontSize + 1) * 1.2),
        ),
        Paragraph(" · ".join(details), st.body),
        Paragraph(" · ".join(ids), st.body),
    ]
    if doc.patient_address and doc.patient_address.strip():  # D&C Rules r.65(10)(b)
        left.append(Paragraph(markup(doc.patient_address.strip()), st.body))
    right = [
        Paragraph("Date", st.label.clone("rx-label-right", alignment=TA_RIGHT)),
        Paragraph(f"<b>{markup(issued_text(doc.issued_at))}</b>", st.body_right),
    ]
    right_width = 34 * mm * st.scale
    return _grid([[left, right]], [width - right_width, right_width])


def _allergy_box(doc: PrescriptionData, st: _Styles, width: float) -> Flowable:
    allergies = (doc.allergies or "").strip()
    confirmed = f" ({markup(doc.allergy_confirmed)})" if doc.allergy_confirmed else ""
    if allergies:
        text = Paragraph(f"ALLERGIES: {markup(allergies)}", st.allergy)
        border: tuple[Any, ...] = ("BOX", (0, 0), (-1, -1), 1.4, ALERT)
    elif doc.allergy_status == "nkda":
        # only a confirmed "none" is printed as none (DOMAIN.md section 6)
        text = Paragraph(f"No known allergies{confirmed}", st.body)
        border = ("BOX", (0, 0), (-1, -1), 0.6, HAIRLINE)
    else:
        text = Paragraph("<b>Allergies: not recorded</b> (ask the patient before dispensing)", st.body)
        border = ("BOX", (0, 0), (-1, -1), 1.0, INK)
    pad = 2.2 * mm
    return _grid(
        [[text]],
        [width],
        [
            border,
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.9 * mm),
        ],
    )


def _drug_lines(
    lines: Sequence[PrescriptionLineData], st: _Styles, pack: LanguagePack | None = None
) -> list[list[Flowable]]:
    """'Rx', then one block per drug, each to be kept together (never torn across two pages).

    The heading travels with the first drug, so it never stands alone at the foot of a page.
    """
    _, bold = register_fonts()
    numbers = [line.line_no if line.line_no > 0 else i for i, line in enumerate(lines, start=1)]
    widest = max((stringWidth(f"{n}.", bold, st.drug.fontSize) for n in numbers), default=0.0)
    indent = max(7 * mm * st.scale, widest + 3.5 * mm)  # '10.' must not wrap under its drug
    title_style = st.drug.clone("rx-drug-line", leftIndent=indent, bulletIndent=1.5 * mm, bulletFontName=bold)
    directions_style = st.directions.clone("rx-directions-line", leftIndent=indent)
    patient_style = st.directions.clone(
        "rx-patient-line",
        leftIndent=indent + 2 * mm,
        fontSize=st.directions.fontSize + 0.6,
        leading=(st.directions.fontSize + 0.6) * 1.45,  # room for matras above and below the line
        spaceBefore=0.8 * mm,
    )
    heading: Flowable = Paragraph("Rx", st.rx)
    blocks: list[list[Flowable]] = []
    for index, (number, line) in enumerate(zip(numbers, lines, strict=True)):
        title = f"<b>{markup(line.generic_name.strip().upper())}</b>"
        rest = _present(line.strength, line.dosage_form)
        if rest:
            title += " " + markup(" ".join(rest))
        if line.brand_name and line.brand_name.strip():
            small = round(st.drug.fontSize * 0.78, 1)
            title += f' <font size="{small}" color="#444444">({markup(line.brand_name.strip())})</font>'
        block: list[Flowable] = [Paragraph(title, title_style, bulletText=f"{number}.")]
        directions = drug_directions(line)
        if directions:
            # no-break spaces: no line starts with a '·' or ends with a bare 'Qty:'
            block.append(
                Paragraph(
                    markup(directions).replace(" · ", "\u00a0· ").replace("Qty: ", "Qty:\u00a0"),
                    directions_style,
                )
            )
        for_patient = patient_lines(line, pack)
        if for_patient is not None:
            english, local = for_patient
            block.append(Paragraph(f"{markup(english)}<br/><b>{markup(local)}</b>", patient_style))
        if index < len(lines) - 1:
            block.append(HRFlowable(width="100%", thickness=0.4, color=HAIRLINE, spaceBefore=1.5 * mm))
        block.insert(0, Spacer(1, 1.3 * mm))
        if index == 0:
            block.insert(0, heading)
        blocks.append(block)
    return blocks


def _signature(doc: PrescriptionData, st: _Styles, width: float) -> Flowable:
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
    return _grid([[left, cell]], [width - block_width, block_width])


def _unbroken_registration(doc: PrescriptionData) -> str:
    """The Reg. No. as markup that wraps only before the council, never inside the number."""
    head, _, council = registration_text(doc).partition(" (")
    text = markup(head).replace(" ", "\u00a0")
    if council:
        text += " " + markup("(" + council).replace(" ", "\u00a0")
    return text


# --- every page: the running header (pages 2..) and the footer ------------------------------------


class _PageDecorator:
    """Draws what each page carries once the page count is known (see ``styles.numbered_canvas``)."""

    def __init__(self, doc: PrescriptionData, page: tuple[float, float], st: _Styles) -> None:
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
