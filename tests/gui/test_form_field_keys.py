"""Every field key a service can raise reaches the right widget of its form (issue 11: "FieldErrors
... is used by every form; a test per form checks every key its service can raise has a place on
screen"), as tests/gui/test_billing_field_keys.py does for the cashier's forms.

The keys are read from the services' source (tests/gui/field_keys.py), so a service that starts
raising a new key fails its form's test until the form shows it. Each key is fed to its form alone,
through the method a refused save takes, and its message must be visible at the widget the key
names, never shown as the raw key. Keys that name no input (an appointment or account id, the
appointment's status, the close being reopened) are the form's own message, declared per form;
keys of values a form never sends (``from_date`` of a new item, the clinic's ``local_language``)
are declared too, and the test checks the form indeed does not send them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.admin.clinic_dialog import ClinicDialog
from hms_desktop.gui.admin.clinic_form import SERIES
from hms_desktop.gui.admin.form_dialog import FormDialog
from hms_desktop.gui.admin.prices import PricePanel
from hms_desktop.gui.admin.reopen import ReopenDayDialog
from hms_desktop.gui.admin.staff import ResetPasswordDialog, UserDialog
from hms_desktop.gui.admin.wizard import SetupWizard
from hms_desktop.gui.dialogs.change_password import ChangePasswordDialog
from hms_desktop.gui.dialogs.first_admin import FirstAdminDialog
from hms_desktop.gui.dialogs.smtp import SmtpDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.gui.tabs.appointments.dialogs import BookDialog, CancelDialog, RescheduleDialog
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from tests.gui.field_keys import modules, raised_keys

pytestmark = pytest.mark.gui

S = "hms_desktop.services."
MESSAGE = "Zzq refused for the test."  # no key contains it: finding it means the message itself shows

ACCOUNT_ADD = (S + "users:UserService.add_user", S + "auth:check_username")
ACCOUNT_EDIT = (
    S + "users:UserService.rename",
    S + "users:UserService.set_role",
    S + "users:UserService.link_doctor",
)
RESET = (S + "users:UserService.reset_password",)
CLINIC = (S + "clinic", *modules("clinic_*"))  # clinic_row, clinic_types: wherever a rule moves
ITEM_ADD = (S + "price_list:PriceListService.add_item", S + "price_list_rules:item_values",
            S + "price_list_rules:clean_code")  # fmt: skip
ITEM_EDIT = (S + "price_list:PriceListService.update_item", S + "price_list_rules:clean_code",
             S + "price_list_rules:clean_sac")  # fmt: skip
PRICE = (S + "price_list:PriceListService.set_price", S + "price_list_rules:clean_code")
RATE = (S + "price_list:PriceListService.add_rate", S + "price_list_rules:clean_sac")
REOPEN = (S + "day_reopen:DayReopenService.reopen",)
SMTP = (S + "mailer",)
CHANGE_PASSWORD = (S + "auth:AuthService.change_password",)
FIRST_ADMIN = (S + "auth:AuthService.create_first_admin", S + "auth:check_username")


def scheduling() -> tuple[str, ...]:
    """The scheduling modules as they are now (scheduling.py is being split: read them all)."""
    found = modules("scheduling*")
    assert S + "scheduling" in found
    return found


def _shown(label: QLabel | None) -> bool:
    return label is not None and label.isVisible() and MESSAGE in label.text()


def _no_raw_key(root: QWidget, key: str) -> None:
    for label in root.findChildren(QLabel):
        if label.isVisible() and MESSAGE in label.text():
            assert f"{key}:" not in label.text() and f"{key} " not in label.text(), label.text()


def check(
    root: QWidget,
    keys: Iterable[str],
    feed: Callable[[HmsError], object],
    at: Callable[[str], QLabel | None],
    message: QLabel | Callable[[], QLabel],
    form_keys: Iterable[str] = (),
) -> None:
    """Feed each key alone; a form key must show in the form's message line, any other at ``at(key)``."""
    own = set(form_keys)
    missed = []
    for key in sorted(keys):
        feed(ValidationError({key: MESSAGE}))
        line = message() if callable(message) else message
        if not (_shown(line) if key in own else _shown(at(key))):
            missed.append(key)
        _no_raw_key(root, key)
    assert not missed, f"keys not shown at their widget: {missed}"


def by_name(root: QWidget, names: dict[str, str] | None = None) -> Callable[[str], QLabel | None]:
    """The label ``<key>Error`` of ``root`` (or ``names[key]``)."""
    names = names or {}
    return lambda key: root.findChild(QLabel, names.get(key, f"{key}Error"))


def _open(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()


# --- staff accounts -------------------------------------------------------------------------------


def test_the_key_lists_are_read_from_the_services() -> None:
    assert {"username", "password", "doctor_id", "role"} <= raised_keys(ACCOUNT_ADD)  # password: the policy
    assert raised_keys(RESET) == {"password", "user_id"}  # clean_id's key, the policy's default
    assert {"from_date", "rate", "sac_hsn"} <= raised_keys(RATE)  # clean_day's default key
    assert raised_keys(CHANGE_PASSWORD) == {"new_password"}  # the policy's field= keyword
    assert {"legal_name", "gstin", "state_code", "mrn_prefix", "idle_lock_min"} <= raised_keys(CLINIC)
    assert {"starts_at", "doctor_id", "patient_id", "reason"} <= raised_keys(scheduling())


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_account_key_shows_at_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    doctors = services.clinic.list_doctors(admin)
    add = UserDialog(ops, services, admin, doctors)
    _open(qtbot, add)
    check(add, raised_keys(ACCOUNT_ADD), add._failed, by_name(add.ui), add.message)

    user = services.users.get_by_username(admin, "reception")
    edit = UserDialog(ops, services, admin, doctors, user)
    _open(qtbot, edit)
    check(edit, raised_keys(ACCOUNT_EDIT), edit._failed, by_name(edit.ui), edit.message, {"user_id"})

    reset = ResetPasswordDialog(ops, services, admin, user)
    _open(qtbot, reset)
    check(reset, raised_keys(RESET), reset._failed, by_name(reset.ui), reset.message, {"user_id"})


# --- the clinic's identity and numbering ---------------------------------------------------------

# the waiting-room language is set with the admin CLI (--local-language); the logo goes as logo_png
UNSENT_BY_CLINIC_FORM = {"local_language", "logo_path"}


def _clinic_keys(values: dict[str, Any]) -> set[str]:
    assert not UNSENT_BY_CLINIC_FORM & set(values), "the form sends it now: show its errors"
    # every field sent can be refused by the shared text rule or as 'Not a clinic setting.'
    keys = raised_keys(CLINIC) | set(values) | {f"series.{doc_type}" for doc_type, _ in SERIES}
    return keys - UNSENT_BY_CLINIC_FORM


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_clinic_key_shows_at_its_field_on_its_tab(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = ClinicDialog(ops, services, admin)
    _open(qtbot, dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.loaded is not None and not ops.busy, timeout=10_000)
    labels = dialog.form.error_labels
    check(dialog, _clinic_keys(dialog.form.values()), dialog._failed, labels.get, dialog.message)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_clinic_key_shows_on_the_wizard_page_of_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    wizard = SetupWizard(ops, services, admin, settings)
    _open(qtbot, wizard)
    wizard.start()
    qtbot.waitUntil(lambda: wizard.loaded is not None and not ops.busy, timeout=10_000)
    keys = _clinic_keys(wizard.form.values())
    for page in (wizard.identity, wizard.numbering):
        check(
            wizard, keys, _saved_on(wizard, page), wizard.form.error_labels.get, lambda: _page_message(wizard)
        )


def _saved_on(wizard: SetupWizard, page: Any) -> Callable[[HmsError], None]:
    """The refusal of a save pressed on ``page`` of the wizard."""

    def feed(error: HmsError) -> None:
        shown = page  # the save was pressed on this page: go to it first
        while wizard.currentPage() is not shown:
            if wizard.currentPage() is wizard.identity:
                wizard.skip()
            else:
                wizard.back()
        wizard.save_failed(page, error)

    return feed


def _page_message(wizard: SetupWizard) -> QLabel:
    shown = wizard.numbering if wizard.currentPage() is wizard.numbering else wizard.identity
    return shown.message


# --- price list -----------------------------------------------------------------------------------


def _panel(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> PricePanel:
    panel = PricePanel(ops, services, admin)
    _open(qtbot, panel)
    panel.refresh()
    qtbot.waitUntil(lambda: bool(panel.items) and not ops.busy, timeout=10_000)
    panel.item_table.selectRow(0)
    return panel


def _form(dialog: object) -> FormDialog:
    assert isinstance(dialog, FormDialog)
    return dialog


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_price_list_key_shows_at_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    panel = _panel(qtbot, ops, services, admin)
    add = _form(panel.add_item())
    assert "from_date" not in add.values()  # a new item's price applies always: no date is sent
    check(add, raised_keys(ITEM_ADD) - {"from_date"}, add._failed, by_name(add.ui), add.message)
    add.reject()

    edit = _form(panel.edit_item())
    assert "code" not in edit.widgets  # the item's code is not edited: a refusal of it is the form's
    check(edit, raised_keys(ITEM_EDIT), edit._failed, by_name(edit.ui), edit.message, {"code"})
    edit.reject()

    price = _form(panel.change_price())
    check(price, raised_keys(PRICE), price._failed, by_name(price.ui), price.message, {"code"})
    price.reject()

    rate = _form(panel.add_rate())
    check(rate, raised_keys(RATE), rate._failed, by_name(rate.ui), rate.message)
    rate.reject()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_reopen_key_shows_at_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    cashier = services.auth.login("cashier", "demo1234")
    today = services.billing.clock.today()
    summary = services.billing.day_summary(cashier, cashier.user_id or 0, today)
    services.billing.close_day(cashier, today, summary.expected)
    days = ReopenDayDialog(ops, services, admin)
    _open(qtbot, days)
    days.start()
    qtbot.waitUntil(lambda: bool(days.days) and not ops.busy, timeout=10_000)
    days.table.selectRow(next(i for i, d in enumerate(days.days) if not d.reopened))
    dialog = _form(days.reopen())
    check(dialog, raised_keys(REOPEN), dialog._failed, by_name(dialog.ui), dialog.message, {"day_close"})


# --- e-mail, passwords, the first administrator --------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_smtp_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dialog = SmtpDialog(ops, services.smtp, admin)
    _open(qtbot, dialog)
    names = {"use_tls": "securityError", "from_addr": "fromError", "test_to": "testToError"}
    check(dialog, raised_keys(SMTP), dialog._failed, by_name(dialog.ui, names), dialog.message)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_password_key_shows_at_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    change = ChangePasswordDialog(ops, services.auth, admin, "demo1234")
    _open(qtbot, change)
    check(change, raised_keys(CHANGE_PASSWORD), change._failed, change.errors.labels.get, change.message)

    first = FirstAdminDialog(ops, services.auth)
    _open(qtbot, first)
    check(first, raised_keys(FIRST_ADMIN), first._failed, by_name(first.ui), first.message)


# --- appointments ---------------------------------------------------------------------------------

# keys naming no input of any of the three: the appointment itself (its id, its status)
NOT_AN_INPUT = {"appointment_id", "status"}


def _slot(services: Services, actor: Actor) -> tuple[Any, str, list[Any]]:
    doctors = services.clinic.list_doctors(actor)
    doctor = next(d for d in doctors if not d.reg_expired)
    start = dt.datetime.combine(
        services.clock.today() + dt.timedelta(days=2), dt.time(10), services.clock.zone
    )
    slot = SimpleNamespace(
        doctor_id=doctor.id, starts_at=start, ends_at=start + dt.timedelta(minutes=15),
        appointment_id=1, patient_name="Test Patient", status="booked",
    )  # fmt: skip
    return slot, doctor.full_name, doctors


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_appointment_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services) -> None:
    reception = services.auth.login("reception", "demo1234")
    slot, name, doctors = _slot(services, reception)
    keys = raised_keys(scheduling())
    tz = services.clock.zone

    book = BookDialog(ops, services, reception, tz, slot, name)
    _open(qtbot, book)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    at = by_name(book.ui, {"patient_id": "patientError", "starts_at": "slotError", "doctor_id": "slotError"})
    check(book, keys, book._failed, at, book.message, NOT_AN_INPUT)

    cancel = CancelDialog(ops, services, reception, tz, slot, name)
    _open(qtbot, cancel)
    # the reason is all a cancellation types: any other key is about the appointment, the form's
    check(cancel, keys, cancel._failed, by_name(cancel.ui), cancel.message, keys - {"reason"})

    move = RescheduleDialog(ops, services, reception, tz, slot, name, doctors)
    _open(qtbot, move)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    at = by_name(
        move.ui, {"starts_at": "slotError", "new_starts_at": "slotError", "doctor_id": "doctorError"}
    )
    # a move keeps the patient and the reason: their refusals (an overlap) are the form's
    check(move, keys, move._failed, at, move.message, NOT_AN_INPUT | {"patient_id", "reason"})
