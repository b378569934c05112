"""Prescription rules: quantities, error-prone dose writing, allergy matches, verification codes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hms_desktop.domain import prescribing as rx


@pytest.mark.parametrize(
    ("dose", "frequency", "days", "sos_hours", "form", "expected"),
    [
        ("1 tablet", "TDS", 5, None, "tablet", Decimal(15)),
        ("2 tablets", "bd", 3, None, "tablet", Decimal(12)),
        ("1/2 tablet", "BD", 5, None, "tablet", Decimal(5)),
        ("1/2 tablet", "TDS", 5, None, "tablet", Decimal(8)),  # 7.5 rounded up to whole tablets
        ("1 capsule", "QID", 7, None, "capsule", Decimal(28)),
        ("1 tablet", "HS", 10, None, None, Decimal(10)),
        ("1 tablet", "SOS", 3, 8, "tablet", Decimal(9)),  # at most every 8 h: 3 a day
        ("1 tablet", "SOS", 3, None, "tablet", None),  # no interval: the doctor writes the quantity
        ("5 mL", "TDS", 5, None, "syrup", None),  # a liquid: the bottle is the doctor's call
        ("1 tablet", "twice weekly", 5, None, "tablet", None),  # custom frequency
        ("1 tablet", "OD", None, None, "tablet", None),
        ("2 puffs", "BD", 30, None, "inhaler", Decimal(120)),
    ],
)
def test_quantity(
    dose: str,
    frequency: str,
    days: int | None,
    sos_hours: int | None,
    form: str | None,
    expected: Decimal | None,
) -> None:
    assert rx.quantity(dose, frequency, days, sos_hours, form) == expected


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        (".5 mL", "leading zero"),
        ("5.0 mg", "trailing zero"),
        ("0.5 g", "500 mg"),
        ("0.25 mg", "micrograms"),
        ("100 mcg", "in full"),
        ("10 IU", "in full"),
    ],
)
def test_error_prone_dose_writing(text: str, advice: str) -> None:
    assert any(advice in w for w in rx.dose_style_warnings(text))


@pytest.mark.parametrize("text", ["500 mg", "0.5 mL", "10 mg", "1 tablet", "250 mg/5 mL", "12.5 mg", None])
def test_well_written_doses_pass(text: str | None) -> None:
    assert rx.dose_style_warnings(text) == []


@pytest.mark.parametrize(
    ("allergies", "drug", "hit"),
    [
        ("Penicillin", "AMOXICILLIN", "Penicillin"),
        ("penicillins; dust", "Ampicillin", "penicillins"),
        ("Sulfa drugs", "Sulfamethoxazole + trimethoprim", "Sulfa drugs"),
        ("NSAIDs", "Ibuprofen", "NSAIDs"),
        ("Aspirin", "ASPIRIN", "Aspirin"),
        ("Dust, pollen", "Cetirizine", None),
        (None, "Paracetamol", None),
        ("Peanuts", "Paracetamol", None),
    ],
)
def test_allergy_matches(allergies: str | None, drug: str, hit: str | None) -> None:
    assert rx.allergy_matches(allergies, drug) == hit


def test_check_lines_errors_and_warnings() -> None:
    lines = [
        rx.DrugLine("Paracetamol", "500 mg", "tablet", "1 tablet", "oral", "TDS", duration_days=5),
        rx.DrugLine("paracetamol", "0.5 g", "tablet", "1 tablet", "oral", "BD", duration_days=3),
        rx.DrugLine("Amoxicillin", "500 mg", "capsule", "1 capsule", "oral", "SOS", duration_days=400),
        rx.DrugLine(" ", frequency="OD"),
        rx.DrugLine("Cetirizine", "10 mg", "tablet", "1 tablet", "oral", ""),
    ]
    checks = {(c.line_no, c.field, c.severity) for c in rx.check_lines(lines, "Penicillin")}
    assert checks == {
        (2, "generic_name", "warning"),  # the same drug twice
        (2, "strength", "warning"),  # 0.5 g
        (3, "generic_name", "warning"),  # allergy
        (3, "sos_min_hours", "error"),
        (3, "duration_days", "error"),
        (4, "generic_name", "error"),
        (5, "frequency", "error"),
    }


def test_verification_code_is_readable_and_stable() -> None:
    digest = rx.content_digest({"b": [1, "x"], "a": None})
    assert digest == rx.content_digest({"a": None, "b": [1, "x"]})  # key order does not matter
    code = rx.verify_code(digest)
    assert len(code) == 9 and code[4] == "-" and not set(code) & set("ILOU")
    assert rx.verify_code(rx.content_digest({"a": 1})) != code
