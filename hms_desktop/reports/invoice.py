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

This module builds the document; its parts live beside it: the words (``invoice_words``), the page's
furniture - styles, letterhead, parties, signature, running header and footer (``invoice_furniture``) -,
the amount tables (``invoice_tables``) and the 80 mm roll (``invoice_roll``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Paragraph, Spacer

from hms_desktop.domain.documents import InvoiceDoc
from hms_desktop.reports.common import date_text, quantity_text
from hms_desktop.reports.invoice_furniture import (
    FOOTER_HEIGHT,
    MARGIN,
    RUNNING_HEADER,
    InvoiceStyles,
    PageDecorator,
    labelled,
    letterhead,
    parties,
    signature,
)
from hms_desktop.reports.invoice_roll import build_roll
from hms_desktop.reports.invoice_tables import lines_table, payments_table, summary_and_totals
from hms_desktop.reports.invoice_words import (
    FOOTNOTE,
    against_text,
    amount,
    balance_text,
    doctor_text,
    has_tax,
    head_rates,
    heads,
    is_credit_note,
    line_detail,
    mode_text,
    number_label,
    paper_of,
    recipient_lines,
    round_off_text,
    state_head,
    supplier_lines,
    totals_rows,
    untaxed,
    untaxed_label,
    untaxed_note,
)
from hms_desktop.reports.styles import markup, mm, numbered_canvas, paged_document, register_fonts

# the words of the documents are part of this module's interface (the day report, the tests)
__all__ = [
    "FOOTNOTE",
    "against_text",
    "amount",
    "balance_text",
    "build_invoice",
    "date_text",
    "doctor_text",
    "has_tax",
    "head_rates",
    "heads",
    "invoice_pdf",
    "is_credit_note",
    "line_detail",
    "mode_text",
    "number_label",
    "paper_of",
    "quantity_text",
    "recipient_lines",
    "round_off_text",
    "state_head",
    "supplier_lines",
    "totals_rows",
    "untaxed",
    "untaxed_label",
    "untaxed_note",
]


def build_invoice(doc: InvoiceDoc, out: BinaryIO | str | Path) -> None:
    """Write ``doc`` as a PDF on ``doc.paper`` ('A5', 'A4' or '80mm') to ``out``."""
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    if paper_of(doc.paper) == "80MM":
        build_roll(doc, target)
    else:
        _build_page(doc, target, A4 if paper_of(doc.paper) == "A4" else A5)


def invoice_pdf(doc: InvoiceDoc) -> bytes:
    """The document as PDF bytes (for the preview dialog, e-mail or a printer queue)."""
    buffer = io.BytesIO()
    build_invoice(doc, buffer)
    return buffer.getvalue()


def _build_page(doc: InvoiceDoc, target: Any, page: tuple[float, float]) -> None:
    st = InvoiceStyles.for_page(page)
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
    decorate = PageDecorator(doc, page, st)
    template.build(_story(doc, st, inner), canvasmaker=numbered_canvas(decorate))


def _story(doc: InvoiceDoc, st: InvoiceStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate("later"), *letterhead(doc, st, width)]
    story += [Spacer(1, 2 * mm), parties(doc, st, width)]
    against = against_text(doc)
    if against:
        story += [Spacer(1, 1.5 * mm), Paragraph(f"<b>{markup(against)}</b>", st.body)]
    if doc.reason and doc.reason.strip():
        story.append(labelled("Reason", doc.reason.strip(), st))
    story.append(Spacer(1, 2.5 * mm))
    story.append(lines_table(doc, st, width))
    closing: list[Flowable] = [Spacer(1, 2.5 * mm), summary_and_totals(doc, st, width)]
    closing += [
        Spacer(1, 1.5 * mm),
        Paragraph(f"<b>Amount in words:</b> {markup(doc.amount_in_words)}", st.words),
    ]
    if not has_tax(doc):
        closing += [Spacer(1, 1 * mm), Paragraph(markup(untaxed_note(doc)), st.small)]
    story.append(KeepTogether(closing))
    tail: list[Flowable] = []
    if doc.payments:
        tail += [Spacer(1, 2.5 * mm), *payments_table(doc, st, width)]
    balance = balance_text(doc)
    if balance:
        tail += [
            Spacer(1, 1.2 * mm),
            Paragraph(f"<b>{markup(balance)}</b>", st.body_bold.clone("inv-bal", alignment=TA_RIGHT)),
        ]
    tail += [Spacer(1, 3 * mm), signature(doc, st, width)]
    story.append(KeepTogether(tail))
    return story
