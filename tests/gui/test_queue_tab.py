"""The Queue tab over the demo clinic: the emergency lane, live triage with NEWS2, overrides with a
reason, readings that need confirming, the doctor's call-next, and overdue rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.consult.drafts import DraftStore
from hms_desktop.gui.tabs.queue.model import (
    COLUMNS,
    COMPLAINT,
    LEVEL,
    LEVEL_ROLE,
    OVERDUE_ROLE,
    STATUS,
    TARGET,
    TOKEN,
    QueueModel,
)
from hms_desktop.gui.tabs.queue.triage_dialog import TriageDialog
from hms_desktop.gui.tabs.queue.view import QueueTab
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.queue_types import DoctorSuggestion, QueueRow, TriageInput
from hms_desktop.services.visits_types import WalkInInput
from tests.gui.desk import desk_of

pytestmark = pytest.mark.gui


def login(services: Services, name: str) -> Actor:
    return services.auth.login(name, DEMO_PASSWORD)


def open_tab(qtbot: QtBot, ops: Ops, services: Services, actor: Actor) -> QueueTab:
    tab = QueueTab(desk_of(ops, services, actor), services)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    tab.start()
    qtbot.waitUntil(lambda: tab.snapshot is not None and tab.doctor.count() > 1, timeout=10_000)
    return tab


def close_tab(qtbot: QtBot, ops: Ops, tab: QueueTab) -> None:
    tab.stop()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def shown(tab: QueueTab, entry_id: int) -> tuple[QueueModel, int] | None:
    for model in (tab.lane_model, tab.model):
        row = model.find_id(entry_id)
        if row >= 0:
            return model, row
    return None


def row_of(tab: QueueTab, entry_id: int) -> QueueRow:
    where = shown(tab, entry_id)
    assert where is not None
    row = where[0].row_at(where[1])
    assert row is not None
    return row


def walk_in(services: Services, complaint: str, first: str = "Ravi") -> int:
    reception = login(services, "reception")
    return services.visits.register_walk_in(
        reception, WalkInInput(first, "M", 54, last_name="Kumar", complaint=complaint)
    ).queue_entry_id


def open_triage(qtbot: QtBot, tab: QueueTab, entry_id: int) -> TriageDialog:
    qtbot.waitUntil(lambda: shown(tab, entry_id) is not None, timeout=5000)  # the poller brought it
    assert tab.select_entry(entry_id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, TriageDialog)
    qtbot.waitUntil(lambda: dialog.rules_loaded, timeout=5000)
    return dialog


def type_vitals(qtbot: QtBot, dialog: TriageDialog, **values: str) -> None:
    for field, text in values.items():
        qtbot.keyClicks(dialog.edits[field], text)


def save_and_wait_closed(qtbot: QtBot, tab: QueueTab, dialog: TriageDialog) -> None:
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)


def test_the_demo_queue_with_its_emergency_lane(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    lane = tab.lane_model.rows
    assert {r.triage_level for r in lane} == {"red", "orange"}
    assert [r.triage_level for r in lane] == ["red", "orange"]  # red first
    assert not any(r.emergency and r.status == "waiting" for r in tab.model.rows)
    assert tab.lane_frame.isVisible() and not tab.lane_empty.isVisible()
    assert tab.lane_frame.geometry().bottom() < tab.view.geometry().top()
    # the level says itself in words and a glyph, never in colour alone
    assert tab.lane_model.index(0, LEVEL).data() == "■ Immediate"
    assert tab.lane_model.index(1, LEVEL).data() == "▲ Very urgent"
    assert tab.lane_model.index(0, 0).data() == "#1"
    texts = {tab.model.index(r, LEVEL).data() for r in range(tab.model.rowCount())}
    assert "● Urgent" in texts and "◆ Standard" in texts
    # a refresh keeps the selected patient and does not take the focus
    chosen = tab.model.rows[2]
    tab.select_entry(chosen.id)
    tab.search.setFocus()
    with qtbot.waitSignal(tab.refreshed, timeout=5000):
        tab.refresh()
    assert tab.current_row() is not None and tab.current_row().id == chosen.id  # type: ignore[union-attr]
    assert tab.search.hasFocus()
    # search filters client-side by token
    qtbot.keyClicks(tab.search, str(chosen.token_no))
    assert [r.id for r in tab.model.rows] == [chosen.id] and tab.lane_model.rowCount() == 0
    assert tab.lane_empty.isVisible()
    close_tab(qtbot, ops, tab)


def test_overdue_rows_are_marked_in_words_and_bold(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    red = tab.lane_model.index(0, TARGET)  # the demo's red patient arrived long before its 0-min target
    assert red.data(OVERDUE_ROLE) is True
    assert red.data().startswith("⚠ overdue")
    assert red.data(Qt.ItemDataRole.FontRole).bold()
    fresh = next(
        i for i, r in enumerate(tab.model.rows) if r.status == "waiting" and not tab.model.is_overdue(r)
    )
    assert tab.model.index(fresh, TARGET).data().startswith("due ")
    tab.tick()  # the clock columns repaint without a refetch
    assert tab.lane_model.index(0, TARGET).data().startswith("⚠ overdue")
    close_tab(qtbot, ops, tab)


def test_triage_a_walk_in_live_news2_moves_them_into_the_lane(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    entry_id = walk_in(services, "Chest pain since morning")
    assert row_of_later(qtbot, tab, entry_id).triage_level is None
    assert tab.model.index(tab.model.find_id(entry_id), LEVEL).data() == "○ Triage pending"
    dialog = open_triage(qtbot, tab, entry_id)
    assert dialog.label("news2Label").text() == "NEWS2: enter all seven parameters"
    assert dialog.chosen_level() == "orange"  # chest pain alone
    type_vitals(qtbot, dialog, resp_rate="28", spo2="90", systolic_bp="88", diastolic_bp="60", pulse="135")
    assert dialog.label("news2Label").text() == "NEWS2: enter all seven parameters"
    type_vitals(qtbot, dialog, temperature_c="39.2")
    dialog.consciousness.setCurrentIndex(dialog.consciousness.findData("A"))
    assert dialog.label("news2Label").text() == "NEWS2 14"
    assert "Pulse 135 → 3" in dialog.label("partsLabel").text()
    assert "Immediate" in dialog.label("suggestedLabel").text()
    assert dialog.chosen_level() == "red"  # followed the suggestion: the nurse has not touched it
    assert not dialog.override.isVisible()
    with qtbot.waitSignal(tab.refreshed, timeout=5000):
        save_and_wait_closed(qtbot, tab, dialog)
    qtbot.waitUntil(lambda: tab.lane_model.find_id(entry_id) >= 0, timeout=5000)
    assert tab.model.find_id(entry_id) < 0
    lane = tab.lane_model.rows
    assert [r.triage_level for r in lane][:2] == ["red", "red"] and entry_id in {lane[0].id, lane[1].id}
    row = tab.lane_model.find_id(entry_id)
    assert tab.lane_model.index(row, LEVEL).data() == "■ Immediate"
    assert tab.lane_model.index(row, LEVEL).data(LEVEL_ROLE).colour == "#D32F2F"
    assert "triaged" in tab.message.text()
    close_tab(qtbot, ops, tab)


def row_of_later(qtbot: QtBot, tab: QueueTab, entry_id: int) -> QueueRow:
    qtbot.waitUntil(lambda: shown(tab, entry_id) is not None, timeout=5000)
    return row_of(tab, entry_id)


def test_an_override_needs_a_reason_and_is_audited(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    entry_id = walk_in(services, "Dry cough for two days", "Meena")
    dialog = open_triage(qtbot, tab, entry_id)
    assert dialog.chosen_level() == "green"
    dialog.choose_level("yellow")
    assert dialog.override.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.label("overrideError").text()), timeout=5000)
    assert "different level" in dialog.label("overrideError").text()
    assert tab.dialog is dialog and dialog.chosen_level() == "yellow"  # nothing typed is lost
    qtbot.keyClicks(dialog.override, "Looks unwell, diabetic")
    save_and_wait_closed(qtbot, tab, dialog)
    qtbot.waitUntil(lambda: row_of(tab, entry_id).triage_level == "yellow", timeout=5000)
    audit = services.audit.recent(login(services, "admin"), limit=20)
    assert any(a.action == "queue.triage_override" and a.entity_id == str(entry_id) for a in audit)
    close_tab(qtbot, ops, tab)


def test_re_triage_starts_from_the_last_readings(qtbot: QtBot, ops: Ops, services: Services) -> None:
    nurse = login(services, "nurse")
    entry_id = walk_in(services, "Dry cough for two days", "Leela")
    services.triage.record(
        nurse,
        entry_id,
        TriageInput(chief_complaint="Dry cough for two days", pulse=96, temperature_c=38.4,
                    consciousness="A", level="yellow", override_reason="Asthmatic, wheezy"),
    )  # fmt: skip
    tab = open_tab(qtbot, ops, services, nurse)
    dialog = open_triage(qtbot, tab, entry_id)
    assert dialog.edits["pulse"].text() == "96" and dialog.edits["temperature_c"].text() == "38.4"
    assert dialog.consciousness.currentData() == "A"
    assert dialog.chosen_level() == "yellow" and dialog.override.text() == "Asthmatic, wheezy"
    assert "last readings are filled in" in dialog.label("patientLabel").text()
    dialog.edits["pulse"].clear()
    qtbot.keyClicks(dialog.edits["pulse"], "88")
    save_and_wait_closed(qtbot, tab, dialog)
    current = services.triage.current(nurse, entry_id)
    assert (current.pulse, current.level, current.override_reason) == (88, "yellow", "Asthmatic, wheezy")
    close_tab(qtbot, ops, tab)


def test_unusual_readings_are_confirmed_impossible_ones_refused(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    entry_id = walk_in(services, "Palpitations", "Arjun")
    dialog = open_triage(qtbot, tab, entry_id)
    type_vitals(qtbot, dialog, spo2="120")
    assert "between 30 and 100" in dialog.label("spo2Error").text()  # live, as typed
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: dialog.ok_button.isEnabled() and "Please correct" in dialog.message.text(), timeout=5000
    )
    assert "between 30 and 100" in dialog.label("spo2Error").text()
    dialog.edits["spo2"].clear()
    qtbot.keyClicks(dialog.edits["spo2"], "97")
    type_vitals(qtbot, dialog, pulse="172")
    assert not dialog.confirm.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.confirm.isVisible(), timeout=5000)
    assert "outside the usual" in dialog.label("pulseError").text()
    assert dialog.label("pulseError").property("tone") == "warning"
    assert tab.dialog is dialog and dialog.edits["pulse"].text() == "172"
    dialog.confirm.setChecked(True)
    save_and_wait_closed(qtbot, tab, dialog)
    assert services.queue.get(login(services, "nurse"), entry_id).triage_level is not None
    close_tab(qtbot, ops, tab)


def test_the_doctor_calls_the_next_patient(qtbot: QtBot, ops: Ops, services: Services) -> None:
    doctor = login(services, "doctor")
    busy = [
        r
        for r in services.queue.snapshot(doctor).rows
        if r.status in ("called", "in_consult") and r.doctor_id == doctor.doctor_id
    ]
    for r in busy:
        services.queue.finish(doctor, r.id)
    tab = open_tab(qtbot, ops, services, doctor)
    assert tab.doctor.currentData() == -2  # "Mine" by default
    b = tab.buttons
    assert (
        b["callNextButton"].isVisible()
        and not b["assignButton"].isVisible()
        and not b["leftButton"].isVisible()
    )
    top = next(r for r in services.queue.snapshot(doctor).rows if r.status == "waiting")
    assert top.triage_level == "red"  # any red goes to the first free doctor
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: f"Token {top.token_label} called to" in tab.message.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: shown(tab, top.id) is not None and row_of(tab, top.id).status == "called", timeout=5000
    )
    model, row = shown(tab, top.id)  # type: ignore[misc]
    assert model.index(row, STATUS).data() == "Called"
    assert model.index(row, TOKEN).data() == top.token_label
    tab.select_entry(top.id)
    assert b["startButton"].isEnabled() and b["finishButton"].isEnabled()
    b["startButton"].click()
    qtbot.waitUntil(lambda: row_of(tab, top.id).status == "in_consult", timeout=5000)
    close_tab(qtbot, ops, tab)


def test_a_cashier_only_looks(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "cashier"))
    b = tab.buttons
    visible = {n for n, w in b.items() if w.isVisibleTo(tab)}
    assert visible == {"printButton"}
    tab.select_entry(tab.model.rows[0].id)
    with qtbot.waitSignal(tab.print_slip_requested, timeout=1000) as sent:
        b["printButton"].click()
    assert sent.args == [tab.model.rows[0].id]
    # minimum necessary (issue 12): the levels and the lane as for everyone, no complaint or NEWS2
    rows = [*tab.lane_model.rows, *tab.model.rows]
    assert {r.triage_level for r in tab.lane_model.rows} == {"red", "orange"}
    assert all(r.chief_complaint is None and r.news2_score is None for r in rows)
    for model in (tab.lane_model, tab.model):  # every cell and tooltip renders without them
        for r in range(model.rowCount()):
            for col in range(len(COLUMNS)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    model.index(r, col).data(role)
            assert model.index(r, COMPLAINT).data() == "—"
    # ...and the cashier does not read a column of dashes: the headers shown omit them
    for view in (tab.lane_view, tab.view):
        assert shown_headers(view) == [c for c in COLUMNS if c not in ("Complaint", "NEWS2")]
    close_tab(qtbot, ops, tab)


def test_a_nurse_sees_the_complaint_column(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    for view in (tab.lane_view, tab.view):
        assert shown_headers(view) == list(COLUMNS)
    close_tab(qtbot, ops, tab)


def shown_headers(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    model = view.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in range(model.columnCount())
        if not header.isSectionHidden(c)
    ]


def test_a_change_at_another_desk_while_triaging(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    entry_id = walk_in(services, "Headache", "Farah")
    dialog = open_triage(qtbot, tab, entry_id)
    type_vitals(qtbot, dialog, pain_score="6")
    doctor_id = next(d.id for d in tab.doctors)
    services.queue.assign(login(services, "reception"), entry_id, doctor_id)  # another desk, meanwhile
    with qtbot.waitSignal(tab.refreshed, timeout=5000):
        pass  # the poller saw it and the tab refreshed...
    assert tab.dialog is dialog and dialog.isVisible()  # ...without closing the open dialog
    # an assignment is not a triage: nothing of another nurse's is overwritten, so it saves (issue 18)
    save_and_wait_closed(qtbot, tab, dialog)
    qtbot.waitUntil(lambda: row_of(tab, entry_id).triage_level == "yellow", timeout=5000)
    assert row_of(tab, entry_id).doctor_id == doctor_id
    # another nurse's triage meanwhile is a conflict: said at the form, what was typed kept
    other = walk_in(services, "Ear ache", "Gopal")
    dialog = open_triage(qtbot, tab, other)  # Ctrl+T again: the closed dialog gave the keyboard back
    type_vitals(qtbot, dialog, pain_score="2")
    services.triage.record(login(services, "nurse"), other, TriageInput(chief_complaint="Ear ache"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Another desk" in dialog.message.text(), timeout=5000)
    assert dialog.edits["pain_score"].text() == "2"
    qtbot.waitUntil(lambda: dialog.row.triage_level is not None, timeout=5000)  # re-read: the new version
    save_and_wait_closed(qtbot, tab, dialog)  # saved again, knowingly, over the other nurse's
    close_tab(qtbot, ops, tab)


def test_assign_left_and_transfer(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "reception"))
    first = walk_in(services, "Rash on arms", "Kiran")
    second = walk_in(services, "Ear ache", "Leela")
    qtbot.waitUntil(lambda: shown(tab, second) is not None, timeout=5000)
    # assign: whoever is on duty now (the wall clock decides), or the plain "nobody" message
    tab.select_entry(first)
    tab.buttons["assignButton"].click()
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    if dialog.doctors.count():
        assert dialog.doctors.item(0).text().startswith("★ Suggested — ")
        chosen = dialog.doctor_id()
        qtbot.keyClick(dialog.doctors, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
        qtbot.waitUntil(lambda: row_of(tab, first).doctor_id == chosen, timeout=5000)
    else:
        assert dialog.empty.isVisible() and not dialog.ok_button.isEnabled()
        dialog.reject()
    # left without being seen, with a note
    tab.select_entry(second)
    tab.buttons["leftButton"].click()
    qtbot.keyClicks(tab.dialog.note, "Could not wait")
    tab.dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None and shown(tab, second) is None, timeout=5000)
    assert "left without being seen" in tab.message.text()
    tab.status.setCurrentIndex(1)  # all today: the closed visits come back, marked
    qtbot.waitUntil(lambda: shown(tab, second) is not None, timeout=5000)
    assert tab.model.index(tab.model.find_id(second), STATUS).data() == "Left"
    # transfer to another department with a reason
    tab.select_entry(first)
    tab.buttons["transferButton"].click()
    t = tab.dialog
    t.ok_button.click()
    qtbot.waitUntil(lambda: bool(t.label("reasonError").text()), timeout=5000)
    current = row_of(tab, first).department_id
    t.department.setCurrentIndex(
        next(i for i in range(1, t.department.count()) if t.department.itemData(i) != current)
    )
    qtbot.keyClicks(t.reason, "Needs a skin specialist")
    t.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: row_of(tab, first).status == "transferred", timeout=5000)
    moved = next(
        r for r in tab.model.rows if r.transferred_from and r.patient_id == row_of(tab, first).patient_id
    )
    assert "↪ from token" in tab.model.index(tab.model.find_id(moved.id), STATUS).data()
    close_tab(qtbot, ops, tab)


def test_a_freed_place_is_offered_and_promoted(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = open_tab(qtbot, ops, services, login(services, "reception"))
    entry_id = walk_in(services, "Fever", "Gopal")
    qtbot.waitUntil(lambda: shown(tab, entry_id) is not None, timeout=5000)
    doctor = tab.doctors[0]
    offer = DoctorSuggestion(
        doctor.id, doctor.full_name, doctor.specialisation, "Dept", None, 0, 0, 30, False
    )
    tab.offers.show([(offer, row_of(tab, entry_id))])  # what capacity_offers returns when a slot was freed
    assert tab.offer_frame.isVisible()
    assert f"{doctor.full_name} has room from a cancellation — offer it to token" in tab.offer_label.text()
    assert "(G. K.)" in tab.offer_label.text()
    tab.buttons["promoteButton"].click()
    qtbot.waitUntil(lambda: row_of(tab, entry_id).promoted, timeout=5000)
    assert row_of(tab, entry_id).doctor_id == doctor.id
    assert "promoted" in tab.model.index(tab.model.find_id(entry_id), STATUS).data()
    close_tab(qtbot, ops, tab)


@pytest.mark.parametrize("focus_first", [True, False], ids=["focus-then-rows", "rows-then-focus"])
def test_a_doctor_signing_in_has_a_current_patient_and_live_buttons(
    qtbot: QtBot, ops: Ops, services: Services, focus_first: bool, tmp_path: Path
) -> None:
    """Defect 3 (issue 15): after sign-in the Queue tab's buttons were greyed until F5. The main
    window gives the list the focus after sign-in while the first snapshot is still being read: when
    the rows came first, Qt made row 1 current without selecting it (a focus frame, no selection);
    when the focus came first, nothing was current at all. Either way no row was "the" row."""
    doctor = login(services, "doctor")
    for r in services.queue.snapshot(doctor).rows:
        if r.status in ("called", "in_consult") and r.doctor_id == doctor.doctor_id:
            services.queue.finish(doctor, r.id)
    called = next(
        r
        for r in services.queue.snapshot(doctor).rows
        if r.status == "waiting" and r.doctor_id == doctor.doctor_id
    )
    services.queue.call(doctor, called.id)
    for _ in range(3):  # "2 of 3 sign-ins": every sign-in, whichever arrives first
        tab = QueueTab(desk_of(ops, services, doctor), services)
        qtbot.addWidget(tab)
        tab.consult_drafts = DraftStore(tmp_path, doctor.username)
        tab.resize(1400, 800)
        tab.show()
        if focus_first:
            tab.main_control().setFocus(Qt.FocusReason.OtherFocusReason)
        tab.start()
        shown = tab
        qtbot.waitUntil(lambda: shown.snapshot is not None, timeout=10_000)  # noqa: B023
        if not focus_first:
            tab.main_control().setFocus(Qt.FocusReason.OtherFocusReason)
        row = tab.current_row()
        assert row is not None
        assert row.id == called.id  # the doctor's own called patient is the one to consult
        b = tab.buttons
        for name in ("startButton", "finishButton", "transferButton", "printButton"):
            assert b[name].isEnabled(), name
        view = tab.lanes.active
        index = view.currentIndex()
        assert view.selectionModel().isRowSelected(index.row(), index.parent())  # what the eye sees
        qtbot.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        assert called.id in tab.workspaces
        ws = tab.workspaces[called.id]
        qtbot.waitUntil(lambda: ws.view is not None, timeout=10_000)  # noqa: B023
        ws.close()
        qtbot.waitUntil(lambda: called.id not in shown.workspaces, timeout=5000)  # noqa: B023
        close_tab(qtbot, ops, tab)
        tab.close()


def test_call_next_twice_asks_and_the_numbers_are_the_call_order(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    """Defect 4 (issue 15): Call next twice called two patients to one room, and the "#" shown was
    not the order Call next took. Now the second Call next asks (call again / not answered / call
    next anyway), and "#1" is the patient Call next takes."""
    from hms_desktop.gui.tabs.queue.still_called import StillCalledDialog

    doctor = login(services, "doctor")
    for r in services.queue.snapshot(doctor).rows:
        if r.status in ("called", "in_consult") and r.doctor_id == doctor.doctor_id:
            services.queue.finish(doctor, r.id)
    tab = open_tab(qtbot, ops, services, doctor)
    model_of = {r.id: m for m in (tab.lane_model, tab.model) for r in m.rows}
    first = next(
        r for m in (tab.lane_model, tab.model) for n, r in enumerate(m.rows) if m.index(n, 0).data() == "#1"
    )
    assert model_of[first.id].index(model_of[first.id].find_id(first.id), 0).data() == "#1"
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: f"Token {first.token_label} called to" in tab.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: row_of(tab, first.id).status == "called", timeout=5000)
    # the second Call next asks instead of calling someone else to the same room
    second = next(
        r for r in tab.lane_model.rows + tab.model.rows if tab.snapshot and tab.snapshot.place(r.id) == 1
    )
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, StillCalledDialog), timeout=10_000)
    box = tab.dialog
    assert isinstance(box, StillCalledDialog)
    assert f"Token {first.token_label} is still called" in box.text()
    box.reject()  # Cancel: nobody else is called
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=2000)
    wait = [
        r
        for r in services.queue.snapshot(doctor).rows
        if r.status == "called" and r.doctor_id == doctor.doctor_id
    ]
    assert [r.id for r in wait] == [first.id]
    # again, and "Mark not answered, call next": the first goes back, the "#1" shown is called
    tab.buttons["callNextButton"].click()  # offscreen, no window is active after a dialog: no shortcuts
    qtbot.waitUntil(lambda: isinstance(tab.dialog, StillCalledDialog), timeout=10_000)
    box = tab.dialog
    assert isinstance(box, StillCalledDialog)
    from hms_desktop.domain.queue import StillCalled

    box.buttons_by_choice[StillCalled.NOT_ANSWERED].click()
    qtbot.waitUntil(lambda: f"Token {second.token_label} called to" in tab.message.text(), timeout=5000)
    called = [
        r.id
        for r in services.queue.snapshot(doctor).rows
        if r.status == "called" and r.doctor_id == doctor.doctor_id
    ]
    assert called == [second.id]
    close_tab(qtbot, ops, tab)
