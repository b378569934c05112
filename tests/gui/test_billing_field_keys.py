"""Every field key the billing services can raise reaches the right widget of the cashier's forms
(issue 12's last point): the key list is read from the services' source (tests/gui/field_keys.py),
each key is fed to its form alone, and its message must be visible at the widget the key names,
never only in the form's message line nor shown as the raw key. Keys that name no input (the clinic
settings incomplete, the invoice void, the day closed) are the form's own message, declared below.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hms_desktop.errors import ValidationError
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.closing import CreditNoteDialog
from hms_desktop.gui.tabs.billing.day_close import DayCloseDialog
from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.billing_types import InvoiceInfo
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of
from tests.gui.field_keys import expand, raised_keys

pytestmark = pytest.mark.gui

S = "hms_desktop.services."
HOLES = {"line": ("1", "2"), "counted.": ("cash", "card", "upi")}
MESSAGE = "Zzq refused for the test."  # no key contains it: finding it means the message itself shows

INVOICE = (
    S + "billing_invoices",
    S + "billing_input:check_invoice",
    S + "invoice_dates",
    S + "billing_ledger:open_day",
)
# the series prefix is set in Settings > Clinic, which shows a refusal at its series (test_form_field_keys)
SERIES_PREFIX = (S + "billing_invoices:InvoiceIssuer.set_prefix",)
PAYMENT = (S + "billing_payments", S + "billing_input:check_payment", S + "billing_ledger")
CREDIT = (S + "billing_credit_notes", S + "billing_input:check_credit", S + "billing_ledger:open_day")
CLOSE = (S + "billing_day_close", S + "billing_input:check_close", S + "billing_ledger:open_day")


def _keys(sources: tuple[str, ...]) -> list[str]:
    return sorted(k for key in raised_keys(sources) for k in expand(key, HOLES))


def _shown(label: QLabel) -> bool:
    return label.isVisible() and MESSAGE in label.text()


def _no_raw_key(root: QWidget, key: str) -> None:
    for label in root.findChildren(QLabel):
        if label.isVisible() and MESSAGE in label.text():
            assert f"{key}:" not in label.text() and f"{key} " not in label.text(), label.text()


def _invoice(services: Services, actor: Actor, *, due: bool) -> InvoiceInfo:
    billing = services.billing
    for s in billing.list_invoices(actor, billing.clock.today()):
        inv = billing.get(actor, s.id)
        if bool(inv.balance_due) == due:
            return inv
    raise AssertionError("the demo has such an invoice")


def test_the_key_list_is_read_from_the_services() -> None:
    keys = _keys(INVOICE)
    assert {"line1.quantity", "line2.discount_reason", "invoice_date", "backdate_reason"} <= set(keys)
    assert not any("[" in k or "*" in k for k in keys)  # one line convention, every hole expanded
    assert {"counted.cash", "counted.upi", "reason"} <= set(_keys(CLOSE))


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_invoice_key_shows_at_its_widget_in_the_billing_tab(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items) and not ops.busy, timeout=10_000)
    patient = services.billing.pending(cashier)[0]
    assert tab.select_patient(patient.patient_id)
    for code in ("MED-PCM", "MED-AMOX"):  # at least two lines: line2 has a row to go to
        item = tab.item_for(code)
        assert item is not None
        tab.add_item(item)
    date = tab.bill.date_field
    widgets: dict[str, QLabel] = {
        "lines": tab.bill.line_error,
        "invoice_date": date.error,
        "business_date": date.error,
        "backdate_reason": date.error,
        "patient_id": tab.bill.patient_error,
        "doctor_id": tab.bill.patient_error,
        **dict.fromkeys(
            ("recipient_gstin", "recipient_name", "recipient_address", "recipient_state_code"),
            tab.field_errors,
        ),
    }
    form_keys = {"clinic"}
    missed = []
    for key in sorted(set(_keys(INVOICE)) - raised_keys(SERIES_PREFIX)):
        tab.bill._create_failed(ValidationError({key: MESSAGE}))  # the path a refused bill takes
        if key in form_keys:
            ok = _shown(tab.message)
        elif key.startswith("line") and key != "lines":
            n = int(key[4:].split(".")[0])
            ok = _shown(tab.bill.line_error) and f"Line {n}:" in tab.bill.line_error.text()
            ok = ok and tab.bill_model.rows[n - 1].error == MESSAGE
        else:
            ok = key in widgets and _shown(widgets[key]) and MESSAGE not in tab.message.text()
        if not ok:
            missed.append(key)
        _no_raw_key(tab, key)
    assert not missed, f"keys not shown at their widget: {missed}"
    tab.stop()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_payment_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    inv = _invoice(services, cashier, due=True)
    dialog = PaymentDialog(ops, services, cashier, inv)
    qtbot.addWidget(dialog)
    dialog.show()
    form_keys = {"invoice", "business_date"}  # void invoice, closed day: nothing to type differently
    missed = []
    for key in _keys(PAYMENT):
        dialog.set_mode("upi" if key == "reference" else "cash")
        dialog.errors.show(ValidationError({key: MESSAGE}))
        if key in form_keys:
            ok = _shown(dialog.message)
        else:
            label = dialog.ui.findChild(QLabel, f"{key}Error")
            ok = label is not None and _shown(label) and MESSAGE not in dialog.message.text()
        if not ok:
            missed.append(key)
        _no_raw_key(dialog, key)
    assert not missed, f"keys not shown at their field: {missed}"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_credit_note_key_shows_at_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    inv = _invoice(services, admin, due=False)
    dialog = CreditNoteDialog(ops, services, admin, inv)
    qtbot.addWidget(dialog)
    dialog.show()
    at = {"reason": "reasonError", "refund_mode": "refundError", "lines": "linesError",
          "recipient_address": "addressError", "recipient_state_code": "addressError",
          "business_date": "messageLabel"}  # fmt: skip
    missed = []
    for key in _keys(CREDIT):
        dialog.errors.show(ValidationError({key: MESSAGE}))
        name = "linesError" if key.startswith("line") else at.get(key, "")
        label = dialog.ui.findChild(QLabel, name) if name else None
        ok = label is not None and _shown(label)
        if name == "linesError" and key != "lines":
            ok = ok and label is not None and f"Line {key[4]}:" in label.text()
            ok = ok and MESSAGE not in dialog.message.text()
        if not ok:
            missed.append(key)
        _no_raw_key(dialog, key)
    assert not missed, f"keys not shown at their field: {missed}"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_day_close_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    dialog = DayCloseDialog(ops, services, cashier)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    at = {"reason": "reasonError", "counted": "cashError", "business_date": "messageLabel"}
    missed = []
    for key in _keys(CLOSE):
        dialog.errors.show(ValidationError({key: MESSAGE}))
        name = f"{key.split('.')[1]}Error" if key.startswith("counted.") else at.get(key, "")
        label = dialog.ui.findChild(QLabel, name) if name else None
        if label is None or not _shown(label):
            missed.append(key)
        _no_raw_key(dialog, key)
    assert not missed, f"keys not shown at their field: {missed}"
