"""The money receipt for one payment: 80 mm thermal roll by default (as tall as its content), or A5.

Shows the supplier (name, address, GSTIN, phone), "RECEIPT" with its number and date/time, who paid
(name and MRN), the sum in figures and in words, the mode and reference (tendered and change for
cash), the invoice it was paid against with its total, the amount paid to date and the balance, the
doctor's name and registration number (required on a money receipt in India) and the cashier.

A receipt is printed at the desk while the patient waits, so it is drawn straight onto a canvas: the
content is first laid out as a list of lines (wrapped with the font's metrics), the page is sized to
it, then each line is drawn. No platypus; the cost is close to writing the strings by hand. The
output is deterministic (reportlab ``invariant``): a reprint of the same data is byte-identical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A5
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.domain.documents import ReceiptDoc
from hms_desktop.domain.money import format_inr
from hms_desktop.domain.transliteration import has_indic, readable_latin
from hms_desktop.reports.branding import qr_drawing, upi_caption
from hms_desktop.reports.shaping import HmsCanvas
from hms_desktop.reports.styles import INK, MUTED, ROLL_MARGIN, ROLL_WIDTH, RULE, mm, register_fonts

TEAR_OFF = 6 * mm
A5_MARGIN = 14 * mm
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FOOTNOTE = "This is a computer-generated receipt."


def build_receipt(doc: ReceiptDoc, out: BinaryIO | str | Path) -> None:
    """Write ``doc`` as a one-page PDF (80 mm roll unless ``doc.paper`` is 'A5') to ``out``."""
    regular, bold = register_fonts()
    a5 = doc.paper.strip().upper() == "A5"
    if a5:
        width, margin, scale = A5[0], A5_MARGIN, 1.2
    else:
        width, margin, scale = ROLL_WIDTH, ROLL_MARGIN, 1.0
    layout = _Layout(width - 2 * margin, scale, regular, bold)
    _content(doc, layout)
    height = A5[1] if a5 else layout.height + ROLL_MARGIN + TEAR_OFF
    target = str(out) if isinstance(out, Path) else out
    canvas = HmsCanvas(target, pagesize=(width, height), initialFontName=regular, invariant=1)
    canvas.setTitle(f"Receipt {doc.receipt_number}")
    canvas.setAuthor(doc.supplier_name)
    canvas.setCreator("HMS Desktop")
    layout.draw(canvas, margin, height - margin)
    canvas.showPage()
    canvas.save()


def receipt_pdf(doc: ReceiptDoc) -> bytes:
    """The receipt as PDF bytes (for the preview dialog or a printer queue)."""
    buffer = io.BytesIO()
    build_receipt(doc, buffer)
    return buffer.getvalue()


# --- words ----------------------------------------------------------------------------------------


def date_text(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def mode_text(mode: str) -> str:
    value = mode.strip()
    return value.upper() if value.lower() in ("upi", "neft", "imps", "rtgs") else value.capitalize()


def receipt_strings(doc: ReceiptDoc) -> list[str]:
    """Every string the receipt prints, top to bottom (before wrapping); the benchmark draws these."""
    out: list[str] = []
    layout = _Layout(ROLL_WIDTH - 2 * ROLL_MARGIN, 1.0, "", "", measure=False)
    _content(doc, layout)
    for item in layout.items:
        if isinstance(item, _Text):
            out.append(item.text)
        elif isinstance(item, _Pair):
            out += [item.label, item.value]
    return out


# --- layout ---------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Text:
    text: str
    font: str
    size: float
    align: str  # 'L' | 'C' | 'R'
    colour: Any
    leading: float
    box: bool = False


@dataclasses.dataclass
class _Pair:
    label: str
    value: str
    font: str
    value_font: str
    size: float
    leading: float


@dataclasses.dataclass
class _Gap:
    height: float
    rule: bool = False


@dataclasses.dataclass
class _Qr:
    data: str  # a upi://pay link
    side: float


class _Layout:
    """Lines stacked top to bottom at one width; wrapping uses the fonts' real metrics."""

    def __init__(self, width: float, scale: float, regular: str, bold: str, *, measure: bool = True) -> None:
        self.width, self.scale, self.regular, self.bold = width, scale, regular, bold
        self.measure = measure
        self.items: list[_Text | _Pair | _Gap | _Qr] = []
        self.height = 0.0

    def text(
        self,
        text: str,
        size: float,
        *,
        bold: bool = False,
        align: str = "L",
        colour: Any = INK,
        box: bool = False,
    ) -> None:
        size *= self.scale
        font = self.bold if bold else self.regular
        leading = size * 1.25
        if not self.measure:
            self.items.append(_Text(text, font, size, align, colour, leading))
            return
        room = self.width - (4 * mm if box else 0)
        lines = [text] if stringWidth(text, font, size) <= room else simpleSplit(text, font, size, room)
        for line in lines:
            self.items.append(_Text(line, font, size, align, colour, leading, box))
            self.height += leading + (5 if box else 0)

    def pair(self, label: str, value: str, size: float = 8, *, bold: bool = False) -> None:
        """'Label ........ value' on one line; a long value goes under its label, right-aligned."""
        size *= self.scale
        leading = size * 1.3
        value_font = self.bold if bold else self.regular
        if self.measure:
            need = stringWidth(label, self.regular, size) + stringWidth(value, value_font, size) + 3 * mm
            if need > self.width:
                self.text(label, size / self.scale)
                self.text(value, size / self.scale, bold=bold, align="R")
                return
        self.items.append(_Pair(label, value, self.regular, value_font, size, leading))
        self.height += leading

    def gap(self, height: float, *, rule: bool = False) -> None:
        height *= self.scale
        self.items.append(_Gap(height, rule))
        self.height += height

    def qr(self, data: str, side: float) -> None:
        """A QR code centred on the line (the UPI link of a balance due)."""
        self.items.append(_Qr(data, side * self.scale))
        self.height += side * self.scale

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        y = top
        right, centre = x + self.width, x + self.width / 2
        font: tuple[str, float] | None = None
        colour: Any = None
        for item in self.items:
            if isinstance(item, _Qr):
                y -= item.side
                renderPDF.draw(qr_drawing(item.data, item.side), canvas, centre - item.side / 2, y)
                continue
            if isinstance(item, _Gap):
                if item.rule:
                    canvas.setLineWidth(RULE)
                    canvas.line(x, y - item.height / 2, right, y - item.height / 2)
                y -= item.height
                continue
            if isinstance(item, _Pair):
                y -= item.leading
                if font != (item.font, item.size):
                    font = (item.font, item.size)
                    canvas.setFont(*font)
                if colour is not INK:
                    colour = INK
                    canvas.setFillColor(INK)
                canvas.drawString(x, y + item.size * 0.3, item.label)
                if item.value_font != item.font:
                    canvas.setFont(item.value_font, item.size)
                    font = (item.value_font, item.size)
                canvas.drawRightString(right, y + item.size * 0.3, item.value)
                continue
            extra = 5 if item.box else 0
            y -= item.leading + extra
            if font != (item.font, item.size):
                font = (item.font, item.size)
                canvas.setFont(*font)
            if colour is not item.colour:
                colour = item.colour
                canvas.setFillColor(colour)
            base = y + item.size * 0.3 + extra / 2
            if item.align == "C":
                canvas.drawCentredString(centre, base, item.text)
            elif item.align == "R":
                canvas.drawRightString(right, base, item.text)
            else:
                canvas.drawString(x, base, item.text)
            if item.box:
                w = stringWidth(item.text, item.font, item.size) + 4 * mm
                canvas.setLineWidth(1.2)
                canvas.rect(centre - w / 2, y, w, item.leading + extra - 1)


def _content(doc: ReceiptDoc, out: _Layout) -> None:
    out.text(doc.supplier_name, 11, bold=True, align="C")
    for line in (doc.supplier_address or "").splitlines():
        if line.strip():
            out.text(line.strip(), 7.2, align="C", colour=MUTED)
    if doc.supplier_gstin and doc.supplier_gstin.strip():
        out.text(f"GSTIN: {doc.supplier_gstin.strip()}", 7.2, align="C", colour=MUTED)
    if doc.supplier_phone and doc.supplier_phone.strip():
        out.text(f"Ph: {doc.supplier_phone.strip()}", 7.2, align="C", colour=MUTED)
    out.gap(3 * mm, rule=True)
    out.text("RECEIPT", 12, bold=True, align="C")
    if doc.duplicate:
        out.gap(1 * mm)
        out.text("DUPLICATE", 8.5, bold=True, align="C", box=True)
    out.gap(1.5 * mm)
    out.pair("Receipt No." if len(doc.payments) == 1 else "Receipt Nos.", doc.receipt_number, bold=True)
    out.pair("Date", f"{date_text(doc.issued_at)}, {doc.issued_at:%H:%M}")
    out.gap(3 * mm, rule=True)
    out.text("Received with thanks from", 7.2, colour=MUTED)
    out.text(f"{doc.patient_name} (MRN {doc.patient_mrn})", 8.5, bold=True)
    if has_indic(doc.patient_name):  # registered in an Indian script: its Latin reading too
        out.text(readable_latin(doc.patient_name), 8, bold=True)
    out.text("the sum of", 7.2, colour=MUTED)
    out.gap(0.5 * mm)
    out.text(format_inr(doc.amount), 15, bold=True, align="C")
    out.gap(0.5 * mm)
    out.text(doc.amount_in_words, 7.5, align="C")
    if doc.amount_in_words_local:
        out.text(doc.amount_in_words_local, 7.5, align="C")
    out.gap(1.5 * mm)
    split = len(doc.payments) > 1
    for part in doc.payments:  # a split payment: each part with its own receipt number and mode
        if split:
            out.pair(f"{mode_text(part.mode)} ({part.receipt_number})", format_inr(part.amount), bold=True)
        else:
            out.pair("Mode", mode_text(part.mode), bold=True)
        if part.reference and part.reference.strip():
            out.pair("Reference", part.reference.strip())
        if part.tendered is not None:
            out.pair("Tendered", format_inr(part.tendered))
        if part.change_given is not None:
            out.pair("Change", format_inr(part.change_given))
    out.gap(3 * mm, rule=True)
    out.pair("Against invoice", doc.against_number)
    out.pair("Invoice date", date_text(doc.against_date))
    out.pair("Invoice total", format_inr(doc.invoice_total))
    out.pair("Paid to date", format_inr(doc.paid_to_date))
    if doc.balance_due > 0:
        out.pair("Balance due", format_inr(doc.balance_due), bold=True)
        if doc.upi_uri:  # the clinic's UPI ID: the patient can pay the rest by scanning (issue 13)
            out.gap(1.5 * mm)
            out.qr(doc.upi_uri, 30 * mm)
            out.text(upi_caption(doc.balance_due), 7, align="C")
    else:
        out.pair("Balance due", "Nil (paid in full)", bold=True)
    out.gap(3 * mm, rule=True)
    if doc.doctor_name and doc.doctor_name.strip():
        out.text(f"Doctor: {doc.doctor_name.strip()}", 7.8)
    if doc.doctor_reg_number and doc.doctor_reg_number.strip():
        out.text(f"Reg. No. {doc.doctor_reg_number.strip()}", 7.8)
    out.text(f"Cashier: {doc.cashier_name}", 7.8)
    out.gap(3 * mm, rule=True)
    out.text(FOOTNOTE, 6.8, align="C", colour=MUTED)
