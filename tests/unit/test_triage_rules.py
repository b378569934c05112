"""Pure triage and queue rules: suggested level, plausible ranges, queue order, doctor ranking, scale."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from hms_desktop.domain import queue as qd
from hms_desktop.domain.triage import Discriminator, Vitals, check_vitals, suggest_level

RULES = [
    Discriminator("chest pain", "orange", "Cardiologist"),
    Discriminator("seizure", "red"),
    Discriminator("rash", "green", "Dermatologist"),
    Discriminator("prescription refill", "blue"),
    Discriminator("breathless", "orange"),
]
CALM = Vitals(
    resp_rate=16, spo2=98, on_oxygen=False, systolic_bp=120, pulse=80, consciousness="A", temperature_c=37.0
)
SICK = Vitals(
    resp_rate=26, spo2=90, on_oxygen=False, systolic_bp=88, pulse=132, consciousness="A", temperature_c=37.0
)


@pytest.mark.parametrize(
    ("complaint", "level", "specialisation"),
    [
        ("Chest pain since morning", "orange", "Cardiologist"),
        ("SEIZURES twice today", "red", None),  # a keyword matches at the start of a word
        ("rash and chest pain", "orange", "Cardiologist"),  # most urgent sign wins, with its specialisation
        ("prescription refill", "blue", None),  # a non-urgent sign may set a level below the default
        ("headache", "green", None),  # nothing matches: standard
        ("", "green", None),
        ("breathlessness", "orange", None),
        ("unbreathless", "green", None),  # not in the middle of a word
    ],
)
def test_signs_set_the_level(complaint: str, level: str, specialisation: str | None) -> None:
    got = suggest_level(complaint, RULES)
    assert (got.level, got.specialisation) == (level, specialisation)


@pytest.mark.parametrize(
    ("pain", "level"),
    [(None, "blue"), (4, "blue"), (5, "yellow"), (7, "yellow"), (8, "orange"), (10, "orange")],
)
def test_pain_raises_the_level(pain: int | None, level: str) -> None:
    assert suggest_level("prescription refill", RULES, pain_score=pain).level == level


def test_vitals_only_raise() -> None:
    assert suggest_level("chest pain", RULES, vitals=CALM).level == "orange"  # NEWS2 0 never lowers
    got = suggest_level("rash", RULES, vitals=SICK)
    assert got.level == "red" and any("NEWS2 12 (high)" in r for r in got.reasons)
    medium = Vitals(
        resp_rate=22,
        spo2=93,
        on_oxygen=False,
        systolic_bp=115,
        pulse=95,
        consciousness="A",
        temperature_c=37.0,
    )
    assert suggest_level("rash", RULES, vitals=medium).level == "orange"  # 2 + 2 + 1 = 5: medium
    single_three = Vitals(
        resp_rate=16,
        spo2=98,
        on_oxygen=False,
        systolic_bp=120,
        pulse=80,
        consciousness="A",
        temperature_c=35.0,
    )
    assert suggest_level("rash", RULES, vitals=single_three).level == "yellow"  # low-medium
    # responds to voice only is MTS "altered conscious level": orange with or without the rest of the
    # vitals (it was orange while BP was missing and dropped to yellow once BP was typed: issue 14)
    voice = dataclasses.replace(single_three, consciousness="V", temperature_c=37.0)
    assert suggest_level("rash", RULES, vitals=voice).level == "orange"


def test_partial_vitals_still_alarm() -> None:
    assert suggest_level("rash", RULES, consciousness="U").level == "red"
    assert suggest_level("rash", RULES, consciousness="C").level == "orange"
    assert suggest_level("rash", RULES, spo2=90).level == "orange"
    assert suggest_level("rash", RULES, spo2=95).level == "green"


def test_reading_ranges() -> None:
    errors, warnings = check_vitals({"spo2": 101, "pulse": 175, "resp_rate": 18, "temperature_c": None})
    assert set(errors) == {"spo2"} and set(warnings) == {"pulse"}
    assert "confirm" in warnings["pulse"]
    errors, _ = check_vitals({"systolic_bp": 90, "diastolic_bp": 95})
    assert set(errors) == {"diastolic_bp"}
    assert check_vitals({}) == ({}, {})
    errors, warnings = check_vitals({"temperature_c": 33.5, "weight_kg": 0.2})
    assert set(warnings) == {"temperature_c"} and set(errors) == {"weight_kg"}


NOW = dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.UTC)


def ago(minutes: int) -> dt.datetime:
    return NOW - dt.timedelta(minutes=minutes)


def test_sort_key_level_then_overdue_then_arrival() -> None:
    scale = qd.DEFAULT_SCALE
    entries = [
        ("late green", "green", ago(130)),
        ("fresh green", "green", ago(5)),
        ("untriaged", None, ago(60)),
        ("yellow", "yellow", ago(1)),
        ("red", "red", ago(0)),
    ]
    ordered = sorted(entries, key=lambda e: qd.sort_key(e[1], e[2], qd.target_minutes(e[1], scale), NOW))
    assert [e[0] for e in ordered] == ["red", "yellow", "late green", "untriaged", "fresh green"]


def test_emergency_lane() -> None:
    assert [lv for lv in qd.LEVELS if qd.is_emergency(lv)] == ["red", "orange"]
    assert not qd.is_emergency(None)


def load(doctor_id: int, spec: str, **kw: object) -> qd.DoctorLoad:
    base: dict[str, object] = dict(
        on_duty=True, registration_valid=True, waiting=0, seen_today=0, daily_cap=12
    )
    base.update(kw)
    return qd.DoctorLoad(doctor_id, spec, **base)  # type: ignore[arg-type]


def test_rank_doctors() -> None:
    doctors = [
        load(1, "General Physician", waiting=3),
        load(2, "General Physician", waiting=1, seen_today=5),
        load(3, "Cardiologist", waiting=4),
        load(4, "General Physician", on_duty=False),
        load(5, "General Physician", registration_valid=False),
        load(6, "General Physician", waiting=6, seen_today=5, booked=1),  # at the cap of 12
        load(7, "General Physician", waiting=1, seen_today=2),
    ]
    assert [d.doctor_id for d in qd.rank_doctors(doctors, None)] == [7, 2, 1, 3]
    assert next(d.doctor_id for d in qd.rank_doctors(doctors, "cardiologist")) == 3
    with_dept = [
        load(8, "General Physician", department_id=2),
        load(9, "General Physician", waiting=2, department_id=1),
    ]
    assert [d.doctor_id for d in qd.rank_doctors(with_dept, None, wanted_department_id=1)] == [9, 8]


def test_scale_validation_and_presets() -> None:
    for name, preset in qd.SCALE_PRESETS.items():
        assert qd.validate_scale(preset) == {}, name
    bad = [
        qd.ScaleLevel(lv.level, lv.label, 5 if lv.level == "blue" else lv.target_min)
        for lv in qd.DEFAULT_SCALE
    ]
    assert set(qd.validate_scale(bad)) == {"blue"}
    assert set(qd.validate_scale(qd.DEFAULT_SCALE[:4])) == {"scale"}
    unnamed = [
        qd.ScaleLevel(lv.level, " " if lv.level == "red" else lv.label, lv.target_min)
        for lv in qd.DEFAULT_SCALE
    ]
    assert set(qd.validate_scale(unnamed)) == {"red"}


def test_initials_never_the_full_name() -> None:
    assert qd.initials("ramesh", "Kumar") == "R. K."
    assert qd.initials("Sita", None) == "S."


def test_doctors_by_the_patients_age() -> None:
    assert [qd.patient_ages(s) for s in ("Paediatrician", "Consultant Pediatrician", "Neonatologist")] == [
        "child"
    ] * 3
    assert [qd.patient_ages(s) for s in ("General Physician", "Cardiologist", "Gynaecologist")] == [
        "adult"
    ] * 3
    assert [
        qd.patient_ages(s) for s in ("Family Physician", "General Practitioner", "ENT Surgeon", "GP")
    ] == ["all"] * 4
    doctors = [load(1, "Paediatrician", waiting=0), load(2, "General Practitioner", waiting=3),
               load(3, "Cardiologist", waiting=1), load(4, "Gynaecologist", waiting=2)]  # fmt: skip
    # an adult: never the paediatrician first, even with the shortest list
    assert [d.doctor_id for d in qd.rank_doctors(doctors, None, age_years=40)][-1] == 1
    # a child with chest pain: the paediatrician, then the GP, the cardiologist the sign asks for last
    assert [d.doctor_id for d in qd.rank_doctors(doctors, "Cardiologist", age_years=6)][:2] == [1, 2]
    # a pregnant 17-year-old with bleeding: the gynaecologist is not an 'adult specialist' for her
    assert qd.rank_doctors(doctors, "Gynaecologist", age_years=17, pregnant=True)[0].doctor_id == 4
    # only a paediatrician on duty: still offered to an adult
    assert [d.doctor_id for d in qd.rank_doctors(doctors[:1], None, age_years=40)] == [1]
    # unknown age: as before
    assert qd.rank_doctors(doctors, None)[0].doctor_id == 1
