"""Clinic-local display of the UTC instants the scheduling service works in."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hms_desktop.domain.clock import Clock


def clinic_zone(service: Any) -> dt.tzinfo:
    """The clinic's time zone, from the clock a service holds (``service.clock``, a domain Clock)."""
    clock: Clock = service.clock
    return clock.zone


def local(when: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return when.astimezone(tz) if when.tzinfo else when.replace(tzinfo=dt.UTC).astimezone(tz)


def hhmm(when: dt.datetime, tz: dt.tzinfo) -> str:
    return local(when, tz).strftime("%H:%M")


def day_time(when: dt.datetime, tz: dt.tzinfo) -> str:
    """e.g. "Tue 24 Nov, 09:15"."""
    return local(when, tz).strftime("%a %d %b, %H:%M")
