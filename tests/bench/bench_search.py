"""Search as you type over 1,000,000 patients: the service call against the raw indexed SQL.

``python -m tests.bench.bench_search [PATIENTS]`` reads the cached SQLite file that
``tests.bench.data`` generates (first use builds it, about half a minute per million) and prints a
table of median and p95 per kind of search: name prefix, two name tokens, a name typed in Latin that is
registered in Indian scripts too and one typed in Devanagari (issue 17: the plain and the phonetic keys
are searched), phone suffix (last 4 and 5 digits), full phone and MRN without its check character.
"service" is ``PatientService.search`` (the permission check, the query through SQLAlchemy, DTOs);
"raw" is the same indexed queries through the driver with no ORM (``sqlite3``, or ``psycopg`` on
PostgreSQL), in the same run on the same data: one name token reads the plain and the phonetic keys as
the service does; the raw side keeps the driver's rows (on SQLite dates stay text, no DTO is built).

``python -m tests.bench.bench_search --json PATIENTS TARGET`` (TARGET a SQLite file or a PostgreSQL URL)
measures once and prints one JSON line; ``python -m tests.bench`` runs it that way for each backend.
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
_COLS = (
    "id, mrn, first_name, last_name, sex, date_of_birth, phone, city, created_at, last_key, first_key, "
    "first_phonetic, last_phonetic"
)


def _ms(fn: Callable[[], Any], runs: int) -> tuple[float, float, int]:
    fn()  # warm the page cache and statement caches
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], n


def _connect(target: str) -> tuple[Any, str]:
    """A raw driver connection to ``target`` and its parameter marker."""
    if "://" in target:
        import psycopg

        dsn = target.replace("postgresql+psycopg://", "postgresql://", 1)
        return psycopg.connect(dsn, autocommit=True), "%s"
    return sqlite3.connect(target), "?"


def _raw_queries(con: Any, mark: str = "?") -> dict[str, Callable[[str], list[Any]]]:
    def q(sql: str, *args: Any) -> list[Any]:
        return list(con.execute(sql.replace("?", mark), args).fetchall())

    def prefix(first_col: str, last_col: str, t: str) -> list[Any]:
        return q(
            f"SELECT {_COLS} FROM patient WHERE {first_col} >= ? AND {first_col} < ? "
            f"ORDER BY {first_col}, {last_col}, id LIMIT ?",
            t,
            prefix_upper_bound(t),
            LIMIT,
        )

    def name(t: str) -> list[Any]:
        """What PatientService.search reads for one token: the first key's prefix and the phonetic
        first key's (issue 17), each followed by the last key's when it gave less than a page."""
        from hms_desktop.domain.transliteration import phonetic_key

        p = phonetic_key(t)
        plain, phonetic = prefix("first_key", "last_key", t), prefix("first_phonetic", "last_phonetic", p)
        if len(plain) < LIMIT:
            plain += prefix("last_key", "first_key", t)
        if len(phonetic) < LIMIT:
            phonetic += prefix("last_phonetic", "first_phonetic", p)
        return list({r[0]: r for r in plain + phonetic}.values())[:LIMIT]

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

    def pair(first_col: str, last_col: str, a: str, b: str) -> list[Any]:
        out = []
        for f, la in ((a, b), (b, a)):
            out += q(
                f"SELECT {_COLS} FROM patient WHERE {first_col} >= ? AND {first_col} < ? "
                f"AND {last_col} >= ? AND {last_col} < ? ORDER BY {first_col}, {last_col}, id LIMIT ?",
                f,
                prefix_upper_bound(f),
                la,
                prefix_upper_bound(la),
                LIMIT,
            )
        return out

    def scripts(text: str) -> list[Any]:
        """The plain keys' pairings, then the phonetic keys' (what PatientService.search runs)."""
        from hms_desktop.domain.duplicates import name_tokens
        from hms_desktop.domain.transliteration import phonetic_key

        a, b = name_tokens(text)
        pa, pb = phonetic_key(text).split()
        return (pair("first_key", "last_key", a, b) + pair("first_phonetic", "last_phonetic", pa, pb))[:LIMIT]

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

    return {"name": name, "two": two, "scripts": scripts, "suffix": suffix, "phone": phone, "mrn": mrn}


def cases(con: Any, mark: str, patients: int) -> list[tuple[str, str, str]]:
    """(label, raw kind, text) for each kind of search, sampled from the data in ``con``."""
    rng = random.Random(7)
    ids = (11, patients // 2, patients - 3)
    got = dict(
        con.execute(f"SELECT id, phone FROM patient WHERE id IN ({mark}, {mark}, {mark})", ids).fetchall()
    )
    phones = [got[i] for i in ids]
    names = [
        r[0]
        for r in con.execute(
            f"SELECT first_key || ' ' || last_key FROM patient WHERE id = {mark}", (patients // 3,)
        ).fetchall()
    ]
    mrn_number = rng.randrange(1, patients)
    mrn_plain = f"BEN{mrn_number:07d}"  # typed without the check character
    two = f"{names[0][:3]} {names[0].split()[1][:2]}"
    return [
        ("name prefix 'ra'", "name", "ra"),
        ("name prefix 'lak'", "name", "lak"),
        (f"two tokens '{two}'", "two", two),
        ("across scripts 'ram sharma'", "scripts", "ram sharma"),
        ("Devanagari 'राम शर्मा'", "scripts", "राम शर्मा"),
        ("phone last 4 digits", "suffix", phones[0][-4:]),
        ("phone last 5 digits", "suffix", phones[1][-5:]),
        ("phone full 10 digits", "phone", phones[2]),
        ("MRN without check char", "mrn", mrn_plain),
    ]


def measure(target: str, patients: int, runs: int = RUNS) -> list[dict[str, Any]]:
    """Per kind of search: rows, service median/p95 and raw median/p95 (ms) on ``target``."""
    from hms_desktop.db.engine import Database, make_engine
    from hms_desktop.db.profiles import Backend, Profile, profile_from_url
    from hms_desktop.domain.enums import Role
    from hms_desktop.services.context import Actor
    from hms_desktop.services.patients import PatientService

    if "://" in target:
        profile, password = profile_from_url(target, "bench")
    else:
        profile, password = Profile("bench", Backend.SQLITE, database=target), None
    db = Database(make_engine(profile, password), profile)
    svc = PatientService(db)
    actor = Actor(None, "bench", "Bench", Role.RECEPTIONIST)
    con, mark = _connect(target)
    raw = _raw_queries(con, mark)
    out = []
    for label, kind, text in cases(con, mark, patients):
        s_med, s_p95, n = _ms(functools.partial(svc.search, actor, text, LIMIT), runs)
        r_med, r_p95, r_n = _ms(functools.partial(raw[kind], text), runs)
        out.append(
            {
                "label": label,
                "rows": n,
                "raw_rows": r_n,
                "service_med": s_med,
                "service_p95": s_p95,
                "raw_med": r_med,
                "raw_p95": r_p95,
            }
        )
    con.close()
    db.dispose()
    return out


def main(argv: list[str]) -> None:
    from tests.bench.data import sqlite_file

    if argv and argv[0] == "--json":
        import json

        print(json.dumps({"cases": measure(argv[2], int(argv[1]))}), flush=True)
        return
    patients = int(argv[0]) if argv else 1_000_000
    path = sqlite_file(patients)
    print(f"Patients: {patients:,}  file: {path}  runs per cell: {RUNS}  limit: {LIMIT}")
    header = (
        f"{'search':<44} {'rows':>5} {'service med':>12} {'service p95':>12} {'raw med':>9} {'raw p95':>9}"
    )
    print(header)
    print("-" * len(header))
    for c in measure(str(path), patients):
        print(
            f"{c['label']:<44} {c['rows']:>5} {c['service_med']:>10.2f}ms {c['service_p95']:>10.2f}ms "
            f"{c['raw_med']:>7.2f}ms {c['raw_p95']:>7.2f}ms"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
