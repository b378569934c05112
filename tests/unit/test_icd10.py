"""ICD-10 look-up and search as you type (hms_desktop.domain.icd10) over the full WHO 2019 list."""

from __future__ import annotations

import re
import threading

import pytest

from hms_desktop.domain import icd10
from hms_desktop.domain.icd10 import Icd10Code, Icd10Index

BLOCK_OR_CHAPTER = re.compile(r"^[IVX]+$|-")


def codes(query: str, limit: int = 25) -> list[str]:
    return [c.code for c in icd10.search(query, limit)]


def test_warm_builds_the_whole_list_once() -> None:
    n = icd10.warm()
    assert 12_000 < n < 13_000  # 12,246 codes in the WHO 2019 list, chapters and blocks left out
    assert icd10.warm() == n


def test_all_codes_in_code_order_without_chapters_or_blocks() -> None:
    every = icd10.all_codes()
    assert len(every) == icd10.warm()
    keys = [c.code.replace(".", "") for c in every]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert not any(BLOCK_OR_CHAPTER.search(c.code) for c in every)
    assert all(c.is_category == (len(c.code) == 3) for c in every)


@pytest.mark.parametrize("typed", ["J06.9", "J069", "j06.9", "j069", " J06.9 ", "\tj069\n"])
def test_lookup_accepts_the_usual_spellings(typed: str) -> None:
    assert icd10.lookup(typed) == Icd10Code(
        "J06.9", "Acute upper respiratory infection, unspecified", is_category=False, billable=True
    )


def test_lookup_of_a_category() -> None:
    j06 = icd10.lookup("j06")
    assert j06 is not None
    assert (j06.code, j06.is_category, j06.billable) == ("J06", True, False)
    a00 = icd10.lookup("A00")
    assert a00 is not None and a00.is_category and not a00.billable
    # A category with no children is billable as it stands.
    leaf = icd10.lookup("A35")
    assert leaf is not None and leaf.is_category and leaf.billable


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("j069", "J06.9"),
        ("J06.9", "J06.9"),
        (" e119 ", "E11.9"),
        ("e11", "E11"),
        ("b1800", "B18.00"),  # one of the four five-character WHO codes
        ("", None),
        ("   ", None),
        ("J06.99", None),
        ("J0.69", None),
        ("J06..9", None),
        ("I", None),  # a chapter
        ("A00-A09", None),  # a block
        ("A00-B99", None),
        ("XYZ", None),
        ("ÉJ06", None),
    ],
)
def test_normalise(typed: str, expected: str | None) -> None:
    assert icd10.normalise(typed) == expected


def test_search_by_code_puts_the_exact_code_first() -> None:
    assert codes("j069")[0] == "J06.9"
    assert codes("J06.9")[0] == "J06.9"
    assert codes("J06") == ["J06", "J06.0", "J06.8", "J06.9"]
    assert codes("j06.") == ["J06", "J06.0", "J06.8", "J06.9"]
    # Two characters already search by code, in code order: a category before its children.
    j0 = codes("J0")
    assert j0[:3] == ["J00", "J01", "J01.0"]
    assert len(j0) == 25


def test_search_by_words() -> None:
    assert "A01.0" in codes("typhoid")
    assert codes("typhoid fever")[0] == "A01.0"
    assert "J06.9" in codes("upper resp")[:5]
    assert codes("upper resp infec")[0] == "J06.9"
    diabetes = codes("diabetes")
    assert any(c.startswith("E11") for c in diabetes)
    type2 = codes("diabetes type 2")
    assert type2[:2] == ["E11.9", "E11"]  # the common primary-care code first (issue 14)
    assert {"E11.0", "E11.9"} <= set(type2)
    assert all(c.startswith("E11") for c in type2)


def test_every_word_must_start_a_word_of_the_description() -> None:
    for hit in icd10.search("resp infec", limit=200):
        words = re.findall(r"\w+", hit.description.lower())
        assert any(w.startswith("resp") for w in words)
        assert any(w.startswith("infec") for w in words)
    # 'phoid' is inside 'typhoid' but starts no word.
    assert codes("phoid") == []


def test_ranking_fewest_words_first_and_categories_before_children() -> None:
    hits = icd10.search("typhoid", limit=50)
    assert hits[0].code == "A01.0"  # on the common primary-care list: first
    # the rest (none common, none in a rare chapter): a description starting with the word first, then
    # fewest words
    rest = [
        h
        for h in hits[1:]
        if h.code not in icd10.common_codes() and not h.code.startswith(("V", "W", "X", "Y"))
    ]
    sizes = [
        (not h.description.lower().startswith("typhoid"), len(re.findall(r"[^\W_]+", h.description)))
        for h in rest
    ]
    assert len(rest) >= 5 and sizes == sorted(sizes)
    g30 = codes("alzheimer disease")
    assert g30.index("G30") < g30.index("G30.9")


def test_no_match_and_too_short() -> None:
    assert codes("xyzzy") == []
    assert codes("") == []
    assert codes("   ") == []
    assert codes("d") == []
    assert codes("j") == []
    assert codes("-.,") == []
    assert codes("typhoid", limit=0) == []


def test_chapters_and_blocks_are_never_returned() -> None:
    for query in ("a0", "infectious", "diseases", "neoplasms", "i", "ii", "certain", "chapter", "a00"):
        for hit in icd10.search(query, limit=500):
            assert not BLOCK_OR_CHAPTER.search(hit.code), (query, hit)


@pytest.mark.parametrize("limit", [1, 5, 25, 100])
def test_limit_is_respected(limit: int) -> None:
    assert len(icd10.search("di", limit)) == limit
    assert len(icd10.search("j", limit)) == 0


def test_case_and_accents_do_not_matter() -> None:
    assert codes("meniere") == codes("Ménière") == codes("MÉNIÈRE") == ["H81.0"]
    assert "G61.0" in codes("guillain barre")
    assert codes("TYPHOID FEVER") == codes("typhoid fever")


def test_plurals_and_letter_number_joins() -> None:
    assert codes("alzheimers")[0] == "G30"
    assert codes("alzheimer's")[0] == "G30"
    assert "D51" in codes("b12")
    assert "J06.9" in codes("upper respiratory infections")


def test_results_are_deterministic() -> None:
    first = icd10.search("fracture of femur", limit=100)
    assert first and all(icd10.search("fracture of femur", limit=100) == first for _ in range(3))
    assert codes("femur fracture of") == [c.code for c in first]  # word order does not matter


def test_threads_searching_during_a_cold_start_agree() -> None:
    index = Icd10Index()  # a fresh, unbuilt index
    start = threading.Barrier(10)
    results: list[list[Icd10Code]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            start.wait()
            found = index.search("diabetes", 25) + index.search("j06", 25)
            with lock:
                results.append(found)
        except BaseException as exc:  # the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert len(results) == 10
    assert all(r == results[0] for r in results)
    assert results[0] == icd10.search("diabetes", 25) + icd10.search("j06", 25)
