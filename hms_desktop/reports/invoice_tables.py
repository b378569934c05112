"""The billing page's amount tables: one row per line (the header repeated on every page), the tax
by rate beside the totals, and the payments received (a credit note's refunds)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from hms_desktop.domain.billing_math import head_rate, rate_text
from hms_desktop.domain.documents import InvoiceDoc, InvoiceLineDoc
from hms_desktop.domain.money import format_inr
from hms_desktop.reports.common import date_text, grid, quantity_text
from hms_desktop.reports.invoice_furniture import HAIRLINE, InvoiceStyles
from hms_desktop.reports.invoice_words import (
    amount,
    has_tax,
    heads,
    is_credit_note,
    line_detail,
    mode_text,
    totals_rows,
    untaxed,
)
from hms_desktop.reports.styles import INK, RULE, markup, mm, register_fonts

SHADE = colors.HexColor("#E8E8E8")  # header rows: light enough for a mono laser printer


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


def lines_table(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> Flowable:
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


def summary_and_totals(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> Flowable:
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
    return grid([[left, totals]], [width - totals_width, totals_width])


def _gst_summary(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> Table:
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


def payments_table(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> list[Flowable]:
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
