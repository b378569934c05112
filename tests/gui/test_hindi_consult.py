"""The doctor's consultation and the Appointments tab in Hindi (issue 17): what a person reads there,
built in Python (headers, buttons, the status line, a field's message), comes from the translation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hms_desktop.gui import i18n
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.appointments.dialogs import CancelDialog
from hms_desktop.gui.tabs.appointments.view import AppointmentsTab
from hms_desktop.gui.tabs.consult.drafts import DraftStore
from hms_desktop.gui.tabs.consult.rx_table import COL, COLUMNS
from hms_desktop.gui.tabs.consult.workspace import ConsultationWorkspace
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.visits_types import WalkInInput
from tests.gui.desk import desk_of

pytestmark = pytest.mark.gui


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[str]:
    """The desk in Hindi for one test; English and the previous locale again afterwards."""
    shown = i18n.install(qapp, "hi")
    yield shown
    i18n.uninstall(qapp)


def login(services: Services, name: str) -> Actor:
    return services.auth.login(name, DEMO_PASSWORD)


def test_the_consultation_speaks_hindi(
    qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path, hindi: str
) -> None:
    assert hindi == "hi"
    doctor = login(services, "doctor")
    entry_id = services.visits.register_walk_in(
        login(services, "reception"), WalkInInput("Asha", "F", 34, last_name="Iyer", complaint="Fever")
    ).queue_entry_id
    services.triage.record(
        login(services, "nurse"),
        entry_id,
        TriageInput(chief_complaint="Fever", pulse=96, temperature_c=38.6, consciousness="A"),
    )
    services.queue.call(doctor, entry_id)
    ws = ConsultationWorkspace(
        desk_of(ops, services, doctor), services, entry_id, drafts=DraftStore(tmp_path, doctor.username)
    )
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    with qtbot.waitSignal(ws.opened, timeout=10_000):
        ws.start()
    assert ws.windowTitle().startswith("परामर्श — Asha")
    assert ws.status_label.text() == "ड्राफ़्ट — परामर्श जारी"
    assert "MRN " in ws.details_label.text()
    assert ws.allergy_label.text() == "⚠ एलर्जी दर्ज नहीं: रोगी से पूछें"
    summary = ws.summary_browser.toPlainText()
    assert "पिछले वाइटल्स" in summary and "नाड़ी" in summary and "पहली विज़िट।" in summary
    # the prescription's headers; the drug names and dose codes stay as typed
    headers = [ws.rx.model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(COLUMNS))]
    assert headers[:4] == ["जेनेरिक नाम", "शक्ति", "रूप", "खुराक"]
    assert headers[COL["quantity"]] == "मात्रा"
    row = ws.rx.model.add_line()
    ws.rx.model.setData(ws.rx.model.index(row, COL["generic_name"]), "Paracetamol")
    ws.rx.model.setData(ws.rx.model.index(row, COL["frequency"]), "tds")
    ws.rx.model.setData(ws.rx.model.index(row, COL["duration_days"]), "3")
    auto = ws.rx.model.index(row, COL["quantity"]).data(Qt.ItemDataRole.ToolTipRole)
    assert auto == "खुराक × कितनी बार × दिन से गणना; बदलने के लिए संख्या लिखें"
    assert ws.rx.model.index(row, COL["frequency"]).data() == "TDS"
    # a vital that is not a number: said at the vitals, in Hindi, before anything is sent
    ws.vital_edits["pulse"].setText("abc")
    ws.save_button.click()
    assert ws.vitals_error.text() == "नाड़ी: यह संख्या नहीं है।"
    ws.vital_edits["pulse"].setText("96")
    with qtbot.waitSignal(ws.saved, timeout=10_000):
        ws.save_button.click()
    assert ws.message.text().startswith("ड्राफ़्ट ") and "सहेजा गया" in ws.message.text()
    ws.close()
    qtbot.waitUntil(lambda: not ops.busy, timeout=15_000)


def test_the_appointments_tab_speaks_hindi(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, hindi: str
) -> None:
    reception = login(services, "reception")
    tab = AppointmentsTab(desk_of(ops, services, reception), services)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.start()
    qtbot.waitUntil(lambda: tab.department.count() > 0, timeout=10_000)
    assert tab.doctor.itemText(0) == "पूरा विभाग"
    doctor = next(d for d in services.clinic.list_doctors(admin) if not d.reg_expired and d.is_active)
    day = services.scheduling.clock.today() + dt.timedelta(days=1)
    while not [s for s in services.scheduling.day_slots(admin, doctor.id, day) if s.status == "free"]:
        day += dt.timedelta(days=1)
    free = next(s for s in services.scheduling.day_slots(admin, doctor.id, day) if s.status == "free")
    patient = services.patients.list_page(admin, limit=1)[0]
    services.scheduling.book(admin, patient.id, doctor.id, free.starts_at)
    tab.select(doctor.department_id, doctor.id)
    tab.set_day(day)
    qtbot.waitUntil(lambda: not ops.busy and tab.model.rowCount() > 0, timeout=10_000)
    cells = {tab.model.index(r, 0).data() for r in range(tab.model.rowCount())}
    assert any(str(c).startswith("बुक · ") for c in cells)
    assert "बुक" in tab.count_label.text()  # e.g. "11 ख़ाली, 1 बुक"
    booked = tab.model.find(lambda s: s.status == "booked")
    tab.view.setCurrentIndex(booked)
    slot = tab.current_slot()
    dialog = CancelDialog(ops, services, reception, tab.tz, slot, doctor.full_name, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.text() == "अपॉइंटमेंट रद्द करें (&A)"
    assert f", {doctor.full_name} के साथ, " in dialog.label("appointmentLabel").text()
    dialog.submit()  # no reason: said at the reason's box
    assert dialog.label("reasonError").text() == "कारण ज़रूरी है (जैसे रोगी ने फ़ोन करके रद्द किया)।"
    dialog.reject()
