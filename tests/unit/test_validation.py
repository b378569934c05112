"""The shared input rules (domain/validation.py): text, numbers, whole numbers and date windows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hms_desktop.domain.validation import (
    DateKind,
    clean_date,
    clean_decimal,
    clean_int,
    clean_text,
    date_problem,
    decimal_problem,
    int_problem,
    text_problem,
)
from hms_desktop.errors import ValidationError

TODAY = dt.date(2026, 12, 2)
D = Decimal


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("Meera\x00Nair", "NUL"),
        ("Meera\x07", "control character"),
        ("Meera\x7f", "control character"),
        ("Meera\x85", "control character"),
        ("Me\ud800era", "surrogate"),
        ("Meera\nNair", "line break"),
        ("Meera\u2028Nair", "line break"),
        ("x" * 81, "At most 80 characters (this has 81)"),
        (42, "Enter text"),
    ],
)
def test_bad_text_is_named(value: object, needle: str) -> None:
    problem = text_problem(value, 80)
    assert problem is not None and needle in problem


@pytest.mark.parametrize("value", ["Meera Nair", "मीरा नायर", "க்ஷ", "x" * 80, "न\u200dई", "Zoë D'Souza"])
def test_good_text_passes(value: str) -> None:
    assert text_problem(value, 80) is None


def test_multiline_allows_line_breaks_and_tabs_only() -> None:
    assert text_problem("line 1\r\n\tline 2", 80, multiline=True) is None
    assert text_problem("line 1\x00", 80, multiline=True) is not None
    assert text_problem("bell\x07", 80, multiline=True) is not None


def test_clean_text_strips_collects_and_raises() -> None:
    errors: dict[str, str] = {}
    assert clean_text("  Asha  ", "first_name", 80, errors) == "Asha"
    assert clean_text("   ", "last_name", 80, errors) is None
    assert clean_text(None, "city", 80, errors) is None
    assert clean_text("", "first_name", 80, errors, required="Enter the first name.") is None
    assert clean_text("a\x00", "city", 80, errors) is None
    assert errors == {"first_name": "Enter the first name.", "city": errors["city"]}
    with pytest.raises(ValidationError) as info:
        clean_text("x" * 501, "chief_complaint", 500)
    assert "chief_complaint" in info.value.errors


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        (D("1e30"), "Too large"),
        (D("1e10"), "Too large"),
        (D("NaN"), "not infinity or NaN"),
        (D("sNaN"), "not infinity or NaN"),
        (D("-Infinity"), "not infinity or NaN"),
        (float("inf"), "not infinity or NaN"),
        (float("nan"), "not infinity or NaN"),
        (D("0.001"), "At most 2 decimal places"),
        ("12.50", "Enter a number"),
        (True, "Enter a number"),
        (D("-1"), "at least 0"),
    ],
)
def test_bad_numbers_are_named(value: object, needle: str) -> None:
    problem = decimal_problem(value, digits=12, places=2, minimum=0)
    assert problem is not None and needle in problem


@pytest.mark.parametrize("value", [D("0"), D("9999999999.99"), D("1.10"), D("1.100"), 36.6, 5, D("1E+2")])
def test_good_numbers_pass(value: object) -> None:
    assert decimal_problem(value, digits=12, places=2, minimum=0) is None


def test_zero_refused_where_it_makes_no_sense() -> None:
    assert decimal_problem(D("0"), allow_zero=False) == "Must not be zero."
    assert clean_decimal(D("2.50"), "quantity", allow_zero=False, minimum=0) == D("2.50")
    with pytest.raises(ValidationError):
        clean_decimal(D("0.005"), "quantity", places=2)


@pytest.mark.parametrize("value", ["72", 72.5, D("sNaN"), D("Infinity"), float("nan"), None.__class__, True])
def test_bad_whole_numbers(value: object) -> None:
    assert int_problem(value) is not None


def test_whole_numbers() -> None:
    assert int_problem(72) is None
    assert int_problem(72.0) is None  # a spin box's float with no fraction
    assert int_problem(2**40) == "Too large."
    assert int_problem(3, minimum=5) == "Must be at least 5."
    assert clean_int(D("7"), "pulse") == 7
    errors: dict[str, str] = {}
    assert clean_int("7", "pulse", errors) is None
    assert errors == {"pulse": "Enter a whole number."}


@pytest.mark.parametrize(
    ("kind", "bad"),
    [
        (DateKind.PLANNING, dt.date(1, 1, 1)),
        (DateKind.PLANNING, dt.date(1900, 1, 1)),
        (DateKind.PLANNING, dt.date(9999, 12, 31)),
        (DateKind.EXPIRY, dt.date(1900, 1, 1)),
        (DateKind.FOLLOW_UP, dt.date(1, 1, 1)),
        (DateKind.FOLLOW_UP, dt.date(2026, 12, 1)),
        (DateKind.VISIT, dt.date(2200, 1, 1)),
        (DateKind.BIRTH, dt.date(2026, 12, 3)),
        (DateKind.BIRTH, dt.date(1850, 1, 1)),
        (DateKind.EFFECTIVE, dt.date(2017, 6, 30)),
    ],
)
def test_dates_outside_their_window(kind: DateKind, bad: dt.date) -> None:
    assert date_problem(bad, kind, TODAY) is not None
    with pytest.raises(ValidationError):
        clean_date(bad, "when", kind, TODAY)


@pytest.mark.parametrize(
    ("kind", "good"),
    [
        (DateKind.PLANNING, dt.date(2027, 1, 15)),
        (DateKind.EXPIRY, dt.date(2029, 6, 30)),
        (DateKind.FOLLOW_UP, TODAY),
        (DateKind.VISIT, dt.date(2026, 11, 30)),
        (DateKind.BIRTH, dt.date(1940, 5, 1)),
        (DateKind.EFFECTIVE, dt.date(2017, 7, 1)),
    ],
)
def test_dates_inside_their_window(kind: DateKind, good: dt.date) -> None:
    assert date_problem(good, kind, TODAY) is None


def test_a_datetime_or_text_is_not_a_date() -> None:
    assert date_problem(dt.datetime(2026, 12, 2, 10), DateKind.VISIT, TODAY) == "Enter a date."
    assert date_problem("2026-12-02", DateKind.VISIT, TODAY) == "Enter a date."
    assert date_problem(dt.date(9999, 12, 31), DateKind.EXPIRY, dt.date(9990, 1, 1)) is None
