"""Reading the cells of an old system's spreadsheet: dates, ages, sex, names, phones, formulas, headers.

Pure Python, shared by the importer (services/importer.py) and anything that shows a preview. Every
reader takes what a cell holds (text, a number from Excel, a date from Excel) and returns the value
or raises ``CellError`` with a sentence the administrator can act on. Indian spreadsheets write
dates day first (31/12/1980, 31-12-1980, 31.12.1980, 31-Dec-1980), or ISO (1980-12-31), or Excel
keeps them as serial day numbers; a date is never read month first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from hms_desktop.domain.text import search_key


class CellError(ValueError):
    """A cell that cannot be read; ``str()`` is the reason shown against its row and column."""


# --- text and formulas ------------------------------------------------------------------------

# A cell a spreadsheet would run: "=HYPERLINK(...)", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3".
_FORMULA = re.compile(r"^\s*(=|@[A-Za-z]|[+\-][^\d\s(]|[+\-][\d.]+[+*/^]|[+\-]\d.*[|!])")


def looks_like_formula(text: str) -> bool:
    """True for text a spreadsheet would evaluate ('=1+2', '@SUM(A1)', "+cmd|'..'!A0").

    A phone number such as '+91 98450 12345' or a negative number is not a formula.
    """
    return bool(_FORMULA.match(text))


def cell_text(value: object) -> str | None:
    """A cell as trimmed text ('' and whitespace -> None); whole Excel numbers lose their '.0'."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).replace("\u00a0", " ").strip()
    if "\ufffd" in text:
        raise CellError(
            "Unreadable characters here: the file's encoding is broken. Save it as 'CSV UTF-8' and retry."
        )
    if looks_like_formula(text):
        raise CellError("This is a spreadsheet formula, not a value; paste the values instead.")
    return text or None


def neutralise(text: str) -> str:
    """A cell safe to open in a spreadsheet: text a spreadsheet would run gets a leading apostrophe.

    OWASP's CSV-injection rule: cells starting with = + - @ or a tab/carriage return. Numbers such as
    '-12.50' or '+91 98450 12345' are left alone so the file stays usable.
    """
    if text and text[0] in "=+-@\t\r" and not re.fullmatch(r"[+\-]?\d[\d ,.\-]*", text):
        return "'" + text
    return text


# --- dates and ages ---------------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01, with Lotus's 29 Feb 1900 absorbed
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        )
    )
    for m in names
}
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/\-. ](\d{1,2})[/\-. ](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?:[ T].*)?$")
_NAMED_DATE = re.compile(r"^(\d{1,2})[/\-. ]+([A-Za-z]{3,9})[/\-. ,]+(\d{2}|\d{4})$")
_SERIAL = re.compile(r"^\d{4,5}(\.\d+)?$")


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:  # '80' -> 1980, '05' -> 2005: never a year in the future
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _make(year: int, month: int, day: int, raw: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(f"{raw!r} is not a real date (day-month-year).") from None


def parse_date(value: object, today: dt.date, *, expiry: bool = False) -> dt.date | None:
    """A date of birth from a cell; None when blank. Future dates are refused here, unless the date is
    an ``expiry`` (a registration valid until), which is checked only for being a real date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        day = _serial(float(value), str(value))
    else:
        raw = str(value).strip()
        if not raw:
            return None
        day = _parse_date_text(raw, today)
    if expiry:
        return day
    if day > today:
        raise CellError(f"{day:%d-%m-%Y} is in the future.")
    if today.year - day.year > 130:
        raise CellError(f"{day:%d-%m-%Y} is more than 130 years ago.")
    return day


def _serial(number: float, raw: str) -> dt.date:
    if not 1 <= number < 2_958_466:
        raise CellError(f"{raw!r} is not a date.")
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


def _parse_date_text(raw: str, today: dt.date) -> dt.date:
    m = _NUMERIC_DATE.match(raw)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        if month > 12 and day <= 12:
            raise CellError(f"{raw!r} looks month-first; write dates day first (31/12/1980).")
        return _make(_year(m.group(3), today), month, day, raw)
    m = _ISO_DATE.match(raw)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    m = _NAMED_DATE.match(raw)
    if m:
        month_no = _MONTHS.get(m.group(2).lower())
        if month_no is None:
            raise CellError(f"{raw!r}: {m.group(2)!r} is not a month.")
        return _make(_year(m.group(3), today), month_no, int(m.group(1)), raw)
    if _SERIAL.match(raw):  # an Excel serial that came through a CSV as text
        return _serial(float(raw), raw)
    raise CellError(f"{raw!r} is not a date; use DD/MM/YYYY (e.g. 31/12/1980).")


_AGE_PART = re.compile(
    r"(\d{1,3})\s*(y|yr|yrs|year|years|m|mo|mon|month|months|d|day|days|w|wk|week|weeks)?\b\.?",
    re.IGNORECASE,
)


def parse_age(value: object) -> tuple[int, int] | None:
    """(years, months) from '45', '45 y', '45 yrs', '6 m', '2 y 3 m', '10 days'; None when blank."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not float(value).is_integer() or not 0 <= value <= 130:
            raise CellError(f"{value!r} is not an age in years (0-130).")
        return int(value), 0
    raw = str(value).strip()
    if not raw:
        return None
    text = raw.lower().replace(",", " ")
    years = months = 0
    pos = 0
    found = False
    for m in _AGE_PART.finditer(text):
        if text[pos : m.start()].strip():
            break
        number, unit = int(m.group(1)), (m.group(2) or "y").lower()
        if unit.startswith("y"):
            years += number
        elif unit.startswith("m"):
            months += number
        elif unit.startswith("w"):
            months += number // 4
        # days: under a month, the estimated birth date is this month
        pos, found = m.end(), True
    if not found or text[pos:].strip():
        raise CellError(f"{raw!r} is not an age; write '45', '45 y' or '6 m'.")
    years, months = years + months // 12, months % 12
    if years > 130:
        raise CellError(f"{raw!r}: an age over 130 years.")
    return years, months


# --- sex, names, phones -----------------------------------------------------------------------

_SEX = {
    "m": "M",
    "male": "M",
    "man": "M",
    "boy": "M",
    "पुरुष": "M",
    "f": "F",
    "female": "F",
    "woman": "F",
    "girl": "F",
    "महिला": "F",
    "स्त्री": "F",
    "o": "O",
    "other": "O",
    "t": "O",
    "tg": "O",
    "transgender": "O",
    "third gender": "O",
}


def parse_sex(value: object) -> str | None:
    """'M', 'F' or 'O' from 'Male', 'f', 'Transgender', 'पुरुष'...; None when blank."""
    raw = cell_text(value)
    if raw is None:
        return None
    code = _SEX.get(raw.strip().lower().rstrip("."))
    if code is None:
        raise CellError(f"{raw!r} is not a sex; use M, F or O (Male, Female, Other).")
    return code


_HONORIFICS = frozenset(
    ("mr", "mrs", "ms", "miss", "mx", "dr", "shri", "smt", "kum", "kumari", "master", "baby", "late", "sh")
)  # not 'Sri' or 'Md': also parts of names ('Sri Devi', 'Md Iqbal')


def split_name(full: str) -> tuple[str, str | None]:
    """(first, last) from one name cell: 'Kumar, Ravi' -> (Ravi, Kumar); 'Mrs. Anita Sharma' ->
    (Anita, Sharma); 'Ravi' -> (Ravi, None); 'K. Ramesh' (a south Indian initial) -> (Ramesh, K.);
    'Sri Devi Rao' -> (Sri Devi, Rao): the last word is the family name, the rest the given names."""
    text = " ".join(full.replace("\u00a0", " ").split())
    if "," in text:
        last, _, first = text.partition(",")
        first, last = first.strip(), last.strip()
        if first and last:
            return first, last
        text = first or last
    words = text.split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    if len(words) == 1:
        return words[0], None
    initials = [w for w in words if re.fullmatch(r"[A-Za-z]\.?", w)]
    if (
        initials
        and len(initials) < len(words)
        and all(re.fullmatch(r"[A-Za-z]\.?", w) for w in words[: len(initials)])
    ):
        rest = words[len(initials) :]
        return " ".join(rest), " ".join(initials)
    return " ".join(words[:-1]), words[-1]


def phone_candidates(text: str | None) -> list[str]:
    """The numbers in a phone cell: '98450 12345 / 080-2345 6789' -> two."""
    if not text:
        return []
    return [p.strip() for p in re.split(r"[/,;]|\bor\b", text) if p.strip()]


# --- header guessing --------------------------------------------------------------------------

# field -> header spellings (as search keys) that mean it, best first
PATIENT_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "patient name", "full name", "patient", "patients name", "pt name", "naam"),
    "first_name": ("first name", "firstname", "given name", "fname", "forename"),
    "last_name": ("last name", "lastname", "surname", "family name", "lname"),
    "phone": (
        "mobile",
        "mobile no",
        "mobile number",
        "phone",
        "phone no",
        "phone number",
        "contact",
        "contact no",
        "contact number",
        "cell",
        "whatsapp",
    ),
    "landline": ("landline", "landline no", "telephone", "tel", "tel no", "residence phone", "office phone"),
    "date_of_birth": ("dob", "date of birth", "birth date", "birthdate", "d o b", "born"),
    "age": ("age", "age years", "age yrs", "age y"),
    "sex": ("gender", "sex", "m f"),
    "address": ("address", "addr", "street", "address line 1", "residence"),
    "city": ("city", "town", "village", "district", "place"),
    "pin_code": ("pin", "pincode", "pin code", "postal code", "zip", "zip code"),
    "email": ("email", "e mail", "email id", "email address", "mail"),
    "blood_group": ("blood group", "bloodgroup", "blood", "bg"),
    "abha_number": ("abha", "abha number", "abha no", "health id", "abha id"),
    "old_id": (
        "old id",
        "uhid",
        "patient id",
        "id",
        "mrn",
        "reg no",
        "registration no",
        "regn no",
        "file no",
        "op no",
        "opd no",
        "case no",
    ),
    "emergency_name": ("emergency contact", "emergency name", "next of kin", "guardian", "relative"),
    "emergency_phone": ("emergency phone", "emergency mobile", "emergency contact no", "guardian mobile"),
    "allergies": ("allergies", "allergy", "known allergies"),
}
DOCTOR_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "doctor", "doctor name", "full name"),
    "qualifications": ("qualifications", "qualification", "degree", "degrees"),
    "specialisation": ("specialisation", "specialization", "speciality", "specialty"),
    "department": ("department", "dept", "department code"),
    "reg_number": ("registration", "reg no", "registration number", "reg number", "nmc no", "mci no"),
    "reg_council": ("council", "registration council", "state council"),
    "reg_expiry": ("expiry", "registration expiry", "valid till", "valid until", "reg expiry"),
    "consultation_fee": ("fee", "consultation fee", "fees", "charges"),
    "daily_cap": ("daily cap", "daily limit", "appointments per day", "max per day"),
    "room": ("room", "cabin", "chamber"),
    "phone": ("phone", "mobile", "contact"),
    "email": ("email", "e mail"),
}
PRICE_HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("code", "item code", "service code", "sku"),
    "name": ("name", "item", "description", "service", "item name"),
    "kind": ("kind", "type", "category"),
    "tax_class": ("tax class", "gst class", "tax", "gst category"),
    "unit_price": ("price", "rate", "unit price", "mrp", "amount", "charge"),
    "unit": ("unit", "uom"),
}


def guess_mapping(headers: Sequence[str], fields: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """field -> header, each header used once: exact spellings first, then 'starts with' matches."""
    keys = [search_key(h.replace("_", " ").replace(".", " ")) for h in headers]
    mapping: dict[str, str] = {}
    used: set[int] = set()
    for exact in (True, False):
        for field, spellings in fields.items():
            if field in mapping:
                continue
            for spelling in spellings:
                hit = next(
                    (
                        i
                        for i, k in enumerate(keys)
                        if i not in used and (k == spelling if exact else k.startswith(spelling + " "))
                    ),
                    None,
                )
                if hit is not None:
                    mapping[field] = headers[hit]
                    used.add(hit)
                    break
    if "first_name" in mapping and "full_name" in mapping:
        del mapping["full_name"]  # 'Name' beside 'First Name' + 'Last Name' is usually a display copy
    return mapping
