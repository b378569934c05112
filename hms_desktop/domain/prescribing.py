"""Prescription rules: frequencies, the quantity to dispense, and the warnings a careful pharmacist
would raise (allergy, the same drug twice, doses written in error-prone ways).

Sources: DOMAIN.md section 3 (MCI/NMC regulations; WHO good prescribing: write 500 mg not 0.5 g,
0.5 mL not .5 mL, never abbreviate micrograms or units, give a minimum interval for SOS doses).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Sequence
from decimal import ROUND_CEILING, Decimal, InvalidOperation

from hms_desktop.domain.validation import text_problem

# code -> (times a day, wording for the patient)
FREQUENCIES: dict[str, tuple[int | None, str]] = {
    "OD": (1, "once a day"),
    "BD": (2, "twice a day"),
    "TDS": (3, "three times a day"),
    "QID": (4, "four times a day"),
    "HS": (1, "at bedtime"),
    "SOS": (None, "when needed"),
}
ROUTES = ("oral", "sublingual", "topical", "inhaled", "nasal", "eye", "ear", "rectal", "vaginal",
          "subcutaneous", "intramuscular", "intravenous")  # fmt: skip
FORMS = ("tablet", "capsule", "syrup", "suspension", "drops", "ointment", "cream", "gel", "inhaler",
         "injection", "sachet", "lotion", "spray", "suppository")  # fmt: skip
INSTRUCTIONS = ("after food", "before food", "with food", "empty stomach", "at bedtime")

# allergy word -> generic names it rules out (a short list of the classic cross-reactions)
ALLERGY_CLASSES: dict[str, tuple[str, ...]] = {
    "penicillin": (
        "amoxicillin",
        "ampicillin",
        "cloxacillin",
        "piperacillin",
        "benzylpenicillin",
        "phenoxymethylpenicillin",
        "flucloxacillin",
    ),
    "sulfa": ("sulfamethoxazole", "sulfasalazine", "sulfadiazine"),
    "sulpha": ("sulfamethoxazole", "sulfasalazine", "sulfadiazine"),
    "nsaid": ("ibuprofen", "diclofenac", "naproxen", "aspirin", "aceclofenac", "mefenamic", "ketorolac"),
    "aspirin": ("aspirin", "acetylsalicylic"),
}

_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)")
_NUMBER = re.compile(r"^\s*(\d*\.?\d+)")
_LEADING_DOT = re.compile(r"(?<![\d])\.\d")
_TRAILING_ZERO = re.compile(r"\b\d+\.0+\b(?!\.)")
_SMALL_BIG_UNIT = re.compile(r"\b0\.\d+\s*(g|mg)\b", re.IGNORECASE)
_ABBREVIATIONS = re.compile(r"\b(mcg|ug|µg|iu|u)\b", re.IGNORECASE)


def times_a_day(frequency: str | None, sos_min_hours: int | None = None) -> int | None:
    """Doses a day for a frequency code; SOS counts its most frequent use (24 / minimum interval)."""
    if not frequency:
        return None
    code = frequency.strip().upper()
    if code == "SOS":
        return 24 // sos_min_hours if sos_min_hours else None
    known = FREQUENCIES.get(code)
    return known[0] if known else None


def dose_units(dose: str | None) -> Decimal | None:
    """The number at the start of a dose: '1 tablet' -> 1, '1/2 tablet' -> 0.5, '5 mL' -> 5."""
    if not dose:
        return None
    fraction = _FRACTION.match(dose)
    if fraction:
        top, bottom = int(fraction.group(1)), int(fraction.group(2))
        return Decimal(top) / Decimal(bottom) if bottom else None
    number = _NUMBER.match(dose)
    if not number:
        return None
    try:
        return Decimal(number.group(1))
    except InvalidOperation:
        return None


def quantity(dose: str | None, frequency: str | None, duration_days: int | None,
             sos_min_hours: int | None = None, dosage_form: str | None = None) -> Decimal | None:  # fmt: skip
    """Dose x doses a day x days, rounded up to whole units for solid forms; None when unknown
    (a custom frequency, a liquid measured in mL...: the doctor then writes the quantity)."""
    units, per_day = dose_units(dose), times_a_day(frequency, sos_min_hours)
    if units is None or per_day is None or not duration_days:
        return None
    if dose and re.search(r"\bm[lL]\b", dose):  # a liquid: the bottle is the doctor's call
        return None
    total = units * per_day * duration_days
    if (dosage_form or "").lower() in ("tablet", "capsule", "sachet", "suppository") or dose_is_count(dose):
        total = total.to_integral_value(rounding=ROUND_CEILING)
    return total.normalize() if total == total.to_integral_value() else total


_COUNTED = re.compile(r"\b(tabs?|tablets?|caps?|capsules?|sachets?|puffs?|drops?)\b", re.IGNORECASE)


def dose_is_count(dose: str | None) -> bool:
    """A dose counted in whole things (tablets, puffs...), not measured (mL)."""
    return bool(dose) and bool(_COUNTED.search(dose or ""))


def dose_style_warnings(text: str | None) -> list[str]:
    """Ways of writing a dose or strength that cause tenfold errors."""
    if not text:
        return []
    out = []
    if _LEADING_DOT.search(text):
        out.append("Write a leading zero: 0.5, not .5.")
    if _TRAILING_ZERO.search(text):
        out.append("Drop the trailing zero: 5 mg, not 5.0 mg.")
    small = _SMALL_BIG_UNIT.search(text)
    if small:
        unit = small.group(1).lower()
        out.append("Use the smaller unit: 500 mg, not 0.5 g." if unit == "g" else
                   "Use the smaller unit: 500 micrograms, not 0.5 mg.")  # fmt: skip
    abbr = _ABBREVIATIONS.search(text)
    if abbr:
        out.append(f"Write '{abbr.group(1)}' in full (micrograms, units): abbreviations are misread.")
    return out


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def allergy_matches(allergies: str | None, generic_name: str) -> str | None:
    """The allergy this drug hits, if any (the allergen named, or a drug of its class)."""
    if not allergies or not generic_name.strip():
        return None
    drug = generic_name.lower()
    for raw in re.split(r"[,;/\n]+", allergies):
        allergen = raw.strip().lower()
        if len(allergen) < 3:
            continue
        if allergen in drug or any(w in _words(drug) for w in _words(allergen) if len(w) >= 4):
            return raw.strip()
        for word in _words(allergen):
            cls = ALLERGY_CLASSES.get(word) or ALLERGY_CLASSES.get(word.rstrip("s"))
            if cls and any(member in drug for member in cls):
                return raw.strip()
    return None


@dataclasses.dataclass(frozen=True)
class LineCheck:
    line_no: int
    field: str
    message: str
    severity: str  # 'warning' (may be confirmed) or 'error'


@dataclasses.dataclass(frozen=True)
class DrugLine:
    generic_name: str
    strength: str | None = None
    dosage_form: str | None = None
    dose: str | None = None
    route: str | None = None
    frequency: str | None = None
    sos_min_hours: int | None = None
    duration_days: int | None = None
    quantity: Decimal | None = None
    instructions: str | None = None
    brand_name: str | None = None


def check_lines(lines: Sequence[DrugLine], allergies: str | None) -> list[LineCheck]:
    """Errors (the line cannot be printed as it is) and warnings (the doctor confirms)."""
    out: list[LineCheck] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(lines, start=1):
        name = " ".join(line.generic_name.split())
        if not name:
            out.append(LineCheck(n, "generic_name", "Enter the generic name.", "error"))
            continue
        key = name.upper()
        if key in seen:
            out.append(LineCheck(n, "generic_name", f"{key} is already on line {seen[key]}.", "warning"))
        seen.setdefault(key, n)
        hit = allergy_matches(allergies, name)
        if hit:
            out.append(LineCheck(n, "generic_name", f"{ALLERGY_WARNING}{hit}.", "warning"))
        for field in ("strength", "dose"):
            for message in dose_style_warnings(getattr(line, field)):
                out.append(LineCheck(n, field, message, "warning"))
        freq = (line.frequency or "").strip().upper()
        if freq == "SOS" and not line.sos_min_hours:
            out.append(LineCheck(n, "sos_min_hours", "Give the minimum hours between SOS doses.", "error"))
        if line.sos_min_hours is not None and not 1 <= line.sos_min_hours <= 72:
            out.append(LineCheck(n, "sos_min_hours", "Between 1 and 72 hours.", "error"))
        if line.duration_days is not None and not 1 <= line.duration_days <= 365:
            out.append(LineCheck(n, "duration_days", "Between 1 and 365 days.", "error"))
        if line.quantity is not None and (line.quantity <= 0 or line.quantity > 10_000):
            out.append(LineCheck(n, "quantity", "The quantity must be above 0 and at most 10,000.", "error"))
        if not freq:
            out.append(LineCheck(n, "frequency", "Enter how often (OD, BD, TDS, QID, HS, SOS or in words).",
                                 "error"))  # fmt: skip
    return out


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: read aloud over the phone


def content_digest(content: dict[str, object]) -> str:
    """SHA-256 of the canonical JSON of a prescription's content (keys sorted, no spaces)."""
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verify_code(digest: str) -> str:
    """'7KQ2-M9XD': the first 40 bits of the digest in Crockford base 32, easy to read and type."""
    bits = int(digest[:10], 16)
    chars = "".join(_CROCKFORD[(bits >> shift) & 31] for shift in range(35, -1, -5))
    return f"{chars[:4]}-{chars[4:]}"


ALLERGY_WARNING = "Allergy recorded: "
OVERRIDE_REASON_MIN = 5
OVERRIDE_REASON_MAX = 300  # the workspace's box takes at most this many


def allergy_hits(checks: Sequence[LineCheck]) -> list[LineCheck]:
    """The warnings that a drug hits the patient's recorded allergy (prescribing it anyway needs a
    reason, recorded in the audit trail)."""
    return [c for c in checks if c.severity == "warning" and c.message.startswith(ALLERGY_WARNING)]


def override_reason_error(reason: str | None) -> str | None:
    """Why an allergy override's reason is not enough, or None."""
    text = (reason or "").strip()
    if len(text) < OVERRIDE_REASON_MIN:
        return "Say why you prescribe this despite the recorded allergy (e.g. 'tolerated before')."
    return text_problem(text, OVERRIDE_REASON_MAX)  # refused, never cut in the audit row
