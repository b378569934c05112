"""Duplicate defence: Indian spelling variants score as the same name; the service finds and explains."""

from __future__ import annotations

import datetime as dt

import pytest

from hms_desktop.db.engine import Database
from hms_desktop.domain.duplicates import (
    Existing,
    Typed,
    canonical_token,
    is_candidate,
    name_similarity,
    score,
    token_similarity,
)
from hms_desktop.domain.enums import Role
from hms_desktop.services.context import Actor
from hms_desktop.services.patients import PatientService
from hms_desktop.services.patients_types import PatientInput
from tests.unit.helpers import make_user

TODAY = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammed", "Muhammad"),
        ("Mohd", "Muhammad"),
        ("Mohamed", "Mohd"),
        ("Lakshmi", "Laxmi"),
        ("Sri", "Shri"),
        ("Shree", "Sri"),
        ("Kumar", "Kumaar"),
        ("Chaudhary", "Choudhury"),
        ("Syed", "Sayyid"),
    ],
)
def test_spelling_variants_are_the_same_name(a: str, b: str) -> None:
    assert token_similarity(a, b) >= 0.9
    assert canonical_token(a) == canonical_token(b) or token_similarity(a, b) == 0.9


@pytest.mark.parametrize(("a", "b"), [("Ravi", "Ravee"), ("Iqbal", "Ikbal"), ("Venkatesh", "Wenkatesh")])
def test_sound_alikes_score_high(a: str, b: str) -> None:
    assert token_similarity(a, b) >= 0.75


@pytest.mark.parametrize(("a", "b"), [("Asha", "Imran"), ("Ravi", "Meera"), ("Lakshmi", "Kumar")])
def test_different_names_score_low(a: str, b: str) -> None:
    assert token_similarity(a, b) < 0.6


def test_name_order_does_not_matter() -> None:
    assert name_similarity("Laxmi", "Rao", "Rao", "Lakshmi") == 1.0
    assert name_similarity("Mohd", "Iqbal", "Muhammad", "Ikbal") >= 0.9
    assert name_similarity("Asha", None, "Asha", "Rao") < 1.0


def test_score_reasons() -> None:
    other = Existing("Muhammad", "Khan", "9845012345", dt.date(1990, 3, 1), "M")
    s = score(Typed("Mohd", "Khan", "9845012345", None, 35, "M"), other, TODAY)
    assert is_candidate(s)
    assert s.reasons == ("same name", "same phone", "same age", "same sex")
    assert s.score == pytest.approx(1.0)
    family = score(Typed("Fatima", "Begum", "9845012345", None, 30, "F"), other, TODAY)
    assert not is_candidate(family)  # a relative sharing the phone is not a duplicate


@pytest.fixture
def clerk(db: Database) -> Actor:
    return make_user(db, "desk", Role.RECEPTIONIST)


def test_service_finds_variants(db: Database, clerk: Actor) -> None:
    svc = PatientService(db)
    khan = svc.register(
        clerk,
        PatientInput(first_name="Muhammad", last_name="Khan", sex="M", age_years=35, phone="9845012345"),
    )
    laxmi = svc.register(clerk, PatientInput(first_name="Laxmi", last_name="Rao", sex="F", age_years=28))
    kumar = svc.register(
        clerk, PatientInput(first_name="Sri", last_name="Kumaar", sex="M", age_years=50, phone="9000000001")
    )
    for i in range(20):  # noise
        svc.register(
            clerk, PatientInput(first_name=f"Kiran{i}", last_name="Kapoor", sex="M", age_years=i + 1)
        )

    found = svc.find_duplicates(clerk, "Mohd", "Khan", "+91 98450 12345", None, 35, "M")
    assert [c.patient_id for c in found] == [khan.id]
    assert "same phone" in found[0].reasons and found[0].mrn == khan.mrn

    found = svc.find_duplicates(clerk, "Lakshmi", "Rao", None, None, 28, "F")
    assert [c.patient_id for c in found] == [laxmi.id]
    assert found[0].reasons == ("same name", "same age", "same sex")

    found = svc.find_duplicates(clerk, "Shri", "Kumar", None, None, 49, "M")
    assert [c.patient_id for c in found] == [kumar.id]

    # a different phone and a different age: a namesake, not flagged on the name alone
    assert svc.find_duplicates(clerk, "Asha", "Menon", "9123456789", None, 20, "F") == []


def test_first_name_only_while_typing(db: Database, clerk: Actor) -> None:
    svc = PatientService(db)
    p = svc.register(clerk, PatientInput(first_name="Mohammed", sex="M", age_years=60, phone="9845012345"))
    found = svc.find_duplicates(clerk, "Muhammad", None, "9845012345")
    assert [c.patient_id for c in found] == [p.id]
