"""The A5 / A4 billing page's furniture: its styles, the letterhead (logo, supplier block, title and
DUPLICATE stamp), the parties box, the signature block with the UPI QR code, and the running header
and footer ("Page n of m") every page carries."""

from __future__ import annotations

import dataclasses
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from hms_desktop.domain.documents import InvoiceDoc
from hms_desktop.reports.branding import logo_flowable, qr_drawing, upi_caption
from hms_desktop.reports.common import date_text, grid
from hms_desktop.reports.invoice_words import (
    FOOTNOTE,
    is_credit_note,
    number_label,
    recipient_lines,
    supplier_lines,
)
from hms_desktop.reports.styles import INK, MUTED, REGULAR, RULE, markup, mm, paragraph_style, register_fonts

MARGIN = 10 * mm
FOOTER_HEIGHT = 9 * mm
RUNNING_HEADER = 11 * mm
HAIRLINE = colors.HexColor("#9A9A9A")


@dataclasses.dataclass(frozen=True)
class InvoiceStyles:
    scale: float
    supplier: Any
    contact: Any
    title: Any
    stamp: Any
    label: Any
    body: Any
    body_bold: Any
    cell: Any
    cell_small: Any
    head: Any
    head_right: Any
    words: Any
    small: Any
    sign: Any

    @classmethod
    def for_page(cls, page: tuple[float, float]) -> InvoiceStyles:
        s = 1.15 if page == A4 else 1.0

        def style(name: str, size: float, **kw: Any) -> Any:
            return paragraph_style(f"inv-{name}", round(size * s, 2), **kw)

        return cls(
            scale=s,
            supplier=style("supplier", 14, bold=True, align=TA_CENTER, space_after=1),
            contact=style("contact", 7.5, align=TA_CENTER, colour=MUTED, leading=9.2 * s),
            title=style("title", 12, bold=True, align=TA_CENTER),
            stamp=style("stamp", 8, bold=True, align=TA_CENTER),
            label=style("label", 6.8, colour=MUTED),
            body=style("body", 7.8),
            body_bold=style("body-bold", 7.8, bold=True),
            cell=style("cell", 6.8, leading=8.2 * s),
            cell_small=style("cell-small", 5.8, colour=MUTED, leading=7 * s),
            head=style("head", 6.4, bold=True, leading=7.6 * s),
            head_right=style("head-right", 6.4, bold=True, align=TA_RIGHT, leading=7.6 * s),
            words=style("words", 7.6, leading=9.4 * s),
            small=style("small", 6.8, colour=MUTED),
            sign=style("sign", 7.8, bold=True, align=TA_RIGHT),
        )


def letterhead(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(markup(doc.supplier_name), st.supplier)]
    for text in supplier_lines(
        doc.supplier_address,
        doc.supplier_state,
        doc.supplier_state_code,
        doc.supplier_gstin,
        doc.supplier_phone,
    ):
        parts.append(Paragraph(markup(text), st.contact))
    logo_side = 24 * mm * st.scale
    logo = logo_flowable(doc.supplier_logo, logo_side, logo_side * 0.8)
    if logo is not None:  # the logo left of the centred name block, balanced by an empty column
        parts = [
            grid(
                [[logo, parts, ""]],
                [logo_side, width - 2 * logo_side, logo_side],
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
            )
        ]
    parts.append(HRFlowable(width="100%", thickness=1.2, color=INK, spaceBefore=2 * mm, spaceAfter=1.5 * mm))
    side = 26 * mm * st.scale
    mark: Any = ""
    if doc.duplicate:
        mark = stamp("DUPLICATE", st)
    title = grid(
        [["", Paragraph(markup(doc.title.strip().upper()), st.title), mark]],
        [side, width - 2 * side, side],
        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 0), (2, 0), "RIGHT")],
    )
    parts.append(title)
    return parts


def stamp(text: str, st: InvoiceStyles) -> Table:
    """A boxed label ('DUPLICATE') beside the title: visible, hiding nothing."""
    size = st.stamp.fontSize
    _, bold = register_fonts()
    w = stringWidth(text, bold, size) + 3 * mm
    table = Table([[Paragraph(text, st.stamp)]], colWidths=[w])
    table.hAlign = "RIGHT"
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def labelled(label: str, value: str, st: InvoiceStyles, bold: bool = False) -> Paragraph:
    text = f'<font color="#444444">{markup(label)}:</font> {markup(value)}'
    return Paragraph(f"<b>{text}</b>" if bold else text, st.body)


def parties(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> Flowable:
    """Recipient at the left; number, date, place of supply and reverse charge at the right."""
    left: list[Flowable] = [
        Paragraph("BILLED TO" if not is_credit_note(doc) else "ISSUED TO", st.label),
        Paragraph(f"<b>{markup(doc.patient_name)}</b>", st.body),
    ]
    for label, text in recipient_lines(doc):
        left.append(labelled(label, text, st) if label else Paragraph(markup(text), st.body))
    if doc.doctor_name and doc.doctor_name.strip():
        left.append(labelled("Doctor", doc.doctor_name.strip(), st))
    if doc.doctor_reg_number and doc.doctor_reg_number.strip():
        left.append(Paragraph(markup(f"Reg. No. {doc.doctor_reg_number.strip()}"), st.body))
    right: list[Flowable] = [
        labelled(number_label(doc), doc.doc_number, st, bold=True),
        labelled("Date", f"{date_text(doc.doc_date)}, {doc.issued_at:%H:%M}", st),
        labelled("Place of supply", doc.place_of_supply, st),
        Paragraph(f"Reverse charge: {'Yes' if doc.reverse_charge else 'No'}", st.body),
    ]
    half = width / 2
    pad = 2 * mm
    return grid(
        [[left, right]],
        [half, width - half],
        [
            ("BOX", (0, 0), (-1, -1), RULE, INK),
            ("LINEAFTER", (0, 0), (0, 0), RULE, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ],
    )


def signature(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> Flowable:
    block = min(62 * mm * st.scale, width * 0.5)
    right = [
        Paragraph(f"For {markup(doc.supplier_name)}", st.sign),
        Spacer(1, 11 * mm),
        HRFlowable(width="100%", thickness=RULE, color=INK, spaceAfter=1 * mm),
        Paragraph("Authorised signatory", st.body.clone("inv-sign-under", alignment=TA_RIGHT)),
    ]
    left: list[Flowable] = [Spacer(1, 14 * mm), Paragraph(FOOTNOTE, st.small)]
    if doc.upi_uri:
        side = 24 * mm * st.scale
        scan = grid(
            [[qr_drawing(doc.upi_uri, side), Paragraph(markup(upi_caption(doc.balance_due)), st.small)]],
            [side + 2 * mm, width - block - side - 4 * mm],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        )
        left = [scan, Spacer(1, 1 * mm), Paragraph(FOOTNOTE, st.small)]
    return grid([[left, right]], [width - block, block])


class PageDecorator:
    """The running header (pages 2..) and the footer with 'Page n of m', once the count is known."""

    def __init__(self, doc: InvoiceDoc, page: tuple[float, float], st: InvoiceStyles) -> None:
        self.doc = doc
        self.width, self.height = page
        self.st = st

    def __call__(self, canvas: Canvas, number: int, total: int) -> None:
        regular, bold = register_fonts()
        doc, s = self.doc, self.st.scale
        right_x = self.width - MARGIN
        canvas.saveState()
        canvas.setFillColor(INK)
        if number > 1:
            # who and which document, so a loose page is traceable
            top = self.height - MARGIN
            canvas.setFont(bold, 8 * s)
            canvas.drawString(
                MARGIN, top - 3 * mm, f"{doc.title.strip().upper()} {doc.doc_number} (continued)"
            )
            canvas.setFont(regular, 7 * s)
            canvas.drawString(MARGIN, top - 6.2 * mm, f"{doc.patient_name} · MRN {doc.patient_mrn}")
            canvas.drawRightString(right_x, top - 6.2 * mm, date_text(doc.doc_date))
            canvas.setLineWidth(RULE)
            canvas.line(MARGIN, top - 7.8 * mm, right_x, top - 7.8 * mm)
        y = MARGIN + 1 * mm
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(RULE)
        canvas.line(MARGIN, MARGIN + FOOTER_HEIGHT - 3 * mm, right_x, MARGIN + FOOTER_HEIGHT - 3 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(regular, 6.8 * s)
        canvas.drawString(MARGIN, y, f"{doc.supplier_name} · {number_label(doc)} {doc.doc_number}")
        canvas.setFont(bold if doc.duplicate else regular, 7 * s)
        canvas.setFillColor(INK)
        tail = f"Page {number} of {total}"
        if doc.duplicate:
            tail = f"DUPLICATE  ·  {tail}"
        canvas.drawRightString(right_x, y, tail)
        canvas.restoreState()
