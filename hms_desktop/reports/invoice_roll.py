"""The billing document on an 80 mm thermal roll: the same fields stacked, one page as tall as its
content."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from hms_desktop.domain.billing_math import head_rate, rate_text
from hms_desktop.domain.documents import InvoiceDoc
from hms_desktop.domain.money import format_inr
from hms_desktop.reports.common import date_text, grid, quantity_text
from hms_desktop.reports.invoice_furniture import InvoiceStyles, stamp
from hms_desktop.reports.invoice_words import (
    FOOTNOTE,
    against_text,
    amount,
    balance_text,
    doctor_text,
    has_tax,
    is_credit_note,
    line_detail,
    mode_text,
    number_label,
    recipient_lines,
    state_head,
    supplier_lines,
    totals_rows,
)
from hms_desktop.reports.shaping import HmsCanvas
from hms_desktop.reports.styles import (
    INK,
    MUTED,
    ROLL_MARGIN,
    ROLL_WIDTH,
    RULE,
    markup,
    mm,
    paragraph_style,
    register_fonts,
)

ROLL_INNER = ROLL_WIDTH - 2 * ROLL_MARGIN
TEAR_OFF = 6 * mm

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
        duplicate = stamp("DUPLICATE", InvoiceStyles.for_page(A5))
        duplicate.hAlign = "CENTER"
        story += [Spacer(1, 1 * mm), duplicate]
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
    story.append(grid(head, [w * 0.42, w * 0.58]))
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
        story.append(grid([[Paragraph(markup(" · ".join(facts)), _R_SMALL), total]], [w * 0.72, w * 0.28]))
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
        grid(
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
                grid(
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


def build_roll(doc: InvoiceDoc, target: Any) -> None:
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
