"""Search as you type over 1,000,000 patients: the service call against the raw indexed SQL.

``python -m tests.bench.bench_search [PATIENTS] [--pg URL]`` reads the cached SQLite file that
``tests.bench.data`` generates (first use builds it, about half a minute per million) and prints a
table of median and p95 per kind of search: name prefix, two name tokens, phone suffix (last 4 and 5
digits), full phone and MRN without its check character. "service" is ``PatientService.search`` (the
permission check, the query through SQLAlchemy, DTOs); "raw" is the same indexed query through the
``sqlite3`` driver with no ORM, in the same run and on the same file.
"""

from __future__ import annotations

import functools
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from hms_desktop.domain.text import prefix_upper_bound

RUNS = 60
LIMIT = 50
_COLS = "id, mrn, first_name, last_name, sex, date_of_birth, phone, city, created_at, last_key, first_key"


def _ms(fn: Callable[[], Any], runs: int) -> tuple[float, float, int]:
    fn()  # warm the page cache and statement caches
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], n


def _raw_queries(con: sqlite3.Connection) -> dict[str, Callable[[str], list[Any]]]:
    def q(sql: str, *args: Any) -> list[Any]:
        return con.execute(sql, args).fetchall()

    def name(t: str) -> list[Any]:
        first = q(
            f"SELECT {_COLS} FROM patient WHERE first_key >= ? AND first_key < ? "
            "ORDER BY first_key, last_key, id LIMIT ?",
            t,
            prefix_upper_bound(t),
            LIMIT,
        )
        last = q(
            f"SELECT {_COLS} FROM patient WHERE last_key >= ? AND last_key < ? "
            "ORDER BY last_key, first_key, id LIMIT ?",
            t,
            prefix_upper_bound(t),
            LIMIT,
        )
        return (first + last)[:LIMIT]

    def two(text: str) -> list[Any]:
        a, b = text.split()
        out = []
        for f, la in ((a, b), (b, a)):
            out += q(
                f"SELECT {_COLS} FROM patient WHERE first_key >= ? AND first_key < ? "
                "AND last_key >= ? AND last_key < ? ORDER BY first_key, last_key, id LIMIT ?",
                f,
                prefix_upper_bound(f),
                la,
                prefix_upper_bound(la),
                LIMIT,
            )
        return out[:LIMIT]

    def suffix(d: str) -> list[Any]:
        r = d[::-1]
        return q(
            f"SELECT {_COLS} FROM patient WHERE phone_rev >= ? AND phone_rev < ? "
            "ORDER BY phone_rev, id LIMIT ?",
            r,
            prefix_upper_bound(r),
            LIMIT,
        )

    def phone(d: str) -> list[Any]:
        return q(
            f"SELECT {_COLS} FROM patient WHERE phone_rev = ? ORDER BY phone_rev, id LIMIT ?", d[::-1], LIMIT
        )

    def mrn(m: str) -> list[Any]:
        from hms_desktop.domain.identifiers import normalise_mrn

        return q(f"SELECT {_COLS} FROM patient WHERE mrn = ? LIMIT ?", normalise_mrn(m), LIMIT)

    return {"name": name, "two": two, "suffix": suffix, "phone": phone, "mrn": mrn}


def main(argv: list[str]) -> None:
    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.db.profiles import Backend, Profile
    from hms_desktop.domain.enums import Role
    from hms_desktop.services.context import Actor
    from hms_desktop.services.patients import PatientService
    from tests.bench.data import sqlite_file

    patients = int(argv[0]) if argv else 1_000_000
    path = sqlite_file(patients)
    profile = Profile("bench", Backend.SQLITE, database=str(path))
    db = Database(make_engine(profile), profile)
    svc = PatientService(db)
    actor = Actor(None, "bench", "Bench", Role.RECEPTIONIST)
    con = sqlite3.connect(str(path))
    rng = random.Random(7)
    phones = [
        r[0]
        for r in con.execute(
            "SELECT phone FROM patient WHERE id IN (?, ?, ?)", (11, patients // 2, patients - 3)
        )
    ]
    names = [
        r[0]
        for r in con.execute(
            "SELECT first_key || ' ' || last_key FROM patient WHERE id = ?", (patients // 3,)
        )
    ]
    mrn_number = rng.randrange(1, patients)
    mrn_plain = f"BEN{mrn_number:07d}"  # typed without the check character
    cases: list[tuple[str, str, str]] = [
        ("name prefix 'ra'", "name", "ra"),
        ("name prefix 'lak'", "name", "lak"),
        (
            f"two tokens '{names[0][:3]} {names[0].split()[1][:2]}' (any order)",
            "two",
            f"{names[0][:3]} {names[0].split()[1][:2]}",
        ),
        ("phone last 4 digits", "suffix", phones[0][-4:]),
        ("phone last 5 digits", "suffix", phones[1][-5:]),
        ("phone full 10 digits", "phone", phones[2]),
        ("MRN without check char", "mrn", mrn_plain),
    ]
    raw = _raw_queries(con)
    print(f"Patients: {patients:,}  file: {path}  runs per cell: {RUNS}  limit: {LIMIT}")
    header = (
        f"{'search':<44} {'rows':>5} {'service med':>12} {'service p95':>12} {'raw med':>9} {'raw p95':>9}"
    )
    print(header)
    print("-" * len(header))
    for label, kind, text in cases:
        s_med, s_p95, n = _ms(functools.partial(svc.search, actor, text, LIMIT), RUNS)
        r_med, r_p95, _ = _ms(functools.partial(raw[kind], text), RUNS)
        print(f"{label:<44} {n:>5} {s_med:>10.2f}ms {s_p95:>10.2f}ms {r_med:>7.2f}ms {r_p95:>7.2f}ms")
    con.close()
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
