"""The triage form for a child and in pregnancy: NEWS2 does not apply, the other chart is used (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.db.models import Patient, QueueEntry
from hms_desktop.gui.ops import Ops
from hms_desktop.services.container import Services
from hms_desktop.services.visits_types import WalkInInput
from tests.gui.test_queue_tab import close_tab, login, open_tab, open_triage, type_vitals

pytestmark = pytest.mark.gui


def register(services: Services, first: str, sex: str, age: int, complaint: str) -> int:
    reception = login(services, "reception")
    return services.visits.register_walk_in(
        reception, WalkInInput(first, sex, age, last_name="Rao", complaint=complaint)
    ).queue_entry_id


def test_a_well_toddler_gets_the_paediatric_chart_not_red(
    qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path
) -> None:
    entry = register(services, "Anika", "F", 2, "cough and cold since 2 days")
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    dialog = open_triage(qtbot, tab, entry)
    qtbot.waitUntil(lambda: dialog.age_years is not None, timeout=5000)
    type_vitals(qtbot, dialog, resp_rate="28", spo2="98", systolic_bp="92", pulse="120", temperature_c="37.2")
    dialog.consciousness.setCurrentIndex(dialog.consciousness.findData("A"))
    assert dialog.label("news2Label").text() == "NEWS2 does not apply"
    assert "under 16" in dialog.label("riskLabel").text()
    assert dialog.assessment is not None and dialog.assessment.suggested_level == "green"
    assert dialog.chosen_level() == "green"
    dialog.resize(1366, 740)
    dialog.grab().save(str(tmp_path / "triage_child.png"))
    dialog.edits["pulse"].setText("165")  # above 95-140 at 2-5 years
    assert dialog.assessment.suggested_level == "orange"
    assert any("abnormal pulse" in r for r in dialog.assessment.reasons)
    dialog.discard_guard = None  # the test is done with the form (not a nurse pressing Esc on typed vitals)
    dialog.reject()
    close_tab(qtbot, ops, tab)


def test_pregnancy_uses_the_obstetric_chart(
    qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path
) -> None:
    entry = register(services, "Meena", "F", 26, "headache, 7 months pregnant")
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    dialog = open_triage(qtbot, tab, entry)
    type_vitals(qtbot, dialog, resp_rate="18", spo2="98", systolic_bp="164", diastolic_bp="104", pulse="96",
                temperature_c="36.9")  # fmt: skip
    dialog.consciousness.setCurrentIndex(dialog.consciousness.findData("A"))
    assert dialog.label("news2Label").text().startswith("NEWS2")  # an adult: NEWS2 until ticked
    dialog.pregnant.setChecked(True)
    assert dialog.label("news2Label").text() == "NEWS2 does not apply"
    assert "MEOWS" in dialog.label("riskLabel").text()
    assert dialog.assessment is not None and dialog.assessment.suggested_level == "orange"
    assert any("MEOWS trigger" in r for r in dialog.assessment.reasons)
    dialog.resize(1366, 740)
    dialog.grab().save(str(tmp_path / "triage_pregnancy.png"))
    dialog.discard_guard = None  # the test is done with the form (not a nurse pressing Esc on typed vitals)
    dialog.reject()
    close_tab(qtbot, ops, tab)


def test_the_pregnancy_box_is_off_for_a_man(qtbot: QtBot, ops: Ops, services: Services) -> None:
    entry = register(services, "Ravi", "M", 40, "fever")
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    dialog = open_triage(qtbot, tab, entry)
    assert not dialog.pregnant.isEnabled()
    dialog.discard_guard = None  # the test is done with the form (not a nurse pressing Esc on typed vitals)
    dialog.reject()
    close_tab(qtbot, ops, tab)


def test_without_an_age_the_form_says_it_scores_an_adult(qtbot: QtBot, ops: Ops, services: Services) -> None:
    entry = register(services, "Imported", "F", 30, "fever")
    with services.db.write() as s:  # an imported record without a date of birth
        queued = s.get(QueueEntry, entry)
        assert queued is not None
        patient = s.get(Patient, queued.patient_id)
        assert patient is not None
        patient.date_of_birth = None
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    dialog = open_triage(qtbot, tab, entry)
    assert dialog.age_years is None
    assert "Age not recorded" in dialog.label("riskLabel").text()
    dialog.discard_guard = None  # the test is done with the form (not a nurse pressing Esc on typed vitals)
    dialog.reject()
    close_tab(qtbot, ops, tab)
