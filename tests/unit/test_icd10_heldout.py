"""ICD-10 search on a second list of OPD queries, written after the tables were (issue 14).

``test_icd10_opd.OPD_QUERIES`` was built alongside the synonym and common-code tables, so its 40/40 is
optimistic. This list of 60 was written later, from the same OPD morbidity studies and from what a GP
types at an Indian desk (abbreviations, lay terms, plurals), without looking at the tables. Measured
the first time: top-1 43/60, top-5 46/60, top-10 47/60 — 'boils' found nothing (only 'boil' was a
term), 'eczema' gave herpes (B00.0 eczema herpeticum), 'depression' gave post-schizophrenic depression,
'af' gave aphakia. The 14 misses were fixed by index lead terms (synonyms.csv, source IDX) and plural
terms; the list is kept as a regression test, and the figure is printed.
"""

from __future__ import annotations

from hms_desktop.domain import icd10

HELD_OUT: list[tuple[str, set[str]]] = [
    ("ckd", {"N18.9"}), ("cad", {"I25.1", "I25.9"}), ("af", {"I48", "I48.9"}),
    ("ccf", {"I50.0", "I50.9"}), ("chf", {"I50.0", "I50.9"}), ("bph", {"N40"}), ("pcod", {"E28.2"}),
    ("pcos", {"E28.2"}), ("cough", {"R05"}), ("common cold", {"J00"}), ("bronchitis", {"J20.9", "J40"}),
    ("chikungunya", {"A92.0"}), ("jaundice", {"R17", "B15.9", "B19.9"}), ("hepatitis a", {"B15.9", "B15"}),
    ("dysentery", {"A09", "A03.9", "A06.0", "A09.0"}), ("worms", {"B82.0", "B83.9"}),
    ("constipation", {"K59.0"}), ("dyspepsia", {"K30"}), ("gastroenteritis", {"A09", "A09.9", "A09.0"}),
    ("boils", {"L02.9"}), ("eczema", {"L30.9"}), ("dermatitis", {"L30.9"}), ("acne", {"L70.0", "L70.9"}),
    ("fungal infection", {"B35.9", "B36.9", "B49"}), ("cellulitis", {"L03.9"}), ("abscess", {"L02.9"}),
    ("sprain ankle", {"S93.4"}), ("cervical spondylosis", {"M47.8", "M47.9"}), ("frozen shoulder", {"M75.0"}),
    ("sciatica", {"M54.3", "M54.4"}), ("gout", {"M10.9"}), ("rheumatoid arthritis", {"M06.9"}),
    ("anxiety", {"F41.9", "F41.1"}), ("depression", {"F32.9"}), ("insomnia", {"G47.0", "F51.0"}),
    ("epilepsy", {"G40.9"}), ("stroke", {"I64"}), ("dog bite", {"W54", "T14.1"}), ("burns", {"T30.0"}),
    ("pregnancy", {"Z33", "Z34.9"}), ("anc", {"Z34.9", "Z36"}), ("leucorrhoea", {"N89.8"}),
    ("dysmenorrhea", {"N94.6"}), ("vitamin d deficiency", {"E55.9"}), ("b12 deficiency", {"D51.9", "E53.8"}),
    ("obesity", {"E66.9"}), ("hyperlipidemia", {"E78.5"}), ("dyslipidemia", {"E78.5"}),
    ("thyroid", {"E03.9", "E07.9"}), ("wax ear", {"H61.2"}), ("stye", {"H00.0"}), ("cataract", {"H26.9"}),
    ("dental caries", {"K02.9"}), ("toothache", {"K08.8"}), ("mouth ulcer", {"K12.0", "K12.1"}),
    ("giddiness", {"R42"}), ("weakness", {"R53"}), ("abdominal pain", {"R10.4"}),
    ("pain abdomen", {"R10.4"}), ("vomiting", {"R11"}),
]  # fmt: skip


def figures() -> tuple[int, int, int, list[str]]:
    positions: list[int | None] = []
    misses: list[str] = []
    for query, wanted in HELD_OUT:
        hits = [c.code for c in icd10.search(query, 25)]
        at = next((i for i, code in enumerate(hits) if code in wanted), None)
        positions.append(at)
        if at is None or at >= 5:
            misses.append(f"{query!r}: {hits[:5]}")
    top = [sum(p is not None and p < n for p in positions) for n in (1, 5, 10)]
    return top[0], top[1], top[2], misses


def test_sixty_held_out_opd_queries() -> None:
    assert len(HELD_OUT) == 60
    for _q, wanted in HELD_OUT:
        assert all(icd10.lookup(code) is not None for code in wanted)
    top1, top5, top10, misses = figures()
    print(f"ICD-10 held-out list: top-1 {top1}/60, top-5 {top5}/60, top-10 {top10}/60")
    assert top5 >= 54, misses  # the issue's bar (36 of 40) scaled: 90 %


def test_a_plural_of_a_whole_query_term_is_the_term() -> None:
    assert icd10.search("boils", 3)[0].code == "L02.9"
    assert icd10.search("mouth ulcers", 3)[0].code == "K12.0"
