"""What every desk widget is handed besides the services it calls: one :class:`DeskContext`.

The context is the desk's own state, built once by the main window (the GUI's composition root):
the :class:`~hms_desktop.gui.ops.Ops` that runs service calls on workers, the signed-in actor, the
desk's :class:`~hms_desktop.gui.settings.Settings` (required: a window that remembers its geometry
or a PDF folder never gets ``None`` and silently forgets) and the clinic's clock, so every time a
person reads is the clinic's local time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor


class Clock(Protocol):
    """The clinic's clock: an aware ``now()``, the clinic's ``today()`` and its ``zone``."""

    @property
    def zone(self) -> zoneinfo.ZoneInfo: ...

    def now(self) -> dt.datetime: ...

    def today(self) -> dt.date: ...


@dataclasses.dataclass(frozen=True)
class ZoneClock:
    """The wall clock seen in the clinic's time zone (the services' ``Clock`` when they give one)."""

    zone: zoneinfo.ZoneInfo

    @classmethod
    def named(cls, name: str) -> ZoneClock:
        return cls(zoneinfo.ZoneInfo(name))

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone)

    def today(self) -> dt.date:
        return self.now().date()


def clinic_clock(services: Services) -> Clock:
    """The services' clinic clock (one object, following the clinic settings' time zone)."""
    return services.clock


@dataclasses.dataclass(frozen=True)
class DeskContext:
    ops: Ops
    actor: Actor
    settings: Settings
    clock: Clock

    @classmethod
    def of(cls, ops: Ops, services: Services, actor: Actor, settings: Settings) -> DeskContext:
        return cls(ops, actor, settings, clinic_clock(services))
