"""The Billing tab's invoice date (issue 12): today in the clinic's time zone by default, editable
only within the clinic's back-dating allowance, a reason asked for a date before today, and the
service's refusals shown under the date, not in the tab's message line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hms_desktop.db.models import AuditLog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of

pytestmark = pytest.mark.gui


def _tab(qtbot: QtBot, ops: Ops, services: Services, actor: Actor) -> BillingTab:
    tab = BillingTab(desk_of(ops, services, actor), services)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items) and not ops.busy, timeout=10_000)
    return tab


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_bills_are_dated_today_unless_the_clinic_allows_back_dating(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = _tab(qtbot, ops, services, cashier)
    today = services.clock.today()  # the clinic's day, not the desk's
    field = tab.bill.date_field
    assert field.chosen() == today and field.invoice_date() is None
    assert not field.date_edit.isEnabled()  # today only: nothing to choose
    assert field.date_edit.minimumDate() == _qdate(today) == field.date_edit.maximumDate()
    assert not field.reason_edit.isVisible()


def test_a_back_dated_bill_needs_a_reason_and_the_series_refusal_shows_at_the_date(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    services.clinic.update_settings(admin, backdate_days=2)
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = _tab(qtbot, ops, services, cashier)
    field = tab.bill.date_field
    today = services.clock.today()
    yesterday = today - dt.timedelta(days=1)
    assert field.date_edit.minimumDate() == _qdate(today - dt.timedelta(days=2))
    assert field.date_edit.maximumDate() == _qdate(today)
    field.date_edit.setDate(_qdate(today - dt.timedelta(days=5)))  # outside the allowance: clamped
    assert field.chosen() == today - dt.timedelta(days=2)

    patient = services.billing.pending(cashier)[0]
    assert tab.select_patient(patient.patient_id)
    assert field.date_edit.isEnabled() and field.chosen() == today  # a new bill starts today
    field.date_edit.setDate(_qdate(yesterday))
    assert field.reason_edit.isVisible()

    # the demo issued today's bills of supply already: a bill cannot be dated before its series
    qtbot.keyClick(tab.bill.lines_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: field.error.isVisible(), timeout=10_000)
    assert "cannot be dated before it" in field.error.text() and tab.invoice is None
    assert "cannot be dated" not in tab.message.text()  # at the date, not in the tab's banner

    # a medicine alone starts a tax-invoice series of its own: that one can be dated yesterday, with a
    # reason: without one the service's message is under the date and the reason box has the focus
    while tab.bill_model.rowCount():
        tab.bill.lines_view.setCurrentIndex(tab.bill_model.index(0, 0))
        tab.bill.remove_line()
    item = tab.item_for("MED-PCM")
    assert item is not None
    tab.add_item(item)
    qtbot.keyClick(tab.bill.lines_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: field.error.isVisible(), timeout=10_000)
    assert field.error.text().startswith("Say why") and tab.invoice is None
    assert field.reason_edit.hasFocus() or not tab.isActiveWindow()
    qtbot.keyClicks(field.reason_edit, "Power cut: paper bill written yesterday")
    assert not field.error.isVisible()  # the old message goes once the cashier types
    with qtbot.waitSignal(tab.invoice_created, timeout=10_000) as made:
        qtbot.keyClick(tab.bill.lines_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    inv = made.args[0]
    assert inv.invoice_date == yesterday
    with services.billing._db.read() as s:
        row = s.scalars(
            select(AuditLog).where(AuditLog.action == "billing.invoice", AuditLog.entity_id == str(inv.id))
        ).one()
        details = json.loads(row.details or "{}")
    assert details["backdate_reason"] == "Power cut: paper bill written yesterday"
    if tab.dialog is not None:
        tab.dialog.reject()
