"""GST arithmetic, financial years, GSTIN check characters, Indian amounts in words and grouping."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hms_desktop.domain.gst import doc_number_is_valid, financial_year, gstin_is_valid, split_gst
from hms_desktop.domain.money import amount_in_words, format_inr


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("125000.50", "Rupees One Lakh Twenty Five Thousand and Fifty Paise Only"),
        ("500", "Rupees Five Hundred Only"),
        ("0.50", "Rupees Zero and Fifty Paise Only"),
        ("0", "Rupees Zero Only"),
        ("1", "Rupees One Only"),
        ("19.19", "Rupees Nineteen and Nineteen Paise Only"),
        ("1000", "Rupees One Thousand Only"),
        ("100000", "Rupees One Lakh Only"),
        ("10000000", "Rupees One Crore Only"),
        (
            "12345678.90",
            "Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight "
            "and Ninety Paise Only",
        ),
        ("2500000000", "Rupees Two Hundred Fifty Crore Only"),
        ("101", "Rupees One Hundred One Only"),
        ("99999.99", "Rupees Ninety Nine Thousand Nine Hundred Ninety Nine and Ninety Nine Paise Only"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words
    assert "-" not in words and "," not in words


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("125000.50", "₹1,25,000.50"),
        ("0", "₹0.00"),
        ("999", "₹999.00"),
        ("1000", "₹1,000.00"),
        ("12345678.9", "₹1,23,45,678.90"),
        ("-500", "-₹500.00"),
        ("0.005", "₹0.01"),
    ],
)
def test_format_inr(amount: str, text: str) -> None:
    assert format_inr(Decimal(amount)) == text


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (dt.date(2025, 3, 31), "2024-25"),
        (dt.date(2025, 4, 1), "2025-26"),
        (dt.date(2026, 1, 15), "2025-26"),
        (dt.date(1999, 12, 31), "1999-00"),
        (dt.date(2099, 4, 1), "2099-00"),
    ],
)
def test_financial_year(day: dt.date, fy: str) -> None:
    assert financial_year(day) == fy


@pytest.mark.parametrize(
    ("gstin", "ok"),
    [
        ("27AAPFU0939F1ZV", True),
        ("27aapfu0939f1zv", True),
        ("22AAAAA0000A1Z5", False),  # the common placeholder: its check character is wrong
        ("27AAPFU0939F1ZW", False),
        ("27AAPFU0939F1Z", False),
        ("", False),
        ("00AAPFU0939F1ZV", False),
    ],
)
def test_gstin(gstin: str, ok: bool) -> None:
    assert gstin_is_valid(gstin) is ok


@pytest.mark.parametrize(
    ("taxable", "rate", "intra", "cgst", "sgst", "igst"),
    [
        ("100.00", "5", True, "2.50", "2.50", "0.00"),
        ("100.00", "12", True, "6.00", "6.00", "0.00"),
        ("100.00", "18", False, "0.00", "0.00", "18.00"),
        ("33.33", "5", True, "0.83", "0.83", "0.00"),  # 0.83325 -> 0.83
        ("10.10", "5", True, "0.25", "0.25", "0.00"),  # 0.2525 -> 0.25
        ("11.00", "5", True, "0.28", "0.28", "0.00"),  # 0.275 -> 0.28 (half-up, not banker's)
        ("50.00", "0", True, "0.00", "0.00", "0.00"),
    ],
)
def test_split_gst(taxable: str, rate: str, intra: bool, cgst: str, sgst: str, igst: str) -> None:
    s = split_gst(Decimal(taxable), Decimal(rate), intra)
    assert (s.cgst, s.sgst, s.igst) == (Decimal(cgst), Decimal(sgst), Decimal(igst))


@pytest.mark.parametrize(
    ("number", "ok"),
    [
        ("INV/25-26/000123", True),
        ("INV/25-26/0001234", False),  # 17 characters
        ("0INV/1", False),
        ("/INV", False),
        ("-INV", False),
        ("INV 1", False),
        ("R1", True),
    ],
)
def test_document_numbers(number: str, ok: bool) -> None:
    assert doc_number_is_valid(number) is ok
