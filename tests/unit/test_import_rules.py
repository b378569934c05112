"""Cell readers for imports: Indian date formats, Excel serials, ages, sex, names, formulas, headers."""

from __future__ import annotations

import datetime as dt

import pytest

from hms_desktop.domain.backup_retention import to_keep
from hms_desktop.domain.import_rules import (
    PATIENT_HEADERS,
    CellError,
    cell_text,
    guess_mapping,
    looks_like_formula,
    neutralise,
    parse_age,
    parse_date,
    parse_sex,
    split_name,
)

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("31/12/1980", dt.date(1980, 12, 31)),
        ("31-12-1980", dt.date(1980, 12, 31)),
        ("31.12.1980", dt.date(1980, 12, 31)),
        ("1980-12-31", dt.date(1980, 12, 31)),
        ("5/1/1980", dt.date(1980, 1, 5)),  # day first, never month first
        ("31-Dec-1980", dt.date(1980, 12, 31)),
        ("31 December 1980", dt.date(1980, 12, 31)),
        ("01/02/80", dt.date(1980, 2, 1)),
        ("01/02/05", dt.date(2005, 2, 1)),
        (29586, dt.date(1980, 12, 31)),  # an Excel serial
        ("29586", dt.date(1980, 12, 31)),  # the same, through a CSV
        (dt.datetime(1980, 12, 31), dt.date(1980, 12, 31)),
        ("", None),
        (None, None),
    ],
)
def test_dates(cell: object, expected: dt.date | None) -> None:
    assert parse_date(cell, TODAY) == expected


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("31/02/1980", "not a real date"),
        ("12/25/1980", "month-first"),
        ("15-08-2031", "in the future"),
        ("01/01/1850", "130 years"),
        ("yesterday", "not a date"),
        ("31-Foo-1980", "not a month"),
    ],
)
def test_bad_dates(cell: str, why: str) -> None:
    with pytest.raises(CellError, match=why):
        parse_date(cell, TODAY)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("45", (45, 0)),
        ("45 y", (45, 0)),
        ("45Y", (45, 0)),
        ("45 yrs", (45, 0)),
        ("6 m", (0, 6)),
        ("6 months", (0, 6)),
        ("2 y 3 m", (2, 3)),
        ("18 m", (1, 6)),
        ("10 days", (0, 0)),
        (45.0, (45, 0)),
        ("", None),
    ],
)
def test_ages(cell: object, expected: tuple[int, int] | None) -> None:
    assert parse_age(cell) == expected


@pytest.mark.parametrize("cell", ["forty", "45 y old man", "200", "-3", 4.5])
def test_bad_ages(cell: object) -> None:
    with pytest.raises(CellError):
        parse_age(cell)


def test_sex() -> None:
    assert [parse_sex(v) for v in ("M", "male", "F", "Female", "f.", "Transgender", "पुरुष", "")] == [
        "M",
        "M",
        "F",
        "F",
        "F",
        "O",
        "M",
        None,
    ]
    with pytest.raises(CellError, match="M, F or O"):
        parse_sex("X")


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Ravi Kumar", ("Ravi", "Kumar")),
        ("Kumar, Ravi", ("Ravi", "Kumar")),
        ("Mrs. Anita Sharma", ("Anita", "Sharma")),
        ("Dr Asha  Rao", ("Asha", "Rao")),
        ("Ravi", ("Ravi", None)),
        ("K. Ramesh", ("Ramesh", "K.")),
        ("Sri Devi Rao", ("Sri Devi", "Rao")),
        ("Mohd Iqbal Khan", ("Mohd Iqbal", "Khan")),
    ],
)
def test_split_name(full: str, expected: tuple[str, str | None]) -> None:
    assert split_name(full) == expected


def test_formulas_refused_on_import_and_neutralised_on_export() -> None:
    for bad in ('=HYPERLINK("http://x","y")', "@SUM(A1:A2)", "+cmd|' /C calc'!A0", "=1+2", "-2+3"):
        assert looks_like_formula(bad), bad
        with pytest.raises(CellError, match="formula"):
            cell_text(bad)
        assert neutralise(bad).startswith("'")
    for fine in ("+91 98450 12345", "+91-98450-12345", "-12.50", "Ravi", "B+", "O-"):
        assert not looks_like_formula(fine), fine
        assert neutralise(fine) == fine
    assert cell_text(9845012345.0) == "9845012345"
    with pytest.raises(CellError, match="encoding"):
        cell_text("Zo\ufffd")


def test_header_guessing() -> None:
    headers = ["Sr No", "Patient Name", "Sex", "D.O.B.", "Mobile No.", "Pin Code", "UHID", "E-mail ID"]
    m = guess_mapping(headers, PATIENT_HEADERS)
    assert m["full_name"] == "Patient Name"
    assert m["sex"] == "Sex"
    assert m["date_of_birth"] == "D.O.B."
    assert m["phone"] == "Mobile No."
    assert m["pin_code"] == "Pin Code"
    assert m["old_id"] == "UHID"
    assert m["email"] == "E-mail ID"
    split = guess_mapping(["First Name", "Last Name", "Name", "Gender", "Age"], PATIENT_HEADERS)
    assert split["first_name"] == "First Name" and split["last_name"] == "Last Name"
    assert "full_name" not in split and split["age"] == "Age"


def test_retention_keeps_14_daily_and_12_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 9, 0)
    # two automatic backups a day (start of day and quit) for 500 days
    stamps = [start + dt.timedelta(days=d, hours=h) for d in range(500) for h in (0, 9)]
    keep = to_keep(stamps)
    last = stamps[-1]
    daily = {t for t in keep if (last.date() - t.date()).days < 14}
    assert len(daily) == 14 and all(t.hour == 18 for t in daily)  # the newest of each day
    monthly = keep - daily
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12
    assert all(t.day == 1 and t.hour == 9 for t in monthly)  # the first of each month
    assert len(keep) <= 26
