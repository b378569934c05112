"""The dialogs in Hindi (issue 17): what a person reads on the demo clinic's screens, translated.

Each test installs the Hindi translation (as tests/gui/test_translation.py does), builds a dialog with
real demo data and reads the table headers, buttons, status lines and field messages the person sees.
The services' own words (a scale's level name, an error from the database) are translated in the
ServiceMessage context, which is not this test's: only the desk's own text is asserted here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hms_desktop.config import ProfileStore
from hms_desktop.db.engine import Database
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.domain.enums import Role
from hms_desktop.gui import i18n
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor

pytestmark = pytest.mark.gui


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[str]:
    """The desk in Hindi for one test; English and the previous locale again afterwards."""
    shown = i18n.install(qapp, "hi")
    yield shown
    i18n.uninstall(qapp)


def headers(model: object) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_triage_settings_read_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    from hms_desktop.gui.dialogs.triage_settings import TriageSettingsDialog

    assert hindi == "hi"
    dialog = TriageSettingsDialog(ops, services, admin, settings=settings)
    dialog.confirm_discard = lambda what: True  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.loaded and not ops.busy, timeout=10_000)
    assert dialog.windowTitle() == "HMS Desktop — ट्राइएज सेटिंग्स"
    assert headers(dialog.model) == ["लक्षण (कीवर्ड)", "कम से कम", "विशेषज्ञता", "सक्रिय"]
    assert dialog.chips["orange"].text() == "▲ नारंगी"
    chest = next(r for r in dialog.model.rows if r.keyword == "chest pain")
    level = dialog.model.index(dialog.model.rows.index(chest), 1).data()
    assert level.startswith("▲ नारंगी · ")  # then the scale's name for the level (the service's words)
    active = sum(1 for r in dialog.model.rows if r.is_active)
    assert dialog.count.text() == f"{len(dialog.model.rows)} नियम · {active} सक्रिय"
    assert dialog.preset.itemText(0) == "कोई प्रीसेट चुनें…"
    assert "नियम कभी मिटाए नहीं जाते" in dialog.toggle_button.toolTip()
    # the tester: no complaint yet, then one a rule matches (the colour in words, the arrow kept)
    assert dialog.test_reasons.text() == "कौन-से सक्रिय नियम मेल खाते हैं, यह देखने के लिए शिकायत लिखें।"
    dialog.complaint.setText("chest pain since morning")
    assert dialog.test_reasons.text().startswith("मेल खाते नियम:\n• ")
    assert '"chest pain" → नारंगी' in dialog.test_reasons.text()
    # a sign already in the table: said next to the keyword, in Hindi
    dialog.add_button.click()
    assert dialog.rule_box.title() == "नया नियम"
    dialog.keyword.setText("Chest pain")
    dialog.save_rule_button.click()
    qtbot.waitUntil(lambda: bool(dialog.rule_errors.field_text("keyword")), timeout=10_000)
    assert dialog.rule_errors.field_text("keyword") == "यह लक्षण तालिका में पहले से है।"
    assert dialog.rule_message.text() == "इसके बजाय मौजूदा नियम बदलें, या कोई दूसरा लक्षण चुनें।"


def test_the_outbox_reads_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, services: Services, admin: Actor
) -> None:
    from hms_desktop.gui.dialogs.outbox import OutboxDialog

    dialog = OutboxDialog(ops, services.outbox, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.loading and not ops.busy, timeout=10_000)
    assert dialog.windowTitle() == "HMS Desktop — ई-मेल आउटबॉक्स"
    assert headers(dialog.model) == ["बनाया गया", "किसे", "विषय", "स्थिति", "प्रयास", "पिछली त्रुटि", "अगला प्रयास"]
    assert [dialog.status.itemText(i) for i in range(dialog.status.count())] == [
        "सभी",
        "बाकी",
        "विफल",
        "भेजे गए",
    ]
    rows = dialog.model.rows
    pending = sum(1 for m in rows if m.status == "pending")
    failed = sum(1 for m in rows if m.status == "failed")
    assert dialog.count.text() == f"{len(rows)} संदेश · {pending} बाकी · {failed} विफल"
    assert dialog.retry_button.toolTip() == "विफल संदेश को नए प्रयासों के साथ फिर से कतार में डालें।"


def test_the_import_wizard_reads_in_hindi(
    qtbot: QtBot, hindi: str, ops: Ops, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hms_desktop.gui.dialogs.import_wizard import ImportDialog
    from hms_desktop.services import import_report
    from hms_desktop.services.importer import ImportService
    from tests.unit.helpers import make_user
    from tests.unit.import_data import clean_rows, write_csv

    monkeypatch.setattr(import_report, "_mappings_file", lambda: tmp_path / "import_mappings.json")
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    dialog = ImportDialog(ops, ImportService(sqlite_db), admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.step_label.text() == "चरण 1/4 · फ़ाइल चुनें"
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == ["रोगी", "डॉक्टर", "मूल्य सूची"]
    assert dialog.next_button.text() == "आगे (&N) >"
    assert dialog.cancel_button.text() == "रद्द करें"
    dialog.next_button.click()  # no file yet: said at the field
    assert dialog.file_error.text() == "आयात करने के लिए फ़ाइल चुनें।"
    dialog.file_edit.setText(str(write_csv(tmp_path / "old-system.csv", clean_rows(20))))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1 and not ops.busy, timeout=20_000)
    assert dialog.step_label.text() == "चरण 2/4 · कॉलम मिलाएँ"
    assert dialog.next_button.text() == "जाँचें (&C) >"
    assert "20 पंक्तियाँ" in dialog.file_info.text() and "कॉलम" in dialog.file_info.text()
    table = dialog.mapping_table
    titles = [item.text() if (item := table.horizontalHeaderItem(c)) else "" for c in range(3)]
    assert titles == ["फ़ील्ड", "फ़ाइल का कॉलम", "पहला मान"]


def test_the_connection_form_reads_in_hindi(
    qtbot: QtBot, hindi: str, tmp_path: Path, settings: Settings
) -> None:
    from hms_desktop.gui.dialogs.connection import ConnectionDialog

    store = ProfileStore(tmp_path / "profiles.json")
    oracle = Profile("hospital-oracle", Backend.ORACLE, "127.0.0.1", 1, "HMSPDB", "hms_app")
    store.add(oracle)
    dialog = ConnectionDialog(Ops(), store, settings, current=oracle.name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "HMS Desktop — डेटाबेस कनेक्शन"
    assert dialog.profiles.item(0).text() == "इसी कंप्यूटर पर\nSQLite फ़ाइल"
    assert dialog.database_label.text() == "सर्विस नाम"
    assert dialog.backend.currentText() == "Oracle सर्वर"
    assert dialog.method.currentText() == "होस्ट, पोर्ट और सर्विस नाम"
    dialog.new_profile()
    dialog.save_profile()  # no name: said at the name, the line below sums up
    assert dialog.error_text("name") == "प्रोफ़ाइल को एक नाम दें।"
    assert dialog.message.text() == "कृपया लाल निशान वाले फ़ील्ड ठीक करें।"


def test_the_medical_record_and_breaking_the_glass_read_in_hindi(
    qtbot: QtBot, hindi: str, qapp: QApplication, ops: Ops, services: Services
) -> None:
    from hms_desktop.gui.dialogs.medical_record import MedicalRecordDialog
    from hms_desktop.services.demo_types import DEMO_PASSWORD
    from hms_desktop.services.patients_types import PatientInput
    from hms_desktop.services.visits_types import WalkInInput

    if True:  # the service's refusal arrives in Hindi through the ServiceMessage translation
        desk = services.auth.login("reception", DEMO_PASSWORD)
        doctor = services.auth.login("doctor", DEMO_PASSWORD)
        walk_in = services.visits.register_walk_in(
            desk, WalkInInput("Kiran", "F", 36, None, complaint="Rash")
        )
        pid = walk_in.patient.id
        detail = services.patients.get(desk, pid)
        services.patients.update(
            desk,
            pid,
            detail.row_version,
            PatientInput(first_name="Kiran", sex="F", age_years=36, allergies="Sulfa drugs"),
        )
        stranger = MedicalRecordDialog(ops, services.consultation, doctor, pid)
        qtbot.addWidget(stranger)
        qtbot.waitUntil(lambda: stranger.glass_button.isVisibleTo(stranger), timeout=5000)
        assert stranger.message.text().startswith("इस रोगी के रिकॉर्ड")  # the service's refusal, in Hindi
        assert "आपातकालीन पहुँच" in stranger.message.text()
        assert stranger.glass_button.text() == "आपातकालीन पहुँच (&B)…"
        stranger.ask_reason = lambda: "Fainted at the pharmacy counter, need allergies"  # type: ignore[method-assign]
        stranger.break_glass()
        qtbot.waitUntil(lambda: stranger.summary is not None, timeout=5000)
        text = stranger.browser.toPlainText()
        assert "एलर्जी: Sulfa drugs" in text
        assert "पिछले वाइटल्स" in text and "निदान" in text and "पर्चे" in text and "विज़िट" in text
        assert stranger.message.text() == "यह देखना ऑडिट ट्रेल में दर्ज होता है।"
        qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
