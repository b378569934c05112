"""Favourite prescriptions in the consultation (issue 15): save the lines written (Ctrl+Shift+S, a name,
a question before replacing), insert one with two keys (F8, then its number) after the lines already
there without losing the cell being typed, and the allergy check runs on the inserted lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.consult.rx_table import COL
from hms_desktop.gui.tabs.consult.workspace import ConsultationWorkspace
from hms_desktop.services.consultation_types import DrugLineInput
from hms_desktop.services.container import Services
from tests.gui.test_consultation import add_line, in_room, login, open_workspace, set_allergies, wait_done

pytestmark = pytest.mark.gui


def name_and_save(qtbot: QtBot, ws: ConsultationWorkspace, name: str) -> None:
    ws.favourites.ask_name()
    box = ws.favourites.name_dialog
    assert box is not None and box.isVisible()
    assert "2 lines" in box.labelText()
    box.setTextValue(name)
    box.accept()
    wait_done(qtbot, ws._ops)


# a popup menu on the offscreen platform: no keyboard grab, no raise (the X server e2e has both)
@pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)
def test_save_then_insert_with_two_keys_and_replace_after_asking(
    qtbot: QtBot, ops: Ops, services: Services, demo_db: Database, tmp_path: Path
) -> None:
    doctor = login(services, "doctor")
    ws = open_workspace(qtbot, ops, services, doctor, in_room(services, doctor, "Farida"), tmp_path)
    wait_done(qtbot, ops)
    assert ws.favourites.button.isVisible() and ws.favourites.button.isEnabled()
    add_line(ws.rx, generic_name="Paracetamol", strength="500 mg", dosage_form="tablet", dose="1 tablet",
             frequency="TDS", duration_days="3")  # fmt: skip
    add_line(ws.rx, generic_name="Cetirizine", strength="10 mg", dosage_form="tablet", frequency="HS",
             duration_days="5")  # fmt: skip
    # the instruction being typed in line 2 when Ctrl+Shift+S is pressed belongs to the favourite
    ws.rx.view.setFocus()
    ws.rx.view.setCurrentIndex(ws.rx.model.index(1, COL["instructions"]))
    editor = ws.rx.view.focusWidget()
    assert editor is not None and editor.objectName() == "instructionsEditor"
    qtbot.keyClicks(editor, "at bedtime")
    with qtbot.waitSignal(ws.favourites.changed, timeout=10_000):
        name_and_save(qtbot, ws, "URTI adult")
    saved = services.rx_favourites.favourites(doctor)
    assert [f.name for f in saved] == ["URTI adult"]
    assert saved[0].lines[1].instructions == "at bedtime"
    assert "Saved as your favourite “URTI adult”" in ws.message.text()
    menu_texts = [a.text() for a in ws.favourites.menu.actions()]
    assert menu_texts[0] == "&1  URTI adult  —  Paracetamol 500 mg, Cetirizine 10 mg"

    # the same name again: asked, and replaced only on Replace
    ws.rx.model.remove_line(1)
    add_line(ws.rx, generic_name="Oral rehydration salts", dosage_form="sachet", frequency="SOS")
    ws.favourites.ask_name()
    assert ws.favourites.name_dialog is not None
    ws.favourites.name_dialog.setTextValue("urti ADULT")
    ws.favourites.name_dialog.accept()
    qtbot.waitUntil(lambda: ws.favourites.question is not None, timeout=10_000)
    question = ws.favourites.question
    assert question is not None and "Replace its lines" in question.text()
    replace = next(b for b in question.buttons() if b.text() == "Replace")
    with qtbot.waitSignal(ws.favourites.changed, timeout=10_000):
        replace.click()
    (fav,) = services.rx_favourites.favourites(doctor)
    assert [x.generic_name for x in fav.lines] == ["Paracetamol", "Oral rehydration salts"]

    # F8 then 1: the favourite's lines come after the lines already written
    ws.rx.set_lines([])
    add_line(ws.rx, generic_name="Pantoprazole", strength="40 mg", dosage_form="tablet", frequency="OD")
    ws.activateWindow()
    ws.favourites.pop_up()
    menu = ws.favourites.menu
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    with qtbot.waitSignal(ws.favourites.inserted, timeout=5000):
        qtbot.keyClick(menu, Qt.Key.Key_1)
    assert [x.generic_name for x in ws.rx.model.lines] == [
        "Pantoprazole",
        "Paracetamol",
        "Oral rehydration salts",
    ]
    assert "inserted: 2 lines from line 2" in ws.message.text()
    assert ws.dirty  # the inserted lines are the doctor's work: kept in the draft, asked before discarding
    ws.close()
    wait_done(qtbot, ops)


def test_inserted_lines_are_checked_against_the_patients_allergies(
    qtbot: QtBot, ops: Ops, services: Services, demo_db: Database, tmp_path: Path
) -> None:
    doctor = login(services, "doctor")
    amoxicillin = DrugLineInput(
        "Amoxicillin", "500 mg", "capsule", "1 capsule", frequency="TDS", duration_days=5
    )
    services.rx_favourites.save(doctor, "Tonsillitis", [amoxicillin])
    entry = in_room(services, doctor, "Gita")
    set_allergies(demo_db, entry, "Penicillin")
    ws = open_workspace(qtbot, ops, services, doctor, entry, tmp_path)
    qtbot.waitUntil(lambda: bool(ws.favourites.items), timeout=10_000)
    ws.favourites.insert(ws.favourites.items[0])
    assert ws.rx.warnings.isVisible() and "Allergy recorded: Penicillin" in ws.rx.warnings.text()
    ws.close()
    wait_done(qtbot, ops)


def test_saving_without_lines_says_so_and_the_picker_fits_the_window(
    qtbot: QtBot, ops: Ops, services: Services, demo_db: Database, tmp_path: Path
) -> None:
    doctor = login(services, "doctor")
    ws = open_workspace(qtbot, ops, services, doctor, in_room(services, doctor, "Hema"), tmp_path)
    wait_done(qtbot, ops)
    ws.favourites.ask_name()
    assert ws.favourites.name_dialog is None
    assert "Write the lines first" in ws.message.text()
    # no favourites yet: the menu says how to make one
    assert ws.favourites.menu.actions()[0].text().startswith("No favourites yet")
    ws.resize(1366, 738)
    QApplication.processEvents()
    button = ws.favourites.button
    top_left = button.mapTo(ws, button.rect().topLeft())
    assert ws.rect().contains(top_left) and ws.rect().contains(top_left + button.rect().bottomRight())
    ws.grab().save(str(tmp_path / "consult_favourites.png"))
    ws.close()
    wait_done(qtbot, ops)
