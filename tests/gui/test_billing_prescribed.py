"""The Billing tab's prescribed medicines (issue 15): a patient seen today with a prescription, the
"Prescribed drugs…" dialog pre-filled from it, batch and expiry required on a ticked line (refused at
the row, nothing typed lost), Esc asking before it throws typing away, and the ticked lines on the bill
with the totals the cashier reads."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from hms_desktop.domain.money import format_inr, to_paise, to_rupees
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog
from hms_desktop.gui.tabs.billing.prescribed import PrescribedDialog
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.visits_types import WalkInInput
from tests.gui.desk import desk_of

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support")]

LINES = (
    DrugLineInput("Paracetamol", "500 mg", "tablet", "1 tablet", "oral", "TDS", duration_days=5),  # 15 tabs
    DrugLineInput("Cetirizine", "10 mg", "tablet", "1 tablet", "oral", "HS", duration_days=7),  # 7 tabs
    DrugLineInput(
        "Ibuprofen", "400 mg", "tablet", "1 tablet", "oral", "BD", duration_days=3
    ),  # not sold here
)


def login(services: Services, name: str) -> Actor:
    return services.auth.login(name, DEMO_PASSWORD)


def seen_today(services: Services) -> int:
    """A walk-in seen by the demo doctor to a prescription: the patient's id (now pending billing)."""
    doctor = login(services, "doctor")
    walk_in = services.visits.register_walk_in(
        login(services, "reception"), WalkInInput("Kavya", "F", 29, last_name="Rao", complaint="Fever")
    )
    entry_id = walk_in.queue_entry_id
    services.triage.record(
        login(services, "nurse"), entry_id, TriageInput(chief_complaint="Fever", pulse=92, consciousness="A")
    )
    services.queue.call(doctor, entry_id)
    view = services.consultation.start(doctor, entry_id)
    services.consultation.complete(
        doctor,
        view.id,
        ConsultationInput(diagnoses=(DiagnosisInput("", "J06.9"),), lines=LINES, confirmed=True),
    )
    return services.queue.get(doctor, entry_id).patient_id


def open_tab(qtbot: QtBot, ops: Ops, services: Services, size: tuple[int, int] = (1366, 768)) -> BillingTab:
    tab = BillingTab(desk_of(ops, services, login(services, "cashier")), services)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items) and not ops.busy, timeout=10_000)
    return tab


def answer(qtbot: QtBot, text: str, seen: list[str]) -> None:
    """Click the button reading ``text`` in the question box about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()

    QTimer.singleShot(0, click)


def open_dialog(qtbot: QtBot, tab: BillingTab, patient_id: int) -> PrescribedDialog:
    assert tab.select_patient(patient_id)
    button = tab.bill.prescribed.button
    qtbot.waitUntil(button.isEnabled, timeout=10_000)  # read on a worker when the patient is loaded
    assert button.text() == "Prescribed dru&gs…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.bill.prescribed.dialog
    assert isinstance(dialog, PrescribedDialog) and dialog.isVisible()
    return dialog


def test_prescribed_medicines_onto_the_bill(qtbot: QtBot, ops: Ops, services: Services) -> None:
    pid = seen_today(services)
    tab = open_tab(qtbot, ops, services)
    charges = len(next(p for p in services.billing.pending(tab._actor) if p.patient_id == pid).charges)
    dialog = open_dialog(qtbot, tab, pid)
    soon = services.billing.clock.today().year + 1  # the strips' expiry years: next year and the one after

    # one row per prescribed line: matched ones ticked, with strips for the tablets prescribed
    pcm, ctz, ibu = dialog.rows
    assert [r.line.drug for r in dialog.rows] == [
        "PARACETAMOL 500 mg tablet",
        "CETIRIZINE 10 mg tablet",
        "IBUPROFEN 400 mg tablet",
    ]
    assert [r.check.isChecked() for r in dialog.rows] == [True, True, False]  # no ibuprofen on the list
    assert pcm.item.currentText().startswith("MED-PCM · ") and ctz.item.currentText().startswith("MED-CTZ")
    assert (pcm.quantity.text(), ctz.quantity.text()) == ("2", "1")  # 15 and 7 tablets, strips of 10
    assert ibu.item.currentData() is None and not ibu.batch.isEnabled()
    rx_qty = dialog.table.item(0, 2)
    assert rx_qty is not None and rx_qty.text() == "15"  # tablets, as prescribed

    # batch left empty on a ticked line: refused at that row, everything typed stays
    qtbot.keyClicks(pcm.batch, "PC2411")
    qtbot.keyClicks(pcm.expiry, f"03/{soon + 1}")
    qtbot.keyClicks(ctz.expiry, f"11/{soon}")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert "Line 2:" in dialog.lines_error.text() and "batch number" in dialog.lines_error.text()
    assert "Line 1" not in dialog.lines_error.text()
    assert ctz.batch.property("tone") == "error" and "batch" in ctz.batch.toolTip()
    assert dialog.focusWidget() is ctz.batch  # the cursor waits in the field to type
    assert (pcm.batch.text(), pcm.expiry.text(), ctz.expiry.text()) == (
        "PC2411",
        f"03/{soon + 1}",
        f"11/{soon}",
    )
    assert len(tab.bill_model.rows) == charges  # nothing was added

    # Esc with typing asks first; keeping on editing keeps the dialog and its input
    seen: list[str] = []
    answer(qtbot, "Keep editing", seen)
    qtbot.keyClick(ctz.batch, Qt.Key.Key_Escape)
    assert seen and "not saved" in seen[0]
    assert dialog.isVisible() and pcm.batch.text() == "PC2411"

    # an expired strip is refused too; then the right batch and expiry: the lines go on the bill
    ctz.expiry.clear()
    qtbot.keyClicks(ctz.expiry, "01/2020")
    qtbot.keyClicks(ctz.batch, "CT0925")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "expired" in dialog.lines_error.text()
    ctz.expiry.clear()
    qtbot.keyClicks(ctz.expiry, f"11/{soon}")
    dialog.grab().save("/tmp/billing_prescribed_dialog.png")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    rows = tab.bill_model.rows
    assert len(rows) == charges + 2
    added = rows[charges:]
    assert [(ln.item_code, ln.quantity, ln.batch, f"{ln.expiry:%Y-%m-%d}") for ln in added] == [
        ("MED-PCM", Decimal(2), "PC2411", f"{soon + 1}-03-31"),
        ("MED-CTZ", Decimal(1), "CT0925", f"{soon}-11-30"),
    ]
    assert all(ln.is_medicine for ln in added)
    assert tab.bill_model.data(tab.bill_model.index(charges, 10)) == "PC2411"  # the Batch column
    assert tab.bill_model.data(tab.bill_model.index(charges, 11)) == f"03/{soon + 1}"

    # the totals the cashier reads: the consultation exempt, the two medicines taxed at their rate
    prices = {it.code: it for it in tab.price_items}
    rate = prices["MED-PCM"].gst_rate or Decimal(0)
    assert prices["MED-CTZ"].gst_rate == rate
    med = [Decimal(2) * prices["MED-PCM"].unit_price, prices["MED-CTZ"].unit_price]
    half = sum((to_paise(v * rate / 200) for v in med), Decimal(0))
    exempt = sum((ln.taxable for ln in rows[:charges]), Decimal(0))
    labels = {k: v.text() for k, v in tab.totals_labels.items()}
    assert labels["taxable"] == format_inr(sum(med, Decimal(0)))
    assert labels["exempt"] == format_inr(exempt)
    assert labels["cgst"] == labels["sgst"] == format_inr(half)
    grand = to_rupees(exempt + sum(med, Decimal(0)) + 2 * half)
    assert labels["grandTotal"] == format_inr(grand)
    tab.grab().save("/tmp/billing_prescribed_tab.png")

    # opened again, the lines already on the bill are unticked (no double billing by a second OK)
    again = open_dialog(qtbot, tab, pid)
    assert [r.check.isChecked() for r in again.rows] == [False, False, False]
    again.close()

    # the bill is issued with the service's own numbers, equal to the preview
    qtbot.mouseClick(tab.buttons["createButton"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, PaymentDialog), timeout=10_000)
    assert tab.invoice is not None and tab.invoice.grand_total == grand
    assert [ln.item_id for ln in tab.invoice.lines[charges:]] == [prices["MED-PCM"].id, prices["MED-CTZ"].id]
    tab.dialog.close()
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def test_no_prescription_no_button(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, (1280, 720))
    first = services.billing.pending(tab._actor)[0]
    assert tab.select_patient(first.patient_id)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    if services.billing.prescribed(tab._actor, first.patient_id):  # pragma: no cover - demo data
        pytest.skip("the demo patient has a prescription today")
    assert not tab.bill.prescribed.button.isEnabled() and tab.bill.prescribed.open() is None
    # the tab still fits the small screen with the button, whose text shows whole
    button = next(b for b in tab.findChildren(QPushButton) if b is tab.bill.prescribed.button)
    qtbot.wait(20)
    assert button.isVisible() and button.width() >= button.sizeHint().width()
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
