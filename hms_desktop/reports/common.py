"""What the clinic's printed documents share: dates and quantities as a reader expects them, and the
borderless grid that lays out their blocks side by side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.platypus import Table, TableStyle

from hms_desktop.reports.styles import REGULAR

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_text(day: dt.date) -> str:
    """'12 Apr 2025' (no locale month names: the printout reads the same on every desk)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def quantity_text(quantity: Decimal) -> str:
    """15 for 15.000, 7.5 for 7.50: a pharmacist reads '15.00 tablets' as odd."""
    if quantity == quantity.to_integral_value():
        return str(int(quantity))
    return format(quantity.normalize(), "f")


def grid(rows: list[list[Any]], widths: Sequence[float], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
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
