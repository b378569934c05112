"""The billing documents: tax invoice, bill of supply, invoice-cum-bill of supply and credit note.

Laid out for CGST Rules 46, 46A, 49 and 53 (DOMAIN.md sections 1-2): the supplier's name, address,
State and GSTIN; the document's serial number and date; place of supply and "Reverse charge: No";
the recipient; one row per line with SAC/HSN, taxable value after discount and the tax by head
(CGST + SGST within the State, IGST otherwise; exempt lines say "Exempt"); tax summarised by rate;
the round-off line, the grand total in figures and in words; payments and the balance; and a
signature block. A credit note names the invoice (number and date) it corrects and why.

A5 (default) and A4 are platypus documents: the lines table repeats its header on every page, later
pages carry a running header, and every page says "Page n of m". '80mm' is a thermal-roll version
with the same fields stacked, one page as tall as its content. The output is deterministic
(reportlab ``invariant``): a reprint of the same data is byte-identical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hms_desktop.domain.billing_math import head_rate, rate_text, tax_heads
from hms_desktop.domain.documents import InvoiceDoc, InvoiceLineDoc
from hms_desktop.domain.gst import second_head
from hms_desktop.domain.money import format_inr
from hms_desktop.reports.branding import logo_flowable, qr_drawing, upi_caption
from hms_desktop.reports.shaping import HmsCanvas
from hms_desktop.reports.styles import (
    INK,
    MUTED,
    REGULAR,
    ROLL_MARGIN,
    ROLL_WIDTH,
    RULE,
    markup,
    mm,
    numbered_canvas,
    paged_document,
    paragraph_style,
    register_fonts,
)

MARGIN = 10 * mm
FOOTER_HEIGHT = 9 * mm
RUNNING_HEADER = 11 * mm
ROLL_INNER = ROLL_WIDTH - 2 * ROLL_MARGIN
TEAR_OFF = 6 * mm
HAIRLINE = colors.HexColor("#9A9A9A")
SHADE = colors.HexColor("#E8E8E8")  # header rows: light enough for a mono laser printer
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FOOTNOTE = "This is a computer-generated document."


def build_invoice(doc: InvoiceDoc, out: BinaryIO | str | Path) -> None:
    """Write ``doc`` as a PDF on ``doc.paper`` ('A5', 'A4' or '80mm') to ``out``."""
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    if paper_of(doc.paper) == "80MM":
        _build_roll(doc, target)
    else:
        _build_page(doc, target, A4 if paper_of(doc.paper) == "A4" else A5)


def invoice_pdf(doc: InvoiceDoc) -> bytes:
    """The document as PDF bytes (for the preview dialog, e-mail or a printer queue)."""
    buffer = io.BytesIO()
    build_invoice(doc, buffer)
    return buffer.getvalue()


# --- words ----------------------------------------------------------------------------------------


def paper_of(paper: str) -> str:
    """'80MM', 'A4' or 'A5' (anything unknown)."""
    value = paper.strip().upper().replace(" ", "")
    return value if value in ("80MM", "A4") else "A5"


def date_text(day: dt.date) -> str:
    """'12 Apr 2025' (no locale month names: the printout reads the same on every desk)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def quantity_text(quantity: Decimal) -> str:
    """15 for 15.000, 7.5 for 7.50."""
    if quantity == quantity.to_integral_value():
        return str(int(quantity))
    return format(quantity.normalize(), "f")


def amount(value: Decimal) -> str:
    """A table figure: '1,25,000.50' (Indian grouping, no rupee sign)."""
    return format_inr(value, symbol=False)


def round_off_text(value: Decimal) -> str:
    """'+₹0.30' / '-₹0.20' / '₹0.00'."""
    if value > 0:
        return "+" + format_inr(value)
    return format_inr(value)


def mode_text(mode: str) -> str:
    """'cash' -> 'Cash', 'upi' -> 'UPI', 'card' -> 'Card'."""
    value = mode.strip()
    return value.upper() if value.lower() in ("upi", "neft", "imps", "rtgs") else value.capitalize()


def is_credit_note(doc: InvoiceDoc) -> bool:
    return doc.title.strip().upper() == "CREDIT NOTE" or doc.doc_type.strip().lower() == "credit_note"


def untaxed(line: InvoiceLineDoc) -> bool:
    """Exempt or nil-rated (both exempt supplies, CGST Act s.2(47))."""
    return line.is_exempt or not line.gst_rate


def has_tax(doc: InvoiceDoc) -> bool:
    """Whether any line is taxed above 0% (a bill of supply has no tax columns: Rule 49)."""
    return any(not untaxed(line) for line in doc.lines)


def state_head(doc: InvoiceDoc) -> str:
    """'SGST', or 'UTGST' for a clinic in a Union Territory without a legislature (UTGST Act s.7)."""
    return second_head(doc.supplier_state_code)


def heads(doc: InvoiceDoc) -> list[str]:
    """The tax columns: CGST and SGST/UTGST within the State, IGST otherwise."""
    return ["CGST", state_head(doc)] if doc.intra_state else ["IGST"]


def head_rates(doc: InvoiceDoc) -> list[tuple[str, str]]:
    """('CGST 2.5%', 'CGST') per head from the taxed lines' rates (Rule 46(l): the rate of each tax),
    as the domain's billing arithmetic labels them."""
    taxed = [(ln.gst_rate, ln.cgst, ln.sgst, ln.igst) for ln in doc.lines if not untaxed(ln)]
    return [(h.label, h.head) for h in tax_heads(taxed, doc.intra_state, state_head(doc))]


def untaxed_label(doc: InvoiceDoc) -> str:
    exempt = any(line.is_exempt for line in doc.lines)
    nil = any(not line.is_exempt and not line.gst_rate for line in doc.lines)
    if exempt and nil:
        return "Exempt and nil-rated value"
    return "Nil-rated value" if nil else "Exempt value"


def number_label(doc: InvoiceDoc) -> str:
    title = doc.title.strip().upper()
    if is_credit_note(doc):
        return "Credit note No."
    if title == "BILL OF SUPPLY":
        return "Bill No."
    return "Invoice No."


def against_text(doc: InvoiceDoc) -> str | None:
    """'Against invoice INV/25-26/000123 dated 12 Apr 2025' (a credit note's original)."""
    if not doc.original_number:
        return None
    text = f"Against invoice {doc.original_number}"
    if doc.original_date is not None:
        text += f" dated {date_text(doc.original_date)}"
    return text


def doctor_text(name: str | None, reg: str | None) -> str | None:
    """'Dr. Ananya Hegde (Reg. No. KMC-58213)'."""
    parts = []
    if name and name.strip():
        parts.append(name.strip())
    if reg and reg.strip():
        parts.append(f"(Reg. No. {reg.strip()})" if parts else f"Reg. No. {reg.strip()}")
    return " ".join(parts) or None


def supplier_lines(
    address: str | None, state: str | None, code: str | None, gstin: str | None, phone: str | None
) -> list[str]:
    """The supplier's address lines, then 'State: Karnataka, Code: 29', 'GSTIN: ...', 'Ph: ...'."""
    lines = [a.strip() for a in (address or "").splitlines() if a.strip()]
    if state:
        lines.append(f"State: {state}" + (f", Code: {code}" if code else ""))
    ids = []
    if gstin and gstin.strip():
        ids.append(f"GSTIN: {gstin.strip()}")
    if phone and phone.strip():
        ids.append(f"Ph: {phone.strip()}")
    if ids:
        lines.append("  ·  ".join(ids))
    return lines


def balance_text(doc: InvoiceDoc) -> str | None:
    """'Balance due ₹500.00', 'Paid in full', or None (nothing paid and nothing owed: a credit note)."""
    if is_credit_note(doc):
        return None  # a credit note owes nothing; a refund shows as a payment line
    if doc.balance_due > 0:
        return f"Balance due {format_inr(doc.balance_due)}"
    if doc.payments:
        return "Paid in full"
    return None


def totals_rows(doc: InvoiceDoc) -> list[tuple[str, str]]:
    """The totals block, label and figure, the grand total last."""
    rows: list[tuple[str, str]] = []
    taxed = has_tax(doc)
    if doc.exempt_value or not taxed:
        rows.append((untaxed_label(doc) if taxed else "Total value", format_inr(doc.exempt_value)))
    if taxed:
        rows.append(("Taxable value", format_inr(doc.taxable_value)))
        amounts = {"CGST": doc.cgst, "SGST": doc.sgst, "UTGST": doc.sgst, "IGST": doc.igst}
        rows += [(label, format_inr(amounts[head])) for label, head in head_rates(doc)]
    rows.append(("Round off", round_off_text(doc.round_off)))
    label = "Total credit" if is_credit_note(doc) else "Grand total"
    rows.append((label, format_inr(doc.grand_total)))
    return rows


def untaxed_note(doc: InvoiceDoc) -> str:
    """Why a bill of supply charges no GST (Rule 49)."""
    if not (doc.supplier_gstin or "").strip():
        # a clinic with no GSTIN is not registered and may not collect tax (CGST Act s.9, s.22/s.24)
        return "No GST charged: the supplier is not registered under GST."
    parts = []
    if any(line.is_exempt for line in doc.lines):
        parts.append("health care services exempt (Notification 12/2017-Central Tax (Rate))")
    if any(not line.is_exempt and not line.gst_rate for line in doc.lines):
        parts.append("nil-rated goods")
    return "No GST charged: " + "; ".join(parts or ["exempt supply"]) + "."


def recipient_lines(doc: InvoiceDoc) -> list[tuple[str | None, str]]:
    """(label, text) under BILLED TO: GSTIN, the address lines, 'State: Maharashtra (27)' with the
    address (Rule 46(e), 53(1A)(f)), and the patient when a company is billed."""
    out: list[tuple[str | None, str]] = []
    if doc.recipient_gstin and doc.recipient_gstin.strip():
        out.append(("GSTIN", doc.recipient_gstin.strip()))
    for line in (doc.recipient_address or "").splitlines():
        if line.strip():
            out.append((None, line.strip()))
    if doc.recipient_state:
        out.append(("State", doc.recipient_state))
    if doc.patient_of:
        out.append(("Patient", doc.patient_of))
    else:
        out.append(("MRN", doc.patient_mrn))
    return out


def line_detail(line: InvoiceLineDoc) -> str | None:
    """'Batch B2231 · Exp 03/2027' under a medicine's description."""
    parts = []
    if line.batch_no and line.batch_no.strip():
        parts.append(f"Batch {line.batch_no.strip()}")
    if line.expiry_on is not None:
        parts.append(f"Exp {line.expiry_on:%m/%Y}")
    return " · ".join(parts) or None


# --- the A5 / A4 page -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Styles:
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
    def for_page(cls, page: tuple[float, float]) -> _Styles:
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


def _build_page(doc: InvoiceDoc, target: Any, page: tuple[float, float]) -> None:
    st = _Styles.for_page(page)
    inner = page[0] - 2 * MARGIN
    template = paged_document(
        target,
        page,
        margin=MARGIN,
        footer=FOOTER_HEIGHT,
        running_header=RUNNING_HEADER,
        title=f"{doc.title.title()} {doc.doc_number}",
        author=doc.supplier_name,
        subject=f"{doc.title.title()} for {doc.patient_name}",
    )
    decorate = _PageDecorator(doc, page, st)
    template.build(_story(doc, st, inner), canvasmaker=numbered_canvas(decorate))


def _grid(rows: list[list[Any]], widths: Sequence[float], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A borderless table (the font named, so no Helvetica creeps into the page)."""
    table = Table(rows, colWidths=list(widths))
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


def _story(doc: InvoiceDoc, st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate("later"), *_letterhead(doc, st, width)]
    story += [Spacer(1, 2 * mm), _parties(doc, st, width)]
    against = against_text(doc)
    if against:
        story += [Spacer(1, 1.5 * mm), Paragraph(f"<b>{markup(against)}</b>", st.body)]
    if doc.reason and doc.reason.strip():
        story.append(_labelled("Reason", doc.reason.strip(), st))
    story.append(Spacer(1, 2.5 * mm))
    story.append(_lines_table(doc, st, width))
    closing: list[Flowable] = [Spacer(1, 2.5 * mm), _summary_and_totals(doc, st, width)]
    closing += [
        Spacer(1, 1.5 * mm),
        Paragraph(f"<b>Amount in words:</b> {markup(doc.amount_in_words)}", st.words),
    ]
    if not has_tax(doc):
        closing += [Spacer(1, 1 * mm), Paragraph(markup(untaxed_note(doc)), st.small)]
    story.append(KeepTogether(closing))
    tail: list[Flowable] = []
    if doc.payments:
        tail += [Spacer(1, 2.5 * mm), *_payments(doc, st, width)]
    balance = balance_text(doc)
    if balance:
        tail += [
            Spacer(1, 1.2 * mm),
            Paragraph(f"<b>{markup(balance)}</b>", st.body_bold.clone("inv-bal", alignment=TA_RIGHT)),
        ]
    tail += [Spacer(1, 3 * mm), _signature(doc, st, width)]
    story.append(KeepTogether(tail))
    return story


def _letterhead(doc: InvoiceDoc, st: _Styles, width: float) -> list[Flowable]:
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
            _grid(
                [[logo, parts, ""]],
                [logo_side, width - 2 * logo_side, logo_side],
                [("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
            )
        ]
    parts.append(HRFlowable(width="100%", thickness=1.2, color=INK, spaceBefore=2 * mm, spaceAfter=1.5 * mm))
    side = 26 * mm * st.scale
    stamp: Any = ""
    if doc.duplicate:
        stamp = _stamp("DUPLICATE", st)
    title = _grid(
        [["", Paragraph(markup(doc.title.strip().upper()), st.title), stamp]],
        [side, width - 2 * side, side],
        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 0), (2, 0), "RIGHT")],
    )
    parts.append(title)
    return parts


def _stamp(text: str, st: _Styles) -> Table:
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


def _labelled(label: str, value: str, st: _Styles, bold: bool = False) -> Paragraph:
    text = f'<font color="#444444">{markup(label)}:</font> {markup(value)}'
    return Paragraph(f"<b>{text}</b>" if bold else text, st.body)


def _parties(doc: InvoiceDoc, st: _Styles, width: float) -> Flowable:
    """Recipient at the left; number, date, place of supply and reverse charge at the right."""
    left: list[Flowable] = [
        Paragraph("BILLED TO" if not is_credit_note(doc) else "ISSUED TO", st.label),
        Paragraph(f"<b>{markup(doc.patient_name)}</b>", st.body),
    ]
    for label, text in recipient_lines(doc):
        left.append(_labelled(label, text, st) if label else Paragraph(markup(text), st.body))
    if doc.doctor_name and doc.doctor_name.strip():
        left.append(_labelled("Doctor", doc.doctor_name.strip(), st))
    if doc.doctor_reg_number and doc.doctor_reg_number.strip():
        left.append(Paragraph(markup(f"Reg. No. {doc.doctor_reg_number.strip()}"), st.body))
    right: list[Flowable] = [
        _labelled(number_label(doc), doc.doc_number, st, bold=True),
        _labelled("Date", f"{date_text(doc.doc_date)}, {doc.issued_at:%H:%M}", st),
        _labelled("Place of supply", doc.place_of_supply, st),
        Paragraph(f"Reverse charge: {'Yes' if doc.reverse_charge else 'No'}", st.body),
    ]
    half = width / 2
    pad = 2 * mm
    return _grid(
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


def _columns(doc: InvoiceDoc) -> list[str]:
    cols = ["#", "Description", "SAC/HSN", "Qty", "Rate", "Disc.", "Taxable value"]
    if not has_tax(doc):
        cols[-1] = "Amount"
        return cols
    cols.append("GST %")
    cols += heads(doc)
    cols.append("Total")
    return cols


def _row_values(doc: InvoiceDoc, line: InvoiceLineDoc, number: int) -> list[str]:
    values = [
        str(number),
        "",
        (line.sac_hsn or "").strip(),
        f"{quantity_text(line.quantity)} {line.unit}".strip(),
        amount(line.unit_price),
        amount(line.discount) if line.discount else "-",
        amount(line.taxable_value),
    ]
    if not has_tax(doc):
        return values
    values.append("Exempt" if line.is_exempt else "Nil" if not line.gst_rate else rate_text(line.gst_rate))
    if doc.intra_state:
        values += ["-" if untaxed(line) else amount(line.cgst), "-" if untaxed(line) else amount(line.sgst)]
    else:
        values.append("-" if untaxed(line) else amount(line.igst))
    values.append(amount(line.line_total))
    return values


def _lines_table(doc: InvoiceDoc, st: _Styles, width: float) -> Flowable:
    """One row per line; figures right-aligned; the header row repeats on every page."""
    regular, bold = register_fonts()
    cols = _columns(doc)
    numbers = [line.line_no if line.line_no > 0 else i for i, line in enumerate(doc.lines, start=1)]
    rows = [_row_values(doc, line, n) for line, n in zip(doc.lines, numbers, strict=True)]
    pad = 1.6
    cell, head, small = st.cell, st.head, st.cell_small
    # Each figure column as wide as its widest figure (or the longest word of its heading); the
    # description takes what is left. Shrink the table's type if that leaves too little.
    for shrink in (1.0, 0.93, 0.86, 0.8):
        size, head_size = cell.fontSize * shrink, head.fontSize * shrink
        widths: list[float] = []
        for i, name in enumerate(cols):
            if i == 1:
                widths.append(0.0)
                continue
            font = bold if has_tax(doc) and i == len(cols) - 1 else regular
            widest = max((stringWidth(r[i], font, size) for r in rows), default=0.0)
            word = max(stringWidth(w, bold, head_size) for w in name.split())
            widths.append(max(widest, word) + 2 * pad + 0.5)
        widths[1] = width - sum(widths)
        if widths[1] >= width * 0.24:
            break
    if shrink != 1.0:
        cell = cell.clone("inv-cell-fit", fontSize=size, leading=size * 1.2)
        small = small.clone(
            "inv-small-fit", fontSize=small.fontSize * shrink, leading=small.fontSize * shrink * 1.2
        )
        head = head.clone("inv-head-fit", fontSize=head_size, leading=head_size * 1.2)
    head_right = head.clone("inv-head-right-fit", alignment=TA_RIGHT)
    data: list[list[Any]] = [
        [Paragraph(markup(name), head if i < 3 else head_right) for i, name in enumerate(cols)]
    ]
    for line, values in zip(doc.lines, rows, strict=True):
        desc: list[Flowable] = [Paragraph(markup(line.description), cell)]
        detail = line_detail(line)
        if detail:
            desc.append(Paragraph(markup(detail), small))
        data.append([values[0], desc, *values[2:]])
    if not doc.lines:
        data.append(["", Paragraph("No items.", cell), *[""] * (len(cols) - 2)])
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTSIZE", (0, 1), (-1, -1), cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), cell.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BOX", (0, 0), (-1, -1), RULE, INK),
        ("LINEBELOW", (0, 0), (-1, 0), RULE, INK),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, HAIRLINE),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.3, HAIRLINE),
    ]
    if has_tax(doc):
        commands.append(("ALIGN", (7, 1), (7, -1), "CENTRE"))
        commands.append(("FONTNAME", (-1, 1), (-1, -1), bold))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _summary_and_totals(doc: InvoiceDoc, st: _Styles, width: float) -> Flowable:
    """The tax by rate (left) beside the totals (right)."""
    regular, bold = register_fonts()
    totals_width = min(62 * mm * st.scale, width * 0.46)
    rows = totals_rows(doc)
    size = st.body.fontSize
    totals = Table(
        [[label, value] for label, value in rows],
        colWidths=[totals_width * 0.5, totals_width * 0.5],
    )
    totals.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size * 1.2),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                ("FONTNAME", (0, -1), (-1, -1), bold),
                ("FONTSIZE", (0, -1), (-1, -1), size * 1.25),
                ("LEADING", (0, -1), (-1, -1), size * 1.5),
                ("TOPPADDING", (0, -1), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3),
                ("LINEABOVE", (0, -1), (-1, -1), RULE, INK),
                ("BOX", (0, 0), (-1, -1), RULE, INK),
            ]
        )
    )
    left: Any = ""
    gap = 4 * mm
    if has_tax(doc) and doc.gst_summary:
        left = _gst_summary(doc, st, width - totals_width - gap)
    return _grid([[left, totals]], [width - totals_width, totals_width])


def _gst_summary(doc: InvoiceDoc, st: _Styles, width: float) -> Table:
    regular, bold = register_fonts()
    # each tax with its own rate beside its amount (Rule 46(l)): CGST 2.5% and SGST 2.5%, or IGST 5%
    tax_heads = heads(doc)
    columns = ["GST rate", "Taxable value"]
    for h in tax_heads:
        columns += [f"{h} rate", h]
    head_style = st.head.clone("inv-sum-head", alignment=TA_RIGHT)
    data: list[list[Any]] = [
        [Paragraph(markup(h), st.head if i == 0 else head_style) for i, h in enumerate(columns)]
    ]
    rows = [r for r in doc.gst_summary if r.rate]
    for row in rows:
        values = [rate_text(row.rate), amount(row.taxable_value)]
        if doc.intra_state:
            half = rate_text(head_rate(row.rate, True))
            values += [half, amount(row.cgst), half, amount(row.sgst)]
        else:
            values += [rate_text(row.rate), amount(row.igst)]
        data.append(values)
    total = ["Total", amount(sum((r.taxable_value for r in rows), Decimal(0)))]
    if doc.intra_state:
        total += ["", amount(sum((r.cgst for r in rows), Decimal(0)))]
        total += ["", amount(sum((r.sgst for r in rows), Decimal(0)))]
    else:
        total += ["", amount(sum((r.igst for r in rows), Decimal(0)))]
    data.append(total)
    size = st.cell.fontSize
    table = Table(
        data, colWidths=_summary_widths(columns, data[1:], width, regular, bold, size), hAlign="LEFT"
    )
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size * 1.2),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTNAME", (0, -1), (-1, -1), bold),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BOX", (0, 0), (-1, -1), RULE, INK),
                ("LINEBELOW", (0, 0), (-1, 0), RULE, INK),
                ("LINEABOVE", (0, -1), (-1, -1), RULE, INK),
            ]
        )
    )
    return table


def _summary_widths(
    columns: list[str], rows: list[list[Any]], width: float, regular: str, bold: str, size: float
) -> list[float]:
    """Each column as wide as its widest figure and its heading's longest word (a heading wraps at
    its spaces, never inside a word: "Taxabl/e value" on A5), the room left shared in proportion.
    Five-digit amounts on A5 ran into the next column's figures ("9%4,500.00")."""
    pad = 4 + 1  # left + right padding, and a point to spare
    need = []
    for n, title in enumerate(columns):
        words = max(stringWidth(w, bold, size) for w in title.split())
        figures = max((stringWidth(str(r[n]), bold, size) for r in rows), default=0.0)
        need.append(max(words, figures) + pad)
    total = sum(need)
    if total >= width:  # too narrow whatever we do: the figures keep their width, the table its frame
        return [width * x / total for x in need]
    spare = width - total
    return [x + spare * x / total for x in need]


def _payments(doc: InvoiceDoc, st: _Styles, width: float) -> list[Flowable]:
    regular, bold = register_fonts()
    size = st.cell.fontSize
    data: list[list[Any]] = [["Receipt No.", "Date", "Mode", "Reference", "Amount"]]
    for p in doc.payments:
        data.append(
            [
                p.receipt_number,
                f"{date_text(p.paid_at)}, {p.paid_at:%H:%M}",
                mode_text(p.mode),
                (p.reference or "-").strip() or "-",
                format_inr(p.amount),
            ]
        )
    fractions = (0.24, 0.22, 0.12, 0.24, 0.18)
    table = Table(data, colWidths=[width * f for f in fractions])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("LEADING", (0, 0), (-1, -1), size * 1.2),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("BOX", (0, 0), (-1, -1), RULE, INK),
                ("LINEBELOW", (0, 0), (-1, 0), RULE, INK),
            ]
        )
    )
    heading = Paragraph("REFUNDS" if is_credit_note(doc) else "PAYMENTS RECEIVED", st.label)
    # plain list: a KeepTogether inside the caller's KeepTogether would always split
    return [heading, Spacer(1, 0.8 * mm), table]


def _signature(doc: InvoiceDoc, st: _Styles, width: float) -> Flowable:
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
        scan = _grid(
            [[qr_drawing(doc.upi_uri, side), Paragraph(markup(upi_caption(doc.balance_due)), st.small)]],
            [side + 2 * mm, width - block - side - 4 * mm],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        )
        left = [scan, Spacer(1, 1 * mm), Paragraph(FOOTNOTE, st.small)]
    return _grid([[left, right]], [width - block, block])


class _PageDecorator:
    """The running header (pages 2..) and the footer with 'Page n of m', once the count is known."""

    def __init__(self, doc: InvoiceDoc, page: tuple[float, float], st: _Styles) -> None:
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


# --- the 80 mm roll -------------------------------------------------------------------------------

_R_SUPPLIER = paragraph_style("inv-r-supplier", 11, bold=True, align=TA_CENTER, space_after=1)
_R_CONTACT = paragraph_style("inv-r-contact", 7.2, align=TA_CENTER, colour=MUTED, leading=8.8)
_R_TITLE = paragraph_style("inv-r-title", 10.5, bold=True, align=TA_CENTER, leading=13)
_R_BODY = paragraph_style("inv-r-body", 7.8, leading=9.6)
_R_SMALL = paragraph_style("inv-r-small", 6.6, colour=MUTED, leading=8)
_R_AMOUNT = paragraph_style("inv-r-amount", 7.8, align=TA_RIGHT, leading=9.6)
_R_LABEL = paragraph_style("inv-r-label", 6.6, bold=True, colour=MUTED, leading=8.5)


def _roll_story(doc: InvoiceDoc) -> list[Flowable]:
    regular, bold = register_fonts()
    w = ROLL_INNER
    story: list[Flowable] = [Paragraph(markup(doc.supplier_name), _R_SUPPLIER)]
    for text in supplier_lines(
        doc.supplier_address,
        doc.supplier_state,
        doc.supplier_state_code,
        doc.supplier_gstin,
        doc.supplier_phone,
    ):
        story.append(Paragraph(markup(text), _R_CONTACT))
    story.append(_rule())
    story.append(Paragraph(markup(doc.title.strip().upper()), _R_TITLE))
    if doc.duplicate:
        stamp = _stamp("DUPLICATE", _Styles.for_page(A5))
        stamp.hAlign = "CENTER"
        story += [Spacer(1, 1 * mm), stamp]
    story.append(Spacer(1, 1.5 * mm))

    def pair(label: str, value: str, *, strong: bool = False) -> list[Any]:
        style = _R_BODY.clone("inv-r-v", alignment=TA_RIGHT, fontName=bold if strong else regular)
        return [Paragraph(markup(label), _R_BODY), Paragraph(markup(value), style)]

    head = [
        pair(number_label(doc), doc.doc_number, strong=True),
        pair("Date", f"{date_text(doc.doc_date)}, {doc.issued_at:%H:%M}"),
        pair("Place of supply", doc.place_of_supply),
        pair("Reverse charge", "Yes" if doc.reverse_charge else "No"),
    ]
    story.append(_grid(head, [w * 0.42, w * 0.58]))
    against = against_text(doc)
    if against:
        story.append(Paragraph(f"<b>{markup(against)}</b>", _R_BODY))
    if doc.reason and doc.reason.strip():
        story.append(Paragraph(f"Reason: {markup(doc.reason.strip())}", _R_BODY))
    story.append(_rule())
    story.append(Paragraph(f"<b>{markup(doc.patient_name)}</b>", _R_BODY))
    for label, text in recipient_lines(doc):
        story.append(Paragraph(markup(f"{label}: {text}" if label else text), _R_BODY))
    doctor = doctor_text(doc.doctor_name, doc.doctor_reg_number)
    if doctor:
        story.append(Paragraph(f"Doctor: {markup(doctor)}", _R_BODY))
    story.append(_rule())
    taxed = has_tax(doc)
    for i, line in enumerate(doc.lines, start=1):
        number = line.line_no if line.line_no > 0 else i
        title = f"<b>{number}. {markup(line.description)}</b>"
        facts = [f"SAC/HSN {line.sac_hsn}"] if line.sac_hsn else []
        facts.append(
            f"{quantity_text(line.quantity)} {line.unit} x {amount(line.unit_price)}".replace("  ", " ")
        )
        if line.discount:
            facts.append(f"disc. {amount(line.discount)}")
        detail = line_detail(line)
        total = Paragraph(f"<b>{amount(line.line_total)}</b>", _R_AMOUNT)
        story.append(Paragraph(title, _R_BODY))
        story.append(_grid([[Paragraph(markup(" · ".join(facts)), _R_SMALL), total]], [w * 0.72, w * 0.28]))
        if detail:
            story.append(Paragraph(markup(detail), _R_SMALL))
        if taxed:
            if line.is_exempt:
                tax = "GST: Exempt"
            elif not line.gst_rate:
                tax = "GST: Nil"
            elif doc.intra_state:
                half = rate_text(head_rate(line.gst_rate, True))
                tax = (
                    f"Taxable {amount(line.taxable_value)} · GST {rate_text(line.gst_rate)}: "
                    f"CGST {half} {amount(line.cgst)} + {state_head(doc)} {half} {amount(line.sgst)}"
                )
            else:
                tax = (
                    f"Taxable {amount(line.taxable_value)} · "
                    f"IGST {rate_text(line.gst_rate)}: {amount(line.igst)}"
                )
            story.append(Paragraph(markup(tax), _R_SMALL))
        story.append(Spacer(1, 1.2 * mm))
    story.append(_rule())
    if taxed and doc.gst_summary:
        story.append(Paragraph("GST SUMMARY", _R_LABEL))
        for row in [r for r in doc.gst_summary if r.rate]:
            if doc.intra_state:
                half = rate_text(head_rate(row.rate, True))
                text = (
                    f"{rate_text(row.rate)} on {amount(row.taxable_value)}: "
                    f"CGST {half} {amount(row.cgst)}, {state_head(doc)} {half} {amount(row.sgst)}"
                )
            else:
                text = (
                    f"{rate_text(row.rate)} on {amount(row.taxable_value)}: "
                    f"IGST {rate_text(row.rate)} {amount(row.igst)}"
                )
            story.append(Paragraph(markup(text), _R_SMALL))
        story.append(Spacer(1, 1.2 * mm))
    rows_t = [pair(label, value) for label, value in totals_rows(doc)]
    grand = paragraph_style("inv-r-grand", 10, bold=True)
    label, value = totals_rows(doc)[-1]
    rows_t[-1] = [
        Paragraph(markup(label), grand),
        Paragraph(markup(value), grand.clone("inv-r-g2", alignment=TA_RIGHT)),
    ]
    story.append(
        _grid(
            rows_t,
            [w * 0.5, w * 0.5],
            [("LINEABOVE", (0, -1), (-1, -1), RULE, INK), ("TOPPADDING", (0, -1), (-1, -1), 2)],
        )
    )
    story.append(Paragraph(markup(doc.amount_in_words), _R_SMALL))
    if doc.payments:
        story.append(_rule())
        story.append(Paragraph("REFUNDS" if is_credit_note(doc) else "PAYMENTS RECEIVED", _R_LABEL))
        for p in doc.payments:
            ref = f" · Ref {p.reference.strip()}" if p.reference and p.reference.strip() else ""
            text = f"{p.receipt_number} · {mode_text(p.mode)}{ref}"
            story.append(
                _grid(
                    [
                        [
                            Paragraph(markup(text), _R_SMALL),
                            Paragraph(
                                markup(format_inr(p.amount)), _R_BODY.clone("inv-r-pa", alignment=TA_RIGHT)
                            ),
                        ]
                    ],
                    [w * 0.7, w * 0.3],
                )
            )
    balance = balance_text(doc)
    if balance:
        story.append(Paragraph(f"<b>{markup(balance)}</b>", _R_BODY.clone("inv-r-bal", alignment=TA_RIGHT)))
    story += [
        Spacer(1, 3 * mm),
        Paragraph(f"For {markup(doc.supplier_name)}", _R_BODY.clone("inv-r-for", alignment=TA_RIGHT)),
        Spacer(1, 8 * mm),
        Paragraph("Authorised signatory", _R_SMALL.clone("inv-r-sig", alignment=TA_RIGHT)),
        _rule(),
        Paragraph(FOOTNOTE, _R_SMALL.clone("inv-r-foot", alignment=TA_CENTER)),
    ]
    return story


def _rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=RULE, color=INK, spaceBefore=1.5 * mm, spaceAfter=1.5 * mm)


def _build_roll(doc: InvoiceDoc, target: Any) -> None:
    """One page 80 mm wide and as tall as the content (measured first, like the token slip)."""
    regular, _ = register_fonts()
    story = _roll_story(doc)
    sizes = [f.wrap(ROLL_INNER, 100_000) for f in story]
    gaps = [f.getSpaceBefore() + f.getSpaceAfter() for f in story]
    height = sum(h for _, h in sizes) + sum(gaps) + ROLL_MARGIN + TEAR_OFF
    canvas = HmsCanvas(target, pagesize=(ROLL_WIDTH, height), initialFontName=regular, invariant=1)
    canvas.setTitle(f"{doc.title.title()} {doc.doc_number}")
    canvas.setAuthor(doc.supplier_name)
    canvas.setCreator("HMS Desktop")
    y = height - ROLL_MARGIN
    for flowable, (w, h) in zip(story, sizes, strict=True):
        y -= flowable.getSpaceBefore() + h
        flowable.drawOn(canvas, ROLL_MARGIN + max(0.0, (ROLL_INNER - w) / 2), y)
        y -= flowable.getSpaceAfter()
    canvas.showPage()
    canvas.save()
