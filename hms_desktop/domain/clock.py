"""The clinic's clock: the instant now, the clinic's time zone, and the clinic's local day.

One ``Clock`` is built in the composition root (``services.container.build_services``) from the clinic
settings row and handed to every service and to the desk, so "today" on a bill, a queue token, an
appointment and the screen that shows them is the same local day. Instants are aware UTC datetimes
(what the database stores); local dates and wall-clock times are in ``zone``.

The zone can change while the desk runs (an administrator saves the clinic settings): the clinic
service then calls ``set_zone`` on the shared clock, so every service follows without a restart.
Tests give a ``source`` that returns a fixed or stepped instant.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

from hms_desktop.domain.scheduling import DEFAULT_TIME_ZONE

__all__ = ["Clock", "system_utc_now"]


def system_utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Clock:
    """``now()`` (aware UTC), ``zone`` (the clinic's), ``today()`` (the clinic's local date)."""

    def __init__(
        self, zone: str | zoneinfo.ZoneInfo | None = None, source: Callable[[], dt.datetime] = system_utc_now
    ) -> None:
        self._source = source
        self._zone = _as_zone(zone)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self._zone

    @property
    def zone_name(self) -> str:
        return self._zone.key

    def set_zone(self, zone: str | zoneinfo.ZoneInfo | None) -> None:
        """Follow the clinic settings (an unknown name raises ``ZoneInfoNotFoundError``, keeping the old)."""
        self._zone = _as_zone(zone)

    def now(self) -> dt.datetime:
        instant = self._source()
        if instant.tzinfo is None:  # a naive source is taken as UTC, never as the desk's local time
            instant = instant.replace(tzinfo=dt.UTC)
        return instant.astimezone(dt.UTC)

    def today(self) -> dt.date:
        return self.now().astimezone(self._zone).date()

    def local(self, instant: dt.datetime) -> dt.datetime:
        """``instant`` on the clinic's wall clock (a naive instant is UTC, as the database returns it)."""
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=dt.UTC)
        return instant.astimezone(self._zone)

    def local_date(self, instant: dt.datetime) -> dt.date:
        return self.local(instant).date()

    def day_bounds(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) of the clinic's local date ``day`` as UTC instants."""
        start = dt.datetime.combine(day, dt.time(0), tzinfo=self._zone).astimezone(dt.UTC)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=self._zone).astimezone(
            dt.UTC
        )
        return start, end

    def __repr__(self) -> str:
        return f"Clock(zone={self.zone_name!r})"


def _as_zone(zone: str | zoneinfo.ZoneInfo | None) -> zoneinfo.ZoneInfo:
    if zone is None or zone == "":
        return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)
    if isinstance(zone, str):
        return zoneinfo.ZoneInfo(zone)
    return zone
