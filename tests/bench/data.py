"""Benchmark data: a migrated SQLite file with N patients, generated fast and cached between runs.

Rows go in with sqlite3 ``executemany`` in chunks, bypassing the ORM, so the columns the ORM's
``before_insert`` event keeps (``first_key``/``last_key`` via ``search_key``, ``phone_rev``) and the
MRN (``make_mrn`` from the id) are computed here with the same functions, and so are the phonetic
keys (``first_phonetic``/``last_phonetic`` via ``phonetic_key``). About one name in seven is in an
Indian script (Devanagari, Kannada, Tamil, Bengali, Telugu), as at a Bengaluru clinic. PostgreSQL (when
``HMS_BENCH_PG_URL`` or ``HMS_TEST_PG_URL`` is set) is filled from the SQLite file with COPY.
On both the secondary indexes are built after the rows are in (issue 18's 10,000,000 patients: on a
shared 2-core machine 500 s for the SQLite file, 3.6 GiB, and 540 s for PostgreSQL, 4.7 GB).
``python -m tests.bench.data [PATIENTS]`` builds both ahead of a bench run; the bench itself
(``python -m tests.bench --patients 10000000``) finds them in the cache.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

from hms_desktop.domain.identifiers import make_mrn
from hms_desktop.domain.text import digits_reversed, search_key
from hms_desktop.domain.transliteration import phonetic_key

VERSION = 2  # bump when the generated shape changes: the cache key includes it
CHUNK = 50_000
FIRST = [
    "Aarav",
    "Aditi",
    "Akash",
    "Ananya",
    "Arjun",
    "Bhavana",
    "Chetan",
    "Deepa",
    "Divya",
    "Farah",
    "Gaurav",
    "Harini",
    "Imran",
    "Ishita",
    "Jaya",
    "Karan",
    "Kavya",
    "Lakshmi",
    "Manoj",
    "Meera",
    "Mohammed",
    "Nandini",
    "Naveen",
    "Neha",
    "Pooja",
    "Pradeep",
    "Priya",
    "Rahul",
    "Ramesh",
    "Rekha",
    "Rohan",
    "Sanjay",
    "Sara",
    "Shreya",
    "Simran",
    "Suresh",
    "Tanvi",
    "Uday",
    "Varun",
    "Vidya",
    "Vikram",
    "Yash",
    "Zoya",
    "Zoë",
    # registered in their own script (issue 17)
    "राम",
    "लक्ष्मी",
    "श्रीनिवास",
    "सुरेश",
    "ರಾಮ",
    "ಲಕ್ಷ್ಮಿ",
    "ಶ್ರೀನಿವಾಸ",
    "சரவணன்",
    "সুমিতা",
    "మహేష్",
]
LAST = [
    "Acharya",
    "Agarwal",
    "Bhat",
    "Chatterjee",
    "Das",
    "Desai",
    "D'Souza",
    "Fernandes",
    "Gowda",
    "Gupta",
    "Hegde",
    "Iyer",
    "Joshi",
    "Kamath",
    "Khan",
    "Kulkarni",
    "Kumar",
    "Menon",
    "Mishra",
    "Naidu",
    "Nair",
    "Patel",
    "Pillai",
    "Prasad",
    "Rao",
    "Reddy",
    "Sastry",
    "Sen",
    "Shah",
    "Sharma",
    "Shetty",
    "Singh",
    "Srinivasan",
    "Thomas",
    "Varghese",
    "Verma",
    "Yadav",
    "शर्मा",
    "पटेल",
    "ಶರ್ಮ",
    "ಗೌಡ",
    "முருகன்",
    "দাস",
]
CITIES = ("Bengaluru", "Mysuru", "Tumakuru", "Mandya", "Hosur", "Kolar", "Ramanagara", "Chennai")
COLUMNS = (
    "id, mrn, first_name, last_name, first_key, last_key, date_of_birth, dob_estimated, sex, phone, "
    "phone_rev, city, pin_code, created_at, row_version, first_phonetic, last_phonetic"
)


def cache_dir() -> Path:
    root = os.environ.get("HMS_BENCH_CACHE")
    if root:
        return Path(root)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hms-desktop" / "bench"


def _rows(start: int, stop: int, rng: random.Random, base: dt.datetime) -> list[tuple[Any, ...]]:
    keys = {name: search_key(name) or None for name in (*FIRST, *LAST)}
    phon = {name: phonetic_key(name) or None for name in (*FIRST, *LAST)}
    out = []
    for pid in range(start, stop):
        first = rng.choice(FIRST)
        last = None if rng.random() < 0.04 else rng.choice(LAST)
        phone = f"{rng.choice('6789')}{rng.randrange(10**9):09d}"
        created = base + dt.timedelta(seconds=pid * 90 + rng.randrange(60))
        dob = dt.date(1935, 1, 1) + dt.timedelta(days=rng.randrange(32_000))
        out.append(
            (
                pid,
                make_mrn("BEN", pid),
                first,
                last,
                keys[first],
                keys[last] if last else None,
                dob.isoformat(),
                0,
                rng.choice("MF"),
                phone,
                digits_reversed(phone),
                rng.choice(CITIES),
                f"560{rng.randrange(1, 100):03d}",
                created.strftime("%Y-%m-%d %H:%M:%S.%f"),
                1,
                phon[first],
                phon[last] if last else None,
            )
        )
    return out


def sqlite_file(patients: int) -> Path:
    """The cached file with ``patients`` rows, generated on first use (under a minute per million)."""
    path = cache_dir() / f"patients-{patients}-v{VERSION}.db"
    if path.exists():
        return path
    from hms_desktop.db.engine import make_engine
    from hms_desktop.db.migrate import upgrade
    from hms_desktop.db.profiles import Backend, Profile

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    engine = make_engine(Profile("bench", Backend.SQLITE, database=str(tmp)))
    upgrade(engine)
    engine.dispose()
    started = time.perf_counter()
    rng = random.Random(20250401)
    base = dt.datetime(2022, 4, 1, 3, 30)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-1000000")  # 1 GB for the index builds' sorts
    # the secondary indexes are built after the load: one sort each instead of 10M random inserts
    # into six B-trees that outgrow the cache (the primary key and the MRN, both in id order, stay)
    indexes = [
        (name, sql)
        for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'patient' "
            "AND sql IS NOT NULL"
        )
    ]
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    marks = ", ".join("?" * len(COLUMNS.split(",")))
    with con:
        for start in range(1, patients + 1, CHUNK):
            rows = _rows(start, min(start + CHUNK, patients + 1), rng, base)
            con.executemany(f"INSERT INTO patient ({COLUMNS}) VALUES ({marks})", rows)
    loaded = time.perf_counter() - started
    for _, sql in indexes:
        con.execute(sql)
    print(f"  rows in {loaded:.1f} s, indexes in {time.perf_counter() - started - loaded:.1f} s", flush=True)
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    tmp.rename(path)
    print(f"generated {patients:,} patients in {time.perf_counter() - started:.1f} s -> {path}", flush=True)
    return path


def pg_url() -> str:
    return os.environ.get("HMS_BENCH_PG_URL") or os.environ.get("HMS_TEST_PG_URL") or ""


def postgresql_database(source: Path, patients: int) -> str:
    """A PostgreSQL database ``hms_bench_<n>`` filled from ``source`` with COPY; returns its URL."""
    import psycopg
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from hms_desktop.db.migrate import upgrade

    name = f"hms_bench_{patients}_v{VERSION}"
    admin_url = make_url(pg_url())
    url = admin_url.set(database=name)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(url)
    with engine.connect() as conn:
        have = conn.execute(text("SELECT to_regclass('patient') IS NOT NULL")).scalar()
        count = conn.execute(text("SELECT count(*) FROM patient")).scalar() if have else 0
    if count != patients:
        # a half-loaded database is dropped whole: TRUNCATE ... CASCADE reaches the protected
        # tables (invoice, audit_log), whose triggers refuse it (migration 0007)
        engine.dispose()
        with admin.connect() as conn:
            if have:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine = create_engine(url)
    admin.dispose()
    if count != patients:
        started = time.perf_counter()
        upgrade(engine)
        dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        src = sqlite3.connect(source)
        with psycopg.connect(dsn) as pg, pg.cursor() as cur:
            # as on SQLite: secondary indexes (not the key or the MRN's unique constraint) after the load
            cur.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = 'patient' "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
            )
            indexes = cur.fetchall()
            for name, _ in indexes:
                cur.execute(f'DROP INDEX "{name}"')
            cur.execute("SET synchronous_commit = off")
            cur.execute("SET maintenance_work_mem = '1GB'")
            with cur.copy(f"COPY patient ({COLUMNS}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {COLUMNS} FROM patient ORDER BY id"):
                    copy.write_row((*row[:7], bool(row[7]), *row[8:]))
            for _, sql in indexes:
                cur.execute(sql)
            cur.execute(
                "SELECT setval(pg_get_serial_sequence('patient', 'id'), (SELECT max(id) FROM patient))"
            )
            cur.execute("ANALYZE patient")
        src.close()
        took = time.perf_counter() - started
        print(f"loaded {patients:,} patients into PostgreSQL in {took:.1f} s", flush=True)
    engine.dispose()
    return url.render_as_string(hide_password=False)


def main(argv: list[str]) -> None:
    """``python -m tests.bench.data [PATIENTS]``: build (or find) the cached SQLite file and, when a
    PostgreSQL URL is set, the PostgreSQL database, so a long generation (10M) can run ahead of the bench."""
    patients = int(argv[0]) if argv else 1_000_000
    path = sqlite_file(patients)
    print(f"SQLite: {path} ({path.stat().st_size / 2**30:.2f} GiB)", flush=True)
    if pg_url():
        print(f"PostgreSQL: {postgresql_database(path, patients)}", flush=True)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
