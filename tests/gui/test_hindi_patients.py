"""The Patients and Doctors tabs in Hindi (issue 17): what the desk reads there, over the demo clinic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from hms_desktop.gui import i18n
from hms_desktop.gui.forms import find
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.doctors import DoctorsTab
from hms_desktop.gui.tabs.doctors.leave import LeaveDialog
from hms_desktop.gui.tabs.patients.detail import PatientDetailDialog
from hms_desktop.gui.tabs.patients.model import NAME_COL, SEX_COL
from hms_desktop.gui.tabs.patients.view import PatientsTab
from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from tests.gui.desk import desk_of

pytestmark = pytest.mark.gui

HORIZONTAL = Qt.Orientation.Horizontal


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[str]:
    """The desk in Hindi for one test; English and the previous locale again afterwards."""
    shown = i18n.install(qapp, "hi")
    yield shown
    i18n.uninstall(qapp)


def headers(model: object) -> list[str]:
    return [model.headerData(c, HORIZONTAL) for c in range(model.columnCount())]  # type: ignore[attr-defined]


def test_the_patients_list_reads_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor
) -> None:
    assert hindi == "hi"
    tab = PatientsTab(desk_of(ops, services, admin), services)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    tab.start()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and not ops.busy, timeout=10_000)
    assert headers(tab.model) == ["MRN", "नाम", "लिंग", "आयु", "फ़ोन", "शहर", "पंजीकरण"]
    assert tab.model.headerData(NAME_COL, HORIZONTAL, Qt.ItemDataRole.ToolTipRole) == (
        "नाम के अनुसार क्रम से लगाने के लिए क्लिक करें"
    )
    sexes = {tab.model.data(tab.model.index(r, SEX_COL)) for r in range(tab.model.rowCount())}
    assert sexes <= {"पुरुष", "महिला", "अन्य", "अज्ञात"} and sexes
    assert tab.count_label.text().endswith(" रोगी")  # '3,000 रोगी'
    assert find(tab.ui, QPushButton, "registerButton").text() == "पंजीकरण (&R)…"
    tab.search_edit.setText("no such patient zzzz")
    tab._run_search()
    qtbot.waitUntil(lambda: tab.search_status.text() == "कोई परिणाम नहीं", timeout=10_000)


def test_a_walk_in_without_an_age_is_refused_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = WalkInDialog(ops, services.visits, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "त्वरित वॉक-इन"
    assert dialog.save_button.text() == "कतार में जोड़ें (&A)"
    dialog.first.setText("Ramesh")
    dialog.sex.setCurrentIndex(1)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["age_years"].isVisible(), timeout=10_000)
    assert dialog.errors["age_years"].text() == "आयु लिखें।"
    assert dialog.message.text() == "कृपया नीचे चिह्नित फ़ील्ड ठीक करें।"


def test_the_patient_page_reads_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor
) -> None:
    row = services.patients.list_page(admin, limit=1)[0]
    dialog = PatientDetailDialog(ops, services.patients, admin, row.id, exporter=services.patient_export)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=10_000)
    assert dialog.windowTitle() == f"रोगी — {row.display_name}"
    table = dialog.tables["visits"]
    labels = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert labels == ["तारीख़", "विवरण", "स्थिति"]
    assert "लिंग / आयु" in dialog.demographics.text() and "जन्म तिथि" in dialog.demographics.text()
    page = table.parentWidget()
    assert page is not None
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)).startswith("विज़िट (")
    assert dialog.export_button is not None and dialog.export_button.text() == "रिकॉर्ड निर्यात करें (&X)…"


def test_the_doctors_tab_and_leave_read_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor
) -> None:
    tab = DoctorsTab(desk_of(ops, services, admin), services)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: not ops.busy and tab.model.rowCount() > 0, timeout=10_000)
    assert headers(tab.departments) == ["विभाग", "कोड", "समय", "स्थिति"]
    assert headers(tab.model)[:3] == ["डॉक्टर", "विभाग", "पंजीकरण"]
    assert "सक्रिय डॉक्टर" in tab.count_label.text()
    doctor = tab.model.row_at(0)
    assert doctor is not None
    leave = LeaveDialog(ops, services.scheduling, admin, doctor)
    qtbot.addWidget(leave)
    leave.show()
    assert leave.windowTitle() == "छुट्टी — HMS Desktop"
    qtbot.waitUntil(lambda: not ops.busy and leave.leave_list.count() > 0, timeout=10_000)
    leave.save()  # no reason given: refused at the reason
    assert leave.label("reasonError").text() == "कारण लिखें (यह डेस्क को दिखाया जाता है)।"
    assert leave.message.text() == "कृपया लाल रंग में चिह्नित फ़ील्ड ठीक करें।"
