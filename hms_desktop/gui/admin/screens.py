"""Builds the administrator's screens by name, for the Settings menu and the screenshot tool."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

NAMES = ("clinic", "staff", "prices", "audit", "reopen", "wizard")


def build(
    which: str, ops: Ops, services: Services, actor: Actor, settings: Settings, parent: QWidget | None
) -> QDialog:
    if which == "clinic":
        from hms_desktop.gui.admin.clinic_dialog import ClinicDialog

        return ClinicDialog(ops, services, actor, parent)
    if which == "staff":
        from hms_desktop.gui.admin.staff import StaffDialog

        return StaffDialog(ops, services, actor, parent)
    if which == "prices":
        from hms_desktop.gui.admin.prices import PriceDialog

        return PriceDialog(ops, services, actor, parent)
    if which == "audit":
        from hms_desktop.gui.admin.audit_dialog import AuditDialog

        return AuditDialog(ops, services, actor, parent)
    if which == "reopen":
        from hms_desktop.gui.admin.reopen import ReopenDayDialog

        return ReopenDayDialog(ops, services, actor, parent)
    if which == "wizard":
        from hms_desktop.gui.admin.wizard import SetupWizard

        return SetupWizard(ops, services, actor, settings, parent)
    raise ValueError(which)
