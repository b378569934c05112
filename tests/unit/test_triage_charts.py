"""Triage levels from readings: never lowered by more readings; NEWS2 for adults only; the paediatric
and obstetric charts; the MTS discriminators that stand on one reading (issue 14)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hms_desktop.domain.queue import LEVELS
from hms_desktop.domain.triage import (
    CHART_CHILD,
    CHART_NEWS2,
    CHART_PREGNANCY,
    Discriminator,
    Readings,
    chart_for,
    child_hypotension,
    suggest_level,
)
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.triage import assess

RULES = [
    Discriminator("chest pain", "orange", "Cardiologist"),
    Discriminator("seizure", "red"),
    Discriminator("rash", "green", "Dermatologist"),
    Discriminator("prescription refill", "blue"),
    Discriminator("bleeding", "yellow"),
    Discriminator("bleeding stopped", "green"),
]
READINGS = ("resp_rate", "spo2", "systolic_bp", "diastolic_bp", "pulse", "temperature_c", "consciousness",
            "glucose_mgdl")  # fmt: skip


def rank(level: str) -> int:
    return LEVELS.index(level)


full_inputs = st.builds(
    TriageInput,
    chief_complaint=st.sampled_from([None, "rash", "prescription refill", "chest pain", "cough", "fever"]),
    resp_rate=st.integers(0, 80),
    spo2=st.integers(30, 100),
    on_oxygen=st.booleans(),
    hypercapnic=st.booleans(),
    systolic_bp=st.integers(30, 300),
    diastolic_bp=st.integers(10, 200),
    pulse=st.integers(20, 250),
    temperature_c=st.decimals(Decimal("25.0"), Decimal("45.0"), places=1),
    consciousness=st.sampled_from(["A", "C", "V", "P", "U"]),
    pain_score=st.one_of(st.none(), st.integers(0, 10)),
    glucose_mgdl=st.one_of(st.none(), st.decimals(Decimal("10"), Decimal("600"), places=0)),
    pregnant=st.booleans(),
    age_years=st.one_of(st.none(), st.floats(0, 100)),
)


@settings(max_examples=600, deadline=None)
@given(full=full_inputs, missing=st.sets(st.sampled_from(READINGS)))
def test_completing_the_vitals_never_lowers_the_level(full: TriageInput, missing: set[str]) -> None:
    """Any subset of readings left out (a partial triage) is never more urgent than all of them."""
    cleared: dict[str, Any] = dict.fromkeys(missing)
    partial = dataclasses.replace(full, **cleared)
    got_full = assess(full, RULES).suggested_level
    got_partial = assess(partial, RULES).suggested_level
    assert rank(got_full) <= rank(got_partial), (got_partial, got_full)


def test_the_issue_cases_stay_orange_once_bp_is_typed() -> None:
    base = TriageInput(chief_complaint="rash", resp_rate=16, spo2=98, pulse=80, temperature_c=37.0,
                       consciousness="A", age_years=40)  # fmt: skip
    for change in ({"consciousness": "C"}, {"consciousness": "V"}, {"spo2": 90}):
        partial = dataclasses.replace(base, **change)
        complete = dataclasses.replace(partial, systolic_bp=124)
        levels = assess(partial, RULES).suggested_level, assess(complete, RULES).suggested_level
        assert levels == ("orange", "orange"), change


def test_partial_news2_already_counts() -> None:
    # RR 26 (3) + pulse 135 (3) + temperature 39.5 (2) = 8 with SpO2, BP and ACVPU still missing
    got = assess(TriageInput(resp_rate=26, pulse=135, temperature_c=39.5, age_years=50), RULES)
    assert got.suggested_level == "red" and got.news2_score is None
    assert any("NEWS2 so far 8 (high)" in r for r in got.reasons)


# --- which chart ---------------------------------------------------------------------------------

WELL_TODDLER = TriageInput(chief_complaint="cough and cold", resp_rate=28, spo2=98, systolic_bp=92,
                           pulse=120, temperature_c=37.2, consciousness="A", age_years=2.5)  # fmt: skip


def test_chart_by_age_and_pregnancy() -> None:
    assert chart_for(None, False) == CHART_NEWS2
    assert chart_for(16.0, False) == CHART_NEWS2
    assert chart_for(15.9, False) == CHART_CHILD
    assert chart_for(30, True) == CHART_PREGNANCY
    assert chart_for(15, True) == CHART_PREGNANCY


def test_a_well_toddler_is_standard_not_red() -> None:
    got = assess(WELL_TODDLER, RULES)
    assert got.suggested_level == "green", got.reasons
    assert got.chart == CHART_CHILD and got.news2_score is None
    assert got.chart_note is not None and "NEWS2 does not apply" in got.chart_note
    # the same readings scored as an adult's NEWS2 would be RR 28 (3) + pulse 120 (2) + BP 92 (2) = 7
    adult = assess(dataclasses.replace(WELL_TODDLER, age_years=30), RULES)
    assert (adult.suggested_level, adult.news2_score) == ("red", 7)


def test_paediatric_thresholds_by_age() -> None:
    def level(**kw: object) -> str:
        return assess(dataclasses.replace(WELL_TODDLER, **kw), RULES).suggested_level  # type: ignore[arg-type]

    assert level(pulse=150) == "orange"  # above 95-140 at 2-5 years: MTS abnormal pulse
    assert level(pulse=150, age_years=1.5) == "green"  # within 100-150 at 1-2 years
    assert level(pulse=55) == "red"  # bradycardia below 60 in a child
    assert level(resp_rate=34) == "yellow"  # above 25-30 at 2-5 years
    assert level(resp_rate=34, age_years=0.5, pulse=130, systolic_bp=80) == "green"  # 30-40 in infancy
    assert level(resp_rate=65) == "orange"  # NICE NG143 red feature
    assert child_hypotension(4) == 78
    assert level(systolic_bp=73) == "red"  # below 70 + 2 x 2 years: hypotension (shock)
    assert level(systolic_bp=79) == "yellow"  # below the APLS normal, not yet hypotension
    infant = dict(age_years=0.15, resp_rate=36, pulse=140, systolic_bp=80)
    assert level(temperature_c=38.2, **infant) == "orange"  # under 3 months with 38 °C or more
    assert level(temperature_c=38.2, age_years=0.4, resp_rate=36, pulse=140, systolic_bp=80) == "green"
    assert level(temperature_c=39.2, age_years=0.4, resp_rate=36, pulse=140, systolic_bp=80) == "yellow"
    assert level(consciousness="V") == "orange"


def test_high_fever_in_a_lethargic_child() -> None:
    hot = dataclasses.replace(WELL_TODDLER, temperature_c=39.0, pulse=138)
    assert assess(hot, RULES).suggested_level == "green"
    lethargic = dataclasses.replace(hot, chief_complaint="fever, very lethargic since morning")
    got = assess(lethargic, RULES)
    assert got.suggested_level == "orange" and any("lethargic child" in r for r in got.reasons)
    # from the complaint alone, before any reading
    assert (
        assess(TriageInput(chief_complaint="fever and drowsy", age_years=3), RULES).suggested_level
        == "orange"
    )
    assert (
        assess(TriageInput(chief_complaint="fever and drowsy", age_years=30), RULES).suggested_level
        == "green"
    )


def test_imci_danger_signs_in_a_child_under_five() -> None:
    baby = TriageInput(chief_complaint="baby not feeding since morning", age_years=0.6)
    got = assess(baby, RULES)
    assert got.suggested_level == "orange" and any("IMCI" in r for r in got.reasons)
    assert (
        assess(dataclasses.replace(baby, chief_complaint="vomiting everything"), RULES).suggested_level
        == "orange"
    )
    assert (
        assess(dataclasses.replace(baby, age_years=9), RULES).suggested_level == "green"
    )  # IMCI: under five
    assert assess(dataclasses.replace(baby, age_years=None), RULES).suggested_level == "green"


def test_pregnancy_uses_meows() -> None:
    calm = TriageInput(resp_rate=16, spo2=98, systolic_bp=118, diastolic_bp=76, pulse=88, temperature_c=36.8,
                       consciousness="A", pregnant=True, age_years=27)  # fmt: skip
    got = assess(calm, RULES)
    assert (got.suggested_level, got.chart, got.news2_score) == ("green", CHART_PREGNANCY, None)
    assert got.chart_note is not None and "pregnancy" in got.chart_note

    def level(**kw: object) -> str:
        return assess(dataclasses.replace(calm, **kw), RULES).suggested_level  # type: ignore[arg-type]

    assert level(systolic_bp=155) == "yellow"  # one yellow trigger
    assert level(systolic_bp=155, diastolic_bp=95) == "orange"  # two yellow
    assert level(systolic_bp=165) == "orange"  # one red: severe hypertension
    assert level(pulse=125) == "orange"
    assert level(spo2=94) == "orange"  # below 95 is a MEOWS red trigger (and MTS low SpO2)
    assert level(temperature_c=38.3) == "orange"
    # NEWS2 would score pulse 105 (1) and nothing else: MEOWS makes it a yellow trigger
    assert level(pulse=105) == "yellow"


def test_glucose_discriminators() -> None:
    def level(g: float) -> str:
        return assess(TriageInput(chief_complaint="giddiness", glucose_mgdl=g), RULES).suggested_level

    assert [level(g) for g in (40, 53, 60, 110, 300, 350)] == ["orange", "orange", "yellow", "green",
                                                                 "green", "yellow"]  # fmt: skip


def test_bleeding_active_and_controlled() -> None:
    assert suggest_level("bleeding from the cut", RULES).level == "yellow"
    assert suggest_level("cut on the finger, bleeding stopped", RULES).level == "green"
    assert suggest_level("bleeding stopped, chest pain", RULES).level == "orange"


def test_readings_from_old_callers() -> None:
    assert suggest_level("rash", RULES, consciousness="U").level == "red"
    assert suggest_level("rash", RULES, readings=Readings(spo2=93)).level == "yellow"  # MTS low SpO2
    assert suggest_level("rash", RULES, readings=Readings(spo2=93, on_oxygen=True)).level == "orange"
    assert suggest_level("rash", RULES, readings=Readings(spo2=90, hypercapnic=True)).level == "green"
    assert suggest_level("rash", RULES, readings=Readings(spo2=83, hypercapnic=True)).level == "orange"
