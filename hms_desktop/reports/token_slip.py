"""The queue token slip, printed on an 80 mm thermal roll when a patient joins the queue.

One page exactly as tall as its content: the flowables are measured at the roll's printable width
first, then the page is sized to their sum and they are drawn top to bottom, so a long clinic name
makes the slip longer instead of spilling onto a second slip. Thermal printers are monochrome, so
the triage level is printed as words (colour name, label, target time) inside a bordered box; the
colour is a swatch beside them.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from hms_desktop.domain.documents import TokenSlip
from hms_desktop.reports.shaping import HmsCanvas
from hms_desktop.reports.styles import (
    CENTRE,
    INK,
    MUTED,
    REGULAR,
    ROLL_MARGIN,
    ROLL_WIDTH,
    RULE,
    fit_font_size,
    markup,
    mm,
    paragraph_style,
    register_fonts,
    triage_colours,
)

TokenSlipData = TokenSlip


WIDTH = ROLL_WIDTH - 2 * ROLL_MARGIN  # the printable width, about 72 mm
TOKEN_SIZE = 46  # pt, shrunk for a long label
TOKEN_MIN_SIZE = 20
SWATCH = 9 * mm
TEAR_OFF = 6 * mm  # blank paper below the footer, so tearing the slip off does not cut the text
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_CLINIC = paragraph_style("slip-clinic", 12, bold=True, align=CENTRE, space_after=1)
_CONTACT = paragraph_style("slip-contact", 8, align=CENTRE, colour=MUTED)
_CAPTION = paragraph_style("slip-caption", 9, bold=True, align=CENTRE)
_INITIALS = paragraph_style("slip-initials", 12, bold=True, align=CENTRE, space_after=2)
_LINE = paragraph_style("slip-line", 9.5, align=CENTRE, leading=12)
_BAND = paragraph_style("slip-band", 10.5, bold=True, leading=13)
_PENDING = paragraph_style("slip-pending", 10.5, bold=True, align=CENTRE, leading=13)
_BAND_NOTE = paragraph_style("slip-band-note", 9, leading=11)
_ISSUED = paragraph_style("slip-issued", 9, align=CENTRE)
_AHEAD = paragraph_style("slip-ahead", 11, bold=True, align=CENTRE)
_FOOTER = paragraph_style("slip-footer", 8.5, align=CENTRE, colour=MUTED)


def build_token_slip(slip: TokenSlipData, out: BinaryIO | str | Path) -> None:
    """Write ``slip`` as a one-page PDF, 80 mm wide and as tall as its content, to ``out``."""
    regular, _ = register_fonts()
    story = _story(slip)
    sizes = [f.wrap(WIDTH, 10_000) for f in story]
    gaps = [f.getSpaceBefore() + f.getSpaceAfter() for f in story]
    height = sum(h for _, h in sizes) + sum(gaps) + ROLL_MARGIN + TEAR_OFF
    # initialFontName: otherwise the page names an unused Helvetica (not embedded) in its resources
    target = str(out) if isinstance(out, Path) else out
    canvas = HmsCanvas(target, pagesize=(ROLL_WIDTH, height), initialFontName=regular, invariant=1)
    canvas.setTitle(f"Token {slip.token_label}")
    canvas.setAuthor(slip.clinic_name)
    canvas.setSubject("Queue token slip")
    canvas.setCreator("HMS Desktop")
    y = height - ROLL_MARGIN
    for flowable, (w, h) in zip(story, sizes, strict=True):
        y -= flowable.getSpaceBefore() + h
        # centre narrower flowables (the level box is as wide as the page, paragraphs are too)
        flowable.drawOn(canvas, ROLL_MARGIN + max(0.0, (WIDTH - w) / 2), y)
        y -= flowable.getSpaceAfter()
    canvas.showPage()
    canvas.save()


def token_slip_pdf(slip: TokenSlipData) -> bytes:
    """The slip as PDF bytes (for the preview dialog or a printer queue)."""
    buffer = io.BytesIO()
    build_token_slip(slip, buffer)
    return buffer.getvalue()


def issued_text(at: dt.datetime) -> str:
    """'Issued 23 Nov 2026, 10:42' in the zone ``at`` carries (the clinic's; no locale month names)."""
    return f"Issued {at.day} {MONTHS[at.month - 1]} {at.year}, {at:%H:%M}"


def ahead_text(count: int) -> str:
    if count <= 0:
        return "No patients ahead of you"
    return f"{count} patient{'s' if count != 1 else ''} ahead of you"


def level_text(slip: TokenSlipData) -> tuple[str, str | None]:
    """('YELLOW — Urgent', 'seen within 60 min'), or ('Triage pending', None) before triage."""
    note: str | None
    if not slip.level:
        return "Triage pending", None
    name = triage_colours(slip.level).name
    head = f"{name} — {slip.level_label}" if slip.level_label else name
    if slip.target_min is None:
        note = None
    elif slip.target_min <= 0:
        note = "seen immediately"
    else:
        note = f"seen within {slip.target_min} min"
    return head, note


def _story(slip: TokenSlipData) -> list[Any]:
    story: list[Any] = [Paragraph(markup(slip.clinic_name), _CLINIC)]
    contact = [part.strip() for part in (slip.clinic_address, slip.clinic_phone) if part and part.strip()]
    for part in contact:
        story.append(Paragraph(markup(part), _CONTACT))
    story += [
        Spacer(1, 1.5 * mm),
        HRFlowable(width="100%", thickness=RULE, color=INK, spaceBefore=0, spaceAfter=2 * mm),
        Paragraph("TOKEN", _CAPTION),
        _token(slip.token_label),
        Paragraph(markup(_initials(slip)), _INITIALS),
    ]
    for label, value in (
        ("Department", slip.department_name),
        ("Doctor", slip.doctor_name),
        ("Room", slip.room),
    ):
        if value and value.strip():
            story.append(Paragraph(f"{label}: <b>{markup(value.strip())}</b>", _LINE))
    story += [
        Spacer(1, 2.5 * mm),
        _level_box(slip),
        Spacer(1, 2.5 * mm),
        Paragraph(markup(issued_text(slip.issued_at)), _ISSUED),
        Spacer(1, 1 * mm),
        Paragraph(markup(ahead_text(slip.waiting_ahead)), _AHEAD),
        HRFlowable(width="100%", thickness=RULE, color=INK, spaceBefore=2 * mm, spaceAfter=1.5 * mm),
        Paragraph("Please wait until your token is called on the screen.", _FOOTER),
    ]
    return story


def _initials(slip: TokenSlipData) -> str:
    """'R. K.', or 'र. श. · R. S.' for a name registered in an Indian script (the slip never prints
    the full name: it is read aloud and left on chairs)."""
    if slip.patient_initials_latin and slip.patient_initials_latin != slip.patient_initials:
        return f"{slip.patient_initials} · {slip.patient_initials_latin}"
    return slip.patient_initials


def _token(label: str) -> Flowable:
    """The token label as large as fits on one line (46 pt for 'GM-12')."""
    _, bold = register_fonts()
    size = fit_font_size(label, bold, WIDTH, TOKEN_SIZE, TOKEN_MIN_SIZE)
    style = paragraph_style("slip-token", size, bold=True, align=CENTRE, leading=size * 1.1, space_after=1)
    return Paragraph(markup(label), style)


def _level_box(slip: TokenSlipData) -> Flowable:
    head, note = level_text(slip)
    text: list[Any] = [Paragraph(markup(head), _BAND if slip.level else _PENDING)]
    if note:
        text.append(Paragraph(markup(note), _BAND_NOTE))
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1.2, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the default would add an unembedded Helvetica
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if not slip.level:
        # dashed, no fill: nothing to colour yet
        commands[0] = ("BOX", (0, 0), (-1, -1), 1, INK, None, (3, 2))
        table = Table([[text]], colWidths=[WIDTH])
    else:
        colours = triage_colours(slip.level)
        # A solid swatch of the level colour, then the words in black on a light tint of it: the tint
        # stays light (and the text black) when a monochrome printer turns colour into grey.
        table = Table([["", text]], colWidths=[SWATCH, WIDTH - SWATCH])
        commands += [
            ("BACKGROUND", (0, 0), (0, 0), colours.fill),
            ("BACKGROUND", (1, 0), (1, 0), colours.tint),
            ("LINEAFTER", (0, 0), (0, 0), 1.2, INK),
        ]
    table.setStyle(TableStyle(commands))
    return table
