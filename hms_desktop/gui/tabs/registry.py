"""The main window's tabs, declared once (Frescobaldi's plugin shape).

Each area of the desk is one :class:`TabSpec` in :data:`TABS`: its key (what ``LAST_TAB`` stores), the
title on the tab, the permission that sees it (others get a short "not for your role" page and no
polling), the factory that builds it from the desk context and the services, and the signals that
ask the main window for a token slip. The built page follows :class:`DeskTab`: ``start`` after the
window is shown, ``stop`` on close, ``refresh`` after the connection came back, and ``main_control``
(the widget that takes the keyboard when the tab is shown). A new area (lab, pharmacy) adds its
package under ``gui/tabs/`` and one entry here; the main window has nothing to change.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hms_desktop.domain.enums import Role
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.gui.widgets.placeholder import PlaceholderPanel

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor


@runtime_checkable
class DeskTab(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...

    def refresh(self) -> None: ...

    def main_control(self) -> QWidget: ...


# (menu text, shortcut, what it does on the built tab): put in the window's Desk menu, window-wide
DeskAction = tuple[str, str, Callable[[QWidget], None]]

# the titles, refusals and Desk menu texts below are marked with QT_TRANSLATE_NOOP in this context
# (lupdate finds them there) and translated where they are shown: the declarations stay English keys
CONTEXT = "TabSpec"
# "&Patients" or, translated, "रोगी (&P)": the Latin Alt key in brackets, as Indic and CJK desks do
_MNEMONIC = re.compile(r"\s*\(&[^)]\)|&(?=[^&])")


def translate_spec(text: str) -> str:
    """A text declared here, in the desk's language."""
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """``text`` without its Alt-key marker, in either style."""
    return _MNEMONIC.sub("", text)


# the roles as a person reads them (status bar, staff lists); Role's values are keys
ROLE_NAMES: dict[Role, str] = {
    Role.ADMIN: str(QT_TRANSLATE_NOOP("TabSpec", "Admin")),
    Role.DOCTOR: str(QT_TRANSLATE_NOOP("TabSpec", "Doctor")),
    Role.NURSE: str(QT_TRANSLATE_NOOP("TabSpec", "Nurse")),
    Role.RECEPTIONIST: str(QT_TRANSLATE_NOOP("TabSpec", "Receptionist")),
    Role.CASHIER: str(QT_TRANSLATE_NOOP("TabSpec", "Cashier")),
}


def role_name(role: Role) -> str:
    return translate_spec(ROLE_NAMES[role]) if role in ROLE_NAMES else role.value.capitalize()


@dataclasses.dataclass(frozen=True)
class TabSpec:
    key: str
    title: str  # with its mnemonic, e.g. "&Queue"
    icon: str
    build: Callable[[DeskContext, Services], QWidget]
    sees: Action | None = None  # None: every signed-in role
    refused: str = ""  # what a role that may not see it reads instead
    slip_signals: tuple[str, ...] = ()  # signals carrying a queue entry id whose token slip to show
    desk_actions: tuple[DeskAction, ...] = ()
    home_of: tuple[Role, ...] = ()  # the roles that land here after sign-in (issue 15 #14)

    @property
    def name(self) -> str:
        """The title as shown, translated, without its Alt key (the tab bar has none)."""
        return plain(translate_spec(self.title))

    def visible_to(self, actor: Actor) -> bool:
        return self.sees is None or allowed(actor.role, self.sees)

    def make(self, desk: DeskContext, services: Services) -> QWidget:
        if self.visible_to(desk.actor):
            return self.build(desk, services)
        refused = translate_spec(self.refused) if self.refused else ""
        default = QCoreApplication.translate("TabSpec", "{} is not for your role.").format(self.name)
        return RefusedTab(self.name, refused or default, self.icon)


class RefusedTab(PlaceholderPanel):
    """The page a role sees instead of a tab it may not use: no service calls, no polling."""

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def main_control(self) -> QWidget:
        return self


def _patients(desk: DeskContext, services: Services) -> QWidget:
    from hms_desktop.gui.tabs.patients.view import PatientsTab

    return PatientsTab(desk, services)


def _appointments(desk: DeskContext, services: Services) -> QWidget:
    from hms_desktop.gui.tabs.appointments import AppointmentsTab

    return AppointmentsTab(desk, services)


def _doctors(desk: DeskContext, services: Services) -> QWidget:
    from hms_desktop.gui.tabs.doctors import DoctorsTab

    return DoctorsTab(desk, services)


def _queue(desk: DeskContext, services: Services) -> QWidget:
    from hms_desktop.gui.tabs.queue.view import QueueTab

    return QueueTab(desk, services)


def _billing(desk: DeskContext, services: Services) -> QWidget:
    from hms_desktop.gui.tabs.billing import BillingTab

    return BillingTab(desk, services)


def _call(method: str) -> Callable[[QWidget], None]:
    return lambda tab: getattr(tab, method)()


TABS: tuple[TabSpec, ...] = (
    TabSpec(
        "patients",
        str(QT_TRANSLATE_NOOP("TabSpec", "&Patients")),
        "patients",
        _patients,
        home_of=(Role.RECEPTIONIST, Role.ADMIN),
        slip_signals=("walk_in_registered",),  # the slip to hand over
        desk_actions=(
            (str(QT_TRANSLATE_NOOP("TabSpec", "Quick &walk-in…")), "F2", _call("walk_in")),
            (
                str(QT_TRANSLATE_NOOP("TabSpec", "&Register patient…")),
                "Ctrl+N",  # notr: a key sequence
                _call("register_patient"),
            ),
        ),
    ),
    TabSpec(
        "appointments",
        str(QT_TRANSLATE_NOOP("TabSpec", "&Appointments")),
        "doctors",
        _appointments,
        slip_signals=("checked_in",),
    ),
    TabSpec("doctors", str(QT_TRANSLATE_NOOP("TabSpec", "&Doctors")), "doctors", _doctors),
    # the nurse triages from the queue, the doctor calls the next patient there
    TabSpec(
        "queue",
        str(QT_TRANSLATE_NOOP("TabSpec", "&Queue")),
        "queue",
        _queue,
        slip_signals=("print_slip_requested",),
        home_of=(Role.DOCTOR, Role.NURSE),
    ),
    # only the roles that may see bills get the cashier's tab (and its poll, which for any other
    # role would be refused, and audited, every time)
    TabSpec(
        "billing",
        str(QT_TRANSLATE_NOOP("TabSpec", "&Billing")),
        "billing",
        _billing,
        sees=Action.BILLING_VIEW,
        refused=str(QT_TRANSLATE_NOOP("TabSpec", "Billing is for the cashier and the administrator.")),
        home_of=(Role.CASHIER,),
    ),
)

# the tab order before LAST_TAB stored a key (desk settings version 1 stored the index)
LEGACY_ORDER: tuple[str, ...] = ("patients", "appointments", "doctors", "queue", "billing")


def home_tab(role: Role, tabs: Sequence[TabSpec] = TABS) -> str:
    """The key of the tab ``role`` starts its day on (the first tab when none is declared)."""
    for s in tabs:
        if role in s.home_of:
            return s.key
    return tabs[0].key


def spec(key: str, tabs: Sequence[TabSpec] = TABS) -> TabSpec:
    for s in tabs:
        if s.key == key:
            return s
    raise KeyError(key)
