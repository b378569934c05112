"""The front desk on the Patients tab: search as you type, registration form, duplicates, walk-in, edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from hms_desktop.domain.queue import token_label
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.detail import PatientDetailDialog
from hms_desktop.gui.tabs.patients.form import PatientFormDialog
from hms_desktop.gui.tabs.patients.model import PHONE_COL, PatientTableModel
from hms_desktop.gui.tabs.patients.view import PatientsTab
from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.visits import VisitService
from hms_desktop.services.visits_types import WalkInInput
from tests.gui.desk import desk_of


def make_tab(qtbot: QtBot, ops: Ops, services: Services, actor: Actor) -> PatientsTab:
    tab = PatientsTab(desk_of(ops, services, actor), services)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.start()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    return tab


def test_find_by_phone_suffix_in_the_search_box(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    target = services.patients.register(
        admin, PatientInput(first_name="Suffix", last_name="Test", sex="F", age_years=33, phone="9876504321")
    )
    tab = make_tab(qtbot, ops, services, admin)
    qtbot.keyClicks(tab.search_edit, "04321")
    qtbot.waitUntil(lambda: tab.model.search_text == "04321" and not tab.model.loading, timeout=5000)
    rows = [tab.model.row_at(i) for i in range(tab.model.rowCount())]
    assert target.id in [r.id for r in rows]
    assert all((r.phone or "").endswith("04321") for r in rows)
    assert tab.model.data(tab.model.index(0, PHONE_COL)).endswith("04321")
    assert "match" in tab.search_status.text()
    # clearing the box brings the whole register back
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: tab.model.search_text == "" and tab.model.rowCount() == 200, timeout=5000)


def test_typing_fast_shows_only_the_last_text(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    services.patients.register(admin, PatientInput(first_name="Zebulon", sex="M", age_years=40))
    tab = make_tab(qtbot, ops, services, admin)
    for text in ("a", "as", "zeb"):
        tab.search_edit.setText(text)
        tab._run_search()  # no debounce: every text goes out, older results must be dropped
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.search_text == "zeb", timeout=5000)
    assert [tab.model.row_at(i).display_name for i in range(tab.model.rowCount())] == ["Zebulon"]


def test_register_with_bad_pin_shows_message_next_to_pin(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.line("first_name"), "Kavya")
    qtbot.keyClicks(dialog.line("last_name"), "Hegde")
    dialog.combo("sex").setCurrentIndex(2)  # Female
    dialog.spin("age_years").setValue(27)
    qtbot.keyClicks(dialog.line("phone"), "9980011223")
    qtbot.keyClicks(dialog.line("city"), "Mangaluru")
    qtbot.keyClicks(dialog.line("pin_code"), "057500")
    dialog.save()
    pin_error = dialog.errors["pin_code"]
    qtbot.waitUntil(pin_error.isVisible, timeout=5000)
    assert "six digits" in pin_error.text()
    assert not dialog.errors["phone"].isVisible()
    # nothing typed was lost
    assert dialog.line("first_name").text() == "Kavya" and dialog.line("city").text() == "Mangaluru"
    assert dialog.line("pin_code").hasFocus() or not dialog.isActiveWindow()
    dialog.line("pin_code").setText("575001")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert dialog.saved is not None and dialog.saved.pin_code == "575001"
    assert dialog.saved.dob_estimated


def test_abha_luhn_failure_is_a_warning(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dialog = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(dialog)
    dialog.line("abha_number").setText("91-5076-4536-2107")  # fails the Luhn check (2108 passes)
    dialog.line("abha_number").editingFinished.emit()
    assert dialog.errors["abha_number"].text().startswith("Warning")
    dialog.line("first_name").setText("Abha")
    dialog.combo("sex").setCurrentIndex(1)
    dialog.spin("age_years").setValue(30)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert dialog.saved is not None and dialog.saved.abha_number == "91507645362107"
    assert dialog.saved.warnings


def test_duplicate_warning_appears_while_typing(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    existing = services.patients.register(
        admin,
        PatientInput(first_name="Muhammad", last_name="Iqbal", sex="M", age_years=52, phone="9845099887"),
    )
    dialog = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.dup_list.count() == 0
    qtbot.keyClicks(dialog.line("first_name"), "Mohd")
    qtbot.keyClicks(dialog.line("last_name"), "Iqbal")
    qtbot.keyClicks(dialog.line("phone"), "98450 99887")
    qtbot.waitUntil(lambda: dialog.dup_list.count() > 0, timeout=5000)
    assert dialog.candidates[0].patient_id == existing.id
    assert "same phone" in dialog.dup_list.item(0).text()
    assert dialog.use_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.use_button.click()
    assert dialog.chosen_id == existing.id and dialog.saved is None


def test_f2_opens_walk_in_and_queues(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    tab = make_tab(qtbot, ops, services, admin)
    seen: dict[str, Any] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WalkInDialog):
            QTimer.singleShot(20, fill)
            return
        seen["dialog"] = dialog
        dialog.first.setText("Gopal")
        dialog.sex.setCurrentIndex(1)
        dialog.age.setValue(61)
        dialog.phone.setText("9812345670")
        dialog.complaint.setText("Chest pain")
        dialog.save_button.click()

    QTimer.singleShot(0, fill)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    dialog = seen["dialog"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_value
    assert result.token_no >= 1 and result.patient.first_name == "Gopal"
    assert f"token {token_label(result.token_series, result.token_no)}." in tab.message.text()
    qtbot.waitUntil(
        lambda: tab.model.search_text == result.patient.mrn and not tab.model.loading, timeout=5000
    )
    assert tab.model.row_at(0).id == result.patient.id


def test_walk_in_errors_next_to_fields(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dialog = WalkInDialog(ops, VisitService(services.db), admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setText("Gopal")
    dialog.sex.setCurrentIndex(1)
    dialog.phone.setText("12345")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["phone"].isVisible(), timeout=5000)
    assert "mobile" in dialog.errors["phone"].text()


def test_two_desks_editing_show_who_changed_what(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    nurse = services.auth.login("nurse", DEMO_PASSWORD)
    p = services.patients.register(admin, PatientInput(first_name="Ritu", sex="F", age_years=30, city="Agra"))
    mine = PatientFormDialog(ops, services.patients, admin, services.patients.get(admin, p.id))
    theirs = PatientFormDialog(ops, services.patients, nurse, services.patients.get(nurse, p.id))
    qtbot.addWidget(mine)
    qtbot.addWidget(theirs)
    mine.show()
    theirs.line("city").setText("Mathura")
    with qtbot.waitSignal(theirs.accepted, timeout=5000):
        theirs.save()
    mine.line("phone").setText("9876543210")
    mine.save()
    qtbot.waitUntil(mine.reload_button.isVisible, timeout=5000)
    text = mine.message.text()
    assert "nurse" in text and "City" in text and "Mathura" in text and "Agra" in text
    assert not mine.save_button.isEnabled()
    mine.reload_button.click()
    qtbot.waitUntil(lambda: mine.line("city").text() == "Mathura", timeout=5000)
    mine.line("phone").setText("9876543210")
    with qtbot.waitSignal(mine.accepted, timeout=5000):
        mine.save()
    assert mine.saved is not None and (mine.saved.city, mine.saved.phone) == ("Mathura", "9876543210")


def test_detail_shows_visits_and_hides_diagnoses_for_the_desk(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    result = VisitService(services.db).register_walk_in(admin, WalkInInput("Hari", "M", 44))
    dialog = PatientDetailDialog(ops, services.patients, admin, result.patient.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=5000)
    assert dialog.name.text() == "Hari"
    assert dialog.tables["visits"].rowCount() == 1
    cell = dialog.tables["visits"].item(0, 1)
    assert cell is not None and "Token" in cell.text()
    assert not dialog.tabs.isTabVisible(dialog._diag_index)  # admin may not see clinical data
    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    stranger = PatientDetailDialog(ops, services.patients, doctor, result.patient.id)
    qtbot.addWidget(stranger)
    qtbot.waitUntil(lambda: stranger.history is not None, timeout=5000)
    assert not stranger.tabs.isTabVisible(stranger._diag_index)  # not their patient: confidential
    assert doctor.doctor_id is not None
    services.queue.assign(admin, result.queue_entry_id, doctor.doctor_id)  # now a visit with them
    as_doctor = PatientDetailDialog(ops, services.patients, doctor, result.patient.id)
    qtbot.addWidget(as_doctor)
    qtbot.waitUntil(lambda: as_doctor.history is not None, timeout=5000)
    assert as_doctor.tabs.isTabVisible(as_doctor._diag_index)


def test_search_model_tester(qtmodeltester: Any, services: Services, admin: Actor) -> None:
    model = PatientTableModel(
        lambda sort, desc, after, limit: services.patients.list_page(admin, sort, desc, after, limit),
        search=lambda text, limit: services.patients.search(admin, text, limit),
        page_size=50,
    )
    model.set_search("a")
    qtmodeltester.check(model, force_py=True)
    assert 0 < model.rowCount() <= 50 and not model.canFetchMore(model.index(-1, -1))
    model.set_search("")
    qtmodeltester.check(model)
    assert model.rowCount() >= 50 and model.search_text == ""


def test_the_patient_count_follows_registrations(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    """Issue 15 #13: no stale "450 patients" after registrations, here or at another desk."""
    tab = make_tab(qtbot, ops, services, admin)
    qtbot.waitUntil(lambda: tab.count_label.text() == "450 patients", timeout=10_000)
    data = PatientInput(first_name="Counted", sex="F", age_years=30)
    ops.run(lambda: services.patients.register(admin, data))  # this desk
    qtbot.waitUntil(lambda: tab.count_label.text() == "451 patients", timeout=10_000)
    VisitService(services.db).register_walk_in(admin, WalkInInput("Walked", "M", 40))  # another desk
    qtbot.waitUntil(lambda: tab.count_label.text() == "452 patients", timeout=15_000)
    tab.stop()


def test_saving_a_strong_duplicate_asks_use_existing_or_save_as_new(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    """Issue 15 #6: the duplicate warning stops Save; "Save as new" needs a reason, which is audited."""
    from sqlalchemy import select

    from hms_desktop.db.models import AuditLog
    from hms_desktop.gui.tabs.patients.form import DuplicateQuestion

    existing = services.patients.register(
        admin,
        PatientInput(first_name="Ritika", last_name="Venugopal", sex="F", age_years=41, phone="9812300077"),
    )

    def fill() -> PatientFormDialog:
        form = PatientFormDialog(ops, services.patients, admin)
        qtbot.addWidget(form)
        form.show()
        form.line("first_name").setText("Ritika")
        form.line("last_name").setText("Venugopal")
        form.combo("sex").setCurrentIndex(2)
        form.spin("age_years").setValue(41)
        return form

    def answer(act: Any) -> list[str]:
        seen: list[str] = []

        def press() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, DuplicateQuestion):
                seen.append(box.windowTitle())
                act(box)
            else:
                QTimer.singleShot(25, press)

        QTimer.singleShot(0, press)
        return seen

    form = fill()
    seen = answer(lambda box: box.use_button.click())
    form.save()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.chosen_id == existing.id and form.saved is None

    form = fill()

    def save_as_new(box: DuplicateQuestion) -> None:
        box.new_button.click()  # no reason yet: refused at the field
        assert box.isVisible() and "Say why" in box.error.text()
        box.reason_edit.setText("Twin sister, same age")
        box.new_button.click()

    seen = answer(save_as_new)
    form.save()
    qtbot.waitUntil(lambda: form.saved is not None, timeout=10_000)
    assert seen and form.saved is not None and form.saved.id != existing.id
    with services.db.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.action == "patient.register_not_duplicate")).one()
        assert row.entity_id == str(form.saved.id)
        assert "Twin sister, same age" in (row.details or "") and str(existing.id) in (row.details or "")
