"""The admin's triage settings dialog on the demo clinic: the scale, the rule table, the tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hms_desktop.domain.queue import LEVELS, SCALE_PRESETS
from hms_desktop.gui.dialogs.triage_settings import (
    DUPLICATE_SIGN,
    SCALE_SAVED,
    TriageSettingsDialog,
)
from hms_desktop.gui.ops import Ops
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD


def open_dialog(qtbot: QtBot, ops: Ops, services: Services, actor: Actor) -> TriageSettingsDialog:
    dialog = TriageSettingsDialog(ops, services, actor)
    # closing at teardown must not wait on the modal "discard changes?" question
    dialog.confirm_discard = lambda what: True  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.loaded and not ops.busy, timeout=10_000)
    return dialog


def idle(dialog: TriageSettingsDialog, ops: Ops) -> bool:
    return not ops.busy and dialog.progress.isHidden()


def select_rule(qtbot: QtBot, dialog: TriageSettingsDialog, keyword: str) -> None:
    row = next(i for i, r in enumerate(dialog.model.rows) if r.keyword == keyword)
    dialog.table.selectRow(row)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter edits, like a double-click


def test_loads_the_scale_and_the_rules_sorted_by_level(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = open_dialog(qtbot, ops, services, admin)
    assert [dialog.names[lv].text() for lv in LEVELS] == [lv.label for lv in SCALE_PRESETS["Manchester"]]
    assert dialog.targets["orange"].value() == 10
    assert "Orange" in dialog.chips["orange"].text() and "▲" in dialog.chips["orange"].text()
    stored = services.triage.rules(admin, include_inactive=True)
    assert len(dialog.model.rows) == len(stored) >= 20
    order = [(LEVELS.index(r.min_level), r.keyword) for r in dialog.model.rows]
    assert order == sorted(order)
    chest = next(r for r in dialog.model.rows if r.keyword == "chest pain")
    row = dialog.model.rows.index(chest)
    assert dialog.model.index(row, 1).data() == "▲ Orange · Very urgent"
    assert dialog.specialisation.count() > 1  # the doctors' specialisations, after a blank
    assert not dialog.unsaved()


def test_a_preset_fills_the_rows_and_saving_reaches_the_queue(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = open_dialog(qtbot, ops, services, admin)
    dialog.preset.setCurrentIndex(dialog.preset.findData("CTAS"))
    dialog.apply_preset()
    assert dialog.names["red"].text() == "Resuscitation"
    assert services.queue.scale(admin)[0].label == "Immediate"  # not saved yet
    assert dialog.unsaved() == ["the scale"]
    dialog.save_scale_button.click()
    qtbot.waitUntil(lambda: dialog.scale_message.text() == SCALE_SAVED, timeout=10_000)
    assert [lv.label for lv in services.queue.scale(admin)] == [lv.label for lv in SCALE_PRESETS["CTAS"]]
    assert [lv.target_min for lv in services.queue.scale(admin)] == [0, 15, 30, 60, 120]
    assert not dialog.unsaved()
    chest = next(i for i, r in enumerate(dialog.model.rows) if r.keyword == "chest pain")
    assert dialog.model.index(chest, 1).data() == "▲ Orange · Emergent"  # the table follows


def test_an_invalid_scale_shows_the_error_next_to_the_row_and_saves_nothing(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = open_dialog(qtbot, ops, services, admin)
    dialog.targets["green"].setValue(30)  # less urgent than yellow (60) but a shorter target
    dialog.names["blue"].setText("Routine follow-up")
    dialog.save_scale_button.click()
    qtbot.waitUntil(lambda: bool(dialog.scale_errors.field_text("green")), timeout=10_000)
    assert "shorter target" in dialog.scale_errors.field_text("green")
    assert dialog.scale_errors.field_text("yellow") == ""
    assert [lv.target_min for lv in services.queue.scale(admin)] == [0, 10, 60, 120, 240]
    assert dialog.targets["green"].value() == 30  # nothing typed is lost
    assert dialog.names["blue"].text() == "Routine follow-up"
    # Esc asks before throwing the edits away
    asked: list[list[str]] = []

    def keep_editing(what: list[str]) -> bool:
        asked.append(what)
        return False

    dialog.confirm_discard = keep_editing  # type: ignore[method-assign]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [["the scale"]] and dialog.isVisible()
    dialog.confirm_discard = lambda what: True  # type: ignore[method-assign]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_add_edit_and_deactivate_a_rule(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dialog = open_dialog(qtbot, ops, services, admin)
    dialog.tabs.setCurrentIndex(1)
    dialog.add_button.click()
    qtbot.keyClicks(dialog.keyword, "Bee  Sting")
    dialog.level.setCurrentIndex(dialog.level.findData("red"))
    dialog.specialisation.setEditText("General Physician")
    qtbot.keyClick(dialog.keyword, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Saved" in dialog.rule_message.text(), timeout=10_000)
    rule = next(r for r in services.triage.rules(admin, include_inactive=True) if r.keyword == "bee sting")
    assert (rule.min_level, rule.specialisation, rule.is_active) == ("red", "General Physician", True)
    assert dialog.selected() is not None and dialog.selected().keyword == "bee sting"  # type: ignore[union-attr]
    assert dialog.editing_id == rule.id
    # edit: pick it from the table with Enter, change the level
    dialog.new_rule()
    select_rule(qtbot, dialog, "bee sting")
    assert dialog.keyword.text() == "bee sting" and dialog.editing_id == rule.id
    dialog.level.setCurrentIndex(dialog.level.findData("orange"))
    dialog.save_rule_button.click()
    qtbot.waitUntil(lambda: "at least orange" in dialog.rule_message.text(), timeout=10_000)
    again = next(r for r in services.triage.rules(admin, include_inactive=True) if r.id == rule.id)
    assert again.min_level == "orange"
    # deactivate: kept, not deleted
    assert dialog.toggle_button.text() == "Deac&tivate"
    assert "never deleted" in dialog.toggle_button.toolTip()
    dialog.toggle_button.click()
    qtbot.waitUntil(lambda: "(inactive)" in dialog.rule_message.text(), timeout=10_000)
    stored = {r.id: r for r in services.triage.rules(admin, include_inactive=True)}
    assert stored[rule.id].is_active is False
    assert rule.id not in {r.id for r in services.triage.rules(admin)}
    assert dialog.toggle_button.text() == "Ac&tivate"
    assert not dialog.active.isChecked()
    # an inactive rule no longer matches in the tester
    dialog.complaint.setText("bee sting on the left hand")
    assert "green" in dialog.test_level.text().lower()


def test_a_duplicate_sign_is_shown_next_to_the_keyword(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = open_dialog(qtbot, ops, services, admin)
    before = len(services.triage.rules(admin, include_inactive=True))
    dialog.add_button.click()
    dialog.keyword.setText("Chest pain")
    dialog.level.setCurrentIndex(dialog.level.findData("yellow"))
    dialog.save_rule_button.click()
    qtbot.waitUntil(lambda: bool(dialog.rule_errors.field_text("keyword")), timeout=10_000)
    assert str(DUPLICATE_SIGN) in dialog.rule_errors.field_text("keyword")
    assert dialog.keyword.text() == "Chest pain"  # still there to correct
    assert len(services.triage.rules(admin, include_inactive=True)) == before
    # a too-short sign: the service's message, next to the field
    dialog.keyword.setText("ab")
    dialog.save_rule_button.click()
    qtbot.waitUntil(lambda: "at least 3" in dialog.rule_errors.field_text("keyword"), timeout=10_000)


def test_the_complaint_tester_shows_matching_rules_and_the_level(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = open_dialog(qtbot, ops, services, admin)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.complaint, "chest pain since morning")
    assert dialog.test_level.text() == "▲ Orange · Very urgent"
    assert '"chest pain" → orange' in dialog.test_reasons.text()
    dialog.complaint.setText("itchy toe")
    assert "Green" in dialog.test_level.text()
    assert "No active rule matches" in dialog.test_reasons.text()


def test_a_nurse_saving_sees_the_permission_message(qtbot: QtBot, ops: Ops, services: Services) -> None:
    nurse = services.auth.login("nurse", DEMO_PASSWORD)
    dialog = open_dialog(qtbot, ops, services, nurse)
    dialog.names["red"].setText("Now")
    dialog.save_scale_button.click()
    qtbot.waitUntil(lambda: "may not" in dialog.scale_message.text(), timeout=10_000)
    assert dialog.scale_message.isVisible()
    assert services.queue.scale(nurse)[0].label == "Immediate"
    dialog.tabs.setCurrentIndex(1)
    dialog.keyword.setText("bee sting")
    dialog.save_rule_button.click()
    qtbot.waitUntil(lambda: "may not" in dialog.rule_message.text(), timeout=10_000)
    assert dialog.keyword.text() == "bee sting"
