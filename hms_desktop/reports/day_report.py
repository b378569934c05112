"""The day-end report as an A4 portrait PDF: collections by mode (refunds as negative movements, net
cash), by doctor and department, GST by rate (credit notes as their own negative rows, then the net),
the documents issued and the day close.

Amounts are right-aligned with Indian grouping; totals carry the rupee sign (DejaVu Sans, embedded).
Every page says "Page n of m"; the output is deterministic (reportlab ``invariant``).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hms_desktop.domain.billing_math import rate_text
from hms_desktop.domain.day_report import DayReport, DocumentRow, GroupRow, GstRateRow
from hms_desktop.domain.money import format_inr
from hms_desktop.reports.common import date_text
from hms_desktop.reports.invoice_words import amount, mode_text
from hms_desktop.reports.styles import (
    BOLD,
    INK,
    MUTED,
    REGULAR,
    RULE,
    markup,
    mm,
    numbered_canvas,
    paged_document,
    paragraph_style,
    register_fonts,
)

MARGIN = 12 * mm
FOOTER_HEIGHT = 9 * mm
RUNNING_HEADER = 10 * mm
HAIRLINE = colors.HexColor("#9A9A9A")
SHADE = colors.HexColor("#E8E8E8")
TOTAL_SHADE = colors.HexColor("#F3F3F3")
DOC_TYPES = {
    "tax_invoice": "Tax invoice",
    "bill_of_supply": "Bill of supply",
    "inv_cum_bos": "Invoice-cum-BoS",
    "credit_note": "Credit note",
}
GST_NOTE = (
    "Credit notes of the day are shown as their own rows with negative amounts (by the rate of the "
    "lines they reverse); the Net rows add them to the day's invoices."
)
GROUP_NOTE = (
    "Billed: the day's invoices (voided ones left out). Collected: payments received on the day, "
    "also against earlier invoices, before refunds."
)

_TITLE = paragraph_style("day-title", 15, bold=True, leading=18, space_after=1)
_SUB = paragraph_style("day-sub", 9, colour=MUTED, leading=11.5)
_H2 = paragraph_style("day-h2", 10.5, bold=True, leading=13, space_after=2)
_BODY = paragraph_style("day-body", 8.2, leading=10)
_BOLD = paragraph_style("day-bold", 8.2, bold=True, leading=10)
_SMALL = paragraph_style("day-small", 7.2, colour=MUTED, leading=8.8)
_CELL = paragraph_style("day-cell", 7.8, leading=9.4)
_CELL_R = paragraph_style("day-cell-r", 7.8, leading=9.4, align=TA_RIGHT)


def title_text(report: DayReport) -> str:
    return f"Day-end report — {date_text(report.business_date)}"


def build_day_report(report: DayReport, out: BinaryIO | str | Path) -> None:
    """Write ``report`` as an A4 portrait PDF to ``out``."""
    target = str(out) if isinstance(out, Path) else out
    inner = A4[0] - 2 * MARGIN
    template = paged_document(
        target,
        A4,
        margin=MARGIN,
        footer=FOOTER_HEIGHT,
        running_header=RUNNING_HEADER,
        title=title_text(report),
        author=report.clinic_name,
        subject=f"Day-end report, {report.cashier_name}",
    )
    template.build(_story(report, inner), canvasmaker=numbered_canvas(_Decorator(report)))


def day_report_pdf(report: DayReport) -> bytes:
    buffer = io.BytesIO()
    build_day_report(report, buffer)
    return buffer.getvalue()


# --- tables ----------------------------------------------------------------------------------------


def _table(
    header: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    right_from: int,
    total_rows: int = 0,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table: shaded header repeated on each page, numbers right-aligned from ``right_from``,
    the last ``total_rows`` rows bold on a light shade."""
    table = Table([list(header), *rows], colWidths=list(widths), repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 7.8),
        ("LEADING", (0, 0), (-1, -1), 9.4),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, HAIRLINE),
        ("BOX", (0, 0), (-1, -1), RULE, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total_rows:
        style += [
            ("FONTNAME", (0, -total_rows), (-1, -1), BOLD),
            ("BACKGROUND", (0, -total_rows), (-1, -1), TOTAL_SHADE),
            ("LINEABOVE", (0, -total_rows), (-1, -total_rows), RULE, INK),
        ]
    table.setStyle(TableStyle([*style, *extra]))
    return table


def _section(title: str, *body: Flowable) -> list[Flowable]:
    # keep a heading with the start of its table
    return [CondPageBreak(30 * mm), Spacer(1, 4 * mm), Paragraph(markup(title), _H2), *body]


def _story(r: DayReport, width: float) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate("later"), *_header(r)]
    story += _section("Collections by payment mode", *_modes(r, width))
    story += _section("Collections by doctor", _groups("Doctor", r.by_doctor, width))
    story += _section("Collections by department", _groups("Department", r.by_department, width))
    story.append(Paragraph(markup(GROUP_NOTE), _SMALL))
    story += _section(
        "GST summary by rate", _gst(r, width), Spacer(1, 1.5 * mm), Paragraph(markup(GST_NOTE), _SMALL)
    )
    story += _section("Documents issued", _documents(r, width))
    closes = _closes(r, width)  # the heading travels with the first close (each kept whole)
    story += [
        CondPageBreak(30 * mm),
        Spacer(1, 4 * mm),
        KeepTogether([Paragraph("Day close", _H2), closes[0]]),
    ]
    return [*story, *closes[1:], *_section("Audit trail", Paragraph(markup(_audit_text(r)), _BODY))]


def _audit_text(r: DayReport) -> str:
    if r.audit_seq is None:
        return "No audit entries have been recorded yet."
    return (
        f"Chain head at the end of this day: entry #{r.audit_seq}, digest {r.audit_digest}. Keep this "
        "page. The audit trail is a hash chain: the command \u201chms-desktop-admin audit verify --at "
        f"{r.audit_seq}\u201d must show the same digest; if it does not, entries up to this one were "
        "deleted or rewritten after this report was printed."
    )


def _header(r: DayReport) -> list[Flowable]:
    generated = r.generated_at
    stamp = f"{date_text(generated.date())} {generated:%H:%M}"
    sep = "   ·   "
    line = sep.join(
        (f"Cashier: {r.cashier_name}", f"Business date: {date_text(r.business_date)}", f"Generated: {stamp}")
    )
    return [
        Paragraph(markup(title_text(r)), _TITLE),
        Paragraph(markup(r.clinic_name), _BOLD),
        Paragraph(markup(line), _SUB),
    ]


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, Decimal("0.00"))


def _modes(r: DayReport, width: float) -> list[Flowable]:
    header = ["Mode", "Payments", "Collected", "Refunds", "Refunded", "Net"]
    rows: list[list[Any]] = []
    for col, ref in zip(r.collections, r.refunds, strict=True):
        rows.append(
            [
                mode_text(col.mode),
                str(col.count),
                amount(col.amount),
                str(ref.count),
                amount(-ref.amount),
                amount(col.amount - ref.amount),
            ]
        )
    rows.append(
        [
            "Total",
            str(sum(c.count for c in r.collections)),
            format_inr(r.total_collected),
            str(sum(c.count for c in r.refunds)),
            format_inr(-r.total_refunded),
            format_inr(r.net_total),
        ]
    )
    w = width / 6
    table = _table(header, rows, [w] * 6, right_from=1, total_rows=1)
    cash = (
        f"<b>Net cash: {markup(format_inr(r.net_cash))}</b>  "
        f"(cash collected {markup(format_inr(r.collected('cash')))}"
        f" less cash refunds {markup(format_inr(r.refunded('cash')))})"
    )
    return [table, Spacer(1, 1.5 * mm), Paragraph(cash, _BODY)]


def _groups(label: str, groups: Sequence[GroupRow], width: float) -> Table:
    rows: list[list[Any]] = [
        [Paragraph(markup(g.name), _CELL), str(g.invoices), amount(g.billed), amount(g.collected)]
        for g in groups
    ]
    if not rows:
        rows.append([Paragraph("Nothing billed or collected.", _CELL), "", "", ""])
    rows.append(
        [
            "Total",
            str(sum(g.invoices for g in groups)),
            format_inr(_sum(g.billed for g in groups)),
            format_inr(_sum(g.collected for g in groups)),
        ]
    )
    rest = (width - 80 * mm) / 3
    return _table(
        [label, "Invoices", "Billed", "Collected"],
        rows,
        [80 * mm, rest, rest, rest],
        right_from=1,
        total_rows=1,
    )


def _gst_row(source: str, rate: str, row: GstRateRow) -> list[Any]:
    return [
        source,
        rate,
        amount(row.taxable_value),
        amount(row.cgst),
        amount(row.sgst),
        amount(row.igst),
        amount(row.total_tax),
    ]


def _gst(r: DayReport, width: float) -> Table:
    zero = Decimal("0.00")
    rows: list[list[Any]] = []
    for row in r.gst_invoices:
        rows.append(_gst_row("Invoices", rate_text(row.rate), row))
    rows.append(_gst_row("Invoices", "Exempt", GstRateRow(Decimal(0), r.exempt_invoiced, zero, zero, zero)))
    for row in r.gst_credit_notes:
        rows.append(_gst_row("Credit notes", rate_text(row.rate), row))
    if r.exempt_credited:
        rows.append(
            _gst_row("Credit notes", "Exempt", GstRateRow(Decimal(0), r.exempt_credited, zero, zero, zero))
        )
    net = r.gst_net
    for row in net:
        rows.append(_gst_row("Net", rate_text(row.rate), row))
    rows.append(_gst_row("Net", "Exempt", GstRateRow(Decimal(0), r.exempt_net, zero, zero, zero)))
    total = GstRateRow(
        Decimal(0),
        sum((x.taxable_value for x in net), zero) + r.exempt_net,
        sum((x.cgst for x in net), zero),
        sum((x.sgst for x in net), zero),
        sum((x.igst for x in net), zero),
    )
    last = [
        "Net total",
        "",
        format_inr(total.taxable_value),
        format_inr(total.cgst),
        format_inr(total.sgst),
        format_inr(total.igst),
        format_inr(total.total_tax),
    ]
    rows.append(last)
    first_net = len(rows) - len(net) - 1  # table row index (header is row 0) of the first Net row
    rest = (width - 46 * mm) / 5
    extra = [("LINEABOVE", (0, first_net), (-1, first_net), RULE, INK)]
    return _table(
        ["", "Rate", "Taxable value", "CGST", r.state_head, "IGST", "Total tax"],
        rows,
        [28 * mm, 18 * mm, *[rest] * 5],
        right_from=1,
        total_rows=1,
        extra=extra,
    )


def _doc_cells(d: DocumentRow) -> list[Any]:
    number = markup(d.number)
    if d.against:
        number += f"<br/><font size=6.6 color='#333333'>against {markup(d.against)}</font>"
    kind = DOC_TYPES.get(d.doc_type, d.doc_type)
    if d.status == "voided":
        kind += " (VOID)"
    return [
        Paragraph(number, _CELL),
        Paragraph(markup(kind), _CELL),
        Paragraph(markup(d.patient), _CELL),
        amount(d.total),
        amount(d.paid),
        amount(d.balance),
        ", ".join(mode_text(m) for m in d.modes),
    ]


def _documents(r: DayReport, width: float) -> Table:
    rows: list[list[Any]] = [_doc_cells(d) for d in r.documents]
    if not rows:
        rows.append([Paragraph("No documents issued.", _CELL), "", "", "", "", "", ""])
    live = [d for d in r.documents if d.status != "voided"]
    rows.append(
        [
            "Total",
            "",
            "",
            format_inr(_sum(d.total for d in live)),
            format_inr(_sum(d.paid for d in live)),
            format_inr(_sum(d.balance for d in live)),
            "",
        ]
    )
    fixed = [36 * mm, 27 * mm, 0, 24 * mm, 24 * mm, 22 * mm, 20 * mm]
    fixed[2] = width - sum(fixed)
    return _table(
        ["Number", "Type", "Patient", "Total", "Paid", "Balance", "Mode(s)"],
        rows,
        fixed,
        right_from=3,
        total_rows=1,
        extra=[("ALIGN", (6, 0), (6, -1), "LEFT")],
    )


def _closes(r: DayReport, width: float) -> list[Flowable]:
    if not r.closes:
        return [Paragraph("The day has not been closed.", _BODY)]
    out: list[Flowable] = []
    w = width / 4
    for c in r.closes:
        number = f"Close {c.close_no} " if len(r.closes) > 1 or c.close_no > 1 else ""
        when = f"on {date_text(c.closed_at.date())} at {c.closed_at:%H:%M}"
        if c.reopened is not None:  # set aside: one line, so its counted cash is not read as the day's
            again = c.reopened
            text = (
                f"{number}(set aside): closed by {c.cashier_name} {when}, difference "
                f"{format_inr(c.difference)}. Reopened by {again.by} on {date_text(again.at.date())} "
                f"at {again.at:%H:%M}: {again.reason}"
            )
            out.append(Paragraph(markup(text), _SMALL))
            out.append(Spacer(1, 2 * mm))
            continue
        rows: list[list[Any]] = [
            [mode_text(row.mode), amount(row.expected), amount(row.counted), amount(row.difference)]
            for row in c.rows
        ]
        rows.append(
            [
                "Total",
                format_inr(sum((x.expected for x in c.rows), Decimal(0))),
                format_inr(sum((x.counted for x in c.rows), Decimal(0))),
                format_inr(c.difference),
            ]
        )
        head = (
            f"{number.strip()}: closed by {c.cashier_name} {when}"
            if number
            else f"Closed by {c.cashier_name} {when}"
        )
        reason = f"Reason for the difference: {c.reason}" if c.reason else "No difference."
        out.append(
            KeepTogether(
                [
                    Paragraph(markup(head), _BOLD),
                    Spacer(1, 1 * mm),
                    _table(
                        ["Mode", "Expected", "Counted", "Difference"],
                        rows,
                        [w] * 4,
                        right_from=1,
                        total_rows=1,
                    ),
                    Spacer(1, 1 * mm),
                    Paragraph(markup(reason), _BODY),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    return out


# --- page furniture --------------------------------------------------------------------------------


class _Decorator:
    def __init__(self, report: DayReport) -> None:
        self.report = report

    def __call__(self, canvas: Canvas, number: int, total: int) -> None:
        regular, bold = register_fonts()
        width, height = A4
        right_x = width - MARGIN
        r = self.report
        canvas.saveState()
        canvas.setFillColor(INK)
        if number > 1:
            top = height - MARGIN
            canvas.setFont(bold, 8)
            canvas.drawString(MARGIN, top - 3 * mm, f"{title_text(r)} (continued)")
            canvas.setFont(regular, 7)
            canvas.drawRightString(right_x, top - 3 * mm, r.cashier_name)
            canvas.setLineWidth(RULE)
            canvas.line(MARGIN, top - 5 * mm, right_x, top - 5 * mm)
        y = MARGIN + 1 * mm
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(RULE)
        canvas.line(MARGIN, MARGIN + FOOTER_HEIGHT - 3 * mm, right_x, MARGIN + FOOTER_HEIGHT - 3 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(regular, 6.8)
        canvas.drawString(
            MARGIN, y, f"{r.clinic_name} · Day-end report {date_text(r.business_date)} · {r.cashier_name}"
        )
        canvas.setFillColor(INK)
        canvas.setFont(regular, 7)
        canvas.drawRightString(right_x, y, f"Page {number} of {total}")
        canvas.restoreState()
