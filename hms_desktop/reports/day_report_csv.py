"""The day report as CSV, for an accountant's import (the printed one is ``reports.day_report``)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from hms_desktop.domain.day_report import DayReport

CSV_COLUMNS = (
    "date",
    "doc_type",
    "number",
    "against",
    "patient",
    "taxable",
    "exempt",
    "cgst",
    "sgst",
    "igst",
    "round_off",
    "total",
    "paid",
    "balance",
    "modes",
    "status",
)


def _plain(value: Decimal) -> str:
    return f"{value:.2f}"


def day_report_csv(report: DayReport) -> str:
    """One row per document (invoices then credit notes, credit notes negative), for an accountant's
    import: ISO dates, plain two-decimal numbers (no rupee sign, no grouping), modes joined by '+'. A
    clinic in a Union Territory without a legislature has a 'utgst' column where others have 'sgst'."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([report.state_head.lower() if c == "sgst" else c for c in CSV_COLUMNS])
    for d in report.documents:
        writer.writerow(
            [
                d.doc_date.isoformat(),
                d.doc_type,
                d.number,
                d.against or "",
                d.patient,
                _plain(d.taxable_value),
                _plain(d.exempt_value),
                _plain(d.cgst),
                _plain(d.sgst),
                _plain(d.igst),
                _plain(d.round_off),
                _plain(d.total),
                _plain(d.paid),
                _plain(d.balance),
                "+".join(d.modes),
                d.status,
            ]
        )
    return buffer.getvalue()
