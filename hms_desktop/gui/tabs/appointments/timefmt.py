"""Clinic-local display of the UTC instants the scheduling service works in."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

DEFAULT_TZ = "Asia/Kolkata"


def clinic_zone(service: Any) -> zoneinfo.ZoneInfo:
    """The scheduling service's time zone (a name or a ZoneInfo), Asia/Kolkata when it has none."""
    tz = getattr(service, "_tz", None) or getattr(service, "time_zone", None) or DEFAULT_TZ
    return tz if isinstance(tz, zoneinfo.ZoneInfo) else zoneinfo.ZoneInfo(str(tz))


def local(when: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return when.astimezone(tz) if when.tzinfo else when.replace(tzinfo=dt.UTC).astimezone(tz)


def hhmm(when: dt.datetime, tz: dt.tzinfo) -> str:
    return local(when, tz).strftime("%H:%M")


def day_time(when: dt.datetime, tz: dt.tzinfo) -> str:
    """e.g. "Tue 24 Nov, 09:15"."""
    return local(when, tz).strftime("%a %d %b, %H:%M")
