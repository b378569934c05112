"""Slot generation and booking rules (pure Python, no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from hms_desktop.domain import scheduling as dom

IST = dom.zone("Asia/Kolkata")
MON = dt.date(2031, 3, 3)  # a Monday
MORNING = dom.WeeklySession(0, 9 * 60, 13 * 60, 15)


def test_hhmm_round_trip() -> None:
    assert dom.parse_hhmm("09:30") == 570
    assert dom.parse_hhmm("24:00") == 1440
    assert dom.hhmm(570) == "09:30"
    for bad in ("9", "25:00", "12:60", "24:01", "", "ab:cd"):
        with pytest.raises(ValueError):
            dom.parse_hhmm(bad)
    with pytest.raises(ValueError):
        dom.parse_hhmm("24:00", allow_24=False)


def test_slots_are_local_times_in_utc() -> None:
    slots = dom.day_slots(MON, [MORNING], [], 0, 1440, IST)
    assert len(slots) == 16
    first = slots[0]
    assert first.starts_at == dt.datetime(2031, 3, 3, 3, 30, tzinfo=dt.UTC)  # 09:00 IST
    assert first.ends_at - first.starts_at == dt.timedelta(minutes=15)
    assert slots[-1].ends_at.astimezone(IST).time() == dt.time(13, 0)
    assert all(s.starts_at.tzinfo is dt.UTC for s in slots)


def test_only_that_weekday_and_not_on_leave() -> None:
    assert dom.day_slots(MON + dt.timedelta(days=1), [MORNING], [], 0, 1440, IST) == []
    leave = [dom.LeavePeriod(MON - dt.timedelta(days=2), MON)]
    assert dom.day_slots(MON, [MORNING], leave, 0, 1440, IST) == []
    assert dom.on_leave(MON, leave) and not dom.on_leave(MON + dt.timedelta(days=1), leave)


def test_slots_intersect_department_hours_on_the_session_grid() -> None:
    slots = dom.day_slots(MON, [MORNING], [], 10 * 60 + 5, 12 * 60, IST)
    local = [s.starts_at.astimezone(IST).strftime("%H:%M") for s in slots]
    assert local[0] == "10:15" and local[-1] == "11:45"
    assert all(s.ends_at.astimezone(IST).time() <= dt.time(12, 0) for s in slots)


def test_partial_last_slot_is_dropped_and_duplicates_merge() -> None:
    sess = dom.WeeklySession(0, 9 * 60, 9 * 60 + 50, 20)
    assert len(dom.day_slots(MON, [sess, sess], [], 0, 1440, IST)) == 2


def test_other_time_zone() -> None:
    slots = dom.day_slots(MON, [MORNING], [], 0, 1440, dom.zone("UTC"))
    assert slots[0].starts_at == dt.datetime(2031, 3, 3, 9, 0, tzinfo=dt.UTC)


def test_day_bounds_and_local_date() -> None:
    lo, hi = dom.day_bounds(MON, IST)
    assert lo == dt.datetime(2031, 3, 2, 18, 30, tzinfo=dt.UTC)
    assert hi - lo == dt.timedelta(days=1)
    assert dom.local_date(lo, IST) == MON
    assert dom.local_date(hi - dt.timedelta(seconds=1), IST) == MON


def test_booking_window() -> None:
    now = dt.datetime(2031, 3, 3, 3, 0, tzinfo=dt.UTC)
    assert dom.window_error(now, now) is None
    assert dom.window_error(now + dt.timedelta(days=30), now) is None
    assert "30 days" in (dom.window_error(now + dt.timedelta(days=30, minutes=1), now) or "")
    assert "past" in (dom.window_error(now - dt.timedelta(minutes=1), now) or "")


def test_registration_and_cap() -> None:
    assert dom.registration_error(MON, MON) is None
    assert dom.registration_error(MON - dt.timedelta(days=1), MON)
    assert dom.registration_expiring(MON + dt.timedelta(days=30), MON)
    assert not dom.registration_expiring(MON + dt.timedelta(days=31), MON)
    assert not dom.registration_expiring(MON - dt.timedelta(days=1), MON)
    assert dom.cap_error(11, 12) is None
    assert dom.cap_error(12, 12)


def test_session_errors() -> None:
    ok = [MORNING, dom.WeeklySession(0, 14 * 60, 17 * 60, 20), dom.WeeklySession(1, 9 * 60, 13 * 60, 15)]
    assert dom.session_errors(ok, 8 * 60, 18 * 60) == {}
    overlap = [MORNING, dom.WeeklySession(0, 12 * 60, 14 * 60, 15)]
    assert "sessions[1]" in dom.session_errors(overlap, 0, 1440)
    assert "sessions[0]" in dom.session_errors([MORNING], 10 * 60, 18 * 60)
    assert "sessions[0]" in dom.session_errors([dom.WeeklySession(7, 60, 120, 15)], 0, 1440)
    assert "sessions[0]" in dom.session_errors([dom.WeeklySession(0, 60, 120, 3)], 0, 1440)
    assert "sessions[0]" in dom.session_errors([dom.WeeklySession(0, 120, 60, 15)], 0, 1440)
