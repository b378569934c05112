"""What every document shares: fonts, paragraph styles, page sizes, the triage colours, fitting text.

Documents call :func:`hms_desktop.reports.fonts.register_fonts` before drawing (the styles here only
name the fonts). Colours and sizes are chosen to survive a monochrome thermal printer: text is black,
and a colour never carries meaning on its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from hms_desktop.reports.shaping import HmsCanvas

__all__ = [
    "BOLD",
    "CENTRE",
    "INK",
    "MUTED",
    "REGULAR",
    "ROLL_MARGIN",
    "ROLL_WIDTH",
    "RULE",
    "TRIAGE",
    "HmsCanvas",
    "TriageColours",
    "fit_font_size",
    "markup",
    "mm",
    "paragraph_style",
    "register_fonts",
    "triage_colours",
]

# 80 mm thermal roll: the print head covers about 72 mm of it.
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm

CENTRE = TA_CENTER
INK = colors.black
MUTED = colors.HexColor("#333333")  # still dark enough for a thermal head
RULE = 0.6  # pt, horizontal rules


@dataclasses.dataclass(frozen=True)
class TriageColours:
    """How one triage level is painted: ``fill`` with ``text`` on it, or black text on ``tint``."""

    name: str  # 'YELLOW': printed, so the level never depends on colour alone
    fill: colors.Color
    text: colors.Color
    tint: colors.Color  # a light version of ``fill`` that black text reads on, also when printed grey


def _level(name: str, fill: str, text: str) -> TriageColours:
    base = colors.HexColor(fill)
    # 80% towards white: light enough that a thermal printer's dither leaves black text readable.
    tint = colors.Color(*(c + (1 - c) * 0.8 for c in (base.red, base.green, base.blue)))
    return TriageColours(name, base, colors.HexColor(text), tint)


TRIAGE: dict[str, TriageColours] = {
    "red": _level("RED", "#D32F2F", "#FFFFFF"),
    "orange": _level("ORANGE", "#F57C00", "#FFFFFF"),
    "yellow": _level("YELLOW", "#FBC02D", "#000000"),
    "green": _level("GREEN", "#388E3C", "#FFFFFF"),
    "blue": _level("BLUE", "#1976D2", "#FFFFFF"),
}
_UNKNOWN = _level("", "#9E9E9E", "#000000")


def triage_colours(level: str) -> TriageColours:
    """The colours of ``level`` ('red'..'blue'); an unknown level gets grey under its own name."""
    found = TRIAGE.get(level.strip().lower())
    if found is not None:
        return found
    return dataclasses.replace(_UNKNOWN, name=level.strip().upper())


def paragraph_style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    align: int = TA_LEFT,
    leading: float | None = None,
    space_after: float = 0,
    colour: colors.Color = INK,
) -> ParagraphStyle:
    """A Platypus style in the house fonts (leading 1.2 x size unless given)."""
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.2, 1),
        alignment=align,
        spaceAfter=space_after,
        textColor=colour,
    )


def markup(text: str) -> str:
    """Plain text made safe for a Paragraph (``&``, ``<`` and ``>`` escaped)."""
    return escape(text)


def fit_font_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest size in [smallest, largest] at which ``text`` fits on one line of ``width`` points."""
    natural = float(stringWidth(text, font, largest))
    if natural <= width:
        return largest
    return max(smallest, largest * width / natural)


def numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that holds its pages until ``save`` so each can say 'Page 2 of 3'."""

    class NumberedCanvas(HmsCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802  (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def paged_document(
    target: Any,
    page: tuple[float, float],
    *,
    margin: float,
    footer: float,
    running_header: float,
    title: str,
    author: str,
    subject: str,
) -> Any:
    """A deterministic multi-page document: the first page's frame from the top margin, later pages'
    below a running header, both above the footer. Build it with ``canvasmaker=numbered_canvas(...)``."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    regular, _ = register_fonts()
    width, height = page
    inner = width - 2 * margin
    bottom = margin + footer
    pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(margin, bottom, inner, height - margin - bottom, id="first", **pad)
    later = Frame(margin, bottom, inner, height - margin - running_header - bottom, id="later", **pad)
    template = BaseDocTemplate(
        target,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author=author,
        subject=subject,
        creator="HMS Desktop",
        invariant=1,  # fixed creation date and document id: a reprint is byte-identical
        initialFontName=regular,  # otherwise each page names an unused, unembedded Helvetica
    )
    template.addPageTemplates(
        [PageTemplate(id="first", frames=[first]), PageTemplate(id="later", frames=[later])]
    )
    return template
