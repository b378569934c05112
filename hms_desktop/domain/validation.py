"""The input rules every service applies at its boundary, written once.

A service checks what a user typed (or what another program passed through the API) before it goes
near the database, and answers with a message at the field (``ValidationError({field: message})``),
never with a driver error or a traceback:

- text: no control characters or NUL bytes (PostgreSQL refuses NUL, SQLite would store it), no lone
  surrogates (they cannot be encoded), and never longer than its column (no silent truncation);
- numbers: of a number type (not text, not a bool), finite (no NaN, Infinity, sNaN), within the
  column's digits and decimals (a quantity of 0.001 is refused, not saved as 0.00), within the range
  that makes sense for the field;
- dates: a ``datetime.date`` within a plausible window for the kind of field (a birth date is not in
  year 1, leave is not in 9999, a batch expiry is not 1900).

The same predicates are used by the database boundary's safety net (``hms_desktop.db.input_guard``),
so a value the services forgot to check is still refused with the column named, never truncated.

Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from hms_desktop.errors import ValidationError

__all__ = [
    "DateKind",
    "clean_date",
    "clean_decimal",
    "clean_id",
    "clean_int",
    "clean_text",
    "date_problem",
    "decimal_problem",
    "int_problem",
    "text_problem",
]

# Tab, line feed and carriage return are the only control characters a multi-line note may hold.
_MULTILINE_OK = frozenset("\t\n\r")
# C0 and C1 controls, DEL, lone surrogates, the two non-characters and the Unicode line/paragraph
# separators: one search finds the rare bad value without a Python loop over every character.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")


def _bad_char(ch: str, multiline: bool) -> str | None:
    """What is wrong with one character, or None."""
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return "a broken character (a lone surrogate)"
    if code == 0:
        return "a NUL byte"
    if multiline and ch in _MULTILINE_OK:
        return None
    if ch in "\n\r\u2028\u2029":
        return "a line break (this field is one line)"
    return "a control character"


def text_problem(value: object, max_len: int, *, multiline: bool = False) -> str | None:
    """The message for a bad text value, or None. ``value`` is the stripped text the field keeps."""
    if not isinstance(value, str):
        return "Enter text."
    for found in _SUSPECT.finditer(value):
        bad = _bad_char(found.group(), multiline)
        if bad is not None:
            return f"Contains {bad}: remove it and type the text again."
    if len(value) > max_len:
        return f"At most {max_len} characters (this has {len(value)})."
    return None


def clean_text(
    value: object,
    field: str,
    max_len: int,
    errors: dict[str, str] | None = None,
    *,
    multiline: bool = False,
    required: str | None = None,
) -> str | None:
    """The stripped text, None when blank. A problem goes into ``errors`` (or raises at once when no
    ``errors`` dict is given); ``required`` is the message for a blank value when one is needed."""
    problem: str | None = None
    text: str | None = None
    if value is None:
        text = None
    elif not isinstance(value, str):
        problem = "Enter text."
    else:
        stripped = value.strip()
        problem = text_problem(stripped, max_len, multiline=multiline)
        text = stripped or None
    if problem is None and text is None and required:
        problem = required
    if problem is not None:
        if errors is None:
            raise ValidationError({field: problem})
        errors.setdefault(field, problem)
        return None
    return text


def _plain(value: Decimal) -> str:
    return f"{value:f}"


def decimal_problem(
    value: object,
    *,
    digits: int = 12,
    places: int = 2,
    minimum: Decimal | int | None = None,
    maximum: Decimal | int | None = None,
    allow_zero: bool = True,
) -> str | None:
    """The message for a bad number bound for a ``Numeric(digits, places)`` column, or None.

    Accepts ``Decimal`` and ``int`` (and ``float`` only when finite and exactly representable in
    ``places`` decimals, because Qt's spin boxes hand over floats); never ``bool`` or text.
    """
    number = as_decimal(value)
    if number is None:
        return "Enter a number."
    if not number.is_finite():
        return "Enter a number (not infinity or NaN)."
    whole = digits - places
    if abs(number) >= Decimal(10) ** whole:  # first: quantize() cannot take 1E+999999
        return f"Too large (at most {whole} digits before the decimal point)."
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > places and number != number.quantize(Decimal(1).scaleb(-places)):
        if places == 0:
            return "A whole number."
        return "At most 1 decimal place." if places == 1 else f"At most {places} decimal places."
    if not allow_zero and number == 0:
        return "Must not be zero."
    if minimum is not None and number < minimum:
        return f"Must be at least {_plain(Decimal(minimum))}."
    if maximum is not None and number > maximum:
        return f"Must be at most {_plain(Decimal(maximum))}."
    return None


def as_decimal(value: object) -> Decimal | None:
    """``value`` as a Decimal when it is a number type (bool and text are not), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if math.isnan(value):
            return Decimal("NaN")
        if math.isinf(value):
            return Decimal("Infinity") if value > 0 else Decimal("-Infinity")
        # repr is the shortest text that reads back as the same float: 36.6, not 36.600000000000001
        return Decimal(repr(value))
    return None


def clean_decimal(
    value: object,
    field: str,
    errors: dict[str, str] | None = None,
    *,
    digits: int = 12,
    places: int = 2,
    minimum: Decimal | int | None = None,
    maximum: Decimal | int | None = None,
    allow_zero: bool = True,
) -> Decimal | None:
    """The number as a Decimal (None stays None); a problem goes into ``errors`` or raises."""
    if value is None:
        return None
    problem = decimal_problem(
        value, digits=digits, places=places, minimum=minimum, maximum=maximum, allow_zero=allow_zero
    )
    if problem is not None:
        if errors is None:
            raise ValidationError({field: problem})
        errors.setdefault(field, problem)
        return None
    number = as_decimal(value)
    assert number is not None
    return number


# a 32-bit signed integer column: what every backend's INTEGER holds (Oracle NUMBER(10) beyond)
INT_MAX = 2**31 - 1


def int_problem(value: object, *, minimum: int | None = None, maximum: int | None = None) -> str | None:
    """The message for a bad whole number, or None. Only ``int`` (not bool, text or float)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return "Enter a whole number."
    if not isinstance(value, int) and not _is_whole(value):
        return "Enter a whole number."
    number = int(value)
    if not -INT_MAX <= number <= INT_MAX:
        return "Too large."
    if minimum is not None and number < minimum:
        return f"Must be at least {minimum}."
    if maximum is not None and number > maximum:
        return f"Must be at most {maximum}."
    return None


def _is_whole(value: float | Decimal) -> bool:
    try:
        if not math.isfinite(value) or abs(Decimal(value)) > INT_MAX:  # no int() of 1E+999999
            return False
        return bool(value == int(value))
    except (ValueError, OverflowError, InvalidOperation):  # sNaN
        return False


def clean_int(
    value: object,
    field: str,
    errors: dict[str, str] | None = None,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    """The whole number (None stays None); a problem goes into ``errors`` or raises."""
    if value is None:
        return None
    problem = int_problem(value, minimum=minimum, maximum=maximum)
    if problem is not None:
        if errors is None:
            raise ValidationError({field: problem})
        errors.setdefault(field, problem)
        return None
    assert isinstance(value, int | float | Decimal)
    return int(value)


def clean_id(value: object, field: str, message: str) -> int:
    """A record's id as another program might pass it: an ``int`` from 1 up to ``INT_MAX`` (not a
    bool, text, float, Decimal or None, which a lookup would send as the wrong type or, past the
    column, overflow the driver); anything else raises ``ValidationError({field: message})``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= INT_MAX:
        raise ValidationError({field: message})
    return value


class DateKind(StrEnum):
    """What a date means, which decides the window it may fall in (relative to the clinic's today)."""

    BIRTH = "birth"  # up to 130 years back, not in the future
    PAST_RECORD = "past_record"  # something that happened: up to 130 years back, not in the future
    VISIT = "visit"  # an appointment or the day a visit/document belongs to: one year back, two ahead
    PLANNING = "planning"  # leave, sessions, a doctor's registration: 20 years back, 10 ahead
    FOLLOW_UP = "follow_up"  # today up to two years ahead
    EXPIRY = "expiry"  # a batch or registration expiry: 10 years back, 30 ahead
    EFFECTIVE = "effective"  # a rate or price valid from: 1 Jul 2017 (GST) up to 5 years ahead


# (days back, days ahead) from today, None for a fixed bound
_WINDOWS: dict[DateKind, tuple[int, int]] = {
    DateKind.BIRTH: (130 * 366, 0),
    DateKind.PAST_RECORD: (130 * 366, 0),
    DateKind.VISIT: (366, 2 * 366),
    DateKind.PLANNING: (20 * 366, 10 * 366),
    DateKind.FOLLOW_UP: (0, 2 * 366),
    DateKind.EXPIRY: (10 * 366, 30 * 366),
    DateKind.EFFECTIVE: (0, 5 * 366),
}
GST_START = dt.date(2017, 7, 1)


def date_window(kind: DateKind, today: dt.date) -> tuple[dt.date, dt.date]:
    back, ahead = _WINDOWS[kind]
    first = GST_START if kind is DateKind.EFFECTIVE else _shift(today, -back)
    return first, _shift(today, ahead)


def _shift(today: dt.date, days: int) -> dt.date:
    try:
        return today + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def _day(value: dt.date) -> str:
    return value.strftime("%d %b %Y").lstrip("0")


def date_problem(value: object, kind: DateKind, today: dt.date) -> str | None:
    """The message for a date outside the window its kind allows, or None."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        return "Enter a date."
    first, last = date_window(kind, today)
    if value < first:
        if kind in (DateKind.FOLLOW_UP,):
            return "The date is in the past."
        return f"The date is too far back (not before {_day(first)})."
    if value > last:
        if kind in (DateKind.BIRTH, DateKind.PAST_RECORD):
            return "The date is in the future."
        return f"The date is too far ahead (not after {_day(last)})."
    return None


def clean_date(
    value: object, field: str, kind: DateKind, today: dt.date, errors: dict[str, str] | None = None
) -> dt.date | None:
    """The date (None stays None); a problem goes into ``errors`` or raises."""
    if value is None:
        return None
    problem = date_problem(value, kind, today)
    if problem is not None:
        if errors is None:
            raise ValidationError({field: problem})
        errors.setdefault(field, problem)
        return None
    assert isinstance(value, dt.date)
    return value
