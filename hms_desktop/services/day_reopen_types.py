"""Reopening a closed cashier day: the closed day as listed, and the reason's limit (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt

REOPEN_REASON_MAX = 300  # day_reopen.reason; the dialog's box takes at most this many


@dataclasses.dataclass(frozen=True)
class ClosedDay:
    day_close_id: int
    cashier_id: int
    cashier: str
    business_date: dt.date
    close_no: int
    closed_at: dt.datetime
    difference: object
    reopened: bool
