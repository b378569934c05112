"""Which automatic backups to keep: the newest of each of the last 14 days that have one, and the first
of each of the last 12 months that have one. Pure Python; the backup service deletes the rest.

Manual backups and the safety copies taken before a restore are never pruned (they are not passed in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

DAILY_KEPT = 14
MONTHLY_KEPT = 12


def to_keep(
    stamps: Iterable[dt.datetime], daily: int = DAILY_KEPT, monthly: int = MONTHLY_KEPT
) -> set[dt.datetime]:
    """The subset of ``stamps`` (local times of automatic backups) to keep."""
    by_day: dict[dt.date, dt.datetime] = {}
    by_month: dict[tuple[int, int], dt.datetime] = {}
    for t in stamps:
        day = t.date()
        if day not in by_day or t > by_day[day]:
            by_day[day] = t
        month = (t.year, t.month)
        if month not in by_month or t < by_month[month]:
            by_month[month] = t
    keep = {by_day[d] for d in sorted(by_day, reverse=True)[:daily]}
    keep |= {by_month[m] for m in sorted(by_month, reverse=True)[:monthly]}
    return keep
