"""Clinic-local display of the UTC instants the scheduling service works in.

Day and month names follow the desk's language: on a Hindi desk the locale's (मंगल 24 नव॰), on an
English one the English abbreviations as they have always been written (Tue 24 Nov).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

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
    """``when`` (already local) with day or month names: the locale's in the desk's language
    (``qt_format``, a QLocale format), else ``py_format`` (strftime's English names, as before)."""
    if i18n.current() == i18n.SOURCE_LANGUAGE:
        return when.strftime(py_format)
    day = QDate(when.year, when.month, when.day)
    if isinstance(when, dt.datetime):
        return QLocale().toString(QDateTime(day, QTime(when.hour, when.minute, when.second)), qt_format)
    return QLocale().toString(day, qt_format)


def day_label(day: dt.date) -> str:
    """e.g. "Tue 24 Nov"."""
    return named(day, "ddd dd MMM", "%a %d %b")  # notr: date formats


def day_time(when: dt.datetime, tz: dt.tzinfo) -> str:
    """e.g. "Tue 24 Nov, 09:15"."""
    return named(local(when, tz), "ddd dd MMM, HH:mm", "%a %d %b, %H:%M")  # notr: date formats
