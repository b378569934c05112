"""Today's queue tokens, shared by every writer that adds to the queue (check-in, walk-in, transfer).

A token is taken the same way everywhere: ``changes.lock_tokens`` first (its row lock serialises
the token writers), then the day's highest token plus one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hms_desktop.db.models import QueueEntry


def next_token(s: Session, visit_date: dt.date, series: str) -> int:
    """The next queue token of a day and series. Call after ``changes.lock_tokens(s)``."""
    last = s.scalar(
        select(func.max(QueueEntry.token_no)).where(
            QueueEntry.visit_date == visit_date, QueueEntry.token_series == series
        )
    )
    return int(last or 0) + 1
