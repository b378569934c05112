"""Clinic-local display of the UTC instants the scheduling service works in.

Day and month names follow the desk's language: on a Hindi desk the locale's (मंगल 24 नव॰), on an
English one the English abbreviations as they have always been written (Tue 24 Nov).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hms_desktop.domain.clock import Clock
from hms_desktop.gui import i18n


def clinic_zone(service: Any) -> dt.tzinfo:
    """The clinic's time zone, from the clock a service holds (``service.clock``, a domain Clock)."""
    clock: Clock = service.clock
    return clock.zone


def local(when: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return when.astimezone(tz) if when.tzinfo else when.replace(tzinfo=dt.UTC).astimezone(tz)


def hhmm(when: dt.datetime, tz: dt.tzinfo) -> str:
    return local(when, tz).strftime("%H:%M")


def named(when: dt.date | dt.datetime, qt_format: str, py_format: str) -> str:
    """``when`` (already local) with day or month names in the desk's language (see i18n.named_date)."""
    return i18n.named_date(when, qt_format, py_format)


def day_label(day: dt.date) -> str:
    """e.g. "Tue 24 Nov"."""
    return named(day, "ddd dd MMM", "%a %d %b")  # notr: date formats


def day_time(when: dt.datetime, tz: dt.tzinfo) -> str:
    """e.g. "Tue 24 Nov, 09:15"."""
    return named(local(when, tz), "ddd dd MMM, HH:mm", "%a %d %b, %H:%M")  # notr: date formats
