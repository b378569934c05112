"""Identifiers the desk types and checks: MRN, Indian mobile, PIN code, ABHA number, GSTIN.

Pure Python (no SQLAlchemy, no Qt). Functions that *normalise* return the canonical text or ``None``
when the input cannot be one; functions named ``*_is_valid`` answer yes/no.

**MRN format** (medical record number): ``<PREFIX>-<NUMBER>-<CHECK>``, e.g. ``HMS-0000123-X``.

- PREFIX: 1 to 6 letters (the clinic's ``mrn_prefix``), upper case.
- NUMBER: the patient's number, zero-padded to at least 7 digits (9,999,999 patients before the
  width grows).
- CHECK: one character from ``0-9A-Z``: the Luhn mod-N check character (N = 36), computed over
  PREFIX + NUMBER the way OpenMRS's idgen does. Every single-character substitution is caught, and
  every swap of two adjacent digits (digit values are below N/2, where the doubling map is injective
  and the Luhn difference function distinct). The only adjacent swap it misses is ``0`` <-> ``Z``.

``normalise_mrn`` accepts the MRN in any case, with or without dashes and spaces, and with or
without the check character. A given check character must be right (a typo is caught); one that is
left off is computed. Without a check dash, a trailing letter or a digit run longer than 7 digits is
read as carrying a check character (so numbers past 9,999,999 must be typed with their check).
"""

from __future__ import annotations

import dataclasses
import re

from hms_desktop.domain.gst import gstin_check_char, state_code_is_valid

ALNUM36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MRN_DIGITS = 7
MRN_PREFIX_RE = re.compile(r"^[A-Z]{1,6}$")
_MRN_DASHED = re.compile(r"^([A-Z]{1,6})-(\d{1,10})(?:-([0-9A-Z]))?$")
_MRN_PLAIN = re.compile(r"^([A-Z]{1,6})(\d{1,11})([A-Z]?)$")


# --- Luhn -------------------------------------------------------------------------------------


def luhn_mod_n_check_char(text: str, alphabet: str = ALNUM36) -> str:
    """The Luhn mod-N check character for ``text`` (every character must be in ``alphabet``)."""
    n = len(alphabet)
    total = 0
    factor = 2  # the rightmost payload character is doubled
    for ch in reversed(text):
        addend = factor * alphabet.index(ch)
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return alphabet[(n - total % n) % n]


def luhn_mod_n_is_valid(text: str, alphabet: str = ALNUM36) -> bool:
    """True when the last character of ``text`` is the Luhn mod-N check of the rest."""
    if len(text) < 2 or any(ch not in alphabet for ch in text):
        return False
    return luhn_mod_n_check_char(text[:-1], alphabet) == text[-1]


def luhn10_is_valid(digits: str) -> bool:
    """The classic Luhn (mod 10) check over a digit string, check digit last."""
    return digits.isdigit() and luhn_mod_n_is_valid(digits, "0123456789")


# --- MRN --------------------------------------------------------------------------------------


def make_mrn(prefix: str, number: int) -> str:
    """The canonical MRN for ``number`` under ``prefix``: ``make_mrn("HMS", 123) -> "HMS-0000123-X"``."""
    prefix = prefix.strip().upper()
    if not MRN_PREFIX_RE.match(prefix):
        raise ValueError(f"MRN prefix must be 1-6 letters, not {prefix!r}")
    if number < 1:
        raise ValueError("MRN number must be positive")
    digits = str(number).zfill(MRN_DIGITS)
    if len(digits) > 10:
        raise ValueError("MRN number too large")
    return f"{prefix}-{digits}-{luhn_mod_n_check_char(prefix + digits)}"


def _mrn_parts(text: str) -> tuple[str, str, str | None] | None:
    """(prefix, digits, check or None) from a typed MRN, or None when it has no MRN shape."""
    t = re.sub(r"\s+", "", text or "").upper()
    m = _MRN_DASHED.match(t)
    if m and m.group(3):
        return m.group(1), m.group(2), m.group(3)
    m = m or _MRN_PLAIN.match(t)
    if not m:
        return None
    prefix, digits, letter = m.groups()
    if letter:
        return prefix, digits, letter
    if len(digits) > MRN_DIGITS:
        return prefix, digits[:-1], digits[-1]
    return prefix, digits, None


def normalise_mrn(text: str) -> str | None:
    """The canonical MRN, or None when ``text`` is not an MRN or its check character is wrong."""
    parts = _mrn_parts(text)
    if parts is None:
        return None
    prefix, digits, check = parts
    number = int(digits)
    if number < 1 or len(digits.lstrip("0")) > 10:
        return None
    canonical = make_mrn(prefix, number)
    if check is not None and canonical[-1] != check:
        return None
    return canonical


def mrn_is_valid(text: str) -> bool:
    """True for an MRN written *with* its check character (any case, dashes optional) that checks."""
    parts = _mrn_parts(text)
    return parts is not None and parts[2] is not None and normalise_mrn(text) is not None


# --- mobile, PIN ------------------------------------------------------------------------------

_MOBILE_RE = re.compile(r"^[6-9]\d{9}$")
_PIN_RE = re.compile(r"^[1-9][0-9]{5}$")


def _national_digits(text: str) -> str | None:
    """The digits after +91 / 91 / 0, or None when ``text`` holds anything but a phone number."""
    raw = re.sub(r"[\s().-]", "", text)
    digits = raw[1:] if raw.startswith("+") else raw
    if not digits.isdigit():
        return None
    if raw.startswith("+"):
        return digits[2:] if digits.startswith("91") else None
    if len(digits) == 12 and digits.startswith("91"):
        return digits[2:]
    if len(digits) == 11 and digits.startswith("0"):
        return digits[1:]
    return digits


def mobile_problem(text: str | None) -> str | None:
    """Why ``text`` is not an Indian mobile number (a message for the field), or None when it is one.

    A landline typed with its STD code (080 4123 4567, Bengaluru) also has ten digits starting 6-9
    once the trunk 0 is dropped; ``phonenumbers`` knows India's numbering plan and tells the two apart
    (an SMS to a landline goes nowhere).
    """
    if not text or not text.strip():
        return "Enter the mobile number."
    digits = _national_digits(text)
    if digits is None or len(digits) != 10:
        return "Not an Indian mobile number: 10 digits starting 6-9 (with or without +91)."
    import phonenumbers  # imported here: ~10 MB of metadata the desk needs only when validating

    try:
        parsed = phonenumbers.parse("+91" + digits, None)
    except phonenumbers.NumberParseException:
        return "Not an Indian mobile number: 10 digits starting 6-9 (with or without +91)."
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.FIXED_LINE:
        return "This is a landline number (STD code and number), not a mobile: put it under Landline."
    if kind not in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return "Not an Indian mobile number: 10 digits starting 6-9 (with or without +91)."
    if not _MOBILE_RE.match(digits):
        return "Not an Indian mobile number: 10 digits starting 6-9 (with or without +91)."
    return None


def normalise_mobile(text: str | None) -> str | None:
    """An Indian mobile as its 10 national digits, or None when it is not one (see ``mobile_problem``).

    Accepts +91 / 91 / 0 in front and any spaces, dashes or brackets: '+91 98450-12345',
    '09845012345' and '919845012345' all give '9845012345'. A landline ('080 4123 4567') is refused.
    """
    if text is None or mobile_problem(text) is not None:
        return None
    return _national_digits(text)


def landline_problem(text: str | None) -> str | None:
    """Why ``text`` is not an Indian landline with its STD code, or None when it is one."""
    if not text or not text.strip():
        return None
    digits = _national_digits(text)
    if digits is None or len(digits) != 10:
        return "A landline has its STD code and number, 10 digits with the 0: e.g. 080 4123 4567."
    import phonenumbers

    try:
        parsed = phonenumbers.parse("+91" + digits, None)
    except phonenumbers.NumberParseException:
        return "A landline has its STD code and number, 10 digits with the 0: e.g. 080 4123 4567."
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return "This is a mobile number: put it under Mobile."
    if kind not in (
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return "Not an Indian landline: the STD code and number, e.g. 080 4123 4567."
    return None


def normalise_landline(text: str | None) -> str | None:
    """An Indian landline in E.164 ('+918041234567'), or None when blank or not a landline."""
    if not text or not text.strip() or landline_problem(text) is not None:
        return None
    return "+91" + (_national_digits(text) or "")


def format_landline(e164: str) -> str:
    """'+918041234567' -> '080 4123 4567' (national form with the trunk 0, as Indians write it)."""
    import phonenumbers

    parsed = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def mobile_is_valid(text: str | None) -> bool:
    return normalise_mobile(text) is not None


def format_mobile(digits: str) -> str:
    """'9845012345' -> '+91 98450 12345' (international form, for print and display)."""
    import phonenumbers

    parsed = phonenumbers.parse("+91" + digits, None)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def pin_is_valid(text: str | None) -> bool:
    """An Indian postal PIN code: six digits, not starting with 0."""
    return bool(text) and _PIN_RE.match((text or "").strip()) is not None


# --- ABHA -------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AbhaCheck:
    """An ABHA number read from the desk: ``digits`` (14) or None when malformed, plus a warning.

    The Luhn check is not confirmed for every issued number, so a failed check is a warning the desk
    may override, never a rejection.
    """

    digits: str | None
    warning: str | None = None

    @property
    def formatted(self) -> str | None:
        d = self.digits
        return None if d is None else f"{d[:2]}-{d[2:6]}-{d[6:10]}-{d[10:]}"


def check_abha(text: str) -> AbhaCheck:
    """Read an ABHA number ('91-5076-4536-2107', '91507645362107'); see ``AbhaCheck``."""
    digits = re.sub(r"[\s-]", "", text or "")
    if not re.fullmatch(r"\d{14}", digits):
        return AbhaCheck(None)
    if not luhn10_is_valid(digits):
        return AbhaCheck(digits, "The ABHA number's check digit does not match; please re-check it.")
    return AbhaCheck(digits)


def format_abha(digits: str) -> str:
    return f"{digits[:2]}-{digits[2:6]}-{digits[6:10]}-{digits[10:]}"


# --- GSTIN ------------------------------------------------------------------------------------

_GSTIN_RE = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")


def normalise_gstin(text: str | None) -> str | None:
    """Upper-cased GSTIN without spaces when it is well-formed with a correct check character.

    The State code must be one the GST system issues (``domain.gst.STATE_NAMES``: 01-38 including
    38 Ladakh, the retired 25 and 28 that old registrations keep, 97 Other Territory and 99 Centre
    Jurisdiction). python-stdnum's table stops at 37, so it is not used here.
    """
    if not text:
        return None
    g = re.sub(r"\s+", "", text).upper()
    if not _GSTIN_RE.match(g) or gstin_check_char(g[:14]) != g[14]:
        return None
    if not state_code_is_valid(g[:2]):
        return None
    return g


def gstin_is_valid(text: str | None) -> bool:
    return normalise_gstin(text) is not None


def make_gstin(state_code: str, pan: str, entity: str = "1") -> str:
    """A GSTIN with its check character, for fixtures and demo data."""
    first14 = f"{state_code}{pan.upper()}{entity}Z"
    return first14 + gstin_check_char(first14)
