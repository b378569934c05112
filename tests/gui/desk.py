"""The desk context a test hands to a tab or window: the test's Ops and actor, the clinic's clock and
desk settings in a throwaway folder (or the test's own Settings when it checks what is saved)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hms_desktop.gui.desk import DeskContext
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor


def desk_of(ops: Ops, services: Services, actor: Actor, settings: Settings | None = None) -> DeskContext:
    if settings is None:
        settings = Settings(Path(tempfile.mkdtemp(prefix="hms-desk-")) / "desk.ini")
    return DeskContext.of(ops, services, actor, settings)
