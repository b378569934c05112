"""What the cashier and the desk read (issue 14, issue 11's one billing function): the Billing tab's
tax lines with their rates (CGST/SGST, CGST/UTGST or IGST) for the place of supply the law gives,
and the allergy question and the landline field on the walk-in and registration forms."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hms_desktop.domain.identifiers import make_gstin
from hms_desktop.gui.forms import find
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.model import money
from hms_desktop.gui.tabs.billing.view import BillingTab
from hms_desktop.gui.tabs.patients.form import PatientFormDialog
from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.visits import VisitService
from tests.gui.desk import desk_of


def _tab(qtbot: QtBot, ops: Ops, services: Services) -> BillingTab:
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    tab = BillingTab(desk_of(ops, services, cashier), services)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.start()
    qtbot.waitUntil(lambda: bool(tab.price_items) and bool(tab.clinic_state), timeout=5000)
    assert tab.select_patient(services.billing.pending(cashier)[0].patient_id)
    tab.bill_model.set_rows([])  # a bill of the test's own lines
    return tab


def _add(tab: BillingTab, *codes: str) -> None:
    for code in codes:
        item = tab.item_for(code)
        assert item is not None, code
        tab.add_item(item)


def read(tab: BillingTab) -> dict[str, str]:
    """The totals card as the cashier reads it: caption -> figure, visible rows only."""
    out = {}
    for name in ("exempt", "taxable", "cgst", "sgst", "roundOff", "grandTotal"):
        caption = find(tab.ui, QLabel, f"{name}Caption")
        if caption.isVisible():
            out[caption.text()] = tab.totals_labels[name].text()
    return out


def _stop(tab: BillingTab, qtbot: QtBot, ops: Ops) -> None:
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def test_within_the_state_each_half_with_its_rate(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = _tab(qtbot, ops, services)
    _add(tab, "MED-AMOX", "COS-PEEL")
    shown = read(tab)
    assert "CGST 2.5% + 9%" in shown and "SGST 2.5% + 9%" in shown and not any("IGST" in k for k in shown)
    assert tab.place_label.text() == "Place of supply: Karnataka (29)"
    _stop(tab, qtbot, ops)


def test_medicines_for_another_states_patient_show_igst_and_the_bill_agrees(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    """The bug of issue 11: the screen showed CGST 0 / SGST 0 and no IGST line."""
    tab = _tab(qtbot, ops, services)
    _add(tab, "MED-AMOX")
    tab.supply_combo.setCurrentIndex(tab.supply_combo.findData("27"))
    shown = read(tab)
    assert list(shown)[1:3] == ["Taxable value", "IGST 5%"]  # no CGST/SGST rows at all
    assert not any(k.startswith(("CGST", "SGST")) for k in shown)
    assert tab.place_label.text() == "Place of supply: Maharashtra (27)"
    preview_igst, preview_total = shown["IGST 5%"], tab.totals_labels["grandTotal"].text()
    tab.create_bill()
    qtbot.waitUntil(lambda: tab.invoice is not None, timeout=10_000)
    assert tab.invoice is not None and tab.invoice.igst > 0
    assert money(tab.invoice.igst) == preview_igst and money(tab.invoice.grand_total) == preview_total
    assert read(tab)["IGST 5%"] == preview_igst  # the service's own numbers, the same labels
    if tab.dialog is not None:
        tab.dialog.close()
    _stop(tab, qtbot, ops)


def test_a_cosmetic_service_stays_cgst_and_sgst_whatever_the_state(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    """IGST Act s.12(4): choosing Maharashtra changes nothing for a chemical peel."""
    tab = _tab(qtbot, ops, services)
    _add(tab, "COS-PEEL")
    tab.supply_combo.setCurrentIndex(tab.supply_combo.findData("27"))
    shown = read(tab)
    assert shown["CGST 9%"] == shown["SGST 9%"] == money(Decimal("225.00"))
    assert tab.place_label.text() == "Place of supply: Karnataka (29)"
    _add(tab, "MED-AMOX")  # a taxed medicine for Maharashtra beside it: two places, said at once
    assert "separate bill" in tab.place_label.text()
    _stop(tab, qtbot, ops)


def test_a_union_territory_clinic_reads_utgst(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    services.clinic.update_settings(
        admin, state_code="04", state_name="Chandigarh", gstin=make_gstin("04", "AAKFS4821M")
    )
    tab = _tab(qtbot, ops, services)
    _add(tab, "MED-AMOX")
    shown = read(tab)
    assert "CGST 2.5%" in shown and "UTGST 2.5%" in shown and not any(k.startswith("SGST") for k in shown)
    _stop(tab, qtbot, ops)


def test_a_company_gstin_typed_shows_its_state_and_keeps_goods_intra_state(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    tab = _tab(qtbot, ops, services)
    _add(tab, "MED-AMOX")
    tab.gstin_edit.setText(make_gstin("27", "AABCT3518Q"))  # registered in Maharashtra
    assert "CGST 2.5%" in read(tab)  # over the counter to a registered buyer: this State
    tab.create_bill()  # no name or address: messages under the recipient fields
    qtbot.waitUntil(tab.field_errors.isVisible, timeout=10_000)
    assert "legal name" in tab.field_errors.text() and "Rule 46(d)" in tab.field_errors.text()
    assert tab.invoice is None
    _stop(tab, qtbot, ops)


def test_the_walk_in_asks_about_allergies(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dialog = WalkInDialog(ops, VisitService(services.db), admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.allergy.currentText() == "Not asked yet"
    dialog.first.setText("Gopal")
    dialog.sex.setCurrentIndex(1)
    dialog.age.setValue(44)
    qtbot.keyClicks(dialog.allergies, "none")  # typed "none": a list of one allergy to "none"?
    assert dialog.allergy.currentText() == "Allergic to (list):"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["allergies"].isVisible(), timeout=5000)
    assert "No known allergies" in dialog.errors["allergies"].text()
    dialog.allergies.clear()
    dialog.allergy.setCurrentIndex(1)  # No known allergies
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert dialog.result_value is not None and dialog.result_value.patient.allergy_status == "nkda"


def test_registration_has_a_landline_and_refuses_one_as_the_mobile(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.line("first_name"), "Kavya")
    dialog.combo("sex").setCurrentIndex(2)
    dialog.spin("age_years").setValue(27)
    qtbot.keyClicks(dialog.line("phone"), "080 4123 4567")
    dialog.save()
    qtbot.waitUntil(dialog.errors["phone"].isVisible, timeout=5000)
    assert "landline" in dialog.errors["phone"].text()
    dialog.line("phone").setText("98450 12345")
    dialog.line("landline").setText("080 4123 4567")
    assert dialog.combo("allergy_status").currentText() == "Not asked yet"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert dialog.saved is not None
    assert (dialog.saved.phone, dialog.saved.landline, dialog.saved.allergy_status) == (
        "9845012345", "+918041234567", "unknown",
    )  # fmt: skip
