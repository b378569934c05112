"""Prescribed medicines onto the bill (domain.dispensing): which price-list medicine a prescribed line
is (name words + strength) and how many strips the prescribed tablets are."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hms_desktop.domain.dispensing import (
    Candidate,
    best_match,
    drug_text,
    item_matches,
    pack_size,
    sell_quantity,
    strengths,
)

D = Decimal
PCM = Candidate(1, "MED-PCM", "Paracetamol 500 mg tablets (strip of 10)")
PCM_650 = Candidate(2, "MED-PCM650", "Paracetamol 650 mg tablets (strip of 15)")
PCM_SYRUP = Candidate(3, "MED-PCMS", "Paracetamol 250 mg/5 ml syrup (bottle of 60)")
AMOX = Candidate(4, "MED-AMOX", "Amoxicillin 500 mg capsules (strip of 10)")
AMOX_TAB = Candidate(5, "MED-AMOXT", "Amoxicillin 500 mg dispersible tablets (strip of 10)")
CTZ = Candidate(6, "MED-CTZ", "Cetirizine 10 mg tablets (strip of 10)")
ORS = Candidate(7, "MED-ORS", "Oral rehydration salts sachet")
COAMOX = Candidate(8, "MED-COAM", "Amoxicillin + Clavulanic acid 500 mg + 125 mg tablets (strip of 6)")
ITEMS = (PCM, PCM_650, PCM_SYRUP, AMOX, AMOX_TAB, CTZ, ORS, COAMOX)


def test_strengths_are_amounts_with_masses_in_mg() -> None:
    assert strengths("500 mg") == strengths("0.5 g") == strengths("500mg") == ((D(500), "mg"),)
    assert strengths("250 mg/5 ml") == ((D(5), "ml"), (D(250), "mg"))
    assert strengths("500 mcg") == ((D("0.5"), "mg"),)
    assert strengths(None) == strengths("") == strengths("as directed") == ()


@pytest.mark.parametrize(
    ("generic", "strength", "form", "expected"),
    [
        ("PARACETAMOL", "500 mg", "tablet", PCM),  # the demo clinic's example
        ("paracetamol", "0.5 g", "tablet", PCM),  # the same amount in grams
        ("PARACETAMOL", "650 mg", "tablet", PCM_650),  # strength decides between two paracetamols
        ("PARACETAMOL", "250 mg/5 ml", "syrup", PCM_SYRUP),
        ("AMOXICILLIN", "500 mg", "capsule", AMOX),  # same name and strength: the prescribed form
        ("AMOXICILLIN", "500 mg", "tablet", AMOX_TAB),
        ("AMOXICILLIN", "500 mg", None, AMOX),  # no form: the name with fewest other words
        ("CETIRIZINE", "10 mg", "tablet", CTZ),
        ("AMOXICILLIN + CLAVULANIC ACID", "500 mg + 125 mg", "tablet", COAMOX),
        ("PARACETAMOL", "1000 mg", "tablet", None),  # nothing of that strength: no guess
        ("IBUPROFEN", "400 mg", "tablet", None),  # not on the price list
        ("PARACETAMOL", None, "tablet", None),  # no strength given: none of the strengths is "it"
        ("ORAL REHYDRATION SALTS", None, "sachet", ORS),  # an item without a strength
    ],
)
def test_best_match(generic: str, strength: str | None, form: str | None, expected: Candidate | None) -> None:
    assert best_match(generic, strength, form, ITEMS) == expected


def test_every_word_of_the_generic_name_must_be_in_the_item() -> None:
    assert not item_matches("AMOXICILLIN + CLAVULANIC ACID", "500 mg", AMOX.name)  # half a combination
    assert not item_matches("PARA", "500 mg", PCM.name)  # words, not prefixes
    assert not item_matches("", None, ORS.name)
    # the pack in brackets is not part of the name: "10" there is not a strength
    assert not item_matches("PARACETAMOL", "10 mg", PCM.name)


def test_pack_size_and_whole_strips() -> None:
    assert pack_size(PCM.name) == 10 and pack_size("Gauze (box of 100)") == 100
    assert pack_size(ORS.name) is None and pack_size("Cotton (pack of 1)") is None
    assert sell_quantity(D("15.00"), PCM.name) == D(2)  # the example: ceil(15 / 10)
    assert sell_quantity(D("10"), PCM.name) == D(1)
    assert sell_quantity(D("21"), PCM_650.name) == D(2)
    assert sell_quantity(D("4.00"), ORS.name) == D(4)  # sold by the unit: the prescribed quantity
    assert str(sell_quantity(D("100.00"), ORS.name)) == "100"  # not 1E+2 on the bill
    assert sell_quantity(D("7.5"), ORS.name) == D("7.5")
    assert sell_quantity(D("15"), None) == D(15)  # no item chosen yet
    for unknown in (None, D(0), D(-3)):
        assert sell_quantity(unknown, PCM.name) == D(1)
        assert sell_quantity(unknown, ORS.name) == D(1)


def test_drug_text_has_no_dose() -> None:
    assert drug_text("PARACETAMOL", "500 mg", "tablet") == "PARACETAMOL 500 mg tablet"
    assert drug_text("ORS", None, " sachet ") == "ORS sachet"
    assert drug_text("X", "", None) == "X"
