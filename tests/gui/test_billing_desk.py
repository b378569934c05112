"""The Billing tab as a cashier uses it (issue 15): the add-item box is empty after Add (one more
Enter added another item), every button's and label's text is whole at 1280x720 and 1366x768 and
the tab never asks for more than a 1280-px window (defect 11), and a bill with unsaved lines is
not discarded by Esc, Clear or another patient without asking (defect 9)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.desk import desk_of

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

# the tab's room in the main window: the window less its frame, menu, tab bar and status bar
ROOM = {(1280, 720): (1262, 630), (1366, 768): (1348, 678)}


def _tab(qtbot: QtBot, ops: Ops, services: Services, actor: Actor, size: tuple[int, int]) -> BillingTab:
    tab = BillingTab(desk_of(ops, services, actor), services)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items) and not ops.busy, timeout=10_000)
    return tab


def _answer(qtbot: QtBot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the question box about to open (a real modal box, answered as a person)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_the_item_box_is_empty_after_add(qtbot: QtBot, ops: Ops, services: Services) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = _tab(qtbot, ops, services, cashier, ROOM[(1366, 768)])
    assert tab.select_patient(services.billing.pending(cashier)[0].patient_id)
    rows = tab.bill_model.rowCount()
    tab.bill.item_combo.setFocus()
    edit = tab.bill.item_combo.lineEdit()
    completer = tab.bill.item_combo.completer()
    assert edit is not None and completer is not None
    qtbot.keyClicks(edit, "amox")
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the cashier picks it from the list
    qtbot.waitUntil(lambda: tab.bill_model.rowCount() == rows + 1, timeout=5000)
    qtbot.wait(50)  # the completer's own activation comes after the key: the box must stay empty
    assert edit.text() == "" and tab.bill.item_combo.currentIndex() == -1
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # one more Enter adds nothing
    qtbot.wait(50)
    assert tab.bill_model.rowCount() == rows + 1
    assert tab.bill_model.rows[-1].item_code == "MED-AMOX"


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
def test_every_text_is_whole_and_the_tab_fits(
    qtbot: QtBot, ops: Ops, services: Services, screen: tuple[int, int]
) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    room = ROOM[screen]
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()  # the price list loads before the tab is first shown, as in the main window
    qtbot.waitUntil(lambda: bool(tab.price_items) and not ops.busy, timeout=10_000)
    tab.resize(*room)
    tab.show()
    assert tab.select_patient(services.billing.pending(cashier)[0].patient_id)
    item = tab.item_for("MED-AMOX")
    assert item is not None
    tab.add_item(item)
    qtbot.wait(20)
    assert tab.minimumSizeHint().width() <= room[0]  # the window never has to widen itself
    assert tab.width() == room[0]
    cut = [
        f"{w.objectName() or w.text()!r}: {w.width()} < {w.sizeHint().width()}"
        for w in tab.findChildren(QPushButton)
        if w.isVisible() and w.width() < w.sizeHint().width()
    ]
    cut += [
        f"label {w.text()!r}: {w.width()} < {w.sizeHint().width()}"
        for w in tab.findChildren(QLabel)
        if w.isVisible() and w.text() and not w.wordWrap() and w.width() < w.sizeHint().width()
    ]
    assert not cut, cut
    assert not tab.bill.lines_view.horizontalScrollBar().isVisible()  # the bill's columns all show
    assert not tab.documents.documents_view.horizontalScrollBar().isVisible()


def test_unsaved_bill_lines_are_not_discarded_without_asking(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    pending = services.billing.pending(cashier)
    tab = _tab(qtbot, ops, services, cashier, ROOM[(1366, 768)])
    first = pending[0]
    assert tab.select_patient(first.patient_id)
    assert not tab.bill.has_unsaved()  # the patient's charges as they stand: nothing to lose
    item = tab.item_for("MED-PCM")
    assert item is not None
    tab.add_item(item)
    assert tab.bill.has_unsaved()
    rows = tab.bill_model.rowCount()
    seen: list[str] = []

    # Esc asks; Cancel keeps the bill
    tab.bill.lines_view.setFocus()
    _answer(qtbot, QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(tab.bill.lines_view, Qt.Key.Key_Escape)
    assert seen and first.patient_name in seen[-1]
    assert tab.bill.patient is not None and tab.bill_model.rowCount() == rows
    # Clear asks too; Discard clears
    _answer(qtbot, QMessageBox.StandardButton.Discard, seen)
    qtbot.mouseClick(tab.buttons["clearButton"], Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and tab.bill.patient is None and tab.bill_model.rowCount() == 0
    # nothing typed: Esc and Clear ask nothing
    assert tab.select_patient(first.patient_id)
    qtbot.keyClick(tab.bill.lines_view, Qt.Key.Key_Escape)
    assert len(seen) == 2 and tab.bill.patient is None
