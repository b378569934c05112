"""Real import files for the tests and the benchmark: clean ones in three encodings, .xlsx, a messy one.

Deterministic (seeded), so a test can say exactly how many rows of each kind a file holds.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import random
from pathlib import Path

FIRST = [
    "Ravi",
    "Anita",
    "Suresh",
    "Priya",
    "Mohammed",
    "Lakshmi",
    "Arjun",
    "Deepa",
    "Rahul",
    "Kavya",
    "Vijay",
    "Meena",
    "Sanjay",
    "Pooja",
    "Rajesh",
    "Sunita",
    "Amit",
    "Neha",
    "Kiran",
    "Divya",
    "Manoj",
    "Swati",
    "Ashok",
    "Rekha",
    "Ganesh",
    "Farah",
    "Joseph",
    "Mary",
    "Harpreet",
    "Gurpreet",
    "Zoë",
    "René",
    "Aarav",
    "Ishita",
    "Vivek",
    "Ananya",
    "Nikhil",
    "Shreya",
    "Rohan",
    "Tanvi",
    "Aditya",
    "Bhavana",
    "Chetan",
    "Gauri",
    "Hemant",
    "Jyoti",
    "Karthik",
    "Lata",
    "Naveen",
    "Pallavi",
    "Rakesh",
    "Sneha",
    "Tarun",
    "Usha",
    "Varun",
    "Yamini",
]
LAST = [
    "Kumar",
    "Sharma",
    "Reddy",
    "Iyer",
    "Khan",
    "Nair",
    "Patel",
    "Gupta",
    "Singh",
    "Das",
    "Menon",
    "Rao",
    "Joshi",
    "Shetty",
    "Pillai",
    "Verma",
    "Banerjee",
    "Mukherjee",
    "Chatterjee",
    "D'Souza",
    "Fernandes",
    "Bhat",
    "Hegde",
    "Naidu",
    "Chauhan",
    "Yadav",
    "Mishra",
    "Pandey",
    "Agarwal",
    "Bansal",
    "Kapoor",
    "Malhotra",
    "Saxena",
    "Trivedi",
    "Dubey",
    "Tiwari",
    "Kulkarni",
    "Deshpande",
    "Gokhale",
    "Jain",
    "Mehta",
    "Shah",
    "Desai",
    "Thakur",
    "Rathore",
    "Bose",
    "Sen",
    "Ghosh",
    "Roy",
    "Dutta",
    "Kamath",
    "Pai",
    "Shenoy",
    "Acharya",
    "Prabhu",
    "Goswami",
    "Qureshi",
    "Siddiqui",
    "Ansari",
    "Mathew",
    "Thomas",
    "Varghese",
    "Kurian",
    "Chacko",
]
CITIES = ("Bengaluru", "Mysuru", "Chennai", "Mumbai", "Pune", "Kochi", "Hyderabad", "Belagavi", "Udupi")
HEADERS = ("Patient Name", "Gender", "DOB", "Age", "Mobile", "City", "Pincode", "UHID", "Email")
TODAY = dt.date(2026, 12, 1)


@dataclasses.dataclass(frozen=True)
class Messy:
    """What the messy file holds, by construction."""

    rows: int
    good: int  # distinct people that should be created
    errors: int  # rows with at least one error
    duplicates_in_file: int  # copies of an earlier good row (same person, new old id)
    repeated_old_ids: int  # an earlier row's old id again (an error)


def _phone(rng: random.Random, i: int) -> str:
    # mobile series phonenumbers knows as mobile (some 6x series are landline-or-unallocated)
    return f"{rng.choice(('98', '99', '97', '94', '90', '70', '96'))}{(i * 7919 + 104729) % 10**8:08d}"


def person(rng: random.Random, i: int) -> list[str]:
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    # the same name comes back every len(FIRST) x len(LAST) rows, born years apart each time, and
    # birth dates repeat only every 12 x 28 x 83 rows (a look-alike needs a similar age)
    era = i // (len(FIRST) * len(LAST))
    dob = dt.date(1940 + (i % 83 + 3 * era) % 84, 1 + i % 12, 1 + (i // 12) % 28)
    fmt = rng.choice(("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%b-%Y"))
    phone = _phone(rng, i)
    phone = rng.choice((phone, "+91 " + phone[:5] + " " + phone[5:], "0" + phone, "91" + phone))
    return [
        f"{first} {last}",
        rng.choice(("M", "F", "Male", "Female", "m", "f")),
        dob.strftime(fmt),
        "",
        phone,
        rng.choice(CITIES),
        str(rng.randrange(110001, 855000)),
        f"OLD{i:07d}",
        f"p{i}@example.in" if i % 3 == 0 else "",
    ]


def clean_rows(n: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    return [person(rng, i) for i in range(n)]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(HEADERS)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(HEADERS))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def messy_rows(n: int = 10_000, seed: int = 7) -> tuple[list[list[str]], Messy]:
    """``n`` rows: mostly good people in mixed formats, plus errors and duplicates at known places.

    Every 50th row is broken one way or another (bad date, future date, bad phone, a formula, no sex,
    an unreadable age, a month-first date); every 40th (not 50th) copies an earlier person under a new
    old id with the phone written differently; every 97th (not 40th/50th) repeats an earlier old id.
    Ages instead of dates every 13th row ('45 y', '6 m', '45').
    """
    rng = random.Random(seed)
    rows: list[list[str]] = []
    good = errors = dups = repeats = 0
    breakers = (
        lambda r: r.__setitem__(2, "31/02/1980"),
        lambda r: r.__setitem__(2, "15-08-2031"),
        lambda r: r.__setitem__(4, "12345"),
        lambda r: r.__setitem__(5, '=HYPERLINK("http://x.example","click")'),
        lambda r: r.__setitem__(1, ""),
        lambda r: (r.__setitem__(2, ""), r.__setitem__(3, "forty")),
        lambda r: r.__setitem__(2, "12/25/1980"),
    )
    for i in range(n):
        if i and i % 50 == 0:
            r = person(rng, 100_000 + i)
            breakers[(i // 50) % len(breakers)](r)
            errors += 1
        elif i > 100 and i % 40 == 0:
            src = rows[rng.choice([j for j in range(1, 100) if j % 50])]
            r = list(src)
            digits = "".join(ch for ch in r[4] if ch.isdigit())[-10:]
            r[4] = f"{digits[:5]}-{digits[5:]}"
            r[7] = f"NEW{i:07d}"
            dups += 1
        elif i > 100 and i % 97 == 0:
            r = person(rng, 200_000 + i)
            r[7] = rows[5][7]
            repeats += 1
        else:
            r = person(rng, i)
            if i % 13 == 0:
                years = TODAY.year - int(r[2][-4:]) if r[2][-4:].isdigit() else TODAY.year - int(r[2][:4])
                age = rng.choice((f"{years} y", f"{years}", f"{years} yrs", f"{years} y 3 m"))
                r[2], r[3] = "", age
            good += 1
        rows.append(r)
    return rows, Messy(n, good, errors, dups, repeats)
