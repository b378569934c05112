"""Patient instructions in English and the patient's language, from the shipped language files, and
the patient's preferred language at registration (issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hms_desktop.db.engine import Database
from hms_desktop.domain.enums import Role
from hms_desktop.domain.instructions import (
    check_pack,
    instruction_text,
    language_names,
    load_packs,
    shipped_packs,
)
from hms_desktop.domain.prescribing import INSTRUCTIONS
from hms_desktop.errors import ValidationError
from hms_desktop.paths import resources_dir
from hms_desktop.services.patients import PatientService
from hms_desktop.services.patients_types import PatientInput
from tests.unit.helpers import make_user


def test_the_issue_example_in_english_and_hindi() -> None:
    hi = shipped_packs()["hi"]
    assert instruction_text("1-0-1", None, 5, "after food") == "1-0-1 after food for 5 days"
    assert instruction_text("1-0-1", None, 5, "after food", hi) == "सुबह 1 - दोपहर 0 - रात 1, खाने के बाद, 5 दिन"


def test_kannada_and_the_other_shapes() -> None:
    kn = shipped_packs()["kn"]
    assert (
        instruction_text("1-0-1", None, 5, "after food", kn)
        == "ಬೆಳಿಗ್ಗೆ 1 - ಮಧ್ಯಾಹ್ನ 0 - ರಾತ್ರಿ 1, ಊಟದ ನಂತರ, 5 ದಿನಗಳು"
    )
    assert instruction_text("1-1-1-1", None, 1, None, kn) == "ಬೆಳಿಗ್ಗೆ 1 - ಮಧ್ಯಾಹ್ನ 1 - ಸಂಜೆ 1 - ರಾತ್ರಿ 1, 1 ದಿನ"
    assert instruction_text("TDS", None, 3, "before food") == "three times a day before food for 3 days"
    assert instruction_text("bid", None, None, None, kn) == "ದಿನಕ್ಕೆ ಎರಡು ಬಾರಿ"
    assert instruction_text("SOS", 6, None, None) == "when needed, not more often than every 6 hours"
    assert instruction_text("SOS", 6, None, None, shipped_packs()["hi"]) == (
        "ज़रूरत होने पर ही, 6 घंटे में एक बार से ज़्यादा नहीं"
    )
    # PC is a timing code; a timing the language file does not know prints as typed
    assert instruction_text("PC", None, 2, None, shipped_packs()["hi"]) == "खाने के बाद, 2 दिन"
    assert instruction_text("OD", None, 7, "with warm water", kn) == "ದಿನಕ್ಕೆ ಒಂದು ಬಾರಿ, with warm water, 7 ದಿನಗಳು"
    assert instruction_text(None, None, None, None) == ""


def test_every_shipped_file_is_complete_and_adding_one_adds_a_language(tmp_path: Path) -> None:
    folder = resources_dir() / "instructions"
    assert {"hi", "kn"} <= set(shipped_packs())
    for path in folder.glob("*.json"):
        assert check_pack(json.loads(path.read_text(encoding="utf-8"))) == [], path.name
    raw = json.loads((folder / "hi.json").read_text(encoding="utf-8"))
    (tmp_path / "hi.json").write_text(json.dumps(raw), encoding="utf-8")
    raw["code"] = "mr"
    raw["name"], raw["native_name"] = "Marathi", "मराठी"
    (tmp_path / "mr.json").write_text(json.dumps(raw), encoding="utf-8")
    assert set(load_packs(tmp_path)) == {"hi", "mr"}
    del raw["timings"][INSTRUCTIONS[0]]
    assert check_pack(raw) == [f"no wording for timing '{INSTRUCTIONS[0]}'"]
    (tmp_path / "mr.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match="mr"):
        load_packs(tmp_path)


def test_preferred_language_is_registered_and_checked(db: Database) -> None:
    clerk = make_user(db, "desk", Role.RECEPTIONIST)
    svc = PatientService(db)
    p = svc.register(clerk, PatientInput("राम", "M", age_years=40, preferred_language="hi"))
    assert svc.get(clerk, p.id).preferred_language == "hi"
    assert (
        svc.register(
            clerk, PatientInput("Ravi", "M", age_years=40, preferred_language="en")
        ).preferred_language
        is None
    )
    with pytest.raises(ValidationError) as err:
        svc.register(clerk, PatientInput("Ravi", "M", age_years=40, preferred_language="xx"))
    assert "Kannada" in err.value.errors["preferred_language"]
    assert next(iter(language_names())) == "en"


def test_clinic_local_language_reaches_the_waiting_room_board(db: Database) -> None:
    from tests.unit.queue_clinic import build_clinic

    c = build_clinic(db)
    assert c.sv.queue.display_board(c.desk).local_language is None
    with pytest.raises(ValidationError) as err:
        c.sv.clinic.update_settings(c.admin, legal_name="Asha Clinic", local_language="xx")
    assert "kn" in err.value.errors["local_language"]
    c.sv.clinic.update_settings(c.admin, legal_name="Asha Clinic", local_language="KN")
    assert c.sv.clinic.settings().local_language == "kn"
    assert c.sv.queue.display_board(c.desk).local_language == "kn"
    c.sv.clinic.update_settings(c.admin, local_language="en")
    assert c.sv.queue.display_board(c.desk).local_language is None
