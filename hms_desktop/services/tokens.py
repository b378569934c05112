"""Today's queue tokens and the change counters desks poll to see each other's writes.

Both are shared by every writer of the queue (check-in, walk-in, triage...), so a token is taken the
same way everywhere: bump the 'queue' counter first (its row lock serialises the writers), then the
day's highest token plus one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hms_desktop.db.base import utcnow
from hms_desktop.db.models import ChangeCounter, QueueEntry


def bump_counter(s: Session, topic: str) -> None:
    """Bump a change counter (creating it on first use). Takes the counter's row lock: call it last."""
    now = utcnow()
    stmt = (
        update(ChangeCounter)
        .where(ChangeCounter.topic == topic)
        .values(counter=ChangeCounter.counter + 1, changed_at=now)
        .execution_options(synchronize_session=False)
    )
    if cast(CursorResult[Any], s.execute(stmt)).rowcount:
        return
    try:
        with s.begin_nested():
            s.add(ChangeCounter(topic=topic, counter=1, changed_at=now))
    except IntegrityError:  # another desk created it first
        s.execute(stmt)


def next_token(s: Session, visit_date: dt.date, series: str) -> int:
    """The next queue token of a day and series. Call after ``bump_counter(s, 'queue')`` (the lock)."""
    last = s.scalar(
        select(func.max(QueueEntry.token_no)).where(
            QueueEntry.visit_date == visit_date, QueueEntry.token_series == series
        )
    )
    return int(last or 0) + 1
