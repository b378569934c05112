"""The queue, the triage form and the waiting-room display on a Hindi desk (issue 17): what the nurse,
the desk and the doctor read is Hindi; the TV keeps its English (and the clinic's language) headings,
whatever language the desk shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hms_desktop.gui import i18n
from hms_desktop.gui.display import DisplayWindow
from hms_desktop.gui.display.words import HEADINGS
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.queue.dialogs import AssignDialog
from hms_desktop.gui.tabs.queue.model import COLUMNS, STATUS, TARGET, WAITING, QueueModel
from hms_desktop.gui.tabs.queue.still_called import StillCalledDialog
from hms_desktop.services.container import Services
from hms_desktop.services.queue_types import StillCalledError
from tests.gui.test_queue_tab import close_tab, login, open_tab, open_triage, shown, walk_in

pytestmark = pytest.mark.gui


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[str]:
    """The desk in Hindi for one test; English and the previous locale again afterwards."""
    shown_language = i18n.install(qapp, "hi")
    yield shown_language
    i18n.uninstall(qapp)


def headers(model: QueueModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]


def test_the_nurses_queue_reads_in_hindi(qtbot: QtBot, hindi: str, ops: Ops, services: Services) -> None:
    assert hindi == "hi"
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    assert headers(tab.model) == [
        "#", "टोकन", "स्तर", "रोगी", "शिकायत", "NEWS2", "प्रतीक्षा", "लक्ष्य", "डॉक्टर / कमरा", "स्थिति",
    ]  # fmt: skip
    assert tab.filters.department.itemText(0) == "सभी विभाग"
    assert tab.filters.doctor.itemText(0) == "सभी डॉक्टर"
    assert tab.lanes.header.text() == "■ ▲  इमरजेंसी — लाल और नारंगी"
    assert " प्रतीक्षा में · " in tab.lanes.count_label.text()
    assert tab.lanes.count_label.text().endswith(" इमरजेंसी")
    assert tab.feed.live.text().startswith("● लाइव · ")
    assert tab.buttons["triageButton"].text() == "ट्राइएज (&T)… (Ctrl+T)"  # the form's own string
    waiting = [r for r in range(tab.model.rowCount()) if tab.model.row_at(r).status == "waiting"]  # type: ignore[union-attr]
    assert waiting
    first = waiting[0]
    assert tab.model.index(first, STATUS).data() == "प्रतीक्षा"
    assert tab.model.index(first, WAITING).data().endswith("मिनट")
    assert tab.model.index(first, TARGET).data().startswith(("⚠ देरी, ", "⚠ अभी देखें")) or tab.model.index(
        first, TARGET
    ).data().endswith(" तक")
    # the red patient of the demo waits far past its 0-minute target
    assert tab.lane_model.index(0, TARGET).data().startswith("⚠ देरी, ")
    close_tab(qtbot, ops, tab)


def test_the_triage_form_reads_in_hindi(qtbot: QtBot, hindi: str, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    entry_id = walk_in(services, "Cough since two days")
    qtbot.waitUntil(lambda: shown(tab, entry_id) is not None, timeout=5000)
    dialog = open_triage(qtbot, tab, entry_id)
    assert dialog.windowTitle() == "ट्राइएज — HMS Desktop"
    assert dialog.ok_button.text() == "ट्राइएज सहेजें (&S)"
    assert dialog.label("titleLabel").text().startswith("ट्राइएज — टोकन ")
    assert dialog.consciousness.itemText(0) == "—  आकलन नहीं"
    assert dialog.consciousness.itemText(1) == "A — सचेत"
    assert dialog.news2.news2.text() == "NEWS2: सातों पैरामीटर भरें"
    assert dialog.news2.risk.text() == "बाकी: श्वसन, SpO2, सिस्टोलिक BP, नाड़ी, तापमान, चेतना"
    assert dialog.pregnant.toolTip() == "लागू नहीं: रोगी पुरुष दर्ज है"  # the walk-in is a man
    assert dialog.edits["pulse"].toolTip().endswith(": आमतौर पर 40–160")
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    close_tab(qtbot, ops, tab)


def test_the_assign_dialog_says_its_field_error_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services
) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "reception"))
    entry_id = walk_in(services, "Rash on arms", "Kiran")
    qtbot.waitUntil(lambda: shown(tab, entry_id) is not None, timeout=5000)
    tab.select_entry(entry_id)
    tab.buttons["assignButton"].click()
    dialog = tab.dialog
    assert isinstance(dialog, AssignDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert dialog.windowTitle() == "डॉक्टर तय करें — HMS Desktop"
    assert dialog.ok_button.text() == "तय करें (&A)"
    assert dialog.label("patientLabel").text().startswith("टोकन ")
    if dialog.doctors.count():
        assert dialog.doctors.item(0).text().startswith("★ सुझाव — ")
    dialog.doctors.setCurrentRow(-1)  # nobody picked
    dialog.submit()
    assert dialog.label("doctorError").text() == "सूची से एक डॉक्टर चुनें।"
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    close_tab(qtbot, ops, tab)


def test_the_still_called_question_reads_in_hindi(qtbot: QtBot, hindi: str) -> None:
    box = StillCalledDialog(StillCalledError(1, "A-12", "Room 3"))
    qtbot.addWidget(box)
    assert box.windowTitle() == "रोगी अभी भी बुलाया हुआ है"
    assert box.text() == "टोकन A-12 को Room 3 में बुलाया गया है और वे अभी तक नहीं आए।"
    texts = sorted(b.text() for b in box.buttons_by_choice.values())
    assert texts == sorted(["फिर बुलाएँ (&A) (A-12)", "नहीं आए दर्ज करें, अगला बुलाएँ (&N)", "फिर भी अगला बुलाएँ (&Y)"])


def test_the_waiting_room_tv_keeps_its_headings_on_a_hindi_desk(qtbot: QtBot, hindi: str) -> None:
    window = DisplayWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "प्रतीक्षा-कक्ष डिस्प्ले"  # the desk's own window list
    assert window.view.now_caption.text() == HEADINGS["now_calling"] == "NOW CALLING"
    assert window.view.waiting_caption.text() == "WAITING"
    assert QCoreApplication.translate("QueueModel", "Token") == "टोकन"
