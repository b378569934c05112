"""Appointment slots and booking rules, in pure Python.

A doctor's week is a set of sessions (weekday 0=Monday, start/end as minutes after local midnight, a
slot length). The slots of one date are that weekday's sessions cut into slot lengths, kept only where
the whole slot lies inside the department's operating hours, and none at all on a leave day. Times are
local wall-clock minutes in the clinic's time zone and come out as aware UTC datetimes, which is how the
database stores them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Sequence

DEFAULT_TIME_ZONE = "Asia/Kolkata"
BOOKING_WINDOW_DAYS = 30
REG_EXPIRY_WARN_DAYS = 30
MIN_SLOT_MINUTES = 5
MAX_SLOT_MINUTES = 240
_HHMM_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@dataclasses.dataclass(frozen=True)
class WeeklySession:
    weekday: int  # 0 = Monday
    start_min: int
    end_min: int
    slot_minutes: int


@dataclasses.dataclass(frozen=True)
class LeavePeriod:
    from_date: dt.date
    to_date: dt.date  # inclusive

    def covers(self, day: dt.date) -> bool:
        return self.from_date <= day <= self.to_date


@dataclasses.dataclass(frozen=True)
class SlotTime:
    starts_at: dt.datetime  # aware, UTC
    ends_at: dt.datetime


def zone(name: str | None) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name or DEFAULT_TIME_ZONE)


def parse_hhmm(text: str, *, allow_24: bool = True) -> int:
    """'09:30' -> 570. '24:00' is allowed as the end of a day. ValueError when malformed."""
    m = _HHMM_RE.match(text) if isinstance(text, str) else None  # a number or None is no time
    if not m:
        raise ValueError(f"Not a time (HH:MM): {text!r}")
    hours, minutes = int(m.group(1)), int(m.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and (minutes or not allow_24)):
        raise ValueError(f"Not a time (HH:MM): {text!r}")
    return hours * 60 + minutes


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def local_instant(day: dt.date, minutes: int, tz: dt.tzinfo) -> dt.datetime:
    """The UTC instant of ``minutes`` after local midnight of ``day`` (wall-clock arithmetic)."""
    midnight = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    return (midnight + dt.timedelta(minutes=minutes)).astimezone(dt.UTC)


def day_bounds(day: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the local date ``day`` as UTC instants."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz).astimezone(dt.UTC)
    return start, end


def local_date(instant: dt.datetime, tz: dt.tzinfo) -> dt.date:
    return instant.astimezone(tz).date()


def on_leave(day: dt.date, leave: Iterable[LeavePeriod]) -> bool:
    return any(p.covers(day) for p in leave)


def day_slots(
    day: dt.date,
    sessions: Iterable[WeeklySession],
    leave: Iterable[LeavePeriod],
    opens_min: int,
    closes_min: int,
    tz: dt.tzinfo,
) -> list[SlotTime]:
    """The bookable slot times of one local date, in order, without duplicates."""
    if on_leave(day, leave):
        return []
    seen: dict[dt.datetime, SlotTime] = {}
    for sess in sessions:
        if sess.weekday != day.weekday() or sess.slot_minutes <= 0:
            continue
        start = max(sess.start_min, opens_min)
        # keep the session's own grid even when the department opens later than the session starts
        if start > sess.start_min:
            steps = -(-(start - sess.start_min) // sess.slot_minutes)
            start = sess.start_min + steps * sess.slot_minutes
        end = min(sess.end_min, closes_min)
        m = start
        while m + sess.slot_minutes <= end:
            begins = local_instant(day, m, tz)
            seen.setdefault(begins, SlotTime(begins, local_instant(day, m + sess.slot_minutes, tz)))
            m += sess.slot_minutes
    return [seen[k] for k in sorted(seen)]


def find_slot(slots: Sequence[SlotTime], starts_at: dt.datetime) -> SlotTime | None:
    for slot in slots:
        if slot.starts_at == starts_at:
            return slot
    return None


def window_error(starts_at: dt.datetime, now: dt.datetime, days: int = BOOKING_WINDOW_DAYS) -> str | None:
    """Why ``starts_at`` cannot be booked at ``now`` (past, or beyond the booking window), else None."""
    if starts_at < now:
        return "This slot is in the past."
    if starts_at > now + dt.timedelta(days=days):
        return f"Appointments can be booked at most {days} days ahead."
    return None


def registration_error(reg_expiry: dt.date, on: dt.date) -> str | None:
    if reg_expiry < on:
        return (
            f"The doctor's registration expired on {reg_expiry:%d %b %Y}; "
            "they cannot be booked until it is renewed."
        )
    return None


def registration_expiring(reg_expiry: dt.date, on: dt.date, days: int = REG_EXPIRY_WARN_DAYS) -> bool:
    """True within ``days`` days before expiry (and not yet expired)."""
    return on <= reg_expiry <= on + dt.timedelta(days=days)


def cap_error(active_that_day: int, daily_cap: int) -> str | None:
    if active_that_day >= daily_cap:
        return f"The doctor already has {daily_cap} appointments that day (the daily limit)."
    return None


def overlaps(a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime) -> bool:
    return a_start < b_end and b_start < a_end


def session_errors(sessions: Sequence[WeeklySession], opens_min: int, closes_min: int) -> dict[str, str]:
    """Problems with a weekly schedule, keyed 'sessions[i]' (bad values, outside hours, overlaps)."""
    errors: dict[str, str] = {}
    for i, s in enumerate(sessions):
        key = f"sessions[{i}]"
        if not 0 <= s.weekday <= 6:
            errors[key] = "The weekday must be 0 (Monday) to 6 (Sunday)."
        elif not MIN_SLOT_MINUTES <= s.slot_minutes <= MAX_SLOT_MINUTES:
            errors[key] = f"The slot length must be {MIN_SLOT_MINUTES}-{MAX_SLOT_MINUTES} minutes."
        elif not 0 <= s.start_min < s.end_min <= 1440:
            errors[key] = "The session must end after it starts."
        elif s.start_min < opens_min or s.end_min > closes_min:
            errors[key] = (
                f"The session must lie inside the department's hours ({hhmm(opens_min)}-{hhmm(closes_min)})."
            )
        elif s.end_min - s.start_min < s.slot_minutes:
            errors[key] = "The session is shorter than one slot."
    for i, a in enumerate(sessions):
        for j in range(i + 1, len(sessions)):
            b = sessions[j]
            if a.weekday == b.weekday and a.start_min < b.end_min and b.start_min < a.end_min:
                errors.setdefault(
                    f"sessions[{j}]",
                    f"Overlaps another session on the same day ({hhmm(a.start_min)}-{hhmm(a.end_min)}).",
                )
    return errors
