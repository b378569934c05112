"""Identifiers: MRN check character, Indian mobile, PIN, ABHA, GSTIN."""

from __future__ import annotations

import pytest
from stdnum.in_ import gstin as stdnum_gstin

from hms_desktop.domain.gst import gstin_check_char
from hms_desktop.domain.identifiers import (
    ALNUM36,
    check_abha,
    format_mobile,
    gstin_is_valid,
    make_gstin,
    make_mrn,
    mrn_is_valid,
    normalise_gstin,
    normalise_mobile,
    normalise_mrn,
    pin_is_valid,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27AAPFU0939F1ZV", True),
        ("27aapfu0939f1zv", True),  # case-insensitive
        (" 27AAPFU0939F1ZV ", True),
        ("22AAAAA0000A1Z5", False),  # the common placeholder: wrong check character
        ("27AAPFU0939F1ZW", False),
        ("27AAPFU0939F1Z", False),
        ("", False),
        (None, False),
    ],
)
def test_gstin(text: str | None, expected: bool) -> None:
    assert gstin_is_valid(text) is expected


def test_gstin_check_char_matches_stdnum() -> None:
    for pan in ("AAPFU0939F", "AAKFS4821M", "ABCPE1234F"):
        g = make_gstin("29", pan)
        assert stdnum_gstin.is_valid(g)
        assert g[-1] == gstin_check_char(g[:14])
    assert normalise_gstin("27aapfu0939f1zv") == "27AAPFU0939F1ZV"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9845012345", "9845012345"),
        ("+91 98450 12345", "9845012345"),
        ("+91-98450-12345", "9845012345"),
        ("919845012345", "9845012345"),
        ("09845012345", "9845012345"),
        ("(0) 98450 12345", "9845012345"),
        ("6000000000", "6000000000"),
        ("5845012345", None),  # must start 6-9
        ("984501234", None),  # 9 digits
        ("98450123456", None),  # 11 digits without a 0
        ("+1 415 555 0100", None),
        ("abc", None),
        ("", None),
        (None, None),
    ],
)
def test_mobile(text: str | None, expected: str | None) -> None:
    assert normalise_mobile(text) == expected


def test_format_mobile() -> None:
    assert format_mobile("9845012345") == "+91 98450 12345"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("560011", True),
        ("110001", True),
        ("060011", False),
        ("56001", False),
        ("5600111", False),
        ("56OO11", False),
    ],
)
def test_pin(text: str, expected: bool) -> None:
    assert pin_is_valid(text) is expected


def test_abha_valid_luhn_has_no_warning() -> None:
    # 14 digits whose last is the Luhn check of the first 13
    res = check_abha("91-5076-4536-2108")
    assert res.digits == "91507645362108"
    assert res.warning is None
    assert res.formatted == "91-5076-4536-2108"


def test_abha_failed_luhn_is_a_warning_not_an_error() -> None:
    res = check_abha("91-5076-4536-2107")
    assert res.digits == "91507645362107"
    assert res.warning is not None and "check digit" in res.warning


@pytest.mark.parametrize("text", ["91-5076-4536-210", "91-5076-4536-21084", "AB-5076-4536-2103", ""])
def test_abha_malformed(text: str) -> None:
    assert check_abha(text).digits is None


def test_make_mrn_shape() -> None:
    mrn = make_mrn("HMS", 123)
    assert mrn.startswith("HMS-0000123-")
    assert len(mrn) == 13
    assert mrn[-1] in ALNUM36
    assert mrn_is_valid(mrn)
    assert make_mrn("hms", 123) == mrn


@pytest.mark.parametrize(
    "typed",
    [
        "HMS-0000123-{c}",
        "hms-0000123-{c}",
        "HMS0000123{c}",
        "hms 0000123 {c}",
        "HMS-0000123",
        "hms123",
        "HMS-123",
    ],
)
def test_normalise_mrn_accepts_variants(typed: str) -> None:
    mrn = make_mrn("HMS", 123)
    assert normalise_mrn(typed.format(c=mrn[-1].lower())) == mrn


def test_normalise_mrn_rejects_wrong_check_and_junk() -> None:
    mrn = make_mrn("HMS", 123)
    wrong = ALNUM36[(ALNUM36.index(mrn[-1]) + 1) % 36]
    assert normalise_mrn(mrn[:-1] + wrong) is None
    assert not mrn_is_valid(mrn[:-1] + wrong)
    for junk in ("", "123", "HMS-", "H1S-0000123-8", "TOOLONGP-0000123"):
        assert normalise_mrn(junk) is None
    assert not mrn_is_valid("HMS-0000123")  # valid only with the check character


@pytest.mark.parametrize("number", [1, 7, 123, 4567, 98765, 1000000, 9999999])
def test_mrn_check_catches_single_digit_typos(number: int) -> None:
    mrn = make_mrn("HMS", number)
    prefix, digits, check = mrn.split("-")
    for i, d in enumerate(digits):
        for other in "0123456789":
            if other != d:
                typo = f"{prefix}-{digits[:i]}{other}{digits[i + 1 :]}-{check}"
                assert not mrn_is_valid(typo), typo


@pytest.mark.parametrize("number", [12, 1234, 120034, 9081726, 5556667])
def test_mrn_check_catches_adjacent_transpositions(number: int) -> None:
    mrn = make_mrn("HMS", number)
    prefix, digits, check = mrn.split("-")
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a != b:
            swapped = f"{prefix}-{digits[:i]}{b}{a}{digits[i + 2 :]}-{check}"
            assert not mrn_is_valid(swapped), swapped


def test_mrn_check_catches_prefix_typo() -> None:
    mrn = make_mrn("HMS", 42)
    assert not mrn_is_valid("HNS" + mrn[3:])


def test_mrn_bad_arguments() -> None:
    with pytest.raises(ValueError):
        make_mrn("H1", 5)
    with pytest.raises(ValueError):
        make_mrn("HMS", 0)
